"""Work-arounds for bugs of the Qt binding, each applied only where it is measured to be needed.

PySide6 6.12.0 on CPython before 3.12: `SignalInstance.emit()` returns True without taking a
reference to it, so every emit made from Python code drops one reference to the True singleton.
A window that emits a few hundred signals (every save, search, progress step) brings it to zero
and the interpreter aborts with "Fatal Python error: bool_dealloc: deallocating True or False".
CPython 3.12 made True immortal; here we do the same by hand, once, if a probe shows the leak.
"""

from __future__ import annotations

import ctypes
import sys

PROBES = 8
IMMORTAL_MARGIN = 1 << 40  # as good as CPython 3.12's immortal reference count
_applied = False


def emit_drops_a_reference() -> bool:
    """Emit a few times from Python and see whether True lost references."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _add_references(True, lost)  # give back what the probe itself took
    return lost >= PROBES


def _add_references(obj: object, count: int) -> None:
    # ob_refcnt is the first field of every CPython object header.
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def apply() -> bool:
    """Make True and False immortal if emit() leaks them; returns whether that was needed."""
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    _applied = True
    if not emit_drops_a_reference():
        return False
    _add_references(True, IMMORTAL_MARGIN)
    _add_references(False, IMMORTAL_MARGIN)
    return True
