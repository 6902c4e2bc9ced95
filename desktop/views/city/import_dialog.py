"""Import returns: pick files or a folder, or drag them in; a dry run first shows what each file
would do (and, for a correction, what it changes per measure); then the officer imports.

Verification and import run in a background thread with the thread's own Workspace; every file is
one transaction, so stopping between files never leaves anything half-written."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.documents.rows import beijing
from desktop.exchange.city import ImportResult, import_files
from desktop.plan.model import Plan
from desktop.storage import Workspace
from desktop.views.city.common import (
    FIELD_LABELS,
    OUTCOME_COLOURS,
    BackgroundTask,
    label,
    outcome_label,
    status_label,
    workspace_home,
)

RETURN_SUFFIXES = {".pdf", ".xlsx"}
WRITES = {"new", "superseding", "stale"}
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "文件"),
    QT_TRANSLATE_NOOP("ImportDialog", "单位"),
    QT_TRANSLATE_NOOP("ImportDialog", "期间"),
    QT_TRANSLATE_NOOP("ImportDialog", "版本"),
    QT_TRANSLATE_NOOP("ImportDialog", "结果"),
    QT_TRANSLATE_NOOP("ImportDialog", "说明"),
)


def return_files(paths: list[Path]) -> list[Path]:
    """Files as given, and the PDF and Excel files inside folders (Office's ~$ lock files and
    hidden files left out), each once, in a stable order."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in RETURN_SUFFIXES
                and not p.name.startswith(("~$", "."))
            )
            found.extend(inside)
        else:
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path.resolve()), path)
    return list(unique.values())


