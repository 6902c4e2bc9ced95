"""The editor for one action: title, 工作进展, status (不涉及 with a reason), dates, indicator
figures, 存在问题, 下一步计划 and evidence files (add by dialog or by dragging files in, open,
remove). It only edits; the main window turns its requests into undoable commands."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import InvalidInput
from desktop.domain.actions import ActionFields, Status, parse_decimal, validate_action
from desktop.plan.model import Measure, Plan
from desktop.storage.workspace import ActionRecord, Evidence, check_evidence_file
from desktop.views.labels import field_label, status_label

NO_DATE = QDate(2000, 1, 1)
EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE_SHA_ROLE = Qt.ItemDataRole.UserRole + 2
PENDING_PATH_ROLE = Qt.ItemDataRole.UserRole + 3


class DateEdit(QDateEdit):
    """A date that may be empty: the minimum date stands for "none" and shows as —."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.set_value(None)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab leaves the field. Qt would step through year, month and day first, and on an
        # empty date ("—", no sections) it never left: a trap for keyboard users.
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event) -> None:
        everything = self.lineEdit().selectedText() == self.text()
        if event.key() == Qt.Key.Key_Delete or (event.key() == Qt.Key.Key_Backspace and everything):
            self.set_value(None)  # what the tooltip promises
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.value() is None:  # ↑/↓ on an empty date start from today, not from 2000
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def mousePressEvent(self, event) -> None:
        if self.value() is None:  # the calendar opens on this month, not on January 2000
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        super().mousePressEvent(event)


