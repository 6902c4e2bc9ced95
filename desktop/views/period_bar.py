"""The period selector: which period the desk shows, its deadline, and days left or overdue."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.domain.periods import Period
from desktop.views.labels import period_label


def default_period(periods: list[Period], today: date) -> Period | None:
    """The quarter whose return is due next (the clerk's job now); else the last one."""
    quarters = [p for p in periods if p.kind == "quarter"] or periods
    for period in quarters:
        if period.end < today <= period.deadline:
            return period
    for period in quarters:
        if period.start <= today <= period.end:
            return period
    return quarters[-1] if quarters else None


class PeriodBar(QWidget):
    period_changed = Signal(str)

    def __init__(self, periods: list[Period], today: date | None = None, parent=None):
        super().__init__(parent)
        self.periods = {p.code: p for p in periods}
        self.today = today or date.today()
        self.combo = QComboBox()
        self.combo.setObjectName("periodCombo")
        self.combo.setAccessibleName(self.tr("报送期间"))
        self.combo.setToolTip(self.tr("选择要填报的期间(Ctrl+P)"))
        self.combo.setMinimumContentsLength(12)
        for period in periods:
            self.combo.addItem(period_label(period.code), period.code)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineLabel")
        self.deadline.setAccessibleName(self.tr("截止日期"))
        label = QLabel(self.tr("期间(&P)"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.deadline)
        self.combo.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def current(self) -> Period | None:
        return self.periods.get(self.combo.currentData())

    def set_current(self, code: str) -> None:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _on_changed(self, *_args) -> None:
        period = self.current()
        if period is None:
            self.deadline.setText("")
            return
        left = period.days_left(self.today)
        when = self.tr("截止 %1").replace("%1", period.deadline.isoformat())
        if left > 7:
            state, colour = self.tr("还剩 %1 天").replace("%1", str(left)), "#146c2e"
        elif left > 0:
            state, colour = self.tr("还剩 %1 天").replace("%1", str(left)), "#b06000"
        elif left == 0:
            state, colour = self.tr("今天截止"), "#b3261e"
        else:
            state, colour = self.tr("已逾期 %1 天").replace("%1", str(-left)), "#b3261e"
        self.deadline.setText(
            f"{when} · <span style='color:{colour}; font-weight:bold'>{state}</span>"
        )
        self.period_changed.emit(period.code)
