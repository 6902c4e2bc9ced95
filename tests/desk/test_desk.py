"""The county desk driven through its real widgets on a real workspace."""

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.actions import Status
from desktop.views.main_window import MEASURE_ROLE, _walk
from desktop.views.plan_tree_model import COLUMN_CONCERN, COLUMN_STATE


def type_text(widget, text: str) -> None:
    """Type as a person with a Chinese input method does: key events carrying the text.

    (QTest.keyClicks only knows ASCII.)"""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def visible_measures(window) -> list[int]:
    return [i.data(MEASURE_ROLE) for i in _walk(window.tree.model()) if i.data(MEASURE_ROLE)]


def tree_cell(window, no: int, column: int) -> str:
    index = window.tree_model.measure_index(no)
    return index.siblingAtColumn(column).data()


def choose_status(editor, status: Status) -> None:
    editor.status.setCurrentIndex(editor.status.findData(str(status)))


# ----------------------------------------------------------------- first run
def test_first_run_asks_for_the_unit_then_shows_the_desk(workspace, open_window, qtbot):
    window = open_window(workspace)
    assert window.pages.currentWidget() is window.first_run
    assert not window.new_action.isEnabled()
    form = window.first_run.form

    qtbot.mouseClick(form.confirm, Qt.MouseButton.LeftButton)  # nothing chosen yet
    assert "请选择本单位" in form.message.text()
    assert workspace.unit_code is None

    form.choose_unit("350481")
    type_text(form.contact, "林晓")
    type_text(form.phone, "0598-3633001")
    with qtbot.waitSignal(window.background.done, timeout=5000):
        qtbot.keyClick(form.phone, Qt.Key.Key_Return)  # Enter confirms, as the button does

    assert workspace.unit_code == "350481"
    assert (workspace.contact, workspace.phone) == ("林晓", "0598-3633001")
    assert window.pages.currentWidget() is window.desk
    assert window.new_action.isEnabled()
    assert "永安市" in window.unit_label.text() and "林晓" in window.unit_label.text()
    # The county bureau is the city office's counterpart; measure 63 names all counties.
    assert tree_cell(window, 1, COLUMN_CONCERN) == "对口"
    assert tree_cell(window, 63, COLUMN_CONCERN) == "各县(市、区)"
    assert tree_cell(window, 9, COLUMN_CONCERN) == "未列明"


def test_the_first_run_fields_get_their_full_height(workspace, open_window):
    """The welcome card was centred by an alignment flag, which gave it a height too short for
    its wrapped text: the fields were squeezed until their text was cut."""
    window = open_window(workspace)
    window.resize(1400, 880)
    form = window.first_run.form
    for widget in (form.unit, form.contact, form.phone, form.confirm):
        assert widget.height() >= widget.sizeHint().height(), widget.objectName()


def test_settings_change_the_contact_later(desk, county_workspace, qtbot):
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.set_unit("350481", "陈明", "0598-1111111")
    assert county_workspace.contact == "陈明"
    assert "陈明" in desk.unit_label.text()


def test_unit_cannot_change_once_work_is_recorded(desk, county_workspace, qtbot, fields):
    county_workspace.add_action(fields(1))
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.first_run.form.set_values("350404", "林晓", "")
        desk.set_unit("350404", "林晓", "")
    assert county_workspace.unit_code == "350481"
    assert "不能改为" in desk.first_run.form.message.text()