class PlainText(QPlainTextEdit):
    """Tab moves focus, as in every other field (Ctrl+Tab still types a tab)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)


class ActionEditor(QWidget):
    save_requested = Signal(object, object, list)  # action id or None, ActionFields, new files
    delete_requested = Signal(str)
    new_requested = Signal()
    attach_requested = Signal(str, list)  # action id, paths
    remove_evidence_requested = Signal(object)  # Evidence
    open_evidence_requested = Signal(object)  # Evidence

    def __init__(self, plan: Plan, known_periods: set[str], parent=None):
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.setAcceptDrops(True)
        self.plan = plan
        self.known_periods = known_periods
        self.measure: Measure | None = None
        self.period: str | None = None
        self.action: ActionRecord | None = None
        self._figure_edits: dict[str, QLineEdit] = {}
        self._loading = False
        self.dirty = False

        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("例如:开展知识产权宣传周活动"))
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_label(status), str(status))
        self.status.setCurrentIndex(list(Status).index(Status.IN_PROGRESS))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("选“不涉及”时必须填写理由"))
        self.reason_label = QLabel(self.tr("不涉及理由"))
        self.start = DateEdit()
        self.finish = DateEdit()
        self.progress = PlainText()
        self.progress.setPlaceholderText(self.tr("做了什么、多少场次/人次/家企业、取得什么成效"))
        self.problems = PlainText()
        self.next_steps = PlainText()
        self.figures_box = QWidget()
        self.figures_layout = QFormLayout(self.figures_box)
        self.figures_layout.setContentsMargins(0, 0, 0, 0)
        self.figures_label = QLabel(self.tr("量化指标"))

        self.evidence = QListWidget()
        self.evidence.setObjectName("evidenceList")
        self.evidence.setMaximumHeight(72)
        self.evidence.itemActivated.connect(self._open_item)  # double-click, or Enter
        self.add_evidence_button = QPushButton(self.tr("添加…"))
        self.open_evidence_button = QPushButton(self.tr("打开"))
        self.remove_evidence_button = QPushButton(self.tr("移除"))
        self.add_evidence_button.clicked.connect(self._choose_files)
        self.open_evidence_button.clicked.connect(
            lambda: self._open_item(self.evidence.currentItem())
        )
        self.remove_evidence_button.clicked.connect(self._remove_current_evidence)

        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.message.hide()

        self.new_button = QPushButton(self.tr("新建工作(&N)"))
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("删除"))
        self.save_button.setObjectName("saveButton")
        self.new_button.clicked.connect(self.new_requested)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self._delete)
        discard = QAction(self.tr("放弃修改"), self)
        discard.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        discard.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        discard.triggered.connect(self.discard_changes)
        self.addAction(discard)

        self._describe()
        self._lay_out()
        for widget in (self.title, self.reason):
            widget.textChanged.connect(self._changed)
        for widget in (self.progress, self.problems, self.next_steps):
            widget.textChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.start.dateChanged.connect(self._changed)
        self.finish.dateChanged.connect(self._changed)
        self._status_changed()
        self.clear()

    # ------------------------------------------------------------------ layout
    def _describe(self) -> None:
        pairs = [
            (
                self.title,
                self.tr("工作事项"),
                self.tr("一句话概括这项工作,会出现在工作进展情况表中"),
            ),
            (self.status, self.tr("完成情况"), self.tr("未启动 / 推进中 / 已完成 / 不涉及")),
            (self.reason, self.tr("不涉及理由"), self.tr("说明本单位为什么不涉及这项措施")),
            (self.start, self.tr("开始日期"), self.tr("可不填;按 Delete 清空")),
            (self.finish, self.tr("完成日期"), self.tr("可不填;不能早于开始日期")),
            (self.progress, self.tr("工作进展"), self.tr("本期做了什么,取得什么成效")),
            (self.problems, self.tr("存在问题"), self.tr("工作中遇到的困难和问题")),
            (self.next_steps, self.tr("下一步计划"), self.tr("下一阶段准备怎么做")),
            (self.evidence, self.tr("佐证材料"), self.tr("可把文件直接拖到这里;双击打开")),
            (self.add_evidence_button, self.tr("添加佐证材料"), self.tr("选择文件作为佐证材料")),
            (self.open_evidence_button, self.tr("打开佐证材料"), self.tr("用系统程序打开所选材料")),
            (self.remove_evidence_button, self.tr("移除佐证材料"), self.tr("移除所选材料(可撤销)")),
            (self.new_button, self.tr("新建工作"), self.tr("为所选措施新建一条本期工作(Ctrl+N)")),
            (self.save_button, self.tr("保存"), self.tr("保存这条工作(Ctrl+S),立即写入数据库")),
            (self.delete_button, self.tr("删除工作"), self.tr("删除这条工作(可撤销)")),
        ]
        for widget, name, tip in pairs:
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

    def _lay_out(self) -> None:
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.addWidget(QLabel(self.tr("工作事项")), 0, 0)
        form.addWidget(self.title, 0, 1, 1, 5)
        form.addWidget(QLabel(self.tr("完成情况")), 1, 0)
        form.addWidget(self.status, 1, 1)
        form.addWidget(QLabel(self.tr("开始")), 1, 2)
        form.addWidget(self.start, 1, 3)
        form.addWidget(QLabel(self.tr("完成")), 1, 4)
        form.addWidget(self.finish, 1, 5)
        form.addWidget(self.reason_label, 2, 0)
        form.addWidget(self.reason, 2, 1, 1, 5)
        form.addWidget(QLabel(self.tr("工作进展")), 3, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.progress, 3, 1, 1, 5)
        form.addWidget(self.figures_label, 4, 0)
        form.addWidget(self.figures_box, 4, 1, 1, 5)
        form.addWidget(QLabel(self.tr("存在问题")), 5, 0, Qt.AlignmentFlag.AlignTop)
        problems_row = QHBoxLayout()
        problems_row.addWidget(self.problems, 1)
        problems_row.addSpacing(8)
        next_label = QLabel(self.tr("下一步计划"))
        next_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        problems_row.addWidget(next_label)
        problems_row.addWidget(self.next_steps, 1)
        form.addLayout(problems_row, 5, 1, 1, 5)
        evidence_buttons = QVBoxLayout()
        evidence_buttons.setSpacing(2)
        for button in (self.add_evidence_button, self.open_evidence_button):
            evidence_buttons.addWidget(button)
        evidence_buttons.addWidget(self.remove_evidence_button)
        evidence_buttons.addStretch()
        form.addWidget(QLabel(self.tr("佐证材料")), 6, 0, Qt.AlignmentFlag.AlignTop)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence, 1)
        evidence_row.addLayout(evidence_buttons)
        form.addLayout(evidence_row, 6, 1, 1, 5)
        form.setColumnStretch(1, 2)
        form.setColumnStretch(3, 1)
        form.setColumnStretch(5, 1)
        for edit in (self.progress, self.problems, self.next_steps):
            edit.setMinimumHeight(48)
        self.progress.setMinimumHeight(64)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(8, 4, 8, 4)
        inner_layout.addWidget(self.heading)
        inner_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        outer.setContentsMargins(0, 0, 8, 6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.set_tab_order()

    def set_tab_order(self) -> None:
        """Tab through the form as it reads, figures after 工作进展, the buttons last. Called again
        once the editor is in its window and whenever the figure fields are rebuilt: the order
        Qt derives from creation put the measure's text and the overview in between."""
        chain = [self.title, self.status, self.start, self.finish, self.reason, self.progress]
        chain += [*self._figure_edits.values(), self.problems, self.next_steps, self.evidence]
        chain += [self.add_evidence_button, self.open_evidence_button]
        chain += [self.remove_evidence_button, self.delete_button, self.new_button]
        chain += [self.save_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -------------------------------------------------------------------- state
    def set_context(self, measure: Measure | None, period: str | None) -> None:
        """The measure and period new actions belong to; rebuilds the indicator fields."""
        self.measure, self.period = measure, period
        while self.figures_layout.rowCount():
            self.figures_layout.removeRow(0)
        self._figure_edits = {}
        indicators = measure.indicators if measure else []
        for indicator in indicators:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("本条工作计入的数量(%1)").replace("%1", indicator.unit))
            edit.setAccessibleName(self.tr("量化指标 %1").replace("%1", indicator.key))
            edit.setToolTip(indicator.source)
            edit.textChanged.connect(self._changed)
            self.figures_layout.addRow(f"{indicator.key} {indicator.what}", edit)
            self._figure_edits[indicator.key] = edit
        self.figures_box.setVisible(bool(indicators))
        self.figures_label.setVisible(bool(indicators))
        self.set_tab_order()
        self.setEnabled(measure is not None and period is not None)

    def clear(self) -> None:
        """An empty form for a new action."""
        self.load(None)

    def load(self, action: ActionRecord | None) -> None:
        self._loading = True
        self.action = action
        self.title.setText(action.title if action else "")
        status = action.status if action else Status.IN_PROGRESS
        self.status.setCurrentIndex(list(Status).index(status))
        self.reason.setText(action.reason if action else "")
        self.start.set_value(action.start_date if action else None)
        self.finish.set_value(action.finish_date if action else None)
        self.progress.setPlainText(action.progress if action else "")
        self.problems.setPlainText(action.problems if action else "")
        self.next_steps.setPlainText(action.next_steps if action else "")
        for key, edit in self._figure_edits.items():
            value = action.figures.get(key) if action else None
            edit.setText("" if value is None else str(value))
        self.evidence.clear()
        for evidence in action.evidence if action else []:
            self._add_evidence_item(evidence)
        self.delete_button.setEnabled(action is not None)
        self.open_evidence_button.setEnabled(action is not None and bool(action.evidence))
        self.remove_evidence_button.setEnabled(action is not None and bool(action.evidence))
        self._update_heading()
        self.show_message("")
        self._loading = False
        self.dirty = False

    def load_draft(self, fields: ActionFields, files: list[Path]) -> None:
        """A new action's form as it was typed (its save was refused)."""
        self.load(None)
        self._loading = True
        self.title.setText(fields.title)
        self.status.setCurrentIndex(list(Status).index(fields.status))
        self.reason.setText(fields.reason)
        self.start.set_value(fields.start_date)
        self.finish.set_value(fields.finish_date)
        self.progress.setPlainText(fields.progress)
        self.problems.setPlainText(fields.problems)
        self.next_steps.setPlainText(fields.next_steps)
        for key, edit in self._figure_edits.items():
            value = fields.figures.get(key)
            edit.setText("" if value is None else str(value))
        self._loading = False
        self.add_files(files)
        self.dirty = True

    def discard_changes(self) -> None:
        """Esc: the form as it was saved (or empty, for a new action)."""
        if self.dirty:
            self.load(self.action)
            self.show_message(self.tr("已放弃未保存的修改"))

    def is_blank(self) -> bool:
        """A new action's form with nothing entered (or all of it deleted again)."""
        texts = (self.title.text(), self.reason.text(), self.progress.toPlainText())
        texts += (self.problems.toPlainText(), self.next_steps.toPlainText())
        texts += tuple(edit.text() for edit in self._figure_edits.values())
        return (
            self.action is None
            and not any(t.strip() for t in texts)
            and self.start.value() is None
            and self.finish.value() is None
            and self.evidence.count() == 0
        )

    def _update_heading(self) -> None:
        if self.measure is None:
            self.heading.setText(self.tr("请在左侧选择一项措施"))
        elif self.action is None:
            self.heading.setText(
                self.tr("<b>新建工作</b> · 措施 %1").replace("%1", str(self.measure.no))
            )
        else:
            self.heading.setText(
                self.tr("<b>编辑工作</b> · 措施 %1 · 最后修改 %2 %3")
                .replace("%1", str(self.measure.no))
                .replace("%2", self.action.updated_at[:16].replace("T", " "))
                .replace("%3", self.action.updated_by)
            )

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.show_message("")

    def _status_changed(self, *_args) -> None:
        not_applicable = self.current_status() == Status.NOT_APPLICABLE
        self.reason.setEnabled(not_applicable)
        self.reason_label.setEnabled(not_applicable)
        self._changed()

    def current_status(self) -> Status:
        return Status(self.status.currentData())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------- saving
    def fields(self) -> ActionFields:
        """What the form holds, validated; raises InvalidInput."""
        if self.measure is None or self.period is None:
            raise InvalidInput("measure", self.tr("请先选择措施和期间"))
        figures = {}
        for key, edit in self._figure_edits.items():
            if edit.text().strip():
                figures[key] = parse_decimal(key, edit.text())
        status = self.current_status()
        fields = ActionFields(
            measure=self.measure.no,
            period=self.period,
            title=self.title.text(),
            progress=self.progress.toPlainText(),
            status=status,
            reason=self.reason.text() if status == Status.NOT_APPLICABLE else "",
            start_date=self.start.value(),
            finish_date=self.finish.value(),
            figures=figures,
            problems=self.problems.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
        )
        return validate_action(fields, self.plan, self.known_periods)

    def save(self) -> bool:
        """Validate and ask for the save; a refusal is shown beside the buttons."""
        try:
            fields = self.fields()
        except InvalidInput as error:
            self.show_message(
                self.tr("未保存:%1 — %2")
                .replace("%1", field_label(error.field))
                .replace("%2", error.message)
            )
            target = {
                "title": self.title,
                "reason": self.reason,
                "finish_date": self.finish,
                "progress": self.progress,
            }.get(error.field)
            if target is not None:
                target.setFocus()
            return False
        pending = [
            Path(self.evidence.item(i).data(PENDING_PATH_ROLE))
            for i in range(self.evidence.count())
            if self.evidence.item(i).data(PENDING_PATH_ROLE)
        ]
        self.save_requested.emit(self.action.id if self.action else None, fields, pending)
        self.dirty = False
        return True

    def _delete(self) -> None:
        if self.action is not None:
            self.delete_requested.emit(self.action.id)

    # ----------------------------------------------------------------- evidence
    def _add_evidence_item(self, evidence: Evidence) -> None:
        text = f"{evidence.name}  ({readable_size(evidence.size)})"
        item = QListWidgetItem(text)
        item.setData(EVIDENCE_ID_ROLE, evidence.id)
        item.setData(EVIDENCE_SHA_ROLE, evidence.sha256)
        item.setToolTip(self.tr("双击打开"))
        self.evidence.addItem(item)

    def add_files(self, paths: list[Path]) -> None:
        """Dialog or drop: attach at once to a saved action, or keep until the new one is saved.
        A file that cannot be kept (too big, unreadable) is refused now, with its reason, not
        when the form is saved."""
        accepted, refused = [], []
        for path in (Path(p) for p in paths):
            try:
                check_evidence_file(path)
                accepted.append(path)
            except InvalidInput as error:
                refused.append(error.message)
        if refused:
            self.show_message("\n".join(refused))
        paths = accepted
        if not paths:
            return
        if self.action is not None:
            self.attach_requested.emit(self.action.id, paths)
            return
        for path in paths:
            item = QListWidgetItem(self.tr("%1(保存时添加)").replace("%1", path.name))
            item.setData(PENDING_PATH_ROLE, str(path))
            self.evidence.addItem(item)
        self.remove_evidence_button.setEnabled(True)
        self.dirty = True

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择佐证材料"))
        self.add_files([Path(name) for name in names])

    def _evidence_of(self, item: QListWidgetItem | None) -> Evidence | None:
        if item is None or self.action is None:
            return None
        evidence_id = item.data(EVIDENCE_ID_ROLE)
        return next((e for e in self.action.evidence if e.id == evidence_id), None)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        evidence = self._evidence_of(item)
        if evidence is not None:
            self.open_evidence_requested.emit(evidence)

    def _remove_current_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is None:
            return
        if item.data(PENDING_PATH_ROLE):
            self.evidence.takeItem(self.evidence.row(item))
            return
        evidence = self._evidence_of(item)
        if evidence is not None:
            self.remove_evidence_requested.emit(evidence)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.isEnabled():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()


def readable_size(size: int) -> str:
    """150 MB, 320 KB, 12 B: a clerk reads sizes in the unit that fits."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:,.1f} MB"
    if size >= 1024:
        return f"{size / 1024:,.0f} KB"
    return f"{size} B"


def standard_save_shortcut() -> QKeySequence:
    return QKeySequence(QKeySequence.StandardKey.Save)
