"""Database and file work off the GUI thread.

One worker thread owns its own Workspace connection (electrum's idea: one thread, one connection),
so every write of the window goes through it in order and no two threads write the SQLite file.
Callers hand it a function of the workspace and get success/failure callbacks back on the GUI
thread (Anki's `aqt.operations` idea). The GUI thread keeps its own connection for quick reads;
with WAL it sees each write as soon as it is committed.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.storage import Workspace

log = logging.getLogger(__name__)

Job = Callable[[Workspace], Any]


class _Worker(QObject):
    finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, home: Path):
        super().__init__()
        self.home = home
        self.workspace: Workspace | None = None

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            if self.workspace is None:
                self.workspace = Workspace.open(self.home)
            result = job(self.workspace)
        except Exception as error:  # handed to the caller's failure callback
            if not _expected(error):
                log.error("background job failed:\n%s", traceback.format_exc())
            self.finished.emit(job_id, None, error)
        else:
            self.finished.emit(job_id, result, None)

    @Slot()
    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def _expected(error: Exception) -> bool:
    from desktop.domain import InvalidInput
    from desktop.storage import WorkspaceError

    return isinstance(error, InvalidInput | WorkspaceError | OSError)


class Background(QObject):
    """Runs jobs one after another on the worker thread.

    `busy_changed(bool)` tells the window to show that it is saving; `done` fires after each job's
    callbacks have run (tests wait on it with qtbot.waitSignal).
    """

    busy_changed = Signal(bool)
    done = Signal()
    failed = Signal(object)  # an error no caller handled
    _submit = Signal(int, object)
    _close = Signal()

    def __init__(self, home: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("ip-tracker-worker")
        self._worker = _Worker(Path(home))
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(
        self,
        job: Job,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        if not self._thread.isRunning():
            raise RuntimeError("the background worker has been stopped")
        job_id = next(self._ids)
        was_busy = self.busy
        self._callbacks[job_id] = (on_success, on_failure)
        if not was_busy:
            self.busy_changed.emit(True)
        self._submit.emit(job_id, job)

    @Slot(int, object, object)
    def _on_finished(self, job_id: int, result: Any, error: Exception | None) -> None:
        on_success, on_failure = self._callbacks.pop(job_id, (None, None))
        try:
            if error is None:
                if on_success is not None:
                    on_success(result)
            elif on_failure is not None:
                on_failure(error)
            else:
                self.failed.emit(error)
        finally:
            if not self.busy:
                self.busy_changed.emit(False)
            self.done.emit()

    def stop(self) -> None:
        """Finish the queued jobs (nothing entered is lost), close the connection, end."""
        if not self._thread.isRunning():
            return
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
