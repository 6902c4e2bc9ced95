"""A local action: what a unit did for one measure in one period."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop.domain import InvalidInput
from desktop.plan.model import Plan


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


STATUS_LABELS = {
    Status.NOT_STARTED: "未启动",
    Status.IN_PROGRESS: "推进中",
    Status.DONE: "已完成",
    Status.NOT_APPLICABLE: "不涉及",
}
STATUS_BY_LABEL = {label: status for status, label in STATUS_LABELS.items()}

TEXT_FIELDS = ("title", "progress", "reason", "problems", "next_steps")
MAX_TEXT = 20_000  # keeps every field printable in a table cell and inside Excel's cell limit
# Control characters break XML-based exports (Excel) and mean nothing in a report.
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class ActionFields:
    """What a person enters for an action; validated before anything is stored."""

    measure: int
    period: str
    title: str
    progress: str = ""
    status: Status = Status.IN_PROGRESS
    reason: str = ""
    start_date: date | None = None
    finish_date: date | None = None
    figures: dict[str, Decimal] = field(default_factory=dict)
    problems: str = ""
    next_steps: str = ""


def parse_status(value: str) -> Status:
    value = value.strip()
    if value in STATUS_BY_LABEL:
        return STATUS_BY_LABEL[value]
    try:
        return Status(value)
    except ValueError:
        allowed = ", ".join(f"{s.value}({STATUS_LABELS[s]})" for s in Status)
        raise InvalidInput("status", f"状态 “{value}” 无效,可选: {allowed}") from None


MAX_DECIMALS = 4
# Plain decimal notation, with or without thousands separators: "1200", "1,200", "3.5".
NUMBER_RE = re.compile(r"\d{1,3}(?:[,,]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日, 20250305; a time after it is ignored.
DATE_RE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?|(\d{4})(\d{2})(\d{2})"
)
TIME_RE = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def parse_decimal(key: str, value: str) -> Decimal:
    """A figure as people write it ("1200", "1,200", "3.5"); anything else is refused rather
    than half-read ("1,200" must not become 1; "1e3" is not how a count is written)."""
    text = value.strip()
    if text.startswith("-") and NUMBER_RE.fullmatch(text[1:]):
        raise InvalidInput(f"indicator {key}", f"数值不能为负: {value}")
    if not NUMBER_RE.fullmatch(text):
        raise InvalidInput(f"indicator {key}", f"“{value}” 不是数字")
    number = Decimal(text.replace(",", "").replace(",", ""))
    if number.as_tuple().exponent < -MAX_DECIMALS:  # 0.0000001 would be stored as 1E-7
        raise InvalidInput(f"indicator {key}", f"“{value}” 小数位过多(最多 {MAX_DECIMALS} 位)")
    return number


def parse_date(field_name: str, value: str | None) -> date | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    match = DATE_RE.match(text)
    if match and TIME_RE.fullmatch(text[match.end() :]):
        year, month, day = (int(g) for g in match.groups() if g is not None)
        try:
            return date(year, month, day)
        except ValueError:
            raise InvalidInput(field_name, f"日期 “{value}” 不存在") from None
    raise InvalidInput(field_name, f"日期 “{value}” 格式不对,应写作 2025-03-31") from None


def validate_action(fields: ActionFields, plan: Plan, known_periods: set[str]) -> ActionFields:
    """Check everything a person typed; return the cleaned fields or raise InvalidInput."""
    measure = plan.measure(fields.measure)
    if measure is None:
        raise InvalidInput(
            "measure", f"计划中没有措施 {fields.measure}(本计划共 {len(plan.measures)} 项措施)"
        )
    if fields.period not in known_periods:
        raise InvalidInput("period", f"未知的期间 “{fields.period}”")
    for name in TEXT_FIELDS:
        value = getattr(fields, name)
        if CONTROL_CHARS_RE.search(value):
            raise InvalidInput(name, "含有不可见的控制字符")
        if len(value) > MAX_TEXT:
            raise InvalidInput(name, f"内容过长({len(value)} 字,最多 {MAX_TEXT} 字)")
        setattr(fields, name, value.strip())
    if not fields.title:
        raise InvalidInput("title", "工作事项(标题)不能为空")
    if fields.status == Status.NOT_APPLICABLE and not fields.reason:
        raise InvalidInput("reason", "状态为“不涉及”时必须说明理由")
    if fields.start_date and fields.finish_date and fields.finish_date < fields.start_date:
        raise InvalidInput("finish_date", "完成日期早于开始日期")
    indicator_keys = {i.key for i in measure.indicators}
    for key in fields.figures:
        if key not in indicator_keys:
            allowed = "、".join(sorted(indicator_keys)) or "无"
            raise InvalidInput(
                f"indicator {key}", f"措施 {measure.no} 没有指标 “{key}”(可用指标: {allowed})"
            )
    return fields
