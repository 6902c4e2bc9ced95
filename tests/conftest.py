"""Shared test fixtures: a fresh real workspace per test, and the real command line."""

import os

# Qt must never look for a screen in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(home: Path):
    from desktop.storage import Workspace

    with Workspace.open(home) as ws:
        yield ws


@pytest.fixture
def county_workspace(workspace):
    workspace.setup("350481", contact="林晓", phone="0598-3633001")
    return workspace


class CliResult:
    def __init__(self, completed: subprocess.CompletedProcess):
        self.code = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    def json(self):
        return json.loads(self.stdout)

    def __repr__(self) -> str:
        return f"<exit {self.code}\nstdout: {self.stdout[-2000:]}\nstderr: {self.stderr[-2000:]}>"


def run_cli(home: Path, *args: str, env: dict | None = None) -> CliResult:
    """Run the real `ip-tracker` program (python -m desktop) in a child process."""
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
    completed = subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=REPO_ROOT,
        timeout=120,
    )
    return CliResult(completed)


@pytest.fixture
def cli(home: Path):
    def run(*args: str, env: dict | None = None) -> CliResult:
        return run_cli(home, *args, env=env)

    return run