# ------------------------------------------------------ add, edit, undo, redo
def test_add_edit_undo_redo_an_action(desk, county_workspace, qtbot):
    desk.select_measure(12)
    editor = desk.editor
    desk.new_action.trigger()
    assert editor.action is None and editor.title.hasFocus()
    type_text(editor.title, "开展商标专用权保护专项行动")
    type_text(editor.progress, "检查市场主体 35 家,立案 2 件。")
    choose_status(editor, Status.IN_PROGRESS)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    [action] = county_workspace.list_actions(period="2025-Q1", measure=12)
    assert action.title == "开展商标专用权保护专项行动"
    assert action.progress == "检查市场主体 35 家,立案 2 件。"
    assert desk.actions_model.rowCount() == 1
    assert editor.action is not None and editor.action.id == action.id
    assert tree_cell(desk, 12, COLUMN_STATE).startswith("推进中")

    # Edit: the title and the status.
    editor.title.clear()
    type_text(editor.title, "商标专用权保护专项行动(已结案)")
    choose_status(editor, Status.DONE)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.save_action.trigger()
    edited = county_workspace.get_action(action.id)
    assert edited.title == "商标专用权保护专项行动(已结案)" and edited.status == Status.DONE
    assert tree_cell(desk, 12, COLUMN_STATE).startswith("已完成")

    # Undo the edit, then the addition.
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.undo_action.trigger()
    assert county_workspace.get_action(action.id).title == "开展商标专用权保护专项行动"
    assert editor.title.text() == "开展商标专用权保护专项行动"
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.undo_action.trigger()
    assert county_workspace.list_actions(period="2025-Q1", measure=12) == []
    assert desk.actions_model.rowCount() == 0
    assert tree_cell(desk, 12, COLUMN_STATE) == "未填报"

    # Redo both: the same action comes back, with the same id.
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.redo_action.trigger()
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.redo_action.trigger()
    [back] = county_workspace.list_actions(period="2025-Q1", measure=12)
    assert back.id == action.id and back.title == "商标专用权保护专项行动(已结案)"
    ops = [entry.op for entry in county_workspace.audit_trail(action.id)]
    assert ops == ["insert", "update", "update", "delete", "insert", "update"]


def test_a_form_that_cannot_be_saved_is_not_left_behind(desk, county_workspace, qtbot):
    """Typed 工作进展 without a 工作事项, then another measure clicked: the text was discarded
    with an 8-second status message. Now the form stays until corrected, or discarded by Esc."""
    from PySide6.QtTest import QTest

    desk.select_measure(12)
    desk.new_action_for_measure()
    type_text(desk.editor.progress, "走访企业5家")
    desk.select_measure(13)
    qtbot.waitUntil(lambda: desk.current_measure().no == 12, timeout=2000)
    assert desk.editor.progress.toPlainText() == "走访企业5家"
    assert "不能保存" in desk.statusBar().currentMessage()
    assert county_workspace.list_actions(measure=12) == []
    QTest.keyClick(desk.editor.progress, Qt.Key.Key_Escape)  # discard, on purpose
    assert desk.editor.progress.toPlainText() == ""
    desk.select_measure(13)
    assert desk.current_measure().no == 13


def test_a_search_that_finds_nothing_keeps_a_form_that_cannot_be_saved(desk, qtbot):
    desk.select_measure(12)
    desk.new_action_for_measure()
    type_text(desk.editor.progress, "走访企业5家")
    desk.search.setText("这段文字在计划里找不到")
    desk.apply_search()
    qtbot.waitUntil(lambda: "0 项措施" in desk.statusBar().currentMessage(), timeout=5000)
    assert desk.editor.progress.toPlainText() == "走访企业5家"
    assert desk.editor.measure.no == 12


def test_undo_while_typing_undoes_the_typing_and_redo_brings_it_back(desk, county_workspace, qtbot):
    """Undo with a new action half typed removed the previous action and threw the typing
    away. The typing is the latest change: it is saved, then undone, and redo restores it."""
    desk.select_measure(12)
    type_text(desk.editor.title, "第一条")
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.editor.save()
    desk.new_action_for_measure()
    type_text(desk.editor.title, "第二条")
    type_text(desk.editor.progress, "正在写")
    desk.undo_action.trigger()
    qtbot.waitUntil(lambda: not desk.background.busy, timeout=5000)
    assert [a.title for a in county_workspace.list_actions(measure=12)] == ["第一条"]
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.redo_action.trigger()
    titles = sorted(a.title for a in county_workspace.list_actions(measure=12))
    assert titles == ["第一条", "第二条"]
    [second] = [a for a in county_workspace.list_actions(measure=12) if a.title == "第二条"]
    assert second.progress == "正在写"


def test_delete_is_undoable(desk, county_workspace, qtbot, fields):
    action_id = county_workspace.add_action(fields(5))
    desk.select_measure(5)
    desk.refresh(select_action=action_id)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        qtbot.mouseClick(desk.editor.delete_button, Qt.MouseButton.LeftButton)
    assert county_workspace.list_actions(measure=5) == []
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.undo_action.trigger()
    assert [a.id for a in county_workspace.list_actions(measure=5)] == [action_id]


