"""Bringing in an existing 台账: preview with mapped columns, row errors, one undoable import."""

from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.domain import InvalidInput
from desktop.domain.actions import Status
from desktop.domain.ledger_import import LedgerError, guess_mapping, read_sheet

HEADER = ["序号", "任务编号", "重点任务", "责任单位", "工作进展", "完成情况"]
HEADER += ["量化指标", "存在问题", "下一步计划", "佐证材料"]
ROWS = [
    [
        1,
        12,
        "完善市、县两级知识产权行政保护",
        "永安市",
        "开展专利侵权纠纷行政裁决,办结案件3件。",
        "已完成",
        None,
        "办案人员不足",
        "继续推进",
        "裁决书.pdf",
    ],
    [
        2,
        "措施40",
        "绿色有机认证",
        "永安市",
        "新增绿色食品认证5个,有机产品认证2个。",
        "推进中",
        "40.1=7",
        "",
        "做好认证辅导",
        "",
    ],
    [],
    [3, 99, "(编号写错)", "永安市", "召开推进会", "已完成", None, "", "", ""],
    [4, 20, "植物新品种保护", "永安市", "", "不涉及", None, "", "", ""],
]


def make_ledger(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2025年一季度"
    sheet.append(["永安市知识产权工作台账(2025年第一季度)"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def ledger(tmp_path):
    return make_ledger(tmp_path / "永安市台账.xlsx", ROWS)


def test_reading_and_guessing_the_columns(ledger):
    sheet = read_sheet(ledger)
    assert sheet.header_row == 2
    mapping = guess_mapping(sheet.headers)
    assert mapping["measure"] == 1
    assert mapping["progress"] == 4
    assert mapping["status"] == 5
    assert mapping["figures"] == 6
    assert mapping["problems"] == 7 and mapping["next_steps"] == 8
    assert mapping["title"] is None  # the 工作进展情况表 has no title column


def test_figures_dates_and_periods_as_clerks_write_them(tmp_path):
    """Nothing half-read: "1,200" is 1200 (it was read as 1), a bad value or a doubled figure
    is an error (one was silently dropped), and the usual ways of writing a date or a period
    are understood (they were all refused)."""
    from desktop.domain.ledger_import import convert
    from desktop.domain.periods import default_periods
    from desktop.plan import embedded_plan

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["任务编号", "期间", "工作事项", "开始日期", "完成日期", "量化指标"])
    rows = [
        [40, "2025年第一季度", "认证辅导", "2025/3/5", "2025年3月20日", "40.1=1,200、40.2=3"],
        [40, "2025Q2", "品牌培育", "2025-4-1", "2025-04-30 17:00", "40.1=5,40.2=abc"],
        [40, "2025年上半年", "复核", "", "", "40.1=3;40.1=4"],
        ["2.1", "2025-Q1", "编号写成了目标编号", "", "", ""],
        [27, "2025年度", "项目申报", "20250110", "", "1,200"],
    ]
    for row in rows:
        sheet.append(row)
    book.save(tmp_path / "台账.xlsx")
    read = read_sheet(tmp_path / "台账.xlsx")
    plan = embedded_plan()
    periods = {p.code for p in default_periods()}
    first, second, third, fourth, fifth = convert(
        read, guess_mapping(read.headers), "2025-Q1", plan, periods
    )
    assert first.ok and first.fields.period == "2025-Q1"
    assert first.fields.figures == {"40.1": Decimal("1200"), "40.2": Decimal("3")}
    assert (str(first.fields.start_date), str(first.fields.finish_date)) == (
        "2025-03-05",
        "2025-03-20",
    )
    assert not second.ok and second.error_field == "indicator 40.2" and "abc" in second.error
    assert not third.ok and "写了两次" in third.error
    assert not fourth.ok and fourth.error_field == "measure"
    from desktop.domain.ledger_import import parse_ledger_status

    with pytest.raises(InvalidInput) as unknown:  # in the words of a 台账, not the CLI's codes
        parse_ledger_status("搞定了", has_progress=False)
    assert (
        unknown.value.message == "完成情况 “搞定了” 无法识别,可写: 未启动、推进中、已完成、不涉及"
    )
    assert fifth.ok and fifth.fields.period == "2025"
    assert fifth.fields.figures == {"27.1": Decimal("1200")}
    assert str(fifth.fields.start_date) == "2025-01-10"


def test_a_zip_bomb_or_a_non_excel_file_is_refused(tmp_path):
    fake = tmp_path / "台账.xlsx"
    fake.write_text("not a spreadsheet")
    with pytest.raises(LedgerError, match="不是有效的 Excel 文件"):
        read_sheet(fake)


def test_import_a_ledger_with_a_bad_row(desk, county_workspace, qtbot, ledger):
    dialog = desk.open_import()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.load(ledger)

    assert dialog.mapping["measure"].currentText() == "任务编号"
    assert dialog.mapping["progress"].currentText() == "工作进展"
    assert dialog.preview.rowCount() == 4  # the blank row is skipped
    errors = dialog.errors()
    assert [row for row, _ in errors] == [6, 7]
    assert "99" in errors[0][1]
    assert "理由" in errors[1][1]
    assert dialog.preview.item(2, 0).text() == "6"
    assert dialog.preview.item(2, 1).text() == "有误"
    assert "99" in dialog.preview.item(2, 5).text()
    assert "可导入 2 条" in dialog.summary.text() and "有误 2 行" in dialog.summary.text()
    assert county_workspace.count_actions() == 0  # nothing written before confirming

    # The clerk maps 重点任务 as the title: the preview follows.
    dialog.mapping["title"].setCurrentIndex(dialog.mapping["title"].findText("重点任务"))
    assert dialog.preview.item(0, 3).text() == "完善市、县两级知识产权行政保护"

    with qtbot.waitSignal(desk.background.done, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    imported = county_workspace.list_actions(period="2025-Q1")
    assert [(a.measure, a.status) for a in imported] == [
        (12, Status.DONE),
        (40, Status.IN_PROGRESS),
    ]
    assert imported[1].figures == {"40.1": Decimal(7)}
    assert imported[0].problems == "办案人员不足"
    assert 12 not in desk.overview.missing_measures()

    # One step to undo, one to redo, and the ids survive.
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.undo_action.trigger()
    assert county_workspace.count_actions() == 0
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.redo_action.trigger()
    assert [a.id for a in county_workspace.list_actions(period="2025-Q1")] == [
        a.id for a in imported
    ]


def test_a_two_row_header_with_merged_cells(desk, qtbot, tmp_path):
    """ "时间" merged over 开始日期 | 完成日期: the second header row was read as a bad data row
    (缺少任务编号), the dates were not mapped, and every row imported without its dates."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["永安市知识产权工作台账(2025年第一季度)"])
    sheet.append(["序号", "任务编号", "工作事项", "时间", None, "完成情况", "量化指标"])
    sheet.append([None, None, None, "开始日期", "完成日期", None, None])
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3"):
        sheet.merge_cells(cells)
    sheet.append([1, 40, "认证辅导", "2025/1/5", "2025年3月1日", "已完成", "40.1=1,200"])
    book.save(tmp_path / "两行表头.xlsx")
    dialog = desk.open_import()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.load(tmp_path / "两行表头.xlsx")
    assert dialog.mapping["start_date"].currentText() == "开始日期"
    assert dialog.mapping["finish_date"].currentText() == "完成日期"
    assert dialog.errors() == []
    assert dialog.preview.rowCount() == 1 and dialog.preview.item(0, 0).text() == "4"
    # What was read beside the columns on show: period, dates, figures.
    assert dialog.preview.item(0, 5).text() == "2025-Q1 · 2025-01-05—2025-03-01 · 40.1=1200"
    dialog.reject()


def test_without_a_measure_column_nothing_can_be_imported(desk, qtbot, ledger):
    dialog = desk.open_import()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.load(ledger)
    dialog.mapping["measure"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "任务编号" in dialog.summary.text()
    dialog.reject()


def test_an_unreadable_file_is_reported_in_the_dialog(desk, qtbot, tmp_path):
    dialog = desk.open_import()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.load(tmp_path / "没有这个文件.xlsx")
    assert "文件不存在" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_importing_the_same_ledger_again_shows_the_duplicates(
    desk, county_workspace, qtbot, ledger
):
    dialog = desk.open_import()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.load(ledger)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert county_workspace.count_actions() == 2

    again = desk.open_import()
    with qtbot.waitSignal(again.loaded, timeout=5000):
        again.load(ledger)
    assert again.preview.item(0, 1).text() == "重复"
    assert "重复" in again.summary.text()
    assert not again.import_button.isEnabled()  # nothing new: nothing merged silently
    again.include_duplicates.setChecked(True)  # the clerk decides
    assert again.import_button.isEnabled() and len(again.accepted_items()) == 2
    again.reject()
