"""The city report as a GB/T 9704 document to the province, unsigned.

Portrait report (报告) with charts drawn by reportlab graphics; 附件1 (landscape) is the merged
table by measure with each unit's work, header repeated on every page; 附件2 lists the signed
returns the report was built from. The report JSON travels inside as ``city-report.json``.
Pages, fonts, folios, wrapping, tables (a measure carried onto a new page names its task again,
marked 续), the outline and the embedded file are the engine the return uses (layout.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from .fonts import HEI, register_fonts
from .layout import LAND_TEXT_W, PITCH, OfficialPdf, Table, chapter_numeral, plain_streams
from .linebreak import cjk_punctuation
from .payload import STATUS_LABELS
from .rows import beijing, cn_date, figures_text, period_label, progress_text, short_task

ADDRESSEE = "福建省知识产权局"
STATUS_ORDER = ("done", "in_progress", "not_started", "not_applicable", "not_reported")
STATUS_COLOURS = {
    "done": colors.HexColor("#2E7D32"),
    "in_progress": colors.HexColor("#1565C0"),
    "not_started": colors.HexColor("#EF6C00"),
    "not_applicable": colors.HexColor("#9E9E9E"),
    "not_reported": colors.HexColor("#D9D9D9"),
}

# 附件1: (header, width in pt, centred); the last column takes what is left.
COLUMNS = [
    ("任务\n编号", 38.0, True),
    ("重点任务", 104.0, False),
    ("报送\n单位", 48.0, True),
    ("工作进展", 236.0, False),
    ("完成\n情况", 38.0, True),
    ("量化指标", 58.0, False),
    ("存在问题", 92.0, False),
    ("下一步计划", 0.0, False),
]
COLUMNS[-1] = ("下一步计划", LAND_TEXT_W - sum(w for _, w, _ in COLUMNS), False)
MERGED = (0, 1)  # 任务编号 and 重点任务 span all rows of one measure


def report_title(report: dict) -> str:
    return f"三明市{period_label(report['period'])}知识产权强市建设推进计划工作进展情况的报告"


def merged_table_title(report: dict) -> str:
    return f"三明市{period_label(report['period'])}知识产权强市建设推进计划工作进展汇总表"


def _percent(total: str | None, target: str) -> str:
    try:
        t = Decimal(target)
        if total is None or t == 0:
            return "—"
        return f"{(Decimal(total) * 100 / t).quantize(Decimal('0.1'))}%"
    except InvalidOperation:
        return "—"


class _Report(OfficialPdf):
    def __init__(self, report: dict, payloads: dict[str, dict]):
        super().__init__(report["issued_at"])
        self.report = report
        self.payloads = payloads
        self.names = {u["code"]: u["name"] for u in report["units"]}
        self.tick: Callable[[float], None] | None = None

    def figures(self, heads: list[str], widths: list[float], rows: list[list[str]]) -> None:
        """A table of figures in the report: text in the first column, numbers in the rest."""
        table = Table.with_header(heads, widths, [False] + [True] * (len(widths) - 1))
        for cells in rows:
            table.add(cells)
        self.small_table(table, min_rows=2)

    def drawing(self, drawing: Drawing) -> None:
        lines = math.ceil(drawing.height / PITCH)
        self.ensure_lines(lines)
        renderPDF.draw(drawing, self.c, self.left, self.y - lines * PITCH)
        self.y -= lines * PITCH


# --- charts -----------------------------------------------------------------------------------
def _legend(x: float, y: float, statuses=STATUS_ORDER) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.fontName, legend.fontSize = HEI, 9
    legend.columnMaximum = 1
    legend.deltax, legend.dx, legend.dy = 64, 8, 8
    legend.colorNamePairs = [(STATUS_COLOURS[s], STATUS_LABELS[s]) for s in statuses]
    return legend


def _style_bars(chart, series: list[list[int]]) -> None:
    chart.data = series
    chart.categoryAxis.style = "stacked"
    chart.strokeColor = None
    for k, status in enumerate(STATUS_ORDER):
        chart.bars[k].fillColor = STATUS_COLOURS[status]
        chart.bars[k].strokeColor = colors.white
        chart.bars[k].strokeWidth = 0.3
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = HEI, 9
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = colors.HexColor("#CCCCCC")
    chart.valueAxis.visibleGrid = True


def chapter_chart(report: dict, width: float) -> Drawing:
    """Measures by city status, one stacked bar per chapter."""
    chapters = report["chapters"]
    d = Drawing(width, 8 * PITCH, initialFontName=HEI)  # else Helvetica, never embedded
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 40, width - 40, d.height - 70
    _style_bars(chart, [[c["counts"][s] for c in chapters] for s in STATUS_ORDER])
    chart.categoryAxis.categoryNames = [f"第{chapter_numeral(c['no'])}章" for c in chapters]
    chart.valueAxis.valueStep = 5
    chart.barWidth = 18
    d.add(chart)
    d.add(_legend(width / 2 - 160, d.height - 12))
    d.add(String(0, d.height - 16, "任务数(项)", fontName=HEI, fontSize=9))
    return d


def unit_chart(report: dict, width: float) -> Drawing:
    """Each reporting unit's measures by status (a unit that has not reported shows no bar)."""
    summary = {s["unit"]: s for s in report["unit_summary"]}
    units = [u for u in report["units"] if u["code"] in summary] or report["units"][:1]
    height = max(4, len(units) * 0.62 + 2.2) * PITCH
    d = Drawing(width, height, initialFontName=HEI)
    chart = HorizontalBarChart()
    chart.x, chart.y = 64, 30
    chart.width, chart.height = width - 80, height - 60
    counts = [summary.get(u["code"], {"counts": dict.fromkeys(STATUS_ORDER, 0)}) for u in units]
    # Top to bottom in registry order: a horizontal chart draws its first category lowest.
    counts, names = counts[::-1], [u["name"] for u in units][::-1]
    _style_bars(chart, [[c["counts"][s] for c in counts] for s in STATUS_ORDER])
    chart.categoryAxis.categoryNames = names
    chart.barWidth = 10
    d.add(chart)
    d.add(_legend(width / 2 - 160, height - 10))
    return d