def test_figures_are_saved_and_summed(desk, county_workspace, qtbot):
    desk.select_measure(40)
    editor = desk.editor
    assert set(editor._figure_edits) == {"40.1", "40.2"}
    type_text(editor.title, "新增绿色食品认证")
    type_text(editor._figure_edits["40.1"], "12")
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        editor.save()
    [action] = county_workspace.list_actions(measure=40)
    assert str(action.figures["40.1"]) == "12"
    assert "12" in desk.detail.toPlainText()


def test_moving_to_another_measure_saves_what_was_typed(desk, county_workspace, qtbot):
    desk.select_measure(3)
    type_text(desk.editor.title, "起草工作方案")
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.next_action.trigger()
    assert desk.current_measure().no == 4
    assert [a.title for a in county_workspace.list_actions(measure=3)] == ["起草工作方案"]


# ------------------------------------------------------------------ evidence
def test_attach_evidence_by_dialog_path_and_by_drop(
    desk, county_workspace, qtbot, tmp_path, fields
):
    photo = tmp_path / "宣传周现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"photo" * 100)
    minutes = tmp_path / "会议纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    action_id = county_workspace.add_action(fields(45))
    desk.select_measure(45)
    desk.refresh(select_action=action_id)

    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.editor.add_files([photo])  # what the file dialog hands over
    record = county_workspace.get_action(action_id)
    assert [e.name for e in record.evidence] == ["宣传周现场照片.jpg"]
    assert county_workspace.evidence_content(record.evidence[0].sha256) == photo.read_bytes()
    assert desk.editor.evidence.count() == 1

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(minutes))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.editor.dropEvent(drop)
    names = [e.name for e in county_workspace.get_action(action_id).evidence]
    assert names == ["宣传周现场照片.jpg", "会议纪要.pdf"]
    assert desk.editor.evidence.count() == 2

    # Remove one, and undo the removal.
    desk.editor.evidence.setCurrentRow(0)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        qtbot.mouseClick(desk.editor.remove_evidence_button, Qt.MouseButton.LeftButton)
    assert [e.name for e in county_workspace.get_action(action_id).evidence] == ["会议纪要.pdf"]
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.undo_action.trigger()
    assert len(county_workspace.get_action(action_id).evidence) == 2


