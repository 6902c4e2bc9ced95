"""What the county desk shows about a measure: how it concerns the unit, and its state this period.

Free of Qt; the views turn these values into words (through Qt's translation tools) and colours.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.actions import Status
from desktop.domain.units import Relation, Unit, relation
from desktop.plan.model import Measure

# How a measure concerns a unit is the plan's relation (domain/units.relation), which treats a
# county's market supervision bureau (县市场监管局, the IP section that uses this app) as the local
# counterpart (对口) of the city office 市市场监管局(知识产权局): the plan names counties only in
# measure 63 (各县(市、区)…), yet wherever the city office leads or co-operates the city expects the
# county bureau to do the same work locally and report on it. COUNTERPART stays its own value
# rather than being folded into ALL_COUNTIES, so the clerk can see that the plan does not name the
# counties there, while "mine only" shows those measures with the lead/co/all-counties ones.
Concern = Relation
MINE = frozenset(set(Relation) - {Relation.NONE})


def concern(measure: Measure, unit: Unit | None) -> Relation:
    return relation(measure, unit) if unit is not None else Relation.NONE


def is_mine(measure: Measure, unit: Unit | None) -> bool:
    return concern(measure, unit) in MINE


class MeasureState(StrEnum):
    """A measure's state in one period, from the statuses of its actions there."""

    NOTHING = "nothing"  # no action recorded yet: still to report
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


def measure_state(counts: dict[Status, int] | None) -> MeasureState:
    """All not-applicable → not applicable; all done (or n/a) → done; any work → in progress."""
    counts = {status: n for status, n in (counts or {}).items() if n}
    if not counts:
        return MeasureState.NOTHING
    statuses = set(counts)
    if statuses == {Status.NOT_APPLICABLE}:
        return MeasureState.NOT_APPLICABLE
    statuses.discard(Status.NOT_APPLICABLE)
    if statuses == {Status.DONE}:
        return MeasureState.DONE
    if statuses == {Status.NOT_STARTED}:
        return MeasureState.NOT_STARTED
    return MeasureState.IN_PROGRESS


def is_reported(state: MeasureState) -> bool:
    """A measure counts as reported for the period once anything is recorded for it."""
    return state != MeasureState.NOTHING
