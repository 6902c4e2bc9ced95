"""The workspace database: one SQLite file per installation. Imports nothing from Qt."""

from desktop.storage.database import WorkspaceError, WorkspaceTooNew
from desktop.storage.workspace import Workspace

__all__ = ["Workspace", "WorkspaceError", "WorkspaceTooNew"]
