"""Importing an existing 台账: choose the file, map its columns to fields, see every row's fate
(row number and reason for each error) and import the good rows as one undoable step.

Nothing is written until the clerk presses 导入; reading the file runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.actions import ActionFields
from desktop.domain.ledger_import import (
    FIELDS,
    LedgerRow,
    LedgerSheet,
    convert,
    guess_mapping,
    read_sheet,
)
from desktop.domain.periods import Period
from desktop.plan.model import Plan
from desktop.views.labels import field_label, period_label, status_label

translate = QCoreApplication.translate

PREVIEW_LIMIT = 2000


def field_names() -> dict[str, str]:
    return {
        "measure": translate("LedgerImport", "任务编号(措施)"),
        "period": translate("LedgerImport", "期间"),
        "title": translate("LedgerImport", "工作事项"),
        "progress": translate("LedgerImport", "工作进展"),
        "status": translate("LedgerImport", "完成情况"),
        "reason": translate("LedgerImport", "不涉及理由"),
        "start_date": translate("LedgerImport", "开始日期"),
        "finish_date": translate("LedgerImport", "完成日期"),
        "figures": translate("LedgerImport", "量化指标"),
        "problems": translate("LedgerImport", "存在问题"),
        "next_steps": translate("LedgerImport", "下一步计划"),
    }


class LedgerImportDialog(QDialog):
    """`run_off_thread(job, on_success, on_failure)` is the window's background runner."""

    loaded = Signal()

    def __init__(
        self,
        plan: Plan,
        periods: list[Period],
        period: str | None,
        run_off_thread: Callable,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("ledgerImportDialog")
        self.setWindowTitle(self.tr("导入台账"))
        self.plan = plan
        self.known_periods = {p.code for p in periods}
        self.run_off_thread = run_off_thread
        self.sheet: LedgerSheet | None = None
        self.rows: list[LedgerRow] = []
        self.path: Path | None = None
        self.existing: set[tuple[int, str, str, str]] = set()

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("台账文件"))
        self.file.setPlaceholderText(self.tr("选择 Excel 台账(.xlsx)"))
        browse = QPushButton(self.tr("选择文件…"))
        browse.setToolTip(self.tr("选择要导入的 Excel 台账"))
        browse.clicked.connect(self._browse)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("默认期间"))
        self.period.setToolTip(self.tr("台账中没有“期间”列时,所有工作记入此期间"))
        for p in periods:
            self.period.addItem(period_label(p.code), p.code)
        if period:
            self.period.setCurrentIndex(max(self.period.findData(period), 0))
        self.period.currentIndexChanged.connect(self.update_preview)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("文件")))
        top.addWidget(self.file, 1)
        top.addWidget(browse)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("默认期间")))
        top.addWidget(self.period)

        self.mapping_box = QGroupBox(self.tr("列对应(程序已按表头猜测,可修改)"))
        self.mapping_layout = QGridLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        names = field_names()
        for index, key in enumerate(FIELDS):
            combo = QComboBox()
            combo.setAccessibleName(names[key])
            combo.currentIndexChanged.connect(self.update_preview)
            self.mapping[key] = combo
            row, column = divmod(index, 3)
            self.mapping_layout.addWidget(QLabel(names[key]), row, column * 2)
            self.mapping_layout.addWidget(combo, row, column * 2 + 1)
        self.mapping_box.setEnabled(False)

        self.preview = QTableWidget(0, 6)
        self.preview.setObjectName("ledgerPreview")
        self.preview.setAccessibleName(self.tr("导入预览"))
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("行号"),
                self.tr("结果"),
                self.tr("措施"),
                self.tr("工作事项"),
                self.tr("完成情况"),
                self.tr("说明"),
            ]
        )
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # Tab moves on to the buttons
        header = self.preview.horizontalHeader()
        for column in (0, 1, 2, 4):  # short values; the preview holds a few thousand rows at most
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.include_duplicates = QCheckBox(self.tr("仍导入与已有工作重复的行"))
        self.include_duplicates.setToolTip(
            self.tr("措施、期间、工作事项和工作进展都与已有记录相同的行,默认不导入")
        )
        self.include_duplicates.toggled.connect(self.update_preview)
        self.summary = QLabel(self.tr("请选择台账文件。"))
        self.summary.setObjectName("ledgerSummary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.setMinimumWidth(140)  # its text grows to "导入 N 条"
        self.import_button.setToolTip(self.tr("只导入没有错误的行;导入后可一步撤销"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.include_duplicates)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

    # ------------------------------------------------------------------ loading
    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择台账"), "", self.tr("Excel 表格 (*.xlsx *.xls *.ods)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file off the GUI thread; `loaded` fires when the preview is ready."""
        self.path = Path(path)
        self.file.setText(str(path))
        self.summary.setText(self.tr("正在读取…"))
        self.import_button.setEnabled(False)
        path = self.path

        def job(workspace):
            return read_sheet(path), workspace.action_keys()

        self.run_off_thread(job, on_success=self._sheet_read, on_failure=self._read_failed)

    def _read_failed(self, error: Exception) -> None:
        self.sheet = None
        self.rows = []
        self.preview.setRowCount(0)
        self.summary.setText(self.tr("无法导入:%1").replace("%1", str(error)))
        self.summary.setStyleSheet("color: #b3261e;")
        self.loaded.emit()

    def _sheet_read(self, result: tuple[LedgerSheet, set]) -> None:
        sheet, self.existing = result
        self.sheet = sheet
        guessed = guess_mapping(sheet.headers)
        for key, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(不导入)"), None)
            for column, header in enumerate(sheet.headers):
                combo.addItem(header or self.tr("第 %1 列").replace("%1", str(column + 1)), column)
            combo.setCurrentIndex(combo.findData(guessed[key]) if guessed[key] is not None else 0)
            combo.blockSignals(False)
        self.mapping_box.setEnabled(True)
        self.update_preview()
        self.loaded.emit()

    def current_mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.mapping.items()}

    # ------------------------------------------------------------------ preview
    def update_preview(self, *_args) -> None:
        if self.sheet is None:
            return
        self.rows = convert(
            self.sheet,
            self.current_mapping(),
            self.period.currentData(),
            self.plan,
            self.known_periods,
            self.existing,
        )
        shown = self.rows[:PREVIEW_LIMIT]
        self.preview.setRowCount(len(shown))
        red, green = QBrush(QColor("#b3261e")), QBrush(QColor("#146c2e"))
        orange = QBrush(QColor("#b06000"))
        duplicate_note = self.tr("与已有工作相同(措施、期间、事项、进展一致)")
        for index, row in enumerate(shown):
            fields = row.fields
            if fields and row.duplicate:
                note = duplicate_note
            elif fields:
                note = read_summary(fields)
            else:
                note = f"{field_label(row.error_field)}: {row.error}"
            cells = [
                str(row.row_number),
                self.tr("有误")
                if not row.ok
                else self.tr("重复")
                if row.duplicate
                else self.tr("可导入"),
                str(fields.measure) if fields else row.values.get("measure", ""),
                fields.title if fields else row.values.get("title", ""),
                status_label(fields.status) if fields else row.values.get("status", ""),
                note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 5) and not row.ok:
                    item.setForeground(red)
                elif column in (1, 5) and row.duplicate:
                    item.setForeground(orange)
                elif column == 1:
                    item.setForeground(green)
                if column == 5:
                    item.setToolTip(text)
                self.preview.setItem(index, column, item)
        good = len(self.accepted_items())
        bad = sum(not row.ok for row in self.rows)
        duplicates = sum(row.ok and row.duplicate for row in self.rows)
        text = self.tr("共 %1 行:可导入 %2 条,有误 %3 行(有误的行不会导入)。")
        text = text.replace("%1", str(len(self.rows))).replace("%2", str(good))
        text = text.replace("%3", str(bad))
        if duplicates:
            text += self.tr("另有 %1 行与已有工作重复。").replace("%1", str(duplicates))
        self.include_duplicates.setVisible(bool(duplicates))
        if self.mapping["measure"].currentData() is None:
            text += self.tr("请指定“任务编号”对应的列。")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b3261e;" if bad else "")
        self.import_button.setEnabled(good > 0)
        self.import_button.setText(self.tr("导入 %1 条").replace("%1", str(good)))

    def errors(self) -> list[tuple[int, str]]:
        return [(row.row_number, row.error) for row in self.rows if not row.ok]

    def accepted_items(self) -> list[ActionFields]:
        take_duplicates = self.include_duplicates.isChecked()
        return [
            row.fields
            for row in self.rows
            if row.fields is not None and (take_duplicates or not row.duplicate)
        ]

    def source_name(self) -> str:
        return self.path.name if self.path else ""

    def keyPressEvent(self, event) -> None:  # Enter in a field must not import by accident
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            self.import_button.hasFocus()
        ):
            return
        super().keyPressEvent(event)


def read_summary(fields) -> str:
    """What was read beside the columns on show, so a clerk sees the dates and figures came
    through: 2025-Q1 · 2025-01-05—2025-03-01 · 40.1=1200 · 开展……"""
    parts = [fields.period]
    if fields.start_date or fields.finish_date:
        parts.append(f"{fields.start_date or ''}—{fields.finish_date or ''}")
    if fields.figures:
        parts.append(", ".join(f"{key}={value}" for key, value in sorted(fields.figures.items())))
    if fields.progress:
        parts.append(fields.progress[:40])
    return " · ".join(parts)
