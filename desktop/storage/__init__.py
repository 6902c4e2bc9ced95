"""The workspace database: one SQLite file per installation. Imports nothing from Qt.

`Workspace` is loaded on first use, so that the start-up integrity check (storage.health) can
begin before the rest of the storage layer has been imported.
"""

from desktop.storage.database import WorkspaceError, WorkspaceTooNew

__all__ = ["Workspace", "WorkspaceError", "WorkspaceTooNew"]


def __getattr__(name: str):
    if name == "Workspace":
        from desktop.storage.workspace import Workspace

        return Workspace
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
