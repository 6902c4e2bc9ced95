"""The city report as a merged workbook, carrying the signed report JSON in a very hidden sheet.

Sheets: 汇总 (by chapter), one sheet per chapter with every unit's rows (a 报送单位 column),
任务×单位 (the status matrix), 量化指标 (each unit's figures and the city total against the
target), 报送情况 (timeliness), 来源报送 (the returns it was built from, with their hashes)
and ``_report`` (very hidden: the canonical report JSON and the city's detached CMS
signature, as in return_xlsx).
Every text cell is forced to text, so nothing a unit wrote becomes a formula.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .errors import DamagedFileError, NotAReturnWorkbookError
from .payload import STATUS_LABELS
from .return_xlsx import (
    check_zip,
    page_setup,
    put_text,
    sheet_rows,
    unpack_data_sheet,
    write_data_sheet,
)
from .rows import (
    beijing,
    cn_date,
    evidence_text,
    figures_text,
    period_label,
    progress_text,
    short_task,
)

DATA = "_report"
MARKER = "ip-tracker.city-report/xlsx"
STATUS_ORDER = ("done", "in_progress", "not_started", "not_applicable", "not_reported")
STATUS_FILLS = {
    "done": "C8E6C9",
    "in_progress": "BBDEFB",
    "not_started": "FFE0B2",
    "not_applicable": "E0E0E0",
    "not_reported": "F5F5F5",
}
CHAPTER_HEADERS = [
    "任务编号", "重点任务", "报送单位", "单位代码", "工作进展",
    "完成情况", "量化指标", "存在问题", "下一步计划", "佐证材料",
]  # fmt: skip
CHAPTER_WIDTHS = [7, 30, 10, 9, 50, 9, 14, 22, 22, 20]
CN = "〇一二三四五六七八九十"

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_HEAD_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_HEAD_FONT = Font(name="黑体", size=11, bold=True)
_TITLE_FONT = Font(name="宋体", size=16, bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="E0E0E0")


@dataclass(frozen=True)
class XlsxReport:
    payload_bytes: bytes  # the canonical report JSON exactly as signed
    signature: bytes | None


def _title(ws: Worksheet, text: str, width: int) -> None:
    put_text(ws, 1, 1, text, font=_TITLE_FONT)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30


def _header(ws: Worksheet, row: int, heads: list[str], widths: list[int] | None = None) -> None:
    for col, text in enumerate(heads, 1):
        put_text(ws, row, col, text, font=_HEAD_FONT, alignment=_HEAD_ALIGN, fill=_HEAD_FILL,
                 border=_BORDER)  # fmt: skip
        if widths:
            ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    ws.print_title_rows = f"{row}:{row}"


def _rows(ws: Worksheet, first: int, rows: list[list], *, styled: bool = True) -> None:
    for r, cells in enumerate(rows, first):
        for col, value in enumerate(cells, 1):
            if styled:
                put_text(ws, r, col, value, alignment=_WRAP, border=_BORDER)
            else:
                put_text(ws, r, col, value)


def _summary(ws: Worksheet, report: dict) -> None:
    period = period_label(report["period"])
    _title(ws, f"三明市{period}知识产权强市建设推进计划工作进展汇总", 8)
    put_text(ws, 2, 1, f"汇总单位:{report['issuer']['full_name']}  汇总日期:"
             f"{cn_date(report['issued_at'])}  依据报送 {len(report['sources'])} 份")  # fmt: skip
    heads = ["章", "章名", "任务数"] + [STATUS_LABELS[s] for s in STATUS_ORDER]
    _header(ws, 3, heads, [6, 30, 8, 8, 8, 8, 8, 8])
    rows = [
        [CN[c["no"]] if c["no"] <= 10 else c["no"], c["title"], c["measures"]]
        + [c["counts"][s] for s in STATUS_ORDER]
        for c in report["chapters"]
    ]
    totals = [sum(row[k] for row in rows) for k in range(2, 3 + len(STATUS_ORDER))]
    rows.append(["", "合计", *totals])
    _rows(ws, 4, rows)
    page_setup(ws, landscape=False)


def chapter_rows(report: dict, payloads: dict[str, dict], chapter: int) -> list[list]:
    """Every unit's rows for the measures of one chapter (a measure without work: 未填报)."""
    maps = {code: {m["no"]: m for m in p["measures"]} for code, p in payloads.items()}
    out = []
    for m in report["measures"]:
        if m["chapter"] != chapter:
            continue
        for u in report["units"]:
            measure = maps.get(u["code"], {}).get(m["no"])
            if measure is None:
                continue
            lead = [m["no"], short_task(measure["text"]), u["name"], u["code"]]
            if not measure["actions"]:
                out.append([*lead, "未填报", "未填报", "", "", "", ""])
            indicators = {i["key"]: i for i in payloads[u["code"]]["indicators"]}
            for a in measure["actions"]:
                out.append(
                    [*lead, progress_text(a), STATUS_LABELS[a["status"]],
                     figures_text(a, indicators), a["problems"], a["next_steps"],
                     evidence_text(a)]
                )  # fmt: skip
    return out


