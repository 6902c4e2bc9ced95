"""The city's comments on a return (sent by the city, received by a unit): reading them.

Kept in storage, apart from the signed feedback files (desktop/exchange/feedback.py), so that a
window can show comments without loading the signing libraries.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.storage.workspace import Workspace


@dataclass(frozen=True)
class FeedbackComment:
    id: str
    return_id: str
    version: int  # the return version the comment is about
    unit: str
    period: str
    measure: int | None  # None: about the return as a whole
    comment: str
    created_at: str
    created_by: str
    direction: str  # sent (city) or received (unit)

    def to_json(self) -> dict:
        return dict(self.__dict__)


def feedback_rows(workspace: Workspace, where: str, params: tuple) -> list[FeedbackComment]:
    rows = workspace.conn.execute(
        "SELECT id, return_id, version, unit, period, measure, comment, created_at, created_by, "
        f"direction FROM feedback WHERE {where} ORDER BY created_at, rowid",
        params,
    ).fetchall()
    return [FeedbackComment(*row) for row in rows]


def comments_for(
    workspace: Workspace, period: str, *, only_open: bool = False
) -> dict[int | None, list[FeedbackComment]]:
    """The comments on this workspace's returns for `period`, by measure (None: the whole
    return). A unit sees what it received; the city office sees what it sent (all units).
    `only_open`: only those about the latest version (the unit's latest frozen one, the city's
    current received one): a later version has answered the others."""
    if workspace.is_city_office:
        found = feedback_rows(workspace, "direction = 'sent' AND period = ?", (period,))
        latest = {
            (row[0], row[1])
            for row in workspace.conn.execute(
                "SELECT return_id, version FROM received_returns "
                "WHERE period = ? AND state = 'current'",
                (period,),
            )
        }
    else:
        found = feedback_rows(
            workspace,
            "direction = 'received' AND period = ? AND unit = ?",
            (period, workspace.unit_code),
        )
        own = workspace.latest_return(period)
        latest = {(own.return_id, own.version)} if own else set()
    if only_open:
        found = [c for c in found if (c.return_id, c.version) in latest]
    by_measure: dict[int | None, list[FeedbackComment]] = {}
    for comment in found:
        by_measure.setdefault(comment.measure, []).append(comment)
    return by_measure


def feedback_list(workspace: Workspace, period: str) -> list[FeedbackComment]:
    """Every comment for `period` as `comments_for` sees them, in the order they were written."""
    return sorted(
        (c for cs in comments_for(workspace, period).values() for c in cs),
        key=lambda c: (c.created_at, c.unit, -1 if c.measure is None else c.measure),
    )
