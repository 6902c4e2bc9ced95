"""The measures across the city for one period: a measure × unit matrix in colour, every unit's
latest status and work for one measure side by side, and the plan's targets summed across units."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.city.common import (
    MEASURE_STATUS_COLOURS,
    MEASURE_STATUS_ORDER,
    keep_cell_colours,
    status_label,
)
from desktop.views.city.data import CityPeriod, IndicatorTotal

MEASURE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class MeasureMatrixModel(QAbstractTableModel):
    """Rows: the plan's measures; columns: the reporting units; a cell: that unit's status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data_: CityPeriod | None = None

        self.rows: list = []  # the measures shown, in the plan's order

    def load(self, data: CityPeriod, only_reported: bool = False) -> None:
        self.beginResetModel()
        self.data_ = data
        self.rows = [
            m
            for m in data.measures
            if not only_reported
            or any(
                data.cell_status(m.no, u.code) not in ("no_return", "not_concerned")
                for u in data.units
            )
        ]
        self.endResetModel()

    def row_of(self, no: int) -> int | None:
        return next((i for i, m in enumerate(self.rows) if m.no == no), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.data_ else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.data_ else len(self.data_.units)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.data_:
            return None
        measure = self.rows[index.row()]
        unit = self.data_.units[index.column()]
        status = self.data_.cell_status(measure.no, unit.code)
        if role == Qt.ItemDataRole.DisplayRole:
            if status in ("no_return", "not_concerned"):
                return ""
            entry = self.data_.measure_entry(measure.no, unit.code)
            count = len(entry["actions"]) if entry else 0
            return status_label(status) + (f" {count}" if count else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(MEASURE_STATUS_COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#212121")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{measure.no}. {measure.short_title} · {unit.name}:{status_label(status)}"
            entry = self.data_.measure_entry(measure.no, unit.code)
            if entry and role == Qt.ItemDataRole.ToolTipRole:
                titles = [f"· {a['title']}" for a in entry["actions"][:8]]
                if len(entry["actions"]) > 8:
                    titles.append("…")
                text = "\n".join([text, *titles])
            return text
        if role == MEASURE_ROLE:
            return measure.no
        if role == STATUS_CODE_ROLE:
            return status
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.data_:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self.data_.units):
            unit = self.data_.units[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return unit.name
            if role == Qt.ItemDataRole.ToolTipRole:
                submitted = unit.code in self.data_.payloads
                state = self.tr("已报送") if submitted else self.tr("未报送")
                return f"{unit.full_name}({unit.code})· {state}"
        if orientation == Qt.Orientation.Vertical and section < len(self.rows):
            measure = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{measure.no}. {measure.short_title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return measure.text
        return None


ACROSS_COLUMNS = (
    QT_TRANSLATE_NOOP("MeasureAcrossUnits", "单位"),
    QT_TRANSLATE_NOOP("MeasureAcrossUnits", "版本"),
    QT_TRANSLATE_NOOP("MeasureAcrossUnits", "完成情况"),
    QT_TRANSLATE_NOOP("MeasureAcrossUnits", "工作进展"),
    QT_TRANSLATE_NOOP("MeasureAcrossUnits", "量化指标"),
    QT_TRANSLATE_NOOP("MeasureAcrossUnits", "存在问题"),
    QT_TRANSLATE_NOOP("MeasureAcrossUnits", "下一步计划"),
)


class MeasureAcrossUnits(QTableWidget):
    """One measure: every reporting unit's latest status and work, one row per unit."""

    def __init__(self, parent=None):
        super().__init__(0, len(ACROSS_COLUMNS), parent)
        self.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.setObjectName("measureAcrossUnits")
        self.setAccessibleName(self.tr("本措施各单位工作对照"))
        self.setToolTip(self.tr("所选措施下,各单位当前版本报送的完成情况与工作进展"))
        self.setHorizontalHeaderLabels([self.tr(c) for c in ACROSS_COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in range(len(ACROSS_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((0, 90), (1, 60), (2, 80), (4, 90), (5, 170), (6, 170)):
            self.setColumnWidth(column, width)
        self.measure_no: int | None = None

    def show_measure(self, data: CityPeriod, no: int) -> None:
        self.measure_no = no
        units = [u for u in data.units if data.applies.get((no, u.code))]
        units += [
            u
            for u in data.units
            if u not in units and data.cell_status(no, u.code) not in ("not_concerned", "no_return")
        ]
        self.setRowCount(len(units))
        for row, unit in enumerate(units):
            status = data.cell_status(no, unit.code)
            entry = data.measure_entry(no, unit.code)
            payload = data.payloads.get(unit.code)
            version = self.tr("第%1版").replace("%1", str(payload["version"])) if payload else ""
            actions = entry["actions"] if entry else []
            progress = "\n".join(
                f"{i}. {a['title']}:{a['progress']}" if a["progress"] else f"{i}. {a['title']}"
                for i, a in enumerate(actions, 1)
            )
            figures = "\n".join(
                f"{key}:{value}" for a in actions for key, value in sorted(a["figures"].items())
            )
            problems = "\n".join(dict.fromkeys(a["problems"] for a in actions if a["problems"]))
            steps = "\n".join(dict.fromkeys(a["next_steps"] for a in actions if a["next_steps"]))
            if status == "no_return":
                progress = self.tr("(本期尚未报送)")
            elif status == "not_reported":
                progress = self.tr("(本期未填报工作)")
            reasons = [a["reason"] for a in actions if a["status"] == "not_applicable"]
            if reasons:
                progress += "\n" + self.tr("不涉及理由:") + ";".join(reasons)
            values = [unit.name, version, status_label(status), progress, figures, problems, steps]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value if len(value) > 20 else "")
                if column == 2:
                    item.setBackground(QColor(MEASURE_STATUS_COLOURS[status]))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)


class TargetsTable(QTableWidget):
    """The plan's targets (measures 27 and 40) with each unit's figure and the city's total."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TargetsTable", "指标"),
        QT_TRANSLATE_NOOP("TargetsTable", "目标"),
        QT_TRANSLATE_NOOP("TargetsTable", "全市合计"),
        QT_TRANSLATE_NOOP("TargetsTable", "完成率"),
        QT_TRANSLATE_NOOP("TargetsTable", "各单位报送"),
    )

    def __init__(self, parent=None):
        super().__init__(0, len(self.COLUMNS), parent)
        self.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.setObjectName("targetsTable")
        self.setAccessibleName(self.tr("量化指标全市汇总"))
        self.setToolTip(self.tr("措施 27、40 的量化目标:各单位当前版本报送数相加,与计划目标对比"))
        self.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def show_totals(self, totals: list[IndicatorTotal], names: dict[str, str]) -> None:
        self.setRowCount(len(totals))
        for row, total in enumerate(totals):
            scope = self.tr("每年") if total.scope == "year" else self.tr("计划期内")
            parts = [f"{names.get(code, code)} {value}" for code, value in total.by_unit.items()]
            share = total.share
            values = [
                f"{total.key} {total.what}",
                f"≥ {total.target} {total.unit}({scope})",
                f"{total.total} {total.unit}",
                "—" if share is None else f"{share:.0%}",
                "、".join(parts) or self.tr("(暂无单位报送)"),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(
                    self.tr("措施 %1:%2").replace("%1", str(total.measure)).replace("%2", value)
                )
                if column == 3 and share is not None:
                    item.setBackground(QColor("#c8e6c9" if share >= 1 else "#ffe0b2"))
                self.setItem(row, column, item)
        self.resizeRowsToContents()


class MeasuresPanel(QWidget):
    """The matrix on top; below it the chosen measure across units."""

    measure_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: CityPeriod | None = None
        self.model = MeasureMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.matrix.setObjectName("measureMatrix")
        self.matrix.setAccessibleName(self.tr("措施 × 单位完成情况矩阵"))
        self.matrix.setToolTip(
            self.tr("各措施在各单位的完成情况(数字为工作条数);选中一行查看各单位工作")
        )
        self.matrix.setModel(self.model)
        keep_cell_colours(self.matrix)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix.verticalHeader().setDefaultSectionSize(24)
        self.matrix.verticalHeader().setMaximumWidth(260)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(64)
        self.matrix.selectionModel().currentChanged.connect(self._current_changed)

        self.measure = QComboBox()
        self.measure.setObjectName("measureChooser")
        self.measure.setAccessibleName(self.tr("选择措施"))
        self.measure.setToolTip(self.tr("选择一项措施,对照各单位的工作"))
        self.measure.currentIndexChanged.connect(self._measure_combo_changed)
        chooser_label = QLabel(self.tr("措施(&M):"))
        chooser_label.setBuddy(self.measure)
        self.measure_text = QLabel()
        self.measure_text.setWordWrap(True)
        self.measure_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.across = MeasureAcrossUnits()
        self.measure_summary = QLabel()
        self.measure_summary.setObjectName("measureSummary")
        self.only_reported = QCheckBox(self.tr("只显示有单位报送的措施(&O)"))
        self.only_reported.setToolTip(self.tr("隐藏本期没有任何单位报送内容的措施行"))
        self.only_reported.setChecked(True)
        self.only_reported.toggled.connect(self._filter_changed)

        self.legend = QLabel()
        self.legend.setText(
            " ".join(
                f"<span style='background:{MEASURE_STATUS_COLOURS[k]}'>&nbsp;&nbsp;&nbsp;&nbsp;"
                f"</span>&nbsp;{html.escape(status_label(k))}&nbsp;&nbsp;"
                for k in (*MEASURE_STATUS_ORDER, "not_concerned", "no_return")
            )
            + html.escape(
                QCoreApplication.translate("CityMeasures", "(空白:单位未报送或不涉及该措施)")
            )
        )

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.only_reported)
        top_layout.addLayout(legend_row)
        top_layout.addWidget(self.matrix)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(chooser_label)
        row.addWidget(self.measure, 1)
        bottom_layout.addLayout(row)
        bottom_layout.addWidget(self.measure_text)
        bottom_layout.addWidget(self.measure_summary)
        bottom_layout.addWidget(self.across, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def load(self, data: CityPeriod) -> None:
        current = self.current_measure() or 1
        self.data = data
        self.model.load(data, self.only_reported.isChecked())
        self.measure.blockSignals(True)
        self.measure.clear()
        for measure in data.measures:
            self.measure.addItem(f"{measure.no}. {measure.short_title}", measure.no)
        self.measure.blockSignals(False)
        self.select_measure(current)

    def _filter_changed(self, _checked: bool) -> None:
        if self.data:
            self.load(self.data)

    def current_measure(self) -> int | None:
        return self.measure.currentData()

    def select_measure(self, no: int) -> None:
        index = self.measure.findData(no)
        if index < 0:
            return
        if self.measure.currentIndex() != index:
            self.measure.setCurrentIndex(index)  # → _measure_combo_changed
        else:
            self._show(no)

    def _measure_combo_changed(self, _index: int) -> None:
        no = self.measure.currentData()
        if no is not None:
            self._show(no)

    def _show(self, no: int) -> None:
        if not self.data:
            return
        measure = next(m for m in self.data.measures if m.no == no)
        units = "、".join(measure.unit_names) + (self.tr("等") if measure.and_others else "")
        self.measure_text.setText(
            f"<b>{self.tr('措施')} {no}</b> {html.escape(measure.text)}"
            f"<br><span style='color:#555'>{self.tr('责任单位')}:{html.escape(units)}</span>"
        )
        self.across.show_measure(self.data, no)
        counts: dict[str, int] = {}
        for unit in self.data.units:
            status = self.data.cell_status(no, unit.code)
            if status != "not_concerned":
                counts[status] = counts.get(status, 0) + 1
        order = (*MEASURE_STATUS_ORDER, "no_return")
        self.measure_summary.setText(
            self.tr("各单位:")
            + " · ".join(f"{status_label(k)} {counts[k]}" for k in order if counts.get(k))
        )
        row = self.model.row_of(no)
        if row is not None and self.matrix.currentIndex().row() != row:
            column = max(self.matrix.currentIndex().column(), 0)
            self.matrix.setCurrentIndex(self.model.index(row, column))
        self.measure_chosen.emit(no)

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        no = current.data(MEASURE_ROLE)
        if no is not None and no != self.current_measure():
            self.select_measure(no)
