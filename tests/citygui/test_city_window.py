"""The city office's window on real workspaces: it opens for a city workspace, imports a folder
of real signed returns (dry run first), shows a correction's changes before accepting it, and
shows who is on time, late or missing, the measures across units and savable charts."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.domain.city import days_late
from desktop.exchange.city import current_payload, held_versions
from desktop.views.city.city_window import CityWindow
from desktop.views.city.status_matrix import KIND_ROLE
from tests.citygui.city_data import LATE_PERIOD, ON_TIME_PERIOD
from tests.conftest import run_cli

YONGAN, SHAXIAN, SANYUAN = "350481", "350405", "350404"
WAIT = 120_000


def count(workspace, table: str) -> int:
    return workspace.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.fixture
def window(qtbot, city):
    win = CityWindow(city, today=date(2025, 8, 1))
    qtbot.addWidget(win)
    return win


def outcomes(dialog) -> list[str]:
    return [dialog.table.item(row, 4).text() for row in range(dialog.table.rowCount())]


def test_the_city_workspace_opens_the_city_window(window, city_home, tmp_path):
    assert window.objectName() == "CityWindow"
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[0].startswith("报送情况") and tabs[1].startswith("措施汇总")
    # The 11 counties and the two departments that were enrolled.
    assert window.status_panel.model.rowCount() == 13

    picture = tmp_path / "city.png"
    result = run_cli(city_home, "gui", "--screenshot", str(picture))
    assert result.code == 0, result
    assert QImage(str(picture)).width() > 600


def test_a_folder_imports_through_the_dialog_after_a_dry_run(qtbot, window, city, city_data):
    dialog = window.open_import_dialog()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT):
        dialog.add_paths([city_data.inbox])
        # Verification runs in a background thread: the call came back at once.
        assert dialog.busy and not dialog.preview and dialog.progress.isVisibleTo(dialog)
    files = sorted(p.name for p in city_data.inbox.iterdir())
    assert sorted(p.name for p in dialog.paths) == files
    assert all("新收" in text and "预检" in text for text in outcomes(dialog)), outcomes(dialog)
    assert "新收 6" in dialog.summary.text()
    # The dry run wrote nothing.
    assert count(city, "received_returns") == 0 and count(city, "import_log") == 0
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(blocker.args[0]) == 6
    assert all("已处理:新收" in text for text in outcomes(dialog))
    assert count(city, "received_returns") == 6 and count(city, "import_log") == 6
    # The window took the new returns in: 永安市 is on time for the first quarter.
    window.set_period(ON_TIME_PERIOD)
    row = next(i for i, u in enumerate(window.status_panel.model.units) if u.code == YONGAN)
    column = next(
        i for i, p in enumerate(window.status_panel.model.periods) if p.code == ON_TIME_PERIOD
    )
    index = window.status_panel.model.index(row, column)
    assert index.data().startswith("按时") and index.data(KIND_ROLE) == "on_time"
    assert window.import_log.rowCount() == 6

    # The same folder again: all duplicates, nothing changes.
    again = window.open_import_dialog()
    with qtbot.waitSignal(again.preview_finished, timeout=WAIT):
        again.add_paths([city_data.inbox])
    assert all("重复" in text for text in outcomes(again))


def test_a_bad_file_is_rejected_with_its_reason_and_the_others_go_on(
    qtbot, window, city, city_data, tmp_path
):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = sorted(city_data.inbox.glob("*.pdf"))[0]
    (folder / good.name).write_bytes(good.read_bytes())
    (folder / "broken.pdf").write_bytes(good.read_bytes()[:4000])
    (folder / "~$lock.xlsx").write_bytes(b"office lock file")
    dialog = window.open_import_dialog()
    with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT):
        dialog.add_paths([folder])
    assert [p.name for p in dialog.paths] == sorted(["broken.pdf", good.name])
    texts = dict(zip([p.name for p in dialog.paths], outcomes(dialog), strict=True))
    assert "拒收" in texts["broken.pdf"] and "新收" in texts[good.name]
    broken_row = [p.name for p in dialog.paths].index("broken.pdf")
    assert dialog.table.item(broken_row, 5).text()  # the reason is shown
    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT):
        dialog.import_button.click()
    assert count(city, "received_returns") == 1
    logged = city.conn.execute("SELECT outcome FROM import_log ORDER BY file_name").fetchall()
    assert sorted(o for (o,) in logged) == ["new", "rejected"]


def test_a_correction_shows_its_changes_per_measure_before_it_replaces(
    qtbot, imported_city, city_data
):
    window = CityWindow(imported_city, today=date(2025, 8, 1))
    qtbot.addWidget(window)
    dialog = window.open_import_dialog()
    with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT):
        dialog.add_paths([city_data.corrections])
    assert "更正" in outcomes(dialog)[0]
    assert "变动措施" in dialog.table.item(0, 5).text()
    dialog.table.setCurrentCell(0, 1)
    shown = dialog.details.toPlainText()
    assert "第1版 → 第2版" in shown and "补报三项工作" in shown and "新增" in shown

    # Importing first asks: the changes per measure, nothing written yet.
    dialog.import_button.click()
    confirm = dialog.confirm_dialog
    assert confirm is not None and confirm.isVisible()
    text = confirm.browser.toPlainText()
    assert "措施" in text and "新增 3 条" in text
    before = current_payload(imported_city, YONGAN, ON_TIME_PERIOD)
    assert before["version"] == 1

    # Going back writes nothing.
    confirm.reject()
    assert current_payload(imported_city, YONGAN, ON_TIME_PERIOD)["version"] == 1

    dialog.import_button.click()
    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT):
        dialog.confirm_dialog.accept_button.click()
    assert current_payload(imported_city, YONGAN, ON_TIME_PERIOD)["version"] == 2
    states = {h.version: h.state for h in held_versions(imported_city, YONGAN, ON_TIME_PERIOD)}
    assert states == {1: "superseded", 2: "current"}
    window.set_period(ON_TIME_PERIOD)
    row = next(i for i, u in enumerate(window.status_panel.model.units) if u.code == YONGAN)
    column = [p.code for p in window.status_panel.model.periods].index(ON_TIME_PERIOD)
    assert "第2版(共2版)" in window.status_panel.model.index(row, column).data()


def test_status_matrix_says_on_time_late_and_missing_for_a_given_today(qtbot, imported_city):
    today = date(2025, 8, 1)
    window = CityWindow(imported_city, today=today)
    qtbot.addWidget(window)
    panel = window.status_panel
    model = panel.model
    periods = [p.code for p in model.periods]
    rows = {u.code: i for i, u in enumerate(model.units)}
    assert len(rows) == 13  # 11 counties and the two departments that reported

    def cell(unit, period):
        return model.index(rows[unit], periods.index(period))

    assert cell(YONGAN, ON_TIME_PERIOD).data(KIND_ROLE) == "on_time"
    assert cell(SHAXIAN, ON_TIME_PERIOD).data(KIND_ROLE) == "on_time"
    late = cell(YONGAN, LATE_PERIOD)
    held = held_versions(imported_city, YONGAN, LATE_PERIOD)[0]
    days = days_late(held.frozen_at, imported_city.period(LATE_PERIOD))
    assert days > 0
    assert late.data(KIND_ROLE) == "late" and f"迟报 {days} 天" in late.data()
    missing = cell(SANYUAN, LATE_PERIOD)
    assert missing.data(KIND_ROLE) == "missing"
    assert "逾期 22 天" in missing.data()  # 2025-07-10 → 2025-08-01
    assert cell(SANYUAN, ON_TIME_PERIOD).data(KIND_ROLE) == "not_due"

    # The list of missing units for the second quarter, with phones to call.
    window.set_period(LATE_PERIOD)
    listed = [panel.missing.item(r, 1).text() for r in range(panel.missing.rowCount())]
    assert SANYUAN in listed and YONGAN not in listed and len(listed) == 12
    sanyuan = listed.index(SANYUAN)
    assert panel.missing.item(sanyuan, 4).text() == "22 天"
    assert panel.missing.item(sanyuan, 3).text()  # a phone, or says none is registered
    # 永安市 gave a phone on its returns: a missing 永安市 would show it.
    assert panel.contacts[YONGAN][1] == "0598-3633001"
    assert "逾期未报" in window.headline.text()


def test_measure_view_shows_units_side_by_side(qtbot, imported_city):
    window = CityWindow(imported_city, today=date(2025, 8, 1))
    qtbot.addWidget(window)
    window.set_period(ON_TIME_PERIOD)
    panel = window.measures_panel
    yongan = current_payload(imported_city, YONGAN, ON_TIME_PERIOD)
    shaxian = current_payload(imported_city, SHAXIAN, ON_TIME_PERIOD)
    both = {m["no"] for m in yongan["measures"] if m["actions"]} & {
        m["no"] for m in shaxian["measures"] if m["actions"]
    }
    no = min(both)
    panel.select_measure(no)
    table = panel.across
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert "永安市" in rows and "沙县区" in rows and "三元区" in rows
    for name, payload in (("永安市", yongan), ("沙县区", shaxian)):
        entry = next(m for m in payload["measures"] if m["no"] == no)
        row = rows[name]
        assert table.item(row, 1).text() == "第1版"
        assert entry["actions"][0]["title"] in table.item(row, 3).text()
    assert "尚未报送" in table.item(rows["三元区"], 3).text()
    assert "未报送" in panel.measure_summary.text()
    # Measures nobody reported on are hidden unless asked for.
    shown = panel.model.rowCount()
    panel.only_reported.setChecked(False)
    assert panel.model.rowCount() == 63 > shown

    # The matrix: measure × unit, in colour.
    model = panel.model
    row = model.row_of(no)
    column = [u.code for u in model.data_.units].index(YONGAN)
    index = model.index(row, column)
    assert index.data(Qt.ItemDataRole.BackgroundRole).isValid()
    assert index.data() and index.data().split()[0] in {"已完成", "推进中", "未启动", "不涉及"}

    # Targets summed across units against the plan.
    targets = window.charts_panel.targets
    keys = [targets.item(r, 0).text().split()[0] for r in range(targets.rowCount())]
    assert keys == ["27.1", "40.1", "40.2"]
    reported = [
        i["reported"]
        for code in ("350400-07",)
        for i in current_payload(imported_city, code, ON_TIME_PERIOD)["indicators"]
        if i["key"] == "40.1"
    ]
    assert targets.item(1, 2).text().startswith(str(reported[0]))
    assert "≥ 40" in targets.item(1, 1).text()


def test_charts_save_as_png(qtbot, imported_city, tmp_path):
    window = CityWindow(imported_city, today=date(2025, 8, 1))
    qtbot.addWidget(window)
    window.set_period(ON_TIME_PERIOD)
    for name, chart in window.charts_panel.charts.items():
        path = tmp_path / f"{name}.png"
        assert chart.save_png(path)
        assert path.stat().st_size > 5000
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1600, 900)
        colours = {
            image.pixelColor(x, y).name() for x in range(0, 1600, 40) for y in range(0, 900, 40)
        }
        assert len(colours) > 3, name  # something was drawn, not a blank picture


def test_keyboard_and_accessible_names(window):
    for action in (window.import_action, window.report_action, window.send_back_action):
        assert action.shortcut().toString()
        assert action.toolTip()
    for widget in (
        window.status_panel.table,
        window.status_panel.missing,
        window.measures_panel.matrix,
        window.measures_panel.across,
        window.period_combo,
        *window.charts_panel.charts.values(),
    ):
        assert widget.accessibleName(), widget.objectName()
    # Tab leaves every table (it walked cell by cell through the log and the comparisons);
    # the arrow keys move between cells.
    from PySide6.QtWidgets import QAbstractItemView

    for table in window.findChildren(QAbstractItemView):
        assert not table.tabKeyNavigation(), table.objectName() or type(table).__name__


def test_stopping_an_import_keeps_only_whole_files(qtbot, window, city, city_data):
    dialog = window.open_import_dialog()
    with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT):
        dialog.add_paths([city_data.inbox])
    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT) as blocker:
        dialog.import_button.click()
        dialog.stop_button.click()  # stops after the file being imported
    written = blocker.args[0]
    assert 1 <= len(written) <= 6
    assert count(city, "received_returns") == len(written) == count(city, "import_log")
    assert not dialog.busy and not dialog.stop_button.isEnabled()
    # The rest can be imported afterwards.
    if len(written) < 6:
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.import_finished, timeout=WAIT):
            dialog.import_button.click()
    assert count(city, "received_returns") == 6
    assert not dialog.import_button.isEnabled()


def test_the_matrix_cursor_moves_without_switching_the_period(qtbot, imported_city):
    """Tabbing into the matrix switched the whole window to its first column's period, and
    each move to another column reloaded it and lost the cursor. A click still picks one."""
    from PySide6.QtTest import QTest

    window = CityWindow(imported_city, today=date(2025, 8, 1))
    qtbot.addWidget(window)
    window.set_period(ON_TIME_PERIOD)
    table = window.status_panel.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Right)
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert window.period == ON_TIME_PERIOD
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)
    periods = [p.code for p in window.status_panel.model.periods]
    target = table.model().index(0, periods.index(LATE_PERIOD))
    centre = table.visualRect(target).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.period == LATE_PERIOD


def test_send_back_acts_on_the_unit_under_the_cursor(qtbot, imported_city):
    """Ctrl+B opened the dialog on the first unit of the list, whatever cell was selected."""
    window = CityWindow(imported_city, today=date(2025, 8, 1))
    qtbot.addWidget(window)
    window.set_period(ON_TIME_PERIOD)
    panel = window.status_panel
    periods = [p.code for p in panel.model.periods]
    row = [u.code for u in panel.model.units].index(YONGAN)
    panel.table.setCurrentIndex(panel.model.index(row, periods.index(ON_TIME_PERIOD)))
    dialog = window.open_send_back_dialog()
    assert dialog.unit_code() == YONGAN
    dialog.reject()


def test_the_menu_key_acts_on_the_cell_under_the_cursor(qtbot, imported_city):
    """The Menu key's position is the table's own, not the cells' area: its menu was for the
    cell about a row lower and a column further right, another unit (退回修改 included)."""
    window = CityWindow(imported_city, today=date(2025, 8, 1))
    qtbot.addWidget(window)
    window.show()
    panel, table = window.status_panel, window.status_panel.table
    periods = [p.code for p in panel.model.periods]
    row = [u.code for u in panel.model.units].index(YONGAN)
    current = panel.model.index(row, periods.index(ON_TIME_PERIOD))
    table.setCurrentIndex(current)
    keyboard_point = table.viewport().mapTo(table, table.visualRect(current).center())
    assert panel.menu_target(keyboard_point)[0] == current
    # A right-click on another cell (made current by the click) is about that cell.
    other = panel.model.index(row + 1, periods.index(ON_TIME_PERIOD))
    table.setCurrentIndex(other)
    assert panel.menu_target(table.visualRect(other).center())[0] == other
