"""The return as an official-looking PDF (GB/T 9704-2012 layout), unsigned.

Page 1 starts the covering report (报告) in portrait; the 工作进展情况表 follows as 附件1 in
landscape. The canonical JSON travels inside as the associated file ``return.json``; the signer
adds its visible stamp inside ``SIGNATURE_BOX`` on page 1, which is always left empty.

Everything is drawn straight onto a reportlab canvas from pre-wrapped lines: platypus Paragraphs
and Tables are an order of magnitude too slow for 1,500 actions and do not follow the 禁则 rules.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from desktop import APP_NAME, __version__

from .fonts import HEI, SONG, measurer, register_fonts
from .linebreak import cjk_punctuation, wrap
from .payload import STATUS_LABELS, canonical_form, validate
from .rows import RELATION_LABELS, SCOPE_LABELS, cn_date, ledger_rows, period_label, table_title

# --- page geometry (GB/T 9704-2012 §5.2) -------------------------------------------------------
PAGE_W, PAGE_H = A4
TEXT_W, TEXT_H = 156 * mm, 225 * mm
TOP = 37 * mm
LEFT = 28 * mm
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
PITCH = TEXT_H / LINES_PER_PAGE  # 28.99 pt: 22 lines of 3号 fill the text area exactly
BODY_PT = 16.0  # 3号
TITLE_PT = 22.0  # 2号
FOLIO_PT = 14.0  # 4号
# 28 characters of 16 pt in 156 mm: glyphs sit 0.2 pt closer than their em.
BODY_CHAR_SPACE = (TEXT_W - CHARS_PER_LINE * BODY_PT) / CHARS_PER_LINE

# The attachment is landscape. GB/T 9704 would turn the 156 × 225 mm text area, but ten columns
# of 五号 text in 225 mm make rows so tall that a return runs to hundreds of pages; the table
# gets 257 × 160 mm (20 mm sides) instead, which is what county offices print such tables on.
LAND_W, LAND_H = landscape(A4)
LAND_LEFT = 20 * mm
LAND_TOP = 20 * mm
LAND_TEXT_W = LAND_W - 2 * LAND_LEFT
LAND_TEXT_H = 160 * mm

# Where the signer's visible stamp goes: page 1, top right of the text area, 60 mm × 3 lines.
# (x1, y1, x2, y2) in PDF points, origin bottom left, as pyHanko's SigFieldSpec box expects.
SIGNATURE_BOX: tuple[float, float, float, float] = (
    round(LEFT + TEXT_W - 60 * mm, 2),
    round(PAGE_H - TOP - 3 * PITCH, 2),
    round(LEFT + TEXT_W, 2),
    round(PAGE_H - TOP, 2),
)

TABLE_PT = 10.5  # 五号
TABLE_LEADING = 13.5
PAD_X, PAD_Y = 3.0, 3.0
RULE = 0.6

# The 工作进展情况表: (header, width in pt, centred). Widths add up to the landscape text width.
# Narrow headers break where a person would break them.
COLUMNS = [
    ("序号", 28.0, True),
    ("任务\n编号", 38.0, True),
    ("重点任务", 112.0, False),
    ("责任单位", 66.0, False),
    ("工作进展", 180.0, False),
    ("完成\n情况", 38.0, True),
    ("量化指标", 56.0, False),
    ("存在问题", 72.0, False),
    ("下一步计划", 72.0, False),
    ("佐证材料", 0.0, False),  # takes what is left
]
COLUMNS[-1] = ("佐证材料", LAND_TEXT_W - sum(w for _, w, _ in COLUMNS), False)
MERGED = (1, 2, 3)  # 任务编号, 重点任务, 责任单位 span all rows of one measure

CN_DIGITS = "〇一二三四五六七八九十"


# --- words ---------------------------------------------------------------------------------------
def chapter_numeral(no: int) -> str:
    return CN_DIGITS[no] if no <= 10 else str(no)


def report_title(payload: dict) -> str:
    who = payload["unit"]["name"] + period_label(payload["period"])
    title = f"{who}知识产权强市建设推进计划工作进展情况的报告"
    return title + "(更正)" if payload["version"] > 1 else title


def _self_reference(unit_name: str) -> str:
    for suffix, word in (("市", "我市"), ("县", "我县"), ("区", "我区")):
        if unit_name.endswith(suffix):
            return word
    return "我单位"


def _percent(reported: str | None, target: str) -> str:
    try:
        t = Decimal(target)
        if reported is None or t == 0:
            return "—"
        return f"{(Decimal(reported) * 100 / t).quantize(Decimal('0.1'))}%"
    except InvalidOperation:
        return "—"


# --- the table engine ---------------------------------------------------------------------------
@dataclass
class Row:
    cells: list[list[str]]  # wrapped lines per column
    group: int = -1  # rows of one measure share a group; merged columns draw once per group
    first_in_group: bool = True
    header: bool = False

    @property
    def lines(self) -> int:
        return max(len(c) for c in self.cells)

    def height(self) -> float:
        return self.lines * TABLE_LEADING + 2 * PAD_Y


@dataclass
class Table:
    widths: list[float]
    centred: list[bool]
    header: Row = field(default_factory=lambda: Row([[""]]))
    rows: list[Row] = field(default_factory=list)
    font: str = SONG
    header_font: str = HEI
    # Merged cells to show again when a group (measure) continues at the top of a page.
    continued: dict[int, dict[int, list[str]]] = field(default_factory=dict)

    @classmethod
    def with_header(cls, headers: list[str], widths: list[float], centred: list[bool]) -> Table:
        table = cls(widths, centred)
        table.header = Row(table.wrap_row(headers, table.header_font), header=True)
        return table

    def wrap_row(self, texts: list[str], font: str | None = None) -> list[list[str]]:
        measure = measurer(font or self.font, TABLE_PT)
        return [
            wrap(cjk_punctuation(text), w - 2 * PAD_X, measure)
            for text, w in zip(texts, self.widths, strict=True)
        ]

    def add(self, texts: list[str], *, group: int = -1, first_in_group: bool = True) -> None:
        self.rows.append(Row(self.wrap_row(texts), group, first_in_group))

    def reopen(self, row: Row) -> Row:
        """``row`` as the first on a page: its measure's merged cells are shown again."""
        again = self.continued.get(row.group)
        if row.first_in_group or again is None:
            return row
        cells = [again.get(k, lines) for k, lines in enumerate(row.cells)]
        return Row(cells, row.group, first_in_group=True)


