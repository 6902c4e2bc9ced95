"""The charts tab: measure statuses per unit (stacked bars), completion by chapter × unit (heat
map), the plan's targets against the city's totals, each savable as a picture for a slide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.city.charts import BarChart, ChartWidget, HeatMap, Series
from desktop.views.city.common import MEASURE_STATUS_COLOURS, MEASURE_STATUS_ORDER, status_label
from desktop.views.city.data import CityPeriod, IndicatorTotal
from desktop.views.city.measure_matrix import TargetsTable


def chapter_completion(data: CityPeriod, chapters) -> list[list[float | None]]:
    """Per chapter and unit: the share of the unit's reported measures in that chapter that are
    done (measures marked 不涉及 left out); None where there is nothing to judge."""
    rows = []
    for chapter in chapters:
        row = []
        numbers = {m.no for m in data.measures if m.chapter == chapter.no}
        for unit in data.units:
            payload = data.payloads.get(unit.code)
            if payload is None:
                row.append(None)
                continue
            entries = [
                m
                for m in payload["measures"]
                if m["no"] in numbers and m["status"] != "not_applicable"
            ]
            done = sum(1 for m in entries if m["status"] == "done")
            row.append(done / len(entries) if entries else None)
        rows.append(row)
    return rows


def _framed(title: str, chart: ChartWidget, extra: QWidget | None = None) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(chart, 1)
    if extra is not None:
        layout.addWidget(extra)
    translate = QCoreApplication.translate
    save = QPushButton(translate("ChartsPanel", "保存为图片…"))
    save.setAccessibleName(translate("ChartsPanel", "保存图表为图片:%1").replace("%1", title))
    save.setToolTip(
        translate("ChartsPanel", "把这张图保存为 PNG 图片(1600×900),可直接放入汇报材料")
    )
    save.clicked.connect(chart.ask_save)
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(save)
    layout.addLayout(row)
    return box


class ChartsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_bars = BarChart()
        self.status_bars.setObjectName("statusBars")
        self.status_bars.setAccessibleName(self.tr("各单位措施完成情况柱状图"))
        self.heat_map = HeatMap()
        self.heat_map.setObjectName("chapterHeatMap")
        self.heat_map.setAccessibleName(self.tr("各章节完成率热力图"))
        self.target_bars = BarChart()
        self.target_bars.setObjectName("targetBars")
        self.target_bars.setAccessibleName(self.tr("量化指标全市合计与目标对比图"))
        self.targets = TargetsTable()
        layout = QGridLayout(self)
        layout.addWidget(_framed(self.tr("各单位措施完成情况"), self.status_bars), 0, 0)
        layout.addWidget(_framed(self.tr("各章节完成率"), self.heat_map), 0, 1)
        targets = _framed(self.tr("量化指标:全市合计与计划目标"), self.target_bars)
        layout.addWidget(targets, 1, 0)
        table_box = QGroupBox(self.tr("量化指标汇总(各单位当前版本相加)"))
        QVBoxLayout(table_box).addWidget(self.targets)
        layout.addWidget(table_box, 1, 1)
        layout.setRowStretch(0, 3)
        layout.setRowStretch(1, 2)

    @property
    def charts(self) -> dict[str, ChartWidget]:
        return {
            "status": self.status_bars,
            "heat_map": self.heat_map,
            "targets": self.target_bars,
        }

    def load(self, data: CityPeriod, totals: list[IndicatorTotal], period_label: str, chapters):
        names = [u.name for u in data.units]
        series = [
            Series(
                status_label(status),
                MEASURE_STATUS_COLOURS[status],
                [float(data.status_counts(u.code).get(status, 0)) for u in data.units],
            )
            for status in MEASURE_STATUS_ORDER
        ]
        self.status_bars.set_data(
            self.tr("%1 各单位措施完成情况(项)").replace("%1", period_label),
            names,
            series,
        )
        chapter_names = [f"{_chinese(c.no)}、{c.title[:10]}" for c in chapters]
        self.heat_map.set_data(
            self.tr("%1 各章节措施完成率(已完成 / 已填报)").replace("%1", period_label),
            chapter_names,
            names,
            chapter_completion(data, chapters),
        )
        categories = [f"{t.key} {t.what[:10]}" for t in totals]
        self.target_bars.set_data(
            self.tr("%1 量化指标:全市合计与计划目标").replace("%1", period_label),
            categories,
            [
                Series(self.tr("全市合计"), "#42a5f5", [float(t.total) for t in totals]),
                Series(self.tr("计划目标"), "#bdbdbd", [float(t.target) for t in totals]),
            ],
            stacked=False,
        )
        self.targets.show_totals(totals, {u.code: u.name for u in data.units})


def _chinese(number: int) -> str:
    return "一二三四五六七八九十"[number - 1] if 1 <= number <= 10 else str(number)
