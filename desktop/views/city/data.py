"""What the city holds, read for the window: the current return of each unit for a period, the
measure × unit statuses, and the targets summed across units. Reading only; no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.domain.units import Unit, concerns
from desktop.exchange.city import period_status, reporting_units
from desktop.plan.model import Measure
from desktop.storage import Workspace


@dataclass
class CityPeriod:
    """Everything the measure and chart views show for one period."""

    period: str
    units: list[Unit]  # the reporting units, in registry order
    payloads: dict[str, dict]  # unit code → current return payload
    measures: list[Measure]
    applies: dict[tuple[int, str], bool] = field(default_factory=dict)  # (measure, unit) → concerns

    def measure_entry(self, no: int, unit_code: str) -> dict | None:
        payload = self.payloads.get(unit_code)
        if payload is None:
            return None
        return next((m for m in payload["measures"] if m["no"] == no), None)

    def cell_status(self, no: int, unit_code: str) -> str:
        """done / in_progress / not_started / not_applicable / not_reported, or no_return (the
        unit has handed in nothing) or not_concerned (its return does not cover the measure)."""
        if unit_code not in self.payloads:
            return "no_return"
        entry = self.measure_entry(no, unit_code)
        if entry is None:
            return "not_concerned"
        return entry["status"]

    def status_counts(self, unit_code: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.payloads.get(unit_code, {}).get("measures", []):
            counts[entry["status"]] = counts.get(entry["status"], 0) + 1
        return counts

    def action_count(self, unit_code: str) -> int:
        return sum(len(m["actions"]) for m in self.payloads.get(unit_code, {}).get("measures", []))


@dataclass
class IndicatorTotal:
    key: str
    measure: int
    what: str
    unit: str  # of measure, e.g. 项
    target: Decimal
    scope: str  # year / plan
    by_unit: dict[str, Decimal]  # unit code → reported

    @property
    def total(self) -> Decimal:
        return sum(self.by_unit.values(), Decimal(0))

    @property
    def share(self) -> float | None:
        return float(self.total / self.target) if self.target else None


def load_period(workspace: Workspace, period: str) -> CityPeriod:
    units = reporting_units(workspace)
    payloads = {
        unit: json.loads(payload)
        for unit, payload in workspace.conn.execute(
            "SELECT unit, payload FROM received_returns WHERE period = ? AND state = 'current'",
            (period,),
        )
    }
    plan = workspace.plan
    data = CityPeriod(period, units, payloads, list(plan.measures))
    for measure in plan.measures:
        for unit in units:
            data.applies[(measure.no, unit.code)] = concerns(measure, unit)
    return data


def indicator_totals(workspace: Workspace, data: CityPeriod) -> list[IndicatorTotal]:
    """Each of the plan's targets (measures 27 and 40), the units' reported figures summed."""
    totals = []
    for indicator in workspace.plan.indicators:
        by_unit = {}
        for code, payload in data.payloads.items():
            for reported in payload.get("indicators", []):
                if reported["key"] == indicator.key and reported.get("reported") is not None:
                    by_unit[code] = Decimal(reported["reported"])
        totals.append(
            IndicatorTotal(
                key=indicator.key,
                measure=indicator.measure,
                what=indicator.what,
                unit=indicator.unit,
                target=Decimal(indicator.target),
                scope=indicator.scope,
                by_unit=by_unit,
            )
        )
    return totals


def status_grid(workspace: Workspace, periods: list[str], today: date):
    """unit code → period code → UnitStatus, and the units in order."""
    grid: dict[str, dict] = {}
    units = []
    for period in periods:
        for status in period_status(workspace, period, today):
            if status.unit.code not in grid:
                units.append(status.unit)
            grid.setdefault(status.unit.code, {})[period] = status
    return units, grid


def default_period(workspace: Workspace, today: date) -> str:
    """The period the officer most likely works on: the one of the latest received return; else
    the latest period whose deadline has passed; else the first."""
    row = workspace.conn.execute(
        "SELECT period FROM received_returns ORDER BY received_at DESC LIMIT 1"
    ).fetchone()
    if row:
        return row[0]
    periods = workspace.periods()
    passed = [p for p in periods if p.deadline <= today and p.kind == "quarter"]
    if passed:
        return max(passed, key=lambda p: p.deadline).code
    return periods[0].code


def unit_contacts(workspace: Workspace) -> dict[str, tuple[str, str]]:
    """unit code → (filler, phone) from the unit's most recent return that names a phone."""
    contacts: dict[str, tuple[str, str]] = {}
    rows = workspace.conn.execute(
        "SELECT unit, json_extract(CAST(payload AS TEXT), '$.people.filler'), "
        "json_extract(CAST(payload AS TEXT), '$.people.phone') "
        "FROM received_returns ORDER BY frozen_at"
    )
    for unit, filler, phone in rows:
        if phone:
            contacts[unit] = (filler or "", phone)
    return contacts