def _split_row(row: Row, lines: int) -> tuple[Row, Row]:
    """Cut a row that is taller than a page after ``lines`` lines; the rest continues overleaf."""
    head = Row([c[:lines] for c in row.cells], row.group, row.first_in_group)
    tail = Row([c[lines:] or [""] for c in row.cells], row.group, False)
    return head, tail


def paginate(
    rows: list[Row],
    header_h: float,
    first_h: float,
    page_h: float,
    reopen: Callable[[Row], Row] = lambda row: row,
) -> Iterator[list[Row]]:
    """Group rows into pages: ``first_h``/``page_h`` are the heights free for rows + header."""
    space = first_h - header_h
    page: list[Row] = []
    queue = list(reversed(rows))
    while queue:
        row = queue.pop()
        if not page:
            row = reopen(row)
        h = row.height()
        if h <= space + 0.01:
            page.append(row)
            space -= h
            continue
        fit = int((space - 2 * PAD_Y) // TABLE_LEADING)
        full = page_h - header_h
        if h > full and fit >= 2:
            head, tail = _split_row(row, fit)
            page.append(head)
            queue.append(tail)
            space = 0
            continue
        queue.append(row)  # on the next page (the first page may stay empty: see _Pdf.table)
        yield page
        page, space = [], full
    yield page


# --- the canvas writer ---------------------------------------------------------------------------
class _Pdf:
    def __init__(self, payload: dict):
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SONG)
        self.page_no = 0
        self.payload = payload

    # pages
    def start_page(self, *, landscape_page: bool = False) -> None:
        self.page_no += 1
        self.c.setPageSize(landscape(A4) if landscape_page else A4)
        if landscape_page:
            self.left, self.top_y = LAND_LEFT, LAND_H - LAND_TOP
            self.width, self.height = LAND_TEXT_W, LAND_TEXT_H
        else:
            self.left, self.top_y, self.width, self.height = LEFT, PAGE_H - TOP, TEXT_W, TEXT_H
        self.y = self.top_y  # the cursor: top of the next line, in PDF coordinates

    def end_page(self) -> None:
        c = self.c
        folio = f"— {self.page_no} —"
        w = measurer(SONG, FOLIO_PT)(folio)
        # 7 mm below the text area; odd pages right, even pages left, one character in.
        y = self.top_y - self.height - 7 * mm - FOLIO_PT * 0.8
        x = self.left + self.width - FOLIO_PT - w if self.page_no % 2 else self.left + FOLIO_PT
        c.setFont(SONG, FOLIO_PT)
        c.drawString(x, y, folio)
        c.showPage()

    @property
    def bottom(self) -> float:
        return self.top_y - self.height

    # body text on the 22-line grid
    def lines_left(self) -> int:
        return int((self.y - self.bottom + 0.01) // PITCH)

    def ensure_lines(self, n: int) -> None:
        if self.lines_left() < n:
            self.end_page()
            self.start_page()

    def text_line(
        self,
        text: str,
        *,
        font: str = SONG,
        size: float = BODY_PT,
        x: float | None = None,
        align: str = "left",
        justify_to: float | None = None,
        char_space: float = 0.0,
        bold: bool = False,
    ) -> None:
        """Draw one line centred in the next grid line and move the cursor down one line."""
        self.ensure_lines(1)
        c = self.c
        measure = measurer(font, size)
        natural = measure(text) + char_space * len(text)
        x0 = self.left if x is None else x
        if align == "center":
            x0 = self.left + (self.width - natural) / 2
        elif align == "right":
            x0 = self.left + self.width - natural
        # Justify, unless a long unbreakable word left a gap that spacing would make glaring.
        if justify_to and len(text) > 1 and justify_to - natural < 2.5 * size:
            char_space += (justify_to - natural) / (len(text) - 1)
        baseline = self.y - PITCH / 2 - size * 0.36
        t = c.beginText(x0, baseline)
        t.setFont(font, size)
        t.setCharSpace(char_space)
        if bold:  # Song has no bold face: stroke the outline thinly, as 小标宋 looks
            t.setTextRenderMode(2)
            c.setLineWidth(size * 0.03)
        t.textOut(text)
        if bold:
            t.setTextRenderMode(0)  # Tr outlives the text object: reset it
        c.drawText(t)
        if bold:
            c.setLineWidth(1)
        self.y -= PITCH

    def paragraph(
        self, text: str, *, indent: int = 2, font: str = SONG, keep: int = 1, hanging: int = 0
    ) -> None:
        """A body paragraph: 3号, two-character first-line indent, justified like a grid."""
        text = cjk_punctuation(text)
        em = BODY_PT + BODY_CHAR_SPACE
        measure = measurer(font, BODY_PT)

        def spaced(s: str) -> float:
            return measure(s) + BODY_CHAR_SPACE * len(s)

        first = "\u3000" * indent + text
        lines = wrap(first, self.width, spaced, squeeze=em)
        if hanging and len(lines) > 1:  # continuation lines align after a label ("附件:" …)
            rest = "".join(lines[1:])
            lines = lines[:1] + wrap(rest, self.width - hanging * em, spaced, squeeze=em)
        self.ensure_lines(min(keep, len(lines)))
        for k, line in enumerate(lines):
            last = k == len(lines) - 1
            x = self.left + (hanging * em if hanging and k else 0)
            width = self.width - (hanging * em if hanging and k else 0)
            self.text_line(
                line,
                font=font,
                x=x,
                char_space=BODY_CHAR_SPACE,
                justify_to=None if last else width,
            )

    def blank(self, n: int = 1) -> None:
        self.y -= PITCH * n

    # tables
    def table(
        self,
        table: Table,
        *,
        first_page_space: float | None = None,
        new_page: Callable[[], None] | None = None,
    ) -> None:
        header_h = table.header.height()
        space = self.y - self.bottom if first_page_space is None else first_page_space
        pages = paginate(table.rows, header_h, space, self.height, table.reopen)
        for k, rows in enumerate(pages):
            if k:
                self.end_page()
                (new_page or self.start_page)()
            if rows:  # no room for a row under the header here: start overleaf instead
                self._draw_table_page(table, rows)

    def _draw_table_page(self, table: Table, rows: list[Row]) -> None:
        c = self.c
        x_edges = [self.left]
        for w in table.widths:
            x_edges.append(x_edges[-1] + w)
        top = self.y
        text = c.beginText()
        text.setLeading(TABLE_LEADING)
        grey_h = table.header.height()
        c.setFillGray(0.88)
        c.rect(self.left, top - grey_h, x_edges[-1] - self.left, grey_h, stroke=0, fill=1)
        c.setFillGray(0)
        path = c.beginPath()
        y = top
        # Column ranges a rule crosses inside a measure (the merged columns are skipped).
        open_spans, start = [], None
        for col in range(len(table.widths) + 1):
            inside = col < len(table.widths) and col not in MERGED
            if inside and start is None:
                start = col
            elif not inside and start is not None:
                open_spans.append((start, col))
                start = None
        placed = [(table.header, True)] + [(row, False) for row in rows]
        for row, is_header in placed:
            h = row.height()
            font = table.header_font if is_header else table.font
            text.setFont(font, TABLE_PT)
            measure = measurer(font, TABLE_PT)
            for col, lines in enumerate(row.cells):
                left, width = x_edges[col], table.widths[col]
                block_h = len(lines) * TABLE_LEADING
                # Headers sit in the middle of their cell; data starts at the top.
                first = y - PAD_Y - (h - 2 * PAD_Y - block_h) / 2 if is_header else y - PAD_Y
                base = first - TABLE_LEADING / 2 - TABLE_PT * 0.36
                if table.centred[col] or is_header:
                    for n, line in enumerate(lines):
                        if line:
                            lx = left + (width - measure(line)) / 2
                            text.setTextOrigin(lx, base - n * TABLE_LEADING)
                            text.textOut(line)
                elif any(lines):
                    # One origin per cell, then T* per line: textOut would measure every line.
                    text.setTextOrigin(left + PAD_X, base)
                    for line in lines:
                        text.textLine(line)
            # The rule above this row; merged columns get one only above a measure's first row.
            spans = [(0, len(table.widths))]
            if not (is_header or row.first_in_group):
                spans = open_spans
            for start, end in spans:
                path.moveTo(x_edges[start], y)
                path.lineTo(x_edges[end], y)
            y -= h
        path.moveTo(x_edges[0], y)
        path.lineTo(x_edges[-1], y)
        for x in x_edges:
            path.moveTo(x, top)
            path.lineTo(x, y)
        c.drawText(text)
        c.setLineWidth(RULE)
        c.drawPath(path, stroke=1, fill=0)
        c.setLineWidth(1)
        self.y = y

    # the associated file
    def embed_json(self, data: bytes, name: str = "return.json") -> None:
        doc = self.c._doc
        frozen = self.payload["frozen_at"]
        stream = PDFStream(
            PDFDictionary(
                {
                    "Type": "/EmbeddedFile",
                    "Subtype": "/application#2Fjson",
                    "Params": PDFDictionary(
                        {
                            "Size": len(data),
                            "CheckSum": PDFString(hashlib.md5(data).digest(), enc="raw"),
                            "ModDate": PDFString(_pdf_date(frozen)),
                        }
                    ),
                }
            ),
            content=data,
        )
        ref = doc.Reference(stream)
        spec = doc.Reference(
            PDFDictionary(
                {
                    "Type": "/Filespec",
                    "F": PDFString(name),
                    "UF": PDFString(name),
                    "Desc": PDFString("ip-tracker return, canonical JSON (docs/return-format.md)"),
                    "AFRelationship": "/Data",
                    "EF": PDFDictionary({"F": ref, "UF": ref}),
                }
            )
        )
        catalog = doc.Catalog
        catalog.Names = PDFDictionary(
            {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name), spec])})}
        )
        # reportlab writes only the catalog keys it knows; /AF (PDF 2.0, PDF/A-3) is added here.
        catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "AF"]
        catalog.AF = PDFArray([spec])

    def finish(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def _pdf_date(iso: str) -> str:
    """2025-04-08T10:15:00+08:00 -> D:20250408101500+08'00'."""
    digits = iso[:19].replace("-", "").replace(":", "").replace("T", "")
    tz = iso[19:].lstrip(".0123456789")
    if tz in ("Z", ""):
        return f"D:{digits}Z"
    return f"D:{digits}{tz[:3]}'{tz[4:6]}'"


# --- the two parts -----------------------------------------------------------------------------
def _counts(measures: list[dict]) -> dict[str, int]:
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for m in measures:
        counts[m["status"]] += 1
    return counts


def _status_cells(measures: list[dict]) -> list[str]:
    n = _counts(measures)
    return [str(len(measures)), str(len(measures) - n["not_reported"])] + [
        str(n[k]) for k in ("done", "in_progress", "not_started", "not_applicable")
    ]


def _cover_head(pdf: _Pdf) -> None:
    p = pdf.payload
    unit = p["unit"]
    # Left of the signature box: what this file is (份号/签发人 sit here in a 上行文).
    meta = [
        f"报送单位:{unit['name']}({unit['code']})",
        f"报送期:{period_label(p['period'])}",
        f"版本:第{p['version']}版",
        f"编号:{p['return_id'][:8]}",
    ]
    if p["supersedes"]:  # which file this one replaces, checkable against its hash
        sup = p["supersedes"]
        meta[2] += f"(更正第{sup['version']}版 {sup['sha256'][:8]})"
    pdf.c.setFont(HEI, 10.5)
    for k, line in enumerate(meta):
        pdf.c.drawString(LEFT, PAGE_H - TOP - 14 - k * 17, cjk_punctuation(line))
    pdf.blank(4)  # below SIGNATURE_BOX

    measure = measurer(SONG, TITLE_PT)
    title = cjk_punctuation(report_title(p))
    full = measure(title)
    n_lines = int(full // (pdf.width - 2 * TITLE_PT)) + 1
    # Balanced lines: a long title is a trapezoid, not a full line and a stub.
    for line in wrap(title, full / n_lines + TITLE_PT, measure):
        pdf.text_line(line, size=TITLE_PT, align="center", bold=True)
    pdf.blank()
    pdf.paragraph("三明市市场监督管理局(知识产权局):", indent=0)

    period = p["period"]
    me = _self_reference(unit["name"])
    pdf.paragraph(
        f"根据《{p['plan']['title']}》工作要求,现将{me}{period_label(period)}"
        f"({cn_date(period['start'])}至{cn_date(period['end'])})推进计划落实情况报告如下。"
    )
    if p["version"] > 1:
        sup = p["supersedes"]
        pdf.paragraph(
            f"本报告为更正报告(第{p['version']}版),替代第{sup['version']}版。"
            f"更正原因:{p['correction_reason']}"
        )


def _cover_summary(pdf: _Pdf) -> None:
    p = pdf.payload
    measures = p["measures"]
    counts = _counts(measures)
    relation = {k: sum(m["relation"] == k for m in measures) for k in RELATION_LABELS}
    actions = sum(len(m["actions"]) for m in measures)
    reported = len(measures) - counts["not_reported"]
    pdf.paragraph("一、总体情况", font=HEI, keep=3)
    # Name only the kinds of relation the unit has: a county leads nothing, a department
    # has no counterpart measures.
    labels = {
        "lead": "牵头{}项",
        "co": "配合{}项",
        "all_counties": "各县(市、区)共同承担{}项",
        "counterpart": "对口承担市局牵头任务{}项",
        "none": "其他{}项",
    }
    parts = [labels[kind].format(n) for kind, n in relation.items() if n and kind in labels]
    pdf.paragraph(
        f"本期涉及推进计划任务{len(measures)}项({'、'.join(parts)}),已填报{reported}项,"
        f"报送工作举措{actions}条。其中已完成{counts['done']}项、推进中{counts['in_progress']}项、"
        f"未启动{counts['not_started']}项、不涉及{counts['not_applicable']}项,"
        f"未填报{counts['not_reported']}项。"
    )

    pdf.paragraph("二、各章任务推进情况", font=HEI, keep=4)
    num_w = 44.0
    summary = Table.with_header(
        ["章", "涉及", "已填报", "已完成", "推进中", "未启动", "不涉及"],
        widths=[pdf.width - num_w * 6] + [num_w] * 6,
        centred=[False] + [True] * 6,
    )
    for ch in p["chapters"]:
        in_chapter = [m for m in measures if m["chapter"] == ch["no"]]
        if in_chapter:
            name = f"{chapter_numeral(ch['no'])}、{ch['title']}"
            summary.add([name, *_status_cells(in_chapter)])
    summary.add(["合计", *_status_cells(measures)])
    _small_table(pdf, summary, min_rows=3)


def _cover_indicators(pdf: _Pdf) -> None:
    p = pdf.payload
    if p["indicators"]:
        pdf.paragraph("三、量化指标完成情况", font=HEI, keep=4)
        table = Table.with_header(
            ["指标", "任务", "目标", "口径", "本期报告", "占目标"],
            widths=[pdf.width - 36 - 48 * 3 - 60, 36, 48, 48, 60, 48],
            centred=[False, True, True, True, True, True],
        )
        for ind in p["indicators"]:
            got = ind["reported"]
            table.add(
                [ind["what"], str(ind["measure"]), f"{ind['target']}{ind['unit']}",
                 SCOPE_LABELS[ind["scope"]], "未报告" if got is None else f"{got}{ind['unit']}",
                 _percent(got, ind["target"])]
            )  # fmt: skip
        _small_table(pdf, table, min_rows=2)
    pdf.paragraph("各项任务的工作进展、存在问题、下一步计划及佐证材料详见附件。")


def _small_table(pdf: _Pdf, table: Table, *, min_rows: int) -> None:
    """A table inside the report; the text after it goes back onto the line grid."""
    pdf.y -= PITCH * 0.3
    rows_h = sum(r.height() for r in table.rows[:min_rows])
    if pdf.y - pdf.bottom < table.header.height() + rows_h:
        pdf.end_page()
        pdf.start_page()
    pdf.table(table)
    pdf.y -= PITCH * 0.25
    pdf.y -= (pdf.y - pdf.bottom) % PITCH  # snap down to the next grid line


def _cover_closing(pdf: _Pdf) -> None:
    """特此报告 … the date and the people, kept together, with room for the seal."""
    p = pdf.payload
    pdf.ensure_lines(10)
    pdf.paragraph("特此报告。")
    pdf.blank()
    pdf.paragraph("附件:1. 工作进展情况表", indent=2, hanging=5)
    # Three empty lines and the two below: a 42 mm seal presses on the name and date (§7.3.5).
    pdf.blank(3)
    spaced = measurer(SONG, BODY_PT)
    date = cn_date(p["frozen_at"])
    name = p["unit"]["name"]
    date_w = spaced(date) + BODY_CHAR_SPACE * len(date)
    name_w = spaced(name) + BODY_CHAR_SPACE * len(name)
    date_x = pdf.left + pdf.width - 4 * BODY_PT - date_w  # 成文日期右空四字
    pdf.text_line(name, x=date_x + (date_w - name_w) / 2, char_space=BODY_CHAR_SPACE)
    pdf.text_line(date, x=date_x, char_space=BODY_CHAR_SPACE)
    pdf.blank()
    people = p["people"]
    second_column = pdf.left + pdf.width / 2 + BODY_PT
    for pair in (
        (("填报人", people["filler"]), ("审核人", people["reviewer"])),
        (("单位负责人", people["head"]), ("联系电话", people["phone"])),
    ):
        top = pdf.y
        for x, (label, value) in zip((pdf.left + 2 * BODY_PT, second_column), pair, strict=True):
            pdf.y = top
            pdf.text_line(cjk_punctuation(f"{label}:") + value, x=x, size=14)


def _cover(pdf: _Pdf) -> None:
    pdf.start_page()
    pdf.c.bookmarkPage("report")
    pdf.c.addOutlineEntry("报告", "report")
    _cover_head(pdf)
    _cover_summary(pdf)
    _cover_indicators(pdf)
    _cover_closing(pdf)
    pdf.end_page()


def progress_table(payload: dict) -> Table:
    """The 工作进展情况表, wrapped and ready to paginate (also used by tests)."""
    register_fonts()
    table = Table.with_header(
        [h for h, _, _ in COLUMNS],
        widths=[w for _, w, _ in COLUMNS],
        centred=[c for _, _, c in COLUMNS],
    )
    for row in ledger_rows(payload):
        cells, no = row.cells, row.measure["no"]
        if row.first_in_measure:
            # Shown again, marked 续, when the measure carries on at the top of a page.
            again = ["", f"{no}\n(续)", cells[2]] + [""] * (len(cells) - 3)
            table.continued[no] = {k: lines for k, lines in enumerate(table.wrap_row(again))
                                   if k in MERGED}  # fmt: skip
        else:  # merged columns are drawn once per measure
            cells = ["" if k in MERGED else c for k, c in enumerate(cells)]
        table.add(cells, group=no, first_in_group=row.first_in_measure)
    if not table.rows:  # an empty table would look like a printing fault
        table.add(["", "", "本期无涉及任务", "", "", "", "", "", "", ""])
    return table


def _attachment(pdf: _Pdf) -> None:
    p = pdf.payload
    pdf.start_page(landscape_page=True)
    c = pdf.c
    c.bookmarkPage("attachment1")
    c.addOutlineEntry("附件1 工作进展情况表", "attachment1")
    c.setFont(HEI, BODY_PT)
    c.drawString(pdf.left, pdf.y - BODY_PT, "附件1")
    title = cjk_punctuation(table_title(p))
    c.setFont(SONG, 20)
    tw = measurer(SONG, 20)(title)
    c.drawString(pdf.left + (pdf.width - tw) / 2, pdf.y - BODY_PT - 34, title)
    info = cjk_punctuation(
        f"填报单位(盖章):{p['unit']['name']}    报送期:{period_label(p['period'])}"
        f"    填报日期:{cn_date(p['frozen_at'])}    版本:第{p['version']}版"
    )
    c.setFont(SONG, 12)
    c.drawString(pdf.left, pdf.y - BODY_PT - 62, info)
    pdf.y -= BODY_PT + 72

    def new_page() -> None:
        pdf.start_page(landscape_page=True)

    pdf.table(
        progress_table(p),
        new_page=new_page,
    )
    pdf.end_page()


def render_return_pdf(payload: dict, *, check: bool = True) -> bytes:
    """The unsigned PDF of a return, with its canonical JSON embedded as ``return.json``.

    ``check=False`` skips JSON Schema validation when the caller has just validated the payload
    (it costs about as much as rendering); floats and control characters are refused regardless.
    """
    payload, data = canonical_form(payload)
    if check:
        validate(payload)
    register_fonts()
    pdf = _Pdf(payload)
    c = pdf.c
    title = cjk_punctuation(report_title(payload))
    c.setTitle(title)
    c.setAuthor(payload["unit"]["name"])
    c.setSubject(
        f"{payload['unit']['name']} {payload['period']['code']} 推进计划工作进展情况 "
        f"第{payload['version']}版"
    )
    c.setCreator(f"{APP_NAME} {__version__}")
    c.setKeywords(
        f"return_id={payload['return_id']} version={payload['version']} "
        f"sha256={hashlib.sha256(data).hexdigest()}"
    )
    frozen = _pdf_date(payload["frozen_at"])
    c.setDateFormatter(lambda *_: frozen)  # the file's dates are the return's, so output is stable
    # ASCII85 on top of Flate only makes files bigger and costs ~0.4 s for 300 pages.
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        _cover(pdf)
        _attachment(pdf)
        pdf.embed_json(data)
        return pdf.finish()
    finally:
        rl_config.useA85 = saved
