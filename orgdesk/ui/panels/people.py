"""The People panel (人员): the searchable roster, who holds which post, and the vacancies.

The post to fill is the one chosen in the Posts panel (`set_target_post`) or picked from
the vacancies list. A person is assigned to it as 主岗, 兼职 or 代理; the list under the
roster shows the current person's posts, where an assignment is removed. People can also
be dragged onto a post's row in the Posts panel. Every gesture is a domain operation run
through the window's EditController.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.document import Document
from orgdesk.domain.entities import AssignmentKind, Person, Position, Unit
from orgdesk.domain.operations import AddAssignment, AddPerson, DeleteAssignment, DeletePerson
from orgdesk.domain.roster import assignment_kind_for, free_code, holdings, holds, vacancies
from orgdesk.store.session import ChangeNotice
from orgdesk.ui.editing import EditController
from orgdesk.ui.panels.keys import PanelKeys
from orgdesk.ui.panels.panel_actions import button_row, keyed_action
from orgdesk.ui.panels.people_model import CODE, NAME, PeopleFilter, PeopleTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VACANCIES_TAB = 1
SEARCH_PAUSE_MS = 200
LARGE_ROSTER = 5000  # rows from which the search waits for a pause in typing


class PeoplePanel(QWidget):
    """The roster, the current person's posts and the vacancies (see the module text)."""

    person_selected = Signal(int)  # person id: show them in the Properties panel
    vacancy_chosen = Signal(int)  # post id picked in the vacancies list

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePanel")
        self.edits = edits
        edits.context.events.changed.connect(self.document_changed)
        self.document: Document | None = None
        self.unit_id: int | None = None
        self.scenario_id: int | None = None
        self.target_id: int | None = None  # the post to fill

        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search by name or employee number…"))
        self.search.setClearButtonEnabled(True)
        self.roster = PeopleTableModel(self)
        self.proxy = PeopleFilter(self.roster, self)
        self.view = self._make_roster_view()
        self.target = QLabel(self)
        self.target.setObjectName("targetPost")
        self.target.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("assignmentKind")
        for code, label in self.roster.kind_names().items():
            self.kind.addItem(label, code)
        self.held = QListWidget(self)
        self.held.setObjectName("postsHeld")
        self.vacancy_list = QListWidget(self)
        self.vacancy_list.setObjectName("vacancies")

        self.add_action = keyed_action(self, self.tr("&Add person"), QKeySequence(Qt.Key.Key_Insert), self.add_person)
        self.delete_action = keyed_action(
            self, self.tr("&Delete person"), QKeySequence(Qt.Key.Key_Delete), self.delete_person
        )
        self.assign_action = keyed_action(self, self.tr("A&ssign to post"), QKeySequence("Ctrl+Return"), self.assign)
        self.unassign_action = keyed_action(self, self.tr("&Unassign"), QKeySequence("Ctrl+Backspace"), self.unassign)
        self.keys = PanelKeys(self.view, [self.add_action, self.delete_action, self.assign_action])
        self._lay_out()

        # A large roster is searched once typing pauses (a pass over 50,000 people takes ~0.2 s).
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_typed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.clicked.connect(self._current_changed)
        self.held.currentRowChanged.connect(self._update_actions)
        self.vacancy_list.itemClicked.connect(self._vacancy_clicked)
        self.tabs.currentChanged.connect(lambda _tab: self._fill_vacancies())
        self.roster.modelReset.connect(self._update_actions)
        self.show_unit(None, None)

    def _make_roster_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("peopleView")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)  # onto a post in the Posts panel
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # no per-row measuring
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(NAME, 90)
        header.resizeSection(CODE, 100)
        return view

    def _lay_out(self) -> None:
        roster = QWidget(self)
        roster_layout = QVBoxLayout(roster)
        roster_layout.setContentsMargins(0, 0, 0, 0)
        roster_layout.addWidget(self.search)
        roster_layout.addWidget(self.view, 3)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.kind)
        assign_row.addLayout(button_row(self, (self.assign_action,)))
        roster_layout.addWidget(self.target)
        roster_layout.addLayout(assign_row)
        roster_layout.addWidget(QLabel(self.tr("Posts held by the selected person:"), roster))
        roster_layout.addWidget(self.held, 1)
        roster_layout.addLayout(button_row(self, (self.add_action, self.delete_action, self.unassign_action)))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("peopleTabs")
        self.tabs.addTab(roster, self.tr("Roster"))
        vacancies_tab = QWidget(self)
        vacancies_layout = QVBoxLayout(vacancies_tab)
        vacancies_layout.setContentsMargins(0, 0, 0, 0)
        vacancies_hint = QLabel(
            self.tr("Posts with fewer holders than their headcount. Click one to make it the post to fill."),
            vacancies_tab,
        )
        vacancies_hint.setWordWrap(True)
        vacancies_layout.addWidget(vacancies_hint)
        vacancies_layout.addWidget(self.vacancy_list, 1)
        self.tabs.addTab(vacancies_tab, self.tr("Vacancies"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _search_typed(self, _text: str) -> None:
        if self.roster.rowCount() >= LARGE_ROSTER:
            self.search_timer.start()
        else:
            self.apply_search()

    def apply_search(self) -> None:
        self.search_timer.stop()
        self.proxy.set_search(self.search.text())

    # ----- what is shown ------------------------------------------------------------
    def show_unit(self, document: Document | None, unit_id: int | None) -> None:
        """Follow the tree: the vacancies are those of the unit's scenario."""
        if document is not self.document:
            self.document, self.target_id = document, None
            self.roster.set_document(document)
        self.unit_id = unit_id
        unit = document.get("unit", unit_id) if document is not None else None
        scenario_id = unit.scenario_id if isinstance(unit, Unit) else None
        if scenario_id != self.scenario_id:
            self.scenario_id = scenario_id
            self.roster.set_scenario(scenario_id)
            self._show_held()
            self._fill_vacancies()
        self._show_target()

    def document_changed(self, notice: ChangeNotice) -> None:
        patch = notice.patch
        kinds = patch.kinds()
        if not kinds & {"person", "assignment", "position", "unit"}:
            return
        current = self.current_person()
        self.roster.apply_patch(patch)
        if current is not None and self.roster.row_of(current.id) >= 0:
            self.select_person(current.id)
        if self.document is not None and self.document.get("position", self.target_id) is None:
            self.target_id = None
        self._show_held()
        self._show_target()
        if kinds & {"assignment", "position", "unit"}:
            self._fill_vacancies()

    def set_target_post(self, position_id: int | None) -> None:
        """The post that Assign fills (the Posts panel's current post)."""
        self.target_id = position_id
        self._show_target()

    def target_post(self) -> Position | None:
        found = self.document.get("position", self.target_id) if self.document is not None else None
        return found if isinstance(found, Position) else None

    def _show_target(self) -> None:
        post = self.target_post()
        if post is None or self.document is None:
            self.target.setText(self.tr("Choose a post in the Posts panel or under Vacancies to assign people to it."))
        else:
            unit = self.document.unit(post.unit_id)
            self.target.setText(self.tr("Post to fill: {post} — {unit}").format(post=post.title, unit=unit.name))
        self._update_actions()

    def _fill_vacancies(self) -> None:
        """The scenario's posts with fewer holders than their 编制 (only while the tab is shown)."""
        self.vacancy_list.clear()
        if self.document is None or self.scenario_id is None or self.tabs.currentIndex() != VACANCIES_TAB:
            return
        for vacancy in vacancies(self.document, self.scenario_id):
            text = self.tr("{post} — {unit}: {filled} of {headcount} filled").format(
                post=vacancy.position.title,
                unit=vacancy.unit.name,
                filled=vacancy.filled,
                headcount=vacancy.position.headcount,
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, vacancy.position.id)
            self.vacancy_list.addItem(item)
        if not self.vacancy_list.count():
            self.vacancy_list.addItem(QListWidgetItem(self.tr("No vacancies: every post is filled.")))

    def _vacancy_clicked(self, item: QListWidgetItem) -> None:
        position_id = item.data(ID_ROLE)
        if isinstance(position_id, int):
            self.set_target_post(position_id)
            self.vacancy_chosen.emit(position_id)

    def current_person(self) -> Person | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.roster.person(self.proxy.mapToSource(index).row())

    def select_person(self, person_id: int) -> bool:
        row = self.roster.row_of(person_id)
        index = self.proxy.mapFromSource(self.roster.index(row, NAME)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, *_args: object) -> None:
        self._show_held()
        person = self.current_person()
        if person is not None:
            self._suggest_kind(person)
            self.person_selected.emit(person.id)
        self._update_actions()

    def _suggest_kind(self, person: Person) -> None:
        if self.document is not None:
            self.kind.setCurrentIndex(self.kind.findData(str(assignment_kind_for(self.document, person.id))))

    def _show_held(self) -> None:
        self.held.clear()
        person = self.current_person()
        if person is None or self.document is None:
            return
        names = self.roster.kind_names()
        for holding in holdings(self.document, person.id, self.scenario_id):
            unit = self.document.get("unit", holding.position.unit_id)
            text = self.tr("{post} — {unit} ({kind})").format(
                post=holding.position.title,
                unit=str(getattr(unit, "name", "")),
                kind=names.get(holding.assignment.kind, holding.assignment.kind),
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, holding.assignment.id)
            self.held.addItem(item)

    def _update_actions(self, *_args: object) -> None:
        editable = self.edits.editable() and self.document is not None
        person, post = self.current_person(), self.target_post()
        already = None
        if person is not None and post is not None and self.document is not None:
            already = holds(self.document, person.id, post.id)
        self.add_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and person is not None)
        self.assign_action.setEnabled(editable and person is not None and post is not None and already is None)
        self.unassign_action.setEnabled(editable and self._assignment_to_remove() is not None)

    # ----- edits ---------------------------------------------------------------------
    def add_person(self) -> bool:
        if self.document is None:
            return False
        operation = AddPerson(self.tr("New person"), free_code(self.document))
        if not self.edits.run_edit(operation):
            return False
        assert operation.person_id is not None
        self.search.clear()
        self.select_person(operation.person_id)
        return True

    def delete_person(self) -> bool:
        person = self.current_person()
        if person is None or self.document is None:
            return False
        posts = len(self.document.assignments_of_person(person.id))
        question = self.tr(
            "Delete {name} ({code})? They leave the {posts} posts they hold in all scenarios. You can undo this."
        ).format(name=person.name, code=person.code, posts=posts)
        if not self.edits.context.interaction.confirm(self.tr("Delete person"), question, self.tr("Delete")):
            return False
        return self.edits.run_edit(DeletePerson(person.id))

    def assign(self, kind: AssignmentKind | None = None) -> bool:
        """Assign the current person to the post to fill, as the kind chosen in the combo."""
        person, post = self.current_person(), self.target_post()
        if person is None or post is None:
            return False
        chosen = kind if kind is not None else AssignmentKind(str(self.kind.currentData()))
        return self.edits.run_edit(AddAssignment(person.id, post.id, chosen))

    def _assignment_to_remove(self) -> int | None:
        """The assignment chosen in the posts-held list, else the current person's hold on the post to fill."""
        item = self.held.currentItem()
        if item is not None and isinstance(item.data(ID_ROLE), int):
            return int(item.data(ID_ROLE))
        person, post = self.current_person(), self.target_post()
        if person is None or post is None or self.document is None:
            return None
        found = holds(self.document, person.id, post.id)
        return None if found is None else found.id

    def unassign(self) -> bool:
        assignment_id = self._assignment_to_remove()
        if assignment_id is None:
            return False
        return self.edits.run_edit(DeleteAssignment(assignment_id))
