"""Import entry points: read a file once, map it (detected or told), plan the edit.

    source = read_source(path)                      # may raise SpreadsheetImportError
    plan = plan_import(document, scenario_id, source, ImportOptions(...))
    plan.problems                                   # rejected rows: sheet, row, reason
    session.execute(plan.operation())               # one transaction, one undo step

A workbook we exported is recognised by its sheets and imported exactly (round trip);
any other sheet goes through header detection and column mapping.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.mapping import NO_NAMES, Mapping, build_mapping, rows_are_posts
from orgdesk.io.importing.our_workbook import import_workbook, our_sheets
from orgdesk.io.importing.plan import ImportPlan, PlanProgress, PlanWriter
from orgdesk.io.importing.posts import import_posts
from orgdesk.io.importing.reading import EMPTY, read_sheets
from orgdesk.io.importing.refresh import plan_refresh
from orgdesk.io.importing.roster import import_roster, is_roster
from orgdesk.io.importing.sheets import Progress, Sheet
from orgdesk.io.importing.units import DataRows, SheetOptions, import_units
from orgdesk.io.workbook.labels import sheet_key
from orgdesk.io.workbook.xlsx_stream import column_letter

ROUNDED_NUMBER = QT_TRANSLATE_NOOP(
    "Import",
    "Column “{column}” holds {value}, a number of more than 15 digits that the file itself had already "
    "rounded (Excel keeps 15), so its last digits are lost. If it is an ID number, format the column as "
    "text in Excel or WPS, type the numbers again and import again.",
)
ROWS_REJECTED = QT_TRANSLATE_NOOP(
    "Import",
    "{count} rows cannot be imported (first: sheet “{sheet}”, row {row}: {reason}). "
    "Correct them, or import the other rows with --on-error skip.",
)


@dataclass
class ImportOptions:
    sheet: str | None = None
    header_row: int | None = None  # 1-based, as the spreadsheet shows it; None: detect
    overrides: dict[str, str] = field(default_factory=dict)  # field -> header text
    path_sep: str = ""  # "": detected
    update: bool = False  # a monthly roster into the organisation it describes (see refresh)
    leavers: str = "keep"  # with update: "keep" (marked 离职) or "remove"
    rows: str = "auto"  # "auto", "units" or "posts"
    language: str = "zh_CN"
    under_unit_id: int | None = None


@dataclass
class Source:
    """A file read once; the GUI maps it again and again without reading it again."""

    path: Path
    sheets: list[Sheet]

    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.sheets]

    def is_our_workbook(self) -> bool:
        return our_sheets(self.sheets) is not None


def read_source(path: Path, sheet: str | None = None, progress: Progress | None = None) -> Source:
    return Source(Path(path), read_sheets(Path(path), sheet, progress=progress))


def choose_sheet(source: Source, options: ImportOptions) -> Sheet:
    """The named sheet, or the first one with data (our workbook's 花名册 for a refresh)."""
    if options.sheet is not None:
        for sheet in source.sheets:
            if sheet.name == options.sheet:
                return sheet
    if options.update:
        roster = next((sheet for sheet in source.sheets if sheet_key(sheet.name) == "roster"), None)
        if roster is not None:
            return roster
    for sheet in source.sheets:
        if any(any(cell not in (None, "") for cell in row) for row in sheet.rows):
            return sheet
    name = options.sheet or (source.sheets[0].name if source.sheets else source.path.stem)
    raise SpreadsheetImportError(EMPTY, sheet=name)


def detect(source: Source, options: ImportOptions) -> tuple[Sheet, Mapping, str]:
    """The sheet, its mapping and the row kind ("units" or "posts") an import would use."""
    sheet = choose_sheet(source, options)
    header = None if options.header_row is None else options.header_row - 1
    mapping = build_mapping(sheet.name, sheet.rows, header, options.overrides)
    if not any(key in mapping.columns for key in ("name", "path", "person", "post", "department")):
        raise SpreadsheetImportError(NO_NAMES, sheet=sheet.name)
    mode = options.rows
    if mode == "auto":
        mode = "posts" if rows_are_posts(mapping) else "units"
    return sheet, mapping, mode


def uses_workbook_import(source: Source, options: ImportOptions) -> bool:
    plain = not options.overrides and options.header_row is None and options.rows == "auto" and not options.update
    return plain and source.is_our_workbook()


def plan_import(
    document: Document,
    scenario_id: int,
    source: Source,
    options: ImportOptions,
    progress: PlanProgress | None = None,
) -> ImportPlan:
    """Everything the import would add, and every row it would leave out (nothing is written).

    `progress(done, total)` hears how far planning got; returning False (or raising
    `Cancelled`) stops it with `Cancelled`."""
    return _plan(PlanWriter(document, scenario_id, source.path.name, progress), source, options)


def _plan(writer: PlanWriter, source: Source, options: ImportOptions) -> ImportPlan:
    if uses_workbook_import(source, options):
        sheets = our_sheets(source.sheets)
        assert sheets is not None
        rows_read = import_workbook(writer, sheets, options.under_unit_id)
        return writer.finish(rows_read, "workbook")
    sheet, mapping, mode = detect(source, options)
    _note_rounded_numbers(writer, sheet, mapping)
    writer.expect_rows(len(sheet.rows))
    data = DataRows.read(sheet.name, sheet.rows, mapping)
    writer.rows_read(len(sheet.rows))
    sheet_options = SheetOptions(options.path_sep, mode, options.language, options.under_unit_id)
    if options.update:
        report = plan_refresh(writer, data, sheet_options, options.leavers)
        plan = writer.finish(len(data.records), "update")
        plan.changes = asdict(report)
        return plan
    if mode == "posts":
        import_posts(writer, data, sheet_options, source.path.stem)
    elif is_roster(data):
        import_roster(writer, data, sheet_options)
    else:
        import_units(writer, data, sheet_options)
    return writer.finish(len(data.records), mode)


def _note_rounded_numbers(writer: PlanWriter, sheet: Sheet, mapping: Mapping) -> None:
    read = set(mapping.columns.values())
    for row, column, text in sheet.rounded:
        if row > mapping.header_row and column in read:
            header = mapping.headers[column] if column < len(mapping.headers) else ""
            shown = header or column_letter(column)
            writer.problem(sheet.name, row + 1, ROUNDED_NUMBER, rejected=False, column=shown, value=text)


def refusal(plan: ImportPlan, language: str | None = None) -> SpreadsheetImportError:
    """The error an import that must not skip rows raises (--on-error abort)."""
    rejected = plan.rejected()
    first = rejected[0]
    return SpreadsheetImportError(
        ROWS_REJECTED, count=len(rejected), sheet=first.sheet, row=first.row, reason=first.text(language)
    )
