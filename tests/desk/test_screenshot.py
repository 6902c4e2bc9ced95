"""The main window as a county clerk sees it, rendered offscreen to a PNG that a person looks at.

Set IP_TRACKER_SCREENSHOT_DIR to keep the pictures (e.g. build/screenshots)."""

import os
import shutil
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.domain.demo import demo_actions
from tests.conftest import run_cli


def keep(path: Path) -> None:
    folder = os.environ.get("IP_TRACKER_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def test_screenshot_of_the_desk(county_workspace, open_window, tmp_path):
    q1 = county_workspace.period("2025-Q1")
    county_workspace.add_actions(
        demo_actions(county_workspace.plan, county_workspace.unit, [q1], 34, seed=7)
    )
    window = open_window(county_workspace)
    window.resize(1400, 880)
    window.mine_only.setChecked(True)
    window.select_measure(14)
    window.table.selectRow(0)
    path = tmp_path / "desk.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (window.width(), window.height())
    keep(path)


def test_gui_screenshot_command_on_a_new_workspace_shows_the_first_run(home, tmp_path):
    path = tmp_path / "first-run.png"
    result = run_cli(home, "gui", "--screenshot", str(path))
    assert result.code == 0, result
    assert QImage(str(path)).width() > 600
    keep(path)


def test_gui_screenshot_command_on_a_county_workspace(home, tmp_path):
    assert run_cli(home, "setup", "--unit", "350481", "--contact", "林晓").code == 0
    assert run_cli(home, "demo", "--actions", "400").code == 0
    path = tmp_path / "county.png"
    result = run_cli(home, "gui", "--screenshot", str(path))
    assert result.code == 0, result
    assert QImage(str(path)).width() > 600
    english = tmp_path / "county-en.png"
    assert run_cli(home, "--lang", "en", "gui", "--screenshot", str(english)).code == 0
    keep(path)
    keep(english)


def test_lang_en_shows_the_english_interface(home):
    """--lang en loads the compiled catalogue; checked in a child process, since a translator
    installed here would change every later test's QApplication."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    assert run_cli(home, "setup", "--unit", "350481").code == 0
    code = (
        "import sys\n"
        "from desktop.views.app import make_application\n"
        "from desktop.storage import Workspace\n"
        "from desktop.views.main_window import MainWindow\n"
        "app = make_application('en')\n"
        "window = MainWindow(Workspace.open(sys.argv[1]))\n"
        "print(window.new_action.text(), '|', window.period_bar.deadline.text())\n"
        "print(window.tree_model.measure_index(1).siblingAtColumn(1).data())\n"
        "window.close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(home)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()[:2]
    assert first.startswith("New action |") and "due " in first
    assert second == "Counterpart"


def test_every_interface_string_has_an_english_translation():
    import xml.etree.ElementTree as ET

    from desktop.resources import resource

    ts = ET.parse(resource("translations", "ip_tracker_en.ts"))
    unfinished = [
        message.findtext("source")
        for message in ts.getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert resource("translations", "ip_tracker_en.qm").stat().st_size > 1000
