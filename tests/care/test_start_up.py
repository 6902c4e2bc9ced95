"""The window opens before the start-up integrity check has run (desktop.views.start_up).

The checks are SQLite's real quick_check of real files: sound ones, and ones damaged the way a
failing disk would (a page overwritten with garbage).
"""

import sqlite3
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from care.helpers import corrupt, fill
from care.test_gui_care import answer_when_shown
from desktop.domain.actions import ActionFields, Status
from desktop.storage import Workspace, backup
from desktop.storage.health import IntegrityCheck, WorkspaceDamaged, quick_check
from desktop.views.main_window import MainWindow
from desktop.views.start_up import StartUp

ANOTHER = ActionFields(7, "2025-Q1", "专利导航项目对接会", "", Status.IN_PROGRESS)


def saved_workspace(home, actions: int = 3) -> set[str]:
    """A workspace that has already had its day's backup (so the backup folder is predictable)."""
    with Workspace.open(home) as ws:
        ids = set(fill(ws, actions))
    return ids


def check_of(home) -> IntegrityCheck:
    return IntegrityCheck(home / "workspace.sqlite")


def test_reads_go_ahead_and_the_first_write_runs_the_check(home):
    saved = saved_workspace(home)
    check = check_of(home)
    with Workspace.open(home, check=check, defer_check=True) as ws:
        assert ws.start_up_check is check and not check.done()
        assert {a.id for a in ws.list_actions()} == saved  # reading needs no verdict
        assert not check.done()

        new = ws.add_action(ANOTHER)

        assert check.done() and ws.start_up_check is None
        assert new in {a.id for a in ws.list_actions()}


def test_a_write_waits_for_a_check_running_on_another_thread(home):
    saved_workspace(home)
    check = check_of(home)
    with Workspace.open(home, check=check, defer_check=True) as ws:
        with check._lock:  # as if the start-up thread were half-way through the check
            writer = threading.Thread(target=ws.add_action, args=(ANOTHER,))
            writer.start()
            writer.join(0.3)
            assert writer.is_alive()  # the write waits for the verdict
        writer.join(10)
        assert not writer.is_alive() and check.done()


def test_a_failed_verdict_stops_every_write_and_writes_nothing(home):
    saved_workspace(home)
    corrupt(home / "workspace.sqlite", table="audit")
    with Workspace.open(home, check=check_of(home), defer_check=True) as ws:
        before = ws.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
        for _ in range(2):  # and it keeps saying so
            with pytest.raises(WorkspaceDamaged):
                ws.add_action(ANOTHER)
        assert ws.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == before


def test_a_file_that_cannot_be_opened_is_judged_by_the_check(home):
    saved_workspace(home)
    (home / "workspace.sqlite").write_bytes(b"not a database at all" * 50)
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(home, check=check_of(home), defer_check=True)


def test_a_workspace_needing_migration_is_checked_first(home):
    saved_workspace(home)
    conn = sqlite3.connect(home / "workspace.sqlite")
    conn.execute("PRAGMA user_version = 5")  # as if saved by the release before the last step
    conn.execute("DROP INDEX actions_by_period_measure_status")
    conn.execute("CREATE INDEX actions_by_period_measure ON actions(period, measure)")
    conn.close()
    check = check_of(home)
    with Workspace.open(home, check=check, defer_check=True) as ws:
        assert check.done() and ws.start_up_check is None  # checked, then migrated


def test_sound_workspace_opens_at_once_then_makes_the_days_backup(qtbot, home):
    saved = saved_workspace(home)
    for _, path in backup.automatic_backups(home):
        path.unlink()  # as on the first start of a new day
    start_up = StartUp(home)

    window = start_up.open_window()

    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    check = window.workspace.start_up_check
    assert check is not None and not check.done()  # the window came first
    assert backup.automatic_backups(home) == []  # nothing is copied before the verdict
    with qtbot.waitSignal(start_up.settled, timeout=10_000) as settled:
        window.show()  # once drawn, the check runs, then the day's backup
    assert settled.args == [None] and check.done()
    assert len(backup.automatic_backups(home)) == 1
    assert start_up.window is window and not start_up.gave_up
    with Workspace.open(home) as ws:
        assert {a.id for a in ws.list_actions()} == saved
    window.close()


