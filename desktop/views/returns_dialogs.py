"""The 报送 menu's dialogs: enrolment, signed export, version differences and verification.

Signing, export and verification run off the GUI thread (each job opens its own workspace
connection); the dialogs here only collect what a person must decide.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.actions import STATUS_LABELS
from desktop.domain.returns import People, diff_returns
from desktop.storage import Workspace
from desktop.storage.health import file_error_message
from desktop.views.background import BackgroundTask, Work, run_in_background

NOT_REPORTED = "未填报"


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsMenu", text)


def ask_passphrase(parent: QWidget, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, tr("口令"), label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def inform(
    parent: QWidget, title: str, text: str, icon=QMessageBox.Icon.Information
) -> QMessageBox:
    """A window-modal message that does not block the event loop (work may still be finishing)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("returnsMessage")
    box.open()
    return box


def show_error(parent: QWidget, error: object) -> QMessageBox:
    message = getattr(error, "message", None) or file_error_message(error) or str(error)
    return inform(parent, tr("未能完成"), message, QMessageBox.Icon.Warning)


def run_then(
    window: QWidget, label: str, work: Work, on_success: Callable[[Any], None]
) -> BackgroundTask:
    """`work` on a worker thread with a progress dialog; its result goes to `on_success`, its
    error to a message."""

    def done(ok: bool, result: object) -> None:
        if ok:
            on_success(result)
        else:
            show_error(window, result)

    return run_in_background(work, window, label, done)


