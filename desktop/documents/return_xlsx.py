"""The return as an Excel 台账 workbook, carrying the signed JSON in a very hidden sheet.

Sheets: "台账" (the 工作进展情况表, one row per action), "量化指标" (indicators) and "_return"
(very hidden: the canonical JSON and the detached signature, both cut into chunks because a cell
holds at most 32,767 characters). On import the visible cells are compared with what the signed
JSON says they should be (``compare_visible``), so an edit made in Excel or WPS is reported by
its cell address instead of being trusted.

Reading never hands an untrusted file to a parser before the zip container has been checked
(zip bombs), and reads with python-calamine (Rust; no XML entity expansion), which is 10× faster
than openpyxl.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import io
import zipfile
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DefusedET
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .errors import (
    DamagedFileError,
    DocumentError,
    HiddenSheetMissingError,
    NotAReturnWorkbookError,
)
from .payload import canonical_form, normalise, validate
from .rows import HEADERS, SCOPE_LABELS, cn_date, ledger_rows, period_label, table_title

LEDGER = "台账"
INDICATORS = "量化指标"
DATA = "_return"
MARKER = "ip-tracker.return/xlsx"
CONTAINER_VERSION = "1"
CHUNK_UTF16 = 32_000  # Excel counts UTF-16 units; 32,767 is the hard limit

LEDGER_WIDTHS = [6, 7, 30, 18, 48, 9, 14, 22, 22, 20]  # in characters of the default font
INDICATOR_HEADERS = ["指标编号", "任务编号", "指标", "单位", "目标", "口径", "本期报告"]
INDICATOR_WIDTHS = [10, 9, 40, 8, 10, 10, 12]
FIRST_DATA_ROW = 3  # row 1 title, row 2 header
LINE_PT = 14.0  # one line of 10.5 pt 宋体

# Zip-bomb limits: a 1,500-action return is ~0.3 MB zipped, ~5 MB unzipped, ratios 10–25.
MAX_MEMBERS = 500
MAX_MEMBER_SIZE = 100 * 2**20
MAX_TOTAL_SIZE = 250 * 2**20
MAX_RATIO = 200
RATIO_FLOOR = 2**20  # small members may compress well beyond MAX_RATIO harmlessly


@dataclass(frozen=True)
class XlsxReturn:
    payload_bytes: bytes  # the canonical JSON exactly as signed
    signature: bytes | None  # the detached CMS signature, if the workbook carries one
    # Visible cells as text, per sheet; rows[i] is spreadsheet row i + 1, cells[j] column j + 1.
    visible_rows: dict[str, list[list[str]]]


@dataclass(frozen=True)
class CellDiff:
    address: str  # e.g. "台账!E7"
    expected: str
    found: str


# --- what the visible sheets must contain -------------------------------------------------------
def _ledger_title(payload: dict) -> str:
    return f"{table_title(payload)}(第{payload['version']}版)"


def expected_visible(payload: dict) -> dict[str, list[list[str]]]:
    """The visible cells ``write_return_xlsx`` writes for ``payload``, as text."""
    ledger = [[_ledger_title(payload)] + [""] * 9, list(HEADERS)]
    ledger += [row.cells for row in ledger_rows(payload)]
    indicators = [list(INDICATOR_HEADERS)]
    for ind in payload["indicators"]:
        indicators.append(
            [ind["key"], str(ind["measure"]), ind["what"], ind["unit"], ind["target"],
             SCOPE_LABELS[ind["scope"]], ind["reported"] or ""]
        )  # fmt: skip
    return {LEDGER: ledger, INDICATORS: indicators}


# --- writing ------------------------------------------------------------------------------------
def _chunks(text: str, limit: int = CHUNK_UTF16) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` UTF-16 units, never inside a surrogate pair."""
    out, start, units = [], 0, 0
    for i, ch in enumerate(text):
        w = 2 if ord(ch) > 0xFFFF else 1
        if units + w > limit:
            out.append(text[start:i])
            start, units = i, 0
        units += w
    if start < len(text) or not out:
        out.append(text[start:])
    return out


_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")
_HEAD_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_HEAD_FONT = Font(name="黑体", size=11, bold=True)
_BODY_FONT = Font(name="宋体", size=10.5)
_HEAD_FILL = PatternFill("solid", fgColor="E0E0E0")


