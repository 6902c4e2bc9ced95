"""GB/T 9704-2012 pages drawn straight onto a reportlab canvas: the 22-line grid, folios,
justified 3号 paragraphs, ruled tables that paginate with a repeated header, and the embedded
JSON (the associated file). Shared by the unit's return and the city's report.

Platypus Paragraphs and Tables are an order of magnitude too slow for thousands of rows and do
not follow the 禁则 rules, hence this small engine.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from .fonts import HEI, SONG, measurer
from .linebreak import cjk_punctuation, wrap

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

CN_DIGITS = "〇一二三四五六七八九十"


def chapter_numeral(no: int) -> str:
    return CN_DIGITS[no] if no <= 10 else str(no)


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
    header: Row
    rows: list[Row] = field(default_factory=list)
    font: str = SONG
    header_font: str = HEI
    merged: tuple[int, ...] = ()  # columns that span all rows of a group (drawn once)
    continued_col: int = 0  # where "(续)" goes when a page starts inside a group

    def wrap_row(self, texts: list[str], font: str | None = None) -> list[list[str]]:
        measure = measurer(font or self.font, TABLE_PT)
        return [
            wrap(cjk_punctuation(text), w - 2 * PAD_X, measure)
            for text, w in zip(texts, self.widths, strict=True)
        ]

    def add(self, texts: list[str], *, group: int = -1, first_in_group: bool = True) -> None:
        self.rows.append(Row(self.wrap_row(texts), group, first_in_group))


def split_row(row: Row, lines: int) -> tuple[Row, Row]:
    """Cut a row that is taller than a page after ``lines`` lines; the rest continues overleaf."""
    head = Row([c[:lines] for c in row.cells], row.group, row.first_in_group)
    tail = Row([c[lines:] or [""] for c in row.cells], row.group, False)
    return head, tail


def paginate(
    rows: list[Row], header_h: float, first_h: float, page_h: float
) -> Iterator[list[Row]]:
    """Group rows into pages: ``first_h``/``page_h`` are the heights free for rows + header."""
    space = first_h - header_h
    page: list[Row] = []
    queue = list(reversed(rows))
    while queue:
        row = queue.pop()
        h = row.height()
        if h <= space + 0.01:
            page.append(row)
            space -= h
            continue
        fit = int((space - 2 * PAD_Y) // TABLE_LEADING)
        full = page_h - header_h
        if h > full and fit >= 2:
            head, tail = split_row(row, fit)
            page.append(head)
            queue.append(tail)
            space = 0
            continue
        if not page and fit < 1:
            raise ValueError("table header does not fit on a page")
        queue.append(row)
        yield page
        page, space = [], full
    yield page


# --- the canvas writer ---------------------------------------------------------------------------
class OfficialPdf:
    """A document on the GB/T 9704 grid; ``dated`` (ISO) is its date, for stable output."""

    def __init__(self, dated: str):
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SONG)
        self.page_no = 0
        self.landscape = False
        self.dated = dated
        stamp = pdf_date(dated)
        self.c.setDateFormatter(lambda *_: stamp)

    # pages
    def start_page(self, *, landscape_page: bool = False) -> None:
        self.page_no += 1
        self.landscape = landscape_page
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
        lines = wrap(first, self.width - hanging * em + 0.01, spaced) if not hanging else []
        if hanging:  # continuation lines align under the text after a label ("附件:" …)
            lines = wrap(first, self.width, spaced)
            rest = "".join(lines[1:])
            lines = lines[:1] + wrap(rest, self.width - hanging * em, spaced) if rest else lines
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
        continued_label: Callable[[Row], str] | None = None,
    ) -> None:
        header_h = table.header.height()
        space = self.y - self.bottom if first_page_space is None else first_page_space
        pages = paginate(table.rows, header_h, space, self.height)
        for k, rows in enumerate(pages):
            if k:
                self.end_page()
                (new_page or self.start_page)()
            self._draw_table_page(table, rows, continued_label)

    def _draw_table_page(
        self, table: Table, rows: list[Row], continued_label: Callable[[Row], str] | None
    ) -> None:
        c = self.c
        x_edges = [self.left]
        for w in table.widths:
            x_edges.append(x_edges[-1] + w)
        top = self.y
        text = c.beginText()
        grey_h = table.header.height()
        c.setFillGray(0.88)
        c.rect(self.left, top - grey_h, x_edges[-1] - self.left, grey_h, stroke=0, fill=1)
        c.setFillGray(0)
        path = c.beginPath()
        y = top
        placed = [(table.header, True)]
        for i, row in enumerate(rows):
            if i == 0 and not row.first_in_group:
                # The page starts inside a measure: its merged cells open again here.
                label = [""] * len(row.cells)
                if continued_label:
                    label[table.continued_col] = continued_label(row)
                wrapped = table.wrap_row(label)
                cells = [
                    wrapped[k] if k in table.merged else cells for k, cells in enumerate(row.cells)
                ]
                row = Row(cells, row.group, first_in_group=True)
            placed.append((row, False))
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
                for n, line in enumerate(lines):
                    if not line:
                        continue
                    lx = left + PAD_X
                    if table.centred[col] or is_header:
                        lx = left + (width - measure(line)) / 2
                    base = first - n * TABLE_LEADING - TABLE_LEADING / 2 - TABLE_PT * 0.36
                    text.setTextOrigin(lx, base)
                    text.textOut(line)
            # The rule above this row; merged columns get one only above a measure's first row.
            for col in range(len(table.widths)):
                if is_header or row.first_in_group or col not in table.merged:
                    path.moveTo(x_edges[col], y)
                    path.lineTo(x_edges[col + 1], y)
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
    def embed_json(self, data: bytes, name: str, description: str) -> None:
        doc = self.c._doc
        frozen = self.dated
        stream = PDFStream(
            PDFDictionary(
                {
                    "Type": "/EmbeddedFile",
                    "Subtype": "/application#2Fjson",
                    "Params": PDFDictionary(
                        {
                            "Size": len(data),
                            "CheckSum": PDFString(hashlib.md5(data).digest(), enc="raw"),
                            "ModDate": PDFString(pdf_date(frozen)),
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
                    "Desc": PDFString(description),
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


def pdf_date(iso: str) -> str:
    """2025-04-08T10:15:00+08:00 -> D:20250408101500+08'00'."""
    digits = iso[:19].replace("-", "").replace(":", "").replace("T", "")
    tz = iso[19:].lstrip(".0123456789")
    if tz in ("Z", ""):
        return f"D:{digits}Z"
    return f"D:{digits}{tz[:3]}'{tz[4:6]}'"