def test_damage_found_after_the_window_opened_closes_it_and_offers_the_backup(qtbot, home):
    saved = saved_workspace(home)
    with Workspace.open(home):
        pass  # today's automatic backup exists
    # The audit trail is not read to draw the desk: the window opens, the check fails.
    corrupt(home / "workspace.sqlite", table="audit")
    start_up = StartUp(home)
    window = start_up.open_window()
    assert isinstance(window, MainWindow)  # not given to qtbot: start_up deletes it
    seen = []
    answer_when_shown("offerRestore", QMessageBox.StandardButton.Yes, seen)

    with qtbot.waitSignal(start_up.settled, timeout=20_000) as settled:
        window.show()

    assert isinstance(settled.args[0], WorkspaceDamaged)
    assert seen, "the person was offered the backup"
    assert not shiboken6.isValid(window) or not window.isVisible()
    replacement = start_up.window
    assert isinstance(replacement, MainWindow) and replacement is not window
    qtbot.addWidget(replacement)
    assert replacement.isVisible()
    assert list(home.glob("workspace.replaced-*.sqlite"))  # the damaged file is kept aside
    assert quick_check(home / "workspace.sqlite") == ["ok"]
    assert {a.id for a in replacement.workspace.list_actions()} == saved
    replacement.close()


@pytest.mark.parametrize(
    "damaged",
    [
        "actions_by_period_measure_status",  # read by the window: the period's states
        "plans",  # read while the workspace opens
    ],
)
def test_a_read_that_fails_before_the_verdict_hands_over_to_the_check(qtbot, home, damaged):
    """A read meets the damage before the check is in: the check decides; here, declined."""
    saved_workspace(home)
    with Workspace.open(home):
        pass
    corrupt(home / "workspace.sqlite", table=damaged)
    before = (home / "workspace.sqlite").read_bytes()
    answer_when_shown("offerRestore", QMessageBox.StandardButton.No, [])
    start_up = StartUp(home)

    window = start_up.open_window()

    assert window is None and start_up.gave_up
    assert (home / "workspace.sqlite").read_bytes() == before


def test_a_window_that_is_not_drawn_still_gets_its_check(qtbot, home):
    """Started minimised, say: the check and the day's backup still happen, a little later."""
    saved_workspace(home)
    for _, path in backup.automatic_backups(home):
        path.unlink()
    start_up = StartUp(home)
    window = start_up.open_window()
    qtbot.addWidget(window)
    with qtbot.waitSignal(start_up.settled, timeout=15_000) as settled:
        pass  # never shown
    assert settled.args == [None]
    assert len(backup.automatic_backups(home)) == 1


def test_the_program_opens_the_desk_then_checks_and_backs_up(qtbot, home):
    """The whole path through `ip-tracker gui`: window first, then the check and the backup."""
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.cli import main

    saved_workspace(home)
    for _, path in backup.automatic_backups(home):
        path.unlink()
    seen = {}

    def close_once_backed_up() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows and "first" not in seen:
            seen["first"] = backup.automatic_backups(home)  # the window is up before the backup
        if windows and backup.automatic_backups(home):
            seen["collecting_after"] = gc.isenabled()
            for window in windows:
                window.close()
            return
        QTimer.singleShot(20, close_once_backed_up)

    QTimer.singleShot(0, close_once_backed_up)
    try:
        code = main(["--home", str(home), "gui"])
    finally:
        gc.unfreeze()  # what the program froze belongs to this test process
    assert code == 0
    assert seen["first"] == []
    assert seen["collecting_after"] is True  # off while the program started, on again since
    assert len(backup.automatic_backups(home)) == 1


def test_a_window_that_failed_to_build_closes_quietly(qtbot, home):
    """A read that fails while the desk is built leaves a half-made window behind: closing it
    (as Qt may, at exit) has nothing to save and no worker to stop."""
    saved_workspace(home)
    corrupt(home / "workspace.sqlite", table="actions_by_period_measure_status")
    workspace = Workspace.open(home, check=check_of(home), defer_check=True)
    before = set(QApplication.topLevelWidgets())
    with pytest.raises(sqlite3.DatabaseError):
        MainWindow(workspace)
    [half_built] = [
        w for w in QApplication.topLevelWidgets() if w not in before and isinstance(w, MainWindow)
    ]
    with qtbot.captureExceptions() as raised:
        half_built.close()
    assert raised == []
    workspace.close()
