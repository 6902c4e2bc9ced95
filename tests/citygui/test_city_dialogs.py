"""Dropping files on the city window, and the send-back and report dialogs' own parts."""

from datetime import date

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QPushButton

from desktop.storage.feedback import feedback_list
from desktop.views.city import backend
from desktop.views.city.city_window import CityWindow
from desktop.views.city.import_dialog import ImportDialog
from desktop.views.city.report_dialog import ReportDialog
from desktop.views.city.send_back_dialog import SendBackDialog
from tests.citygui.city_data import ON_TIME_PERIOD
from tests.exchange_fixtures import CITY_PASSPHRASE

WAIT = 120_000


def drop(widget, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def test_files_dropped_on_the_window_open_the_import_dialog_with_a_dry_run(qtbot, city, city_data):
    window = CityWindow(city, today=date(2025, 8, 1))
    qtbot.addWidget(window)
    files = sorted(city_data.inbox.glob("*.xlsx"))
    drop(window, files)
    dialog = next(d for d in window.dialogs if isinstance(d, ImportDialog))
    if len(dialog.preview) < len(files):
        with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT):
            pass
    assert [p.name for p in dialog.paths] == [f.name for f in files]
    assert len(dialog.preview) == len(files)
    # More files dropped on the dialog join the list and are checked again.
    pdfs = sorted(city_data.inbox.glob("*.pdf"))
    with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT):
        drop(dialog, pdfs)
    assert len(dialog.paths) == len(files) + len(pdfs) == len(dialog.preview)
    dialog.reject()


def test_send_back_dialog_collects_comments_per_measure(qtbot, imported_city):
    dialog = SendBackDialog(imported_city, ON_TIME_PERIOD, "350481")
    qtbot.addWidget(dialog)
    assert dialog.unit_code() == "350481"
    assert dialog.unit.count() == 5  # the units that handed in this period
    measures = [
        dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.table.rowCount())
    ]
    assert measures and measures == sorted(measures)
    dialog.set_comment(None, "请补充佐证材料")
    dialog.set_comment(measures[0], "工作进展过于简略,请写明场次和人数")
    assert dialog.comments() == {
        None: "请补充佐证材料",
        measures[0]: "工作进展过于简略,请写明场次和人数",
    }
    # Another unit chosen: no comment, not even the overall one, goes along to it.
    dialog.unit.setCurrentIndex((dialog.unit.currentIndex() + 1) % dialog.unit.count())
    assert dialog.comments() == {}
    ready = backend.available(backend.SEND_BACK)
    assert dialog.send_button.isEnabled() == ready
    if not ready:
        assert "desktop.exchange.feedback" in dialog.send_button.toolTip()


def test_report_dialog_names_the_file_after_period_and_format(qtbot, imported_city):
    dialog = ReportDialog(imported_city, ON_TIME_PERIOD)
    qtbot.addWidget(dialog)
    assert dialog.out.text().endswith(f"{ON_TIME_PERIOD}.pdf")
    dialog.xlsx.setChecked(True)
    assert dialog.out.text().endswith(f"{ON_TIME_PERIOD}.xlsx")
    assert dialog.make_button.isEnabled() == backend.available(backend.REPORT)


def test_a_city_without_its_root_certificate_yet_opens_and_says_what_to_do(qtbot, workspace):
    workspace.setup("350400")
    window = CityWindow(workspace, today=date(2025, 4, 20))
    qtbot.addWidget(window)
    assert not window.import_action.isEnabled()
    assert "keys init-city" in window.import_action.toolTip()
    assert window.status_panel.model.rowCount() == 11
    assert "尚未创建" in window.root_label.text()


def browse_to(monkeypatch, dialog, button_name: str, path) -> None:
    """Click the dialog's 浏览… button; the system's save dialog answers `path`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), ""))
    button = next(b for b in dialog.findChildren(QPushButton) if b.accessibleName() == button_name)
    button.click()
    assert dialog.out.text() == str(path)


def test_report_dialog_signs_the_report_with_the_city_passphrase(
    qtbot, imported_city, tmp_path, monkeypatch
):
    dialog = ReportDialog(imported_city, ON_TIME_PERIOD)
    qtbot.addWidget(dialog)
    finished = []
    dialog.finished_report.connect(finished.append)
    browse_to(monkeypatch, dialog, "选择保存位置", tmp_path / "汇总.pdf")
    dialog.make_button.click()  # no passphrase yet: said, and nothing started
    assert dialog.task is None and "口令" in dialog.message.text()
    dialog.passphrase.setText("错误口令")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT)
    assert dialog.message.text().startswith("未能生成报告")
    assert not (tmp_path / "汇总.pdf").exists() and finished == []
    dialog.passphrase.setText(CITY_PASSPHRASE)
    with qtbot.waitSignal(dialog.finished_report, timeout=WAIT):
        dialog.make_button.click()
    assert finished == [str(tmp_path / "汇总.pdf")]
    assert (tmp_path / "汇总.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.make_button.isEnabled() and not dialog.progress.isVisible()


def test_a_send_back_with_a_wrong_passphrase_keeps_no_comments(
    qtbot, imported_city, tmp_path, monkeypatch
):
    dialog = SendBackDialog(imported_city, ON_TIME_PERIOD, "350481")
    qtbot.addWidget(dialog)
    dialog.set_comment(None, "请补充佐证材料")
    browse_to(monkeypatch, dialog, "选择反馈文件保存位置", tmp_path / "永安市.feedback")
    dialog.passphrase.setText("错误口令")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT)
    assert dialog.message.text().startswith("未能退回")
    assert feedback_list(imported_city, ON_TIME_PERIOD) == []
    assert not (tmp_path / "永安市.feedback").exists()

    dialog.passphrase.setText(CITY_PASSPHRASE)
    with qtbot.waitSignal(dialog.sent_back, timeout=WAIT) as sent:
        dialog.send_button.click()
    assert sent.args == ["350481", ON_TIME_PERIOD]
    comments = feedback_list(imported_city, ON_TIME_PERIOD)
    assert [(c.unit, c.measure, c.comment) for c in comments] == [
        ("350481", None, "请补充佐证材料")
    ]
    assert (tmp_path / "永安市.feedback").stat().st_size > 0
    # The comments are sent: the form is cleared, and a second click sends nothing twice.
    assert dialog.comments() == {}
    dialog.send_button.click()
    assert dialog.task is None and "至少填写一条意见" in dialog.message.text()
    assert len(feedback_list(imported_city, ON_TIME_PERIOD)) == 1
