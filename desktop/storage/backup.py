"""Backups of the workspace database: automatic, on demand, and restoring one. Imports no Qt.

Every copy is made with SQLite's online backup API, never by copying the file of a live database
(a file copy taken while a write is half-done, or that misses the -wal file, is silently broken).

Where they go: `<home>/backups/`.
- `auto-YYYYMMDD-HHMMSS.sqlite`: made at start-up, at most once a calendar day. Rotation keeps
  the newest 7 days that have one, plus the newest backup of each of the 4 calendar weeks before
  those: a county PC that broke unnoticed can still go back about a month, and the folder stays
  small (11 files at most).
Beside the database, `workspace.vN-YYYYMMDD-HHMMSS.before-migration.sqlite`: made before a schema
upgrade (where the first release put it). Never rotated away: upgrades are rare, and this is the
only copy readable by the older release.
Restoring keeps the database it replaces as `<home>/workspace.replaced-YYYYMMDD-HHMMSS.sqlite`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.storage.database import DATABASE_NAME, WorkspaceError
from desktop.storage.health import describe_error
from desktop.storage.schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTO_PREFIX = "auto-"
MIGRATION_SUFFIX = ".before-migration.sqlite"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
STAMP_RE = re.compile(r"(\d{8}-\d{6})")
# The tables every ip-tracker workspace has had since schema version 1.
WORKSPACE_TABLES = {"meta", "plans", "measures", "units", "periods", "actions"}

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class BackupError(WorkspaceError):
    """A backup could not be made or a file cannot be restored; the message says why, in Chinese."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read from the file itself."""

    path: Path
    schema_version: int
    unit_code: str | None
    actions: int
    created: datetime | None  # from the file name; None for a file named by the person


def backups_dir(home: Path) -> Path:
    return Path(home) / BACKUP_DIR


def _stamp() -> str:
    return datetime.now().strftime(STAMP_FORMAT)


def _fsync_file(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open a folder and does not need it.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


# ------------------------------------------------------------------------- making a copy
def copy_database(
    source: sqlite3.Connection, target: Path, progress: Progress | None = None
) -> Path:
    """Online backup of an open database into `target`, which appears only once it is complete.

    The copy is switched to a rollback journal so it is one self-contained file (no -wal beside
    it) that can be carried on a USB stick.
    """
    target = Path(target)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")  # two processes, one day
    _remove_database_files(partial)
    try:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(
                copy,
                pages=256,
                progress=(lambda _status, remaining, total: progress(total - remaining, total))
                if progress
                else None,
            )
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as error:
        _remove_database_files(partial)
        raise BackupError(
            f"无法写入备份 {target}:{describe_error(error, target.parent)}"
        ) from error
    return target


def backup_now(home: Path, target: Path, progress: Progress | None = None) -> Path:
    """Back up the workspace in `home` to `target` (e.g. on a USB stick), from its own connection.

    Safe while the app has the workspace open: WAL lets this read a consistent snapshot.
    """
    database = Path(home) / DATABASE_NAME
    if not database.exists():
        raise BackupError(f"工作区 {home} 中还没有数据库,无需备份")
    target = Path(target)
    if target.resolve() == database.resolve():
        raise BackupError("不能把备份保存为工作区数据库本身,请另选位置")
    if not target.parent.is_dir():
        raise BackupError(f"备份位置 {target.parent} 不存在或不是文件夹")
    source = sqlite3.connect(database, isolation_level=None, timeout=10)
    try:
        copy_database(source, target, progress)
    finally:
        source.close()
    log.info("backed up %s to %s", database, target)
    return target


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """The copy taken before the schema ladder runs: the old release can still read it.

    Beside the database, under the name the first release gave it (helpdesk notes and the
    foundation's tests know it there)."""
    target = migration_backup_path(path, version)
    copy_database(conn, target)
    log.info("copied %s to %s before migrating", path, target)
    return target


def migration_backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}-{_stamp()}{MIGRATION_SUFFIX}")


def daily_backup(conn: sqlite3.Connection, home: Path, today: date | None = None) -> Path | None:
    """At start-up: one automatic backup per calendar day, then rotate. Returns the new file."""
    folder = backups_dir(home)
    today = today or date.today()
    existing = automatic_backups(home)
    if any(created.date() == today for created, _path in existing):
        return None
    _make_dir(folder)
    stamp = datetime.combine(today, datetime.now().time()).strftime(STAMP_FORMAT)
    target = copy_database(conn, folder / f"{AUTO_PREFIX}{stamp}.sqlite")
    log.info("daily backup %s", target)
    rotate(home, today)
    return target