# --- the report --------------------------------------------------------------------------------
def _cover(pdf: _Report) -> None:
    r = pdf.report
    period = r["period"]
    timeliness = r["timeliness"]
    submitted = [t for t in timeliness if t["submitted"]]
    late = [t for t in submitted if not t["on_time"]]
    missing = [t for t in timeliness if not t["submitted"]]
    pdf.start_page()
    pdf.outline("report", "报告")
    pdf.meta_block(
        [
            f"发文机关:{r['issuer']['full_name']}",
            f"报告期:{period_label(period)}",
            f"数据截至:{cn_date(r['issued_at'])}",
            f"依据报送:{len(r['sources'])}份(见附件2)",
        ]
    )
    pdf.title(report_title(r))
    pdf.blank()
    pdf.paragraph(f"{ADDRESSEE}:", indent=0)
    pdf.paragraph(
        f"根据《{r['plan']['title']}》工作要求,我局对各县(市、区)及市直有关单位"
        f"{period_label(period)}({cn_date(period['start'])}至{cn_date(period['end'])})"
        f"推进计划落实情况进行了汇总,现将有关情况报告如下。"
    )

    measures = r["measures"]
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for m in measures:
        counts[m["status"]] += 1
    actions = sum(s["actions"] for s in r["unit_summary"])
    pdf.heading("一、总体情况")
    text = (
        f"本期应报送单位{len(timeliness)}个,已报送{len(submitted)}个,"
        f"其中按时报送{len(submitted) - len(late)}个、逾期报送{len(late)}个;"
        f"未报送{len(missing)}个。"
    )
    if submitted:
        text += (
            f"各单位共报送工作举措{actions}条。推进计划{len(measures)}项任务中,"
            f"全市已完成{counts['done']}项、推进中{counts['in_progress']}项、"
            f"未启动{counts['not_started']}项、不涉及{counts['not_applicable']}项,"
            f"尚无单位填报{counts['not_reported']}项。"
        )
    else:
        text += "本期尚未收到任何单位的报送,以下各项均为空。"
    pdf.paragraph(text)

    pdf.heading("二、各章任务推进情况", keep=7)
    pdf.paragraph(
        "任务的全市状态按报送单位汇总:所有涉及单位均已完成的为已完成,"
        "均未启动的为未启动,其余为推进中。"
    )
    rows = []
    for ch in r["chapters"]:
        n = ch["counts"]
        rows.append(
            [f"{chapter_numeral(ch['no'])}、{ch['title']}", str(ch["measures"])]
            + [str(n[s]) for s in STATUS_ORDER]
        )
    rows.append(["合计", str(len(measures))] + [str(counts[s]) for s in STATUS_ORDER])
    num_w = 40.0
    pdf.figures(
        ["章", "任务数", "已完成", "推进中", "未启动", "不涉及", "未填报"],
        [pdf.width - num_w * 6] + [num_w] * 6,
        rows,
    )
    pdf.drawing(chapter_chart(r, pdf.width))

    chart = unit_chart(r, pdf.width)
    pdf.heading("三、各单位推进情况", keep=3 + math.ceil(chart.height / PITCH))
    pdf.paragraph("各单位本期报送所涉任务按完成情况分布如下图(未报送单位不列)。")
    pdf.drawing(chart)

    pdf.heading("四、报送及时性", keep=7)
    deadline = cn_date(period["deadline"])
    pdf.paragraph(f"本期报送截止日期为{deadline}。各单位报送情况如下表。")
    rows = []
    for t in timeliness:
        name = pdf.names.get(t["unit"], t["unit"])
        if t["submitted"]:
            timing = "按时" if t["on_time"] else f"逾期{t['late_days']}天"
            version = f"第{t['version']}版" + (
                f"(共{t['versions']}版)" if t["versions"] > 1 else ""
            )
            state = "退回更正中" if t["returned_for_correction"] else "已报送"
            rows.append([name, state, version, cn_date(t["handed_in_at"]), timing])
        else:
            overdue = f"已逾期{t['overdue_days']}天" if t["overdue_days"] else "未到期"
            rows.append([name, "未报送", "—", "—", overdue])
    pdf.figures(
        ["单位", "报送情况", "版本", "首次报送日期", "及时性"],
        [pdf.width - 96 * 2 - 84 - 78, 78, 96, 96, 84],
        rows,
    )
    if missing:
        names = "、".join(pdf.names.get(t["unit"], t["unit"]) for t in missing)
        pdf.paragraph(f"未报送单位:{names}。我局将逐一督促,报送后及时补充汇总。")
    else:
        pdf.paragraph("应报送单位均已报送。")

    pdf.heading("五、量化指标完成情况", keep=5)
    rows = []
    for ind in r["indicators"]:
        got = ind["total"]
        reporting = sum(v is not None for v in ind["by_unit"].values())
        rows.append(
            [f"{ind['key']} {ind['what']}", f"{ind['target']}{ind['unit']}",
             "规划期" if ind["scope"] == "plan" else "年度",
             "未报告" if got is None else f"{got}{ind['unit']}",
             _percent(got, ind["target"]), str(reporting)]
        )  # fmt: skip
    pdf.figures(
        ["指标", "目标", "口径", "全市合计", "占目标", "报告单位数"],
        [pdf.width - 56 * 4 - 44, 56, 44, 56, 56, 56],
        rows,
    )
    for ind in r["indicators"]:
        parts = [
            f"{pdf.names.get(code, code)}{value}{ind['unit']}"
            for code, value in ind["by_unit"].items()
            if value not in (None, "0")
        ]
        if parts:
            pdf.paragraph(f"{ind['key']} {ind['what']}:{'、'.join(parts)}。")
    pdf.paragraph("各项任务分单位的工作进展、存在问题和下一步计划详见附件1。")

    pdf.ensure_lines(11)
    pdf.paragraph("特此报告。")
    pdf.blank()
    pdf.paragraph("附件:1. 推进计划工作进展汇总表", indent=2, hanging=5)
    pdf.paragraph("2. 汇总所依据的报送文件清单", indent=5)
    pdf.blank(3)
    pdf.issuer_and_date(r["issuer"]["full_name"], cn_date(r["issued_at"]))
    pdf.end_page()