class ExportDialog(QDialog):
    """Everything an export needs: period, format, the people on the paper copy, the file."""

    def __init__(self, workspace: Workspace, period: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("导出本期报送"))
        self.period = QComboBox()
        self.period.setAccessibleName(tr("报送期间"))
        for item in workspace.periods():
            self.period.addItem(f"{item.label}({item.code})", item.code)
        if period:
            self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.pdf = QRadioButton(tr("PDF 报告(公文格式,带电子签章)"))
        self.xlsx = QRadioButton(tr("Excel 台账"))
        self.pdf.setChecked(True)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        self.filler = QLineEdit(workspace.contact)
        self.reviewer = QLineEdit()
        self.head = QLineEdit()
        self.phone = QLineEdit(workspace.phone)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("更正已报送的版本时必填"))
        self.output = QLineEdit()
        browse = QPushButton(tr("选择…"))
        browse.clicked.connect(self._choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output)
        output_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("期间"), self.period)
        form.addRow(tr("格式"), formats)
        form.addRow(tr("填报人"), self.filler)
        form.addRow(tr("审核人"), self.reviewer)
        form.addRow(tr("单位负责人"), self.head)
        form.addRow(tr("联系电话"), self.phone)
        form.addRow(tr("更正原因"), self.reason)
        form.addRow(tr("保存到"), output_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.pdf.toggled.connect(self._name_follows)
        self._shown_period = self.period.currentData()
        self._period_changed()

    @property
    def format(self) -> str:
        return "pdf" if self.pdf.isChecked() else "xlsx"

    def people(self) -> People:
        return People(
            self.filler.text().strip(),
            self.reviewer.text().strip(),
            self.head.text().strip(),
            self.phone.text().strip(),
        )

    def _period_changed(self) -> None:
        latest = self.workspace.latest_return(self.period.currentData())
        self.reason.setEnabled(latest is not None)
        if latest:
            hint = tr("已有第 %1 版;内容有变动时将生成新版本")
            self.reason.setToolTip(hint.replace("%1", str(latest.version)))
            # The names already on the handed-in version: exporting it again in the other format
            # must not make a new version just because 审核人 was left blank this time.
            people = latest.payload["people"]
            for field, key in (
                (self.filler, "filler"),
                (self.reviewer, "reviewer"),
                (self.head, "head"),
                (self.phone, "phone"),
            ):
                field.setText(people.get(key, ""))
        self._name_follows()

    def _name_follows(self, *_args) -> None:
        """A chosen file name follows the period and the format: an Excel return saved as .pdf,
        or Q2's return under Q1's name, misleads whoever opens it."""
        text = self.output.text().strip()
        period = self.period.currentData()
        if text:
            path = Path(text)
            name = path.stem.replace(self._shown_period or period, period)
            self.output.setText(str(path.with_name(f"{name}.{self.format}")))
        self._shown_period = period

    def _choose_output(self) -> None:
        unit = self.workspace.unit
        suggested = f"{unit.name if unit else ''}-{self.period.currentData()}.{self.format}"
        filters = tr("PDF 文件 (*.pdf)") if self.format == "pdf" else tr("Excel 工作簿 (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, tr("保存报送文件"), suggested, filters)
        if path:
            self.output.setText(path)

    def _accept(self) -> None:
        if not self.output.text().strip():
            self._choose_output()
        if self.output.text().strip():
            self.accept()


def export_return_interactively(
    window: QMainWindow, workspace: Workspace, home: Path, period: str | None
) -> None:
    """`workspace`: the window's own connection, for the dialog's reads. Opening another here
    would run the whole-file integrity check on the GUI thread; the export job opens its own."""
    dialog = ExportDialog(workspace, period, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    passphrase = ask_passphrase(window, tr("单位口令(用于签名)"))
    if passphrase is None:
        return
    start_export(
        window,
        home,
        dialog.period.currentData(),
        dialog.format,
        dialog.people(),
        dialog.reason.text(),
        passphrase,
        Path(dialog.output.text().strip()),
    )


def start_export(
    window: QWidget,
    home: Path,
    period: str,
    fmt: str,
    people: People,
    reason: str,
    passphrase: str,
    out: Path,
):
    """Freeze, render, sign and write on a worker thread; tell the person how it went."""

    def work(progress):
        from desktop.exchange.returns import export_return

        def report(percent: int, _step: str) -> None:
            progress(percent, 100)

        with Workspace.open(home) as workspace:
            return export_return(
                workspace,
                period,
                fmt,
                passphrase,
                out,
                people=people,
                correction_reason=reason,
                progress=report,
                require_correction_reason=True,  # the dialog says 必填: it is
            )

    def done(result) -> None:
        inform(
            window,
            tr("已导出"),
            tr("已冻结并签名 %1 报送第 %2 版,保存在\n%3")
            .replace("%1", result.frozen.period)
            .replace("%2", str(result.frozen.version))
            .replace("%3", str(result.path)),
        )

    return run_then(window, tr("正在生成并签名报送文件…"), work, done)


def install_enrolment_interactively(window: QMainWindow, home: Path, on_installed=None) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, tr("选择市局发来的入网文件"), "", tr("入网文件 (*.enrol *.zip);;所有文件 (*)")
    )
    if not path:
        return
    passphrase = ask_passphrase(window, tr("单位口令(由市局电话告知)"))
    if passphrase is None:
        return

    def work(_progress):
        from desktop.exchange.keys import install_enrolment

        data = Path(path).read_bytes()
        with Workspace.open(home) as workspace:
            return install_enrolment(workspace, data, passphrase)

    def done(result) -> None:
        from desktop.trust.pki import format_fingerprint

        inform(
            window,
            tr("入网文件已安装"),
            tr("本工作区已可为 %1 签名报送。\n\n请与市局电话核对根证书指纹:\n%2")
            .replace("%1", f"{result.unit_name}({result.unit_code})")
            .replace("%2", format_fingerprint(result.root_fingerprint)),
        )
        if on_installed:
            on_installed(result)

    run_then(window, tr("正在核验并安装入网文件…"), work, done)


def install_feedback_interactively(window: QMainWindow, home: Path, on_installed=None) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, tr("选择市局的退回意见文件"), "", tr("退回意见 (*.zip *.feedback);;所有文件 (*)")
    )
    if path:
        start_feedback_install(window, home, Path(path), on_installed)


def start_feedback_install(window: QWidget, home: Path, path: Path, on_installed=None):
    """Verify the city's signature and keep its comments (worker thread); show them."""

    def work(_progress):
        from desktop.exchange.feedback import install_feedback

        with Workspace.open(home) as workspace:
            return install_feedback(workspace, path.read_bytes())

    def done(result) -> None:
        items = "".join(
            f"<li><b>{tr('措施') + ' ' + str(c.measure) if c.measure else tr('总体')}</b>:"
            f"{html.escape(c.comment)}</li>"
            for c in result.comments
        )
        heading = tr("%1 报送第 %2 版被市局退回修改,意见如下:")
        heading = heading.replace("%1", result.period).replace("%2", str(result.version))
        show_html(window, tr("市局退回意见"), f"<p>{heading}</p><ul>{items}</ul>")
        if on_installed:
            on_installed(result)

    return run_then(window, tr("正在核验退回意见…"), work, done)


def init_city_interactively(window: QMainWindow, home: Path) -> None:
    first = ask_passphrase(window, tr("设置市级根证书口令(请妥善保管)"))
    if first is None:
        return
    if ask_passphrase(window, tr("再输入一次口令")) != first:
        inform(
            window,
            tr("口令不一致"),
            tr("两次输入的口令不一致,未创建根证书。"),
            QMessageBox.Icon.Warning,
        )
        return

    def work(_progress):
        from desktop.exchange.keys import init_city

        with Workspace.open(home) as workspace:
            return init_city(workspace, first)

    def done(result) -> None:
        from desktop.trust.pki import format_fingerprint

        inform(
            window,
            tr("已创建市级根证书"),
            tr("根证书指纹(各单位安装入网文件时请电话核对):\n%1").replace(
                "%1", format_fingerprint(result.fingerprint)
            ),
        )

    run_then(window, tr("正在生成密钥…"), work, done)


def enroll_unit_interactively(window: QMainWindow, workspace: Workspace, home: Path) -> None:
    units = [u for u in workspace.units() if not u.is_city_office]
    labels = [f"{u.name}({u.code})" for u in units]
    label, ok = QInputDialog.getItem(window, tr("签发入网文件"), tr("单位"), labels, 0, False)
    if not ok:
        return
    unit = units[labels.index(label)]
    root_passphrase = ask_passphrase(window, tr("市级根证书口令"))
    if root_passphrase is None:
        return
    label = tr("为 %1 设置口令(电话告知,勿随文件发送)").replace("%1", unit.name)
    unit_passphrase = ask_passphrase(window, label)
    if unit_passphrase is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        window, tr("保存入网文件"), f"{unit.name}-入网文件.enrol", tr("入网文件 (*.enrol)")
    )
    if not path:
        return

    def work(_progress):
        from desktop.exchange.keys import enroll_unit

        with Workspace.open(home) as workspace:
            enroll_unit(workspace, unit.code, root_passphrase, unit_passphrase, Path(path))
        return path

    def done(path: str) -> None:
        inform(window, tr("已签发"), tr("入网文件已保存: %1").replace("%1", path))

    run_then(window, tr("正在签发入网文件…"), work, done)


