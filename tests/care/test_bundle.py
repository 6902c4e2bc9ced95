"""The bundle: packaging/build.sh builds it, and the built program runs with no Python around.

Takes about a minute and writes ~250 MB, so it runs only when asked:
    IP_TRACKER_TEST_BUNDLE=1 python -m pytest tests/care/test_bundle.py
It is skipped (with the reason) otherwise, or where PyInstaller is not installed
(`pip install -e .[bundle]`).
"""

import importlib.util
import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from care.helpers import REPO_ROOT

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("IP_TRACKER_TEST_BUNDLE") != "1",
        reason="builds the PyInstaller bundle (~1 min, ~250 MB): set IP_TRACKER_TEST_BUNDLE=1",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e .[bundle])",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    build = subprocess.run(
        ["bash", str(REPO_ROOT / "packaging" / "build.sh"), str(out / "dist")],
        capture_output=True,
        text=True,
        env=os.environ | {"IP_TRACKER_BUILD_DIR": str(out / "build")},
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    program = out / "dist" / "ip-tracker" / "ip-tracker"
    assert program.is_file()
    size = sum(
        f.stat().st_size for f in program.parent.rglob("*") if f.is_file() and not f.is_symlink()
    )
    print(f"\nbundle built in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MiB")
    return program


def run_frozen(program: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """No Python in PATH (an empty folder is the whole PATH), no PYTHON* variables, another
    working directory: only what the bundle carries."""
    empty = tmp_path / "empty-path"
    empty.mkdir(exist_ok=True)
    env = {
        "PATH": str(empty),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(program), "--home", str(tmp_path / "ws"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def test_bundle_shows_the_plan_as_json(bundle, tmp_path):
    result = run_frozen(bundle, tmp_path, "plan", "show", "--json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert len(plan["measures"]) == 63
    assert len(plan["chapters"]) == 7
    # the bundle's workspace works like any other: data folder and log file
    assert (tmp_path / "ws" / "workspace.sqlite").exists()
    assert (tmp_path / "ws" / "logs" / "ip-tracker.log").exists()


def test_bundle_renders_the_window_offscreen(bundle, tmp_path):
    shot = tmp_path / "window.png"
    result = run_frozen(bundle, tmp_path, "gui", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a real window with text, not an empty frame


def test_bundle_records_work(bundle, tmp_path):
    assert run_frozen(bundle, tmp_path, "setup", "--unit", "350481").returncode == 0
    added = run_frozen(
        bundle, tmp_path, "action", "add", "--measure", "40", "--period", "2025-Q1",
        "--title", "新增绿色食品认证", "--indicator", "40.1=3",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = run_frozen(bundle, tmp_path, "action", "list", "--json")
    assert json.loads(listed.stdout)[0]["figures"] == {"40.1": "3"}
