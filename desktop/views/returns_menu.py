"""The 报送 menu: enrolment, signed export, version differences and verification.

Only the menu is built with the window; its dialogs (desktop.views.returns_dialogs, with the
return format and a dozen Qt dialog classes behind them) load when first asked for, so they do
not slow the window's start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsMenu", text)


def _dialogs():
    from desktop.views import returns_dialogs

    return returns_dialogs


def add_returns_menu(window: QMainWindow, home: Path, current_period=lambda: None) -> None:
    """Add 报送 to the window's menu bar, with what this kind of workspace can do."""
    city = window.workspace.is_city_office
    menu = window.menuBar().addMenu(tr("报送(&R)"))
    menu.setObjectName("returnsMenu")
    if city:
        menu.addAction(
            tr("创建市级根证书…"), lambda: _dialogs().init_city_interactively(window, home)
        )
        menu.addAction(
            tr("为单位签发入网文件…"),
            lambda: _dialogs().enroll_unit_interactively(window, window.workspace, home),
        )
    else:
        menu.addAction(
            tr("导出本期报送(签名)…"),
            lambda: _dialogs().export_return_interactively(
                window, window.workspace, home, current_period()
            ),
        ).setShortcut("Ctrl+E")
        menu.addAction(
            tr("查看报送版本与差异…"),
            lambda: _dialogs().show_versions(window, window.workspace, current_period()),
        )
        menu.addAction(
            tr("安装市局退回意见…"),
            # The comments show on the measures at once.
            lambda: _dialogs().install_feedback_interactively(
                window, home, on_installed=lambda _result: window.refresh()
            ),
        )
        menu.addAction(
            tr("安装入网文件…"),
            # A new workspace gets its unit from the file: the first-run page gives way.
            lambda: _dialogs().install_enrolment_interactively(
                window, home, on_installed=lambda _result: window.unit_changed()
            ),
        )
    menu.addSeparator()
    menu.addAction(tr("核验报送文件…"), lambda: _dialogs().verify_interactively(window, home))
