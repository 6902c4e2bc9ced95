"""What the county desk shows about a measure: how it concerns the unit, and its state this period.

Free of Qt; the views turn these values into words (through Qt's translation tools) and colours.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.actions import Status
from desktop.domain.units import Relation, Unit, UnitKind, relation
from desktop.plan.model import Measure

# The plan names the city office by this short name among a measure's responsible units.
CITY_OFFICE_PLAN_NAME = "市市场监管局(知识产权局)"


class Concern(StrEnum):
    """How a measure concerns a unit, as the desk shows it.

    The plan names the counties only once (measure 63: 各县(市、区)…). Yet a county's market
    supervision bureau (县市场监管局, the IP section that uses this app) is the local counterpart
    of the city office 市市场监管局(知识产权局): wherever the city office leads or co-operates, the
    city expects the county bureau to do the same work locally and to report on it. So for a
    county we add a fifth relation, COUNTERPART (对口), rather than fold it into ALL_COUNTIES: the
    clerk can still see that the plan does not name counties there, while "mine only" shows it.
    City departments and the city office itself get only what the plan says about them.
    """

    LEAD = "lead"
    CO = "co"
    ALL_COUNTIES = "all_counties"
    COUNTERPART = "counterpart"
    NONE = "none"


MINE = frozenset({Concern.LEAD, Concern.CO, Concern.ALL_COUNTIES, Concern.COUNTERPART})


def concern(measure: Measure, unit: Unit | None) -> Concern:
    if unit is None:
        return Concern.NONE
    rel = relation(measure, unit)
    if rel != Relation.NONE:
        return Concern(str(rel))
    if unit.kind == UnitKind.COUNTY and CITY_OFFICE_PLAN_NAME in measure.unit_names:
        return Concern.COUNTERPART
    return Concern.NONE


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
