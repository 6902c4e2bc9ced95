"""The city report and the feedback file come from modules that may not be installed in this
build yet: look them up when needed, and say why an action is off when they are missing."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

REPORT = ("desktop.exchange.report", "export_city_report")
SEND_BACK = ("desktop.exchange.feedback", "send_back_signed")


def lookup(entry: tuple[str, str]) -> Callable | None:
    module_name, name = entry
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, name, None)


def available(*entries: tuple[str, str]) -> bool:
    return all(lookup(entry) is not None for entry in entries)


def missing_reason(*entries: tuple[str, str]) -> str:
    names = ", ".join(f"{m}.{n}" for m, n in entries if lookup((m, n)) is None)
    return QCoreApplication.translate("CityBackend", "此版本尚未包含该功能(缺少 %1)").replace(
        "%1", names
    )


def error_text(error: BaseException) -> str:
    return getattr(error, "message", None) or str(error) or error.__class__.__name__
