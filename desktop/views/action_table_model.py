"""The actions of one measure in one period, as a table model behind a sorting/filtering proxy.

Only the selected measure's actions for the selected period are ever loaded (an indexed query),
never the whole workspace.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.storage.workspace import ActionRecord
from desktop.views.labels import STATUS_COLOURS, status_label

translate = QCoreApplication.translate

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("title", "status", "start", "finish", "evidence", "updated")


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ActionRecord] = []

    def headers(self) -> list[str]:
        return [
            translate("ActionTable", "工作事项"),
            translate("ActionTable", "完成情况"),
            translate("ActionTable", "开始"),
            translate("ActionTable", "完成"),
            translate("ActionTable", "佐证"),
            translate("ActionTable", "更新"),
        ]

    def set_actions(self, actions: list[ActionRecord]) -> None:
        self.beginResetModel()
        self._rows = list(actions)
        self.endResetModel()

    def actions(self) -> list[ActionRecord]:
        return list(self._rows)

    def action(self, row: int) -> ActionRecord:
        return self._rows[row]

    def row_of(self, action_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == action_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ACTION_ID_ROLE:
            return action.id
        if role == SEARCH_ROLE:
            return " ".join((action.title, action.progress, action.problems, action.next_steps))
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "title":
                return action.title
            if column == "status":
                return (
                    status_label(action.status)
                    if role == Qt.ItemDataRole.DisplayRole
                    else (list(type(action.status)).index(action.status))
                )
            if column == "start":
                return action.start_date.isoformat() if action.start_date else ""
            if column == "finish":
                return action.finish_date.isoformat() if action.finish_date else ""
            if column == "evidence":
                return len(action.evidence) if action.evidence or role == SORT_ROLE else ""
            if column == "updated":
                return action.updated_at[:16].replace("T", " ")
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return STATUS_COLOURS[action.status]  # a QColor: Qt takes it as the brush
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "status" and action.reason:
                return action.reason
            return action.progress or action.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "evidence":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ActionFilterProxy(QSortFilterProxyModel):
    """Sorts by column; filters by the table's own filter text and by search hits."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)
        self._ids: set[str] | None = None

    def set_action_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._ids is not None:
            action_id = self.sourceModel().index(row, 0, parent).data(ACTION_ID_ROLE)
            if action_id not in self._ids:
                return False
        return super().filterAcceptsRow(row, parent)
