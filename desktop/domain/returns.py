"""A return: one unit's whole report for one period, frozen as a payload (docs/return-format.md).

Built from the plan, the unit and its actions; compared version against version per measure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.actions import Status
from desktop.domain.periods import Period
from desktop.domain.units import Relation, Unit, relation
from desktop.plan.model import Plan

RETURN_FORMAT = "ip-tracker.return"
RETURN_FORMAT_VERSION = 1
# What may differ between two versions without the unit's work having changed.
ENVELOPE_KEYS = ("return_id", "version", "supersedes", "correction_reason", "frozen_at", "people")
ACTION_DIFF_FIELDS = (
    "title",
    "progress",
    "status",
    "reason",
    "start_date",
    "finish_date",
    "figures",
    "problems",
    "next_steps",
    "evidence",
)


@dataclass(frozen=True)
class People:
    """Who signs off the paper copy: 填报人, 审核人, 单位负责人 and a phone number."""

    filler: str = ""
    reviewer: str = ""
    head: str = ""
    phone: str = ""

    def to_dict(self) -> dict:
        return {
            "filler": self.filler,
            "reviewer": self.reviewer,
            "head": self.head,
            "phone": self.phone,
        }


def measure_status(statuses: list[str]) -> str:
    """One status for a measure from its actions' statuses."""
    if not statuses:
        return "not_reported"
    distinct = set(statuses)
    if distinct == {Status.NOT_APPLICABLE}:
        return Status.NOT_APPLICABLE.value
    distinct.discard(Status.NOT_APPLICABLE)
    if distinct == {Status.DONE}:
        return Status.DONE.value
    if distinct == {Status.NOT_STARTED}:
        return Status.NOT_STARTED.value
    return Status.IN_PROGRESS.value


def build_payload(
    *,
    plan: Plan,
    unit: Unit,
    period: Period,
    actions: list[dict],
    return_id: str,
    version: int,
    frozen_at: str,
    people: People,
    supersedes: dict | None = None,
    correction_reason: str = "",
) -> dict:
    """The return for `unit` and `period`. `actions` are ActionRecord.to_json() dicts.

    It covers every measure that concerns the unit, and any other measure it recorded work for.
    """
    by_measure: dict[int, list[dict]] = {}
    for action in actions:
        by_measure.setdefault(action["measure"], []).append(action)
    measures = []
    for measure in plan.measures:
        rel = relation(measure, unit)
        own = by_measure.get(measure.no, [])
        if rel == Relation.NONE and not own:
            continue
        measures.append(
            {
                "no": measure.no,
                "chapter": measure.chapter,
                "section": measure.section,
                "text": measure.text,
                "units": measure.unit_names,
                "relation": rel.value,
                "status": measure_status([a["status"] for a in own]),
                "actions": [_action_payload(a) for a in own],
            }
        )
    indicators = []
    covered = {m["no"] for m in measures}
    for indicator in plan.indicators:
        if indicator.measure not in covered:
            continue
        values = [
            Decimal(a["figures"][indicator.key])
            for a in by_measure.get(indicator.measure, [])
            if indicator.key in a["figures"]
        ]
        indicators.append(
            indicator.target_fields()
            | {"reported": str(sum(values, Decimal(0))) if values else None}
        )
    return {
        "format": RETURN_FORMAT,
        "format_version": RETURN_FORMAT_VERSION,
        "return_id": return_id,
        "version": version,
        "supersedes": supersedes,
        "correction_reason": correction_reason,
        "unit": {"code": unit.code, "name": unit.name},
        "period": {
            "code": period.code,
            "kind": period.kind,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "deadline": period.deadline.isoformat(),
        },
        "plan": {"version": plan.version_id, "title": plan.title},
        "frozen_at": frozen_at,
        "people": people.to_dict(),
        "chapters": [{"no": c.no, "title": c.title} for c in plan.chapters],
        "measures": measures,
        "indicators": indicators,
    }


def _action_payload(action: dict) -> dict:
    return {
        "id": action["id"],
        "title": action["title"],
        "progress": action["progress"],
        "status": action["status"],
        "reason": action["reason"],
        "start_date": action["start_date"],
        "finish_date": action["finish_date"],
        "figures": dict(action["figures"]),
        "problems": action["problems"],
        "next_steps": action["next_steps"],
        "evidence": [
            {"sha256": e["sha256"], "name": e["name"], "size": e["size"]}
            for e in action["evidence"]
        ],
    }


def same_content(a: dict, b: dict) -> bool:
    """True when two payloads report the same work (only the envelope differs)."""

    def content(payload: dict) -> dict:
        return {k: v for k, v in payload.items() if k not in ENVELOPE_KEYS}

    return content(a) == content(b)


@dataclass
class MeasureDiff:
    no: int
    added: list[dict] = field(default_factory=list)  # actions only in the newer version
    removed: list[dict] = field(default_factory=list)  # actions only in the older version
    changed: list[tuple[dict, dict, list[str]]] = field(default_factory=list)  # old, new, fields
    status: tuple[str, str] | None = None  # the measure's status, old → new, when it changed

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.status)


def diff_returns(old: dict, new: dict) -> list[MeasureDiff]:
    """What changed between two versions of a return, measure by measure."""
    old_measures = {m["no"]: m for m in old["measures"]}
    new_measures = {m["no"]: m for m in new["measures"]}
    diffs = []
    for no in sorted(old_measures.keys() | new_measures.keys()):
        before = old_measures.get(no, {"actions": [], "status": "not_reported"})
        after = new_measures.get(no, {"actions": [], "status": "not_reported"})
        old_actions = {a["id"]: a for a in before["actions"]}
        new_actions = {a["id"]: a for a in after["actions"]}
        diff = MeasureDiff(no=no)
        diff.added = [a for i, a in new_actions.items() if i not in old_actions]
        diff.removed = [a for i, a in old_actions.items() if i not in new_actions]
        for action_id in old_actions.keys() & new_actions.keys():
            a, b = old_actions[action_id], new_actions[action_id]
            fields = [name for name in ACTION_DIFF_FIELDS if a.get(name) != b.get(name)]
            if fields:
                diff.changed.append((a, b, fields))
        if before["status"] != after["status"]:
            diff.status = (before["status"], after["status"])
        if not diff.empty:
            diffs.append(diff)
    return diffs
