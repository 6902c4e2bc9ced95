"""Undoable edits. Each command's redo/undo hands one write to the background worker, which
commits it at once (a crash or power cut loses nothing already entered); the worker runs writes in
order, so an undo always follows the write it reverses.

Jobs record what they need for the reverse step (new ids, removed records) on the command from the
worker thread; the next job, queued behind it on the same thread, reads them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.actions import ActionFields
from desktop.storage import Workspace
from desktop.storage.workspace import ActionRecord, Evidence

translate = QCoreApplication.translate


class Desk(Protocol):
    """What a command needs from the window."""

    def write(
        self,
        job: Callable[[Workspace], Any],
        select: Callable[[], str | None] | None = None,
    ) -> None: ...


def _short(text: str, length: int = 16) -> str:
    return text if len(text) <= length else text[:length] + "…"


class AddActionCommand(QUndoCommand):
    def __init__(self, desk: Desk, fields: ActionFields, files: list[Path]):
        super().__init__(translate("Undo", "新建工作“%1”").replace("%1", _short(fields.title)))
        self.desk, self.fields, self.files = desk, fields, list(files)
        self.action_id: str | None = None
        self.record: ActionRecord | None = None

    def redo(self) -> None:
        def job(workspace: Workspace) -> None:
            if self.record is None:
                self.action_id = workspace.add_action(self.fields, self.files)
            else:
                workspace.restore_actions([self.record])

        self.desk.write(job, select=lambda: self.action_id)

    def undo(self) -> None:
        def job(workspace: Workspace) -> None:
            self.record = workspace.delete_action(self.action_id)

        self.desk.write(job)


class EditActionCommand(QUndoCommand):
    def __init__(self, desk: Desk, action_id: str, before: ActionFields, after: ActionFields):
        super().__init__(translate("Undo", "修改工作“%1”").replace("%1", _short(after.title)))
        self.desk, self.action_id, self.before, self.after = desk, action_id, before, after

    def redo(self) -> None:
        self.desk.write(
            lambda ws: ws.update_action(self.action_id, self.after), select=lambda: self.action_id
        )

    def undo(self) -> None:
        self.desk.write(
            lambda ws: ws.update_action(self.action_id, self.before), select=lambda: self.action_id
        )


class DeleteActionCommand(QUndoCommand):
    def __init__(self, desk: Desk, action_id: str, title: str):
        super().__init__(translate("Undo", "删除工作“%1”").replace("%1", _short(title)))
        self.desk, self.action_id = desk, action_id
        self.record: ActionRecord | None = None

    def redo(self) -> None:
        def job(workspace: Workspace) -> None:
            self.record = workspace.delete_action(self.action_id)

        self.desk.write(job)

    def undo(self) -> None:
        self.desk.write(lambda ws: ws.restore_actions([self.record]), select=lambda: self.action_id)


class AttachEvidenceCommand(QUndoCommand):
    def __init__(self, desk: Desk, action_id: str, paths: list[Path]):
        names = "、".join(p.name for p in paths)
        super().__init__(translate("Undo", "添加佐证材料 %1").replace("%1", _short(names, 24)))
        self.desk, self.action_id, self.paths = desk, action_id, list(paths)
        self.added: list[Evidence] | None = None

    def redo(self) -> None:
        def job(workspace: Workspace) -> None:
            if self.added is None:
                added = []
                try:
                    for path in self.paths:
                        added.append(workspace.attach_evidence(self.action_id, path))
                finally:
                    self.added = added
            else:
                for evidence in self.added:
                    workspace.restore_evidence(evidence)

        self.desk.write(job, select=lambda: self.action_id)

    def undo(self) -> None:
        def job(workspace: Workspace) -> None:
            for evidence in self.added or []:
                workspace.remove_evidence(evidence.id)

        self.desk.write(job, select=lambda: self.action_id)


class RemoveEvidenceCommand(QUndoCommand):
    def __init__(self, desk: Desk, evidence: Evidence):
        super().__init__(
            translate("Undo", "移除佐证材料 %1").replace("%1", _short(evidence.name, 24))
        )
        self.desk, self.evidence = desk, evidence

    def redo(self) -> None:
        self.desk.write(
            lambda ws: ws.remove_evidence(self.evidence.id), select=lambda: self.evidence.action_id
        )

    def undo(self) -> None:
        self.desk.write(
            lambda ws: ws.restore_evidence(self.evidence), select=lambda: self.evidence.action_id
        )


class ImportActionsCommand(QUndoCommand):
    """A whole 台账 import: one step on the undo stack."""

    def __init__(self, desk: Desk, items: list[ActionFields], source: str):
        super().__init__(
            translate("Undo", "导入台账 %1(%2 条)")
            .replace("%1", source)
            .replace("%2", str(len(items)))
        )
        self.desk, self.items = desk, list(items)
        self.ids: list[str] | None = None
        self.records: list[ActionRecord] | None = None

    def redo(self) -> None:
        def job(workspace: Workspace) -> None:
            if self.records is None:
                self.ids = workspace.insert_actions(self.items)
            else:
                workspace.restore_actions(self.records)

        self.desk.write(job)

    def undo(self) -> None:
        def job(workspace: Workspace) -> None:
            self.records = workspace.delete_actions(self.ids or [])

        self.desk.write(job)
