"""Backups: online copy, daily rotation, before migration, and restore with its checks."""

import errno
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from care.helpers import corrupt, fill
from desktop.storage import Workspace, backup
from desktop.storage.backup import BackupError
from desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION


def action_ids(home: Path) -> set[str]:
    with Workspace.open(home) as ws:
        return {a.id for a in ws.list_actions()}


def test_backup_restore_round_trip(home, tmp_path):
    with Workspace.open(home) as ws:
        saved = set(fill(ws, 4))
        evidence_file = tmp_path / "照片.txt"
        evidence_file.write_text("宣传周现场照片说明", encoding="utf-8")
        ws.attach_evidence(next(iter(saved)), evidence_file)
        usb = tmp_path / "usb"
        usb.mkdir()
        pages = []
        target = backup.backup_now(home, usb / "备份.sqlite", lambda d, t: pages.append((d, t)))
        later = ws.add_action(ws.get_action(next(iter(saved))).fields())
    assert pages and pages[-1][0] == pages[-1][1]  # progress reached the end
    assert not Path(f"{target}-wal").exists()  # one self-contained file for the USB stick
    info = backup.inspect_backup(target, "350481")
    assert (info.unit_code, info.actions, info.schema_version) == ("350481", 4, SCHEMA_VERSION)

    aside = backup.restore(home, target)

    assert action_ids(home) == saved  # the later action is gone from the workspace …
    assert aside.name.startswith("workspace.replaced-")
    conn = sqlite3.connect(aside)
    kept = {row[0] for row in conn.execute("SELECT id FROM actions")}
    conn.close()
    assert kept == saved | {later}  # … but kept aside, not lost
    with Workspace.open(home) as ws:
        record = next(a for a in ws.list_actions() if a.evidence)
        assert ws.evidence_content(record.evidence[0].sha256).decode() == "宣传周现场照片说明"
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not (home / "workspace.sqlite.restoring").exists()


def test_backup_while_workspace_is_open_and_written(home, tmp_path):
    """The online backup reads a consistent snapshot while the app holds the database."""
    with Workspace.open(home) as ws:
        fill(ws, 3)
        ws.conn.execute("BEGIN IMMEDIATE")  # a write in progress, not yet committed
        ws.conn.execute("UPDATE actions SET title = 'half-done'")
        target = backup.backup_now(home, tmp_path / "snap.sqlite")
        ws.conn.execute("ROLLBACK")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT COUNT(*) FROM actions WHERE title = 'half-done'").fetchone()[0] == 0
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_restore_refuses_a_damaged_file(home, tmp_path):
    with Workspace.open(home) as ws:
        saved = set(fill(ws, 3))
    damaged = backup.backup_now(home, tmp_path / "damaged.sqlite")
    corrupt(damaged)
    before = (home / "workspace.sqlite").read_bytes()
    with pytest.raises(BackupError, match="损坏"):
        backup.restore(home, damaged)
    assert (home / "workspace.sqlite").read_bytes() == before
    assert not list(home.glob("workspace.replaced-*"))
    assert action_ids(home) == saved


def test_restore_refuses_what_is_not_a_workspace(home, tmp_path):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    text = tmp_path / "notes.sqlite"
    text.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(BackupError, match="不是可用的 ip-tracker 备份"):
        backup.restore(home, text)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(BackupError, match="不是 ip-tracker 工作区的备份"):
        backup.restore(home, other)
    with pytest.raises(BackupError, match="找不到"):
        backup.restore(home, tmp_path / "missing.sqlite")


def test_restore_refuses_another_units_database(home, tmp_path):
    with Workspace.open(home) as ws:
        saved = set(fill(ws, 2, unit="350481"))
    other_home = tmp_path / "sanyuan"
    with Workspace.open(other_home) as ws:
        fill(ws, 2, unit="350404")
    theirs = backup.backup_now(other_home, tmp_path / "sanyuan.sqlite")
    with pytest.raises(BackupError, match=r"属于单位 350404.*本工作区属于 350481"):
        backup.restore(home, theirs)
    assert action_ids(home) == saved


def test_restore_into_a_workspace_without_unit_takes_any_unit(home, tmp_path):
    with Workspace.open(home):
        pass  # a fresh PC: no unit set yet
    other_home = tmp_path / "sanyuan"
    with Workspace.open(other_home) as ws:
        theirs_ids = set(fill(ws, 2, unit="350404"))
    backup.restore(home, backup.backup_now(other_home, tmp_path / "sanyuan.sqlite"))
    with Workspace.open(home) as ws:
        assert ws.unit_code == "350404"
        assert {a.id for a in ws.list_actions()} == theirs_ids


