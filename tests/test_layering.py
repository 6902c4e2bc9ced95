"""Storage and domain code import nothing from Qt; only desktop/views does."""

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QT_FREE_PACKAGES = ["plan", "domain", "storage", "documents", "trust"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_imports_outside_views():
    offenders = []
    for package in QT_FREE_PACKAGES:
        for path in (REPO / "desktop" / package).rglob("*.py"):
            qt = {name for name in _imports(path) if name.split(".")[0] in ("PySide6", "PyQt6")}
            if qt or any(name.startswith("desktop.views") for name in _imports(path)):
                offenders.append(f"{path.relative_to(REPO)}: {sorted(qt)}")
    assert offenders == []


def test_importing_the_core_loads_no_qt():
    modules = [f"desktop.{p}" for p in QT_FREE_PACKAGES if (REPO / "desktop" / p).is_dir()]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "import desktop.storage.workspace, desktop.domain.returns, desktop.cli\n"
        + "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stderr