def test_enter_on_an_evidence_file_opens_a_copy_of_it(
    desk, county_workspace, qtbot, tmp_path, fields, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    minutes = tmp_path / "会议纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    action_id = county_workspace.add_action(fields(45))
    county_workspace.attach_evidence(action_id, minutes)
    desk.select_measure(45)
    desk.refresh(select_action=action_id)
    assert desk.editor.evidence.item(0).text() == "会议纪要.pdf  (16 B)"
    desk.editor.evidence.setFocus()
    desk.editor.evidence.setCurrentRow(0)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        qtbot.keyClick(desk.editor.evidence, Qt.Key.Key_Return)
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "会议纪要.pdf" and copy.read_bytes() == minutes.read_bytes()
    assert copy.parent != tmp_path  # a private copy, never the original


def test_files_for_a_new_action_are_attached_when_it_is_saved(
    desk, county_workspace, qtbot, tmp_path
):
    report = tmp_path / "调研报告.docx"
    report.write_bytes(b"PK report")
    desk.select_measure(30)
    desk.editor.add_files([report])
    assert desk.editor.evidence.count() == 1
    type_text(desk.editor.title, "赴企业调研")
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.editor.save()
    [action] = county_workspace.list_actions(measure=30)
    assert [e.name for e in action.evidence] == ["调研报告.docx"]


def test_a_file_that_cannot_be_kept_is_refused_when_added(desk, tmp_path):
    """Too big: said at once, not when the new action is saved (then, the form was emptied)."""
    film = tmp_path / "宣传片.mp4"
    with film.open("wb") as handle:
        handle.truncate(201 * 1024 * 1024)  # sparse: the size counts, not the bytes
    desk.select_measure(30)
    desk.editor.add_files([film])
    assert desk.editor.evidence.count() == 0
    assert "佐证材料过大" in desk.editor.message.text()


def test_a_refused_save_keeps_the_form_and_leaves_no_undo_step(
    desk, county_workspace, qtbot, tmp_path
):
    """A pending file gone by the time of saving: the save is refused. The typed work stays in
    the form, and the undo stack holds no step for an action that was never created (its undo
    said 没有编号为 None 的工作记录, and redo created it behind the person's back)."""
    notes = tmp_path / "调研笔记.docx"
    notes.write_bytes(b"PK notes")
    desk.select_measure(30)
    desk.editor.add_files([notes])
    type_text(desk.editor.title, "赴企业调研")
    type_text(desk.editor.progress, "走访企业5家")
    notes.unlink()
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.editor.save()
    assert county_workspace.list_actions(measure=30) == []
    assert desk.undo_stack.count() == 0 and not desk.redo_action.isEnabled()
    assert desk.editor.title.text() == "赴企业调研"
    assert desk.editor.progress.toPlainText() == "走访企业5家"
    assert desk.editor.dirty
    desk._last_message.close()


def test_files_attached_together_are_all_kept_or_none(
    desk, county_workspace, qtbot, tmp_path, fields
):
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    gone = tmp_path / "会议纪要.pdf"
    gone.write_bytes(b"%PDF-1.4")
    action_id = county_workspace.add_action(fields(45))
    desk.select_measure(45)
    desk.refresh(select_action=action_id)
    gone.unlink()  # between choosing and attaching
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.attach_files(action_id, [photo, gone])
    assert county_workspace.get_action(action_id).evidence == []
    assert desk.undo_stack.count() == 0
    desk._last_message.close()


# ---------------------------------------------------------- 不涉及 needs a reason
def test_not_applicable_without_a_reason_is_refused_with_a_message(desk, county_workspace, qtbot):
    desk.select_measure(20)
    editor = desk.editor
    type_text(editor.title, "本期无植物新品种相关工作")
    assert not editor.reason.isEnabled()
    choose_status(editor, Status.NOT_APPLICABLE)
    assert editor.reason.isEnabled()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.isVisible()
    assert "理由" in editor.message.text()
    assert editor.reason.hasFocus()
    assert not desk.background.busy
    assert county_workspace.list_actions(measure=20) == []

    type_text(editor.reason, "本县无植物新品种培育企业")
    assert not editor.message.isVisible()
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [action] = county_workspace.list_actions(measure=20)
    assert action.status == Status.NOT_APPLICABLE and action.reason == "本县无植物新品种培育企业"
    assert tree_cell(desk, 20, COLUMN_STATE).startswith("不涉及")


# --------------------------------------------------------- periods, overview
def test_switching_periods_changes_the_overview(county_workspace, open_window, fields):
    for no in (1, 2, 3, 12, 63):
        county_workspace.add_action(fields(no, "2025-Q1"))
    county_workspace.add_action(fields(1, "2025-Q2", status=Status.IN_PROGRESS))
    window = open_window(county_workspace)
    assert window.period == "2025-Q1"  # the quarter due next on 2025-04-03
    assert "还剩 7 天" in window.period_bar.deadline.text()
    assert "2025-04-10" in window.period_bar.deadline.text()
    missing_q1 = window.overview.missing_measures()
    assert 1 not in missing_q1 and 63 not in missing_q1 and 4 in missing_q1
    assert len(missing_q1) == 41 - 5
    assert window.overview.bars[1].value() == 3  # measures 1, 2, 3 of chapter 一
    assert "已填报 5 项" in window.overview.summary.text()

    window.period_bar.set_current("2025-Q2")
    assert window.period == "2025-Q2"
    assert len(window.overview.missing_measures()) == 40
    assert window.overview.bars[1].value() == 1
    assert tree_cell(window, 1, COLUMN_STATE).startswith("推进中")
    assert tree_cell(window, 2, COLUMN_STATE) == "未填报"

    window.period_bar.set_current("2024-Q4")
    assert "已逾期" in window.period_bar.deadline.text()

    # A missing measure in the list takes the clerk straight to it.
    item = window.overview.missing.item(0)
    window.overview.missing.itemActivated.emit(item)
    assert window.current_measure().no == item.data(Qt.ItemDataRole.UserRole + 1)


def test_the_window_remembers_period_filter_and_size(county_workspace, open_window):
    window = open_window(county_workspace)
    window.period_bar.set_current("2025-Q3")
    window.mine_only.setChecked(True)
    window.resize(760, 560)  # the offscreen screen is 800 × 600
    window.select_measure(17)
    window.close()
    again = open_window(county_workspace)
    assert again.period == "2025-Q3"
    assert again.mine_only.isChecked()
    assert again.current_measure().no == 17
    assert (again.size().width(), again.size().height()) == (760, 560)


# -------------------------------------------------------------- mine, search
def test_mine_only_shows_lead_co_counterpart_and_all_counties(desk):
    assert len(visible_measures(desk)) == 63
    desk.mine_only.setChecked(True)
    mine = visible_measures(desk)
    assert len(mine) == 41 and 1 in mine and 63 in mine and 9 not in mine


def test_search_filters_measures_and_actions(desk, county_workspace, qtbot, fields):
    """Typing filters after a pause, off the GUI thread; Esc clears."""
    wanted = county_workspace.add_action(fields(17, title="龙腾专项行动检查专利标识"))
    county_workspace.add_action(fields(17, title="日常巡查"))
    county_workspace.add_action(fields(30, period="2025-Q2", title="龙腾行动回头看"))
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        type_text(desk.search, "龙腾")  # the search runs once typing pauses
    shown = visible_measures(desk)
    assert 17 in shown  # its action this period matches
    assert 30 not in shown  # its match is in another period
    assert len(shown) < 63

    desk.select_measure(17)
    assert desk.actions_model.rowCount() == 2
    assert desk.actions_proxy.rowCount() == 1
    assert desk.actions_proxy.index(0, 0).data() == "龙腾专项行动检查专利标识"
    assert wanted

    desk.search.setFocus()
    qtbot.keyClick(desk.search, Qt.Key.Key_Escape)
    assert desk.search.text() == ""
    assert len(visible_measures(desk)) == 63
    assert desk.actions_proxy.rowCount() == 2


def test_search_finds_measure_text(desk, qtbot):
    type_text(desk.search, "植物新品种")
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.apply_search()
    expected = [m.no for m in desk.plan.measures if "植物新品种" in m.text]
    assert 20 in expected and visible_measures(desk) == expected
    assert desk.current_measure().no == expected[0]


def test_table_sorts_by_status_and_filters_by_text(desk, county_workspace, fields):
    county_workspace.add_action(fields(8, title="乙工作", status=Status.DONE))
    county_workspace.add_action(fields(8, title="甲工作", status=Status.NOT_STARTED))
    desk.select_measure(8)
    desk.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert desk.actions_proxy.index(0, 0).data() == "甲工作"
    desk.table_filter.setText("乙")
    assert desk.actions_proxy.rowCount() == 1


def test_keyboard_shortcuts_and_accessible_names(desk):
    shortcuts = {
        action.shortcut().toString()
        for action in (desk.new_action, desk.save_action, desk.search_action)
    }
    assert shortcuts == {"Ctrl+N", "Ctrl+S", "Ctrl+F"}
    desk.select_measure(10)
    desk.next_action.trigger()
    assert desk.current_measure().no == 11
    desk.previous_action.trigger()
    desk.previous_action.trigger()
    assert desk.current_measure().no == 9
    desk.search_action.trigger()
    assert desk.search.hasFocus()
    for widget in (desk.tree, desk.table, desk.search, desk.editor.title, desk.editor.status):
        assert widget.accessibleName()
        assert widget.toolTip() or widget in (desk.tree, desk.table)


def test_undo_and_redo_by_keyboard(desk, county_workspace, qtbot, fields):
    """Ctrl+Z, then Ctrl+Y or Ctrl+Shift+Z: redo was bound to Ctrl+Y twice, which Qt treats as
    ambiguous and ignores."""
    from PySide6.QtTest import QTest

    action_id = county_workspace.add_action(fields(12, title="旧标题"))
    desk.select_measure(12)
    desk.refresh(select_action=action_id)
    desk.editor.title.setText("新标题")
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.save_action.trigger()
    control, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for key, modifiers, title in (
        (Qt.Key.Key_Z, control, "旧标题"),
        (Qt.Key.Key_Y, control, "新标题"),
        (Qt.Key.Key_Z, control, "旧标题"),
        (Qt.Key.Key_Z, control | shift, "新标题"),
    ):
        desk.tree.setFocus()
        with qtbot.waitSignal(desk.background.done, timeout=5000):
            QTest.keyClick(desk.tree, key, modifiers)
        assert county_workspace.get_action(action_id).title == title


def test_tab_leaves_the_table_and_the_empty_dates(desk, county_workspace, fields):
    """Two keyboard traps: Tab went round the table's cells, and never left an empty date."""
    from PySide6.QtTest import QTest

    for title in ("一", "二"):
        county_workspace.add_action(fields(12, title=title))
    desk.select_measure(12)
    desk.refresh()
    desk.table.setFocus()
    QTest.keyClick(desk.table, Qt.Key.Key_Tab)
    assert not desk.table.hasFocus()
    desk.new_action_for_measure()
    start = desk.editor.start
    assert start.value() is None
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert not start.hasFocus()
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_Up)  # an empty date steps from today, not from 2000
    assert start.value() is not None and start.value().year >= 2025
    QTest.keyClick(start, Qt.Key.Key_Delete)  # as its tooltip says
    assert start.value() is None


