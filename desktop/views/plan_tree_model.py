"""The plan as a tree (chapter → section → measure) with each measure's relation to the unit and
its state in the chosen period, behind a proxy that filters "mine only" and search hits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from desktop.domain.desk import MINE, Concern, MeasureState, concern
from desktop.domain.units import Unit
from desktop.plan.model import Plan
from desktop.views.labels import (
    STATE_COLOURS,
    chinese_number,
    concern_label,
    concern_tooltip,
    state_label,
)

# A colour serves as the text's brush (Qt converts it); no QBrush object per item or paint.
FOREGROUND = Qt.ItemDataRole.ForegroundRole

translate = QCoreApplication.translate

MEASURE_ROLE = Qt.ItemDataRole.UserRole + 1
CONCERN_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMN_MEASURE, COLUMN_CONCERN, COLUMN_STATE = 0, 1, 2


def _item(text: str, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class PlanTreeModel(QStandardItemModel):
    def __init__(self, plan: Plan, unit: Unit | None, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setHorizontalHeaderLabels(
            [
                translate("PlanTree", "措施"),
                translate("PlanTree", "关系"),
                translate("PlanTree", "本期"),
            ]
        )
        self._state_items: dict[int, QStandardItem] = {}
        self._measure_items: dict[int, QStandardItem] = {}
        self._concerns: dict[int, Concern] = {}
        bold = QFont()
        bold.setBold(True)
        for chapter in plan.chapters:
            chapter_item = _item(f"{chinese_number(chapter.no)}、{chapter.title}", chapter.title)
            chapter_item.setFont(bold)
            self.appendRow([chapter_item, _item(""), _item("")])
            parents = {None: chapter_item}
            for section in chapter.sections:
                section_item = _item(
                    f"({chinese_number(section.no)}){section.title}", section.title
                )
                chapter_item.appendRow([section_item, _item(""), _item("")])
                parents[section.no] = section_item
            for measure in plan.measures:
                if measure.chapter != chapter.no:
                    continue
                how = concern(measure, unit)
                self._concerns[measure.no] = how
                name = _item(f"{measure.no}. {measure.short_title}", measure.text)
                name.setData(measure.no, MEASURE_ROLE)
                name.setData(str(how), CONCERN_ROLE)
                relation_item = _item(concern_label(how), concern_tooltip(how))
                relation_item.setData(measure.no, MEASURE_ROLE)
                if how in MINE:
                    relation_item.setFont(bold)
                else:
                    relation_item.setData(QColor("#80868b"), FOREGROUND)
                state_item = _item("")
                state_item.setData(measure.no, MEASURE_ROLE)
                parents.get(measure.section, chapter_item).appendRow(
                    [name, relation_item, state_item]
                )
                self._state_items[measure.no] = state_item
                self._measure_items[measure.no] = name

    def set_states(self, states: dict[int, MeasureState], counts: dict[int, int]) -> None:
        for no, item in self._state_items.items():
            state = states.get(no, MeasureState.NOTHING)
            n = counts.get(no, 0)
            text = state_label(state) + (f" · {n}" if n else "")
            colour = STATE_COLOURS[state]
            if state == MeasureState.NOTHING and self._concerns[no] not in MINE:
                text, colour = "—", QColor("#9aa0a6")  # not this unit's: nothing is missing
            item.setText(text)
            item.setData(str(state), STATE_ROLE)
            item.setData(colour, FOREGROUND)
            item.setToolTip(translate("PlanTree", "本期 %1 条工作记录").replace("%1", str(n)))

    def measure_index(self, no: int) -> QModelIndex:
        item = self._measure_items.get(no)
        return item.index() if item else QModelIndex()


class PlanFilterProxy(QSortFilterProxyModel):
    """Shows measures that concern the unit ("mine only") and/or that match a search.

    Chapters and sections stay visible while any of their measures does (recursive filtering).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._mine_only = False
        self._matches: set[int] | None = None

    @property
    def mine_only(self) -> bool:
        return self._mine_only

    def set_mine_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._mine_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_matches(self, measures: set[int] | None) -> None:
        """None: no search; otherwise only these measures."""
        self.beginFilterChange()
        self._matches = measures
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        no = index.data(MEASURE_ROLE)
        if not self._mine_only and self._matches is None:
            return True
        if no is None:
            return False  # a chapter or section: shown when one of its measures is
        if self._mine_only and Concern(index.data(CONCERN_ROLE)) not in MINE:
            return False
        return self._matches is None or no in self._matches
