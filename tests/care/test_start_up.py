"""The window opens while the start-up integrity check is still running (desktop.views.start_up).

The check's verdict is held back with a Future the test completes itself, so each test knows the
window was built before the verdict; the verdict is SQLite's real quick_check of the real file.
"""

import threading
import time
from concurrent.futures import Future

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from care.helpers import corrupt, fill
from care.test_gui_care import answer_when_shown
from desktop.domain.actions import ActionFields, Status
from desktop.storage import Workspace, backup
from desktop.storage.health import WorkspaceDamaged, quick_check
from desktop.views.main_window import MainWindow
from desktop.views.start_up import StartUp

ANOTHER = ActionFields(7, "2025-Q1", "专利导航项目对接会", "", Status.IN_PROGRESS)


def saved_workspace(home, actions: int = 3) -> set[str]:
    """A workspace that has already had its day's backup (so the backup folder is predictable)."""
    with Workspace.open(home) as ws:
        ids = set(fill(ws, actions))
    return ids


def held_check() -> Future:
    future = Future()
    future.set_running_or_notify_cancel()
    return future


def test_reads_go_ahead_and_the_first_write_waits_for_the_verdict(home):
    saved = saved_workspace(home)
    check = held_check()
    with Workspace.open(home, early_check=check, defer_check=True) as ws:
        assert ws.start_up_check is check
        assert {a.id for a in ws.list_actions()} == saved  # reading needs no verdict

        threading.Timer(0.3, lambda: check.set_result(quick_check(ws.path))).start()
        began = time.monotonic()
        new = ws.add_action(ANOTHER)
        assert time.monotonic() - began >= 0.25  # it waited for the check
        assert ws.start_up_check is None
        assert new in {a.id for a in ws.list_actions()}


def test_a_failed_verdict_stops_every_write_and_writes_nothing(home):
    saved_workspace(home)
    corrupt(home / "workspace.sqlite", table="audit")
    check = held_check()
    with Workspace.open(home, early_check=check, defer_check=True) as ws:
        before = ws.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
        check.set_result(quick_check(ws.path))
        for _ in range(2):  # and it keeps saying so
            with pytest.raises(WorkspaceDamaged):
                ws.add_action(ANOTHER)
        assert ws.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == before


def test_a_file_that_cannot_be_opened_is_judged_by_the_check(home):
    saved_workspace(home)
    (home / "workspace.sqlite").write_bytes(b"not a database at all" * 50)
    check = held_check()
    threading.Timer(0.2, lambda: check.set_result(quick_check(home / "workspace.sqlite"))).start()
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(home, early_check=check, defer_check=True)


def test_a_workspace_needing_migration_waits_for_the_check_first(home):
    saved_workspace(home)
    import sqlite3

    conn = sqlite3.connect(home / "workspace.sqlite")
    conn.execute("PRAGMA user_version = 5")  # as if saved by the release before the last step
    conn.execute("DROP INDEX actions_by_period_measure_status")
    conn.execute("CREATE INDEX actions_by_period_measure ON actions(period, measure)")
    conn.close()
    check = held_check()
    threading.Timer(0.2, lambda: check.set_result(["ok"])).start()
    with Workspace.open(home, early_check=check, defer_check=True) as ws:
        assert check.done() and ws.start_up_check is None  # migrated after the verdict


def test_sound_workspace_opens_at_once_then_makes_the_days_backup(qtbot, home):
    saved = saved_workspace(home)
    for _, path in backup.automatic_backups(home):
        path.unlink()  # as on the first start of a new day
    check = held_check()
    start_up = StartUp(home)

    window = start_up.open_window(check)

    assert isinstance(window, MainWindow) and not check.done()
    qtbot.addWidget(window)
    assert backup.automatic_backups(home) == []  # nothing is copied before the verdict
    with qtbot.waitSignal(start_up.settled, timeout=10_000) as settled:
        check.set_result(quick_check(home / "workspace.sqlite"))
    assert settled.args == [None]
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
    check = held_check()
    start_up = StartUp(home)
    window = start_up.open_window(check)
    assert isinstance(window, MainWindow)
    window.show()  # not given to qtbot: start_up deletes it
    seen = []
    answer_when_shown("offerRestore", QMessageBox.StandardButton.Yes, seen)

    with qtbot.waitSignal(start_up.settled, timeout=20_000) as settled:
        check.set_result(quick_check(home / "workspace.sqlite"))

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
    check = held_check()
    threading.Timer(0.3, lambda: check.set_result(quick_check(home / "workspace.sqlite"))).start()

    window = start_up.open_window(check)

    assert window is None and start_up.gave_up
    assert (home / "workspace.sqlite").read_bytes() == before
