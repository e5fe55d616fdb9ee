"""File › Import…: read a spreadsheet, CSV or JSON list, let the user check the mapping, import as one edit.

Reading a big file runs in a worker thread behind a progress dialog with Cancel; every
file that cannot be read gets the io layer's own message (translated) in a message box.
The import itself is one `BulkInsert` through `shell.edits.run_edit`, so one undo
removes everything it added, and a refusal leaves the document as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import MessageError
from orgdesk.io.importing.plan import ImportPlan
from orgdesk.io.importing.spreadsheet import ImportOptions, Source, choose_sheet, read_source
from orgdesk.ui.background import BackgroundRunner
from orgdesk.ui.busy import wait_cursor
from orgdesk.ui.import_dialog import ImportDialog
from orgdesk.ui.import_widgets import translated
from orgdesk.ui.shell import Shell

READ_IN_BACKGROUND_BYTES = 2 << 20  # files above 2 MB are read behind a progress dialog
FOLDER_KEY = "import/folder"


class ImportController(QObject):
    """The Import… action, the reading of the chosen file and the dialog it opens."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.runner = BackgroundRunner(shell.widget())
        self.dialog: ImportDialog | None = None
        self.background_bytes = READ_IN_BACKGROUND_BYTES
        self.action = QAction(self.tr("&Import…"), shell.widget())
        self.action.setObjectName("action_import")
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.setStatusTip(self.tr("Add units, posts and people from an Excel workbook, CSV file or JSON list"))
        self.action.triggered.connect(lambda _checked=False: self.start())
        shell.add_action("file.import", self.action)
        shell.menu("file").aboutToShow.connect(lambda: self.action.setEnabled(shell.edits.editable()))

    # ----- choosing and reading the file -------------------------------------------------
    def start(self) -> None:
        """Ask for a file and open the dialog on it."""
        if not self.shell.edits.editable():
            self._warn(self.tr("Open or create a document you can change, then import into it."))
            return
        folder = self.shell.context.settings.value(FOLDER_KEY, "")
        path = self.shell.context.interaction.ask_import_path(
            self.tr("Import from a Spreadsheet"),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt *.tsv *.json);;All files (*)"),
            Path(folder) if isinstance(folder, str) and folder else None,
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read `path` (in the background when it is big) and show it in the dialog."""
        self.shell.context.settings.setValue(FOLDER_KEY, str(Path(path).parent))

        def job(progress: Any) -> Source:
            return read_source(Path(path), None, progress)

        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0
        self.runner.run(
            job,
            self.tr("Reading “{file}”…").format(file=Path(path).name),
            self._file_read,
            self._read_failed,
            in_background=size > self.background_bytes,
        )

    def _choose_another_file(self) -> None:
        folder = self.shell.context.settings.value(FOLDER_KEY, "")
        path = self.shell.context.interaction.ask_import_path(
            self.tr("Import from a Spreadsheet"),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt *.tsv *.json);;All files (*)"),
            Path(folder) if isinstance(folder, str) and folder else None,
        )
        if path is not None:
            self.open_file(path)

    def _file_read(self, source: Source) -> None:
        try:
            choose_sheet(source, ImportOptions())  # a file without any data: say so before the dialog
        except MessageError as error:
            self._read_failed(error)
            return
        dialog = self.dialog or self._new_dialog()
        if dialog is None:
            return
        dialog.set_source(source)
        if not dialog.isVisible():
            dialog.open()

    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, MessageError):
            self._warn(translated(error.context, error.template, error.params))
        else:  # a reader library's own failure on a damaged file: still a message, never a crash
            self._warn(
                self.tr("The file cannot be read ({reason}). Save it again from Excel or WPS and retry.").format(
                    reason=str(error) or type(error).__name__
                )
            )

    def _new_dialog(self) -> ImportDialog | None:
        session = self.shell.context.session
        scenario_id = self.shell.shown_scenario_id()
        if session is None or scenario_id is None:
            return None
        selected = session.document.get("unit", self.shell.current_unit_id())
        dialog = ImportDialog(
            session.document,
            scenario_id,
            selected if isinstance(selected, Unit) else None,
            self.shell.context.language,
            self.runner,
            self.shell.widget(),
        )
        dialog.choose_file_requested.connect(self._choose_another_file)
        dialog.import_requested.connect(self.run_import)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        return dialog

    def _dialog_closed(self, dialog: ImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # ----- importing ------------------------------------------------------------------------
    def run_import(self) -> bool:
        """The dialog's Import button: one undoable edit, or a message and nothing written."""
        dialog = self.dialog
        plan = dialog.preview.plan if dialog is not None and dialog.preview is not None else None
        if dialog is None or plan is None:
            return False
        rejected = plan.rejected()
        if rejected and not dialog.skip_rejected():
            self._warn(
                self.tr(
                    "Nothing was imported: some rows cannot be imported ({count}, see Problems). Correct them "
                    "in the file and choose it again, or choose “Skip the rejected rows and import the others”."
                ).format(count=len(rejected))
            )
            return False
        with wait_cursor():  # a big import commits for a while
            done = self.shell.edits.run_edit(plan.operation())
        if not done:
            return False  # run_edit showed why; the document is as it was
        dialog.accept()
        self._show_result(plan)
        return True

    def _show_result(self, plan: ImportPlan) -> None:
        if plan.mode == "update":
            self.shell.show_status(
                self.tr("Updated the roster from “{file}”; Undo takes the whole update back.").format(file=plan.source),
                10_000,
            )
            return
        units = [entity for entity in (*plan.updates, *plan.entities) if isinstance(entity, Unit)]
        ids = {unit.id for unit in units}
        tops = [unit for unit in units if unit.parent_id not in ids]
        if tops:
            self.shell.select_unit(tops[0].id)
        self.shell.show_status(
            self.tr(
                "Imported {units} units, {posts} posts and {people} people from “{file}”; Undo removes them."
            ).format(units=len(units), posts=plan.count("position"), people=plan.count("person"), file=plan.source),
            10_000,
        )

    def _warn(self, text: str) -> None:
        self.shell.context.interaction.warn(self.tr("Import"), text)


def install_importing(shell: Shell) -> ImportController:
    """File › Import… (Ctrl+I) in the File menu, before the export menu."""
    return ImportController(shell)