def test_restore_refuses_a_database_from_a_newer_app(home, tmp_path):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    newer = backup.backup_now(home, tmp_path / "newer.sqlite")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(BackupError, match="更新版本"):
        backup.restore(home, newer)


def test_restore_failing_at_the_last_step_leaves_the_workspace_as_it_was(
    home, tmp_path, monkeypatch
):
    with Workspace.open(home) as ws:
        saved = set(fill(ws, 2))
    good = backup.backup_now(home, tmp_path / "good.sqlite")
    with Workspace.open(home) as ws:
        ws.add_action(ws.list_actions()[0].fields())
        saved = {a.id for a in ws.list_actions()}

    real_replace = backup.os.replace

    def full_disk(source, target):
        if Path(target).name == "workspace.sqlite":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(backup.os, "replace", full_disk)  # the rename itself fails
    with pytest.raises(BackupError, match=r"当前工作区未被改动.*磁盘空间已满"):
        backup.restore(home, good)
    monkeypatch.undo()
    assert action_ids(home) == saved
    assert not (home / "workspace.sqlite.restoring").exists()


def test_daily_backup_once_a_day(home):
    with Workspace.open(home) as ws:
        fill(ws, 1)  # the first opening creates the workspace: nothing to back up yet
    assert backup.automatic_backups(home) == []
    with Workspace.open(home):
        pass
    with Workspace.open(home):
        pass
    made = backup.automatic_backups(home)
    assert len(made) == 1
    assert made[0][0].date() == date.today()
    assert backup.inspect_backup(made[0][1]).actions == 1


def test_rotation_keeps_seven_days_and_four_weeks(home):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    today = date(2025, 6, 30)
    folder = backup.backups_dir(home)
    folder.mkdir()
    source = sqlite3.connect(home / "workspace.sqlite")
    stamps = [datetime(2025, 6, 30, 9) - timedelta(days=d) for d in range(60)]
    stamps.append(datetime(2025, 6, 30, 8))  # a second one today (clock went back)
    for stamp in stamps:
        backup.copy_database(source, folder / f"auto-{stamp:%Y%m%d-%H%M%S}.sqlite")
    source.close()

    backup.rotate(home, today)

    left = sorted(created for created, _ in backup.automatic_backups(home))
    assert [d.date() for d in left[-7:]] == [today - timedelta(days=d) for d in range(6, -1, -1)]
    assert left[-1] == datetime(2025, 6, 30, 9)  # the newest of today's two
    weekly = left[:-7]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4


def test_rotation_never_deletes_backups_dated_in_the_future():
    today = date(2025, 1, 1)
    future = [datetime(2025, 3, d) for d in range(1, 20)]
    assert set(future) <= backup.backups_to_keep(future, today)


def test_migration_is_preceded_by_a_backup_the_old_release_can_read(home):
    home.mkdir()
    conn = sqlite3.connect(home / "workspace.sqlite", isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    with Workspace.open(home):
        pass
    copies = list(home.glob("workspace.v1-*.before-migration.sqlite"))
    assert len(copies) == 1
    assert copies[0] in backup.all_backups(home)  # offered when the database is damaged
    conn = sqlite3.connect(copies[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_latest_good_backup_skips_damaged_ones(home):
    with Workspace.open(home) as ws:
        fill(ws, 1)
    folder = backup.backups_dir(home)
    folder.mkdir()
    source = sqlite3.connect(home / "workspace.sqlite")
    older = backup.copy_database(source, folder / "auto-20250101-080000.sqlite")
    newer = backup.copy_database(source, folder / "auto-20250102-080000.sqlite")
    source.close()
    corrupt(newer)
    assert backup.latest_good_backup(home) == older


def test_checking_and_restoring_write_nothing_beside_the_chosen_file(home, tmp_path):
    """A USB stick may be write-protected or pulled out: the source is only ever read. Even a
    WAL-mode file (a copied workspace.sqlite) gets no -wal/-shm created beside it."""
    with Workspace.open(home) as ws:
        saved = set(fill(ws, 2))
    stick = tmp_path / "stick"
    stick.mkdir()
    live_copy = stick / "workspace.sqlite"
    live_copy.write_bytes((home / "workspace.sqlite").read_bytes())  # closed: a file copy is fine
    conn = sqlite3.connect(live_copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    for leftover in stick.glob("workspace.sqlite-*"):
        leftover.unlink()
    before = live_copy.read_bytes()
    backup.inspect_backup(live_copy, "350481")
    backup.restore(home, live_copy)
    assert sorted(p.name for p in stick.iterdir()) == ["workspace.sqlite"]
    assert live_copy.read_bytes() == before
    assert action_ids(home) == saved
