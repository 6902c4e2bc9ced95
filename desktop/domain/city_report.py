"""The city report's data: the units' current returns for one period merged into one picture.

The result is the `ip-tracker.city-report` v1 document (docs/city-report-format.md): which returns
it was built from (unit, version, sha256 of the signed JSON), who reported on time, every measure's
status per unit and for the city, and the plan's indicators summed across units. It holds no
action texts: those stay in the signed returns it names, so anyone holding those files can
check the report against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.city import UnitStatus
from desktop.domain.periods import Period
from desktop.domain.returns import measure_status
from desktop.domain.units import Unit
from desktop.plan.model import Plan

REPORT_FORMAT = "ip-tracker.city-report"
REPORT_FORMAT_VERSION = 1
# The order charts and tables show statuses in; not_reported: the unit's return has the measure
# but no work recorded for it.
STATUSES = ("done", "in_progress", "not_started", "not_applicable", "not_reported")


@dataclass(frozen=True)
class SourceReturn:
    """A unit's current return as the city holds it."""

    payload: dict
    sha256: str  # of the canonical JSON as signed
    format: str  # the file it arrived in: pdf or xlsx
    file_sha256: str

    @property
    def unit(self) -> str:
        return self.payload["unit"]["code"]


def _counts(statuses) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for status in statuses:
        counts[status] += 1
    return counts


def city_measure_status(unit_statuses: list[str]) -> str:
    """The city's status for a measure: done only when every unit that reported on it is done."""
    reported = [s for s in unit_statuses if s != "not_reported"]
    return measure_status(reported)


def build_city_report(
    *,
    plan: Plan,
    period: Period,
    issuer: Unit,
    issued_at: str,
    statuses: list[UnitStatus],
    sources: list[SourceReturn],
) -> dict:
    """The report document. `statuses` name the units expected to report, in display order;
    `sources` are the current returns (a source from a unit not in `statuses` is still listed)."""
    by_unit = {s.unit: s for s in sources}
    units = [{"code": s.unit.code, "name": s.unit.name} for s in statuses]
    listed = {u["code"] for u in units}
    units += [
        {"code": s.unit, "name": s.payload["unit"]["name"]} for s in sources if s.unit not in listed
    ]
    measure_maps = {
        code: {m["no"]: m for m in s.payload["measures"]} for code, s in by_unit.items()
    }

    measures = []
    for measure in plan.measures:
        per_unit = {
            u["code"]: measure_maps[u["code"]][measure.no]["status"]
            for u in units
            if u["code"] in measure_maps and measure.no in measure_maps[u["code"]]
        }
        actions = sum(
            len(measure_maps[code][measure.no]["actions"]) for code in per_unit if code in by_unit
        )
        measures.append(
            {
                "no": measure.no,
                "chapter": measure.chapter,
                "section": measure.section,
                "lead": measure.lead_unit,
                "status": city_measure_status(list(per_unit.values())),
                "units": per_unit,
                "actions": actions,
            }
        )

    chapters = []
    for chapter in plan.chapters:
        ours = [m for m in measures if m["chapter"] == chapter.no]
        chapters.append(
            {
                "no": chapter.no,
                "title": chapter.title,
                "measures": len(ours),
                "counts": _counts(m["status"] for m in ours),
            }
        )

    unit_summary = []
    for u in units:
        source = by_unit.get(u["code"])
        if source is None:
            continue
        ms = source.payload["measures"]
        unit_summary.append(
            {
                "unit": u["code"],
                "measures": len(ms),
                "actions": sum(len(m["actions"]) for m in ms),
                "counts": _counts(m["status"] for m in ms),
            }
        )

    indicators = []
    for indicator in plan.indicators:
        values: dict[str, str | None] = {}
        for code, source in by_unit.items():
            found = next(
                (i for i in source.payload["indicators"] if i["key"] == indicator.key), None
            )
            if found is not None:
                values[code] = found["reported"]
        numbers = [Decimal(v) for v in values.values() if v is not None]
        indicators.append(
            indicator.target_fields()
            | {
                "by_unit": values,
                "total": str(sum(numbers, Decimal(0))) if numbers else None,
            }
        )

    return {
        "format": REPORT_FORMAT,
        "format_version": REPORT_FORMAT_VERSION,
        "issued_at": issued_at,
        "issuer": {"code": issuer.code, "name": issuer.name, "full_name": issuer.full_name},
        "period": {
            "code": period.code,
            "kind": period.kind,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "deadline": period.deadline.isoformat(),
        },
        "plan": {"version": plan.version_id, "title": plan.title},
        "chapters": chapters,
        "units": units,
        "sources": [
            {
                "unit": s.unit,
                "unit_name": s.payload["unit"]["name"],
                "return_id": s.payload["return_id"],
                "version": s.payload["version"],
                "sha256": s.sha256,
                "frozen_at": s.payload["frozen_at"],
                "plan_version": s.payload["plan"]["version"],
                "format": s.format,
                "file_sha256": s.file_sha256,
            }
            for s in sorted(sources, key=lambda s: [u["code"] for u in units].index(s.unit))
        ],
        "timeliness": [
            {
                "unit": s.unit.code,
                "submitted": s.submitted,
                "on_time": s.on_time,
                "late_days": s.late_days,
                "overdue_days": s.overdue_days,
                "version": s.version,
                "versions": s.versions,
                "handed_in_at": s.handed_in_at,
                "returned_for_correction": s.returned_for_correction,
            }
            for s in statuses
        ],
        "unit_summary": unit_summary,
        "measures": measures,
        "indicators": indicators,
    }
