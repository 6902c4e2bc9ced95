"""Opening the main window before the start-up integrity check has run.

SQLite's quick_check reads the whole workspace file: on a large workspace it takes longer than
building the window, and run alongside the start it competes with it for the disk and the
processor. So the window opens first: reads are harmless, and every write waits for the
verdict (Workspace.require_sound), so a damaged database is still never written to. A moment
after the window is drawn, `StartUp` runs the check on its own thread and acts on the verdict on
the GUI thread:

- sound: the day's automatic backup is made on that thread, never freezing the window;
- damaged: the window closes and the person is offered the newest good backup, the same dialogs
  as when the damage is found before any window opens (maintenance.open_workspace_at_startup).

A write, or a read that fails, before the check has run runs it there and then.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.storage.health import IntegrityCheck, WorkspaceDamaged
from desktop.views.maintenance import open_workspace_at_startup

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 1000  # from the first paint to the start-up integrity check


class AfterFirstPaint(QObject):
    """Calls `then` once: when `window` has been drawn for the first time, or after
    `at_latest_ms` if it is not (a window started minimised)."""

    def __init__(self, window: QWidget, then: Callable[[], None], at_latest_ms: int = 3000):
        super().__init__(window)
        self.then = then
        self.called = False
        window.installEventFilter(self)
        QTimer.singleShot(at_latest_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)  # once this paint is done
        return False

    def _call(self) -> None:
        if not self.called:
            self.called = True
            self.then()


def collect_garbage_again() -> None:
    """The garbage collector is off while the program starts (cli.main). Once the window is
    drawn, what start-up made (modules, Qt's classes and enums, the plan) lives on: it is frozen
    out of the collector's way, so turning it back on does not make it scan all of it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def make_window(workspace) -> QMainWindow:
    if workspace.is_city_office:
        # The city office gets its own window (desktop/views/city/), not the county desk.
        from desktop.views.city.city_window import CityWindow

        return CityWindow(workspace)
    from desktop.views.main_window import MainWindow

    return MainWindow(workspace)


class StartUp(QObject):
    """Opens the workspace and its window, then runs the integrity check it put off."""

    # None when the check passed (and the day's backup is done), else its WorkspaceDamaged.
    settled = Signal(object)
    _verdict = Signal(object)  # emitted by the waiting thread, delivered on the GUI thread

    def __init__(self, home: Path, interactive: bool = True):
        super().__init__()
        self.home = Path(home)
        self.interactive = interactive
        self.window: QMainWindow | None = None
        self.gave_up = False  # the workspace could not be opened: the program exits with 2
        self._waiting: threading.Thread | None = None
        self._verdict.connect(self._on_verdict)

    def open_window(self, defer_check: bool = True) -> QMainWindow | None:
        """The main window (not yet shown), or None after telling the person why not.

        Interactive and `defer_check`: the window is built before the integrity check has run;
        the check runs a moment after the window is drawn. Otherwise the check comes first."""
        from desktop.storage.database import DATABASE_NAME

        defer = defer_check and self.interactive
        check = IntegrityCheck(self.home / DATABASE_NAME) if defer else None
        workspace = open_workspace_at_startup(
            self.home, interactive=self.interactive, check=check, defer_check=defer
        )
        if workspace is None:
            self.gave_up = True
            return None
        pending = workspace.start_up_check
        try:
            window = make_window(workspace)
        except sqlite3.DatabaseError:
            if pending is None:
                raise
            # A damaged file can fail a read before its check has run: the check has the word.
            log.warning("reading the workspace failed before its check had run", exc_info=True)
            workspace.close()
            return self.open_window(defer_check=False)
        self.window = window
        AfterFirstPaint(window, lambda: self._after_first_paint(pending))
        return window

    def _after_first_paint(self, pending: IntegrityCheck | None) -> None:
        collect_garbage_again()
        if pending is not None:
            # A moment later: the system is still compositing and showing the first frame, and
            # the check reads the whole file. A write meanwhile runs the check itself.
            QTimer.singleShot(CHECK_DELAY_MS, self, lambda: self._start_waiting(pending))

    def _start_waiting(self, pending: IntegrityCheck) -> None:
        self._waiting = threading.Thread(
            target=self._wait, args=(pending,), name="ip-tracker-start-up"
        )
        self._waiting.start()

    def wait(self) -> None:
        """Until the check and the day's backup are done (before the program exits)."""
        if self._waiting is not None:
            self._waiting.join()

    # ------------------------------------------------------------- on the waiting thread
    def _wait(self, check: IntegrityCheck) -> None:
        from desktop.storage.workspace import finish_start_up

        verdict = None
        try:
            finish_start_up(self.home, check)
        except WorkspaceDamaged as damaged:
            verdict = damaged
        except Exception:  # e.g. a read-only folder: the first write meets it again, and says so
            log.exception("the start-up check or the day's backup failed")
        with contextlib.suppress(RuntimeError):  # the program ended meanwhile
            self._verdict.emit(verdict)

    # --------------------------------------------------------------- on the GUI thread
    def _on_verdict(self, damaged: WorkspaceDamaged | None) -> None:
        if damaged is None:
            self.settled.emit(None)
            return
        log.error("%s", damaged)
        window = self.window
        self.window = None
        if window is not None:
            window.close()
            window.workspace.close()  # a restore replaces the file: let go of it first
            window.deleteLater()
        # The same dialogs as a damage found before the window: message, or offer the backup.
        replacement = self.open_window(defer_check=False)
        if replacement is None:
            QApplication.instance().exit(2)
        else:
            replacement.show()
        self.settled.emit(damaged)