def verify_interactively(window: QMainWindow, home: Path) -> None:
    paths, _ = QFileDialog.getOpenFileNames(
        window, tr("选择要核验的报送文件"), "", tr("报送文件 (*.pdf *.xlsx);;所有文件 (*)")
    )
    if not paths:
        return

    def work(_progress):
        from desktop.exchange.returns import verify_files

        with Workspace.open(home) as workspace:
            return verify_files(workspace, [Path(p) for p in paths])

    def done(result) -> None:
        rows = "".join(
            f"<tr><td>{html.escape(Path(c.file).name)}</td>"
            f"<td style='color:{'#1b7a1b' if c.valid else '#b00020'}'>"
            f"{tr('有效') if c.valid else tr('无效')}</td>"
            f"<td>{html.escape(c.describe().split('—', 1)[-1])}</td></tr>"
            for c in result
        )
        show_html(window, tr("核验结果"), f"<table cellpadding='4'>{rows}</table>")

    run_then(window, tr("正在核验…"), work, done)


def show_html(parent: QWidget, title: str, body: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    view = QTextBrowser()
    view.setHtml(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(720, 480)
    dialog.show()
    return dialog


def versions_html(workspace: Workspace, period: str) -> str:
    """Every frozen version of a period's return, and what each changed, measure by measure."""
    versions = workspace.return_versions(period)
    if not versions:
        return f"<p>{tr('本期尚未冻结报送。')}</p>"
    parts = []
    for older, newer in itertools.pairwise(versions):
        heading = tr("第 %1 版 → 第 %2 版")
        heading = heading.replace("%1", str(older.version)).replace("%2", str(newer.version))
        parts.append(
            f"<h3>{heading}</h3><p>{tr('更正原因')}:{html.escape(newer.correction_reason)}</p>"
        )
        diffs = diff_returns(older.payload, newer.payload)
        if not diffs:
            parts.append(f"<p>{tr('工作内容无变化')}</p>")
        for diff in diffs:
            items = []
            if diff.status:
                before, after = (STATUS_LABELS.get(s, NOT_REPORTED) for s in diff.status)
                items.append(f"{tr('完成情况')}:{before} → {after}")
            items += [f"{tr('新增')}:{html.escape(a['title'])}" for a in diff.added]
            items += [f"{tr('删除')}:{html.escape(a['title'])}" for a in diff.removed]
            items += [
                f"{tr('修改')}:{html.escape(new['title'])}({', '.join(fields)})"
                for _old, new, fields in diff.changed
            ]
            parts.append(
                f"<p><b>{tr('措施')} {diff.no}</b></p><ul>"
                + "".join(f"<li>{item}</li>" for item in items)
                + "</ul>"
            )
    listing = "".join(
        f"<li>{tr('第 %1 版').replace('%1', str(v.version))} · {v.frozen_at} · "
        f"SHA-256 {v.sha256[:16]}…</li>"
        for v in versions
    )
    return f"<h2>{period}</h2><ul>{listing}</ul>" + "".join(parts)


def show_versions(window: QMainWindow, workspace: Workspace, period: str | None) -> None:
    period = period or workspace.periods()[0].code
    show_html(window, tr("报送版本与差异"), versions_html(workspace, period))
