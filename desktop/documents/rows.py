"""The 工作进展情况表 as text: one row per action, shared by the PDF and the Excel 台账.

Both documents must show the same words for the same payload; the Excel import compares its
visible cells with what these functions produce from the signed JSON.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from .payload import STATUS_LABELS

HEADERS = [
    "序号", "任务编号", "重点任务", "责任单位", "工作进展",
    "完成情况", "量化指标", "存在问题", "下一步计划", "佐证材料",
]  # fmt: skip

RELATION_LABELS = {
    "lead": "本单位牵头",
    "co": "本单位配合",
    "all_counties": "各县(市、区)共同承担",
    "counterpart": "对口市局承担",
    "none": "",
}
SCOPE_LABELS = {"plan": "规划期", "year": "年度"}
QUARTERS = {"1": "第一季度", "2": "第二季度", "3": "第三季度", "4": "第四季度"}


BEIJING_TIME = datetime.timezone(datetime.timedelta(hours=8))


def period_label(period: dict) -> str:
    year, _, part = period["code"].partition("-")
    if period["kind"] == "quarter":
        return f"{year}年{QUARTERS[part[1]]}"
    if period["kind"] == "half":
        return f"{year}年{'上' if part == 'H1' else '下'}半年"
    return f"{year}年度"


def cn_date(iso: str) -> str:
    """2025-04-08, or a stored moment such as 2025-04-10T17:00:00+00:00 (the 11th in Beijing)."""
    if len(iso) > 10:
        iso = beijing(iso)[:10]
    y, m, d = iso[:10].split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def beijing(iso: str, seconds: bool = False) -> str:
    """A stored moment (UTC, ISO 8601) as the reader's clock shows it: 2026-11-26 12:51.
    Times are kept in UTC; everything a person reads is Beijing time, like the signatures."""
    if not iso:
        return ""
    moment = datetime.datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    shown = moment.astimezone(BEIJING_TIME)
    return shown.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def table_title(payload: dict) -> str:
    who = payload["unit"]["name"] + period_label(payload["period"])
    return f"{who}知识产权强市建设推进计划工作进展情况表"


def short_task(text: str, limit: int = 60) -> str:
    """The measure's first sentence, without its 责任单位 note (the full text is in the JSON)."""
    for mark in ("〔", "(责任单位", "\uff08责任单位"):
        if mark in text:
            text = text[: text.rindex(mark)]
    end = text.find("。")
    if 0 <= end < len(text) - 1:
        text = text[: end + 1]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def units_text(m: dict) -> str:
    units = "、".join(m["units"])
    label = RELATION_LABELS.get(m["relation"], "")
    return f"{units}\n({label})" if label else units


def progress_text(a: dict) -> str:
    if a["status"] == "not_applicable":
        return f"{a['title']}\n不涉及理由:{a['reason']}"
    # The title is usually the progress text's opening words; print it only when it is not.
    parts = [a["title"]] if not a["progress"].startswith(a["title"]) else []
    if a["progress"]:
        parts.append(a["progress"])
    if a["start_date"] or a["finish_date"]:
        start = a["start_date"].replace("-", ".") if a["start_date"] else "—"
        end = a["finish_date"].replace("-", ".") if a["finish_date"] else ""
        parts.append(f"时间:{start}—{end}" if end else f"开始:{start}")
    return "\n".join(parts)


def figures_text(a: dict, indicators: dict[str, dict]) -> str:
    lines = []
    for key, value in sorted(a["figures"].items()):
        ind = indicators.get(key)
        lines.append(f"{key}:{value}{ind['unit'] if ind else ''}")
    return "\n".join(lines)


def evidence_text(a: dict) -> str:
    names = [e["name"] for e in a["evidence"]]
    if len(names) == 1:
        return names[0]
    return "\n".join(f"{k}.{n}" for k, n in enumerate(names, 1))


@dataclass(frozen=True)
class LedgerRow:
    measure: dict
    first_in_measure: bool  # the PDF merges 任务编号/重点任务/责任单位 over a measure's rows
    cells: list[str]  # the ten columns, as text


def ledger_rows(payload: dict) -> Iterator[LedgerRow]:
    """One row per action; a measure with no action gets one 未填报 row."""
    indicators = {i["key"]: i for i in payload["indicators"]}
    seq = 0
    for m in payload["measures"]:
        task, units = short_task(m["text"]), units_text(m)
        if not m["actions"]:
            seq += 1
            cells = [str(seq), str(m["no"]), task, units, "未填报", "未填报", "", "", "", ""]
            yield LedgerRow(m, True, cells)
            continue
        for k, a in enumerate(m["actions"]):
            seq += 1
            cells = [
                str(seq), str(m["no"]), task, units, progress_text(a),
                STATUS_LABELS[a["status"]], figures_text(a, indicators),
                a["problems"], a["next_steps"], evidence_text(a),
            ]  # fmt: skip
            yield LedgerRow(m, k == 0, cells)
