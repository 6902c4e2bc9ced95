"""The main window browses the plan: chapters → sections → measures, with text and units."""

from PySide6.QtGui import QFontDatabase

from desktop.views.app import make_application
from desktop.views.main_window import MEASURE_ROLE, MainWindow, _walk


def test_bundled_font_is_the_interface_font(qapp):
    app = make_application()
    assert "WenQuanYi Micro Hei" in QFontDatabase.applicationFontFamilies(0) or any(
        "WenQuanYi" in family for family in QFontDatabase.families()
    )
    assert "WenQuanYi" in app.font().family()


def test_tree_holds_the_whole_plan_and_shows_a_measure(qtbot, county_workspace):
    window = MainWindow(county_workspace)
    qtbot.addWidget(window)
    model = window.tree.model()
    assert model.rowCount() == 7
    measures = [i.data(MEASURE_ROLE) for i in _walk(model) if i.data(MEASURE_ROLE)]
    assert measures == list(range(1, 64))
    window.select_measure(40)
    assert window.current_measure().no == 40
    shown = window.detail.toPlainText()
    assert "绿色、有机认证" in shown and "市农业农村局" in shown and "40" in shown
