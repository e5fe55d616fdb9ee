"""The dialog that adds a relation: find the other end (a unit or a post) by typing, pick the kind, a label.

The candidates of a 10,000-unit scenario are some 40,000 units and posts, so they sit in
a list model behind a filter proxy rather than in a list widget.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind

Index = QModelIndex | QPersistentModelIndex
End = tuple[str, int]  # (owner kind, id)
END_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_PAUSE_MS = 200
LARGE_LIST = 5000


class EndListModel(QAbstractListModel):
    """Every unit of a scenario and every post, as "name" and "post — unit"."""

    def __init__(self, document: Document, scenario_id: int, exclude: End, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ends: list[tuple[End, str]] = []
        root = document.root(scenario_id)
        for unit in document.subtree(root) if root is not None else []:
            if (str(OwnerKind.UNIT), unit.id) != exclude:
                self._ends.append(((str(OwnerKind.UNIT), unit.id), unit.name))
            for post in document.positions_of(unit.id):
                if (str(OwnerKind.POSITION), post.id) != exclude:
                    self._ends.append(((str(OwnerKind.POSITION), post.id), f"{post.title} — {unit.name}"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ends)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ends):
            return None
        end, text = self._ends[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == END_ROLE:
            return end
        return None


class RelationDialog(QDialog):
    """Choose the other end, the kind and a label. Use open(), never exec() in tests."""

    def __init__(
        self,
        document: Document,
        scenario_id: int,
        owner: End,
        kinds: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationDialog")
        self.setWindowTitle(self.tr("Add a relation"))
        self.ends = EndListModel(document, scenario_id, owner, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.ends)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setObjectName("relationSearch")
        self.search.setPlaceholderText(self.tr("Type part of a unit's or post's name…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setObjectName("relationEnds")
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("relationKind")
        for code, label in kinds:
            self.kind.addItem(label, code)
        self.label = QLineEdit(self)
        self.label.setObjectName("relationLabel")
        self.label.setPlaceholderText(self.tr("What the two work on together, e.g. marketing plan and budget"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button().setText(self.tr("Add relation"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Label:"), self.label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 520)
        # Some 40,000 candidates take ~0.3 s to filter: then wait for a pause in typing.
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_PAUSE_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._typed)
        self.list.selectionModel().currentChanged.connect(self._update_ok)
        self.list.doubleClicked.connect(lambda _index: self.accept() if self.chosen() is not None else None)
        self._update_ok()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _typed(self, _text: str) -> None:
        if self.ends.rowCount() >= LARGE_LIST:
            self.filter_timer.start()
        else:
            self.apply_filter()

    def apply_filter(self) -> None:
        self.filter_timer.stop()
        self.proxy.setFilterFixedString(self.search.text().strip())
        if self.proxy.rowCount() == 1 or not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        self.ok_button().setEnabled(self.chosen() is not None)

    def choose(self, text: str) -> bool:
        """Select the first end whose name contains `text` (what typing then Down does)."""
        self.search.setText(text)
        self.apply_filter()
        self.list.setCurrentIndex(self.proxy.index(0, 0))
        return self.chosen() is not None

    def chosen(self) -> End | None:
        index = self.list.currentIndex()
        end = index.data(END_ROLE) if index.isValid() else None
        return (str(end[0]), int(end[1])) if isinstance(end, tuple) else None

    def relation_kind(self) -> str:
        return str(self.kind.currentData())

    def relation_label(self) -> str:
        return self.label.text().strip()
