"""File › Import…: the dialog that shows what an import of a sheet would do before it is done.

The user picks the sheet, header row, path separator, kind of rows and the column of
each field; every change maps and plans the import again (nothing is written) and shows
the first rows, the resulting tree and the rows that would be left out. Import hands the
plan to the window, which runs it as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, MessageError
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.mapping import NO_NAMES, Mapping, build_mapping
from orgdesk.io.importing.plan import ImportPlan, PlanProgress
from orgdesk.io.importing.reading import EMPTY
from orgdesk.io.importing.sheets import Cell
from orgdesk.io.importing.spreadsheet import ImportOptions, Source, choose_sheet, plan_import, uses_workbook_import
from orgdesk.ui.background import BackgroundRunner
from orgdesk.ui.import_widgets import NOT_USED, MappingTable, ProblemsTable, RowsPreview, TreePreview, translated

BACKGROUND_ROWS = 20_000  # plan sheets bigger than this in a worker thread, behind a progress dialog
ROW_MODES = ("auto", "units", "posts")


@dataclass
class Preview:
    """What one set of options gives: the sheet's rows and mapping, and the plan or why there is none."""

    rows: list[list[Cell]]
    mapping: Mapping | None
    plan: ImportPlan | None
    error: MessageError | None
    exact_workbook: bool


def make_preview(
    document: Document,
    scenario_id: int,
    source: Source,
    options: ImportOptions,
    progress: PlanProgress | None = None,
) -> Preview:
    """Map and plan without writing anything (runs in a worker thread for big sheets;
    `progress` may stop it, see `plan_import`)."""
    rows: list[list[Cell]] = []
    mapping: Mapping | None = None
    try:
        sheet = choose_sheet(source, options)
        rows = sheet.rows
        if not any(any(cell not in (None, "") for cell in row) for row in rows):
            raise SpreadsheetImportError(EMPTY, sheet=sheet.name)
        header = None if options.header_row is None else options.header_row - 1
        mapping = build_mapping(sheet.name, rows, header, options.overrides)
        plan = plan_import(document, scenario_id, source, options, progress)
    except MessageError as error:
        return Preview(rows, mapping, None, error, False)
    return Preview(rows, mapping, plan, None, uses_workbook_import(source, options))


# What a roster update changes, in the order the preview lists them.
CHANGE_TITLES = {
    "joined": QT_TRANSLATE_NOOP("ImportDialog", "Joined"),
    "left": QT_TRANSLATE_NOOP("ImportDialog", "Left (no longer on the roster)"),
    "moved": QT_TRANSLATE_NOOP("ImportDialog", "Moved to another unit or post"),
    "employment_changed": QT_TRANSLATE_NOOP("ImportDialog", "Type of employment changed"),
    "grade_changed": QT_TRANSLATE_NOOP("ImportDialog", "Post grade changed"),
    "new_units": QT_TRANSLATE_NOOP("ImportDialog", "New units"),
    "new_posts": QT_TRANSLATE_NOOP("ImportDialog", "New posts"),
}


