"""Run a piece of database or file work off the GUI thread, with a progress dialog.

A backup of a large workspace takes seconds; doing it on the GUI thread would freeze the window
(Windows then offers to kill the "not responding" program mid-write). The work function opens its
own SQLite connection: connections are never shared across threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

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
