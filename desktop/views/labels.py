"""Words for the domain's values, through Qt's translation tools (Chinese is the source text).

The domain keeps its own Chinese labels for the command line; the window always asks here, so that
`--lang en` shows English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.actions import Status
from desktop.domain.desk import Concern, MeasureState


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(status: Status) -> str:
    return {
        Status.NOT_STARTED: _tr("未启动"),
        Status.IN_PROGRESS: _tr("推进中"),
        Status.DONE: _tr("已完成"),
        Status.NOT_APPLICABLE: _tr("不涉及"),
    }[Status(status)]


def concern_label(value: Concern) -> str:
    return {
        Concern.LEAD: _tr("牵头"),
        Concern.CO: _tr("配合"),
        Concern.ALL_COUNTIES: _tr("各县(市、区)"),
        Concern.COUNTERPART: _tr("对口"),
        Concern.NONE: _tr("未列明"),
    }[value]


def concern_tooltip(value: Concern) -> str:
    return {
        Concern.LEAD: _tr("本单位是这项措施的牵头单位"),
        Concern.CO: _tr("本单位是这项措施的配合单位"),
        Concern.ALL_COUNTIES: _tr("计划要求各县(市、区)落实"),
        Concern.COUNTERPART: _tr("由市市场监管局(知识产权局)负责,县级市场监管局对口落实"),
        Concern.NONE: _tr("计划未列明本单位"),
    }[value]


def state_label(state: MeasureState) -> str:
    return {
        MeasureState.NOTHING: _tr("未填报"),
        MeasureState.NOT_STARTED: _tr("未启动"),
        MeasureState.IN_PROGRESS: _tr("推进中"),
        MeasureState.DONE: _tr("已完成"),
        MeasureState.NOT_APPLICABLE: _tr("不涉及"),
    }[state]


STATE_COLOURS = {
    MeasureState.NOTHING: QColor("#b3261e"),
    MeasureState.NOT_STARTED: QColor("#8a5a00"),
    MeasureState.IN_PROGRESS: QColor("#0b57d0"),
    MeasureState.DONE: QColor("#146c2e"),
    MeasureState.NOT_APPLICABLE: QColor("#5f6368"),
}
STATUS_COLOURS = {
    Status.NOT_STARTED: STATE_COLOURS[MeasureState.NOT_STARTED],
    Status.IN_PROGRESS: STATE_COLOURS[MeasureState.IN_PROGRESS],
    Status.DONE: STATE_COLOURS[MeasureState.DONE],
    Status.NOT_APPLICABLE: STATE_COLOURS[MeasureState.NOT_APPLICABLE],
}


def period_label(code: str) -> str:
    """2025-Q1 → 2025年第一季度 (or its English)."""
    year, _, part = code.partition("-")
    if not part:
        return _tr("%1年度").replace("%1", year)
    names = {
        "Q1": _tr("第一季度"),
        "Q2": _tr("第二季度"),
        "Q3": _tr("第三季度"),
        "Q4": _tr("第四季度"),
        "H1": _tr("上半年"),
        "H2": _tr("下半年"),
    }
    return _tr("%1年%2").replace("%1", year).replace("%2", names.get(part, part))


def chinese_number(number: int) -> str:
    return "一二三四五六七八九十"[number - 1] if 1 <= number <= 10 else str(number)


def field_label(field: str) -> str:
    """The name of a field an InvalidInput points at."""
    names = {
        "title": _tr("工作事项"),
        "progress": _tr("工作进展"),
        "status": _tr("完成情况"),
        "reason": _tr("不涉及理由"),
        "start_date": _tr("开始日期"),
        "finish_date": _tr("完成日期"),
        "problems": _tr("存在问题"),
        "next_steps": _tr("下一步计划"),
        "measure": _tr("措施"),
        "period": _tr("期间"),
        "evidence": _tr("佐证材料"),
        "unit": _tr("单位"),
    }
    if field.startswith("indicator "):
        return _tr("量化指标 %1").replace("%1", field.split(" ", 1)[1])
    return names.get(field, field)
