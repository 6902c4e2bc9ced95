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
        command: DeskCommand | None = None,
    ) -> None: ...


class DeskCommand(QUndoCommand):
    """A step whose writes the window may refuse: `failed` is set when its first write was
    refused, and the window then takes it off the stack (its undo must not run)."""

    failed = False
    writes = 0  # 1 while its first write (the push) is the only one

    def write(
        self, desk: Desk, job: Callable[[Workspace], Any], select: Callable | None = None
    ) -> None:
        self.writes += 1
        desk.write(job, select=select, command=self)

    def undo(self) -> None:
        if not self.failed:
            self.reverse()

    def reverse(self) -> None:
        raise NotImplementedError


def _short(text: str, length: int = 16) -> str:
    return text if len(text) <= length else text[:length] + "…"


class AddActionCommand(DeskCommand):
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

        self.write(self.desk, job, select=lambda: self.action_id)

    def reverse(self) -> None:
        def job(workspace: Workspace) -> None:
            self.record = workspace.delete_action(self.action_id)

        self.write(self.desk, job)


class EditActionCommand(DeskCommand):
    def __init__(self, desk: Desk, action_id: str, before: ActionFields, after: ActionFields):
        super().__init__(translate("Undo", "修改工作“%1”").replace("%1", _short(after.title)))
        self.desk, self.action_id, self.before, self.after = desk, action_id, before, after

    def redo(self) -> None:
        self.write(
            self.desk,
            lambda ws: ws.update_action(self.action_id, self.after),
            select=lambda: self.action_id,
        )

    def reverse(self) -> None:
        self.write(
            self.desk,
            lambda ws: ws.update_action(self.action_id, self.before),
            select=lambda: self.action_id,
        )


class DeleteActionCommand(DeskCommand):
    def __init__(self, desk: Desk, action_id: str, title: str):
        super().__init__(translate("Undo", "删除工作“%1”").replace("%1", _short(title)))
        self.desk, self.action_id = desk, action_id
        self.record: ActionRecord | None = None

    def redo(self) -> None:
        def job(workspace: Workspace) -> None:
            self.record = workspace.delete_action(self.action_id)

        self.write(self.desk, job)

    def reverse(self) -> None:
        self.write(
            self.desk, lambda ws: ws.restore_actions([self.record]), select=lambda: self.action_id
        )


class AttachEvidenceCommand(DeskCommand):
    def __init__(self, desk: Desk, action_id: str, paths: list[Path]):
        names = "、".join(p.name for p in paths)
        super().__init__(translate("Undo", "添加佐证材料 %1").replace("%1", _short(names, 24)))
        self.desk, self.action_id, self.paths = desk, action_id, list(paths)
        self.added: list[Evidence] | None = None

    def redo(self) -> None:
        def job(workspace: Workspace) -> None:
            if self.added is None:  # all of them or none: a refused file keeps the others out
                self.added = workspace.attach_evidence_files(self.action_id, self.paths)
            else:
                for evidence in self.added:
                    workspace.restore_evidence(evidence)

        self.write(self.desk, job, select=lambda: self.action_id)

    def reverse(self) -> None:
        def job(workspace: Workspace) -> None:
            for evidence in self.added or []:
                workspace.remove_evidence(evidence.id)

        self.write(self.desk, job, select=lambda: self.action_id)


class RemoveEvidenceCommand(DeskCommand):
    def __init__(self, desk: Desk, evidence: Evidence):
        super().__init__(
            translate("Undo", "移除佐证材料 %1").replace("%1", _short(evidence.name, 24))
        )
        self.desk, self.evidence = desk, evidence

    def redo(self) -> None:
        self.write(
            self.desk,
            lambda ws: ws.remove_evidence(self.evidence.id),
            select=lambda: self.evidence.action_id,
        )

    def reverse(self) -> None:
        self.write(
            self.desk,
            lambda ws: ws.restore_evidence(self.evidence),
            select=lambda: self.evidence.action_id,
        )


class ImportActionsCommand(DeskCommand):
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

        self.write(self.desk, job)

    def reverse(self) -> None:
        def job(workspace: Workspace) -> None:
            self.records = workspace.delete_actions(self.ids or [])

        self.write(self.desk, job)
