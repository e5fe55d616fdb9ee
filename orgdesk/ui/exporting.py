"""File › Export: the roster workbook, the chart as PDF, PNG or SVG, the job-description booklet.

Each action asks its options (ExportOptionsDialog) and where to write (the Interaction), reads the
tables the file opened lazily (here, on the GUI thread: the worker never reads through the store),
then runs the Qt-free exporter in a worker thread behind a progress dialog with Cancel (BackgroundRunner).
The exporters write "<name>.partial" and rename it when complete, so a cancelled or failed export
leaves no half-written file. Errors come back as the io layer's translated messages; notes the
exporter returns (the number of tiles) are shown when it is done. Characters no font has are named
before anything is written (GlyphPrompt: Continue / Cancel).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import MessageError
from orgdesk.io.booklet import writer as pdf_booklet
from orgdesk.io.chart import pdf_writer as pdf_chart
from orgdesk.io.chart import png as chart_png
from orgdesk.io.chart import svg as chart_svg
from orgdesk.io.chart.drawing import ChartImageOptions
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.glyph_check import Scope
from orgdesk.io.workbook import writer as xlsx_export
from orgdesk.ui.background import BackgroundRunner
from orgdesk.ui.busy import wait_cursor
from orgdesk.ui.export_options import ExportChoices, ExportKind, ExportOptionsDialog
from orgdesk.ui.glyph_prompt import GlyphPrompt
from orgdesk.ui.import_widgets import translated
from orgdesk.ui.shell import Shell

FOLDER_KEY = "export/folder"
Lines = list[str]
Job = Callable[[Callable[[int, int], None]], Lines]
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def accept_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; tests replace this to answer it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class ExportController(QObject):
    """The File › Export actions and the running of the exporters."""

    exported = Signal(Path)  # the file is complete
    failed = Signal(str)  # the message shown

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.runner = BackgroundRunner(shell.widget())
        self.glyphs = GlyphPrompt(self._loaded_document, shell.context, self)
        self.answer_dialog: Callable[[QDialog], bool] = accept_dialog
        self.xlsx_action = self._action("action_export_xlsx", self.tr("&Excel Workbook (Roster)…"), self.export_xlsx)
        self.xlsx_action.setShortcut(QKeySequence("Ctrl+E"))
        self.xlsx_action.setStatusTip(
            self.tr("Structure, establishment, posts, roster, duties and KPIs of the shown scenario, for Excel or WPS")
        )
        self.chart_pdf_action = self._action("action_export_chart_pdf", self.tr("Chart as &PDF…"), self.export_chart)
        self.chart_pdf_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.booklet_action = self._action(
            "action_export_booklet", self.tr("&Job-Description Booklet (PDF)…"), self.export_booklet
        )
        self.png_action = self._action("action_export_png", self.tr("Chart as P&NG Picture…"), self.export_png)
        self.svg_action = self._action("action_export_svg", self.tr("Chart as &SVG Drawing…"), self.export_svg)
        for action in (self.xlsx_action, self.chart_pdf_action, self.booklet_action):
            shell.add_action("file.export", action)  # the shortcut works while the menu is closed
        shell.add_separator("file.export")
        shell.add_action("file.export", self.png_action)
        shell.add_action("file.export", self.svg_action)
        shell.scenario_shown.connect(self.update_actions)
        self.update_actions()
        # A running export stops (and leaves no file) before the window goes: the worker's thread
        # must end before its objects go.
        shell.closing.connect(self.runner.wait)

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.shell.widget())
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update_actions(self, *_args: object) -> None:
        has_document = self.shell.context.session is not None
        for action in (self.xlsx_action, self.chart_pdf_action, self.booklet_action, self.png_action, self.svg_action):
            action.setEnabled(has_document)

    # ----- what is shown -------------------------------------------------------------------
    def document(self) -> tuple[Document, int] | None:
        session = self.shell.context.session
        scenario_id = self.shell.shown_scenario_id()
        if session is None or scenario_id is None:
            return None
        return session.document, scenario_id

    def selected_unit(self) -> Unit | None:
        shown = self.document()
        if shown is None:
            return None
        unit = shown[0].get("unit", self.shell.current_unit_id())
        return unit if isinstance(unit, Unit) else None

    @property
    def language(self) -> str:
        return self.shell.context.language

    def ask_choices(self, kind: ExportKind) -> ExportChoices | None:
        """The options dialog for `kind`; None if the user cancelled."""
        selected = self.selected_unit()
        dialog = ExportOptionsDialog(
            kind, selected.name if selected is not None else None, self.shell.context.settings, self.shell.widget()
        )
        try:
            if not self.answer_dialog(dialog):
                return None
            dialog.remember()
            return dialog.choices()
        finally:
            dialog.deleteLater()

    def root_id(self, choices: ExportChoices) -> int | None:
        selected = self.selected_unit() if choices.subtree else None
        return selected.id if selected is not None else None

    def ask_target(self, title: str, name: str, suffix: str, file_filter: str) -> Path | None:
        shown = self.document()
        if shown is None:
            return None
        document, scenario_id = shown
        parts = (document.organisation.name, document.scenario(scenario_id).name, name)
        stem = " ".join(part for part in parts if part)
        folder = self._folder()
        suggested = folder / (UNSAFE_IN_NAMES.sub("-", stem).strip("-") + suffix)
        target = self.shell.context.ask_export_target(title, suggested, file_filter)
        if target is None:
            return None
        self.shell.context.settings.setValue(FOLDER_KEY, str(target.parent))
        return target

    def _folder(self) -> Path:
        remembered = self.shell.context.settings.value(FOLDER_KEY, "")
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return Path(remembered)
        session = self.shell.context.session
        return session.store.path.parent if session is not None else Path.home()

    # ----- the exports ------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        shown = self.document()
        target = self.ask_target(
            self.tr("Export an Excel Workbook"), self.tr("roster"), ".xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if shown is None or target is None:
            return
        document, scenario_id = shown
        language = self.language

        def job(progress: Callable[[int, int], None]) -> Lines:
            xlsx_export.write_workbook(document, scenario_id, target, language, progress=progress)
            return []

        self.run(job, target)

    def export_chart(self, choices: ExportChoices | None = None, target: Path | None = None) -> None:
        """`choices` and `target`: given when the user switches a too-small single sheet to tiles."""
        shown = self.document()
        retry = choices is not None
        choices = choices or self.ask_choices(ExportKind.CHART_PDF)
        if shown is None or choices is None:
            return
        if not retry and not self.glyphs.go_on(self.chart_scope(choices)):
            return
        target = target or self.ask_target(
            self.tr("Export the Chart as PDF"), self.tr("chart"), ".pdf", self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return
        document, scenario_id = shown
        options = self.chart_pdf_options(choices)

        def job(progress: Callable[[int, int], None]) -> Lines:
            return pdf_chart.write_chart_pdf(document, scenario_id, target, options, progress)

        self.run(job, target, lambda error: self._chart_failed(error, choices, target))

    def chart_scope(self, choices: ExportChoices) -> Scope:
        """What a chart export or print shows, for the check of characters the fonts lack."""
        return Scope(self.root_id(choices), choices.depth)

    def booklet_scope(self, choices: ExportChoices) -> Scope:
        return Scope(self.root_id(choices), chart=True, booklet=True)

    def chart_pdf_options(self, choices: ExportChoices) -> ChartPdfOptions:
        return ChartPdfOptions(
            paper=choices.paper,
            landscape=choices.landscape,
            fit=choices.fit,
            layout=choices.layout,
            root_id=self.root_id(choices),
            depth=choices.depth,
            language=self.language,
        )

    def _chart_failed(self, error: BaseException, choices: ExportChoices, target: Path) -> None:
        """A chart too big for one legible sheet: offer tiles rather than only refusing."""
        if not isinstance(error, MessageError) or error.template not in (pdf_chart.TOO_SMALL, pdf_chart.TOO_BIG):
            self.show_error(error)
            return
        text = self.too_small_text(error)
        self.failed.emit(text)
        question = self.tr("{reason}\n\nExport it on tiles over several sheets instead?").format(reason=text)
        if self.shell.context.interaction.confirm(self.tr("Export"), question, self.tr("Use Tiles")):
            self.export_chart(ExportChoices(**{**choices.__dict__, "fit": "tiles"}), target)

    def too_small_text(self, error: MessageError) -> str:
        params = error.params
        if error.template == pdf_chart.TOO_BIG:
            return self.tr(
                "The chart does not fit legibly on one {paper} sheet, nor on A0: it would print at {percent} %, and "
                "text needs at least {minimum} %. Choose tiles, or fewer levels, or the selected unit only."
            ).format(**params)
        return self.tr(
            "The chart does not fit legibly on one {paper} sheet: it would print at {percent} %, and text needs at "
            "least {minimum} %. Choose tiles, {suggestion} paper, or fewer levels, or the selected unit only."
        ).format(**params)

    def export_booklet(self) -> None:
        shown = self.document()
        choices = self.ask_choices(ExportKind.BOOKLET)
        if shown is None or choices is None or not self.glyphs.go_on(self.booklet_scope(choices)):
            return
        target = self.ask_target(
            self.tr("Export the Job-Description Booklet"),
            self.tr("job descriptions"),
            ".pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if target is None:
            return
        self.run(self.booklet_job(choices, target), target)

    def booklet_job(self, choices: ExportChoices, target: Path) -> Job:
        shown = self.document()
        assert shown is not None
        document, scenario_id = shown
        root_id, language = self.root_id(choices), self.language

        def job(progress: Callable[[int, int], None]) -> Lines:

            def report(done: int, total: int) -> bool:
                progress(done, total)  # raises once the user pressed Cancel
                return True

            return pdf_booklet.write_booklet_pdf(
                document, scenario_id, target, root_id=root_id, language=language, progress=report
            )

        return job

    def export_png(self) -> None:
        self._export_image(ExportKind.PNG)

    def export_svg(self) -> None:
        self._export_image(ExportKind.SVG)

    def _export_image(self, kind: ExportKind) -> None:
        shown = self.document()
        choices = self.ask_choices(kind)
        if shown is None or choices is None or not self.glyphs.go_on(self.chart_scope(choices)):
            return
        if kind is ExportKind.PNG:
            title, suffix, file_filter = self.tr("Export the Chart as PNG"), ".png", self.tr("PNG pictures (*.png)")
            write: Callable[..., Lines] = chart_png.write_chart_png
        else:
            title, suffix, file_filter = self.tr("Export the Chart as SVG"), ".svg", self.tr("SVG drawings (*.svg)")
            write = chart_svg.write_chart_svg
        target = self.ask_target(title, self.tr("chart"), suffix, file_filter)
        if target is None:
            return
        document, scenario_id = shown
        options = ChartImageOptions(
            layout=choices.layout,
            root_id=self.root_id(choices),
            depth=choices.depth,
            language=self.language,
            dpi=float(choices.dpi),
        )

        def job(_progress: Callable[[int, int], None]) -> Lines:
            return write(document, scenario_id, target, options)

        self.run(job, target)

    # ----- running and reporting ----------------------------------------------------------
    def _loaded_document(self) -> tuple[Document, int] | None:
        self.load_tables()  # people, duties and KPIs are read lazily
        return self.document()

    def load_tables(self) -> None:
        """Read the tables a file opens lazily here, on the GUI thread: the worker must not read
        through the store (its connection belongs to this thread). A no-op once read."""
        shown = self.document()
        if shown is None:
            return
        with wait_cursor():
            shown[0].load_all()

    def run(self, job: Job, target: Path, on_error: Callable[[BaseException], None] | None = None) -> None:
        self.load_tables()
        self.runner.run(
            job,
            self.tr("Writing “{file}”…").format(file=target.name),
            lambda lines: self._done(target, lines),
            on_error or self.show_error,
            in_background=True,
        )

    def _done(self, target: Path, lines: Any) -> None:
        self.shell.show_status(self.tr("Exported “{file}”.").format(file=str(target)), 15_000)
        if lines:
            text = self.tr("“{file}” was written. Please note:").format(file=target.name)
            self.shell.context.interaction.warn(self.tr("Export"), "\n\n".join([text, *lines]))
        self.exported.emit(target)

    def show_error(self, error: BaseException) -> None:
        self.failed.emit(self.report_error(self.tr("Export"), error))

    def report_error(self, title: str, error: BaseException) -> str:
        """Show why an export failed, in the user's language; returns the text shown."""
        if isinstance(error, MessageError):
            text = translated(error.context, error.template, error.params)
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be written ({reason}). Choose another folder or file name.").format(
                reason=error.strerror or str(error)
            )
        else:  # a library's own failure: still a message, never a crash
            text = self.tr("The export failed ({reason}). Try again; if it fails again, report it.").format(
                reason=str(error) or type(error).__name__
            )
        self.shell.context.interaction.warn(title, text)
        return text


def install_exporting(shell: Shell) -> ExportController:
    """File › Export (workbook, chart PDF, booklet, PNG, SVG) and File › Print."""
    return ExportController(shell)
