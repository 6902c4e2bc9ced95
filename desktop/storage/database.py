"""Opening a workspace database: pragmas, the migration ladder, refusing what we cannot read."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION

DATABASE_NAME = "workspace.sqlite"  # in the workspace's folder (its `home`)

log = logging.getLogger(__name__)


class WorkspaceError(Exception):
    """The workspace cannot be used as asked; the message is for the person at the keyboard."""


class WorkspaceTooNew(WorkspaceError):
    pass


def connect(path: Path) -> sqlite3.Connection:
    """One connection with the settings every part of the app relies on.

    Autocommit mode (isolation_level=None): transactions are opened explicitly with
    `transaction()`, so a step either happens whole or not at all.
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            log.warning("journal_mode is %s, not WAL, for %s", mode, path)
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across app crashes
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.row_factory = sqlite3.Row
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(f"无法打开工作区数据库 {path}: {error}") from error
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the database to SCHEMA_VERSION, one transaction per step, after copying the file.

    Returns the version the database had before.
    """
    try:
        found = schema_version(conn)
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(f"{path} 不是有效的工作区数据库: {error}") from error
    if found > SCHEMA_VERSION:
        raise WorkspaceTooNew(
            f"工作区数据库 {path} 由更新版本的程序创建(数据库版本 {found},"
            f"本程序最高支持 {SCHEMA_VERSION})。请升级 ip-tracker 后再打开;"
            "为保护数据,本程序不会改动它。"
        )
    if found == SCHEMA_VERSION:
        return found
    if found > 0:
        # A consistent copy the older release can still open (desktop.storage.backup).
        from desktop.storage.backup import backup_before_migration

        backup_before_migration(conn, path, found)
    for step in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (disk full)
                conn.execute("ROLLBACK")
            raise
        log.info("migrated %s to schema version %d", path, step + 1)
    return found
