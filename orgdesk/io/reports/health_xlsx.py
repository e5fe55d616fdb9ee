"""The health check's findings (体检结果) as an .xlsx workbook, in Chinese or English.

Sheet one lists every finding: severity, category, the message in the chosen language, the
paths of the items it concerns and the fix the program offers. Sheet two counts the findings
per category and severity. Rows stream through orgdesk.io.workbook.xlsx_stream, so text is always a
string cell: a unit named "=HYPERLINK(…)" stays text and never becomes a formula.
"""

from __future__ import annotations

from pathlib import Path

from orgdesk.domain.document import Document
from orgdesk.domain.health import CHECK_TITLES, SEVERITY_NAMES, Check, Finding, HealthReport, Severity
from orgdesk.domain.health.items import ItemPaths
from orgdesk.domain.health.model import SEVERITY_ORDER
from orgdesk.domain.messages import render_message
from orgdesk.domain.progress import Cancelled, ProgressCallback
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import translate
from orgdesk.io import ExportError
from orgdesk.io.atomic import exported_atomically
from orgdesk.io.workbook.writer import CANNOT_WRITE, TOO_MANY_ROWS
from orgdesk.io.workbook.xlsx_stream import HEADER_STYLE, SheetStream, StreamingWorkbook

CONTEXT = "HealthExport"
FINDINGS_SHEET = QT_TRANSLATE_NOOP("HealthExport", "Findings")
SUMMARY_SHEET = QT_TRANSLATE_NOOP("HealthExport", "Summary")
FINDING_COLUMNS = (
    (QT_TRANSLATE_NOOP("HealthExport", "Severity"), 10.0),
    (QT_TRANSLATE_NOOP("HealthExport", "Category"), 24.0),
    (QT_TRANSLATE_NOOP("HealthExport", "Message"), 90.0),
    (QT_TRANSLATE_NOOP("HealthExport", "Items"), 40.0),
    (QT_TRANSLATE_NOOP("HealthExport", "Fix offered"), 20.0),
)
SUMMARY_TOTAL = QT_TRANSLATE_NOOP("HealthExport", "Total")
ITEM_SEPARATOR = "; "
REPORT_EVERY = 1000  # findings between progress reports


class _Language:
    def __init__(self, language: str) -> None:
        self.language = language

    def text(self, context: str, source: str) -> str:
        return translate(context, source, self.language)

    def message(self, finding: Finding) -> str:
        return render_message("Health", finding.template, finding.params, self.text)


def write_health_workbook(
    document: Document,
    report: HealthReport,
    path: Path,
    language: str = "zh_CN",
    progress: ProgressCallback | None = None,
) -> None:
    """Write the findings of `report` (a check of `document`) to `path`, complete or not at all.

    `progress(done, total)` hears every few thousand rows; when it returns False the export stops
    (Cancelled) and no file is left behind."""
    path = Path(path)
    with exported_atomically(path, CANNOT_WRITE) as partial:
        _write(document, report, partial, _Language(language), progress)


def _write(
    document: Document, report: HealthReport, path: Path, language: _Language, progress: ProgressCallback | None
) -> None:
    book = StreamingWorkbook(path)
    try:
        _write_findings(book, document, report, language, progress)
        _write_summary(book, report, language)
    except BaseException:
        book.abort()
        raise
    book.close()


def _sheet(book: StreamingWorkbook, name: str, titles: list[str], widths: list[float]) -> SheetStream:
    """A sheet with a bold frozen header row."""
    sheet = book.add_sheet(name)
    sheet.fit_widths(lambda: widths)
    sheet.freeze_header()
    sheet.append(titles, style=[HEADER_STYLE] * len(titles))
    return sheet


def _write_findings(
    book: StreamingWorkbook,
    document: Document,
    report: HealthReport,
    language: _Language,
    progress: ProgressCallback | None,
) -> None:
    titles = [language.text(CONTEXT, title) for title, _width in FINDING_COLUMNS]
    sheet = _sheet(book, language.text(CONTEXT, FINDINGS_SHEET), titles, [width for _title, width in FINDING_COLUMNS])
    sheet.autofilter(len(titles))
    severities = {severity: language.text("Health", name) for severity, name in SEVERITY_NAMES.items()}
    categories = {check: language.text("Health", title) for check, title in CHECK_TITLES.items()}
    paths = ItemPaths(document)
    total = len(report.findings)
    for number, finding in enumerate(report.findings):
        if progress is not None and number % REPORT_EVERY == 0 and not progress(number, total):
            raise Cancelled
        fix = language.text("Health", finding.fix.label_template) if finding.fix is not None else ""
        row = [
            severities[finding.severity],
            categories[finding.check],
            language.message(finding),
            ITEM_SEPARATOR.join(paths.of_finding(finding)),
            fix,
        ]
        try:
            sheet.append(row)
        except OverflowError as error:
            raise ExportError(TOO_MANY_ROWS, sheet=sheet.name) from error


def _write_summary(book: StreamingWorkbook, report: HealthReport, language: _Language) -> None:
    titles = [language.text(CONTEXT, FINDING_COLUMNS[1][0])]
    titles += [language.text("Health", SEVERITY_NAMES[s]) for s in SEVERITY_ORDER]
    titles.append(language.text(CONTEXT, SUMMARY_TOTAL))
    widths = [24.0] + [10.0] * len(SEVERITY_ORDER) + [8.0]
    sheet = _sheet(book, language.text(CONTEXT, SUMMARY_SHEET), titles, widths)
    counts = _counts(report)
    for check, title in CHECK_TITLES.items():
        row = counts.get(check)
        if row:
            sheet.append([language.text("Health", title), *(row[s] for s in SEVERITY_ORDER), sum(row.values())])
    totals = report.counts()
    sheet.append(
        [language.text(CONTEXT, SUMMARY_TOTAL), *(totals[s] for s in SEVERITY_ORDER), len(report.findings)],
        style=[HEADER_STYLE] * len(titles),
    )


def _counts(report: HealthReport) -> dict[Check, dict[Severity, int]]:
    counts: dict[Check, dict[Severity, int]] = {}
    for finding in report.findings:
        row = counts.setdefault(finding.check, dict.fromkeys(SEVERITY_ORDER, 0))
        row[finding.severity] += 1
    return counts
