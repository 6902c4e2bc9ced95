"""The county desk: the plan as it concerns the unit, one period at a time.

Left, the plan tree (chapter → section → measure) with each measure's relation to the unit and
its state this period; in the middle, the selected measure, its actions for the period and the
editor; right, the period's overview. Every write goes through an undoable command to the
background worker and is committed at once.
"""

from __future__ import annotations

import html
import tempfile
from collections import Counter
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import InvalidInput
from desktop.domain.actions import Status
from desktop.domain.desk import MeasureState, concern, measure_state
from desktop.domain.units import Relation
from desktop.plan.model import Measure
from desktop.storage import Workspace
from desktop.storage.health import file_error_message
from desktop.storage.workspace import ActionRecord, Evidence
from desktop.views.action_editor import ActionEditor
from desktop.views.action_table_model import ActionFilterProxy, ActionTableModel
from desktop.views.background import Background
from desktop.views.first_run import FirstRunPage
from desktop.views.maintenance import add_maintenance_menu
from desktop.views.returns_menu import add_returns_menu

if TYPE_CHECKING:
    from desktop.views.ledger_import import LedgerImportDialog
from desktop.views.labels import (
    concern_label,
    field_label,
    period_label,
    state_label,
    status_label,
)
from desktop.views.overview import Overview
from desktop.views.period_bar import PeriodBar, default_period
from desktop.views.plan_tree_model import (
    COLUMN_CONCERN,
    COLUMN_MEASURE,
    COLUMN_STATE,
    MEASURE_ROLE,
    PlanFilterProxy,
    PlanTreeModel,
)
from desktop.views.undo_commands import (
    AddActionCommand,
    AttachEvidenceCommand,
    DeleteActionCommand,
    DeskCommand,
    EditActionCommand,
    ImportActionsCommand,
    RemoveEvidenceCommand,
)

__all__ = ["MEASURE_ROLE", "MainWindow", "_walk"]

SETTINGS_FILE = "desk.ini"
SEARCH_DELAY_MS = 250
STYLE = """
QMainWindow { background: #f4f6f9; }
QToolBar { background: #ffffff; border-bottom: 1px solid #d7dce3; spacing: 8px; padding: 4px 8px; }
QTreeView, QTableView, QTextBrowser, QListWidget {
    background: #ffffff; border: 1px solid #d7dce3; border-radius: 4px;
}
QTreeView::item, QTableView::item { padding: 3px 2px; }
QTreeView::item:selected, QTableView::item:selected { background: #d3e3fd; color: #041e49; }
QHeaderView::section {
    background: #eef1f5; border: none; border-bottom: 1px solid #d7dce3; padding: 4px 6px;
}
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit {
    background: #ffffff; border: 1px solid #c4cad3; border-radius: 3px; padding: 3px 4px;
}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus {
    border: 1px solid #0b57d0;
}
QLineEdit:disabled { background: #f1f3f4; color: #9aa0a6; }
QPushButton { padding: 4px 14px; border: 1px solid #c4cad3; border-radius: 3px; background: #fff; }
QPushButton:default { background: #0b57d0; color: white; border-color: #0b57d0; }
QPushButton:disabled { color: #9aa0a6; background: #f1f3f4; border-color: #dadce0; }
QProgressBar {
    border: 1px solid #c4cad3; border-radius: 3px; text-align: center; background: #fff;
}
QProgressBar::chunk { background: #6dd58c; border-radius: 2px; }
#overview { background: #ffffff; border: 1px solid #d7dce3; border-radius: 4px; }
#actionEditor { background: #ffffff; }
#firstRunCard { background: #ffffff; border: 1px solid #d7dce3; border-radius: 6px; }
"""


