"""Fixtures for the care tests: a fresh real workspace folder per test."""

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_file_logging():
    """A test that sets up logging into its tmp_path must not leave the handler behind."""
    yield
    from desktop.logs import stop_logging

    stop_logging()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "workspace"