def _chapter(ws: Worksheet, report: dict, payloads: dict[str, dict], chapter: dict) -> None:
    _title(ws, f"{CN[chapter['no']]}、{chapter['title']}", len(CHAPTER_HEADERS))
    _header(ws, 2, CHAPTER_HEADERS, CHAPTER_WIDTHS)
    rows = chapter_rows(report, payloads, chapter["no"])
    # Thousands of rows: plain cells (wrapping comes from the column style) keep it quick.
    _rows(ws, 3, rows, styled=False)
    for col in range(1, len(CHAPTER_HEADERS) + 1):
        ws.column_dimensions[get_column_letter(col)].alignment = _WRAP
    ws.auto_filter.ref = f"A2:{get_column_letter(len(CHAPTER_HEADERS))}{max(2, len(rows) + 2)}"
    page_setup(ws, landscape=True)


def _matrix(ws: Worksheet, report: dict) -> None:
    units = report["units"]
    _title(ws, "任务 × 单位完成情况", len(units) + 3)
    heads = ["任务编号", "牵头单位", "全市"] + [u["name"] for u in units]
    _header(ws, 2, heads, [8, 18, 8] + [8] * len(units))
    reported = {s["unit"] for s in report["sources"]}
    fills = {k: PatternFill("solid", fgColor=v) for k, v in STATUS_FILLS.items()}
    for r, m in enumerate(report["measures"], 3):
        put_text(ws, r, 1, m["no"], border=_BORDER)
        put_text(ws, r, 2, m["lead"], border=_BORDER)
        statuses = [m["status"]] + [m["units"].get(u["code"], u["code"]) for u in units]
        for col, value in enumerate(statuses, 3):
            # A unit code here: its return does not cover the measure, or it has not reported.
            label = STATUS_LABELS.get(value) or ("—" if value in reported else "未报送")
            put_text(ws, r, col, label, border=_BORDER, alignment=_HEAD_ALIGN)
            if value in fills:
                ws.cell(row=r, column=col).fill = fills[value]
    page_setup(ws, landscape=True)


def _indicators(ws: Worksheet, report: dict) -> None:
    units = report["units"]
    _title(ws, "量化指标汇总", len(units) + 7)
    heads = ["指标编号", "任务编号", "指标", "单位", "目标", "口径"]
    heads += [u["name"] for u in units] + ["全市合计"]
    _header(ws, 2, heads, [9, 8, 34, 6, 8, 8] + [8] * len(units) + [10])
    rows = []
    for ind in report["indicators"]:
        rows.append(
            [ind["key"], ind["measure"], ind["what"], ind["unit"], _number(ind["target"]),
             "规划期" if ind["scope"] == "plan" else "年度"]
            + [_number(ind["by_unit"].get(u["code"])) for u in units]
            + [_number(ind["total"])]
        )  # fmt: skip
    # Numbers, so that the officer's own SUM works (as text it gave 0); the signed JSON keeps
    # the exact decimal text.
    _rows(ws, 3, rows)
    page_setup(ws, landscape=True)


