"""Start-up health: can the data folder be written, is the database sound. Imports no Qt.

A damaged database is never opened for writing (migrating or seeding it could make it worse):
the caller gets WorkspaceDamaged, naming the newest good backup, and decides with the person.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
from pathlib import Path

from desktop.storage.database import WorkspaceError

log = logging.getLogger(__name__)

PROBE_NAME = ".ip-tracker-write-test"


class WorkspaceDamaged(WorkspaceError):
    """The database failed its integrity check. `backup` is the newest good backup, if any."""

    def __init__(self, message: str, path: Path, backup: Path | None):
        super().__init__(message)
        self.path = path
        self.backup = backup


class WorkspaceReadOnly(WorkspaceError):
    """The data folder (or the database in it) cannot be written."""

    def __init__(self, message: str, folder: Path):
        super().__init__(message)
        self.folder = folder


class WorkspaceDiskFull(WorkspaceError):
    def __init__(self, message: str, folder: Path):
        super().__init__(message)
        self.folder = folder


READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def describe_error(error: BaseException, folder: Path) -> str:
    """A sentence for the person, for an OS or SQLite error met while working in `folder`."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return f"磁盘空间已满({folder} 所在的磁盘),请清理磁盘后重试,已保存的数据不受影响"
        if error.errno in READ_ONLY_ERRNOS:
            return f"文件夹 {folder} 是只读的或没有写入权限"
        if error.errno in (errno.ENOTDIR, errno.EEXIST):
            return f"{folder} 的路径中有同名文件,不是文件夹"
        return f"{error.strerror or error}"
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_FULL or "disk is full" in str(error):
            return f"磁盘空间已满({folder} 所在的磁盘),请清理磁盘后重试,已保存的数据不受影响"
        if code == sqlite3.SQLITE_READONLY or "readonly" in str(error):
            return f"文件夹 {folder} 是只读的或没有写入权限"
        if code == sqlite3.SQLITE_BUSY or "locked" in str(error):
            return "工作区正被另一个程序占用,请关闭其他 ip-tracker 窗口后重试"
        return str(error)
    return str(error)


def as_workspace_error(error: BaseException, folder: Path) -> WorkspaceError | None:
    """The WorkspaceError a low-level error stands for, if it is the person's problem (disk full,
    read-only) rather than our bug; None otherwise."""
    message = describe_error(error, folder)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return WorkspaceDiskFull(message, folder)
    if isinstance(error, OSError) and error.errno in READ_ONLY_ERRNOS:
        return WorkspaceReadOnly(message, folder)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_FULL or "disk is full" in str(error):
            return WorkspaceDiskFull(message, folder)
        if code == sqlite3.SQLITE_READONLY or "readonly" in str(error):
            return WorkspaceReadOnly(message, folder)
        if code == sqlite3.SQLITE_BUSY or "locked" in str(error):
            return WorkspaceError(message)
    return None


def file_error_message(error: BaseException) -> str | None:
    """A sentence naming the file, for an OS error the person can fix (an export to a full or
    read-only USB stick, a folder that is a file, a file gone); None for any other error."""
    if not isinstance(error, OSError) or not error.filename:
        return None
    path = Path(os.fsdecode(error.filename)).absolute()
    if error.errno in (errno.ENOSPC, errno.EROFS):
        return f"无法写入 {path}:{describe_error(error, path.parent)}"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"没有权限读写 {path}"
    if error.errno == errno.EISDIR:
        return f"无法写入 {path}:这是一个文件夹,请写出文件名"
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"无法使用 {path}:路径中有同名的文件,不是文件夹"
    if error.errno == errno.ENOENT:
        return f"找不到 {path}"
    return None


def check_folder(home: Path) -> None:
    """Create the data folder if needed and prove it can be written, before SQLite tries.

    SQLite on a read-only folder fails late and vaguely ("unable to open database file",
    "attempt to write a readonly database"); a probe file gives a message naming the folder.
    """
    home = Path(home)
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / f"{PROBE_NAME}-{os.getpid()}"
        with open(probe, "wb") as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as error:
        problem = as_workspace_error(error, home)
        if isinstance(problem, WorkspaceReadOnly):
            raise WorkspaceReadOnly(
                f"数据文件夹 {home} 是只读的或没有写入权限,无法保存工作。"
                "请把它改为可写,或用 --home 指定另一个文件夹。",
                home,
            ) from error
        if isinstance(problem, WorkspaceDiskFull):
            raise WorkspaceDiskFull(
                f"数据文件夹 {home} 所在的磁盘已满,无法保存工作。请清理磁盘后再打开;"
                "已保存的数据不受影响。",
                home,
            ) from error
        raise WorkspaceError(f"无法使用数据文件夹 {home}:{describe_error(error, home)}") from error


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check (the structural part of integrity_check, O(N)); ['ok'] when sound.

    A file that is not a database at all yields its error message instead of raising.
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10)
        try:
            return [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and as_workspace_error(error, path.parent):
            raise as_workspace_error(error, path.parent) from error
        return [str(error)]


class IntegrityCheck:
    """SQLite's quick_check of one database file, run at most once: by whoever needs the verdict
    first. A desk opened before its check has run starts it on a thread a second after the
    window is drawn (desktop.views.start_up); a write, a migration or a failed read that needs
    the verdict sooner runs it, or waits for the run in progress."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._result: list[str] | None = None

    def done(self) -> bool:
        return self._result is not None

    def result(self) -> list[str]:
        with self._lock:
            if self._result is None:
                self._result = quick_check(self.path)
            return self._result


def check_database(path: Path, check: IntegrityCheck | None = None) -> None:
    """Raise WorkspaceDamaged if the database at `path` exists and is not sound.

    `check`: this database's IntegrityCheck, if the caller has one (its verdict is reused)."""
    from desktop.storage.backup import latest_good_backup

    path = Path(path)
    if not path.exists():
        return
    result = check.result() if check is not None else quick_check(path)
    if result == ["ok"]:
        return
    log.error("workspace database %s failed its check: %s", path, "; ".join(result[:5]))
    backup = latest_good_backup(path.parent)
    if backup:
        advice = f"最近的完好备份是 {backup},可以用它恢复。"
    else:
        advice = "没有找到可用的备份,请联系技术支持。"
    raise WorkspaceDamaged(
        f"工作区数据库 {path} 已损坏(完整性检查未通过),为避免进一步损坏,程序不会改动它。{advice}",
        path,
        backup,
    )
