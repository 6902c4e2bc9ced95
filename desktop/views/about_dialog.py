"""关于: what this program is, which data it works on, and the licences of what it ships."""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import APP_NAME, __version__
from desktop.logs import current_log_file
from desktop.resources import resource
from desktop.storage.schema import SCHEMA_VERSION

# (name shown, distribution whose version to show, licence). Kept by hand: these are the
# libraries the bundle ships whose licences oblige us to say so.
LIBRARIES = [
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0(动态链接,未修改)"),
    ("SQLite", None, "Public Domain"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    ("reportlab", "reportlab", "BSD"),
    ("openpyxl", "openpyxl", "MIT"),
    ("python-calamine", "python-calamine", "MIT"),
    ("pyHanko", "pyHanko", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 或 BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("defusedxml", "defusedxml", "PSF-2.0"),
    ("Python", None, "PSF-2.0"),
]

# (face, file, licence, licence files under resources/fonts/licenses)
FONTS = [
    ("文泉驿微米黑 WenQuanYi Micro Hei", "wqy-microhei.ttc", "Apache-2.0 或 GPL-3.0(字体例外)", [
        "wqy-microhei.txt"
    ]),
    ("AR PL UMing", "uming.ttc", "Arphic Public License", [
        "arphic-uming.txt", "ARPHICPL-zh_CN.txt", "ARPHICPL-en.txt"
    ]),
]  # fmt: skip


def library_version(name: str, distribution: str | None) -> str:
    import platform
    import sqlite3

    if name == "Qt / PySide6":
        return f"Qt {qVersion()} / PySide6 {pyside_version}"
    if name == "SQLite":
        return sqlite3.sqlite_version
    if name == "Python":
        return platform.python_version()
    try:
        return metadata.version(distribution) if distribution else ""
    except metadata.PackageNotFoundError:  # a bundle built without that package's metadata
        return ""


def licence_url(name: str) -> str:
    return QUrl.fromLocalFile(str(resource("fonts", "licenses", name))).toString()


class AboutDialog(QDialog):
    def __init__(self, workspace, home: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于 %1").replace("%1", APP_NAME))
        self.resize(640, 560)
        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._open_licence)
        self.text.setHtml(self.about_html(workspace, Path(home)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def about_html(self, workspace, home: Path) -> str:
        e = html.escape
        rows = [(self.tr("程序版本"), __version__), (self.tr("数据库版本"), str(SCHEMA_VERSION))]
        if workspace is not None:
            plan = workspace.plan
            unit = workspace.unit
            draft = self.tr("征求意见稿") if plan.status == "draft" else self.tr("正式稿")
            rows += [
                (self.tr("计划"), plan.title),
                (self.tr("计划版本"), f"{plan.version_id}({draft},{plan.published_on})"),
                (
                    self.tr("本单位"),
                    f"{unit.full_name}({unit.code})" if unit else self.tr("未设置单位"),
                ),
            ]
        rows.append((self.tr("数据文件夹"), str(home)))
        log_file = current_log_file()
        if log_file:
            rows.append((self.tr("日志文件"), str(log_file)))
        info = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows)
        fonts = "".join(
            f"<tr><td>{e(face)}</td><td>{e(file)}</td><td>{e(licence)}</td><td>"
            + "、".join(f"<a href='{licence_url(name)}'>{e(name)}</a>" for name in files)
            + "</td></tr>"
            for face, file, licence, files in FONTS
        )
        libraries = "".join(
            f"<tr><td>{e(name)}</td><td>{e(library_version(name, dist))}</td>"
            f"<td>{e(licence)}</td></tr>"
            for name, dist, licence in LIBRARIES
        )
        lgpl_note = self.tr("Qt 以 LGPL-3.0 授权,以动态库形式随附,可自行替换。")
        return (
            f"<h2>{e(self.tr('三明市知识产权强市建设推进计划 工作台账'))}</h2>"
            f"<table cellpadding='3'>{info}</table>"
            f"<h3>{e(self.tr('随附字体'))}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='3'>{fonts}</table>"
            f"<h3>{e(self.tr('使用的开源软件'))}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='3'>{libraries}</table>"
            f"<p><small>{e(lgpl_note)}</small></p>"
        )

    def _open_licence(self, url: QUrl) -> None:
        """Show a licence file in place: a county PC may have no program associated with .txt."""
        path = Path(url.toLocalFile())
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            text = self.tr("无法读取 %1:%2").replace("%1", str(path)).replace("%2", str(error))
        dialog = QDialog(self)
        dialog.setWindowTitle(path.name)
        dialog.resize(640, 520)
        view = QTextBrowser(dialog)
        view.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.open()