def test_settings_are_in_a_menu_with_a_shortcut(desk):
    data_menu = next(
        a.menu() for a in desk.menuBar().actions() if a.menu().objectName() == "dataMenu"
    )
    assert desk.settings_action in data_menu.actions()
    assert desk.settings_action.shortcut().toString() == "Ctrl+,"


def test_undo_says_what_it_undid(desk, county_workspace, qtbot, fields):
    action_id = county_workspace.add_action(fields(6, title="召开联席会议"))
    desk.select_measure(6)
    desk.refresh(select_action=action_id)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.delete_action(action_id)
    desk.select_measure(30)  # somewhere else: the undo's effect is not on show
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.undo_action.trigger()
    assert desk.statusBar().currentMessage() == "已撤销:删除工作“召开联席会议”"


def test_a_search_that_finds_nothing_leaves_nothing_stale(desk, qtbot):
    desk.select_measure(12)
    desk.search.setText("这段文字在计划里找不到")
    desk.apply_search()
    qtbot.waitUntil(lambda: desk.current_measure() is None, timeout=5000)
    assert desk.detail.toPlainText() == "" and desk.table_title.text() == ""
    assert desk.actions_model.rowCount() == 0


def test_tab_goes_through_the_form_as_it_reads(desk):
    """From 工作事项, Tab went to the measure's text and the editor's frame before 完成情况, and
    the figure fields came after 保存 and the overview."""
    from PySide6.QtTest import QTest

    desk.select_measure(40)  # two figure fields
    desk.new_action_for_measure()
    QApplication.processEvents()  # the new figure fields are shown by the event loop
    desk.editor.title.setFocus()
    names = []
    for _ in range(9):
        names.append(QApplication.focusWidget().accessibleName())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert names == [
        "工作事项", "完成情况", "开始日期", "完成日期", "工作进展",
        "量化指标 40.1", "量化指标 40.2", "存在问题", "下一步计划",
    ]  # fmt: skip


