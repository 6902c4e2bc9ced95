"""Helpers for the care tests: real workspaces, real damage, the real program."""

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop.domain.actions import ActionFields, Status

REPO_ROOT = Path(__file__).resolve().parents[2]


def fill(workspace, n: int = 5, unit: str = "350481") -> list[str]:
    """A unit's workspace with n actions, one with figures and one with evidence."""
    if workspace.unit_code is None:
        workspace.setup(unit, contact="林晓", phone="0598-3633001")
    ids = []
    for i in range(n):
        ids.append(
            workspace.add_action(
                ActionFields(
                    measure=40 if i == 0 else 1 + i,
                    period="2025-Q1",
                    title=f"开展知识产权宣传周活动第{i + 1}场",
                    progress="组织企业参加培训,发放宣传材料。",
                    status=Status.DONE if i % 2 else Status.IN_PROGRESS,
                    start_date=date(2025, 1, 10),
                )
            )
        )
    return ids


def corrupt(path: Path, table: str = "actions") -> None:
    """Overwrite the root page of `table` with garbage, the way a failing disk would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0xA5]) * page_size)


def run_program(*args: str, home: Path | None = None, env: dict | None = None, prefix=()):
    """The real `ip-tracker` (python -m desktop) in a child process; `prefix` wraps the command
    (e.g. unshare for a read-only mount)."""
    environment = os.environ | {
        "PYTHONPATH": str(REPO_ROOT),
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    environment.pop("IP_TRACKER_HOME", None)
    environment |= env or {}
    command = [sys.executable, "-m", "desktop"]
    if home is not None:
        command += ["--home", str(home)]
    return subprocess.run(
        [*prefix, *command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=REPO_ROOT,
        timeout=120,
    )
