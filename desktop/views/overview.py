"""The period at a glance: per chapter, how many of the measures that concern the unit have been
reported (progress bars), and the list of those still missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.desk import MeasureState, is_mine, is_reported
from desktop.domain.units import Unit
from desktop.plan.model import Plan
from desktop.views.labels import chinese_number

MEASURE_ROLE = Qt.ItemDataRole.UserRole + 1


class Overview(QWidget):
    measure_activated = Signal(int)

    def __init__(self, plan: Plan, parent=None):
        super().__init__(parent)
        self.setObjectName("overview")
        self.plan = plan
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.bars: dict[int, QProgressBar] = {}
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        for row, chapter in enumerate(plan.chapters):
            label = QLabel(f"{chinese_number(chapter.no)}、{_short(chapter.title)}")
            label.setToolTip(chapter.title)
            bar = QProgressBar()
            bar.setAccessibleName(self.tr("第%1章填报进度").replace("%1", str(chapter.no)))
            bar.setFormat("%v / %m")
            bar.setMaximumHeight(18)
            grid.addWidget(label, row, 0)
            grid.addWidget(bar, row, 1)
            self.bars[chapter.no] = bar
        grid.setColumnStretch(1, 1)
        self.missing_label = QLabel()
        self.missing = QListWidget()
        self.missing.setObjectName("missingList")
        self.missing.setAccessibleName(self.tr("尚未填报的措施"))
        self.missing.setToolTip(self.tr("双击或回车跳到该措施"))
        self.missing.itemActivated.connect(self._activated)
        self.missing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(self.tr("<b>本期概览</b>"))
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing, 1)

    def update_states(self, unit: Unit | None, states: dict[int, MeasureState]) -> None:
        mine = [m for m in self.plan.measures if is_mine(m, unit)] if unit else []
        reported = [m for m in mine if is_reported(states.get(m.no, MeasureState.NOTHING))]
        for chapter_no, bar in self.bars.items():
            in_chapter = [m for m in mine if m.chapter == chapter_no]
            done = [m for m in reported if m.chapter == chapter_no]
            bar.setMaximum(max(len(in_chapter), 1))
            bar.setValue(len(done))
            bar.setEnabled(bool(in_chapter))
            bar.setFormat("%v / %m" if in_chapter else self.tr("不涉及"))
        missing = [m for m in mine if m not in reported]
        self.summary.setText(
            self.tr("涉及本单位的措施 %1 项,已填报 %2 项,尚缺 %3 项。")
            .replace("%1", str(len(mine)))
            .replace("%2", str(len(reported)))
            .replace("%3", str(len(missing)))
        )
        self.missing_label.setText(
            self.tr("<b>尚未填报</b>(%1 项)").replace("%1", str(len(missing)))
            if missing
            else self.tr("<b>全部已填报</b>")
        )
        self.missing.clear()
        for measure in missing:
            item = QListWidgetItem(f"{measure.no}. {measure.short_title}")
            item.setToolTip(measure.text)
            item.setData(MEASURE_ROLE, measure.no)
            self.missing.addItem(item)

    def missing_measures(self) -> list[int]:
        return [self.missing.item(i).data(MEASURE_ROLE) for i in range(self.missing.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.measure_activated.emit(item.data(MEASURE_ROLE))


def _short(text: str, length: int = 10) -> str:
    return text if len(text) <= length else text[:length] + "…"
