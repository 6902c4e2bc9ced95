"""Saying which unit this workspace belongs to: the unit from the registry, contact and phone.

Used embedded in the main window on first run (never as a blocking modal, so a screenshot run or
an unattended start cannot hang) and inside the settings dialog later.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.units import Unit, UnitKind

KIND_ORDER = (UnitKind.COUNTY, UnitKind.CITY_OFFICE, UnitKind.DEPARTMENT)


class UnitForm(QWidget):
    """Unit, contact person and phone. `submitted(code, contact, phone)` when confirmed."""

    submitted = Signal(str, str, str)

    def __init__(self, units: list[Unit], parent=None):
        super().__init__(parent)
        self.unit = QComboBox()
        self.unit.setObjectName("unitCombo")
        self.unit.setAccessibleName(self.tr("本单位"))
        self.unit.setToolTip(self.tr("从单位名录中选择本单位;县(市、区)请选本县名称"))
        self.unit.addItem(self.tr("— 请选择 —"), "")
        group_names = {
            UnitKind.COUNTY: self.tr("县(市、区)市场监管局"),
            UnitKind.CITY_OFFICE: self.tr("市局"),
            UnitKind.DEPARTMENT: self.tr("市直有关单位"),
        }
        for kind in KIND_ORDER:
            members = [u for u in units if u.kind == kind]
            if not members:
                continue
            self.unit.insertSeparator(self.unit.count())
            self.unit.addItem(group_names[kind], None)
            header = self.unit.model().item(self.unit.count() - 1)
            header.setEnabled(False)
            for unit in members:
                self.unit.addItem(f"{unit.full_name}({unit.code})", unit.code)
        self.contact = QLineEdit()
        self.contact.setObjectName("contactEdit")
        self.contact.setAccessibleName(self.tr("联系人"))
        self.contact.setPlaceholderText(self.tr("填报人姓名"))
        self.phone = QLineEdit()
        self.phone.setObjectName("phoneEdit")
        self.phone.setAccessibleName(self.tr("联系电话"))
        self.phone.setPlaceholderText(self.tr("例如 0598-1234567"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.confirm = QPushButton(self.tr("确定"))
        self.confirm.setObjectName("confirmUnit")
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self._submit)
        # Enter confirms from either field: the form lives on a page and in a dialog, and a
        # default button only works in a dialog.
        self.contact.returnPressed.connect(self._submit)
        self.phone.returnPressed.connect(self._submit)
        form = QFormLayout(self)
        form.addRow(self.tr("本单位(&U)"), self.unit)
        form.addRow(self.tr("联系人(&C)"), self.contact)
        form.addRow(self.tr("联系电话(&T)"), self.phone)
        form.addRow("", self.message)
        form.addRow("", self.confirm)

    def set_values(self, code: str | None, contact: str, phone: str) -> None:
        index = self.unit.findData(code) if code else 0
        self.unit.setCurrentIndex(max(index, 0))
        self.contact.setText(contact)
        self.phone.setText(phone)

    def choose_unit(self, code: str) -> None:
        self.unit.setCurrentIndex(self.unit.findData(code))

    def _submit(self) -> None:
        code = self.unit.currentData()
        if not code:
            self.message.setText(self.tr("请选择本单位"))
            self.unit.setFocus()
            return
        if not self.contact.text().strip():
            self.message.setText(self.tr("请填写联系人"))
            self.contact.setFocus()
            return
        self.message.setText("")
        self.submitted.emit(code, self.contact.text().strip(), self.phone.text().strip())


class FirstRunPage(QWidget):
    """The welcome the main window shows until the workspace knows its unit."""

    def __init__(self, units: list[Unit], parent=None):
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self.form = UnitForm(units)
        card = QFrame()
        card.setObjectName("firstRunCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(560)
        title = QLabel(self.tr("<h2>欢迎使用知识产权强市建设推进计划台账</h2>"))
        intro = QLabel(
            self.tr(
                "第一次使用,请先选择本单位并填写联系人。程序会据此列出与本单位相关的措施;"
                "以后可在“设置”中修改联系人和电话。"
            )
        )
        intro.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addWidget(self.form)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its size hint,
        # which for wrapped text is too short when the text wraps into more lines (English),
        # and the form's fields were squeezed until their text was cut.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