def merged_table(
    report: dict, payloads: dict[str, dict], tick: Callable[[float], None] | None = None
) -> Table:
    """附件1: per measure, every unit's work (a unit with the measure but no work: 未填报).
    `tick(fraction)` is told how far it has got, measure by measure."""
    register_fonts()
    table = Table.with_header(
        [h for h, _, _ in COLUMNS],
        widths=[w for _, w, _ in COLUMNS],
        centred=[c for _, _, c in COLUMNS],
        merged=MERGED,  # a measure carried onto a new page shows its number (续) and task again
        continued_col=0,
    )
    maps = {code: {m["no"]: m for m in p["measures"]} for code, p in payloads.items()}
    indicators = {code: {i["key"]: i for i in p["indicators"]} for code, p in payloads.items()}
    for n, m in enumerate(report["measures"]):
        if tick:
            tick(n / len(report["measures"]))
        task, rows = "", []
        for u in report["units"]:
            measure = maps.get(u["code"], {}).get(m["no"])
            if measure is None:
                continue
            task = task or short_task(measure["text"])
            if not measure["actions"]:
                rows.append([u["name"], "未填报", "未填报", "", "", ""])
            for k, a in enumerate(measure["actions"]):
                rows.append(
                    [u["name"] if k == 0 else "", progress_text(a), STATUS_LABELS[a["status"]],
                     figures_text(a, indicators[u["code"]]), a["problems"], a["next_steps"]]
                )  # fmt: skip
        if not rows:  # no unit's return covers this measure
            task = f"(牵头单位:{m['lead']})"
            rows.append(["—", "本期无报送单位涉及此项任务", "", "", "", ""])
        for k, cells in enumerate(rows):
            lead = [str(m["no"]), task] if k == 0 else ["", ""]
            table.add(lead + cells, group=m["no"], first_in_group=k == 0)
    return table