class ImportDialog(QDialog):
    choose_file_requested = Signal()
    import_requested = Signal()

    def __init__(
        self,
        document: Document,
        scenario_id: int,
        selected_unit: Unit | None,
        language: str,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from a Spreadsheet"))
        self.document, self.scenario_id, self.language, self.runner = document, scenario_id, language, runner
        self.selected_unit = selected_unit
        self.source: Source | None = None
        self.preview: Preview | None = None
        self.overrides: dict[str, str] = {}
        self.background_rows = BACKGROUND_ROWS
        self._filling = False
        self._generation = 0  # of the latest plan asked for: results of older ones are dropped
        self._build()
        self._connect()
        self.resize(1300, 800)

    # ----- assembly -------------------------------------------------------------------
    def _build(self) -> None:
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setMinimumWidth(600)
        self.choose_button = QPushButton(self.tr("&Choose File…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.sheet_combo = QComboBox(self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(0, 1_000_000)
        self.header_spin.setSpecialValueText(self.tr("Detect"))
        self.sep_edit = QLineEdit("", self)
        self.sep_edit.setPlaceholderText(self.tr("detect"))
        self.sep_edit.setMaxLength(3)
        self.sep_edit.setMaximumWidth(60)
        self.rows_combo = QComboBox(self)
        for mode, text in zip(ROW_MODES, self._mode_texts(), strict=True):
            self.rows_combo.addItem(text, mode)
        self.under_check = QCheckBox(self)
        self.update_check = QCheckBox(
            self.tr(
                "&Update the existing organisation: the file is this month's roster (people matched by employee number)"
            ),
            self,
        )
        self.update_check.setObjectName("importUpdate")
        self.remove_leavers_check = QCheckBox(
            self.tr("Remove &leavers (otherwise they are kept without posts, marked as left)"), self
        )
        self.remove_leavers_check.setObjectName("importRemoveLeavers")
        self.remove_leavers_check.setEnabled(False)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Header row:"), self.header_spin)
        form.addRow(self.tr("Path &separator:"), self.sep_edit)
        form.addRow(self.tr("&Rows are:"), self.rows_combo)
        form.addRow("", self.under_check)
        form.addRow("", self.update_check)
        form.addRow("", self.remove_leavers_check)

        self.mapping_table = MappingTable(self)
        self.rows_preview = RowsPreview(self)
        self.tree_preview = TreePreview(self)
        self.problems_table = ProblemsTable(self)
        self.problems_box = _boxed(self.problems_table, self.tr("Problems"))
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(_boxed(self.rows_preview, self.tr("First rows of the sheet")))
        middle.addWidget(self.problems_box)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(_boxed(self.mapping_table, self.tr("Columns")))
        splitter.addWidget(middle)
        self.tree_box = _boxed(self.tree_preview, self.tr("Units the import adds"))
        splitter.addWidget(self.tree_box)
        splitter.setSizes([380, 560, 340])

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.skip_radio = QRadioButton(self.tr("S&kip the rejected rows and import the others"), self)
        self.abort_radio = QRadioButton(self.tr("Import &nothing while a row is rejected"), self)
        self.skip_radio.setChecked(True)
        on_error = QGroupBox(self.tr("Rows that cannot be imported"), self)
        on_error_layout = QVBoxLayout(on_error)
        on_error_layout.addWidget(self.skip_radio)
        on_error_layout.addWidget(self.abort_radio)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(on_error)
        layout.addWidget(self.buttons)
        self._show_under()

    def _mode_texts(self) -> list[str]:
        return [self.tr("Detect"), self.tr("Units"), self.tr("Posts and people with a manager id")]

    def _show_under(self) -> None:
        unit = self.selected_unit
        if unit is None:
            self.under_check.setText(self.tr("Put the top units under the selected unit (no unit is selected)"))
            self.under_check.setEnabled(False)
        else:
            self.under_check.setText(
                self.tr("Put the top units under the selected unit “{name}”").format(name=unit.name)
            )

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_file_requested)
        self.sheet_combo.currentIndexChanged.connect(lambda _index: self._sheet_changed())
        self.header_spin.valueChanged.connect(lambda _value: self._header_changed())
        self.sep_edit.textChanged.connect(lambda _text: self.refresh())
        self.rows_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.under_check.toggled.connect(lambda _on: self.refresh())
        self.update_check.toggled.connect(self._update_toggled)
        self.remove_leavers_check.toggled.connect(lambda _on: self.refresh())
        self.mapping_table.field_changed.connect(self._field_changed)
        self.import_button.clicked.connect(self.import_requested)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _result: self._drop_running_plan())

    def _update_toggled(self, on: bool) -> None:
        self.remove_leavers_check.setEnabled(on)
        self.under_check.setEnabled(not on and self.selected_unit is not None)
        self.refresh()

    def _drop_running_plan(self) -> None:
        """A plan still running for a closed dialog stops at its next report, and is not shown."""
        self._generation += 1

    # ----- options ----------------------------------------------------------------------
    def set_source(self, source: Source) -> None:
        """A newly read file: its sheets, detected header and mapping."""
        self.source = source
        self.file_edit.setText(str(source.path))
        self.overrides = {}
        self._filling = True
        try:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(source.sheet_names())
            self.header_spin.setValue(0)
            chosen = self._first_sheet_with_data(source)
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findText(chosen)))
        finally:
            self._filling = False
        self.refresh()

    @staticmethod
    def _first_sheet_with_data(source: Source) -> str:
        try:
            return choose_sheet(source, ImportOptions()).name
        except MessageError:
            return source.sheet_names()[0] if source.sheets else ""

    def options(self) -> ImportOptions:
        under = self.selected_unit if self.under_check.isChecked() else None
        header = self.header_spin.value()
        return ImportOptions(
            sheet=self.sheet_combo.currentText() or None,
            header_row=header or None,
            overrides=dict(self.overrides),
            path_sep=self.sep_edit.text(),
            rows=str(self.rows_combo.currentData() or "auto"),
            language=self.language,
            under_unit_id=under.id if under is not None and not self.update_check.isChecked() else None,
            update=self.update_check.isChecked(),
            leavers="remove" if self.remove_leavers_check.isChecked() else "keep",
        )

    def skip_rejected(self) -> bool:
        return self.skip_radio.isChecked()

    def _sheet_changed(self) -> None:
        if self._filling:
            return
        self.overrides = {}
        self._filling = True
        self.header_spin.setValue(0)
        self._filling = False
        self.refresh()

    def _header_changed(self) -> None:
        if not self._filling:
            self.overrides = {}  # other headers: the columns chosen before mean nothing now
            self.refresh()

    def _field_changed(self, field: str, column: int) -> None:
        preview = self.preview
        if preview is None or preview.mapping is None:
            return
        self.overrides[field] = "" if column == NOT_USED else _header_reference(preview.mapping.headers, column)
        self.refresh()

    # ----- mapping and planning -----------------------------------------------------------
    def refresh(self) -> None:
        """Map and plan again with the current options, then show the outcome."""
        source = self.source
        if source is None or self._filling:
            return
        options = self.options()
        rows = sum(len(sheet.rows) for sheet in source.sheets)
        document, scenario_id = self.document, self.scenario_id
        self._generation += 1
        generation = self._generation

        def job(progress: Callable[[int, int], object]) -> Preview:
            def still_wanted(done: int, total: int) -> bool:
                """False (stop) once newer options asked for another plan; the runner's callback
                raises `Cancelled` once the user pressed Cancel."""
                return generation == self._generation and progress(done, total) is not False

            return make_preview(document, scenario_id, source, options, still_wanted)

        self.import_button.setEnabled(False)
        in_background = rows > self.background_rows
        if in_background:  # the worker must not read lazily loaded tables through the store's connection
            document.load_all()
        self.runner.run(
            job,
            self.tr("Planning the import of “{file}”…").format(file=source.path.name),
            lambda preview: self._show_preview(preview, generation),
            lambda error: self._show_failure(error, generation),
            in_background=in_background,
        )

    def _show_preview(self, preview: Preview, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # a plan for options changed since: a newer one is on its way
        self.preview = preview
        self.mapping_table.show_mapping(preview.mapping)
        self.mapping_table.setEnabled(not preview.exact_workbook)
        self.rows_preview.show_rows(preview.rows, preview.mapping)
        plan = preview.plan
        updating = plan is not None and plan.mode == "update"
        self.tree_box.setTitle(self.tr("What the update changes") if updating else self.tr("Units the import adds"))
        if plan is not None and updating:
            self.tree_preview.show_changes([(CHANGE_TITLES[key], plan.changes.get(key, [])) for key in CHANGE_TITLES])
        else:
            self.tree_preview.show_units(
                plan.preview_tree(self.document) if plan is not None else [], _units_added(plan)
            )
        self.problems_table.show_problems(plan.problems if plan is not None else [])
        rejected = len(plan.rejected()) if plan is not None else 0
        self.problems_box.setTitle(
            self.tr("Problems (rows rejected: {count})").format(count=rejected) if rejected else self.tr("Problems")
        )
        self.summary.setText(self._summary_text(preview))
        self.import_button.setEnabled(plan is not None and bool(plan.entities or plan.updates or plan.deletions))

    def _show_failure(self, error: BaseException, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self.preview = None
        self.import_button.setEnabled(False)
        self.summary.setText(self._error_text(error))

    def _summary_text(self, preview: Preview) -> str:
        if preview.error is not None:
            return self._error_text(preview.error)
        plan = preview.plan
        assert plan is not None
        if plan.mode == "update":
            return self._update_summary(plan)
        units = _units_added(plan)
        text = self.tr("The import adds {units} units, {posts} posts and {people} people.").format(
            units=units, posts=plan.count("position"), people=plan.count("person")
        )
        known = plan.people_already_in_document()
        if known:
            text += " " + self.tr(
                "{count} people already in the document take posts it adds (matched by employee number). "
                "If the file is this month's roster of this organisation, tick “Update the existing organisation”."
            ).format(count=known)
        if preview.exact_workbook:
            text = (
                self.tr("This workbook was exported by OrgDesk; it is imported exactly as it was written.") + " " + text
            )
        rejected = len(plan.rejected())
        if rejected:
            text += " " + self.tr("Rows that cannot be imported: {count} (see Problems).").format(count=rejected)
        if not (plan.entities or plan.updates):
            text += " " + self.tr("Nothing to import: check the sheet, header row and columns.")
        return text

    def _update_summary(self, plan: ImportPlan) -> str:
        counts = {key: len(items) for key, items in plan.changes.items()}
        text = self.tr(
            "The update: {joined} joined, {left} left, {moved} moved, {employment} changed type of employment, "
            "{grades} post grades changed, {units} new units, {posts} new posts. Undo takes it back in one step."
        ).format(
            joined=counts.get("joined", 0),
            left=counts.get("left", 0),
            moved=counts.get("moved", 0),
            employment=counts.get("employment_changed", 0),
            grades=counts.get("grade_changed", 0),
            units=counts.get("new_units", 0),
            posts=counts.get("new_posts", 0),
        )
        rejected = len(plan.rejected())
        if rejected:
            text += " " + self.tr("Rows that cannot be imported: {count} (see Problems).").format(count=rejected)
        return text

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, MessageError) and error.template == NO_NAMES:  # the CLI's advice names --map
            return self.tr(
                "No column of sheet “{sheet}” could be recognised as names (e.g. 部门名称, 姓名, name); "
                "choose the column for Name (or Path, Person, Post) in the Columns table."
            ).format(**error.params)
        if isinstance(error, MessageError):
            return translated(error.context, error.template, error.params)
        return self.tr("The sheet cannot be read: {reason}").format(reason=str(error))


def _header_reference(headers: list[str], column: int) -> str:
    """How an override names a column: its header when that is unambiguous, else its number."""
    header = headers[column] if column < len(headers) else ""
    if header and headers.count(header) == 1 and not header.isdigit():
        return header
    return str(column + 1)


def _units_added(plan: ImportPlan | None) -> int:
    """New units plus the blank top unit an import renames."""
    if plan is None:
        return 0
    return plan.count("unit") + sum(1 for entity in plan.updates if isinstance(entity, Unit))


def _boxed(widget: QWidget, title: str) -> QGroupBox:
    box = QGroupBox(title, widget.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(widget)
    return box
