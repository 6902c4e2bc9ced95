"""The return as an official-looking PDF (GB/T 9704-2012 layout), unsigned.

Page 1 starts the covering report (报告) in portrait; the 工作进展情况表 follows as 附件1 in
landscape. The canonical JSON travels inside as the associated file ``return.json``; the signer
adds its visible stamp inside ``SIGNATURE_BOX`` on page 1, which is always left empty.

Pages, grid, tables and the embedded file are layout.py's engine (shared with the city report);
this module has what is particular to a return: its report text, its columns, its attachment.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal, InvalidOperation

from .fonts import HEI, register_fonts
from .layout import (
    BODY_CHAR_SPACE,
    BODY_PT,
    LAND_TEXT_H,
    LAND_TEXT_W,
    PITCH,
    SIGNATURE_BOX,
    TEXT_H,
    TEXT_W,
    OfficialPdf,
    Table,
    chapter_numeral,
    paginate,
    plain_streams,
)
from .linebreak import cjk_punctuation
from .payload import STATUS_LABELS, canonical_form, validate
from .rows import RELATION_LABELS, SCOPE_LABELS, cn_date, ledger_rows, period_label, table_title

# Imported from here by the exchange and the tests; the page engine itself is layout.py's.
__all__ = [
    "BODY_CHAR_SPACE",
    "BODY_PT",
    "COLUMNS",
    "LAND_TEXT_H",
    "PITCH",
    "SIGNATURE_BOX",
    "TEXT_H",
    "TEXT_W",
    "paginate",
    "progress_table",
    "render_return_pdf",
    "report_title",
]

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
REPEATED = (1, 2)  # shown again, marked 续, when a measure carries on at the top of a page


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


# --- the two parts -----------------------------------------------------------------------------
class _Pdf(OfficialPdf):
    def __init__(self, payload: dict):
        super().__init__(payload["frozen_at"])
        self.payload = payload


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
    meta = [
        f"报送单位:{unit['name']}({unit['code']})",
        f"报送期:{period_label(p['period'])}",
        f"版本:第{p['version']}版",
        f"编号:{p['return_id'][:8]}",
    ]
    if p["supersedes"]:  # which file this one replaces, checkable against its hash
        sup = p["supersedes"]
        meta[2] += f"(更正第{sup['version']}版 {sup['sha256'][:8]})"
    pdf.meta_block(meta)
    pdf.title(report_title(p))
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
    pdf.small_table(summary, min_rows=3)


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
        pdf.small_table(table, min_rows=2)
    pdf.paragraph("各项任务的工作进展、存在问题、下一步计划及佐证材料详见附件。")


def _cover_closing(pdf: _Pdf) -> None:
    """特此报告 … the date and the people, kept together, with room for the seal."""
    p = pdf.payload
    pdf.ensure_lines(10)
    pdf.paragraph("特此报告。")
    pdf.blank()
    pdf.paragraph("附件:1. 工作进展情况表", indent=2, hanging=5)
    # Three empty lines and the two below: a 42 mm seal presses on the name and date (§7.3.5).
    pdf.blank(3)
    pdf.issuer_and_date(p["unit"]["name"], cn_date(p["frozen_at"]))
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
    pdf.outline("report", "报告")
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
        merged=MERGED,
        continued_col=1,
        repeated=REPEATED,
    )
    for row in ledger_rows(payload):
        table.add(row.cells, group=row.measure["no"], first_in_group=row.first_in_measure)
    if not table.rows:  # an empty table would look like a printing fault
        table.add(["", "", "本期无涉及任务", "", "", "", "", "", "", ""])
    return table


def _attachment(pdf: _Pdf) -> None:
    p = pdf.payload
    info = (
        f"填报单位(盖章):{p['unit']['name']}    报送期:{period_label(p['period'])}"
        f"    填报日期:{cn_date(p['frozen_at'])}    版本:第{p['version']}版"
    )
    pdf.attachment_page(
        "附件1", table_title(p), info, outline=("attachment1", "附件1 工作进展情况表")
    )
    pdf.table(progress_table(p))
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
    pdf = _Pdf(payload)  # the file's dates are the return's, so output is stable
    pdf.describe(
        title=cjk_punctuation(report_title(payload)),
        author=payload["unit"]["name"],
        subject=f"{payload['unit']['name']} {payload['period']['code']} 推进计划工作进展情况 "
        f"第{payload['version']}版",
        keywords=f"return_id={payload['return_id']} version={payload['version']} "
        f"sha256={hashlib.sha256(data).hexdigest()}",
    )
    with plain_streams():
        _cover(pdf)
        _attachment(pdf)
        pdf.embed_json(
            data, "return.json", "ip-tracker return, canonical JSON (docs/return-format.md)"
        )
        return pdf.finish()