class MainWindow(QMainWindow):
    DEFAULT_SIZE = QSize(1400, 880)

    def __init__(self, workspace: Workspace, today: date | None = None):
        super().__init__()
        self.workspace = workspace
        self.plan = workspace.plan
        self.home = workspace.path.parent
        self.today = today or date.today()
        self.settings = QSettings(str(self.home / SETTINGS_FILE), QSettings.Format.IniFormat)
        self.undo_stack = QUndoStack(self)
        self.unit = workspace.unit
        self.period: str | None = None
        self._search_measures: set[int] | None = None
        self._measure_hits: set[int] = set()
        self._action_hits: set[str] | None = None
        self._search_serial = 0
        self._closed = True  # until built: a window that failed to build has nothing to save
        self._starting = False
        self._temp_dir: tempfile.TemporaryDirectory | None = None

        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("三明市知识产权强市建设推进计划 工作台账"))
        self.setStyleSheet(STYLE)
        self._build_actions()
        self._build_toolbar()
        self._build_desk()
        self._build_status_bar()

        self.pages = QStackedWidget()  # the desk, or the first-run page (made when needed)
        self.pages.addWidget(self.desk)
        self.setCentralWidget(self.pages)
        # Search → filter → tree → the measure's actions → the editor, in reading order.
        for first, second in (
            (self.search, self.mine_only),
            (self.mine_only, self.tree),
            (self.tree, self.table_filter),
            (self.table_filter, self.table),
            (self.table, self.editor.title),
        ):
            QWidget.setTabOrder(first, second)
        self.editor.set_tab_order()  # the form's own order, now that it is in the window

        self.resize(self.DEFAULT_SIZE)
        # Restoring period, filter and measure would each re-read the database; read once after.
        self._starting = True
        self._restore_state()
        self._starting = False
        self._show_unit()
        # The writer thread last: if a read above fails (a damaged file whose start-up check
        # is still running), no thread is left behind.
        self.background = Background(self.home, self, workspace.start_up_check)
        self.background.busy_changed.connect(self._busy_changed)
        self.background.failed.connect(self.write_failed)
        add_returns_menu(self, self.home, lambda: self.period)
        add_maintenance_menu(self, self.home, workspace=self._release_workspace)
        data_menu = self.menuBar().findChild(QMenu, "dataMenu")
        data_menu.addSeparator()
        data_menu.addAction(self.settings_action)  # reachable from the keyboard too (Alt+D)
        self._closed = False

    @cached_property
    def first_run(self) -> FirstRunPage:
        """Which unit, contact and phone: shown until the workspace has a unit. Made on first
        use: a workspace in use never shows it, and building it costs start-up time."""
        page = FirstRunPage(self.workspace.units())
        page.form.submitted.connect(self.set_unit)
        self.pages.addWidget(page)
        return page

    def _release_workspace(self) -> Workspace:
        """Before a restore replaces the database: the worker lets go of its connection too."""
        self.background.stop()
        return self.workspace

    # ------------------------------------------------------------------ building
    def _action(self, text: str, shortcut, tip: str, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setToolTip(self.tr("撤销上一步修改(Ctrl+Z)"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        # Ctrl+Y, and the platform's own redo keys (Ctrl+Shift+Z on Linux) — each once: a key
        # bound twice on one action is "ambiguous" to Qt and does nothing at all.
        redo_keys = [QKeySequence("Ctrl+Y")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setToolTip(self.tr("重做(Ctrl+Y)"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        # The stack keeps their text and enabled state; the window does the step itself, so
        # that typing not yet saved is saved first (and so is undone as the latest step, and
        # redone by redo) rather than thrown away when the form reloads.
        for action, step in ((self.undo_action, self.undo), (self.redo_action, self.redo)):
            action.triggered.disconnect()
            action.triggered.connect(step)
        self.new_action = self._action(
            self.tr("新建工作"),
            "Ctrl+N",
            self.tr("为所选措施新建一条本期工作(Ctrl+N)"),
            self.new_action_for_measure,
        )
        self.save_action = self._action(
            self.tr("保存"),
            QKeySequence.StandardKey.Save,
            self.tr("保存正在编辑的工作(Ctrl+S)"),
            lambda: self.editor.save(),
        )
        self.search_action = self._action(
            self.tr("搜索"),
            QKeySequence.StandardKey.Find,
            self.tr("搜索措施和工作记录(Ctrl+F)"),
            self.focus_search,
        )
        self.next_action = self._action(
            self.tr("下一项措施"),
            "Ctrl+PgDown",
            self.tr("跳到下一项措施(Ctrl+PgDown)"),
            lambda: self.step_measure(1),
        )
        self.previous_action = self._action(
            self.tr("上一项措施"),
            "Ctrl+PgUp",
            self.tr("跳到上一项措施(Ctrl+PgUp)"),
            lambda: self.step_measure(-1),
        )
        self.period_action = self._action(
            self.tr("选择期间"),
            "Ctrl+P",
            self.tr("选择报送期间(Ctrl+P)"),
            lambda: self.period_bar.combo.setFocus(),
        )
        self.import_action = self._action(
            self.tr("导入台账…"),
            "Ctrl+I",
            self.tr("从已有的 Excel 台账导入工作记录(Ctrl+I)"),
            self.open_import,
        )
        self.settings_action = self._action(
            self.tr("设置(&S)…"),
            "Ctrl+,",
            self.tr("修改本单位、联系人和电话(Ctrl+,)"),
            self.open_settings,
        )

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("工具栏"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.period_bar = PeriodBar(self.workspace.periods(), today=self.today)
        self.period_bar.period_changed.connect(self.set_period)
        bar.addWidget(self.period_bar)
        bar.addSeparator()
        for action in (self.new_action, self.save_action, self.undo_action, self.redo_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.import_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("搜索措施、工作内容(Ctrl+F)"))
        self.search.setAccessibleName(self.tr("搜索"))
        self.search.setToolTip(self.tr("输入关键词,筛选措施和本期工作记录;按 Esc 清除"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        bar.addWidget(self.search)
        bar.addAction(self.settings_action)

    def _build_desk(self) -> None:
        # Left: the plan tree with its filter.
        self.mine_only = QCheckBox(self.tr("只看本单位(&M)"))
        self.mine_only.setObjectName("mineOnly")
        self.mine_only.setToolTip(self.tr("只显示本单位牵头、配合、对口或各县(市、区)落实的措施"))
        self.mine_only.toggled.connect(self.set_mine_only)
        self.tree_model = PlanTreeModel(self.plan, self.unit, self)
        self.tree_proxy = PlanFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setAccessibleName(self.tr("计划措施目录"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setModel(self.tree_proxy)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_MEASURE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font: measuring every row's contents costs time at start-up.
        metrics = self.tree.fontMetrics()
        widest = {
            COLUMN_CONCERN: max(metrics.horizontalAdvance(concern_label(c)) for c in Relation),
            COLUMN_STATE: max(
                metrics.horizontalAdvance(state_label(st) + " · 999") for st in MeasureState
            ),
        }
        for column, width in widest.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width + 16)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.mine_only)
        left_layout.addWidget(self.tree, 1)

        # Middle: the measure, its actions this period, the editor.
        self.detail = QTextBrowser()
        self.detail.setObjectName("measureDetail")
        self.detail.setAccessibleName(self.tr("措施详情"))
        self.detail.setOpenLinks(False)
        self.actions_model = ActionTableModel(self)
        self.actions_proxy = ActionFilterProxy(self)
        self.actions_proxy.setSourceModel(self.actions_model)
        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setAccessibleName(self.tr("本期工作记录"))
        self.table.setModel(self.actions_proxy)
        # No sort until the clerk clicks a header: the query already returns them in order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the editor; arrows move
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setVisible(False)
        table_header = self.table.horizontalHeader()
        table_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font: ResizeToContents would measure every row of the measure.
        table_metrics = self.table.fontMetrics()
        longest_status = max(
            (status_label(st) for st in Status), key=table_metrics.horizontalAdvance
        )
        samples = (longest_status, "2025-12-31", "2025-12-31", "99", "2025-12-31 23:59")
        headers = self.actions_model.headers()
        for column, sample in enumerate(samples, start=1):
            width = max(
                table_metrics.horizontalAdvance(sample),
                table_metrics.horizontalAdvance(headers[column]),
            )
            table_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table_header.resizeSection(column, width + 24)
        self.table.selectionModel().currentRowChanged.connect(self._on_action_changed)
        self.table_filter = QLineEdit()
        self.table_filter.setPlaceholderText(self.tr("筛选本措施的工作…"))
        self.table_filter.setAccessibleName(self.tr("筛选工作记录"))
        self.table_filter.setClearButtonEnabled(True)
        self.table_filter.textChanged.connect(self.actions_proxy.setFilterFixedString)
        self.table_title = QLabel()
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_head = QHBoxLayout()
        table_head.addWidget(self.table_title, 1)
        table_head.addWidget(self.table_filter)
        table_layout.addLayout(table_head)
        table_layout.addWidget(self.table, 1)

        self.editor = ActionEditor(self.plan, {p.code for p in self.workspace.periods()})
        self.editor.save_requested.connect(self._save_requested)
        self.editor.delete_requested.connect(self.delete_action)
        self.editor.new_requested.connect(self.new_action_for_measure)
        self.editor.attach_requested.connect(self.attach_files)
        self.editor.remove_evidence_requested.connect(self.remove_evidence)
        self.editor.open_evidence_requested.connect(self.open_evidence)

        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.setObjectName("middleSplitter")
        self.middle.addWidget(self.detail)
        self.middle.addWidget(table_box)
        self.middle.addWidget(self.editor)
        self.middle.setStretchFactor(0, 2)
        self.middle.setStretchFactor(1, 3)
        self.middle.setStretchFactor(2, 5)
        self.middle.setSizes([230, 200, 370])
        self.middle.setChildrenCollapsible(False)

        # Right: the period overview.
        self.overview = Overview(self.plan)
        self.overview.measure_activated.connect(self.select_measure)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.overview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([420, 720, 260])
        self.desk = self.splitter

    def _build_status_bar(self) -> None:
        self.unit_label = QLabel()
        self.saving_label = QLabel()
        self.statusBar().addWidget(self.unit_label)
        self.statusBar().addPermanentWidget(self.saving_label)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("计划版本 %1").replace("%1", self.plan.version_id))
        )

    # --------------------------------------------------------------- unit, state
    def _show_unit(self) -> None:
        has_unit = self.unit is not None
        self.pages.setCurrentWidget(self.desk if has_unit else self.first_run)
        for action in (
            self.new_action,
            self.save_action,
            self.import_action,
            self.search_action,
            self.next_action,
            self.previous_action,
        ):
            action.setEnabled(has_unit)
        self.search.setEnabled(has_unit)
        self.period_bar.setEnabled(has_unit)
        if has_unit:
            contact = self.workspace.contact
            self.unit_label.setText(
                f"{self.unit.full_name}({self.unit.code})"
                + (self.tr(" · 联系人 %1").replace("%1", contact) if contact else "")
            )
        else:
            self.unit_label.setText(self.tr("尚未设置单位"))
        if has_unit and self.period:
            self.refresh()

    def set_unit(self, code: str, contact: str, phone: str) -> None:
        """First run and settings: make the workspace this unit's (a write, in the background)."""

        def failed(error: Exception) -> None:
            message = error.message if isinstance(error, InvalidInput) else str(error)
            self.first_run.form.message.setText(message)
            if self.pages.currentWidget() is self.desk:
                self.tell(self.tr("设置"), message)

        self.background.run(
            lambda ws: ws.setup(code, contact=contact, phone=phone),
            on_success=lambda _unit: self.unit_changed(),
            on_failure=failed,
        )

    def unit_changed(self) -> None:
        """The workspace's unit was set (first run, settings, an installed enrolment)."""
        self.unit = self.workspace.unit
        self.tree_model = PlanTreeModel(self.plan, self.unit, self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree.expandAll()
        self._show_unit()
        if self.current_measure() is None:
            self.select_measure(1)

    def set_period(self, code: str) -> None:
        if self.period == code:
            return
        if not self._leave_editor():
            QTimer.singleShot(0, lambda: self.period_bar.set_current(self.period))
            return
        self.period = code
        self.settings.setValue("desk/period", code)
        self.editor.set_context(self.current_measure(), code)
        if self._starting:
            return
        if self._search_measures is not None:
            self.apply_search()
        self.refresh()

    def refresh(self, select_action: str | None = None) -> None:
        """Re-read the period: states in the tree, the overview, the measure's actions."""
        if self.period is None:
            return
        raw = self.workspace.action_states(self.period)
        states = {no: measure_state(counts) for no, counts in raw.items()}
        counts = {no: sum(c.values()) for no, c in raw.items()}
        self.tree_model.set_states(states, counts)
        self.overview.update_states(self.unit, states)
        self._load_actions(select_action)

    def _load_actions(self, select_action: str | None = None) -> None:
        measure = self.current_measure()
        actions: list[ActionRecord] = []
        if measure is not None and self.period is not None:
            actions = self.workspace.list_actions(period=self.period, measure=measure.no)
        self.actions_model.set_actions(actions)
        if measure is not None:
            self.detail.setHtml(self.measure_html(measure))
            self.table_title.setText(
                self.tr("<b>%1 · 措施 %2 的工作</b>(%3 条)")
                .replace("%1", period_label(self.period or ""))
                .replace("%2", str(measure.no))
                .replace("%3", str(len(actions)))
            )
        self._apply_action_hits()
        index = self._table_index(select_action)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self.editor.load(self.actions_model.action(self.actions_proxy.mapToSource(index).row()))
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.editor.clear()

    # ------------------------------------------------------------------ measures
    def select_measure(self, no: int) -> None:
        source = self.tree_model.measure_index(no)
        index = self.tree_proxy.mapFromSource(source)
        if not index.isValid() and source.isValid():  # hidden by a filter: show everything
            self.mine_only.setChecked(False)
            self.search.clear()
            self.apply_search()
            index = self.tree_proxy.mapFromSource(source)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def current_measure(self) -> Measure | None:
        no = self.tree.currentIndex().siblingAtColumn(COLUMN_MEASURE).data(MEASURE_ROLE)
        return self.plan.measure(no) if no else None

    def step_measure(self, step: int) -> None:
        visible = [i for i in _walk(self.tree_proxy) if i.data(MEASURE_ROLE)]
        if not visible:
            return
        current = self.current_measure()
        numbers = [i.data(MEASURE_ROLE) for i in visible]
        position = numbers.index(current.no) if current and current.no in numbers else -step
        target = visible[max(0, min(len(visible) - 1, position + step))]
        self.tree.setCurrentIndex(target)
        self.tree.scrollTo(target)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        no = current.siblingAtColumn(COLUMN_MEASURE).data(MEASURE_ROLE)
        # The measure on show, not `previous`: a filter that hides every row reports both as
        # invalid, and the last measure stayed on show.
        old = self.editor.measure.no if self.editor.measure else None
        if no == old:
            return
        if not self._leave_editor():
            QTimer.singleShot(0, lambda: self.select_measure(old))  # back to the form's measure
            return
        measure = self.plan.measure(no) if no else None
        if measure is None:
            self._show_no_measure()
            return
        self.editor.set_context(measure, self.period)
        self.settings.setValue("desk/measure", no)
        if not self._starting:
            self._load_actions()

    def measure_html(self, measure: Measure) -> str:
        # (lupdate cannot see tr() inside f-strings: every text is translated first.)
        how = concern(measure, self.unit)
        lead, co = self.tr("牵头"), self.tr("配合")
        units = [
            f"{html.escape(u.name)}<small>({lead if u.lead else co})</small>" for u in measure.units
        ]
        unit_line = "、".join(units) + (self.tr(" 等") if measure.and_others else "")
        title = self.tr("措施 %1").replace("%1", str(measure.no))
        relation = (
            f" <span style='color:#0b57d0; font-size:10pt'>[{concern_label(how)}]</span>"
            if self.unit
            else ""
        )
        responsible = self.tr("责任单位")
        parts = [
            f"<h3 style='margin:0'>{title}{relation}</h3>",
            f"<p style='font-size:11pt; line-height:140%'>{html.escape(measure.text)}</p>",
            f"<p><b>{responsible}:</b>{unit_line}</p>",
        ]
        if self.period:
            counts = Counter(
                a.status for a in self.actions_model.actions() if a.measure == measure.no
            )
            summary = "、".join(f"{status_label(status)} {n}" for status, n in counts.items() if n)
            recorded = (
                self.tr("已记录 %1 条工作(%2)")
                .replace("%1", str(sum(counts.values())))
                .replace("%2", summary)
            )
            missing = self.tr("尚未填报")
            state = recorded if counts else f"<span style='color:#b3261e'>{missing}</span>"
            parts.append(f"<p><b>{period_label(self.period)}:</b>{state}</p>")
        if measure.indicators and self.period:
            this_period = self.workspace.figure_totals(measure.no, self.period)
            overall = self.workspace.figure_totals(measure.no)
            per_year, whole_plan = self.tr("每年"), self.tr("计划期内")
            rows = "".join(
                f"<tr><td>{html.escape(i.key)}</td><td>{html.escape(i.what)}</td>"
                f"<td>≥ {i.target} {html.escape(i.unit)}"
                f"({per_year if i.scope == 'year' else whole_plan})</td>"
                f"<td align='right'>{this_period.get(i.key, 0)}</td>"
                f"<td align='right'>{overall.get(i.key, 0)}</td></tr>"
                for i in measure.indicators
            )
            headers = [
                self.tr("指标"),
                self.tr("内容"),
                self.tr("目标"),
                self.tr("本期已报"),
                self.tr("累计已报"),
            ]
            head = "<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>"
            caption = self.tr("量化目标与已报数")
            parts.append(
                f"<p><b>{caption}</b></p>"
                f"<table border='1' cellpadding='3' cellspacing='0'>{head}{rows}</table>"
            )
        parts += self._feedback_html(measure.no)
        return "".join(parts)

    def _feedback_html(self, measure_no: int) -> list[str]:
        """The city's comments on this measure (and on the whole return), when it sent the
        period's return back for correction."""
        if not self.period:
            return []
        from desktop.storage.feedback import comments_for

        comments = comments_for(self.workspace, self.period, only_open=True)
        shown = comments.get(measure_no, []) + comments.get(None, [])
        if not shown:
            return []
        caption = self.tr("市局退回意见")
        items = "".join(f"<li>{html.escape(c.comment)}</li>" for c in shown)
        return [f"<p style='color:#b3261e'><b>{caption}</b></p><ul>{items}</ul>"]

    def set_mine_only(self, on: bool) -> None:
        self.tree_proxy.set_mine_only(on)
        self.settings.setValue("desk/mine_only", on)
        self.tree.expandAll()
        self._keep_a_measure_selected()

    def _keep_a_measure_selected(self) -> None:
        if not self.tree.currentIndex().isValid():
            visible = [i for i in _walk(self.tree_proxy) if i.data(MEASURE_ROLE)]
            if visible:
                self.tree.setCurrentIndex(visible[0])
            elif self.editor.measure is not None:
                self._show_no_measure()

    def _show_no_measure(self) -> None:
        """No measure selected (a search that finds nothing): nothing stale stays on show, except
        a form that cannot be saved yet, which stays with its measure like everywhere else."""
        if not self._leave_editor():
            return
        self.editor.set_context(None, self.period)
        self.actions_model.set_actions([])
        self.editor.clear()
        self.detail.clear()
        self.table_title.setText("")

    # -------------------------------------------------------------------- search
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self) -> None:
        """Filter the tree to measures whose text or whose actions this period match.

        The query runs on the worker (a common word can match thousands of actions); a newer
        query makes an older answer stale.
        """
        self._search_timer.stop()
        self._search_serial += 1
        query = self.search.text().strip()
        if not query or self.period is None:
            self._show_search(query, set(), None, None)
            return
        serial, period = self._search_serial, self.period

        def found(result) -> None:
            if serial == self._search_serial and not self._closed:
                text_hits, action_measures, action_ids = result
                self._show_search(query, text_hits, text_hits | action_measures, action_ids)

        self.background.run(
            lambda ws: ws.search_period(query, period),
            on_success=found,
            on_failure=self.write_failed,
        )

    def _show_search(
        self,
        query: str,
        text_hits: set[int],
        measures: set[int] | None,
        action_ids: set[str] | None,
    ) -> None:
        self._measure_hits = text_hits
        self._search_measures = measures
        self._action_hits = action_ids
        self.tree_proxy.set_matches(measures)
        self.tree.expandAll()
        self._keep_a_measure_selected()
        self._apply_action_hits()
        if measures is not None:
            self.statusBar().showMessage(
                self.tr("搜索“%1”:%2 项措施")
                .replace("%1", query)
                .replace("%2", str(len(measures))),
                5000,
            )

    def _apply_action_hits(self) -> None:
        measure = self.current_measure()
        matched_by_text = measure is not None and measure.no in self._measure_hits
        self.actions_proxy.set_action_ids(
            None if self._action_hits is None or matched_by_text else self._action_hits
        )

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus():
            self.search.clear()
            self.apply_search()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------- actions
    def _on_action_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.actions_proxy.mapToSource(current).row()
        action = self.actions_model.action(row)
        if self.editor.action is not None and self.editor.action.id == action.id:
            return
        if not self._leave_editor():
            QTimer.singleShot(0, self._select_editor_row)  # back to the form's row
            return
        self.editor.load(action)

    def undo(self) -> None:
        self._step(self.undo_stack.undo, self.undo_stack.redoText, self.tr("已撤销:%1"))

    def redo(self) -> None:
        self._step(self.undo_stack.redo, self.undo_stack.undoText, self.tr("已重做:%1"))

    def _step(self, step, step_text, said: str) -> None:
        """Undo or redo, after saving what is typed; say which step it was (it may concern
        another measure or period than the one on show)."""
        if not self._leave_editor():
            return
        step()
        self.statusBar().showMessage(said.replace("%1", step_text()), 8000)

    def _leave_editor(self) -> bool:
        """Moving away from an edited form saves it, so nothing typed is lost. A form that cannot
        be saved yet is not left (False): the person corrects it, or discards it with Esc."""
        if self.editor.dirty and self.editor.isEnabled() and not self.editor.is_blank():
            if not self.editor.save():
                self.statusBar().showMessage(
                    self.tr("这条工作还不能保存:请改正,或按 Esc 放弃修改"), 8000
                )
                return False
            self.editor.dirty = False
        return True

    def _select_editor_row(self) -> None:
        index = self._table_index(self.editor.action.id if self.editor.action else None)
        if not index.isValid():
            self.table.clearSelection()
        self.table.setCurrentIndex(index)

    def _table_index(self, action_id: str | None) -> QModelIndex:
        """The table's index of an action of the measure on show (invalid if it is not there)."""
        row = self.actions_model.row_of(action_id) if action_id else -1
        if row < 0:
            return QModelIndex()
        return self.actions_proxy.mapFromSource(self.actions_model.index(row, 0))

    def new_action_for_measure(self) -> None:
        if self.current_measure() is None:
            self._keep_a_measure_selected()
        if not self._leave_editor():
            return
        self.table.clearSelection()
        self.editor.set_context(self.current_measure(), self.period)
        self.editor.clear()
        self.editor.title.setFocus()

    def _save_requested(self, action_id: str | None, fields, files: list[Path]) -> None:
        if action_id is None:
            self.undo_stack.push(AddActionCommand(self, fields, files))
            return
        before = self.editor.action.fields() if self.editor.action else None
        if before is not None and before == fields and not files:
            self.statusBar().showMessage(self.tr("没有修改"), 3000)
            return
        self.undo_stack.push(EditActionCommand(self, action_id, before, fields))
        if files:
            self.undo_stack.push(AttachEvidenceCommand(self, action_id, files))

    def delete_action(self, action_id: str) -> None:
        action = self.editor.action
        self.editor.dirty = False
        self.undo_stack.push(DeleteActionCommand(self, action_id, action.title if action else ""))
        self.statusBar().showMessage(self.tr("已删除,可按 Ctrl+Z 撤销"), 5000)

    def attach_files(self, action_id: str, paths: list[Path]) -> None:
        self.undo_stack.push(AttachEvidenceCommand(self, action_id, paths))

    def remove_evidence(self, evidence: Evidence) -> None:
        self.undo_stack.push(RemoveEvidenceCommand(self, evidence))

    def open_evidence(self, evidence: Evidence) -> None:
        """Write the stored file to a private temporary folder (off the GUI thread) and open it."""
        if self._temp_dir is None:
            self._temp_dir = tempfile.TemporaryDirectory(prefix="ip-tracker-")
        folder = Path(self._temp_dir.name) / evidence.sha256[:16]

        def job(workspace: Workspace) -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / evidence.name
            target.write_bytes(workspace.evidence_content(evidence.sha256))
            return target

        self.background.run(
            job,
            on_success=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            on_failure=self.write_failed,
        )

    # ------------------------------------------------------- writes (the worker)
    def write(self, job, select=None, command: DeskCommand | None = None) -> None:
        """Run a write on the background worker; afterwards re-read and select `select()`."""
        self.background.run(
            job,
            on_success=lambda _result: self._written(select() if select else None),
            on_failure=lambda error: self.write_failed(error, command),
        )

    def _written(self, select_action: str | None) -> None:
        if not self._closed:
            self.refresh(select_action)

    def write_failed(self, error: Exception, command: DeskCommand | None = None) -> None:
        if isinstance(error, InvalidInput):
            message = f"{field_label(error.field)}: {error.message}"
        else:
            message = file_error_message(error) or str(error)
        self.statusBar().showMessage(self.tr("未能保存:%1").replace("%1", message), 10000)
        if command is not None:
            self._forget(command)
        if not self._closed:
            self.refresh(self.editor.action.id if self.editor.action else None)
            if isinstance(command, AddActionCommand) and self._shows(command.fields):
                self.editor.load_draft(command.fields, command.files)  # keep what was typed
            self.tell(self.tr("未能保存"), message)

    def _forget(self, command: DeskCommand) -> None:
        """A refused write leaves the undo stack matching the data: a step refused when made is
        taken off (undoing it would undo nothing); after a refused undo or redo, the steps no
        longer describe the data, and the stack is emptied."""
        stack = self.undo_stack
        if command.writes == 1 and stack.index() and stack.command(stack.index() - 1) is command:
            command.failed = True
            command.setObsolete(True)
            stack.undo()  # an obsolete step is dropped; its undo does nothing
        else:
            stack.clear()

    def _shows(self, fields) -> bool:
        measure = self.current_measure()
        return measure is not None and (measure.no, self.period) == (fields.measure, fields.period)

    def tell(self, title: str, message: str) -> QMessageBox:
        """A warning that does not block the event loop (never a nested exec())."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._last_message = box
        return box

    def _busy_changed(self, busy: bool) -> None:
        self.saving_label.setText(self.tr("正在保存…") if busy else self.tr("已保存"))

    # ------------------------------------------------------------ dialogs
    def open_settings(self) -> None:
        from desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.workspace.units(),
            self.workspace.unit_code,
            self.workspace.contact,
            self.workspace.phone,
            self,
        )
        if dialog.exec() and dialog.values:
            self.set_unit(*dialog.values)

    def open_import(self) -> LedgerImportDialog:
        """The 台账 import dialog, window-modal but not blocking (open(), not exec())."""
        from desktop.views.ledger_import import LedgerImportDialog

        dialog = LedgerImportDialog(
            self.plan, self.workspace.periods(), self.period, self.background.run, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.import_items(dialog.accepted_items(), dialog.source_name())
        )
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def import_items(self, items, source: str) -> None:
        if items:
            self._leave_editor()
            self.undo_stack.push(ImportActionsCommand(self, items, source))
            self.statusBar().showMessage(
                self.tr("已导入 %1 条工作,可按 Ctrl+Z 一步撤销").replace("%1", str(len(items))),
                8000,
            )

    # ------------------------------------------------------------ window state
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name, splitter in (("window/splitter", self.splitter), ("window/middle", self.middle)):
            state = self.settings.value(name)
            if state is not None:
                splitter.restoreState(state)
        measure = self.settings.value("desk/measure", 1, type=int)  # before anything moves it
        self.mine_only.setChecked(self.settings.value("desk/mine_only", False, type=bool))
        periods = {p.code for p in self.workspace.periods()}
        code = self.settings.value("desk/period")
        if code not in periods:
            chosen = default_period(self.workspace.periods(), self.today)
            code = chosen.code if chosen else None
        if code:
            self.period_bar.set_current(code)
            self.set_period(code)
        self.select_measure(measure if self.plan.measure(measure) else 1)
        self._keep_a_measure_selected()

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/middle", self.middle.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        if not self._closed:
            self._leave_editor()
            self.save_state()
            self._closed = True
            self.background.stop()  # waits for queued writes: nothing entered is lost
            if self._temp_dir is not None:
                self._temp_dir.cleanup()
        super().closeEvent(event)


def _walk(model, parent=None):
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)
