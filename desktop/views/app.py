"""Starting the desktop app: Qt application, bundled fonts, translations, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__, skip_unused_heavy_imports
from desktop.resources import resource

skip_unused_heavy_imports()  # the GUI may be started here rather than through desktop.cli

UI_FONT_FILE = "wqy-microhei.ttc"


def register_bundled_fonts(app: QApplication) -> str | None:
    """Register the bundled CJK font and make it the app's font, so a PC without Chinese fonts
    still renders the interface. Returns the family name."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", UI_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(families[0])
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    return families[0]


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Chinese is the source language; `en` loads our English catalogue and Qt's own."""
    translators = []
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(str(resource("translations", "ip_tracker_en.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        qt = QTranslator(app)
        if qt.load(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            translators.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return translators


def make_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("知识产权强市建设推进计划台账")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("三明市市场监督管理局")
    register_bundled_fonts(app)
    app._translators = install_translators(app, lang)  # keep them alive with the app
    return app


def run_gui(home: Path, screenshot: str | None = None, lang: str | None = None) -> int:
    from desktop.views.errors import install_excepthook
    from desktop.views.main_window import MainWindow
    from desktop.views.start_up import StartUp

    if screenshot and "QT_QPA_PLATFORM" not in os.environ:
        # A screenshot needs no screen: render offscreen, e.g. on a server or in CI.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application(lang)
    install_excepthook(home)  # unexpected errors: a dialog naming the log, never a traceback
    # Damaged database → offer the latest good backup; read-only/full folder → the message.
    # Interactive: the window opens first, the integrity check follows it (views/start_up.py).
    start_up = StartUp(home, interactive=not screenshot)
    window = start_up.open_window()
    if window is None:
        return 2
    if screenshot:
        # The same picture every time: the offscreen screen would clamp a restored geometry.
        window.resize(MainWindow.DEFAULT_SIZE)
    window.show()
    if screenshot:
        return save_screenshot(app, window, Path(screenshot))
    code = app.exec()
    start_up.wait()
    return code


def save_screenshot(app: QApplication, window, path: Path) -> int:
    """Render the main window once it has laid itself out, save it, exit."""
    result = {"code": 0}

    def grab() -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            saved = window.grab().save(str(path))
        except OSError:  # a folder that is a file: said here, not in a dialog nobody sees
            saved = False
        if not saved:
            print(f"{APP_NAME}: 无法保存截图到 {path}", file=sys.stderr)
            result["code"] = 2
        window.close()
        app.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    return result["code"]
