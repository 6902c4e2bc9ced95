"""Bringing in a county's existing 台账 (an Excel sheet of its work): read the sheet, guess which
column is which field, and turn each row into validated ActionFields or a row-level error.

Nothing here writes: the desk shows the preview and imports only what the clerk confirms.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain import InvalidInput
from desktop.domain.actions import (
    STATUS_LABELS,
    ActionFields,
    Status,
    parse_date,
    parse_decimal,
    parse_status,
    validate_action,
)
from desktop.plan.model import Plan

MAX_ROWS = 20_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # an honest 台账 is far smaller; refuse zip bombs
MAX_MEMBER_RATIO = 200
HEADER_SEARCH_ROWS = 10
TITLE_LENGTH = 30

# field → the column names counties actually use (the 工作进展情况表 first)
FIELDS: dict[str, tuple[str, ...]] = {
    "measure": ("任务编号", "措施编号", "措施序号", "对应措施", "措施"),
    "period": ("期间", "报送期间", "季度", "报送季度"),
    "title": ("工作事项", "工作内容", "事项", "工作名称", "标题"),
    "progress": ("工作进展", "工作进展情况", "进展情况", "推进情况", "工作开展情况"),
    "status": ("完成情况", "状态", "完成状态", "进度"),
    "reason": ("不涉及理由", "理由", "不涉及原因"),
    "start_date": ("开始日期", "开始时间"),
    "finish_date": ("完成日期", "完成时间"),
    "figures": ("量化指标", "指标", "完成数量"),
    "problems": ("存在问题", "问题", "困难和问题"),
    "next_steps": ("下一步计划", "下一步工作", "下步计划", "下一步工作计划"),
}
REQUIRED = ("measure",)
STATUS_WORDS = {
    "完成": Status.DONE,
    "已完成": Status.DONE,
    "已办结": Status.DONE,
    "推进中": Status.IN_PROGRESS,
    "进行中": Status.IN_PROGRESS,
    "正在推进": Status.IN_PROGRESS,
    "持续推进": Status.IN_PROGRESS,
    "未启动": Status.NOT_STARTED,
    "未开始": Status.NOT_STARTED,
    "不涉及": Status.NOT_APPLICABLE,
}
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
MEASURE_LEAD_RE = re.compile(r"\s*(?:第|措施|任务)?\s*(\d+)(\.\d)?(?!\d)")
FIGURE_KEY_RE = re.compile(r"(\d+\.\d+)\s*[=:=:]")  # "40.1=" starts a figure
FIGURE_SEPARATORS = ",,;;、 \n"
QUARTER_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# The app's own wording of a period, as a 台账 may have it: 2025年第一季度, 2025年上半年, 2025年度.
PERIOD_WORDS_RE = re.compile(
    r"(\d{4})\s*年?\s*(?:第?([一二三四1-4])季度?|([上下])半年|度?)", re.IGNORECASE
)
SENTENCE_RE = re.compile(r"[,,。;;]")


@dataclass
class LedgerSheet:
    name: str
    headers: list[str]
    header_row: int  # 1-based row number of the header in the sheet
    rows: list[list[str]]  # the rows below the header, as text


@dataclass
class LedgerRow:
    row_number: int  # as the spreadsheet numbers it, so the clerk can find it
    fields: ActionFields | None = None
    error: str = ""
    error_field: str = ""
    duplicate: bool = False  # the same work is already in the workspace
    values: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.fields is not None


class LedgerError(Exception):
    """The file cannot be read as a 台账; the message says why."""


def check_archive(path: Path) -> None:
    """xlsx files are zip archives: refuse ones that unpack to something huge (zip bombs)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for member in archive.infolist():
                total += member.file_size
                if member.compress_size and member.file_size / member.compress_size > (
                    MAX_MEMBER_RATIO
                ):
                    raise LedgerError(f"文件 {path.name} 内部结构异常(压缩比过高),拒绝读取")
            if total > MAX_UNPACKED_BYTES:
                raise LedgerError(f"文件 {path.name} 解压后过大,拒绝读取")
    except zipfile.BadZipFile as error:
        raise LedgerError(f"{path.name} 不是有效的 Excel 文件: {error}") from error


