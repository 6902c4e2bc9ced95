"""Freezing a period's return into an immutable, versioned snapshot."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain import InvalidInput

if TYPE_CHECKING:
    from desktop.domain.returns import People

DEFAULT_CORRECTION_REASON = "报送内容有更新(未填写更正原因)"


@dataclass(frozen=True)
class FrozenReturn:
    return_id: str
    version: int
    unit: str
    period: str
    frozen_at: str
    correction_reason: str
    payload_bytes: bytes
    sha256: str

    @property
    def payload(self) -> dict:
        return json.loads(self.payload_bytes)


def _frozen(row) -> FrozenReturn:
    return FrozenReturn(
        return_id=row["return_id"],
        version=row["version"],
        unit=row["unit"],
        period=row["period"],
        frozen_at=row["frozen_at"],
        correction_reason=row["correction_reason"],
        payload_bytes=bytes(row["payload"]),
        sha256=row["sha256"],
    )


class ReturnsMixin:
    """Workspace methods for a unit's own returns (mixed into Workspace)."""

    def return_versions(self, period: str) -> list[FrozenReturn]:
        rows = self.conn.execute(
            "SELECT * FROM returns WHERE unit = ? AND period = ? ORDER BY version",
            (self.unit_code, period),
        ).fetchall()
        return [_frozen(row) for row in rows]

    def latest_return(self, period: str) -> FrozenReturn | None:
        versions = self.return_versions(period)
        return versions[-1] if versions else None

    def freeze_return(
        self, period_code: str, people: People | None = None, correction_reason: str = ""
    ) -> FrozenReturn:
        """Freeze the period's return as it stands now (see `return_snapshot`)."""
        frozen, new_version = self.return_snapshot(period_code, people, correction_reason)
        if new_version:
            with self.transaction():
                self.store_return(frozen)
        return frozen

    def return_snapshot(
        self, period_code: str, people: People | None = None, correction_reason: str = ""
    ) -> tuple[FrozenReturn, bool]:
        """The period's return as it stands now, and whether it is a new version (not saved:
        `store_return` saves it).

        If the latest version already says exactly this (same work, same people), it is the
        return: exporting it again in another format gives no new version. Otherwise a new version
        supersedes the latest one.
        """
        # Loaded here, not with the module: the desk's window opens without the return format.
        from desktop.documents.payload import canonical_bytes, validate
        from desktop.domain.returns import People, build_payload, same_content
        from desktop.storage.workspace import new_id, now_iso

        self._require_unit()
        unit = self.unit
        period = self.period(period_code)
        if period is None:
            raise InvalidInput("period", f"未知的期间 “{period_code}”")
        people = people or People(filler=self.contact, phone=self.phone)
        actions = [a.to_json() for a in self.list_actions(period=period_code)]
        latest = self.latest_return(period_code)
        return_id = latest.return_id if latest else new_id()
        version = latest.version + 1 if latest else 1
        frozen_at = now_iso()
        supersedes = {"version": latest.version, "sha256": latest.sha256} if latest else None
        payload = build_payload(
            plan=self.plan,
            unit=unit,
            period=period,
            actions=actions,
            return_id=return_id,
            version=version,
            frozen_at=frozen_at,
            people=people,
            supersedes=supersedes,
            # A correction always says why; a script that gives no reason still gets an honest one.
            correction_reason=(correction_reason.strip() or DEFAULT_CORRECTION_REASON)
            if latest
            else "",
        )
        unchanged = latest and same_content(latest.payload, payload)
        if unchanged and latest.payload["people"] == payload["people"]:
            return latest, False
        # Validated before it is frozen: a snapshot that could not be rendered or verified must
        # never become a version.
        validate(payload)
        data = canonical_bytes(payload)
        sha = hashlib.sha256(data).hexdigest()
        frozen = FrozenReturn(
            return_id=return_id,
            version=version,
            unit=unit.code,
            period=period_code,
            frozen_at=frozen_at,
            correction_reason=payload["correction_reason"],
            payload_bytes=data,
            sha256=sha,
        )
        return frozen, True

    def store_return(self, frozen: FrozenReturn) -> None:
        """Save a new version from `return_snapshot`, inside the caller's transaction."""
        self.db["returns"].insert(
            {
                "return_id": frozen.return_id,
                "version": frozen.version,
                "unit": frozen.unit,
                "period": frozen.period,
                "plan_version": self.plan.version_id,
                "frozen_at": frozen.frozen_at,
                "frozen_by": self.actor,
                "correction_reason": frozen.correction_reason,
                "payload": frozen.payload_bytes,
                "sha256": frozen.sha256,
            }
        )
        self._audit(
            "return",
            f"{frozen.return_id}/v{frozen.version}",
            "insert",
            None,
            {"period": frozen.period, "version": frozen.version, "sha256": frozen.sha256},
        )

    def record_export(self, frozen: FrozenReturn, fmt: str, file_name: str, sha256: str) -> None:
        """Record a written file of `frozen`, inside the caller's transaction."""
        from desktop.storage.workspace import now_iso

        self.db["return_exports"].insert(
            {
                "return_id": frozen.return_id,
                "version": frozen.version,
                "format": fmt,
                "file_name": file_name,
                "sha256": sha256,
                "exported_at": now_iso(),
                "exported_by": self.actor,
            }
        )