def _attachments(pdf: _Report) -> None:
    r = pdf.report
    info = (
        f"汇总单位:{r['issuer']['full_name']}    报告期:{period_label(r['period'])}"
        f"    汇总日期:{cn_date(r['issued_at'])}    依据报送:{len(r['sources'])}份"
    )
    outline = ("attachment1", "附件1 推进计划工作进展汇总表")
    pdf.attachment_page("附件1", merged_table_title(r), info, outline=outline)
    pdf.table(merged_table(r, pdf.payloads, pdf.tick))
    pdf.end_page()

    pdf.attachment_page(
        "附件2",
        "汇总所依据的报送文件清单",
        "以下报送均经市局核验签名(签名有效、证书由三明市根证书签发、签名单位与报送单位一致)后导入;"
        "SHA-256 为报送数据(JSON)的摘要。",
        outline=("attachment2", "附件2 报送文件清单"),
    )
    widths = [36, 100, 60, 44, 100]
    table = Table.with_header(
        ["序号", "报送单位", "单位代码", "版本", "冻结时间", "SHA-256"],
        widths=[*widths, LAND_TEXT_W - sum(widths)],
        centred=[True, False, True, True, True, False],
    )
    for k, s in enumerate(r["sources"], 1):
        table.add(
            [str(k), s["unit_name"], s["unit"], f"第{s['version']}版",
             beijing(s["frozen_at"]), s["sha256"]]
        )  # fmt: skip
    if not r["sources"]:
        table.add(["", "本期尚未收到报送", "", "", "", ""])
    pdf.table(table)
    pdf.end_page()


def render_city_report_pdf(
    report: dict,
    payloads: dict[str, dict],
    data: bytes,
    tick: Callable[[float], None] | None = None,
) -> tuple[bytes, int]:
    """The unsigned city report and its page count; ``data`` (the canonical report JSON) is
    embedded as ``city-report.json``. ``tick(fraction)`` follows the merged table's progress."""
    register_fonts()
    pdf = _Report(report, payloads)
    pdf.tick = tick
    pdf.describe(
        title=cjk_punctuation(report_title(report)),
        author=report["issuer"]["full_name"],
        subject=f"{report['issuer']['name']} {report['period']['code']} 全市推进计划工作进展汇总",
        keywords=f"format={report['format']} period={report['period']['code']}",
    )
    with plain_streams():
        _cover(pdf)
        _attachments(pdf)
        pdf.embed_json(
            data, "city-report.json", "ip-tracker city report, canonical JSON (docs/city-report.md)"
        )
        return pdf.finish(), pdf.page_no
