"""The 报送 menu's work, driven through real widgets on real enrolled workspaces."""

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.domain.actions import ActionFields, Status
from desktop.domain.returns import People
from desktop.exchange.returns import verify_return
from desktop.storage import Workspace
from desktop.views.returns_dialogs import ExportDialog, start_export, versions_html
from desktop.views.returns_menu import add_returns_menu
from tests.exchange_fixtures import UNIT_PASSPHRASE, enrol, make_city


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gui-returns")
    city = make_city(folder)
    county = enrol(city, folder, "350421")
    with county.open() as ws:
        ws.add_action(ActionFields(measure=17, period="2025-Q1", title="商标侵权专项检查"))
    return {"folder": folder, "city": city, "county": county}


def _message(window) -> QMessageBox:
    return window.findChild(QMessageBox, "returnsMessage")


def refused_export(qtbot, offices, period: str, passphrase: str, out) -> str:
    """Export from a window, expect it refused, and return the message the person is shown."""
    window = QMainWindow()
    qtbot.addWidget(window)
    home = offices["county"].home
    task = start_export(window, home, period, "pdf", People(), "", passphrase, out)
    with qtbot.waitSignal(task.finished, timeout=30_000) as finished:
        pass
    assert finished.args[0] is False
    qtbot.waitUntil(lambda: _message(window) is not None)
    return _message(window).text()


def test_export_dialog_offers_periods_and_people(qtbot, offices):
    with offices["county"].open() as ws:
        dialog = ExportDialog(ws, "2025-Q1", None)
        qtbot.addWidget(dialog)
        assert dialog.period.currentData() == "2025-Q1"
        assert dialog.filler.text() == "林晓"
        assert not dialog.reason.isEnabled()  # nothing frozen yet: no correction reason
        dialog.xlsx.setChecked(True)
        assert dialog.format == "xlsx"


def test_the_dialog_starts_from_the_names_on_the_handed_in_version(qtbot, offices, tmp_path):
    """审核人 and 单位负责人 always opened empty: exporting the same return again in the other
    format made a "correction" version 2 with the names blanked."""
    with offices["county"].open() as ws:
        ws.freeze_return("2025-Q4", People("林晓", "陈明", "张伟", "0598-1"))
        dialog = ExportDialog(ws, "2025-Q4", None)
        qtbot.addWidget(dialog)
        assert (dialog.reviewer.text(), dialog.head.text()) == ("陈明", "张伟")
        assert ws.freeze_return("2025-Q4", dialog.people()).version == 1  # the same version
        # The chosen name follows the format and the period.
        dialog.output.setText(str(tmp_path / "明溪县-2025-Q4.pdf"))
        dialog.xlsx.setChecked(True)
        assert dialog.output.text() == str(tmp_path / "明溪县-2025-Q4.xlsx")
        dialog.period.setCurrentIndex(dialog.period.findData("2025-Q3"))
        assert dialog.output.text() == str(tmp_path / "明溪县-2025-Q3.xlsx")


def test_export_runs_in_the_background_and_the_file_verifies(qtbot, offices):
    window = QMainWindow()
    qtbot.addWidget(window)
    out = offices["folder"] / "明溪县-2025-Q1.pdf"
    home = offices["county"].home
    people = People("林晓", "陈明", "张伟", "0598-1")
    task = start_export(window, home, "2025-Q1", "pdf", people, "", UNIT_PASSPHRASE, out)
    with qtbot.waitSignal(task.finished, timeout=30_000) as finished:
        pass
    assert finished.args[0] is True, finished.args[1]
    qtbot.waitUntil(lambda: _message(window) is not None)
    assert "第 1 版" in _message(window).text()
    with offices["city"].open() as city:
        verified = verify_return(
            out.read_bytes(), city.trusted_root_pem(), set(city.plan_versions())
        )
    assert verified.payload["people"]["reviewer"] == "陈明"


def test_a_wrong_passphrase_is_shown_and_nothing_is_written(qtbot, offices):
    out = offices["folder"] / "wrong.pdf"
    assert "口令" in refused_export(qtbot, offices, "2025-Q2", "不对的口令", out)
    assert not out.exists()
    with offices["county"].open() as ws:
        assert ws.return_versions("2025-Q2") == []


def test_an_export_to_a_folder_that_is_a_file_says_so_in_chinese(qtbot, offices):
    """A USB stick's folder name that is taken by a file: the message names the path and the
    problem, not an English errno."""
    taken = offices["folder"] / "U盘"
    taken.write_text("a file, not a folder")
    out = taken / "明溪县-2025-Q1.pdf"
    message = refused_export(qtbot, offices, "2025-Q1", UNIT_PASSPHRASE, out)
    assert message == f"无法使用 {taken}:路径中有同名的文件,不是文件夹"


def test_versions_and_their_differences(offices):
    with offices["county"].open() as ws:
        ws.freeze_return("2025-Q3")
        action = ws.add_action(
            ActionFields(measure=17, period="2025-Q3", title="地理标志保护", status=Status.DONE)
        )
        ws.freeze_return("2025-Q3", correction_reason="补报地理标志保护工作")
        text = versions_html(ws, "2025-Q3")
    assert action
    assert "第 1 版 → 第 2 版" in text and "补报地理标志保护工作" in text
    assert "措施 17" in text and "新增:地理标志保护" in text


