"""Keeping the work safe from the window: back up now, restore from a backup, about, and the
start-up check that offers the latest good backup when the database is damaged.

For the main window: `add_maintenance_menu(window, home)` adds the menus; `run_gui` opens the
workspace with `open_workspace_at_startup(home, interactive=...)`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QProcess, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.storage import backup
from desktop.storage.database import WorkspaceError
from desktop.storage.health import WorkspaceDamaged
from desktop.views.background import run_in_background

log = logging.getLogger(__name__)


def restart_application() -> None:
    """Start the same program again and quit this one: the simplest way to give every view a
    fresh workspace after a restore."""
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, sys.argv[1:]
    else:
        program, arguments = sys.executable, list(sys.orig_argv[1:])
    QProcess.startDetached(program, arguments)
    QApplication.quit()


def notify(parent: QWidget | None, icon: QMessageBox.Icon, text: str, info: str = "") -> None:
    """A message that does not block: the caller may be a slot finishing background work."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("maintenanceMessage")
    if info:
        box.setInformativeText(info)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class Maintenance(QObject):
    """The backup/restore/about actions of one window. Each step that touches the database runs
    on the thread pool; `finished(kind, ok, payload)` reports the outcome (tests wait on it)."""

    finished = Signal(str, bool, object)

    def __init__(
        self,
        window: QMainWindow,
        home: Path,
        workspace: Callable[[], object] | None = None,
        reopen: Callable[[], None] | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.home = Path(home)
        self.workspace = workspace or (lambda: getattr(window, "workspace", None))
        self.reopen = reopen or restart_application

    # --------------------------------------------------------------- backup now
    def choose_backup_target(self) -> None:
        unit = backup.current_unit(self.home) or "workspace"
        suggested = Path.home() / f"ip-tracker-备份-{unit}-{date.today():%Y%m%d}.sqlite"
        target, _filter = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Maintenance", "把备份保存到(例如U盘)"),
            str(suggested),
            QCoreApplication.translate("Maintenance", "ip-tracker 备份 (*.sqlite)"),
        )
        if target:
            if not target.endswith(".sqlite"):
                target += ".sqlite"
            self.backup_to(Path(target))

    def backup_to(self, target: Path) -> None:
        home = self.home

        def done(ok: bool, payload: object) -> None:
            if ok:
                notify(
                    self.window,
                    QMessageBox.Icon.Information,
                    QCoreApplication.translate("Maintenance", "备份完成。"),
                    QCoreApplication.translate("Maintenance", "已保存到 %1").replace(
                        "%1", str(payload)
                    ),
                )
            else:
                notify(
                    self.window,
                    QMessageBox.Icon.Warning,
                    QCoreApplication.translate("Maintenance", "备份失败。"),
                    str(payload),
                )
            self.finished.emit("backup", ok, payload)

        run_in_background(
            lambda progress: backup.backup_now(home, target, progress),
            self.window,
            QCoreApplication.translate("Maintenance", "正在备份……"),
            done,
        )

    # ------------------------------------------------------------------ restore
    def choose_backup_to_restore(self) -> None:
        folder = backup.backups_dir(self.home)
        source, _filter = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Maintenance", "选择要恢复的备份"),
            str(folder if folder.is_dir() else Path.home()),
            QCoreApplication.translate("Maintenance", "ip-tracker 备份 (*.sqlite);;所有文件 (*)"),
        )
        if source:
            self.restore_from(Path(source))

    def restore_from(self, source: Path, confirm: bool = True) -> None:
        """Check the file (off the GUI thread), ask, close the workspace, restore, reopen."""
        home = self.home

        def checked(ok: bool, payload: object) -> None:
            if not ok:
                notify(
                    self.window,
                    QMessageBox.Icon.Warning,
                    QCoreApplication.translate("Maintenance", "不能用这个文件恢复。"),
                    str(payload),
                )
                self.finished.emit("restore", False, payload)
                return
            if confirm and not self._confirm(payload):
                self.finished.emit("restore", False, None)
                return
            self._restore_checked(source)

        run_in_background(
            lambda _progress: backup.inspect_backup(source, backup.current_unit(home)),
            self.window,
            QCoreApplication.translate("Maintenance", "正在检查备份文件……"),
            checked,
        )

    def _confirm(self, info: backup.BackupInfo) -> bool:
        when = (
            info.created.strftime("%Y-%m-%d %H:%M")
            if info.created
            else QCoreApplication.translate("Maintenance", "(时间未知)")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            QCoreApplication.translate("Maintenance", "用此备份替换当前工作区的数据吗?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("confirmRestore")
        box.setInformativeText(
            QCoreApplication.translate(
                "Maintenance",
                "备份:%1\n时间:%2\n工作记录:%3 条\n\n"
                "当前数据库会先另存一份,不会丢失。程序随后重新启动。",
            )
            .replace("%1", str(info.path))
            .replace("%2", when)
            .replace("%3", str(info.actions))
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _restore_checked(self, source: Path) -> None:
        home = self.home
        workspace = self.workspace()
        if workspace is not None:
            workspace.close()  # restore() needs every connection closed

        def done(ok: bool, payload: object) -> None:
            if ok:
                log.info("restored from %s; previous database kept as %s", source, payload)
            else:
                box = QMessageBox(
                    QMessageBox.Icon.Critical,
                    APP_NAME,
                    QCoreApplication.translate("Maintenance", "恢复失败。"),
                    QMessageBox.StandardButton.Ok,
                    self.window,
                )
                box.setInformativeText(str(payload))
                box.exec()
            self.finished.emit("restore", ok, payload)
            self.reopen()  # the workspace was closed either way

        run_in_background(
            lambda progress: backup.restore(home, source, progress),
            self.window,
            QCoreApplication.translate("Maintenance", "正在恢复……"),
            done,
        )

    # -------------------------------------------------------------------- about
    def show_about(self) -> None:
        from desktop.views.about_dialog import AboutDialog

        dialog = AboutDialog(self.workspace(), self.home, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.home)))


def _menu(window: QMainWindow, title: str, name: str) -> QMenu:
    """The window's menu with this object name, or a new one: shares a menu the window has."""
    existing = window.menuBar().findChild(QMenu, name)
    if existing is not None:
        return existing
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(name)
    return menu


def add_maintenance_menu(
    window: QMainWindow,
    workspace_home: Path,
    workspace: Callable[[], object] | None = None,
    reopen: Callable[[], None] | None = None,
) -> Maintenance:
    """Add 数据(立即备份…, 从备份恢复…, 打开数据文件夹) and 帮助(关于) to the window's menu bar.

    `workspace` returns the window's open Workspace (default: `window.workspace`); a restore closes
    it, then calls `reopen` (default: restart the program).
    """
    maintenance = Maintenance(window, workspace_home, workspace, reopen)
    data = _menu(window, QCoreApplication.translate("Maintenance", "数据(&D)"), "dataMenu")
    for name, text, slot in (
        (
            "backupNowAction",
            QCoreApplication.translate("Maintenance", "立即备份(&B)…"),
            maintenance.choose_backup_target,
        ),
        (
            "restoreAction",
            QCoreApplication.translate("Maintenance", "从备份恢复(&R)…"),
            maintenance.choose_backup_to_restore,
        ),
        (
            "openDataFolderAction",
            QCoreApplication.translate("Maintenance", "打开数据文件夹"),
            maintenance.open_data_folder,
        ),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        data.addAction(action)
    help_menu = _menu(window, QCoreApplication.translate("Maintenance", "帮助(&H)"), "helpMenu")
    about = QAction(QCoreApplication.translate("Maintenance", "关于(&A)"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(maintenance.show_about)
    help_menu.addAction(about)
    window._maintenance = maintenance  # keep it alive with the window
    return maintenance


# ----------------------------------------------------------------------------- start-up
def open_workspace_at_startup(
    home: Path,
    interactive: bool = True,
    parent: QWidget | None = None,
    check=None,
    defer_check: bool = False,
):
    """Open the workspace for the window, or return None after telling the person why not.

    `check`/`defer_check`: see Workspace.open; the caller of a deferred check runs it and acts
    on its verdict (desktop.views.start_up).

    Damaged database: offer the newest good backup (the damaged file is kept aside, never
    overwritten). Read-only folder, full disk, too new: the message, nothing changed.
    Not interactive (screenshots, tests): the message goes to stderr.
    """
    from desktop.storage import Workspace

    restored = False
    while True:
        try:
            # The caller's check speaks for the file as it was; after a restore, check anew.
            if restored:
                return Workspace.open(home)
            return Workspace.open(home, check=check, defer_check=defer_check)
        except WorkspaceDamaged as damaged:
            log.error("%s", damaged)
            if not interactive or restored:
                _tell(parent, interactive, str(damaged))
                return None
            if damaged.backup is None:
                _tell(parent, interactive, str(damaged))
                return None
            if not _offer_restore(parent, damaged):
                return None
            ok, payload = _restore_blocking(parent, home, damaged.backup)
            if not ok:
                _tell(
                    parent,
                    interactive,
                    QCoreApplication.translate("Maintenance", "恢复失败:%1").replace(
                        "%1", str(payload)
                    ),
                )
                return None
            restored = True
        except WorkspaceError as error:
            log.error("%s", error)
            _tell(parent, interactive, str(error))
            return None


def _tell(parent: QWidget | None, interactive: bool, message: str) -> None:
    if not interactive:
        print(f"{APP_NAME}: {message}", file=sys.stderr)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("startupProblem")
    box.exec()


def _offer_restore(parent: QWidget | None, damaged: WorkspaceDamaged) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QCoreApplication.translate("Maintenance", "工作区数据库已损坏,程序没有改动它。"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("offerRestore")
    box.setInformativeText(
        QCoreApplication.translate(
            "Maintenance",
            "是否用最近的完好备份(%2)恢复?\n%1\n\n"
            "备份之后录入的工作需要重新录入。损坏的数据库会另存一份,供技术支持检查。",
        )
        .replace("%1", str(damaged.backup))
        .replace("%2", _backup_time(damaged.backup))
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def _backup_time(path: Path) -> str:
    created = backup.backup_time(path)
    return created.strftime("%Y-%m-%d %H:%M") if created else path.name


def _restore_blocking(parent: QWidget | None, home: Path, source: Path) -> tuple[bool, object]:
    """At start-up there is no window to keep alive, but the restore still runs on the pool
    (with its progress dialog) while a local event loop keeps the screen painted."""
    loop = QEventLoop()
    outcome: list[tuple[bool, object]] = []

    def done(ok: bool, payload: object) -> None:
        outcome.append((ok, payload))
        loop.quit()

    run_in_background(
        lambda progress: backup.restore(home, source, progress),
        parent,
        QCoreApplication.translate("Maintenance", "正在恢复……"),
        done,
    )
    if not outcome:
        loop.exec()
    return outcome[0]
