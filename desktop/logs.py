"""The log file a helpdesk asks for: `<home>/logs/ip-tracker.log`, rotating. Imports no Qt.

Set up once by the command line (which also starts the GUI). Tracebacks go here, never to the
clerk's screen. Rotation at 1 MB × 5 files keeps months of a county PC's history in 6 MB.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from desktop import APP_NAME, __version__

LOG_DIR = "logs"
LOG_NAME = f"{APP_NAME}.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def log_path(home: Path) -> Path:
    return Path(home) / LOG_DIR / LOG_NAME


def current_log_file() -> Path | None:
    """Where this process logs, for messages that tell the person where to look."""
    if isinstance(_handler, logging.handlers.RotatingFileHandler):
        return Path(_handler.baseFilename)
    return None


def setup_logging(home: Path, level: int = logging.INFO) -> Path | None:
    """Log to the rotating file in `home`. Returns its path, or None when the folder cannot be
    written (a read-only folder is reported by the workspace check, with a clear message; the
    log must not fail first with a worse one)."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    path = log_path(home)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError:
        # No log file; the caller's own message says why. A NullHandler keeps logging's
        # last-resort handler from printing each warning to stderr a second time.
        _handler = logging.NullHandler()
        root.addHandler(_handler)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    logging.getLogger(__name__).info(
        "%s %s on %s, Python %s, argv %s",
        APP_NAME,
        __version__,
        _system(),
        sys.version.split()[0],
        sys.argv[1:],
    )
    return path


def _system() -> str:
    """The system, for the log's first line; cheap, unlike platform.platform(), which reads the
    interpreter's binary and may start a process (~10 ms of every start-up)."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return f"Windows {version.major}.{version.minor}.{version.build}"
    name = os.uname()
    return f"{name.sysname} {name.release} {name.machine}"


def stop_logging() -> None:
    """Detach and close the file handler (tests; before the data folder is removed)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
