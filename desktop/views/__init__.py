"""The desktop GUI. Only this package imports Qt widgets."""

from desktop.views.qt_workarounds import apply as _apply_qt_workarounds

_apply_qt_workarounds()  # before any view emits a signal (see qt_workarounds)
