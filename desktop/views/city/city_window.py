"""The city office's window: who has reported, the measures across the city, charts, the import
log; import returns, make the city report, send a return back for correction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.rows import beijing
from desktop.storage import Workspace
from desktop.views.city import backend
from desktop.views.city.charts_panel import ChartsPanel
from desktop.views.city.common import OUTCOME_COLOURS, outcome_label
from desktop.views.city.data import default_period, indicator_totals, load_period
from desktop.views.city.import_dialog import ImportDialog
from desktop.views.city.measure_matrix import MeasuresPanel
from desktop.views.city.report_dialog import ReportDialog
from desktop.views.city.send_back_dialog import SendBackDialog
from desktop.views.city.status_matrix import StatusPanel
from desktop.views.maintenance import add_maintenance_menu
from desktop.views.returns_menu import add_returns_menu

LOG_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportLogTable", "时间"),
    QT_TRANSLATE_NOOP("ImportLogTable", "文件"),
    QT_TRANSLATE_NOOP("ImportLogTable", "单位"),
    QT_TRANSLATE_NOOP("ImportLogTable", "期间"),
    QT_TRANSLATE_NOOP("ImportLogTable", "版本"),
    QT_TRANSLATE_NOOP("ImportLogTable", "结果"),
    QT_TRANSLATE_NOOP("ImportLogTable", "原因"),
    QT_TRANSLATE_NOOP("ImportLogTable", "签名证书"),
    QT_TRANSLATE_NOOP("ImportLogTable", "操作人"),
)


class ImportLogTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, len(LOG_COLUMNS), parent)
        self.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.setObjectName("importLog")
        self.setAccessibleName(self.tr("导入记录"))
        self.setToolTip(self.tr("每个导入过的文件:时间、文件指纹、结果、签名证书;最新的在上"))
        self.setHorizontalHeaderLabels([self.tr(c) for c in LOG_COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

    def load(self, workspace: Workspace, limit: int = 1000) -> None:
        names = {u.code: u.name for u in workspace.units()}
        rows = workspace.conn.execute(
            "SELECT at, file_name, unit, period, version, outcome, reason, signer, actor, "
            "file_sha256 FROM import_log ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        self.setRowCount(len(rows))
        for row, record in enumerate(rows):
            at, file_name, unit, period, version, outcome, reason, signer, actor, sha = record
            values = [
                beijing(at or "", seconds=True),
                file_name,
                names.get(unit, unit or ""),
                period or "",
                self.tr("第%1版").replace("%1", str(version)) if version else "",
                outcome_label(outcome),
                reason or "",
                (signer or "")[:16],
                actor,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setToolTip("SHA-256 " + (sha or ""))
                if column == 5:
                    item.setBackground(QColor(OUTCOME_COLOURS.get(outcome, "#ffffff")))
                if column == 6 and value:
                    item.setToolTip(value)
                self.setItem(row, column, item)


class CityWindow(QMainWindow):
    def __init__(self, workspace: Workspace, today: date | None = None):
        super().__init__()
        self.workspace = workspace
        self.plan = workspace.plan
        self.today = today or date.today()
        self.dialogs: list = []  # keep open dialogs alive
        self.setObjectName("CityWindow")
        self.setWindowTitle(self.tr("三明市知识产权强市建设推进计划 · 市局汇总"))
        self.setAcceptDrops(True)

        self._build_actions()
        self.headline = QLabel()
        self.headline.setObjectName("cityHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.headline.setContentsMargins(8, 6, 8, 2)

        self.status_panel = StatusPanel(workspace, self.today)
        self.status_panel.period_chosen.connect(self.set_period)
        self.status_panel.send_back_requested.connect(self._send_back_from_matrix)
        self.status_panel.measures_requested.connect(self.show_measures)
        self.measures_panel = MeasuresPanel()
        self.charts_panel = ChartsPanel()
        self.import_log = ImportLogTable()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cityTabs")
        self.tabs.setAccessibleName(self.tr("市局视图"))
        self.tabs.addTab(self.status_panel, self.tr("报送情况(&1)"))
        self.tabs.addTab(self.measures_panel, self.tr("措施汇总(&2)"))
        self.tabs.addTab(self.charts_panel, self.tr("指标与图表(&3)"))
        self.tabs.addTab(self.import_log, self.tr("导入记录(&4)"))
        self.tabs.setTabToolTip(0, self.tr("各单位各期是否报送、是否按时、版本数;未报单位及电话"))
        self.tabs.setTabToolTip(
            1, self.tr("当前期间各措施在各单位的完成情况,及某一措施各单位工作对照")
        )
        self.tabs.setTabToolTip(2, self.tr("量化指标全市汇总与图表,可保存为图片"))
        self.tabs.setTabToolTip(3, self.tr("所有导入过的文件及其结果"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        unit = workspace.unit
        self.statusBar().addWidget(QLabel(unit.full_name if unit else ""))
        self.root_label = QLabel()
        self.statusBar().addPermanentWidget(self.root_label)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("计划版本 %1").replace("%1", self.plan.version_id))
        )
        self.resize(1280, 800)
        self._restore_geometry()
        add_returns_menu(self, workspace.path.parent, lambda: self.period)
        add_maintenance_menu(self, workspace.path.parent)
        self.period = ""
        self._fill_periods()
        self.set_period(default_period(workspace, self.today))

    # ---------------------------------------------------------------- actions
    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("市局操作"))
        toolbar.setObjectName("cityToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)

        self.import_action = QAction(self.tr("导入报送(&I)…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            self.tr("导入各单位的签名报送文件(PDF、Excel):先预检,再确认写入(Ctrl+I)")
        )
        self.import_action.triggered.connect(lambda: self.open_import_dialog())
        self.report_action = QAction(self.tr("生成市级报告(&R)…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        self.report_action.triggered.connect(lambda: self.open_report_dialog())
        self.send_back_action = QAction(self.tr("退回修改(&B)…"), self)
        self.send_back_action.setShortcut(QKeySequence("Ctrl+B"))
        self.send_back_action.triggered.connect(lambda: self.open_send_back_dialog())
        self.refresh_action = QAction(self.tr("刷新(&F)"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setToolTip(self.tr("重新读取数据库(F5)"))
        self.refresh_action.triggered.connect(self.reload)

        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodChooser")
        self.period_combo.setAccessibleName(self.tr("当前期间"))
        self.period_combo.setToolTip(self.tr("措施汇总、图表、报告和退回针对的期间(Ctrl+P)"))
        self.period_combo.setMinimumContentsLength(14)
        self.period_combo.currentIndexChanged.connect(self._period_combo_changed)
        period_label = QLabel(self.tr(" 当前期间(&P): "))
        period_label.setBuddy(self.period_combo)
        focus_period = QAction(self)
        focus_period.setShortcut(QKeySequence("Ctrl+P"))
        focus_period.triggered.connect(self.period_combo.setFocus)
        self.addAction(focus_period)

        toolbar.addAction(self.import_action)
        toolbar.addSeparator()
        toolbar.addWidget(period_label)
        toolbar.addWidget(self.period_combo)
        toolbar.addSeparator()
        toolbar.addAction(self.report_action)
        toolbar.addAction(self.send_back_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self._update_actions()

    def _update_actions(self) -> None:
        has_root = self.workspace.credential("city_root") is not None
        no_root = self.tr("尚未创建市级根证书:请先运行 ip-tracker keys init-city")
        self.import_action.setEnabled(has_root)
        if not has_root:
            self.import_action.setToolTip(no_root)
        for action, entries, tip in (
            (
                self.report_action,
                (backend.REPORT,),
                self.tr("生成当前期间的市级汇总报告(签名 PDF 或 Excel)(Ctrl+R)"),
            ),
            (
                self.send_back_action,
                (backend.SEND_BACK,),
                self.tr("把某单位本期报送退回修改,逐项填写意见并导出签名反馈文件(Ctrl+B)"),
            ),
        ):
            ready = backend.available(*entries)
            action.setEnabled(ready and has_root)
            action.setToolTip(
                tip
                if ready and has_root
                else (no_root if ready else backend.missing_reason(*entries))
            )

    def open_import_dialog(self, paths: list[Path] | None = None) -> ImportDialog:
        dialog = ImportDialog(self.workspace, self, paths=paths)
        dialog.import_finished.connect(self._after_import)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def open_report_dialog(self) -> ReportDialog:
        dialog = ReportDialog(self.workspace, self.period, self)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def open_send_back_dialog(self, unit_code: str | None = None) -> SendBackDialog:
        if unit_code is None:  # Ctrl+B, the toolbar: the unit of the cell under the cursor
            selected = self.status_panel.selected_status()
            if selected is not None and selected.period.code == self.period:
                unit_code = selected.unit.code
        dialog = SendBackDialog(self.workspace, self.period, unit_code, self)
        dialog.sent_back.connect(lambda *_: self.reload())
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _send_back_from_matrix(self, unit_code: str, period: str) -> None:
        if period != self.period:
            self.set_period(period)
        if self.send_back_action.isEnabled():
            self.open_send_back_dialog(unit_code)
        else:
            self.statusBar().showMessage(self.send_back_action.toolTip(), 8000)

    def show_measures(self, period: str) -> None:
        if period != self.period:
            self.set_period(period)
        self.tabs.setCurrentWidget(self.measures_panel)

    def _forget(self, dialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _after_import(self, results: list) -> None:
        periods = [r.check.verified.period for r in results if r.check.verified]
        if periods and periods[-1] != self.period:
            self.set_period(periods[-1])
        else:
            self.reload()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.import_action.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import_dialog(paths)

    # ----------------------------------------------------------------- periods
    def _fill_periods(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in self.workspace.periods():
            self.period_combo.addItem(f"{period.label}({period.code})", period.code)
        self.period_combo.blockSignals(False)

    def _period_combo_changed(self, _index: int) -> None:
        code = self.period_combo.currentData()
        if code and code != self.period:
            self.set_period(code)

    def set_period(self, code: str) -> None:
        self.period = code
        index = self.period_combo.findData(code)
        if index >= 0 and index != self.period_combo.currentIndex():
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(index)
            self.period_combo.blockSignals(False)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        period = self.workspace.period(self.period)
        self.status_panel.period = self.period
        self.status_panel.reload()
        data = load_period(self.workspace, self.period)
        self.measures_panel.load(data)
        totals = indicator_totals(self.workspace, data)
        self.charts_panel.load(data, totals, period.label if period else "", self.plan.chapters)
        self.import_log.load(self.workspace)
        self._headline(period)
        has_root = self.workspace.credential("city_root") is not None
        self.root_label.setText(
            self.tr("市级根证书已创建") if has_root else self.tr("尚未创建市级根证书")
        )
        self._update_actions()

    def _headline(self, period) -> None:
        if period is None:
            self.headline.setText("")
            return
        counts = self.status_panel.model.summary(period.code)
        expected = sum(counts.values())
        submitted = counts["on_time"] + counts["late"]
        submitted += sum(
            1
            for statuses in self.status_panel.model.grid.values()
            if (s := statuses.get(period.code)) and s.submitted and s.returned_for_correction
        )
        missing_word = self.tr("逾期未报") if self.today > period.deadline else self.tr("尚未报送")
        missing = counts["missing"] + counts["not_due"]
        text = (
            self.tr(
                "<span style='font-size:15pt'><b>%1</b></span>&nbsp;&nbsp; 截止 %2 &nbsp;·&nbsp;"
                " 应报 <b>%3</b> &nbsp;·&nbsp; 已报 <b>%4</b>"
                "(按时 <span style='color:#2e7d32'><b>%5</b></span>,"
                "迟报 <span style='color:#e65100'><b>%6</b></span>)&nbsp;·&nbsp; "
                "%7 <span style='color:#c62828'><b>%8</b></span>"
            )
            .replace("%1", period.label)
            .replace("%2", period.deadline.isoformat())
            .replace("%3", str(expected))
            .replace("%4", str(submitted))
            .replace("%5", str(counts["on_time"]))
            .replace("%6", str(counts["late"]))
            .replace("%7", missing_word)
            .replace("%8", str(missing))
        )
        if counts["returned"]:
            text += self.tr(" &nbsp;·&nbsp; 已退回修改 <b>%1</b>").replace(
                "%1", str(counts["returned"])
            )
        self.headline.setText(text)

    # ------------------------------------------------------------ window state
    @staticmethod
    def _remembers_geometry() -> bool:
        """A window with no screen (screenshots, tests) neither uses nor overwrites the size the
        officer left the window at."""
        return QGuiApplication.platformName() != "offscreen"

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("city_window/geometry")
        if geometry is not None and self._remembers_geometry():
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        for dialog in list(self.dialogs):
            dialog.close()
        if self._remembers_geometry():
            QSettings().setValue("city_window/geometry", self.saveGeometry())
        super().closeEvent(event)
