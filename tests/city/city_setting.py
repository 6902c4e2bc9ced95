"""Counties that really export signed returns, and a city that imports them (keys are slow:
build once per module)."""

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.domain.actions import ActionFields, Status
from desktop.domain.demo import demo_actions
from desktop.exchange.city import import_files
from desktop.exchange.returns import export_return
from tests.exchange_fixtures import UNIT_PASSPHRASE, Office, enrol, make_city

PERIOD = "2025-Q1"
# Figures toward the plan's targets, by unit: 27.1 (3 projects over the plan), 40.1, 40.2.
FIGURES = {
    "350481": {"27.1": "2", "40.1": "12.5", "40.2": "3"},
    "350426": {"27.1": "1", "40.1": "7"},
    "350404": {},
}
FORMATS = {"350481": "pdf", "350426": "xlsx", "350404": "pdf"}


@dataclass
class Setting:
    folder: Path
    city: Office
    units: dict[str, Office]
    files: dict[str, Path] = field(default_factory=dict)


def export(office: Office, fmt: str, out: Path, reason: str = "") -> Path:
    with office.open() as ws:
        export_return(ws, PERIOD, fmt, UNIT_PASSPHRASE, out, correction_reason=reason)
    return out


def build(folder: Path, codes=("350481", "350426", "350404"), actions: int = 25) -> Setting:
    city = make_city(folder)
    setting = Setting(folder, city, {code: enrol(city, folder, code) for code in codes})
    for code, office in setting.units.items():
        with office.open() as ws:
            period = ws.period(PERIOD)
            ws.add_actions(demo_actions(ws.plan, ws.unit, [period], actions, seed=int(code)))
            for key, value in FIGURES.get(code, {}).items():
                ws.add_action(
                    ActionFields(
                        measure=int(key.split(".")[0]),
                        period=PERIOD,
                        title=f"指标{key}进展",
                        progress="本期新增项目已通过评审。",
                        problems="=SUM(A1:A9) 不是公式,是单位写的文字",
                        status=Status.IN_PROGRESS,
                        figures={key: Decimal(value)},
                    )
                )
        setting.files[code] = export(office, FORMATS[code], folder / f"{code}.{FORMATS[code]}")
    with city.open() as ws:
        outcomes = [str(r.outcome) for r in import_files(ws, list(setting.files.values()))]
    assert outcomes == ["new"] * len(codes), outcomes
    return setting