def test_first_window_contract_still_holds(desk):
    desk.select_measure(40)
    text = desk.detail.toPlainText()
    assert "绿色、有机认证" in text and "市农业农村局" in text


def test_writes_happen_on_the_worker_thread(desk, county_workspace, qtbot):
    import threading

    seen = []
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.background.run(lambda ws: seen.append((threading.current_thread(), ws)))
    thread, worker_workspace = seen[0]
    assert thread is not threading.main_thread()
    assert worker_workspace is not county_workspace


def test_a_failed_write_is_reported(desk, qtbot, monkeypatch):
    errors = []
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.background.run(lambda ws: ws.get_action("no-such-id"), on_failure=errors.append)
    assert "no-such-id" in str(errors[0])


def test_undo_names_the_step(desk, county_workspace, qtbot, fields):
    action_id = county_workspace.add_action(fields(6, title="召开联席会议"))
    desk.select_measure(6)
    desk.refresh(select_action=action_id)
    with qtbot.waitSignal(desk.background.done, timeout=5000):
        desk.delete_action(action_id)
    assert desk.undo_stack.undoText() == "删除工作“召开联席会议”"
    assert "召开联席会议" in desk.undo_action.text()


def test_settings_dialog_offers_the_current_values(desk, county_workspace):
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        county_workspace.units(), "350481", county_workspace.contact, "0598-3633001", desk
    )
    assert dialog.form.unit.currentData() == "350481"
    assert dialog.form.contact.text() == "林晓"
    dialog.form.contact.setText("王芳")
    dialog.form.confirm.click()
    assert dialog.values == ("350481", "王芳", "0598-3633001")


def test_enter_confirms_the_settings_dialog(desk, county_workspace, qtbot):
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        county_workspace.units(), "350481", county_workspace.contact, "0598-3633001", desk
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.contact.setText("王芳")
    dialog.form.contact.setFocus()
    qtbot.keyClick(dialog.form.contact, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values == ("350481", "王芳", "0598-3633001")
