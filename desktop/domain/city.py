"""The city office's rules: what an arriving return does to what is held, and who is late.

Lessons from ODK and DHIS2 (GUIDE.md §6): a return has a stable id; the same id and version with
other content is refused, never silently overwritten; a later version supersedes, an earlier one
arriving late is kept aside; timeliness is judged against the deadline the city set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import StrEnum

from desktop.domain.periods import Period
from desktop.domain.units import Unit

CHINA_TIME = timezone(timedelta(hours=8))


class Outcome(StrEnum):
    NEW = "new"
    SUPERSEDING = "superseding"
    DUPLICATE = "duplicate"
    STALE = "stale"
    REJECTED = "rejected"


OUTCOME_LABELS = {
    Outcome.NEW: "新收",
    Outcome.SUPERSEDING: "更正(替代旧版)",
    Outcome.DUPLICATE: "重复(未改动)",
    Outcome.STALE: "旧版(已另存,不作为当前版)",
    Outcome.REJECTED: "拒收",
}


@dataclass(frozen=True)
class HeldReturn:
    """A version the city already holds."""

    return_id: str
    version: int
    unit: str
    period: str
    sha256: str
    frozen_at: str
    state: str  # current, superseded, stale


@dataclass(frozen=True)
class Arrival:
    return_id: str
    version: int
    unit: str
    period: str
    sha256: str
    frozen_at: str


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reason: str = ""
    replaces: HeldReturn | None = None  # the current version this one supersedes


def decide(arrival: Arrival, held: list[HeldReturn]) -> Decision:
    """What to do with a verified return, given every version held for its unit and period."""
    for version in held:
        if (version.return_id, version.version) == (arrival.return_id, arrival.version):
            if version.sha256 == arrival.sha256:
                return Decision(Outcome.DUPLICATE)
            return Decision(
                Outcome.REJECTED,
                f"已收到同一填报(编号 {arrival.return_id})第 {arrival.version} 版,"
                "但内容不同:同一版本不能被改写,更正须作为新版本重新导出",
            )
    current = next((v for v in held if v.state == "current"), None)
    if current is None:
        return Decision(Outcome.NEW)
    if current.return_id == arrival.return_id:
        newer = arrival.version > current.version
    else:
        # Another return for the same unit and period (e.g. a reinstalled county PC): the one
        # frozen later is the unit's latest word.
        newer = arrival.frozen_at > current.frozen_at
    if newer:
        return Decision(Outcome.SUPERSEDING, replaces=current)
    return Decision(
        Outcome.STALE,
        f"已持有更新的版本(第 {current.version} 版),此文件作为旧版另存,不作为当前版",
    )


def deadline_end(period: Period) -> datetime:
    """The end of the deadline day, Beijing time."""
    return datetime.combine(period.deadline + timedelta(days=1), datetime.min.time(), CHINA_TIME)


def days_late(handed_in_at: str, period: Period) -> int:
    """0 when on time; otherwise how many days after the deadline day the return was frozen."""
    moment = datetime.fromisoformat(handed_in_at).astimezone(CHINA_TIME)
    if moment < deadline_end(period):
        return 0
    return (moment.date() - period.deadline).days


@dataclass(frozen=True)
class UnitStatus:
    unit: Unit
    period: Period
    submitted: bool
    versions: int
    version: int | None  # the current version
    handed_in_at: str | None  # when the first version was frozen (signed)
    late_days: int | None  # None: not submitted
    overdue_days: int  # for a missing return: days past the deadline as of today
    returned_for_correction: bool = False

    @property
    def on_time(self) -> bool | None:
        return None if not self.submitted else self.late_days == 0

    def to_json(self) -> dict:
        return {
            "unit": self.unit.code,
            "name": self.unit.name,
            "period": self.period.code,
            "submitted": self.submitted,
            "on_time": self.on_time,
            "late_days": self.late_days,
            "version": self.version,
            "versions": self.versions,
            "handed_in_at": self.handed_in_at,
            "overdue_days": self.overdue_days,
            "phone": self.unit.phone,
            "returned_for_correction": self.returned_for_correction,
        }


def unit_status(
    unit: Unit, period: Period, held: list[HeldReturn], today: date, returned: bool = False
) -> UnitStatus:
    accepted = [v for v in held if v.state in ("current", "superseded")]
    current = next((v for v in held if v.state == "current"), None)
    if current is None:
        overdue = max(0, (today - period.deadline).days)
        return UnitStatus(unit, period, False, 0, None, None, None, overdue, returned)
    first = min(accepted, key=lambda v: v.frozen_at)
    return UnitStatus(
        unit=unit,
        period=period,
        submitted=True,
        versions=len(accepted),
        version=current.version,
        handed_in_at=first.frozen_at,
        late_days=days_late(first.frozen_at, period),
        overdue_days=0,
        returned_for_correction=returned,
    )


def sum_decimal(values: list[str | None]) -> Decimal | None:
    numbers = [Decimal(v) for v in values if v is not None]
    return sum(numbers, Decimal(0)) if numbers else None
