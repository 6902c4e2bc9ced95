"""A city office holding real, signed returns from a few counties (for the city window's tests
and for screenshots): real keys, real exports, real imports — no stand-ins."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.domain.demo import demo_actions
from desktop.exchange.city import import_files
from desktop.exchange.returns import export_return
from tests.exchange_fixtures import UNIT_PASSPHRASE, Office, enrol, make_city

# 2025-Q1's deadline is moved far ahead (everyone who handed in is on time); 2025-Q2 keeps its
# default deadline, 2025-07-10, so a return frozen today is late.
ON_TIME_PERIOD = "2025-Q1"
LATE_PERIOD = "2025-Q2"
FAR_DEADLINE = date(2099, 1, 10)


@dataclass
class CityData:
    city: Office
    folder: Path
    inbox: Path  # first versions of every return, ready to import
    corrections: Path  # a second version of 永安市's 2025-Q1 return
    counties: dict[str, Office] = field(default_factory=dict)


def add_work(office: Office, period: str, count: int, seed: int = 2025) -> None:
    with office.open() as workspace:
        period_obj = workspace.period(period)
        workspace.add_actions(
            demo_actions(workspace.plan, workspace.unit, [period_obj], count, seed=seed)
        )


def export(office: Office, period: str, fmt: str, out: Path, reason: str = "") -> Path:
    with office.open() as workspace:
        export_return(workspace, period, fmt, UNIT_PASSPHRASE, out, correction_reason=reason)
    return out


def build_city(
    folder: Path,
    units: tuple[str, ...] = ("350481", "350405", "350424", "350400-07", "350400-03"),
    actions: int = 40,
) -> CityData:
    """A city with `units` enrolled; each hands in 2025-Q1 (PDF or Excel, alternating) and the
    first one also 2025-Q2; a correction of the first unit's 2025-Q1 return waits in
    `corrections`. Nothing is imported yet."""
    city = make_city(folder)
    with city.open() as workspace:
        workspace.set_deadline(ON_TIME_PERIOD, FAR_DEADLINE)
    data = CityData(city, folder, folder / "inbox", folder / "corrections")
    data.inbox.mkdir()
    data.corrections.mkdir()
    for index, code in enumerate(units):
        office = enrol(city, folder, code)
        data.counties[code] = office
        add_work(office, ON_TIME_PERIOD, actions, seed=index)
        fmt = "pdf" if index % 2 == 0 else "xlsx"
        export(office, ON_TIME_PERIOD, fmt, data.inbox / f"{code}-{ON_TIME_PERIOD}.{fmt}")
    first = data.counties[units[0]]
    add_work(first, LATE_PERIOD, actions // 2, seed=99)
    export(first, LATE_PERIOD, "xlsx", data.inbox / f"{units[0]}-{LATE_PERIOD}.xlsx")
    add_work(first, ON_TIME_PERIOD, 3, seed=7)
    export(
        first,
        ON_TIME_PERIOD,
        "pdf",
        data.corrections / f"{units[0]}-{ON_TIME_PERIOD}-v2.pdf",
        reason="补报三项工作",
    )
    return data


def import_inbox(data: CityData) -> None:
    with data.city.open() as workspace:
        results = list(import_files(workspace, sorted(data.inbox.iterdir())))
    assert all(r.outcome != "rejected" for r in results), [r.describe() for r in results]
