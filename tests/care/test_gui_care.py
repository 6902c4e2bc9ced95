"""The GUI side: backup/restore menu (work off the GUI thread), about, error dialog, start-up."""

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from care.helpers import corrupt, fill
from desktop import __version__
from desktop.logs import setup_logging
from desktop.storage import Workspace, backup
from desktop.storage.backup import BackupError
from desktop.views.about_dialog import AboutDialog
from desktop.views.errors import install_excepthook
from desktop.views.maintenance import add_maintenance_menu, open_workspace_at_startup


@pytest.fixture
def window(qtbot, home):
    workspace = Workspace.open(home)
    fill(workspace, 3)
    main = QMainWindow()
    main.workspace = workspace
    qtbot.addWidget(main)
    yield main
    workspace.close()


def message_boxes(name: str) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]


def answer_when_shown(name: str, button: QMessageBox.StandardButton, seen: list) -> None:
    """Answer the modal box called `name` once it is up (other modal windows are left alone)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == name:
            seen.append(box.text() + "\n" + box.informativeText())
            box.button(button).click()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_menu_has_backup_restore_and_about(window, home):
    add_maintenance_menu(window, home)
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"backupNowAction", "restoreAction", "aboutAction"} <= names
    titles = [a.text() for a in window.menuBar().actions()]
    assert any("数据" in t for t in titles) and any("帮助" in t for t in titles)


def test_backup_now_runs_off_the_gui_thread_and_reports(qtbot, window, home, tmp_path):
    maintenance = add_maintenance_menu(window, home)
    target = tmp_path / "usb" / "备份.sqlite"
    target.parent.mkdir()
    threads = []
    original = backup.backup_now

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    backup.backup_now = spy
    try:
        with qtbot.waitSignal(maintenance.finished, timeout=20000) as blocker:
            maintenance.backup_to(target)
    finally:
        backup.backup_now = original
    assert blocker.args[:2] == ["backup", True]
    assert threads and threads[0] is not threading.main_thread()
    assert backup.inspect_backup(target, "350481").actions == 3
    [box] = message_boxes("maintenanceMessage")
    assert str(target) in box.informativeText()
    box.close()


def test_restore_from_the_menu_puts_the_backup_in_place(qtbot, window, home, tmp_path):
    reopened = []
    maintenance = add_maintenance_menu(window, home, reopen=lambda: reopened.append(True))
    good = backup.backup_now(home, tmp_path / "good.sqlite")
    saved = {a.id for a in window.workspace.list_actions()}
    window.workspace.add_action(window.workspace.list_actions()[0].fields())

    with qtbot.waitSignal(maintenance.finished, timeout=20000) as blocker:
        maintenance.restore_from(good, confirm=False)

    assert blocker.args[:2] == ["restore", True]
    assert reopened == [True]
    with Workspace.open(home) as ws:
        assert {a.id for a in ws.list_actions()} == saved
    assert list(home.glob("workspace.replaced-*.sqlite"))


def test_restore_of_another_units_backup_is_refused_with_a_message(qtbot, window, home, tmp_path):
    maintenance = add_maintenance_menu(window, home, reopen=lambda: None)
    other = tmp_path / "other"
    with Workspace.open(other) as ws:
        fill(ws, 1, unit="350404")
    theirs = backup.backup_now(other, tmp_path / "theirs.sqlite")

    with qtbot.waitSignal(maintenance.finished, timeout=20000) as blocker:
        maintenance.restore_from(theirs)

    assert blocker.args[:2] == ["restore", False]
    assert isinstance(blocker.args[2], BackupError)
    [box] = message_boxes("maintenanceMessage")
    assert "350404" in box.informativeText()
    box.close()
    assert window.workspace.count_actions() == 3  # still open, untouched


def test_about_shows_version_plan_folder_unit_and_licences(qtbot, window, home):
    dialog = AboutDialog(window.workspace, home)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for expected in (
        __version__,
        window.workspace.plan.version_id,
        str(home),
        "永安市",
        "wqy-microhei.txt",
        "Arphic Public License",
        "LGPL-3.0",
        "reportlab",
        "BSD",
        "openpyxl",
        "MIT",
        "pyHanko",
        "cryptography",
        "Apache-2.0",
        "sqlite-utils",
    ):
        assert expected in text, expected
    for link in ("wqy-microhei.txt", "ARPHICPL-en.txt"):
        assert link in dialog.text.toHtml()


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_in_a_slot_shows_a_dialog_logs_and_keeps_running(qtbot, home, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = setup_logging(home)
    reporter = install_excepthook(home)

    def broken_slot():
        return {}["missing"]

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: reporter.shown == 1, timeout=5000)
    QTimer.singleShot(0, broken_slot)  # a second one while the dialog is up: logged only
    qtbot.wait(100)
    assert reporter.shown == 1

    [box] = message_boxes("unexpectedErrorDialog")
    assert str(log_file) in box.informativeText()
    shown = box.text() + box.informativeText() + box.detailedText()
    assert "Traceback" not in shown and "broken_slot" not in shown
    logged = log_file.read_text("utf-8")
    assert "Traceback" in logged and "broken_slot" in logged and "KeyError" in logged
    box.close()
    qtbot.waitUntil(lambda: reporter.box is None)
    QTimer.singleShot(0, broken_slot)  # the app is still running and reports the next one
    qtbot.waitUntil(lambda: reporter.shown == 2, timeout=5000)
    message_boxes("unexpectedErrorDialog")[0].close()


def test_start_up_on_a_damaged_database_offers_and_restores_the_backup(qtbot, home):
    with Workspace.open(home) as ws:
        saved = set(fill(ws, 3))
    with Workspace.open(home):
        pass  # today's automatic backup
    corrupt(home / "workspace.sqlite")
    seen = []
    answer_when_shown("offerRestore", QMessageBox.StandardButton.Yes, seen)

    workspace = open_workspace_at_startup(home, interactive=True)

    assert workspace is not None
    with workspace:
        assert {a.id for a in workspace.list_actions()} == saved
    [(_, latest)] = backup.automatic_backups(home)
    assert str(latest) in seen[0]
    assert list(home.glob("workspace.replaced-*.sqlite"))


def test_start_up_on_a_damaged_database_declined_changes_nothing(qtbot, home):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    with Workspace.open(home):
        pass
    corrupt(home / "workspace.sqlite")
    before = (home / "workspace.sqlite").read_bytes()
    answer_when_shown("offerRestore", QMessageBox.StandardButton.No, [])
    assert open_workspace_at_startup(home, interactive=True) is None
    assert (home / "workspace.sqlite").read_bytes() == before


def test_start_up_without_a_screen_prints_the_problem(qtbot, home, capsys):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    corrupt(home / "workspace.sqlite")
    assert open_workspace_at_startup(home, interactive=False) is None
    assert "已损坏" in capsys.readouterr().err


def test_cli_unexpected_error_is_one_line_and_the_traceback_is_logged(home, capsys):
    from desktop.cli import unexpected_error

    log_file = setup_logging(home)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        assert unexpected_error(error, home) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(log_file) in err
    assert "ZeroDivisionError" in Path(log_file).read_text("utf-8")
