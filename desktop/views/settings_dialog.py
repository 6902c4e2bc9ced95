"""Settings: change the contact person and phone (and the unit, while nothing is recorded)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from desktop.domain.units import Unit
from desktop.views.first_run import UnitForm


class SettingsDialog(QDialog):
    def __init__(self, units: list[Unit], code: str | None, contact: str, phone: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.setObjectName("settingsDialog")
        self.form = UnitForm(units)
        self.form.set_values(code, contact, phone)
        self.form.confirm.hide()
        self.form.confirm.setDefault(False)  # the dialog's own OK is the default button
        self.values: tuple[str, str, str] | None = None
        self.form.submitted.connect(self._accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.form.confirm.click)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _accept(self, code: str, contact: str, phone: str) -> None:
        self.values = (code, contact, phone)
        self.accept()
