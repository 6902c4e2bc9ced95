"""Database and file work off the GUI thread, two ways.

- `Background` (the county desk): one worker thread that owns its own Workspace connection
  (electrum's idea: one thread, one connection), so every write of the window goes through it in
  order and no two threads write the SQLite file. Callers hand it a function of the workspace and
  get success/failure callbacks back on the GUI thread (Anki's `aqt.operations` idea). The GUI
  thread keeps its own connection for quick reads; with WAL it sees each write once committed.
- `run_in_background` (backups, restores, exports): one long job on the thread pool behind a
  progress dialog. A backup of a large workspace takes seconds; doing it on the GUI thread would
  freeze the window (Windows then offers to kill the "not responding" program mid-write). The work
  function opens its own SQLite connection: connections are never shared across threads.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.storage import Workspace
from desktop.storage.health import IntegrityCheck

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None]], Any]  # receives a progress(done, total) callback


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals):
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # handed to the GUI thread, which decides what to show
            log.info("background job failed", exc_info=error)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One job on the global thread pool; `finished(ok, result_or_error)` arrives on the GUI
    thread. Keeps itself alive until then."""

    finished = Signal(bool, object)
    _running: set[BackgroundTask] = set()  # noqa: RUF012 - the point is one set for all tasks

    def __init__(self, work: Work, parent: QWidget | None, label: str):
        super().__init__()
        self.signals = _Signals()
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setCancelButton(None)  # an online backup or a restore is not safely stoppable
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.signals.progress.connect(self._on_progress)
        self.signals.succeeded.connect(lambda result: self._done(True, result))
        self.signals.failed.connect(lambda error: self._done(False, error))
        self.job = _Job(work, self.signals)
        self.job.setAutoDelete(True)

    def start(self) -> BackgroundTask:
        BackgroundTask._running.add(self)
        self.dialog.setValue(0)
        QThreadPool.globalInstance().start(self.job)
        return self

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _done(self, ok: bool, payload: object) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
        BackgroundTask._running.discard(self)
        self.finished.emit(ok, payload)


def run_in_background(
    work: Work,
    parent: QWidget | None,
    label: str,
    on_done: Callable[[bool, object], None],
) -> BackgroundTask:
    task = BackgroundTask(work, parent, label)
    task.finished.connect(on_done)
    return task.start()


# ---------------------------------------------------------------------- the desk's worker
Job = Callable[[Workspace], Any]


class _Worker(QObject):
    finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, home: Path, start_up_check: IntegrityCheck | None = None):
        super().__init__()
        self.home = home
        self.start_up_check = start_up_check
        self.workspace: Workspace | None = None

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            if self.workspace is None:
                self.workspace = self._attach()
            result = job(self.workspace)
        except Exception as error:  # handed to the caller's failure callback
            if not _expected(error):
                log.error("background job failed:\n%s", traceback.format_exc())
            self.finished.emit(job_id, None, error)
        else:
            self.finished.emit(job_id, result, None)

    def _attach(self) -> Workspace:
        """A second connection to the workspace the window already opened (and so migrated):
        the checks need not run again on this thread. If the window opened it before the
        start-up integrity check was in, this connection's writes wait for it too."""
        from desktop.storage.database import DATABASE_NAME, connect

        path = self.home / DATABASE_NAME
        if not path.exists():  # nobody opened it yet: the full open, with its checks
            return Workspace.open(self.home)
        return Workspace(path, connect(path), pending_check=self.start_up_check)

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

    def __init__(
        self,
        home: Path,
        parent: QObject | None = None,
        start_up_check: IntegrityCheck | None = None,
    ):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("ip-tracker-worker")
        self._worker = _Worker(Path(home), start_up_check)
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
