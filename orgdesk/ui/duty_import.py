"""File › Import › Duty Document…: a Word or text 职责说明书 shown as the units, posts and duties it
was read as, put right by the planner, then imported as one edit.

The preview is a tree: units at the top, their posts and duties below, the text that could not
be placed in an “Unassigned” group. An item's kind can be changed (unit / post / duty / ignore),
items can be dragged to another parent, and two items merged; nothing is written before Import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import MessageError
from orgdesk.io.importing.duty_document import (
    DocOwner,
    DocUnit,
    DutyDocument,
    document_lines,
    parse_duty_document,
    plan_duty_document,
)
from orgdesk.io.importing.plan import PlanWriter
from orgdesk.ui.import_widgets import translated
from orgdesk.ui.shell import Shell

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
PURPOSE_ROLE = Qt.ItemDataRole.UserRole + 2  # a unit's or post's closing sentences (its purpose), kept along
UNIT, POST, DUTY, IGNORE = "unit", "post", "duty", "ignore"


def ask_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; tests replace this to answer it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class DutyDocumentDialog(QDialog):
    """The preview of one duty document (see the module text)."""

    def __init__(self, parsed: DutyDocument, file_name: str, selected: Unit | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyDocumentDialog")
        self.setWindowTitle(self.tr("Import a Duty Document — {file}").format(file=file_name))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("dutyDocumentTree")
        self.tree.setHeaderLabels([self.tr("Text"), self.tr("Kind")])
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setColumnWidth(0, 620)
        self.kind_buttons = {
            UNIT: QPushButton(self.tr("As &Unit"), self),
            POST: QPushButton(self.tr("As &Post"), self),
            DUTY: QPushButton(self.tr("As &Duty"), self),
            IGNORE: QPushButton(self.tr("I&gnore"), self),
        }
        self.merge_button = QPushButton(self.tr("&Merge with the Item Above"), self)
        buttons = QHBoxLayout()
        for kind, button in self.kind_buttons.items():
            button.clicked.connect(lambda _checked=False, chosen=kind: self.set_kind(chosen))
            buttons.addWidget(button)
        self.merge_button.clicked.connect(self.merge_with_previous)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        self.under_selected = QRadioButton(self)
        self.match_by_name = QRadioButton(self.tr("Match units by name; new ones go under the top unit"), self)
        self.match_by_name.setChecked(True)
        if selected is None:
            self.under_selected.setText(self.tr("Under the selected unit (no unit is selected)"))
            self.under_selected.setEnabled(False)
        else:
            self.under_selected.setText(
                self.tr("New units under the selected unit “{name}”").format(name=selected.name)
            )
        named = sum(len(owner.named_kpis()) for unit in parsed.units for owner in (unit, *unit.posts))
        self.kpis_check = QCheckBox(self.tr("Also add the KPIs the duties name ({count})").format(count=named), self)
        self.kpis_check.setObjectName("dutyDocumentKpis")
        self.kpis_check.setEnabled(named > 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("dutyDocumentSummary")
        self.summary.setWordWrap(True)
        self.box = QDialogButtonBox(self)
        self.import_button = self.box.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.match_by_name)
        layout.addWidget(self.under_selected)
        layout.addWidget(self.kpis_check)
        layout.addWidget(self.summary)
        layout.addWidget(self.box)
        self._fill(parsed)
        self.resize(980, 720)

    # ----- showing ----------------------------------------------------------------------
    def _fill(self, parsed: DutyDocument) -> None:
        for unit in parsed.units:
            top = self._item(None, unit.name, UNIT)
            self._owned(top, unit)
            for post in unit.posts:
                self._owned(self._item(top, post.name, POST), post)
            for child in unit.children:
                self._item(top, child, UNIT)
        if parsed.unassigned:
            group = QTreeWidgetItem([self.tr("Unassigned text"), ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            group.setData(0, KIND_ROLE, IGNORE)
            self.tree.addTopLevelItem(group)
            for _line, text in parsed.unassigned:
                self._item(group, text, IGNORE)
        self.tree.expandToDepth(0)
        self._show_summary()

    def _owned(self, owner_item: QTreeWidgetItem, owner: DocOwner) -> None:
        if owner.purpose:
            owner_item.setData(0, PURPOSE_ROLE, "".join(owner.purpose))
            owner_item.setToolTip(0, "".join(owner.purpose))
        for duty in owner.duties:
            self._item(owner_item, duty, DUTY)

    def _item(self, parent: QTreeWidgetItem | None, text: str, kind: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
            | Qt.ItemFlag.ItemIsEditable
        )
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._set_kind(item, kind)
        return item

    def _set_kind(self, item: QTreeWidgetItem, kind: str) -> None:
        labels = {UNIT: self.tr("Unit"), POST: self.tr("Post"), DUTY: self.tr("Duty"), IGNORE: self.tr("Ignored")}
        item.setData(0, KIND_ROLE, kind)
        item.setText(1, labels[kind])
        font = item.font(0)
        font.setBold(kind in (UNIT, POST))
        font.setStrikeOut(kind == IGNORE)
        item.setFont(0, font)

    def _show_summary(self) -> None:
        counts = {UNIT: 0, POST: 0, DUTY: 0}
        for item in self._all_items():
            kind = item.data(0, KIND_ROLE)
            if kind in counts:
                counts[kind] += 1
        self.summary.setText(
            self.tr("The document gives {units} units, {posts} posts and {duties} duties.").format(
                units=counts[UNIT], posts=counts[POST], duties=counts[DUTY]
            )
        )
        self.import_button.setEnabled(counts[UNIT] > 0)

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = _children(self.tree.invisibleRootItem())
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(_children(item))
        return found

    # ----- the planner's corrections ------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        for item in self.tree.selectedItems():
            self._set_kind(item, kind)
        self._show_summary()

    def merge_with_previous(self) -> None:
        """The selected item's children (and, for a duty, its text) go into the item above it."""
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        siblings = parent if parent is not None else self.tree.invisibleRootItem()
        index = siblings.indexOfChild(item)
        if index <= 0:
            return
        above = siblings.child(index - 1)
        if above is None:
            return
        if item.data(0, KIND_ROLE) == DUTY and above.data(0, KIND_ROLE) == DUTY:
            above.setText(0, above.text(0) + item.text(0))
        for child in item.takeChildren():
            above.addChild(child)
        siblings.removeChild(item)
        self.tree.setCurrentItem(above)
        self._show_summary()

    # ----- back into a plan -----------------------------------------------------------------
    def corrected(self) -> DutyDocument:
        """The document as the planner left it: top-level units with their posts and duties."""
        result = DutyDocument()
        for item in _children(self.tree.invisibleRootItem()):
            if item.data(0, KIND_ROLE) == UNIT:
                result.units.append(self._unit(item))
        return result

    def _unit(self, item: QTreeWidgetItem) -> DocUnit:
        unit = DocUnit(item.text(0).strip(), 0)
        unit.purpose = [str(item.data(0, PURPOSE_ROLE))] if item.data(0, PURPOSE_ROLE) else []
        for child in _children(item):
            kind = child.data(0, KIND_ROLE)
            if kind == DUTY:
                unit.duties.append(child.text(0).strip())
            elif kind == POST:
                post = DocOwner(child.text(0).strip(), 0)
                post.purpose = [str(child.data(0, PURPOSE_ROLE))] if child.data(0, PURPOSE_ROLE) else []
                post.duties = [duty.text(0).strip() for duty in _children(child) if duty.data(0, KIND_ROLE) == DUTY]
                unit.posts.append(post)
            elif kind == UNIT:
                unit.children.append(child.text(0).strip())
        return unit


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for index in range(item.childCount()) if (child := item.child(index)) is not None]


