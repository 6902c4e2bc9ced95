"""The registry of reporting units: the city office, the counties and the city departments.

It ships as data (resources/units.json) and is copied into each workspace, where the city can edit
it; enrolment files carry the city's copy to the units.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum

from desktop.plan.model import Measure
from desktop.resources import resource

PERSON_TEXT_MAX = 50  # a contact's name or phone, as on a return (docs/return.schema.json)

CITY_CODE = "350400"
UNITS_FORMAT = "ip-tracker.units"


class UnitKind(StrEnum):
    CITY_OFFICE = "city_office"
    COUNTY = "county"
    DEPARTMENT = "department"


class Relation(StrEnum):
    """How a measure concerns a unit."""

    LEAD = "lead"  # first responsible unit (牵头)
    CO = "co"  # named among the others (配合)
    ALL_COUNTIES = "all_counties"  # the plan names 各县(市、区)
    COUNTERPART = "counterpart"  # a county bureau doing the city office's measure locally (对口)
    NONE = "none"  # not named


RELATION_LABELS = {
    Relation.LEAD: "牵头",
    Relation.CO: "配合",
    Relation.ALL_COUNTIES: "各县(市、区)",
    Relation.COUNTERPART: "对口",
    Relation.NONE: "未列明",
}


@dataclass(frozen=True)
class Unit:
    code: str
    name: str  # the short name the plan uses, e.g. 市公安局; a county's own name
    full_name: str
    kind: UnitKind
    phone: str = ""

    @property
    def is_city_office(self) -> bool:
        return self.kind == UnitKind.CITY_OFFICE

    def to_dict(self) -> dict:
        return asdict(self) | {"kind": str(self.kind)}

    @classmethod
    def from_dict(cls, data: dict) -> Unit:
        return cls(
            code=data["code"],
            name=data["name"],
            full_name=data["full_name"],
            kind=UnitKind(data["kind"]),
            phone=data.get("phone", ""),
        )


def default_units() -> list[Unit]:
    return units_from_json(resource("units.json").read_bytes())


def units_from_json(data: bytes) -> list[Unit]:
    document = json.loads(data.decode("utf-8"))
    if document.get("format") != UNITS_FORMAT:
        raise ValueError("不是 ip-tracker 单位名录文件")
    return [Unit.from_dict(item) for item in document["units"]]


def units_to_json(units: list[Unit]) -> bytes:
    document = {"format": UNITS_FORMAT, "format_version": 1, "units": [u.to_dict() for u in units]}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


CITY_OFFICE_PLAN_NAME = "市市场监管局(知识产权局)"


def relation(measure: Measure, unit: Unit) -> Relation:
    """How `measure` concerns `unit`, by the plan's list of responsible units.

    The plan names the counties only in measure 63 (各县(市、区)…), yet every county has a market
    supervision (IP) bureau that carries out the city office's measures locally and reports on
    them: for a county, the city office's measures are its counterpart (对口) measures.
    """
    for responsible in measure.units:
        if responsible.name == unit.name:
            return Relation.LEAD if responsible.lead else Relation.CO
    if unit.kind == UnitKind.COUNTY:
        if measure.county_wide:
            return Relation.ALL_COUNTIES
        if CITY_OFFICE_PLAN_NAME in measure.unit_names:
            return Relation.COUNTERPART
    return Relation.NONE


def concerns(measure: Measure, unit: Unit) -> bool:
    return relation(measure, unit) != Relation.NONE


def measure_unit_codes(measure: Measure, units: list[Unit]) -> list[tuple[int, str, str | None]]:
    """(position, plan name, registry code or None) for each responsible unit, lead first."""
    by_name = {unit.name: unit.code for unit in units}
    return [(u.position, u.name, by_name.get(u.name)) for u in measure.units]
