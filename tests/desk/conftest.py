"""The desk's fixtures: the real main window on a real workspace in tmp_path."""

from datetime import date

import pytest

from desktop.domain.actions import ActionFields, Status

TODAY = date(2025, 4, 3)  # a week before 2025-Q1's deadline (2025-04-10)


@pytest.fixture
def open_window(qtbot):
    """Open a MainWindow on a workspace; closes it (and its worker thread) after the test."""
    windows = []

    def make(workspace, today=TODAY):
        from desktop.views.main_window import MainWindow

        window = MainWindow(workspace, today=today)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def desk(county_workspace, open_window):
    return open_window(county_workspace)


def _fields(measure: int, period: str = "2025-Q1", title: str = "开展专项检查", **extra):
    status = extra.pop("status", Status.DONE)
    return ActionFields(measure=measure, period=period, title=title, status=status, **extra)


@pytest.fixture
def fields():
    """fields(measure, period="2025-Q1", title=..., status=DONE, ...) → ActionFields."""
    return _fields
