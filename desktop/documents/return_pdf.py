"""The return as an official-looking PDF (GB/T 9704-2012 layout), unsigned.

Page 1 starts the covering report (报告) in portrait; the 工作进展情况表 follows as 附件1 in
landscape. The canonical JSON travels inside as the associated file ``return.json``; the signer
adds its visible stamp inside ``SIGNATURE_BOX`` on page 1, which is always left empty.

Everything is drawn straight onto a reportlab canvas from pre-wrapped lines: platypus Paragraphs
and Tables are an order of magnitude too slow for 1,500 actions and do not follow the 禁则 rules.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal, InvalidOperation

from desktop import APP_NAME, __version__

from .fonts import HEI, SONG, measurer, register_fonts
from .layout import (
    BODY_CHAR_SPACE,
    BODY_PT,
    LAND_TEXT_W,
    LEFT,
    PAGE_H,
    PITCH,
    SIGNATURE_BOX,
    TITLE_PT,
    TOP,
    OfficialPdf,
    Row,
    Table,
    chapter_numeral,
)
from .linebreak import cjk_punctuation, wrap
from .payload import STATUS_LABELS, canonical_bytes, validate
from .rows import RELATION_LABELS, cn_date, ledger_rows, period_label, table_title

# SIGNATURE_BOX is where the signer stamps page 1 (see layout); callers import it from here.
__all__ = ["SIGNATURE_BOX", "progress_table", "render_return_pdf", "report_title"]

# The 工作进展情况表: (header, width in pt, centred). Widths add up to the landscape text width.
# Narrow headers break where a person would break them.
COLUMNS = [
    ("序号", 28.0, True),
    ("任务\n编号", 38.0, True),
    ("重点任务", 112.0, False),
    ("责任单位", 66.0, False),
    ("工作进展", 196.0, False),
    ("完成\n情况", 38.0, True),
    ("量化指标", 56.0, False),
    ("存在问题", 72.0, False),
    ("下一步计划", 72.0, False),
    ("佐证材料", 0.0, False),  # takes what is left
]
COLUMNS[-1] = ("佐证材料", LAND_TEXT_W - sum(w for _, w, _ in COLUMNS), False)
MERGED = (1, 2, 3)  # 任务编号, 重点任务, 责任单位 span all rows of one measure


# --- words ---------------------------------------------------------------------------------------
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


class _Pdf(OfficialPdf):
    def __init__(self, payload: dict):
        super().__init__(payload["frozen_at"])  # the file's dates are the return's: stable output
        self.payload = payload


# --- the two parts -----------------------------------------------------------------------------
def _counts(measures: list[dict]) -> dict[str, int]:
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for m in measures:
        counts[m["status"]] += 1
    return counts


def _cover(pdf: _Pdf) -> None:
    p = pdf.payload
    unit, period = p["unit"], p["period"]
    measures = p["measures"]
    pdf.start_page()

    # Left of the signature box: what this file is (份号/签发人 sit here in a 上行文).
    meta = [
        f"报送单位:{unit['name']}({unit['code']})",
        f"报送期:{period_label(period)}",
        f"版本:第{p['version']}版" + ("(更正)" if p["version"] > 1 else ""),
        f"编号:{p['return_id'][:8]}",
    ]
    c = pdf.c
    c.setFont(HEI, 10.5)
    for k, line in enumerate(meta):
        c.drawString(LEFT, PAGE_H - TOP - 14 - k * 17, cjk_punctuation(line))
    pdf.blank(4)

    title_measure = measurer(SONG, TITLE_PT)
    title = cjk_punctuation(report_title(p))
    full = title_measure(title)
    n_lines = int(full // (pdf.width - 2 * TITLE_PT)) + 1
    # Balanced lines (a long title is a trapezoid, not a full line and a stub).
    for line in wrap(title, full / n_lines + TITLE_PT, title_measure):
        pdf.text_line(line, size=TITLE_PT, align="center", bold=True)
    pdf.blank()
    pdf.paragraph("三明市市场监督管理局(知识产权局):", indent=0)

    me = _self_reference(unit["name"])
    pdf.paragraph(
        f"根据《{p['plan']['title']}》工作要求,现将{me}{period_label(period)}"
        f"({cn_date(period['start'])}至{cn_date(period['end'])})推进计划落实情况报告如下。"
    )
    if p["version"] > 1:
        sup = p["supersedes"]
        pdf.paragraph(
            f"本报告为更正报告(第{p['version']}版),替代第{sup['version']}版"
            f"(SHA-256:{sup['sha256'][:16]}…)。更正原因:{p['correction_reason']}"
        )

    counts = _counts(measures)
    relation = {k: sum(m["relation"] == k for m in measures) for k in RELATION_LABELS}
    actions = sum(len(m["actions"]) for m in measures)
    reported = len(measures) - counts["not_reported"]
    pdf.paragraph("一、总体情况", font=HEI, keep=3)
    parts = [f"牵头{relation['lead']}项", f"配合{relation['co']}项"]
    if relation["all_counties"]:
        parts.append(f"各县(市、区)共同承担{relation['all_counties']}项")
    pdf.paragraph(
        f"本期涉及推进计划任务{len(measures)}项({'、'.join(parts)}),已填报{reported}项,"
        f"报送工作举措{actions}条。其中已完成{counts['done']}项、推进中{counts['in_progress']}项、"
        f"未启动{counts['not_started']}项、不涉及{counts['not_applicable']}项,"
        f"未填报{counts['not_reported']}项。"
    )

    pdf.paragraph("二、各章任务推进情况", font=HEI, keep=4)
    pdf.blank(0.3)
    heads = ["章", "涉及", "已填报", "已完成", "推进中", "未启动", "不涉及"]
    num_w = 44.0
    summary = Table(
        widths=[pdf.width - num_w * 6] + [num_w] * 6,
        centred=[False] + [True] * 6,
        header=Row([]),
    )
    summary.header = Row(summary.wrap_row(heads, HEI), header=True)
    for ch in p["chapters"]:
        ms = [m for m in measures if m["chapter"] == ch["no"]]
        if not ms:
            continue
        n = _counts(ms)
        summary.add(
            [f"{chapter_numeral(ch['no'])}、{ch['title']}", str(len(ms)),
             str(len(ms) - n["not_reported"]), str(n["done"]), str(n["in_progress"]),
             str(n["not_started"]), str(n["not_applicable"])]
        )  # fmt: skip
    summary.add(
        ["合计", str(len(measures)), str(reported), str(counts["done"]),
         str(counts["in_progress"]), str(counts["not_started"]), str(counts["not_applicable"])]
    )  # fmt: skip
    if pdf.y - pdf.bottom < summary.header.height() + 3 * summary.rows[0].height():
        pdf.end_page()
        pdf.start_page()
    pdf.table(summary)
    pdf.y -= (pdf.y - pdf.bottom) % PITCH  # back onto the line grid
    pdf.blank(0.0)

    if p["indicators"]:
        pdf.paragraph("三、量化指标完成情况", font=HEI, keep=4)
        pdf.blank(0.3)
        ind_table = Table(
            widths=[pdf.width - 46 * 4 - 40, 40, 46, 46, 46, 46],
            centred=[False, True, True, True, True, True],
            header=Row([]),
        )
        ind_table.header = Row(
            ind_table.wrap_row(["指标", "任务", "目标", "口径", "本期报告", "占目标"], HEI),
            header=True,
        )
        for ind in p["indicators"]:
            got = ind["reported"]
            ind_table.add(
                [ind["what"], str(ind["measure"]), f"{ind['target']}{ind['unit']}",
                 "规划期" if ind["scope"] == "plan" else "年度",
                 "未报告" if got is None else f"{got}{ind['unit']}",
                 _percent(got, ind["target"])]
            )  # fmt: skip
        if pdf.y - pdf.bottom < ind_table.header.height() + 2 * ind_table.rows[0].height():
            pdf.end_page()
            pdf.start_page()
        pdf.table(ind_table)
        pdf.y -= (pdf.y - pdf.bottom) % PITCH
        pdf.paragraph("各项任务的工作进展、存在问题、下一步计划及佐证材料详见附件。")
    else:
        pdf.paragraph("各项任务的工作进展、存在问题、下一步计划及佐证材料详见附件。")

    # 特此报告 … date stay together with room for the seal (42 mm ≈ 4 lines above the date).
    people = p["people"]
    closing = 10
    pdf.ensure_lines(closing)
    pdf.paragraph("特此报告。")
    pdf.blank()
    pdf.paragraph("附件:1. 工作进展情况表", indent=2, hanging=5)
    pdf.blank(3)
    date = cn_date(p["frozen_at"])
    date_w = measurer(SONG, BODY_PT)(date) + BODY_CHAR_SPACE * len(date)
    date_x = pdf.left + pdf.width - 4 * BODY_PT - date_w  # 成文日期右空四字
    name = unit["name"]
    name_w = measurer(SONG, BODY_PT)(name) + BODY_CHAR_SPACE * len(name)
    # 发文机关署名 centred over the date.
    pdf.text_line(name, x=date_x + (date_w - name_w) / 2, char_space=BODY_CHAR_SPACE)
    pdf.text_line(date, x=date_x, char_space=BODY_CHAR_SPACE)
    pdf.blank()
    half = pdf.left + 2 * BODY_PT + pdf.width / 2 - BODY_PT
    row1 = [("填报人", people["filler"]), ("审核人", people["reviewer"])]
    row2 = [("单位负责人", people["head"]), ("联系电话", people["phone"])]
    for row in (row1, row2):
        y_before = pdf.y
        for k, (label, value) in enumerate(row):
            pdf.y = y_before
            x = pdf.left + 2 * BODY_PT if k == 0 else half
            pdf.text_line(cjk_punctuation(f"{label}:") + value, x=x, size=14)
    pdf.end_page()


def progress_table(payload: dict) -> Table:
    """The 工作进展情况表, wrapped and ready to paginate (also used by tests)."""
    register_fonts()
    table = Table(
        widths=[w for _, w, _ in COLUMNS],
        centred=[c for _, _, c in COLUMNS],
        header=Row([]),
        merged=MERGED,
        continued_col=1,
    )
    table.header = Row(table.wrap_row([h for h, _, _ in COLUMNS], HEI), header=True)
    for row in ledger_rows(payload):
        cells = row.cells
        if not row.first_in_measure:  # merged columns are drawn once per measure
            cells = ["" if k in MERGED else c for k, c in enumerate(cells)]
        table.add(cells, group=row.measure["no"], first_in_group=row.first_in_measure)
    return table


def _attachment(pdf: _Pdf) -> None:
    p = pdf.payload
    pdf.start_page(landscape_page=True)
    c = pdf.c
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
        continued_label=lambda row: f"{row.group}\n(续)",
    )
    pdf.end_page()


def render_return_pdf(payload: dict, *, check: bool = True) -> bytes:
    """The unsigned PDF of a return, with its canonical JSON embedded as ``return.json``.

    ``check=False`` skips JSON Schema validation when the caller has just validated the payload
    (it costs about as much as rendering); floats and control characters are refused regardless.
    """
    data = canonical_bytes(payload)
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
    _cover(pdf)
    _attachment(pdf)
    pdf.embed_json(data, "return.json", "ip-tracker return, canonical JSON (docs/return-format.md)")
    return pdf.finish()
