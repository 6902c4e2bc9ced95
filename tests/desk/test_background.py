"""The worker survives a long session: thousands of jobs, each a few signals emitted from Python.

PySide6 6.12.0 on CPython 3.11 drops a reference to True on every emit(), which aborts the
interpreter after a few hundred saves; pyproject.toml keeps PySide6 below 6.12 and this test
catches a binding with that kind of leak."""

import os
import subprocess
import sys

from tests.conftest import REPO_ROOT

LONG_SESSION = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from desktop.storage import Workspace
from desktop.views.background import Background

app = QCoreApplication([])
home = Path(sys.argv[1])
Workspace.open(home).close()
worker = Background(home)
results = []
for n in range(3000):
    worker.run(lambda ws, n=n: n, on_success=results.append)
worker.done.connect(lambda: len(results) == 3000 and app.quit())
QTimer.singleShot(60000, app.quit)
app.exec()
worker.stop()
print(len(results), sum(results))
"""


def test_three_thousand_jobs_and_a_clean_exit(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LONG_SESSION, str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["3000", str(sum(range(3000)))]