def put_text(ws: Worksheet, row: int, col: int, value: str | int, **style) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value:
        # A string openpyxl would take for a formula (=, and + - @ for Excel) stays text.
        cell.data_type = "s"
        if value[0] in "=+-@":
            cell.quotePrefix = True
    for name, v in style.items():
        setattr(cell, name, v)


def _write_ledger(ws: Worksheet, payload: dict, rows: list[list[str]]) -> None:
    for col, width in enumerate(LEDGER_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    put_text(ws, 1, 1, rows[0][0], font=Font(name="宋体", size=16, bold=True))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[2].height = 2 * LINE_PT
    for col, text in enumerate(rows[1], 1):
        put_text(ws, 2, col, text, font=_HEAD_FONT, alignment=_HEAD_ALIGN, fill=_HEAD_FILL,
             border=_BORDER)  # fmt: skip
    for r, cells in enumerate(rows[2:], FIRST_DATA_ROW):
        ws.row_dimensions[r].height = _row_height(cells, LEDGER_WIDTHS)
        for col, text in enumerate(cells, 1):
            # 序号 and 任务编号 are numbers, so the ledger sorts and filters properly.
            value: str | int = int(text) if col <= 2 and text.isdigit() else text
            align = _CENTRE if col in (1, 2, 6) else _WRAP
            put_text(ws, r, col, value, font=_BODY_FONT, alignment=align, border=_BORDER)
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=1)
    ws.print_title_rows = "2:2"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(HEADERS))}{max(2, len(rows))}"
    page_setup(ws, landscape=True)
    unit = payload["unit"]["name"]
    ws.oddFooter.center.text = "第 &P 页,共 &N 页"
    ws.oddHeader.right.text = f"{unit} {period_label(payload['period'])}"


def _text_units(text: str) -> float:
    # Column widths count the default font's "0" (7 px); a 五号 宋体 Chinese glyph is 14 px.
    return sum(2.0 if ord(ch) >= 0x2E80 else 1.0 for ch in text)