def _number(text: str | None) -> Decimal | str:
    return Decimal(text) if text else ""


def _timeliness(ws: Worksheet, report: dict) -> None:
    names = {u["code"]: u["name"] for u in report["units"]}
    _title(ws, f"报送情况(截止日期 {cn_date(report['period']['deadline'])})", 8)
    heads = ["单位", "单位代码", "已报送", "当前版本", "版本数", "首次报送时间", "及时性", "备注"]
    _header(ws, 2, heads, [12, 10, 8, 8, 8, 20, 14, 14])
    rows = []
    for t in report["timeliness"]:
        if t["submitted"]:
            timing = "按时" if t["on_time"] else f"逾期{t['late_days']}天"
            note = "退回更正中" if t["returned_for_correction"] else ""
            rows.append([names[t["unit"]], t["unit"], "是", t["version"], t["versions"],
                         beijing(t["handed_in_at"]), timing, note])  # fmt: skip
        else:
            timing = f"已逾期{t['overdue_days']}天" if t["overdue_days"] else "未到期"
            rows.append([names[t["unit"]], t["unit"], "否", "", 0, "", timing, ""])
    _rows(ws, 3, rows)
    page_setup(ws, landscape=False)


def _sources(ws: Worksheet, report: dict) -> None:
    _title(ws, "汇总所依据的报送文件", 8)
    heads = ["报送单位", "单位代码", "填报编号", "版本", "冻结时间", "格式", "数据 SHA-256",
             "文件 SHA-256"]  # fmt: skip
    _header(ws, 2, heads, [12, 10, 38, 6, 26, 6, 66, 66])
    rows = [
        [s["unit_name"], s["unit"], s["return_id"], s["version"], beijing(s["frozen_at"]),
         s["format"].upper(), s["sha256"], s["file_sha256"]]
        for s in report["sources"]
    ]  # fmt: skip
    _rows(ws, 3, rows)
    page_setup(ws, landscape=True)


def write_city_report_xlsx(
    report: dict, payloads: dict[str, dict], data: bytes, signature: bytes | None
) -> bytes:
    """The merged workbook; ``data`` is the canonical report JSON that ``signature`` signs."""
    wb = Workbook()
    summary = wb.active
    summary.title = "汇总"
    _summary(summary, report)
    for chapter in report["chapters"]:
        _chapter(wb.create_sheet(f"第{CN[chapter['no']]}章"), report, payloads, chapter)
    _matrix(wb.create_sheet("任务×单位"), report)
    _indicators(wb.create_sheet("量化指标"), report)
    _timeliness(wb.create_sheet("报送情况"), report)
    _sources(wb.create_sheet("来源报送"), report)
    write_data_sheet(wb.create_sheet(DATA), data, signature, MARKER)
    wb.active = 0
    props = wb.properties
    props.title = f"三明市{period_label(report['period'])}推进计划工作进展汇总"
    props.creator = report["issuer"]["full_name"]
    props.subject = f"{report['issuer']['code']} {report['period']['code']} city-report"
    props.keywords = f"format={report['format']}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def read_city_report_xlsx(data: bytes) -> XlsxReport:
    """The signed report JSON and signature from a city report workbook (zip checked first)."""
    from python_calamine import CalamineError, CalamineWorkbook

    check_zip(data)
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        if DATA not in wb.sheet_names:
            raise NotAReturnWorkbookError("这不是 ip-tracker 生成的全市报告工作簿。")
        hidden = sheet_rows(wb.get_sheet_by_name(DATA))
    except CalamineError as exc:
        raise DamagedFileError(f"工作簿已损坏,无法读取:{exc}") from exc
    payload_bytes, signature = unpack_data_sheet(hidden, MARKER)
    return XlsxReport(payload_bytes, signature)
