"""Opening the main window without waiting for the start-up integrity check.

The command line starts SQLite's quick_check before Qt is even imported (health.start_quick_check).
On a large workspace the check takes longer than building the window, so the window opens while
it runs: reads are harmless, and every write waits for the verdict (Workspace.require_sound), so a
damaged database is still never written to. `StartUp` then acts on the verdict, on the GUI thread:

- sound: the day's automatic backup is made on the waiting thread, never freezing the window;
- damaged: the window closes and the person is offered the newest good backup, the same dialogs
  as when the damage is found before any window opens (maintenance.open_workspace_at_startup).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.storage.health import WorkspaceDamaged
from desktop.views.maintenance import open_workspace_at_startup

log = logging.getLogger(__name__)


def make_window(workspace) -> QMainWindow:
    if workspace.is_city_office:
        # The city office gets its own window (desktop/views/city/), not the county desk.
        from desktop.views.city.city_window import CityWindow

        return CityWindow(workspace)
    from desktop.views.main_window import MainWindow

    return MainWindow(workspace)


class StartUp(QObject):
    """Opens the workspace and its window, and follows the check that was still running."""

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

    def open_window(self, early_check: Future | None = None) -> QMainWindow | None:
        """The main window (not yet shown), or None after telling the person why not.

        With `early_check` and an interactive start, the window is built while it runs."""
        defer = early_check is not None and self.interactive
        workspace = open_workspace_at_startup(
            self.home, interactive=self.interactive, early_check=early_check, defer_check=defer
        )
        if workspace is None:
            self.gave_up = True
            return None
        check = workspace.start_up_check
        try:
            window = make_window(workspace)
        except sqlite3.DatabaseError:
            if check is None:
                raise
            # A damaged file can fail a read before its check is in: the check has the word.
            log.warning("reading the workspace failed before its check finished", exc_info=True)
            workspace.close()
            return self.open_window()
        self.window = window
        if check is not None:
            self._waiting = threading.Thread(
                target=self._wait, args=(check,), name="ip-tracker-start-up"
            )
            self._waiting.start()
        return window

    def wait(self) -> None:
        """Until the day's backup is written (before the program exits)."""
        if self._waiting is not None:
            self._waiting.join()

    # ------------------------------------------------------------- on the waiting thread
    def _wait(self, check: Future) -> None:
        from desktop.storage.workspace import finish_start_up

        verdict = None
        try:
            finish_start_up(self.home, check)
        except WorkspaceDamaged as damaged:
            verdict = damaged
        except Exception:  # the backup is a convenience: never stop work over it
            log.exception("the day's backup after the start-up check failed")
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
        replacement = self.open_window()
        if replacement is None:
            QApplication.instance().exit(2)
        else:
            replacement.show()
        self.settled.emit(damaged)