def test_menu_matches_the_kind_of_workspace(qtbot, offices):
    for office, expected, absent in (
        (offices["city"], "为单位签发入网文件…", "导出本期报送(签名)…"),
        (offices["county"], "导出本期报送(签名)…", "为单位签发入网文件…"),
    ):
        window = QMainWindow()
        window.workspace = Workspace.open(office.home)
        qtbot.addWidget(window)
        add_returns_menu(window, office.home)
        menu = window.menuBar().actions()[-1].menu()
        names = [action.text() for action in menu.actions()]
        assert expected in names and absent not in names
        window.workspace.close()


def test_the_export_dialog_reads_through_the_windows_connection(qtbot, offices, monkeypatch):
    """Opening a workspace runs the whole-file integrity check: the menu must not do that on
    the GUI thread only to list the periods (seconds on a large workspace)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = QMainWindow()
    window.workspace = Workspace.open(offices["county"].home)
    qtbot.addWidget(window)
    add_returns_menu(window, offices["county"].home, lambda: "2025-Q2")
    menu = window.menuBar().actions()[-1].menu()
    [export] = [a for a in menu.actions() if a.text() == "导出本期报送(签名)…"]
    opened = []
    real_open = Workspace.open.__func__
    monkeypatch.setattr(
        Workspace,
        "open",
        classmethod(lambda cls, *a, **k: opened.append(a) or real_open(cls, *a, **k)),
    )
    seen = {}

    def answer_the_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, answer_the_dialog)
            return
        seen["periods"] = [dialog.period.itemData(i) for i in range(dialog.period.count())]
        seen["current"] = dialog.period.currentData()
        dialog.reject()

    QTimer.singleShot(0, answer_the_dialog)
    export.trigger()
    window.workspace.close()
    assert opened == []
    assert seen["current"] == "2025-Q2" and "2025-Q1" in seen["periods"]


def test_the_citys_feedback_is_installed_and_shown(qtbot, offices):
    from PySide6.QtWidgets import QTextBrowser

    from desktop.exchange.city import import_files
    from desktop.exchange.feedback import comments_for, export_feedback, send_back
    from desktop.exchange.returns import export_return
    from desktop.views.returns_dialogs import start_feedback_install
    from tests.exchange_fixtures import CITY_PASSPHRASE

    folder = offices["folder"]
    with offices["county"].open() as ws:
        exported = export_return(ws, "2025-Q1", "xlsx", UNIT_PASSPHRASE, folder / "fb.xlsx")
    with offices["city"].open() as city:
        [imported] = import_files(city, [exported.path])
        assert imported.outcome in ("new", "duplicate")
        send_back(city, "350421", "2025-Q1", {17: "请补充检查记录", None: "请核对全部数字"})
        feedback = export_feedback(
            city, "350421", "2025-Q1", CITY_PASSPHRASE, folder / "退回意见.zip"
        )

    window = QMainWindow()
    qtbot.addWidget(window)
    task = start_feedback_install(window, offices["county"].home, feedback)
    with qtbot.waitSignal(task.finished, timeout=30_000) as finished:
        pass
    assert finished.args[0] is True, finished.args[1]
    qtbot.waitUntil(lambda: window.findChild(QTextBrowser) is not None)
    shown = window.findChild(QTextBrowser).toPlainText()
    assert "请补充检查记录" in shown and "措施 17" in shown
    with offices["county"].open() as ws:
        comments = comments_for(ws, "2025-Q1")
    assert [c.comment for c in comments[17]] == ["请补充检查记录"]


def test_an_enrolment_installed_from_the_first_run_page_opens_the_desk(
    qtbot, offices, tmp_path, monkeypatch
):
    """The unit came with the file, but the first-run page (请选择本单位) stayed on show."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.exchange.keys import enroll_unit
    from desktop.views import returns_dialogs
    from desktop.views.main_window import MainWindow
    from tests.exchange_fixtures import CITY_PASSPHRASE

    enrolment = tmp_path / "大田县.enrol"
    with offices["city"].open() as city:
        enroll_unit(city, "350425", CITY_PASSPHRASE, UNIT_PASSPHRASE, enrolment)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(enrolment), ""))
    monkeypatch.setattr(returns_dialogs, "ask_passphrase", lambda *a: UNIT_PASSPHRASE)
    home = tmp_path / "new"
    window = MainWindow(Workspace.open(home))
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.first_run
    menu = window.findChild(QMenu, "returnsMenu")
    next(a for a in menu.actions() if a.text() == "安装入网文件…").trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.desk, timeout=30_000)
    assert window.unit.code == "350425" and "大田县" in window.unit_label.text()
    for box in window.findChildren(QMessageBox):
        box.close()
    window.close()


def test_a_correction_from_the_window_needs_its_reason(qtbot, offices, tmp_path):
    """The field said 必填 but was not: the city's copy then read
    更正原因:报送内容有更新(未填写更正原因)."""
    with offices["county"].open() as ws:
        ws.add_action(ActionFields(measure=17, period="2025-H2", title="商标专项检查"))
        ws.freeze_return("2025-H2")
        ws.add_action(ActionFields(measure=17, period="2025-H2", title="补充的检查"))
    out = tmp_path / "H2.pdf"
    assert "请填写更正原因" in refused_export(qtbot, offices, "2025-H2", UNIT_PASSPHRASE, out)
    assert not out.exists()
    with offices["county"].open() as ws:
        assert [r.version for r in ws.return_versions("2025-H2")] == [1]