def _make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"无法创建备份文件夹 {folder}:{describe_error(error, folder)}") from error


# ----------------------------------------------------------------------------- rotation
def _created(path: Path) -> datetime | None:
    match = STAMP_RE.search(path.name)
    if not match:
        return None
    stamp = match.group(1)  # YYYYmmdd-HHMMSS; parsed by hand: strptime loads its locale tables
    try:
        return datetime(
            int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
            int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]),
        )  # fmt: skip
    except ValueError:
        return None


def backup_time(path: Path) -> datetime | None:
    """When a backup was made, from the time in its name (None for a name a person chose)."""
    return _created(path)


def automatic_backups(home: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups, newest first."""
    folder = backups_dir(home)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*.sqlite"):
        created = _created(path)
        if created:
            found.append((created, path))
    return sorted(found, reverse=True)


def backups_to_keep(created: list[datetime], today: date) -> set[datetime]:
    """Newest per day for the newest KEEP_DAILY days, then newest per ISO week for KEEP_WEEKLY
    weeks older than those days. Pure, so the rule is tested on its own."""
    keep: set[datetime] = set()
    newest_first = sorted(created, reverse=True)
    days: dict[date, datetime] = {}
    for stamp in newest_first:
        if stamp.date() <= today:
            days.setdefault(stamp.date(), stamp)
    daily = sorted(days)[-KEEP_DAILY:]
    keep.update(days[day] for day in daily)
    oldest_daily = daily[0] if daily else today + timedelta(days=1)
    weeks: dict[tuple[int, int], datetime] = {}
    for stamp in newest_first:
        if stamp.date() < oldest_daily:
            weeks.setdefault(tuple(stamp.isocalendar())[:2], stamp)
    for week in sorted(weeks, reverse=True)[:KEEP_WEEKLY]:
        keep.add(weeks[week])
    # A clock set wrong (a date after today) must not make the app delete good backups.
    keep.update(stamp for stamp in created if stamp.date() > today)
    return keep


def rotate(home: Path, today: date | None = None) -> list[Path]:
    """Delete automatic backups the rule no longer keeps. Returns what was deleted."""
    existing = automatic_backups(home)
    keep = backups_to_keep([created for created, _ in existing], today or date.today())
    removed = []
    for created, path in existing:
        if created not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError as error:
                log.warning("could not remove old backup %s: %s", path, error)
    return removed


def all_backups(home: Path) -> list[Path]:
    """Every backup: the backups folder and the copies made before migrations, newest first
    (by the time in the name, then mtime)."""
    folder = backups_dir(home)
    paths = list(folder.glob("*.sqlite")) if folder.is_dir() else []
    paths += Path(home).glob(f"*{MIGRATION_SUFFIX}")
    paths = [p for p in paths if p.is_file()]
    return sorted(
        paths, key=lambda p: (_created(p) or datetime.min, p.stat().st_mtime), reverse=True
    )


# ------------------------------------------------------------------------ checking a file
def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a database file without writing anything, not even the -wal/-shm files SQLite adds
    beside a WAL-mode file (on a USB stick that may be pulled out, or write-protected).

    `immutable` is only right when no -wal is beside the file: otherwise its committed pages
    would be ignored, so then a plain read-only open reads them.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def inspect_backup(path: Path, current_unit: str | None = None) -> BackupInfo:
    """Check that `path` is a sound ip-tracker workspace this app can open and that belongs here.

    Opens the file read-only: a file on a USB stick or in the backups folder is never changed.
    Raises BackupError saying what is wrong.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"找不到备份文件 {path}")
    try:
        conn = open_read_only(path)
    except sqlite3.Error as error:
        raise BackupError(f"无法打开备份文件 {path}:{error}") from error
    try:
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            raise BackupError(
                f"{path.name} 不是可用的 ip-tracker 备份(文件已损坏或不是数据库:{error})"
            ) from error
        if result != ["ok"]:
            raise BackupError(
                f"备份文件 {path.name} 已损坏(完整性检查未通过:{'; '.join(result[:3])}),"
                "不能用它恢复"
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not tables >= WORKSPACE_TABLES or version < 1:
            raise BackupError(f"{path.name} 不是 ip-tracker 工作区的备份")
        if version > SCHEMA_VERSION:
            raise BackupError(
                f"备份 {path.name} 由更新版本的程序创建(数据库版本 {version},本程序最高支持 "
                f"{SCHEMA_VERSION}),请先升级 ip-tracker 再恢复"
            )
        row = conn.execute("SELECT value FROM meta WHERE key = 'unit_code'").fetchone()
        unit = row[0] if row and row[0] else None
        actions = conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
    finally:
        conn.close()
    if current_unit and unit != current_unit:
        raise BackupError(
            f"备份 {path.name} 属于单位 {unit or '(未设置单位)'},"
            f"而本工作区属于 {current_unit},不能用它恢复"
        )
    return BackupInfo(path, version, unit, actions, _created(path))


def current_unit(home: Path) -> str | None:
    """The unit of the workspace in `home`, or None if it has none or cannot be read (damaged)."""
    database = Path(home) / DATABASE_NAME
    if not database.exists():
        return None
    try:
        conn = sqlite3.connect(database, timeout=10)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'unit_code'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        log.warning("cannot read the unit of %s: %s", database, error)
        return None
    return row[0] if row and row[0] else None


def latest_good_backup(home: Path) -> Path | None:
    """The newest backup in the backups folder that passes the checks, or None."""
    for path in all_backups(home):
        try:
            inspect_backup(path)
        except BackupError as error:
            log.warning("backup %s is not usable: %s", path, error)
            continue
        return path
    return None


# ------------------------------------------------------------------------------ restoring
def restore(home: Path, backup: Path, progress: Progress | None = None) -> Path:
    """Put `backup` in place of the workspace database in `home`. Returns where the replaced
    database was kept.

    The caller must have closed every connection to the workspace first (Windows cannot replace
    an open file, and on Linux an open connection would go on writing to the replaced file).

    Order, so that a failure at any step loses nothing:
    1. the backup is checked, then copied next to the database as `*.restoring` and checked again
       (a USB stick may be pulled out; the copy is what goes in place);
    2. the current database is copied aside under a timestamped name, with its -wal if one is
       left (after a crash): the pair opens as it was. It is not checkpointed first, because a
       damaged database must not be written to;
    3. its -wal/-shm are removed (an old -wal must never be replayed into the restored file),
       then `*.restoring` is renamed over it in one atomic step.
    Until step 3 the current database is untouched; after it the old one is kept aside.
    """
    home = Path(home)
    database = home / DATABASE_NAME
    unit = current_unit(home)
    inspect_backup(backup, unit)
    staging = home / (DATABASE_NAME + ".restoring")
    _remove_database_files(staging)
    try:
        source = open_read_only(Path(backup))
        try:
            copy_database(source, staging, progress)
        finally:
            source.close()
        inspect_backup(staging, unit)

        stamp = _stamp()
        aside = home / f"workspace.replaced-{stamp}.sqlite"
        if database.exists():
            _copy_aside(database, aside)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{database}{suffix}").unlink()
        os.replace(staging, database)
        _fsync_dir(home)
    except OSError as error:
        _remove_database_files(staging)
        raise BackupError(f"恢复失败,当前工作区未被改动:{describe_error(error, home)}") from error
    except BackupError as error:  # the copy of the backup could not be made or is unsound
        _remove_database_files(staging)
        raise BackupError(f"恢复失败,当前工作区未被改动:{error}") from error
    except BaseException:
        _remove_database_files(staging)
        raise
    log.info("restored %s from %s; the replaced database is kept as %s", database, backup, aside)
    return aside if aside.exists() else database


def _copy_aside(database: Path, aside: Path) -> None:
    """A file copy is right here: no connection is open, so the files are at rest. The -wal keeps
    its name relative to the copy, so SQLite finds it when the copy is opened."""
    copied = []
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{database}{suffix}")
            if source.exists() and (suffix == "" or source.stat().st_size > 0):
                target = Path(f"{aside}{suffix}")
                shutil.copyfile(source, target)
                copied.append(target)
                _fsync_file(target)
    except OSError:
        for target in copied:
            with contextlib.suppress(OSError):
                target.unlink()
        raise
