"""The city office: import returns (verified first, each file one transaction), who is late.

An import never trusts a file it has not verified, never lets one bad file stop the others, and
never leaves a file half-imported: a file's outcome and its log entry are written together.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.city import (
    OUTCOME_LABELS,
    Arrival,
    HeldReturn,
    Outcome,
    UnitStatus,
    decide,
    unit_status,
)
from desktop.domain.returns import MeasureDiff, diff_returns
from desktop.domain.units import UnitKind
from desktop.exchange import NotPossibleHere
from desktop.exchange.returns import FileCheck, check_file, expand_paths
from desktop.storage.workspace import Workspace, now_iso


@dataclass
class ImportResult:
    check: FileCheck
    outcome: Outcome
    reason: str = ""
    changes: list[MeasureDiff] | None = None  # for a superseding version: what it changes

    @property
    def file(self) -> str:
        return self.check.file

    def to_json(self) -> dict:
        data = self.check.to_json()
        data["outcome"] = str(self.outcome)
        data["reason"] = self.reason or data.get("reason")
        if self.changes is not None:
            data["changes"] = [
                {
                    "measure": d.no,
                    "added": len(d.added),
                    "changed": len(d.changed),
                    "removed": len(d.removed),
                    "status": list(d.status) if d.status else None,
                }
                for d in self.changes
            ]
        return data

    def describe(self) -> str:
        label = OUTCOME_LABELS[self.outcome]
        if self.outcome == Outcome.REJECTED:
            return f"{self.file}: {label} — {self.reason}"
        p = self.check.verified.payload
        text = (
            f"{self.file}: {label} — {p['unit']['name']} {p['period']['code']} 第{p['version']}版"
        )
        if self.changes:
            text += f"(变动措施 {len(self.changes)} 项)"
        if self.reason:
            text += f";{self.reason}"
        return text


def require_city(workspace: Workspace) -> None:
    if not workspace.is_city_office:
        raise NotPossibleHere("这是市局的工作:只有市局工作区(350400)才能进行")
    if workspace.credential("city_root") is None:
        raise NotPossibleHere("尚未创建市级根证书:请先运行 ip-tracker keys init-city")


def held_versions(workspace: Workspace, unit: str, period: str) -> list[HeldReturn]:
    rows = workspace.conn.execute(
        "SELECT return_id, version, unit, period, sha256, frozen_at, state "
        "FROM received_returns WHERE unit = ? AND period = ? ORDER BY frozen_at",
        (unit, period),
    ).fetchall()
    return [HeldReturn(*row) for row in rows]


def current_payload(workspace: Workspace, unit: str, period: str) -> dict | None:
    row = workspace.conn.execute(
        "SELECT payload FROM received_returns WHERE unit = ? AND period = ? AND state = 'current'",
        (unit, period),
    ).fetchone()
    return json.loads(row[0]) if row else None


def import_files(workspace: Workspace, paths: list[Path], *, dry_run: bool = False):
    """Verify and merge each file; yields one ImportResult per file, in order."""
    require_city(workspace)
    root = workspace.trusted_root_pem()
    known_plans = set(workspace.plan_versions())
    for path in expand_paths(paths):
        check = check_file(path, root, known_plans)
        result = _judge(workspace, check)
        if not dry_run:
            _record(workspace, path, result)
        yield result


def _judge(workspace: Workspace, check: FileCheck) -> ImportResult:
    if not check.valid:
        return ImportResult(check, Outcome.REJECTED, check.message)
    verified = check.verified
    payload = verified.payload
    unit = workspace.unit_by_code(verified.unit)
    if unit is None or unit.kind == UnitKind.CITY_OFFICE:
        return ImportResult(check, Outcome.REJECTED, f"报送单位 {verified.unit} 不在本市单位名录中")
    if workspace.period(verified.period) is None:
        return ImportResult(check, Outcome.REJECTED, f"未知的期间 {verified.period}")
    arrival = Arrival(
        return_id=payload["return_id"],
        version=payload["version"],
        unit=verified.unit,
        period=verified.period,
        sha256=verified.sha256,
        frozen_at=payload["frozen_at"],
    )
    decision = decide(arrival, held_versions(workspace, arrival.unit, arrival.period))
    changes = None
    if decision.outcome == Outcome.SUPERSEDING:
        before = current_payload(workspace, arrival.unit, arrival.period)
        changes = diff_returns(before, payload) if before else None
    return ImportResult(check, decision.outcome, decision.reason, changes)


def _record(workspace: Workspace, path: Path, result: ImportResult) -> None:
    """One transaction per file: the return (if kept) and its log line, together."""
    verified = result.check.verified
    payload = verified.payload if verified else None
    file_sha = verified.file_sha256 if verified else _file_sha(path)
    with workspace.transaction():
        if result.outcome in (Outcome.NEW, Outcome.SUPERSEDING, Outcome.STALE):
            if result.outcome == Outcome.SUPERSEDING:
                workspace.conn.execute(
                    "UPDATE received_returns SET state = 'superseded' "
                    "WHERE unit = ? AND period = ? AND state = 'current'",
                    (verified.unit, verified.period),
                )
            workspace.db["received_returns"].insert(
                {
                    "return_id": payload["return_id"],
                    "version": payload["version"],
                    "unit": verified.unit,
                    "period": verified.period,
                    "plan_version": payload["plan"]["version"],
                    "frozen_at": payload["frozen_at"],
                    "payload": verified.payload_bytes,
                    "sha256": verified.sha256,
                    "format": verified.format,
                    "file_name": path.name,
                    "file_sha256": verified.file_sha256,
                    "signer": verified.signer_fingerprint,
                    "received_at": now_iso(),
                    "state": "stale" if result.outcome == Outcome.STALE else "current",
                }
            )
        workspace.db["import_log"].insert(
            {
                "at": now_iso(),
                "actor": workspace.actor,
                "file_name": path.name,
                "file_sha256": file_sha,
                "outcome": str(result.outcome),
                "reason": result.reason,
                "unit": verified.unit if verified else None,
                "period": verified.period if verified else None,
                "return_id": payload["return_id"] if payload else None,
                "version": payload["version"] if payload else None,
                "signer": verified.signer_fingerprint if verified else None,
            }
        )
        workspace._audit(
            "import",
            path.name,
            "insert",
            None,
            {"outcome": str(result.outcome), "file_sha256": file_sha},
        )


def _file_sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def reporting_units(workspace: Workspace):
    """Who is expected to report: every county, and the city departments that were enrolled or
    have handed in a return (a department that does not use the app is not 'missing')."""
    active = {
        row[0]
        for row in workspace.conn.execute(
            "SELECT unit FROM enrolments UNION SELECT unit FROM received_returns"
        )
    }
    units = workspace.units()
    return [u for u in units if u.kind == UnitKind.COUNTY] + [
        u for u in units if u.kind == UnitKind.DEPARTMENT and u.code in active
    ]


def period_status(
    workspace: Workspace, period_code: str, today: date, *, counties_only: bool = False
) -> list[UnitStatus]:
    period = workspace.period(period_code)
    units = reporting_units(workspace)
    if counties_only:
        units = [u for u in units if u.kind == UnitKind.COUNTY]
    # Returned for correction: feedback about the version that is current. Once the corrected
    # version is imported it is current instead, and the unit is no longer "returned".
    returned = {
        row[0]
        for row in workspace.conn.execute(
            "SELECT DISTINCT f.unit FROM feedback f JOIN received_returns r "
            "ON r.return_id = f.return_id AND r.version = f.version AND r.state = 'current' "
            "WHERE f.period = ? AND f.direction = 'sent'",
            (period_code,),
        )
    }
    return [
        unit_status(
            unit,
            period,
            held_versions(workspace, unit.code, period_code),
            today,
            returned=unit.code in returned,
        )
        for unit in units
    ]
