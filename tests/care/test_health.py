"""Start-up health: a damaged database is never touched and the backup is named; a read-only or
full disk gets a message that says so.

Read-only for real: the tests run as root, whom chmod does not stop. They run the program in a
new user+mount namespace (`unshare -rm`) where the data folder is bind-mounted read-only, so the
kernel refuses every write with EROFS, as it would on a write-protected USB stick or a locked-down
network share. Where unshare is not permitted, those tests are skipped with the reason.
"""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from care.helpers import REPO_ROOT, corrupt, fill, run_program
from desktop.storage import Workspace, backup
from desktop.storage.database import WorkspaceError
from desktop.storage.health import (
    WorkspaceDamaged,
    WorkspaceDiskFull,
    WorkspaceReadOnly,
    as_workspace_error,
    check_folder,
)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_workspace_with_backup(home):
    with Workspace.open(home) as ws:
        saved = set(fill(ws, 3))
    with Workspace.open(home):
        pass  # the second opening makes today's automatic backup
    [(_, good)] = backup.automatic_backups(home)
    corrupt(home / "workspace.sqlite")
    return saved, good


def test_damaged_database_at_start_up_names_the_latest_good_backup(home):
    saved, good = damaged_workspace_with_backup(home)
    before = digest(home / "workspace.sqlite")

    with pytest.raises(WorkspaceDamaged) as caught:
        Workspace.open(home)

    assert caught.value.backup == good
    assert str(good) in str(caught.value)
    assert "已损坏" in str(caught.value)
    assert digest(home / "workspace.sqlite") == before  # never overwritten, not even migrated
    # … and restoring the backup it names brings the work back.
    backup.restore(home, caught.value.backup)
    with Workspace.open(home) as ws:
        assert {a.id for a in ws.list_actions()} == saved
    kept = next(home.glob("workspace.replaced-*.sqlite"))
    assert digest(kept) == before  # the damaged file is kept as it was, for the helpdesk


def test_damaged_database_without_backup_says_so(home):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    corrupt(home / "workspace.sqlite")
    with pytest.raises(WorkspaceDamaged, match="没有找到可用的备份") as caught:
        Workspace.open(home)
    assert caught.value.backup is None


def test_a_file_that_is_not_a_database_is_damage_not_a_new_workspace(home):
    home.mkdir()
    (home / "workspace.sqlite").write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(home)
    assert (home / "workspace.sqlite").read_bytes() == b"\x00garbage" * 1000


def test_cli_on_a_damaged_database_exits_2_naming_the_backup(home):
    _saved, good = damaged_workspace_with_backup(home)
    result = run_program("plan", "show", "--json", home=home)
    assert result.returncode == 2, result
    assert str(good) in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_data_folder_under_a_file_is_explained(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(WorkspaceError, match="不是文件夹"):
        check_folder(blocker / "workspace")


def test_disk_full_from_sqlite_gets_a_plain_message(home):
    """SQLite's own SQLITE_FULL, produced honestly: a page limit makes the database 'full'."""
    with Workspace.open(home) as ws:
        fill(ws, 1)
        pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
        ws.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(sqlite3.OperationalError) as caught, ws.transaction():
            ws.conn.execute(
                "INSERT INTO evidence_blobs (sha256, size, content) VALUES ('x', 1, ?)",
                (b"\x00" * 200_000,),
            )
        problem = as_workspace_error(caught.value, home)
    assert isinstance(problem, WorkspaceDiskFull)
    assert "磁盘空间已满" in str(problem)
    with Workspace.open(home) as ws:  # nothing lost
        assert ws.count_actions() == 1


def unshare_read_only(folder) -> list[str]:
    """A command prefix that runs the rest with `folder` mounted read-only (root can't write)."""
    if not shutil.which("unshare"):
        pytest.skip("unshare is not installed: no way to make a folder read-only for root")
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount --bind '{folder}' '{folder}' && "
         f"mount -o remount,ro,bind '{folder}' '{folder}' && ! touch '{folder}/probe'"],
        capture_output=True,
    )  # fmt: skip
    if probe.returncode != 0:
        pytest.skip(f"user namespaces not permitted here: {probe.stderr.decode()[:200]}")
    script = (
        f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind '{folder}' '{folder}' "
        '&& exec "$@"'
    )
    return ["unshare", "-rm", "sh", "-c", script, "sh"]


def test_cli_on_a_read_only_data_folder_exits_2_naming_the_folder(home):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    result = run_program(
        "action", "add", "--measure", "3", "--period", "2025-Q1", "--title", "新工作",
        home=home, prefix=unshare_read_only(home),
    )  # fmt: skip
    assert result.returncode == 2, result
    assert str(home) in result.stderr
    assert "只读" in result.stderr
    assert "Traceback" not in result.stderr


def test_read_only_data_folder_that_does_not_exist_yet(tmp_path):
    parent = tmp_path / "share"
    parent.mkdir()
    home = parent / "workspace"
    result = run_program("plan", "show", home=home, prefix=unshare_read_only(parent))
    assert result.returncode == 2, result
    assert str(home) in result.stderr


GUI_STARTUP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.views.app import make_application
    from desktop.views.maintenance import open_workspace_at_startup

    app = make_application()
    seen = []

    def read_message():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, read_message)
            return
        seen.append((box.objectName(), box.text()))
        box.accept()

    QTimer.singleShot(0, read_message)
    workspace = open_workspace_at_startup(Path(sys.argv[1]), interactive=True)
    print("workspace:", workspace)
    for name, text in seen:
        print(name, text)
    """
)


def test_gui_start_up_on_a_read_only_data_folder_shows_the_message(home):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    prefix = unshare_read_only(home)
    result = subprocess.run(
        [*prefix, sys.executable, "-c", GUI_STARTUP, str(home)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)},
        timeout=120,
    )
    assert "workspace: None" in result.stdout, result
    assert "startupProblem" in result.stdout
    assert str(home) in result.stdout and "只读" in result.stdout


def test_read_only_error_from_the_os_is_recognised(tmp_path):
    import errno

    problem = as_workspace_error(OSError(errno.EROFS, "Read-only file system"), tmp_path)
    assert isinstance(problem, WorkspaceReadOnly)
    assert str(tmp_path) in str(problem)
