"""ip-tracker: offline tracking of Sanming's IP plan, signed returns and their merge."""

__version__ = "0.1.0"
APP_NAME = "ip-tracker"


def skip_unused_heavy_imports() -> None:
    """sqlite-utils imports pandas and numpy whenever they happen to be installed (about 0.5-0.9 s
    of start-up), and ip-tracker uses neither. Unless something has already imported them, make
    those optional imports fail fast. Called by the program's entry points, never on import."""
    import sys

    for name in ("pandas", "numpy"):
        sys.modules.setdefault(name, None)