def _row_height(cells: list[str], widths: list[float]) -> float:
    """Points needed to show every line: Excel and LibreOffice do not grow rows on opening."""
    lines = 1
    for text, width in zip(cells, widths, strict=True):
        room = max(width - 1.5, 1.0)  # cell padding
        # +1 unit per paragraph: a little slack for line-breaking rules moving a character down.
        n = sum(int((_text_units(para) + 1) // room) + 1 for para in text.split("\n"))
        lines = max(lines, n)
    return min(409.0, lines * LINE_PT + 4)  # 409 pt is Excel's maximum row height


def page_setup(ws: Worksheet, *, landscape: bool) -> None:
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # without it fitToWidth is ignored
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7


def _write_indicators(ws: Worksheet, rows: list[list[str]]) -> None:
    for col, width in enumerate(INDICATOR_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for col, text in enumerate(rows[0], 1):
        put_text(ws, 1, col, text, font=_HEAD_FONT, alignment=_HEAD_ALIGN, fill=_HEAD_FILL,
             border=_BORDER)  # fmt: skip
    for r, cells in enumerate(rows[1:], 2):
        ws.row_dimensions[r].height = _row_height(cells, INDICATOR_WIDTHS)
        for col, text in enumerate(cells, 1):
            # Targets and figures stay decimal text: exact, and equal to the signed JSON.
            put_text(ws, r, col, text, font=_BODY_FONT, alignment=_WRAP, border=_BORDER)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    page_setup(ws, landscape=False)


def write_data_sheet(
    ws: Worksheet, data: bytes, signature: bytes | None, marker: str = MARKER
) -> None:
    json_chunks = _chunks(data.decode("utf-8"))
    sig_chunks = _chunks(base64.b64encode(signature).decode("ascii")) if signature else []
    head = [
        ("format", marker),
        ("container_version", CONTAINER_VERSION),
        ("payload_sha256", hashlib.sha256(data).hexdigest()),
        ("payload_chunks", str(len(json_chunks))),
        ("signature_chunks", str(len(sig_chunks))),
    ]
    for r, (key, value) in enumerate(head, 1):
        put_text(ws, r, 1, key)
        put_text(ws, r, 2, value)
    r = len(head) + 1
    for kind, chunks in (("payload", json_chunks), ("signature", sig_chunks)):
        for chunk in chunks:
            put_text(ws, r, 1, kind)
            put_text(ws, r, 2, chunk)
            r += 1
    ws.sheet_state = "veryHidden"  # only a program (or the VBA editor) can show it


def write_return_xlsx(payload: dict, signature: bytes | None, *, check: bool = True) -> bytes:
    """The 台账 workbook of a return, with its canonical JSON and ``signature`` hidden inside.

    The payload must not contain control characters other than tab and newline (Excel cannot
    store them); ``canonical_bytes`` refuses them naming their path.
    """
    payload, data = canonical_form(payload)
    if check:
        validate(payload)
    visible = expected_visible(payload)
    wb = Workbook()
    ledger = wb.active
    ledger.title = LEDGER
    _write_ledger(ledger, payload, visible[LEDGER])
    _write_indicators(wb.create_sheet(INDICATORS), visible[INDICATORS])
    write_data_sheet(wb.create_sheet(DATA), data, signature)
    wb.active = 0
    props = wb.properties
    props.title = _ledger_title(payload)
    props.creator = payload["unit"]["name"]
    props.subject = f"{payload['unit']['code']} {payload['period']['code']} v{payload['version']}"
    props.keywords = f"return_id={payload['return_id']}"
    props.description = f"ip-tracker 报送数据,冻结于{cn_date(payload['frozen_at'])}"
    # Created = when the return was frozen (openpyxl wants naive UTC; it sets "modified" itself).
    frozen = datetime.datetime.fromisoformat(payload["frozen_at"].replace("Z", "+00:00"))
    props.created = frozen.astimezone(datetime.UTC).replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- reading ------------------------------------------------------------------------------------
def check_zip(data: bytes) -> None:
    """Refuse anything that is not a plausible xlsx container before any parser sees it."""
    if not data.startswith(b"PK\x03\x04"):
        raise DamagedFileError("文件不是 Excel 工作簿(.xlsx),或已损坏。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise DamagedFileError(f"工作簿包含 {len(infos)} 个部件,超过上限,拒绝打开。")
            names = {i.filename for i in infos}
            if not {"[Content_Types].xml", "xl/workbook.xml"} <= names:
                raise DamagedFileError("文件不是 Excel 工作簿(.xlsx),或已损坏。")
            total = 0
            for info in infos:
                _check_member(zf, info)
                total += info.file_size
                if total > MAX_TOTAL_SIZE:
                    raise DamagedFileError("工作簿解压后过大,疑似压缩炸弹,拒绝打开。")
    except zipfile.BadZipFile as exc:
        raise DamagedFileError("文件已损坏,无法作为 Excel 工作簿读取。") from exc


def _check_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    if info.flag_bits & 0x1:
        raise DamagedFileError("工作簿含有加密部件,无法读取。")
    size = info.file_size
    if size > MAX_MEMBER_SIZE:
        raise DamagedFileError(f"工作簿部件 {info.filename} 解压后过大,疑似压缩炸弹,拒绝打开。")
    if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
        raise DamagedFileError(f"工作簿部件 {info.filename} 压缩比异常,疑似压缩炸弹,拒绝打开。")
    # The sizes above are what the archive claims; inflate with a cap so a lie is caught too.
    read = 0
    with zf.open(info) as member:
        while chunk := member.read(1 << 20):
            if not read and b"<!DOCTYPE" in chunk[:4096].upper():
                # OOXML parts never declare a DTD; one that does is an entity-expansion attack.
                raise DamagedFileError(f"工作簿部件 {info.filename} 含有不允许的 DTD 声明。")
            read += len(chunk)
            if read > size:
                raise DamagedFileError(f"工作簿部件 {info.filename} 的实际大小与声明不符。")


def _sheet_states(data: bytes) -> dict[str, str]:
    """Sheet name -> state ("visible", "hidden", "veryHidden") from xl/workbook.xml."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            root = DefusedET.fromstring(zf.read("xl/workbook.xml"))
    except (DefusedXmlException, DefusedET.ParseError) as exc:
        raise DamagedFileError("工作簿结构(xl/workbook.xml)已损坏或不安全。") from exc
    return {
        sheet.get("name", ""): sheet.get("state", "visible") for sheet in root.iter(f"{ns}sheet")
    }


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def sheet_rows(sheet) -> list[list[str]]:
    """All cells from A1, as text; calamine starts at the first used cell, so pad to A1."""
    rows = sheet.to_python(skip_empty_area=False)
    return [[_text(v) for v in row] for row in rows]


def read_return_xlsx(data: bytes) -> XlsxReturn:
    """Read a return workbook; raise a DocumentError subclass saying what is wrong, in Chinese."""
    from python_calamine import CalamineError, CalamineWorkbook

    check_zip(data)
    names = list(_sheet_states(data))
    if DATA not in names:
        if LEDGER in names:
            raise HiddenSheetMissingError(
                "工作簿缺少隐藏的报送数据表(_return),可能经过另存或修改,无法核验。"
                "请使用 ip-tracker 重新导出。"
            )
        raise NotAReturnWorkbookError("这不是 ip-tracker 导出的报送工作簿。")
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = wb.sheet_names
        hidden = sheet_rows(wb.get_sheet_by_name(DATA))
        visible = {
            name: sheet_rows(wb.get_sheet_by_name(name))
            for name in (LEDGER, INDICATORS)
            if name in names
        }
    except (CalamineError, ValueError) as exc:  # a sheet listed but missing is a ValueError
        raise DamagedFileError(f"工作簿已损坏,无法读取:{exc}") from exc
    payload_bytes, signature = unpack_data_sheet(hidden)
    return XlsxReturn(payload_bytes, signature, visible)


def unpack_data_sheet(rows: list[list[str]], marker: str = MARKER) -> tuple[bytes, bytes | None]:
    def field(r: int, key: str) -> str:
        if len(rows) <= r or len(rows[r]) < 2 or rows[r][0] != key:
            raise NotAReturnWorkbookError("这不是 ip-tracker 导出的报送工作簿(数据表格式不符)。")
        return rows[r][1]

    if field(0, "format") != marker:
        raise NotAReturnWorkbookError("这不是 ip-tracker 导出的报送工作簿。")
    if field(1, "container_version") != CONTAINER_VERSION:
        raise NotAReturnWorkbookError("报送工作簿的版本较新,请升级 ip-tracker 后再导入。")
    digest = field(2, "payload_sha256")
    try:
        n_json, n_sig = int(field(3, "payload_chunks")), int(field(4, "signature_chunks"))
    except ValueError as exc:
        raise DamagedFileError("报送数据表已损坏(分块数不是整数)。") from exc
    body = rows[5 : 5 + n_json + n_sig]
    if len(body) != n_json + n_sig or any(
        len(row) < 2 or row[0] != ("payload" if k < n_json else "signature")
        for k, row in enumerate(body)
    ):
        raise DamagedFileError("报送数据表已损坏(数据分块缺失或顺序错乱)。")
    payload_bytes = "".join(row[1] for row in body[:n_json]).encode("utf-8")
    if hashlib.sha256(payload_bytes).hexdigest() != digest:
        raise DamagedFileError("报送数据表已损坏(数据摘要不符)。")
    signature = None
    if n_sig:
        try:
            signature = base64.b64decode("".join(row[1] for row in body[n_json:]), validate=True)
        except ValueError as exc:
            raise DamagedFileError("报送数据表中的签名已损坏。") from exc
    return payload_bytes, signature


def compare_visible(payload: dict, visible_rows: dict[str, list[list[str]]]) -> list[CellDiff]:
    """Every visible cell that differs from what the signed ``payload`` says, by address."""
    diffs: list[CellDiff] = []
    for sheet, expected in expected_visible(normalise(payload)).items():
        found = visible_rows.get(sheet)
        if found is None:
            diffs.append(CellDiff(f"{sheet}!A1", "(工作表)", "(缺失)"))
            continue
        height = max(len(expected), len(found))
        width = max([len(r) for r in expected] + [len(r) for r in found] + [0])
        for r in range(height):
            exp_row = expected[r] if r < len(expected) else []
            got_row = found[r] if r < len(found) else []
            for c in range(width):
                exp = exp_row[c] if c < len(exp_row) else ""
                got = got_row[c] if c < len(got_row) else ""
                if exp != got:
                    diffs.append(CellDiff(f"{sheet}!{get_column_letter(c + 1)}{r + 1}", exp, got))
    return diffs


__all__ = [
    "CellDiff",
    "DocumentError",
    "XlsxReturn",
    "check_zip",
    "compare_visible",
    "expected_visible",
    "read_return_xlsx",
    "write_return_xlsx",
]
