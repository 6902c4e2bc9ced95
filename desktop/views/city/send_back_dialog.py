"""Send a unit's return back for correction: a comment on the return as a whole and on any of its
measures; the return is marked as returned and a signed feedback file is written for the unit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.exchange.city import current_payload
from desktop.storage import Workspace
from desktop.views.city import backend
from desktop.views.city.common import (
    MEASURE_STATUS_COLOURS,
    BackgroundTask,
    passphrase_field,
    save_to_row,
    status_label,
    workspace_home,
)

COMMENT_COLUMN = 3


class SendBackDialog(QDialog):
    sent_back = Signal(str, str)  # unit code, period

    def __init__(
        self, workspace: Workspace, period: str, unit_code: str | None = None, parent=None
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.task: BackgroundTask | None = None
        self.setObjectName("sendBackDialog")
        self.setWindowTitle(self.tr("退回修改"))
        self.resize(900, 640)

        self.unit = QComboBox()
        self.unit.setObjectName("sendBackUnit")
        self.unit.setAccessibleName(self.tr("退回的单位"))
        self.unit.setToolTip(self.tr("只列出本期已报送的单位"))
        submitted = {
            row[0]
            for row in workspace.conn.execute(
                "SELECT unit FROM received_returns WHERE period = ? AND state = 'current'",
                (period,),
            )
        }
        for unit in workspace.units():
            if unit.code in submitted:
                self.unit.addItem(f"{unit.name}({unit.code})", unit.code)
        if unit_code:
            self.unit.setCurrentIndex(max(self.unit.findData(unit_code), 0))
        self.unit.currentIndexChanged.connect(self._unit_changed)

        self.overall = QPlainTextEdit()
        self.overall.setObjectName("overallComment")
        self.overall.setAccessibleName(self.tr("总体意见"))
        self.overall.setPlaceholderText(self.tr("对本次报送的总体意见(可不填)"))
        self.overall.setTabChangesFocus(True)
        self.overall.setMaximumHeight(80)

        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows and typing edit comments
        self.table.setObjectName("measureComments")
        self.table.setAccessibleName(self.tr("各措施的退回意见"))
        self.table.setToolTip(self.tr("在“退回意见”一栏填写需要修改的措施;空白的措施不退回"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("措施"), self.tr("完成情况"), self.tr("工作条数"), self.tr("退回意见")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COMMENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 300)

        self.passphrase = passphrase_field(
            self.tr("市局签名口令"), self.tr("反馈文件用市局证书签名,单位据此确认意见来自市局")
        )
        self.out = QLineEdit()
        self.out.setAccessibleName(self.tr("反馈文件保存位置"))
        browse = QPushButton(self.tr("浏览(&B)…"))
        browse.setAccessibleName(self.tr("选择反馈文件保存位置"))
        out_row = save_to_row(self.out, browse, self.ask_out)

        form = QFormLayout()
        period_obj = workspace.period(period)
        form.addRow(self.tr("期间:"), QLabel(period_obj.label if period_obj else period))
        form.addRow(self.tr("单位(&U):"), self.unit)
        form.addRow(self.tr("总体意见(&O):"), self.overall)
        signing = QFormLayout()
        signing.addRow(self.tr("签名口令(&W):"), self.passphrase)
        signing.addRow(self.tr("反馈文件(&F):"), out_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = buttons.addButton(
            self.tr("退回并导出反馈文件(&S)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.send_button.setObjectName("sendBackButton")
        self.send_button.setAccessibleName(self.tr("退回并导出反馈文件"))
        self.send_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        if not backend.available(backend.SEND_BACK):
            self.send_button.setEnabled(False)
            self.send_button.setToolTip(backend.missing_reason(backend.SEND_BACK))
            self.message.setText(backend.missing_reason(backend.SEND_BACK))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(signing)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load()

    def _unit_changed(self, *_args) -> None:
        # The comments were about the other unit's return: none of them may go to this one
        # (the per-measure ones were cleared, but the overall one stayed and went along).
        self.overall.clear()
        self._load()

    def unit_code(self) -> str | None:
        return self.unit.currentData()

    def _load(self, *_args) -> None:
        code = self.unit_code()
        payload = current_payload(self.workspace, code, self.period) if code else None
        measures = payload["measures"] if payload else []
        self.table.setRowCount(len(measures))
        plan_measures = {m.no: m for m in self.workspace.plan.measures}
        for row, entry in enumerate(measures):
            measure = plan_measures.get(entry["no"])
            title = f"{entry['no']}. {measure.short_title if measure else ''}"
            cells = [
                QTableWidgetItem(title),
                QTableWidgetItem(status_label(entry["status"])),
                QTableWidgetItem(str(len(entry["actions"]))),
                QTableWidgetItem(""),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, entry["no"])
            work = "\n".join(f"· {a['title']}" for a in entry["actions"][:10])
            cells[0].setToolTip(entry["text"] + ("\n\n" + work if work else ""))
            cells[1].setBackground(QColor(MEASURE_STATUS_COLOURS.get(entry["status"], "#fff")))
            for column, item in enumerate(cells):
                if column != COMMENT_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        if code:
            name = self.unit.currentText().split("(")[0]
            default = self.tr("%1-%2-退回修改意见.feedback")
            folder = Path(self.out.text()).parent if self.out.text() else Path.home()
            self.out.setText(str(folder / default.replace("%1", name).replace("%2", self.period)))

    def comments(self) -> dict[int | None, str]:
        result: dict[int | None, str] = {}
        if self.overall.toPlainText().strip():
            result[None] = self.overall.toPlainText().strip()
        for row in range(self.table.rowCount()):
            text = self.table.item(row, COMMENT_COLUMN).text().strip()
            if text:
                result[self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)] = text
        return result

    def set_comment(self, measure: int | None, text: str) -> None:
        if measure is None:
            self.overall.setPlainText(text)
            return
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == measure:
                self.table.item(row, COMMENT_COLUMN).setText(text)

    def ask_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存反馈文件"),
            self.out.text(),
            self.tr("反馈文件 (*.feedback);;所有文件 (*)"),
        )
        if path:
            self.out.setText(path)

    def start(self) -> None:
        send_back = backend.lookup(backend.SEND_BACK)
        if send_back is None or self.task:
            return
        comments = self.comments()
        if not comments:
            self.message.setText(self.tr("请至少填写一条意见(总体意见或某项措施的退回意见)"))
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("请输入市局签名口令"))
            self.passphrase.setFocus()
            return
        unit, period = self.unit_code(), self.period
        passphrase, out = self.passphrase.text(), Path(self.out.text())

        def job(workspace, _task):
            # One step: a wrong passphrase keeps no comments, so the retry sends each once.
            return str(send_back(workspace, unit, period, comments, passphrase, out))

        self.task = BackgroundTask(workspace_home(self.workspace), job)
        self.task.done.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.progress.setVisible(True)
        self.send_button.setEnabled(False)
        self.message.setText(self.tr("正在签名并写入反馈文件…"))
        self.task.start()

    def _on_done(self, path: str) -> None:
        self._end()
        # They are recorded and in the file: a second click must not send them again.
        self.overall.clear()
        for row in range(self.table.rowCount()):
            self.table.item(row, COMMENT_COLUMN).setText("")
        self.message.setText(
            self.tr("已退回,反馈文件已保存到 %1。请把该文件交给单位导入。").replace("%1", path)
        )
        self.sent_back.emit(self.unit_code(), self.period)

    def _on_failed(self, message: str) -> None:
        self._end()
        self.message.setText(self.tr("未能退回:%1").replace("%1", message))

    def _end(self) -> None:
        self.task = None  # the finished thread lets go of it
        self.progress.setVisible(False)
        self.send_button.setEnabled(True)

    def reject(self) -> None:
        if self.task:
            self.task.wait()
        super().reject()
