"""Who has reported: units × periods — on time, late by N days, missing, how many versions — and
the list of missing units with their phone numbers, ready to call."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.rows import beijing
from desktop.domain.city import UnitStatus
from desktop.domain.periods import Period
from desktop.storage import Workspace
from desktop.views.city.common import TIMELINESS_COLOURS, keep_cell_colours
from desktop.views.city.data import status_grid, unit_contacts

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


def timeliness(status: UnitStatus, today: date) -> str:
    """on_time / late / missing (deadline passed) / not_due; returned wins over the others."""
    if status.returned_for_correction:
        return "returned"
    if status.submitted:
        return "on_time" if status.late_days == 0 else "late"
    return "missing" if today > status.period.deadline else "not_due"


class StatusMatrixModel(QAbstractTableModel):
    """Rows: the reporting units; columns: the periods shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.units = []
        self.periods: list[Period] = []
        self.grid: dict[str, dict[str, UnitStatus]] = {}
        self.today = date.today()

    def load(self, workspace: Workspace, periods: list[Period], today: date) -> None:
        self.beginResetModel()
        self.periods = list(periods)
        self.today = today
        self.units, self.grid = status_grid(workspace, [p.code for p in self.periods], today)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.periods)

    def status_at(self, index: QModelIndex) -> UnitStatus | None:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        return self.grid.get(unit.code, {}).get(self.periods[index.column()].code)

    def cell_text(self, status: UnitStatus) -> str:
        kind = timeliness(status, self.today)
        if status.submitted:
            if status.late_days:
                text = self.tr("迟报 %1 天").replace("%1", str(status.late_days))
            else:
                text = self.tr("按时")
            versions = self.tr("第%1版").replace("%1", str(status.version))
            if status.versions > 1:
                versions += self.tr("(共%1版)").replace("%1", str(status.versions))
            text = f"{text} · {versions}"
            if kind == "returned":
                text = self.tr("已退回修改") + " · " + text
            return text
        if kind == "missing":
            return self.tr("未报 · 逾期 %1 天").replace("%1", str(status.overdue_days))
        if kind == "returned":
            return self.tr("已退回修改")
        return self.tr("未到期")

    def tooltip(self, status: UnitStatus) -> str:
        lines = [
            f"{status.unit.full_name} · {status.period.label}",
            self.tr("截止日期:%1").replace("%1", status.period.deadline.isoformat()),
        ]
        if status.submitted:
            lines.append(self.tr("首次报送:%1").replace("%1", beijing(status.handed_in_at or "")))
            lines.append(
                self.tr("当前第 %1 版,共收到 %2 版")
                .replace("%1", str(status.version))
                .replace("%2", str(status.versions))
            )
        else:
            phone = status.unit.phone or self.tr("未登记")
            lines.append(self.tr("联系电话:%1").replace("%1", phone))
        return "\n".join(lines)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        status = self.status_at(index)
        if status is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(TIMELINESS_COLOURS[timeliness(status, self.today)])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#212121")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{status.unit.name} {status.period.code} {self.cell_text(status)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == STATUS_ROLE:
            return status
        if role == KIND_ROLE:
            return timeliness(status, self.today)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.periods):
            period = self.periods[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{period.label}\n{self.tr('截止')} {period.deadline.isoformat()}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    self.tr("%1,截止 %2;选中此列即切换当前期间")
                    .replace("%1", period.label)
                    .replace("%2", period.deadline.isoformat())
                )
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.units):
            unit = self.units[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return unit.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{unit.full_name}({unit.code})"
        return None

    def summary(self, period_code: str) -> dict[str, int]:
        counts = {"on_time": 0, "late": 0, "missing": 0, "not_due": 0, "returned": 0}
        for unit in self.units:
            status = self.grid.get(unit.code, {}).get(period_code)
            if status:
                counts[timeliness(status, self.today)] += 1
        return counts


PERIOD_KINDS = (
    ("quarter", QT_TRANSLATE_NOOP("StatusPanel", "季度")),
    ("half", QT_TRANSLATE_NOOP("StatusPanel", "半年")),
    ("year", QT_TRANSLATE_NOOP("StatusPanel", "年度")),
    ("", QT_TRANSLATE_NOOP("StatusPanel", "全部期间")),
)


class StatusPanel(QWidget):
    """The matrix above, the missing units of the chosen period below."""

    period_chosen = Signal(str)  # a column was picked: make it the window's period
    send_back_requested = Signal(str, str)  # unit code, period
    measures_requested = Signal(str)  # period: show its measures across units

    def __init__(self, workspace: Workspace, today: date, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self.period = ""

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("期间类型"))
        self.kind.setToolTip(self.tr("矩阵中显示哪一类期间"))
        for code, text in PERIOD_KINDS:
            self.kind.addItem(self.tr(text), code)
        self.kind.currentIndexChanged.connect(self.reload)
        kind_label = QLabel(self.tr("显示(&K):"))
        kind_label.setBuddy(self.kind)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_html())

        self.model = StatusMatrixModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setObjectName("statusMatrix")
        self.table.setAccessibleName(self.tr("报送情况矩阵(单位 × 期间)"))
        self.table.setToolTip(self.tr("每个单位每期的报送情况;选中一列即切换当前期间"))
        self.table.setModel(self.model)
        keep_cell_colours(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(120)
        self.table.verticalHeader().setDefaultSectionSize(30)
        # A click picks the period; the cursor moving (Tab into the table, the arrow keys) does
        # not: it switched the whole window's period and lost the cursor on the reload.
        self.table.clicked.connect(self._cell_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)

        self.missing_title = QLabel()
        self.missing_title.setObjectName("missingTitle")
        self.contacts: dict[str, tuple[str, str]] = {}
        self.missing = QTableWidget(0, 5)
        self.missing.setObjectName("missingUnits")
        self.missing.setAccessibleName(self.tr("未报送单位及联系电话"))
        self.missing.setToolTip(self.tr("逾期未报送的单位,可直接电话催报"))
        self.missing.setHorizontalHeaderLabels(
            [
                self.tr("单位"),
                self.tr("代码"),
                self.tr("联系人"),
                self.tr("联系电话"),
                self.tr("逾期天数"),
            ]
        )
        self.missing.verticalHeader().setVisible(False)
        self.missing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing.setTabKeyNavigation(False)
        missing_header = self.missing.horizontalHeader()
        missing_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        missing_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        missing_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.copy_button = QPushButton(self.tr("复制催报名单(&C)"))
        self.copy_button.setAccessibleName(self.tr("复制催报名单"))
        self.copy_button.setToolTip(self.tr("把未报送单位及电话复制到剪贴板,可粘贴到 WPS 或微信"))
        self.copy_button.clicked.connect(self.copy_missing)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(kind_label)
        bar.addWidget(self.kind)
        bar.addSpacing(16)
        bar.addWidget(self.legend)
        bar.addStretch()
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.missing_title)
        head.addStretch()
        head.addWidget(self.copy_button)
        bottom_layout.addLayout(head)
        bottom_layout.addWidget(self.missing)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _legend_html(self) -> str:
        items = [
            ("on_time", self.tr("按时")),
            ("late", self.tr("迟报")),
            ("missing", self.tr("逾期未报")),
            ("not_due", self.tr("未到期")),
            ("returned", self.tr("已退回修改")),
        ]
        return " ".join(
            f"<span style='background:{TIMELINESS_COLOURS[k]}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
            f"&nbsp;{text}&nbsp;&nbsp;"
            for k, text in items
        )

    def shown_periods(self) -> list[Period]:
        kind = self.kind.currentData()
        periods = self.workspace.periods()
        chosen = [p for p in periods if not kind or p.kind == kind]
        return chosen

    def reload(self) -> None:
        periods = self.shown_periods()
        if self.period and all(p.code != self.period for p in periods):
            extra = self.workspace.period(self.period)
            if extra:
                periods.append(extra)
                periods.sort(key=lambda p: (p.end, p.start))
        self.model.load(self.workspace, periods, self.today)
        self.contacts = unit_contacts(self.workspace)
        self.table.resizeRowsToContents()
        self._fill_missing()

    def set_period(self, code: str) -> None:
        self.period = code
        if all(p.code != code for p in self.model.periods):
            self.reload()
        self._fill_missing()

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            code = self.model.periods[index.column()].code
            if code != self.period:
                self.period_chosen.emit(code)

    def selected_status(self) -> UnitStatus | None:
        """The cell under the cursor: what 退回修改 (Ctrl+B) acts on."""
        return self.model.status_at(self.table.currentIndex())

    def menu_target(self, point) -> tuple[QModelIndex, QPoint]:
        """The cell a context menu at `point` is about, and where to show it. A right-click is
        about the cell under the mouse (it is made current). The Menu key's position is the
        table's, not the cells' area: read as a cell's, it pointed a row lower and a column
        further right, at another unit. It is about the current cell."""
        index = self.table.indexAt(point)
        current = self.table.currentIndex()
        if current.isValid() and not self.table.visualRect(current).contains(point):
            return current, self.table.visualRect(current).center()
        return index, point

    def _context_menu(self, point) -> None:
        index, point = self.menu_target(point)
        status = self.model.status_at(index)
        if status is None:
            return
        menu = QMenu(self)
        show = menu.addAction(self.tr("查看本期各措施汇总"))
        show.triggered.connect(lambda: self.measures_requested.emit(status.period.code))
        send_back = menu.addAction(self.tr("退回修改…"))
        send_back.setEnabled(status.submitted)
        send_back.triggered.connect(
            lambda: self.send_back_requested.emit(status.unit.code, status.period.code)
        )
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _double_clicked(self, index: QModelIndex) -> None:
        status = self.model.status_at(index)
        if status is not None:
            self.measures_requested.emit(status.period.code)

    def missing_units(self) -> list[UnitStatus]:
        result = []
        for unit in self.model.units:
            status = self.model.grid.get(unit.code, {}).get(self.period)
            if status and not status.submitted:
                result.append(status)
        return result

    def _fill_missing(self) -> None:
        period = self.workspace.period(self.period) if self.period else None
        missing = self.missing_units()
        if period is None:
            self.missing_title.setText("")
            self.missing.setRowCount(0)
            return
        overdue = self.today > period.deadline
        title = (
            self.tr("%1 逾期未报送:%2 个单位(截止 %3)")
            if overdue
            else self.tr("%1 尚未报送:%2 个单位(截止 %3,未到期)")
        )
        self.missing_title.setText(
            "<b>"
            + title.replace("%1", period.label)
            .replace("%2", str(len(missing)))
            .replace("%3", period.deadline.isoformat())
            + "</b>"
        )
        self.missing.setRowCount(len(missing))
        for row, status in enumerate(missing):
            person, phone = self.contact_of(status)
            overdue = (
                self.tr("%1 天").replace("%1", str(status.overdue_days))
                if status.overdue_days
                else self.tr("未到期")
            )
            values = [status.unit.full_name, status.unit.code, person or "—", phone, overdue]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3 and not (status.unit.phone or self.contacts.get(status.unit.code)):
                    item.setForeground(QColor("#9e9e9e"))
                if column == 3:
                    item.setToolTip(
                        self.tr("单位名录中的电话;名录未登记时取该单位最近一次报送中的联系电话")
                    )
                self.missing.setItem(row, column, item)

    def contact_of(self, status: UnitStatus) -> tuple[str, str]:
        """Who to call: the registry's phone, else the person and phone of the unit's latest
        return."""
        person, phone = self.contacts.get(status.unit.code, ("", ""))
        return person, status.unit.phone or phone or self.tr("(未登记电话)")

    def copy_missing(self) -> None:
        lines = []
        for status in self.missing_units():
            person, phone = self.contact_of(status)
            lines.append(f"{status.unit.full_name}\t{person}\t{phone}\t{status.overdue_days}")
        QGuiApplication.clipboard().setText("\n".join(lines))
