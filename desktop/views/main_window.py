"""The main window: the plan as a tree (chapter → section → measure) beside the selected measure."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeView,
)

from desktop.domain.units import RELATION_LABELS, relation
from desktop.plan.model import Measure, Plan
from desktop.storage import Workspace

MEASURE_ROLE = Qt.ItemDataRole.UserRole + 1
SCOPE_LABELS = {"year": "每年", "plan": "计划期内"}


def build_plan_model(plan: Plan, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([QMainWindow.tr("计划")])
    for chapter in plan.chapters:
        chapter_item = QStandardItem(f"{_chinese_chapter(chapter.no)}、{chapter.title}")
        chapter_item.setEditable(False)
        model.appendRow(chapter_item)
        parents = {None: chapter_item}
        for section in chapter.sections:
            section_item = QStandardItem(f"({_chinese_chapter(section.no)}){section.title}")
            section_item.setEditable(False)
            chapter_item.appendRow(section_item)
            parents[section.no] = section_item
        for measure in plan.measures:
            if measure.chapter != chapter.no:
                continue
            item = QStandardItem(f"{measure.no}. {measure.short_title}")
            item.setEditable(False)
            item.setData(measure.no, MEASURE_ROLE)
            item.setToolTip(measure.text)
            parents.get(measure.section, chapter_item).appendRow(item)
    return model


def _chinese_chapter(number: int) -> str:
    return "一二三四五六七八九十"[number - 1] if 1 <= number <= 10 else str(number)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.plan = workspace.plan
        self.setWindowTitle(self.tr("三明市知识产权强市建设推进计划 工作台账"))
        self.setObjectName("MainWindow")

        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setAccessibleName(self.tr("计划措施目录"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setModel(build_plan_model(self.plan, self))
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("measureDetail")
        self.detail.setAccessibleName(self.tr("措施详情"))
        self.detail.setOpenLinks(False)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        unit = workspace.unit
        unit_text = unit.full_name if unit else self.tr("未设置单位")
        self.statusBar().addWidget(QLabel(unit_text))
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("计划版本 %1").replace("%1", self.plan.version_id))
        )
        self.resize(1200, 760)
        self._restore_geometry()
        self.select_measure(1)

    def select_measure(self, no: int) -> None:
        model = self.tree.model()
        for index in _walk(model):
            if index.data(MEASURE_ROLE) == no:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return

    def current_measure(self) -> Measure | None:
        no = self.tree.currentIndex().data(MEASURE_ROLE)
        return self.plan.measure(no) if no else None

    def _on_current_changed(self, current, _previous) -> None:
        no = current.data(MEASURE_ROLE)
        if no:
            self.detail.setHtml(self.measure_html(self.plan.measure(no)))

    def measure_html(self, measure: Measure) -> str:
        unit = self.workspace.unit
        rel = RELATION_LABELS[relation(measure, unit)] if unit else ""
        units = []
        for responsible in measure.units:
            role = self.tr("牵头") if responsible.lead else self.tr("配合")
            units.append(f"{html.escape(responsible.name)}<small>({role})</small>")
        unit_line = "、".join(units) + (self.tr(" 等") if measure.and_others else "")
        parts = [
            f"<h2>{self.tr('措施')} {measure.no}</h2>",
            f"<p style='font-size:12pt; line-height:150%'>{html.escape(measure.text)}</p>",
            f"<p><b>{self.tr('责任单位')}:</b>{unit_line}</p>",
        ]
        if rel:
            parts.append(f"<p><b>{self.tr('与本单位的关系')}:</b>{rel}</p>")
        if measure.indicators:
            rows = "".join(
                f"<tr><td>{html.escape(i.key)}</td><td>{html.escape(i.what)}</td>"
                f"<td>≥ {i.target} {html.escape(i.unit)}</td><td>{SCOPE_LABELS[i.scope]}</td></tr>"
                for i in measure.indicators
            )
            parts.append(
                f"<p><b>{self.tr('量化目标')}</b></p>"
                f"<table border='1' cellpadding='4' cellspacing='0'>{rows}</table>"
            )
        return "".join(parts)

    # ----------------------------------------------------------- window state
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        super().closeEvent(event)


def _walk(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)