class DutyImportController(QObject):
    """File › Import › Duty Document… (Ctrl+Shift+I)."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.answer_dialog: Callable[[QDialog], bool] = ask_dialog
        self.dialog: DutyDocumentDialog | None = None
        self.action = QAction(self.tr("Import &Duty Document…"), shell.widget())
        self.action.setObjectName("action_import_duty_document")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.action.setStatusTip(self.tr("Units, posts and duties from a Word or text 职责说明书"))
        self.action.triggered.connect(lambda _checked=False: self.start())
        shell.add_action("file.import", self.action)

    def start(self) -> bool:
        if not self.shell.edits.editable():
            self._warn(self.tr("Open or create a document you can change, then import into it."))
            return False
        path = self.shell.context.interaction.ask_import_path(
            self.tr("Import a Duty Document"), self.tr("Duty documents (*.docx *.txt *.md);;All files (*)")
        )
        return self.open_file(path) if path is not None else False

    def open_file(self, path: Path) -> bool:
        session, scenario_id = self.shell.context.session, self.shell.shown_scenario_id()
        if session is None or scenario_id is None:
            return False
        try:
            parsed = parse_duty_document(document_lines(Path(path)))
        except MessageError as error:
            self._warn(translated(error.context, error.template, error.params))
            return False
        document = session.document
        selected = document.get("unit", self.shell.current_unit_id())
        dialog = DutyDocumentDialog(parsed, Path(path).name, selected if isinstance(selected, Unit) else None,
                                    self.shell.widget())  # fmt: skip
        self.dialog = dialog
        try:
            if not self.answer_dialog(dialog):
                return False
            under = selected if isinstance(selected, Unit) and dialog.under_selected.isChecked() else None
            kpis = dialog.kpis_check.isChecked()
            return self._import(document, scenario_id, dialog.corrected(), under, Path(path).name, kpis)
        finally:
            self.dialog = None
            dialog.deleteLater()

    def _import(
        self, document: Document, scenario_id: int, parsed: DutyDocument, under: Unit | None, name: str, kpis: bool
    ) -> bool:
        writer = PlanWriter(document, scenario_id, name)
        plan_duty_document(writer, parsed, under, name, kpis_from_duties=kpis)
        plan = writer.finish(0, "duties")
        if not (plan.entities or plan.updates):
            self._warn(self.tr("Nothing new to import: the units, posts and duties are already in the document."))
            return False
        if not self.shell.edits.run_edit(plan.operation()):
            return False
        self.shell.show_status(
            self.tr(
                "Imported {units} units, {posts} posts and {duties} duties from “{file}”; Undo removes them."
            ).format(units=plan.count("unit"), posts=plan.count("position"), duties=plan.count("duty"), file=name),
            10_000,
        )
        return True

    def _warn(self, text: str) -> None:
        self.shell.context.interaction.warn(self.tr("Import a Duty Document"), text)


def install_duty_import(shell: Shell) -> DutyImportController:
    return DutyImportController(shell)