def read_sheet(path: Path) -> LedgerSheet:
    """The first sheet of an .xlsx/.xls/.ods file, its header row found by the known names."""
    from python_calamine import CalamineWorkbook

    path = Path(path)
    if not path.is_file():
        raise LedgerError(f"文件不存在: {path}")
    check_archive(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        raw = sheet.to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises its own types for broken files
        raise LedgerError(f"无法读取 {path.name}: {error}") from error
    if len(raw) > MAX_ROWS:
        raise LedgerError(f"{path.name} 有 {len(raw)} 行,超过上限 {MAX_ROWS} 行")
    rows = [[cell_text(cell) for cell in row] for row in raw]
    header_index = find_header(rows)
    if header_index is None:
        raise LedgerError(f"{path.name} 的第一个工作表是空的")
    headers = [re.sub(r"\s+", "", h) for h in rows[header_index]]
    below = rows[header_index + 1] if header_index + 1 < len(rows) else []
    if is_sub_header(headers, below):
        # A two-row header: "时间" merged over "开始日期 | 完成日期". The lower names win.
        lower = [re.sub(r"\s+", "", h) for h in below] + [""] * len(headers)
        headers = [low or high for high, low in zip(headers, lower, strict=False)]
        header_index += 1
    width = len(headers)
    body = [(row + [""] * width)[:width] for row in rows[header_index + 1 :]]
    return LedgerSheet(
        name=workbook.sheet_names[0], headers=headers, header_row=header_index + 1, rows=body
    )


def is_sub_header(headers: list[str], row: list[str]) -> bool:
    """Whether `row`, just below the header, is the second row of a two-row header: it names
    at least one known column, holds nothing that looks like data, and has no 任务编号."""
    known = {name for names in FIELDS.values() for name in names}
    cells = [re.sub(r"\s+", "", c) for c in row]
    named = [c for c in cells if c]
    if not named or not any(c in known for c in named):
        return False
    measure_column = guess_mapping(headers)["measure"]
    if measure_column is not None and measure_column < len(cells) and cells[measure_column]:
        return False
    return all(c in known or (len(c) <= 10 and not NUMBER_RE.search(c)) for c in named)


def cell_text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(cell)
    return str(cell).strip()


def find_header(rows: list[list[str]]) -> int | None:
    known = {name for names in FIELDS.values() for name in names} | {"序号", "重点任务"}
    first_filled = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = [re.sub(r"\s+", "", c) for c in row if c]
        if cells and first_filled is None:
            first_filled = index
        if sum(cell in known for cell in cells) >= 2:
            return index
    return first_filled


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """field → column index, by exact names first, then by names the header contains."""
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    taken: set[int] = set()
    for exact in (True, False):
        for key, names in FIELDS.items():
            if mapping[key] is not None:
                continue
            for name in names:
                for column, header in enumerate(headers):
                    if column in taken or not header:
                        continue
                    if header == name if exact else name in header:
                        mapping[key] = column
                        taken.add(column)
                        break
                if mapping[key] is not None:
                    break
    return mapping


def parse_measure(text: str) -> int:
    """ "12", "第12项", "12. 加强……(新增3个)": the number it starts with, else its only number.
    "2.1" is a target's number, not measure 2."""
    leading = MEASURE_LEAD_RE.match(text)
    if leading and leading.group(2):
        raise InvalidInput("measure", f"任务编号 “{text}” 应是一个整数,例如 12")
    if leading:
        return int(leading.group(1))
    numbers = NUMBER_RE.findall(text)
    if not numbers:
        raise InvalidInput("measure", f"任务编号 “{text}” 中没有数字" if text else "缺少任务编号")
    if len(numbers) > 1 or "." in numbers[0]:
        raise InvalidInput("measure", f"任务编号 “{text}” 应是一个整数,例如 12")
    return int(numbers[0])


def parse_period(text: str) -> str:
    """A period as the 台账 writes it: 2025-Q1, 2025Q1, 2025年第一季度, 2025年上半年, 2025年度."""
    text = re.sub(r"\s+", "", text)
    compact = re.fullmatch(r"(\d{4})-?([QqHh][1-4])", text)
    if compact:
        return f"{compact.group(1)}-{compact.group(2).upper()}"
    words = PERIOD_WORDS_RE.fullmatch(text)
    if words:
        year, quarter, half = words.groups()
        if quarter:
            return f"{year}-Q{QUARTER_WORDS[quarter]}"
        if half:
            return f"{year}-H{1 if half == '上' else 2}"
        return year
    return text  # validate_action names it as an unknown period


def parse_ledger_status(text: str, has_progress: bool) -> Status:
    text = text.strip()
    if not text:
        return Status.IN_PROGRESS if has_progress else Status.NOT_STARTED
    if text in STATUS_WORDS:
        return STATUS_WORDS[text]
    try:
        return parse_status(text)
    except InvalidInput:  # the command line's codes mean nothing in a 台账
        words = "、".join(STATUS_LABELS[status] for status in Status)
        raise InvalidInput("status", f"完成情况 “{text}” 无法识别,可写: {words}") from None


def parse_figures(text: str, plan: Plan, measure_no: int) -> dict[str, Decimal]:
    """ "40.1=12;40.2=3" (any of , ; 、 or a new line between them; "1,200" is one number), or
    a bare number when the measure has exactly one indicator. Nothing is half-read: a value
    that is not a number, text before the first figure, or a figure written twice is an
    error."""
    text = text.strip()
    if not text:
        return {}
    keys = list(FIGURE_KEY_RE.finditer(text))
    if keys:
        if text[: keys[0].start()].strip(FIGURE_SEPARATORS):
            raise InvalidInput("indicator", f"量化指标 “{text}” 应写作 指标编号=数值,例如 40.1=12")
        figures: dict[str, Decimal] = {}
        for this, following in zip(keys, [*keys[1:], None], strict=True):
            key = this.group(1)
            end = following.start() if following else len(text)
            value = text[this.end() : end].strip(FIGURE_SEPARATORS)
            if key in figures:
                raise InvalidInput(f"indicator {key}", f"指标 {key} 写了两次")
            figures[key] = parse_decimal(key, value)
        return figures
    measure = plan.measure(measure_no)
    indicators = measure.indicators if measure else []
    if len(indicators) == 1:
        return {indicators[0].key: parse_decimal(indicators[0].key, text)}
    raise InvalidInput("indicator", f"量化指标 “{text}” 应写作 指标编号=数值,例如 40.1=12")


def default_title(progress: str) -> str:
    """The 工作进展情况表 has no title column: the first clause of the progress stands in."""
    head = SENTENCE_RE.split(progress.strip(), maxsplit=1)[0]
    return head if len(head) <= TITLE_LENGTH else head[:TITLE_LENGTH] + "…"


def convert(
    sheet: LedgerSheet,
    mapping: dict[str, int | None],
    default_period: str,
    plan: Plan,
    known_periods: set[str],
    existing: set[tuple[int, str, str, str]] | None = None,
) -> list[LedgerRow]:
    """Every non-blank row as validated ActionFields, or with the reason it cannot be imported.

    Rows whose (measure, period, title, progress) is in `existing` are marked duplicate: the
    person decides whether to bring them in again (GnuCash's lesson: never merge silently)."""
    results = []
    for offset, row in enumerate(sheet.rows):
        row_number = sheet.header_row + 1 + offset
        if not any(cell.strip() for cell in row):
            continue
        values = {
            key: row[column].strip() if column is not None and column < len(row) else ""
            for key, column in mapping.items()
        }
        result = LedgerRow(row_number=row_number, values=values)
        try:
            measure = parse_measure(values.get("measure", ""))
            progress = values.get("progress", "")
            status = parse_ledger_status(values.get("status", ""), bool(progress))
            fields = ActionFields(
                measure=measure,
                period=parse_period(values.get("period", "")) or default_period,
                title=values.get("title")
                or default_title(progress)
                or default_title(values.get("reason", ""))
                or ("不涉及" if status == Status.NOT_APPLICABLE else ""),
                progress=progress,
                status=status,
                reason=values.get("reason", ""),
                start_date=parse_date("start_date", values.get("start_date")),
                finish_date=parse_date("finish_date", values.get("finish_date")),
                figures=parse_figures(values.get("figures", ""), plan, measure),
                problems=values.get("problems", ""),
                next_steps=values.get("next_steps", ""),
            )
            result.fields = validate_action(fields, plan, known_periods)
            key = (fields.measure, fields.period, fields.title, fields.progress)
            result.duplicate = key in (existing or set())
        except InvalidInput as error:
            result.error, result.error_field = error.message, error.field
        results.append(result)
    return results
