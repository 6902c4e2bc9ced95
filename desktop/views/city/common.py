"""Shared pieces of the city window: labels, colours, and running work off the GUI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.storage import Workspace
from desktop.storage.health import file_error_message

CONTEXT = "CityLabels"

# A measure's status in a unit's return (domain codes → Chinese labels, translated on display).
MEASURE_STATUS_LABELS = {
    "done": QT_TRANSLATE_NOOP("CityLabels", "已完成"),
    "in_progress": QT_TRANSLATE_NOOP("CityLabels", "推进中"),
    "not_started": QT_TRANSLATE_NOOP("CityLabels", "未启动"),
    "not_applicable": QT_TRANSLATE_NOOP("CityLabels", "不涉及"),
    "not_reported": QT_TRANSLATE_NOOP("CityLabels", "未填报"),
    "no_return": QT_TRANSLATE_NOOP("CityLabels", "未报送"),
    "not_concerned": QT_TRANSLATE_NOOP("CityLabels", "无关"),
}
MEASURE_STATUS_COLOURS = {
    "done": "#a5d6a7",
    "in_progress": "#90caf9",
    "not_started": "#ffcc80",
    "not_applicable": "#e0e0e0",
    "not_reported": "#ef9a9a",
    "no_return": "#ffffff",
    "not_concerned": "#f5f5f5",
}
# The order a legend and a stacked bar use.
MEASURE_STATUS_ORDER = ("done", "in_progress", "not_started", "not_applicable", "not_reported")

OUTCOME_TEXT = {
    "new": QT_TRANSLATE_NOOP("CityLabels", "新收"),
    "superseding": QT_TRANSLATE_NOOP("CityLabels", "更正(替代当前版)"),
    "duplicate": QT_TRANSLATE_NOOP("CityLabels", "重复(无变化)"),
    "stale": QT_TRANSLATE_NOOP("CityLabels", "旧版(另存)"),
    "rejected": QT_TRANSLATE_NOOP("CityLabels", "拒收"),
}
OUTCOME_COLOURS = {
    "new": "#c8e6c9",
    "superseding": "#bbdefb",
    "duplicate": "#eeeeee",
    "stale": "#fff9c4",
    "rejected": "#ffcdd2",
}

# Timeliness in the status matrix.
TIMELINESS_COLOURS = {
    "on_time": "#c8e6c9",
    "late": "#ffe0b2",
    "missing": "#ffcdd2",
    "not_due": "#f5f5f5",
    "returned": "#e1bee7",
}

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("CityLabels", "工作名称"),
    "progress": QT_TRANSLATE_NOOP("CityLabels", "工作进展"),
    "status": QT_TRANSLATE_NOOP("CityLabels", "完成情况"),
    "reason": QT_TRANSLATE_NOOP("CityLabels", "不涉及理由"),
    "start_date": QT_TRANSLATE_NOOP("CityLabels", "开始日期"),
    "finish_date": QT_TRANSLATE_NOOP("CityLabels", "完成日期"),
    "figures": QT_TRANSLATE_NOOP("CityLabels", "量化指标"),
    "problems": QT_TRANSLATE_NOOP("CityLabels", "存在问题"),
    "next_steps": QT_TRANSLATE_NOOP("CityLabels", "下一步计划"),
    "evidence": QT_TRANSLATE_NOOP("CityLabels", "佐证材料"),
}


def label(text: str) -> str:
    """A marked label, translated now."""
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    return label(MEASURE_STATUS_LABELS.get(status, status))


def outcome_label(outcome: str) -> str:
    return label(OUTCOME_TEXT.get(outcome, outcome))


def colour(hex_code: str) -> QColor:
    return QColor(hex_code)


def keep_cell_colours(view) -> None:
    """A selected cell in a colour-coded table keeps its colour: a see-through highlight."""
    palette = view.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(21, 101, 192, 70))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#000000"))
    view.setPalette(palette)


def passphrase_field(name: str, tooltip: str) -> QLineEdit:
    """The masked field for the city's signing passphrase (texts translated by the caller)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setToolTip(tooltip)
    return field


def save_to_row(field: QLineEdit, browse: QPushButton, on_browse: Callable[[], None]) -> QWidget:
    """A path field with its 浏览… button beside it, for a form row."""
    browse.clicked.connect(on_browse)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(browse)
    return row


def workspace_home(workspace: Workspace) -> Path:
    """The folder a workspace lives in: what another thread opens its own Workspace with."""
    return Path(workspace.path).parent


# ------------------------------------------------------------------ background work
class BackgroundTask(QObject):
    """Runs `job(workspace, task)` in its own thread with its own Workspace (one sqlite connection
    belongs to one thread). The job reports through `task.report(...)` / `task.emit_item(...)` and
    looks at `task.cancelled` between steps; its return value arrives in `done`."""

    progress = Signal(int, str)  # percent, what is being done
    item = Signal(object)  # one piece of the result, as soon as it is ready
    done = Signal(object)
    failed = Signal(str)
    finished = Signal()  # after done or failed

    def __init__(self, home: Path, job: Callable[[Workspace, BackgroundTask], object]):
        super().__init__()
        self.home = Path(home)
        self.job = job
        self.cancelled = False
        self._thread: QThread | None = None

    # called from the worker thread
    def report(self, percent: int, text: str = "") -> None:
        self.progress.emit(int(percent), text)

    def emit_item(self, value) -> None:
        self.item.emit(value)

    @Slot()
    def _run(self) -> None:
        try:
            with Workspace.open(self.home) as workspace:
                result = self.job(workspace, self)
        except Exception as error:  # the person sees what went wrong; the window stays up
            message = file_error_message(error) or str(error) or error.__class__.__name__
            if not isinstance(error, (OSError, ValueError)) and not str(error):
                message = traceback.format_exc(limit=3)
            self.failed.emit(message)
        else:
            self.done.emit(result)
        self.finished.emit()

    # called from the GUI thread
    def start(self) -> None:
        """Start in a new thread. The thread belongs to the application (a dialog closing
        cannot take a running thread with it), is deleted once it has finished, and keeps the
        task alive until then, so whoever started it may simply forget it."""
        thread = QThread(QCoreApplication.instance())
        thread.setObjectName("city-background")
        self._thread = thread
        thread._task = self  # the Python wrapper keeps the task while the thread lives
        self.moveToThread(thread)
        thread.started.connect(self._run)
        # Quit from the worker itself: the GUI thread may be waiting for it.
        self.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(thread.deleteLater)
        thread.start()

    def cancel(self) -> None:
        self.cancelled = True

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the work has finished (closing a dialog mid-import)."""
        thread = self._thread
        if thread is None or not shiboken6.isValid(thread):
            return True
        return thread.wait(msecs)

    @property
    def running(self) -> bool:
        thread = self._thread
        return bool(thread and shiboken6.isValid(thread) and thread.isRunning())
