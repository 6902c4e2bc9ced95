"""Start-up to a drawn main window on a workspace with 50,000 actions, as a ratio to a bare PySide6
QMainWindow with a QTableView started in the same run.

    python bench/bench_desk_startup.py [--actions 50000] [--repeat 15] [--home DIR]

Each start is a fresh Python process (interpreter, imports, Qt, window, first paint), timed from
launch until the main window has handled its first paint event (an event filter on that window);
the two programs alternate, and the medians are compared. Goal (issue 3): at most 2×. Renders
offscreen unless QT_QPA_PLATFORM is set.

The package's bytecode is compiled first, as an installed program has it (pip and PyInstaller
compile it; a checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every module on
every start, which no user's program does).
"""

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PAINT_PROBE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    \"\"\"Watches one window: its first paint event ends the run (once that paint is done).\"\"\"

    seen = False

    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, lambda: self.done(obj))
        return False

    def done(self, window):
        print(f"drawn {time.perf_counter() - START:.4f}", flush=True)
        window.close()
        QApplication.instance().quit()
"""

BARE = (
    "import time\nSTART = time.perf_counter()\n"
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QTableView\n"
    + PAINT_PROBE
    + """
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1400, 880)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""
)

# The real program: `ip-tracker --home DIR gui`, through the command line's own entry point and
# in its own import order (the console script imports desktop.cli, which imports Qt only when
# the window is made). The probe watches the main window as the program makes it: a filter on
# the whole application would itself cost the desk, with its many widgets, time the bare
# window does not pay (PySide wraps every object an event goes to, and the first internal Qt
# object it meets makes it set up every Qt class: ~20 ms).
DESK = (
    "import time\nSTART = time.perf_counter()\n"
    "import sys\n"
    "import desktop.cli as cli\n"
    "real_cmd_gui = cli.cmd_gui\n"
    """
def cmd_gui(args):
    import desktop.views.start_up as start_up

    real_make_window = start_up.make_window

    def make_window(workspace):
        window = real_make_window(workspace)
"""
    + textwrap.indent(PAINT_PROBE, " " * 8)
    + """
        window._probe = FirstPaint()
        window.installEventFilter(window._probe)
        return window

    start_up.make_window = make_window
    return real_cmd_gui(args)

cli.cmd_gui = cmd_gui
cli.main(["--home", sys.argv[1], "gui"])
"""
)


def start(code: str, *args: str) -> tuple[float, float]:
    """(wall seconds from launch to first paint, seconds inside the process)."""
    env = os.environ | {"PYTHONPATH": str(REPO)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=REPO,
    )
    inside = None
    for line in process.stdout:
        if line.startswith("drawn "):
            wall = time.perf_counter() - began
            inside = float(line.split()[1])
            break
    process.wait(timeout=60)
    if inside is None:
        raise SystemExit(f"the program never drew its window (exit {process.returncode})")
    return wall, inside


def make_workspace(home: Path, actions: int) -> None:
    run = [sys.executable, "-m", "desktop", "--home", str(home)]
    env = os.environ | {"PYTHONPATH": str(REPO)}
    subprocess.run([*run, "setup", "--unit", "350481"], check=True, env=env, cwd=REPO)
    subprocess.run([*run, "demo", "--actions", str(actions)], check=True, env=env, cwd=REPO)


def desk_arguments(description: str) -> argparse.Namespace:
    """--actions, --repeat and --home: the options of both desk benchmarks."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--actions", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--home", type=Path, help="an existing county workspace to use instead")
    return parser.parse_args()


def desk_workspace(args: argparse.Namespace, scratch: str) -> Path:
    """The workspace named by --home, or a new one in `scratch` with --actions actions."""
    if args.home is not None:
        return args.home
    home = Path(scratch) / "workspace"
    print(f"building a workspace with {args.actions} actions…", file=sys.stderr)
    make_workspace(home, args.actions)
    return home


def main() -> None:
    args = desk_arguments(__doc__.splitlines()[0])
    compileall.compile_dir(REPO / "desktop", quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        home = desk_workspace(args, scratch)
        start(BARE)  # warm the disk cache (and migrate the workspace if it is older)
        start(DESK, str(home))
        bare, desk = [], []
        for _ in range(args.repeat):
            bare.append(start(BARE))
            desk.append(start(DESK, str(home)))

    def median(samples, index):
        return statistics.median(s[index] for s in samples) * 1000

    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"runs: {args.repeat} each, alternating; platform {platform}")
    rows = [
        ("bare QMainWindow + QTableView", bare),
        (f"ip-tracker gui, {args.actions} actions", desk),
    ]
    for name, samples in rows:
        print(
            f"{name:38s} launch→drawn {median(samples, 0):7.1f} ms"
            f"  (in-process {median(samples, 1):6.1f} ms)"
        )
    print(f"ratio (launch→drawn medians): {median(desk, 0) / median(bare, 0):.2f}×  (goal ≤ 2×)")
    print(f"ratio (in-process medians):   {median(desk, 1) / median(bare, 1):.2f}×")
    # Each desk start against the bare start just before it: this machine's speed drifts over
    # minutes, and a pair shares the moment. The spread says how far one run can be trusted.
    pairs = [d[0] / b[0] for b, d in zip(bare, desk, strict=True)]
    low, middle, high = statistics.quantiles(pairs, n=4) if len(pairs) > 1 else pairs * 3
    print(f"ratio per pair (launch→drawn): median {middle:.2f}×, quartiles {low:.2f}–{high:.2f}×")


if __name__ == "__main__":
    main()
