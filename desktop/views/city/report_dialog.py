"""The city report: period, format, the city's passphrase and where to save; the signed file is
made in the background with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Workspace
from desktop.views.city import backend
from desktop.views.city.common import (
    BackgroundTask,
    passphrase_field,
    save_to_row,
    workspace_home,
)


class ReportDialog(QDialog):
    finished_report = Signal(str)  # the file written

    def __init__(self, workspace: Workspace, period: str, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.task: BackgroundTask | None = None
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("生成市级汇总报告"))
        self.resize(560, 260)

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("报告期间"))
        for p in workspace.periods():
            self.period.addItem(f"{p.label}({p.code})", p.code)
        self.period.setCurrentIndex(max(self.period.findData(period), 0))
        self.pdf = QRadioButton(self.tr("PDF 公文(已签名)"))
        self.xlsx = QRadioButton(self.tr("Excel 汇总工作簿"))
        self.pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.xlsx)
        formats = QWidget()
        row = QHBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pdf)
        row.addWidget(self.xlsx)
        row.addStretch()
        self.passphrase = passphrase_field(
            self.tr("市局签名口令"), self.tr("创建市级根证书时设定的口令,用于签名报告")
        )
        self.out = QLineEdit()
        self.out.setAccessibleName(self.tr("保存位置"))
        browse = QPushButton(self.tr("浏览(&B)…"))
        browse.setAccessibleName(self.tr("选择保存位置"))
        out_row = save_to_row(self.out, browse, self.ask_out)
        self.period.currentIndexChanged.connect(self._default_name)
        self.pdf.toggled.connect(self._default_name)
        self._default_name()

        form = QFormLayout()
        form.addRow(self.tr("期间(&P):"), self.period)
        form.addRow(self.tr("格式:"), formats)
        form.addRow(self.tr("签名口令(&W):"), self.passphrase)
        form.addRow(self.tr("保存到(&O):"), out_row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("生成进度"))
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = buttons.addButton(
            self.tr("生成(&G)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.make_button.setAccessibleName(self.tr("生成报告"))
        self.make_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        if not backend.available(backend.REPORT):
            self.make_button.setEnabled(False)
            self.make_button.setToolTip(backend.missing_reason(backend.REPORT))
            self.message.setText(backend.missing_reason(backend.REPORT))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def fmt(self) -> str:
        return "pdf" if self.pdf.isChecked() else "xlsx"

    def _default_name(self, *_args) -> None:
        folder = Path(self.out.text()).parent if self.out.text() else Path.home()
        name = self.tr("三明市知识产权工作汇总-%1.%2")
        self.out.setText(
            str(folder / name.replace("%1", self.period.currentData()).replace("%2", self.fmt()))
        )

    def ask_out(self) -> None:
        pattern = self.tr("PDF 文件 (*.pdf)") if self.fmt() == "pdf" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存报告"), self.out.text(), pattern)
        if path:
            self.out.setText(path)

    def start(self) -> None:
        export = backend.lookup(backend.REPORT)
        if export is None or self.task:
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("请输入市局签名口令"))
            self.passphrase.setFocus()
            return
        period, fmt = self.period.currentData(), self.fmt()
        passphrase, out = self.passphrase.text(), Path(self.out.text())

        def job(workspace, task):
            export(workspace, period, fmt, passphrase, out, progress=task.report)
            return str(out)

        self.task = BackgroundTask(workspace_home(self.workspace), job)
        self.task.progress.connect(self._on_progress)
        self.task.done.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.make_button.setEnabled(False)
        self.task.start()

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.message.setText(text)

    def _on_done(self, path: str) -> None:
        self._end()
        self.message.setText(self.tr("已生成:%1").replace("%1", path))
        self.finished_report.emit(path)

    def _on_failed(self, message: str) -> None:
        self._end()
        self.message.setText(self.tr("未能生成报告:%1").replace("%1", message))

    def _end(self) -> None:
        self.task = None  # the finished thread lets go of it
        self.progress.setVisible(False)
        self.make_button.setEnabled(True)

    def reject(self) -> None:
        if self.task:
            self.task.wait()
        super().reject()
