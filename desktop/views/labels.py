"""Words for the domain's values, through Qt's translation tools (Chinese is the source text).

The domain keeps its own Chinese labels for the command line; the window always asks here, so that
`--lang en` shows English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.actions import Status
from desktop.domain.desk import Concern, MeasureState

translate = QCoreApplication.translate


def status_label(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("labels", "未启动"),
        Status.IN_PROGRESS: translate("labels", "推进中"),
        Status.DONE: translate("labels", "已完成"),
        Status.NOT_APPLICABLE: translate("labels", "不涉及"),
    }[Status(status)]


def concern_label(value: Concern) -> str:
    return {
        Concern.LEAD: translate("labels", "牵头"),
        Concern.CO: translate("labels", "配合"),
        Concern.ALL_COUNTIES: translate("labels", "各县(市、区)"),
        Concern.COUNTERPART: translate("labels", "对口"),
        Concern.NONE: translate("labels", "未列明"),
    }[value]


def concern_tooltip(value: Concern) -> str:
    return {
        Concern.LEAD: translate("labels", "本单位是这项措施的牵头单位"),
        Concern.CO: translate("labels", "本单位是这项措施的配合单位"),
        Concern.ALL_COUNTIES: translate("labels", "计划要求各县(市、区)落实"),
        Concern.COUNTERPART: translate(
            "labels", "由市市场监管局(知识产权局)负责,县级市场监管局对口落实"
        ),
        Concern.NONE: translate("labels", "计划未列明本单位"),
    }[value]


def state_label(state: MeasureState) -> str:
    return {
        MeasureState.NOTHING: translate("labels", "未填报"),
        MeasureState.NOT_STARTED: translate("labels", "未启动"),
        MeasureState.IN_PROGRESS: translate("labels", "推进中"),
        MeasureState.DONE: translate("labels", "已完成"),
        MeasureState.NOT_APPLICABLE: translate("labels", "不涉及"),
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
        return translate("labels", "%1年度").replace("%1", year)
    names = {
        "Q1": translate("labels", "第一季度"),
        "Q2": translate("labels", "第二季度"),
        "Q3": translate("labels", "第三季度"),
        "Q4": translate("labels", "第四季度"),
        "H1": translate("labels", "上半年"),
        "H2": translate("labels", "下半年"),
    }
    return translate("labels", "%1年%2").replace("%1", year).replace("%2", names.get(part, part))


def chinese_number(number: int) -> str:
    return "一二三四五六七八九十"[number - 1] if 1 <= number <= 10 else str(number)


def field_label(field: str) -> str:
    """The name of a field an InvalidInput points at."""
    names = {
        "title": translate("labels", "工作事项"),
        "progress": translate("labels", "工作进展"),
        "status": translate("labels", "完成情况"),
        "reason": translate("labels", "不涉及理由"),
        "start_date": translate("labels", "开始日期"),
        "finish_date": translate("labels", "完成日期"),
        "problems": translate("labels", "存在问题"),
        "next_steps": translate("labels", "下一步计划"),
        "measure": translate("labels", "措施"),
        "period": translate("labels", "期间"),
        "evidence": translate("labels", "佐证材料"),
        "unit": translate("labels", "单位"),
    }
    if field.startswith("indicator "):
        return translate("labels", "量化指标 %1").replace("%1", field.split(" ", 1)[1])
    return names.get(field, field)
