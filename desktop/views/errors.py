"""Unexpected errors in the window: log the traceback, tell the clerk in plain words.

PySide6 hands an exception raised in a slot or an event handler to sys.excepthook and then carries
on with the event loop, so the window stays usable. We replace the hook so that the clerk sees what
happened and where the log is, never a traceback, and the helpdesk finds the traceback in the log.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logs import current_log_file
from desktop.storage.database import WorkspaceError
from desktop.storage.health import as_workspace_error

log = logging.getLogger(__name__)


def describe(error: BaseException, home: Path | None) -> tuple[str, bool]:
    """(message for the person, whether it is our bug rather than their situation)."""
    if isinstance(error, WorkspaceError):
        return str(error), False
    if home is not None:
        problem = as_workspace_error(error, home)
        if problem is not None:
            return str(problem), False
    return f"{type(error).__name__}: {error}", True


class ErrorReporter(QObject):
    """Shows one dialog at a time; errors arriving meanwhile are logged only, so a failing
    repaint cannot stack up hundreds of dialogs."""

    report = Signal(str, str)  # (text, detail) — queued to the GUI thread

    def __init__(self, home: Path | None = None):
        super().__init__()
        self.home = home
        self.box: QMessageBox | None = None
        self.shown = 0
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error(
            "unexpected error in the window:\n%s",
            "".join(traceback.format_exception(kind, error, tb)),
        )
        message, bug = describe(error, self.home)
        self.report.emit(message, "bug" if bug else "")

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, message: str, kind: str) -> None:
        if self.box is not None:
            return
        where = current_log_file()
        if kind == "bug":
            text = QCoreApplication.translate(
                "ErrorReporter", "程序遇到了意外错误,刚才的操作可能没有完成。"
            )
            info = QCoreApplication.translate(
                "ErrorReporter",
                "已保存的数据不受影响,可以继续使用。如果问题反复出现,请把日志文件发给技术支持:\n%1",
            ).replace(
                "%1",
                str(where)
                if where
                else QCoreApplication.translate("ErrorReporter", "(日志不可用)"),
            )
            detail = message
        else:
            text = message
            info = QCoreApplication.translate("ErrorReporter", "日志文件:%1").replace(
                "%1",
                str(where)
                if where
                else QCoreApplication.translate("ErrorReporter", "(日志不可用)"),
            )
            detail = ""
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, QApplication.applicationDisplayName(), text)
        box.setParent(parent, box.windowFlags())
        box.setObjectName("unexpectedErrorDialog")
        box.setInformativeText(info)
        if detail:
            box.setDetailedText(detail)  # the exception's one line, never the traceback
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.box = box
        self.shown += 1
        box.open()  # not exec(): a nested event loop inside an error handler invites re-entry

    def _closed(self) -> None:
        self.box = None


def install_excepthook(home: Path | None = None) -> ErrorReporter:
    """Route uncaught exceptions of the GUI (and of plain threads) to a dialog and the log."""
    reporter = ErrorReporter(home)
    sys.excepthook = reporter.handle
    threading.excepthook = reporter.handle_thread
    app = QApplication.instance()
    if app is not None:
        app._error_reporter = reporter  # keep it alive with the app
    return reporter
