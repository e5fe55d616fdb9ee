"""The Properties panel: every field of the selected unit, post or person, edited in place.

Each value is checked as it is typed, with the domain's own rule (orgdesk.domain.validation
plans the UpdateEntity without applying it), and the refusal is shown under the field.
When the edit is done (Return, leaving the field, picking from a combo) a valid change is
committed as an UpdateFields (UpdateEntity) edit through the window's EditController; consecutive edits of
one field are one undo step (see commands.py). The panel refreshes from change notices,
and only fields whose stored value changed are rewritten, so typing elsewhere is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.entities import AssignmentKind, Gender, Position
from orgdesk.domain.operations import UpdateEntity
from orgdesk.domain.roster import holdings
from orgdesk.domain.validation import changed, field_error
from orgdesk.store.session import ChangeNotice
from orgdesk.ui.editing import EditController, error_message
from orgdesk.ui.panels.properties_fields import (
    CheckField,
    ChoiceField,
    CountField,
    DateField,
    ExtraField,
    FieldEditor,
    IdNumberField,
    LineField,
    SuggestField,
    TextField,
    align_top,
)

Shown = tuple[str, int]  # (kind, id) of the entity on show
NO_VALUE = object()


class PropertiesPanel(QWidget):
    """All fields of one unit, post or person (see the module text)."""

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.edits = edits
        edits.context.events.changed.connect(self.document_changed)
        self.document: Document | None = None
        self.shown: Shown | None = None
        self.scenario_id: int | None = None  # of the tree's unit: a person's posts in that scenario
        self.fields: dict[str, FieldEditor] = {}
        self._stored: dict[str, Any] = {}  # the document value each editor last showed
        self.title = QLabel(self)
        self.title.setObjectName("propertiesTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("Select a unit, a post or a person to see and change its properties."), self)
        self.hint.setObjectName("propertiesHint")
        self.hint.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll_area, 1)
        self._show(None, None)

    # ----- what is shown ------------------------------------------------------------
    def show_unit(self, document: Document | None, unit_id: int | None) -> None:
        unit = document.get("unit", unit_id) if document is not None else None
        self.scenario_id = getattr(unit, "scenario_id", None)
        self._show(document, None if unit_id is None else ("unit", unit_id))

    def show_position(self, position_id: int) -> None:
        self._show(self._session_document(), ("position", position_id))

    def show_person(self, person_id: int) -> None:
        self._show(self._session_document(), ("person", person_id))

    def _session_document(self) -> Document | None:
        session = self.edits.session
        return session.document if session is not None else None

    def entity(self) -> Any:
        if self.document is None or self.shown is None:
            return None
        return self.document.get(*self.shown)

    def _show(self, document: Document | None, shown: Shown | None) -> None:
        if document is self.document and shown == self.shown and shown is not None and self.fields:
            self._refresh_values()  # shown again (a list reloaded): keep the form and the focus
            return
        self.document, self.shown = document, shown
        entity = self.entity()
        if entity is None:
            self.shown = None
        self.hint.setVisible(self.shown is None)
        self.title.setVisible(self.shown is not None)
        self._build_form()

    def document_changed(self, notice: ChangeNotice) -> None:
        patch = notice.patch
        if self.shown is None:
            return
        if self.entity() is None:  # deleted
            self._show(self.document, None)
            return
        # The form stays (and with it the focus and what is being typed): only choices,
        # the posts held and the values that changed are shown again.
        kind, kinds = self.shown[0], patch.kinds()
        if kind == "position" and "position" in kinds:
            self._refill("reports_to_id", self._reports_to_choices())
        if kind == "unit" and "unit_type" in kinds:
            self._refill("type_id", self._type_choices())
        if kind == "person" and kinds & {"assignment", "position"}:
            self._fill_holdings()
        self._refresh_values()

    def _refill(self, field: str, choices: list[tuple[Any, str]]) -> None:
        editor = self.fields.get(field)
        if isinstance(editor, ChoiceField):
            editor.set_choices(choices)
            self._stored.pop(field, None)  # show the stored value again, whatever the combo kept

    # ----- the form -------------------------------------------------------------------
    def _build_form(self) -> None:
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        form = QFormLayout()
        self.holdings_form = QFormLayout()
        outer.addLayout(form)
        outer.addLayout(self.holdings_form)
        outer.addStretch(1)  # rows keep their height; the space is left below them
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields, self._stored = {}, {}
        entity = self.entity()
        if entity is not None and self.shown is not None:
            kind = self.shown[0]
            self.title.setText(self._title(kind, entity))
            for field, label, make in self._specs(kind):
                if field == "extra" and not entity.extra:
                    continue  # only what an imported sheet brought along is shown (and editable)
                editor = make()
                editor.setObjectName(f"field_{field}")
                editor.setEnabled(self.edits.editable())
                self.fields[field] = editor
                form.addRow(align_top(QLabel(label)) if isinstance(editor, TextField) else QLabel(label), editor)
                editor.edited.connect(lambda value, name=field: self._check(name, value))
                editor.finished.connect(lambda value, name=field: self.commit(name, value))
            self._fill_holdings()
            self._refresh_values()
        self.scroll_area.setWidget(form_widget)

    def _title(self, kind: str, entity: Any) -> str:
        if kind == "unit":
            return self.tr("Unit: {name}").format(name=entity.name)
        if kind == "position":
            return self.tr("Post: {title}").format(title=entity.title)
        return self.tr("Person: {name}").format(name=entity.name)

    def _specs(self, kind: str) -> list[tuple[str, str, Callable[[], FieldEditor]]]:
        if kind == "unit":
            return [
                ("name", self.tr("Name"), LineField),
                ("short_name", self.tr("Short name"), LineField),
                ("code", self.tr("Code"), LineField),
                ("type_id", self.tr("Type"), self._type_field),
                ("description", self.tr("Functions"), TextField),
                ("extra", self.tr("Other columns"), self._extra_field),
            ]
        if kind == "position":
            return [
                ("title", self.tr("Title"), LineField),
                ("code", self.tr("Post code"), LineField),
                ("category", self.tr("Category"), LineField),
                ("grade", self.tr("Grade"), LineField),
                ("headcount", self.tr("Headcount"), CountField),
                ("reports_to_id", self.tr("Reports to"), self._reports_to_field),
                ("is_manager", self.tr("Manager"), lambda: CheckField(self.tr("Heads the unit"))),
                ("purpose", self.tr("Purpose"), TextField),
                ("qualifications", self.tr("Qualifications"), TextField),
                ("extra", self.tr("Other columns"), self._extra_field),
            ]
        return [
            ("name", self.tr("Name"), LineField),
            ("code", self.tr("Employee no."), LineField),
            ("gender", self.tr("Gender"), self._gender_field),
            ("birth_date", self.tr("Born"), self._date_field),
            ("id_number", self.tr("ID card no."), IdNumberField),
            ("employment_type", self.tr("Employment"), lambda: SuggestField(self._employment_types())),
            ("work_start_date", self.tr("Started working"), self._date_field),
            ("hire_date", self.tr("Hired"), self._date_field),
            ("education", self.tr("Education"), LineField),
            ("political_status", self.tr("Political status"), lambda: SuggestField(self._political_statuses())),
            ("phone", self.tr("Phone"), LineField),
            ("email", self.tr("E-mail"), LineField),
            ("notes", self.tr("Notes"), TextField),
            ("extra", self.tr("Other columns"), self._extra_field),
        ]

    def _employment_types(self) -> list[str]:
        """The usual 用工性质, then those the document already uses."""
        usual = [self.tr("Contract staff"), self.tr("Agency staff"), self.tr("Outsourced"), self.tr("Intern")]
        usual.append(self.tr("Re-employed retiree"))
        return _with_used(usual, self.document, "employment_type")

    def _political_statuses(self) -> list[str]:
        usual = [self.tr("CPC member"), self.tr("CPC probationary member"), self.tr("CYL member")]
        usual += [self.tr("Democratic party member"), self.tr("No party affiliation")]
        return _with_used(usual, self.document, "political_status")

    def _extra_field(self) -> ExtraField:
        return ExtraField((self.tr("Column"), self.tr("Value")))

    def _date_field(self) -> DateField:
        return DateField(self.tr("No date"))

    def _type_field(self) -> ChoiceField:
        editor = ChoiceField()
        editor.set_choices(self._type_choices())
        return editor

    def _type_choices(self) -> list[tuple[Any, str]]:
        types = self.document.unit_types() if self.document is not None else []
        return [(None, self.tr("(no type)")), *((t.id, t.name) for t in types)]

    def _gender_field(self) -> ChoiceField:
        editor = ChoiceField()
        labels = {
            Gender.UNKNOWN: self.tr("(not given)"),
            Gender.MALE: self.tr("Male"),
            Gender.FEMALE: self.tr("Female"),
        }
        editor.set_choices([(str(g.value), labels[g]) for g in Gender])
        return editor

    def _reports_to_field(self) -> ChoiceField:
        editor = ChoiceField()
        editor.set_choices(self._reports_to_choices())
        return editor

    def _reports_to_choices(self) -> list[tuple[Any, str]]:
        """Posts up the chain of command: the post's own unit, then each unit above it."""
        entity = self.entity()
        choices: list[tuple[Any, str]] = [(None, self.tr("(nobody)"))]
        if isinstance(entity, Position) and self.document is not None:
            unit = self.document.unit(entity.unit_id)
            for member in [unit, *self.document.ancestors(unit)]:
                for post in self.document.positions_of(member.id):
                    if post.id != entity.id:
                        choices.append((post.id, f"{post.title} — {member.name}"))
            target = self.document.get("position", entity.reports_to_id)
            if isinstance(target, Position) and all(c[0] != target.id for c in choices):
                choices.append((target.id, f"{target.title} — {self.document.unit(target.unit_id).name}"))
        return choices

    def _fill_holdings(self) -> None:
        """How a person holds each post (主岗 / 兼职 / 代理), changed with a combo per post."""
        form = self.holdings_form
        while form.rowCount():
            form.removeRow(0)
        if self.document is None or self.shown is None or self.shown[0] != "person":
            return
        person_id = self.shown[1]
        labels = {
            AssignmentKind.PRIMARY: self.tr("Primary post"),
            AssignmentKind.CONCURRENT: self.tr("Part-time"),
            AssignmentKind.ACTING: self.tr("Acting"),
        }
        for holding in holdings(self.document, person_id, self.scenario_id):
            editor = ChoiceField()
            editor.setObjectName(f"assignment_{holding.assignment.id}")
            editor.set_choices([(str(k.value), labels[k]) for k in AssignmentKind])
            editor.set_value(holding.assignment.kind)
            editor.setEnabled(self.edits.editable())
            assignment_id = holding.assignment.id
            editor.finished.connect(lambda value, a=assignment_id: self._change_assignment(a, value))
            form.addRow(QLabel(self.tr("Holds {post}").format(post=holding.position.title)), editor)

    def _refresh_values(self) -> None:
        entity = self.entity()
        if entity is None or self.shown is None:
            return
        self.title.setText(self._title(self.shown[0], entity))
        for field, editor in self.fields.items():
            stored = getattr(entity, field)
            if self._stored.get(field, NO_VALUE) != stored:
                editor.set_value(stored)
                editor.show_error(None)
                self._stored[field] = stored

    # ----- checking and committing -------------------------------------------------------
    def field_problem(self, field: str, value: Any) -> str | None:
        """The message the domain would refuse this value with, in the UI language."""
        if self.document is None or self.shown is None or self.entity() is None:
            return None
        error = field_error(self.document, self.shown[0], self.shown[1], field, value)
        return None if error is None else error_message(error)

    def _check(self, field: str, value: Any) -> None:
        editor = self.fields.get(field)
        if editor is not None:
            editor.show_error(self.field_problem(field, value))

    def commit(self, field: str, value: Any) -> bool:
        """Store a finished edit, unless the value is unchanged or refused (then the error stays shown)."""
        editor = self.fields.get(field)
        if editor is None or self.document is None or self.shown is None:
            return False
        kind, entity_id = self.shown
        if not changed(self.document, kind, entity_id, field, value):
            editor.show_error(None)
            return False
        problem = self.field_problem(field, value)
        editor.show_error(problem)
        if problem is not None:
            return False
        return self.edits.run_edit(UpdateEntity(kind, entity_id, {field: value}))

    def _change_assignment(self, assignment_id: int, kind: Any) -> bool:
        if self.document is None or not changed(self.document, "assignment", assignment_id, "kind", kind):
            return False
        return self.edits.run_edit(UpdateEntity("assignment", assignment_id, {"kind": kind}))


def _with_used(usual: list[str], document: Document | None, field: str) -> list[str]:
    used = {getattr(p, field) for p in document.all("person")} if document is not None else set()
    return usual + sorted(value for value in used if value and value not in usual)