def changes_html(result: ImportResult, plan: Plan) -> str:
    """What a correction changes, measure by measure, for a person to read before accepting it."""
    translate = QCoreApplication.translate
    payload = result.check.verified.payload
    old = (payload.get("supersedes") or {}).get("version")
    head = (
        translate("CityImport", "%1 %2:第%3版 → 第%4版")
        .replace("%1", payload["unit"]["name"])
        .replace("%2", payload["period"]["code"])
        .replace("%3", str(old) if old else "?")
        .replace("%4", str(payload["version"]))
    )
    parts = [f"<h3>{html.escape(head)}</h3>"]
    if payload.get("correction_reason"):
        reason = translate("CityImport", "更正原因:%1").replace("%1", payload["correction_reason"])
        parts.append(f"<p>{html.escape(reason)}</p>")
    changes = result.changes or []
    if not changes:
        same = translate("CityImport", "各措施的工作内容没有变化(仅封面信息不同)。")
        parts.append(f"<p>{html.escape(same)}</p>")
        return "".join(parts)
    summary = (
        translate("CityImport", "共 %1 项措施有变动:新增 %2 条、修改 %3 条、删除 %4 条工作。")
        .replace("%1", str(len(changes)))
        .replace("%2", str(sum(len(d.added) for d in changes)))
        .replace("%3", str(sum(len(d.changed) for d in changes)))
        .replace("%4", str(sum(len(d.removed) for d in changes)))
    )
    parts.append(f"<p><b>{html.escape(summary)}</b></p>")
    titles = {m.no: m.short_title for m in plan.measures}
    status_word = translate("CityImport", "完成情况")
    for diff in changes:
        heading = translate("CityImport", "措施 %1. %2")
        heading = heading.replace("%1", str(diff.no)).replace("%2", titles.get(diff.no, ""))
        parts.append(f"<p style='margin-top:8px'><b>{html.escape(heading)}</b></p><ul>")
        if diff.status:
            text = f"{status_word}:{status_label(diff.status[0])} → {status_label(diff.status[1])}"
            parts.append(f"<li>{html.escape(text)}</li>")
        for action in diff.added:
            text = (
                translate("CityImport", "新增:%1(%2)")
                .replace("%1", action["title"])
                .replace("%2", status_label(action["status"]))
            )
            parts.append(f"<li style='color:#1b5e20'>{html.escape(text)}</li>")
        for before, after, fields in diff.changed:
            names = "、".join(label(FIELD_LABELS.get(f, f)) for f in fields)
            text = (
                translate("CityImport", "修改:%1(改动:%2)")
                .replace("%1", after["title"])
                .replace("%2", names)
            )
            detail = ""
            if "status" in fields:
                detail += (
                    f"<br><small>{html.escape(status_word)}:"
                    f"{html.escape(status_label(before['status']))} → "
                    f"{html.escape(status_label(after['status']))}</small>"
                )
            for name in ("progress", "problems", "next_steps", "reason"):
                if name in fields:
                    detail += (
                        f"<br><small>{html.escape(label(FIELD_LABELS[name]))}:"
                        f"<s>{html.escape(_short(before.get(name) or ''))}</s> → "
                        f"{html.escape(_short(after.get(name) or ''))}</small>"
                    )
            parts.append(f"<li style='color:#0d47a1'>{html.escape(text)}{detail}</li>")
        for action in diff.removed:
            text = translate("CityImport", "删除:%1").replace("%1", action["title"])
            parts.append(f"<li style='color:#b71c1c'>{html.escape(text)}</li>")
        parts.append("</ul>")
    return "".join(parts)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ConfirmCorrectionsDialog(QDialog):
    """Shown before corrections replace current versions: what each one changes."""

    def __init__(self, results: list[ImportResult], plan: Plan, parent=None):
        super().__init__(parent)
        self.setObjectName("confirmCorrections")
        self.setWindowTitle(self.tr("确认更正:新版本将替代当前版本"))
        self.resize(760, 560)
        intro = QLabel(
            self.tr(
                "以下 %1 份更正将替代各单位的当前版本(旧版本保留,标为已替代)。请核对变动后确认。"
            ).replace("%1", str(len(results)))
        )
        intro.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("correctionChanges")
        self.browser.setAccessibleName(self.tr("更正内容逐项对比"))
        self.browser.setHtml("<hr>".join(changes_html(r, plan) for r in results))
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("确认替代并导入(&Y)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setAccessibleName(self.tr("确认替代并导入"))
        cancel = buttons.addButton(self.tr("返回(&N)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("返回,不导入"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class ImportDialog(QDialog):
    preview_finished = Signal()
    import_finished = Signal(list)  # the ImportResults written

    def __init__(self, workspace: Workspace, parent=None, paths: list[Path] | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.plan = workspace.plan
        self.paths: list[Path] = []
        self.preview: dict[int, ImportResult] = {}  # row → dry-run result
        self.final: dict[int, ImportResult] = {}  # row → result of the real import
        self.task: BackgroundTask | None = None
        self._task_rows: list[int] = []
        self._task_dry = True
        self._preview_again = False
        self.confirm_dialog: ConfirmCorrectionsDialog | None = None

        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("导入各单位报送"))
        self.setAcceptDrops(True)
        self.resize(1080, 720)

        hint = QLabel(
            self.tr(
                "把各单位报送的 PDF 或 Excel 文件(或整个文件夹)拖到此窗口,"
                "或点“添加文件”“添加文件夹”。"
                "每个文件先校验签名、核对单位,预检结果显示在下表,确认后才写入。"
            )
        )
        hint.setWordWrap(True)
        self.add_files_button = QPushButton(self.tr("添加文件(&F)…"))
        self.add_files_button.setToolTip(self.tr("选择一个或多个报送文件(PDF、Excel)"))
        self.add_folder_button = QPushButton(self.tr("添加文件夹(&D)…"))
        self.add_folder_button.setToolTip(
            self.tr("选择一个文件夹,导入其中(含子文件夹)所有报送文件")
        )
        self.remove_button = QPushButton(self.tr("移除所选(&R)"))
        self.remove_button.setToolTip(self.tr("从列表中移除选中的文件(不删除文件本身)"))
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            button.setAccessibleName(button.text().split("(")[0])
        self.add_files_button.clicked.connect(self.ask_files)
        self.add_folder_button.clicked.connect(self.ask_folder)
        self.remove_button.clicked.connect(self.remove_selected)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("importFiles")
        self.table.setAccessibleName(self.tr("待导入文件及预检结果"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._show_row)
        self.table.itemChanged.connect(self._update_buttons)

        self.details = QTextBrowser()
        self.details.setObjectName("importDetails")
        self.details.setAccessibleName(self.tr("所选文件的详情与更正内容"))
        self.details.setPlaceholderText(
            self.tr("选中一个文件,在此查看详情;更正文件逐项显示变动的措施")
        )

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("导入进度"))
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.step = QLabel()

        self.preview_button = QPushButton(self.tr("预检(不写入)(&P)"))
        self.preview_button.setToolTip(self.tr("校验全部文件并显示导入结果,数据库不作任何改动"))
        self.import_button = QPushButton(self.tr("导入勾选的文件(&I)"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("把勾选的文件写入市局数据库;更正文件先逐项确认"))
        self.stop_button = QPushButton(self.tr("停止(&S)"))
        self.stop_button.setToolTip(self.tr("处理完当前文件后停止;已处理的文件完整保留"))
        self.close_button = QPushButton(self.tr("关闭"))
        for button in (
            self.preview_button,
            self.import_button,
            self.stop_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text().split("(")[0])
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.ask_import)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.ask_files)

        files_bar = QHBoxLayout()
        files_bar.addWidget(self.add_files_button)
        files_bar.addWidget(self.add_folder_button)
        files_bar.addWidget(self.remove_button)
        files_bar.addStretch()
        files_bar.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.step, 1)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(files_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()
        if paths:
            self.add_paths(paths)

    # ------------------------------------------------------------------ choosing files
    def ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择报送文件"), "", self.tr("报送文件 (*.pdf *.xlsx);;所有文件 (*)")
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放报送文件的文件夹"))
        if folder:
            self.add_paths([Path(folder)])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (folders are searched) and run the dry run over the whole list."""
        known = {str(p.resolve()) for p in self.paths}
        added = [p for p in return_files(paths) if str(p.resolve()) not in known]
        if not added:
            self.step.setText(self.tr("没有找到新的报送文件(PDF 或 Excel)"))
            return
        for path in added:
            self.paths.append(path)
            row = self.table.rowCount()
            self.table.insertRow(row)
            first = QTableWidgetItem(path.name)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked)
            first.setToolTip(str(path))
            self.table.blockSignals(True)
            self.table.setItem(row, 0, first)
            for column in range(1, len(COLUMNS)):
                self.table.setItem(row, column, QTableWidgetItem(""))
            self.table.item(row, 4).setText(self.tr("待预检"))
            self.table.blockSignals(False)
        self.final.clear()
        self.start_preview()

    def remove_selected(self) -> None:
        if self.busy:
            return
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self.paths[row]
        self.preview = {}
        self.final = {}
        if self.paths:
            self.start_preview()
        self._update_buttons()

    # --------------------------------------------------------------------- running
    @property
    def busy(self) -> bool:
        return self.task is not None

    def checked_rows(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def rows_to_import(self) -> list[int]:
        """Checked and not yet imported (an import that was stopped can be taken up again)."""
        return [row for row in self.checked_rows() if row not in self.final]

    def start_preview(self) -> None:
        if self.busy:
            self._preview_again = True
            return
        if not self.paths:
            return
        self.preview = {}
        self._run(list(range(len(self.paths))), dry_run=True)

    def ask_import(self) -> None:
        """Corrections first show what they change; the import starts once that is confirmed."""
        rows = self.rows_to_import()
        if not rows or self.busy:
            return
        corrections = [
            self.preview[row]
            for row in rows
            if row in self.preview and self.preview[row].outcome == "superseding"
        ]
        if not corrections:
            self.start_import()
            return
        self.confirm_dialog = ConfirmCorrectionsDialog(corrections, self.plan, self)
        self.confirm_dialog.accepted.connect(self.start_import)
        self.confirm_dialog.open()

    def start_import(self) -> None:
        rows = self.rows_to_import()
        if rows and not self.busy:
            self._run(rows, dry_run=False)

    def _run(self, rows: list[int], dry_run: bool) -> None:
        paths = [self.paths[row] for row in rows]
        self._task_rows = rows
        self._task_dry = dry_run

        def job(workspace: Workspace, task: BackgroundTask) -> int:
            done = 0
            task.report(0, paths[0].name)
            for index, result in enumerate(import_files(workspace, paths, dry_run=dry_run)):
                done += 1
                task.emit_item((index, result))
                following = paths[index + 1].name if index + 1 < len(paths) else ""
                task.report(round(done * 100 / len(paths)), following)
                if task.cancelled:
                    break
            return done

        self.task = BackgroundTask(workspace_home(self.workspace), job)
        self.task.progress.connect(self._on_progress)
        self.task.item.connect(self._on_result)
        self.task.done.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.task.start()
        self._update_buttons()

    def stop(self) -> None:
        if self.task:
            self.task.cancel()
            self.step.setText(self.tr("正在停止:处理完当前文件后停止…"))

    def _on_progress(self, percent: int, name: str) -> None:
        self.progress.setValue(percent)
        verb = self.tr("预检") if self._task_dry else self.tr("导入")
        self.step.setText(f"{verb}:{name}" if name else "")

    def _on_result(self, item) -> None:
        index, result = item
        row = self._task_rows[index]
        (self.preview if self._task_dry else self.final)[row] = result
        self._fill_row(row, result, final=not self._task_dry)
        if row == self.table.currentRow():
            self._show_row(row)

    def _on_done(self, _count) -> None:
        self._finish()
        dry = self._task_dry
        if dry:
            self.step.setText(self.tr("预检完成,数据库未作改动。勾选要导入的文件后点“导入”。"))
            self.preview_finished.emit()
        else:
            written = [self.final[row] for row in self._task_rows if row in self.final]
            self.step.setText(self.tr("导入完成。"))
            self.import_finished.emit(written)
        if self._preview_again:
            self._preview_again = False
            self.start_preview()

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.step.setText(self.tr("出错:%1").replace("%1", message))
        if self._task_dry:
            self.preview_finished.emit()
        else:
            self.import_finished.emit([self.final[r] for r in self._task_rows if r in self.final])

    def _finish(self) -> None:
        self.task = None  # the finished thread lets go of it
        self.progress.setVisible(False)
        self._update_summary()
        self._update_buttons()

    # ------------------------------------------------------------------------ display
    def _fill_row(self, row: int, result: ImportResult, final: bool) -> None:
        verified = result.check.verified
        payload = verified.payload if verified else None
        outcome = str(result.outcome)
        text = outcome_label(outcome)
        if not final:
            text = self.tr("预检:%1").replace("%1", text)
        else:
            text = self.tr("已处理:%1").replace("%1", text)
        if payload:
            unit, period = payload["unit"]["name"], payload["period"]["code"]
            version = self.tr("第%1版").replace("%1", str(payload["version"]))
        else:
            unit = period = version = ""
        if outcome == "superseding" and result.changes is not None:
            note = self.tr("变动措施 %1 项(选中查看)").replace("%1", str(len(result.changes)))
            if result.reason:
                note += ";" + result.reason
        else:
            note = result.reason or ""
        if verified and verified.warnings:
            note = (note + ";" if note else "") + ";".join(verified.warnings)
        self.table.blockSignals(True)
        for column, value in enumerate((None, unit, period, version, text, note)):
            if value is None:
                continue
            item = self.table.item(row, column)
            item.setText(value)
            item.setToolTip(value if column == 5 else "")
        background = QColor(OUTCOME_COLOURS.get(outcome, "#ffffff"))
        self.table.item(row, 4).setBackground(background)
        self.table.blockSignals(False)

    def _show_row(self, row: int, *_args) -> None:
        if row < 0 or row >= len(self.paths):
            self.details.clear()
            return
        result = self.final.get(row) or self.preview.get(row)
        path = self.paths[row]
        if result is None:
            self.details.setHtml(f"<p>{html.escape(str(path))}</p>")
            return
        if str(result.outcome) == "superseding" and result.check.verified:
            self.details.setHtml(changes_html(result, self.plan))
            return
        lines = [f"<p><b>{html.escape(str(path))}</b></p>"]
        lines.append(f"<p>{html.escape(outcome_label(str(result.outcome)))}</p>")
        if result.reason:
            lines.append(f"<p style='color:#b71c1c'>{html.escape(result.reason)}</p>")
        verified = result.check.verified
        if verified:
            signer = self.tr("签名单位:%1(%2),签署时间 %3")
            signer = (
                signer.replace("%1", verified.signer_name)
                .replace("%2", verified.signer_code)
                .replace("%3", beijing(verified.signed_at, seconds=True))
            )
            lines.append(f"<p>{html.escape(signer)}</p>")
            lines.append(f"<p><small>SHA-256 {verified.file_sha256}</small></p>")
        self.details.setHtml("".join(lines))

    def _update_summary(self) -> None:
        results = self.final or self.preview
        counts: dict[str, int] = {}
        for result in results.values():
            counts[str(result.outcome)] = counts.get(str(result.outcome), 0) + 1
        parts = [
            f"{outcome_label(o)} {counts[o]}"
            for o in ("new", "superseding", "duplicate", "stale", "rejected")
            if counts.get(o)
        ]
        prefix = self.tr("导入结果:") if self.final else self.tr("预检结果:")
        self.summary.setText(prefix + " · ".join(parts) if parts else "")

    def _update_buttons(self, *_args) -> None:
        busy = self.busy
        previewed = bool(self.paths) and len(self.preview) == len(self.paths)
        checked = self.rows_to_import() if self.table.rowCount() else []
        writes = [
            r for r in checked if r in self.preview and str(self.preview[r].outcome) in WRITES
        ]
        self.import_button.setEnabled(not busy and previewed and bool(checked))
        self.import_button.setText(
            self.tr("导入勾选的文件(&I)")
            if not writes
            else self.tr("导入勾选的 %1 个文件(&I)").replace("%1", str(len(checked)))
        )
        self.preview_button.setEnabled(not busy and bool(self.paths))
        self.stop_button.setEnabled(busy)
        for widget in (self.add_files_button, self.add_folder_button, self.remove_button):
            widget.setEnabled(not busy)

    def closeEvent(self, event) -> None:
        if self.task:
            self.task.cancel()
            self.task.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.task:
            self.task.cancel()
            self.task.wait()
        super().reject()
