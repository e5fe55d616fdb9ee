"""The command line's analysis commands: `diff` (compare two scenarios), `check` (health check)
and `scenario copy`. cli.dispatch registers them; no Qt is imported here.

    orgdesk diff PATH --from A --to B [--json] [--xlsx OUT] [--pdf OUT] [--lang zh|en]
    orgdesk check PATH [--scenario NAME] [--json] [--xlsx OUT [--lang zh|en]]
                  [--overlap PERCENT] [--span MIN-MAX] [--depth LEVELS]
    orgdesk scenario copy PATH --from A --name B
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from orgdesk.cli.arguments import whole_number
from orgdesk.cli.common import CLI, EXIT_OK, Parser, UserError, _, check_outputs, choose_scenario, print_json
from orgdesk.domain.compare import TOTALS_HEADINGS, ChangeKind, DiffEntry, DiffReport, compare_scenarios
from orgdesk.domain.compare_totals import Figures, TotalsRow
from orgdesk.domain.document import Document
from orgdesk.domain.health import (
    CHECK_TITLES,
    SEVERITY_NAMES,
    Finding,
    HealthReport,
    HealthSettings,
    Severity,
    run_health_check,
)
from orgdesk.domain.messages import render_message
from orgdesk.domain.operations import CopyScenario
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import system_language, translate

KIND_HEADINGS = {
    "unit": QT_TRANSLATE_NOOP("CLI", "Units"),
    "position": QT_TRANSLATE_NOOP("CLI", "Posts"),
    "person": QT_TRANSLATE_NOOP("CLI", "People"),
    "duty": QT_TRANSLATE_NOOP("CLI", "Duties"),
    "kpi": QT_TRANSLATE_NOOP("CLI", "KPIs"),
}
CHANGE_MARKS = {
    ChangeKind.ADDED: "+",
    ChangeKind.REMOVED: "-",
    ChangeKind.MOVED: ">",
    ChangeKind.MERGED: "»",
    ChangeKind.SPLIT: "«",
}


def _tr(context: str, text: str) -> str:
    return translate(context, text, system_language())


def _message(context: str, template: str, params: Any) -> str:
    return render_message(context, template, params, _tr)


# ----- parsers ---------------------------------------------------------------------------
def add_parsers(commands: Any) -> None:
    diff = commands.add_parser("diff", help=_(QT_TRANSLATE_NOOP("CLI", "compare two scenarios of a document")))
    diff.add_argument("path", help=_(QT_TRANSLATE_NOOP("CLI", "an .orgdesk file")))
    diff.add_argument(
        "--from", dest="before", required=True, help=_(QT_TRANSLATE_NOOP("CLI", "the scenario to compare from"))
    )
    diff.add_argument(
        "--to", dest="after", required=True, help=_(QT_TRANSLATE_NOOP("CLI", "the scenario to compare to"))
    )
    diff.add_argument("--json", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "print one JSON object")))
    diff.add_argument(
        "--xlsx",
        metavar="OUT",
        help=_(QT_TRANSLATE_NOOP("CLI", "also write the comparison (对照表) as an Excel workbook")),
    )
    diff.add_argument(
        "--pdf", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "also write the comparison as a PDF for the meeting"))
    )
    diff.add_argument(
        "--lang",
        choices=("zh", "en"),
        help=_(QT_TRANSLATE_NOOP("CLI", "language of the workbook and PDF (default: the system's)")),
    )

    check = commands.add_parser("check", help=_(QT_TRANSLATE_NOOP("CLI", "health check of a scenario (体检)")))
    check.add_argument("path", help=_(QT_TRANSLATE_NOOP("CLI", "an .orgdesk file")))
    check.add_argument("--scenario", help=_(QT_TRANSLATE_NOOP("CLI", "scenario name (default: the current one)")))
    check.add_argument("--json", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "print one JSON object")))
    check.add_argument(
        "--xlsx", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "also write the findings as an Excel workbook"))
    )
    check.add_argument(
        "--lang",
        choices=("zh", "en"),
        help=_(QT_TRANSLATE_NOOP("CLI", "language of the workbook (default: the system's)")),
    )
    defaults = HealthSettings()
    check.add_argument(
        "--overlap",
        type=_percent,
        metavar="PERCENT",
        default=round(defaults.overlap_similarity * 100),
        help=_(
            QT_TRANSLATE_NOOP("CLI", "similarity from which two duties overlap, in percent (default: {value})"),
            value=round(defaults.overlap_similarity * 100),
        ),
    )
    check.add_argument(
        "--span",
        type=_span,
        metavar="MIN-MAX",
        default=(defaults.span_min, defaults.span_max),
        help=_(
            QT_TRANSLATE_NOOP("CLI", "allowed direct reports of a manager post (default: {low}-{high})"),
            low=defaults.span_min,
            high=defaults.span_max,
        ),
    )
    check.add_argument(
        "--depth",
        type=whole_number(0),
        metavar="LEVELS",
        default=defaults.depth_max,
        help=_(
            QT_TRANSLATE_NOOP("CLI", "deepest level below the top unit (default: {value})"), value=defaults.depth_max
        ),
    )

    scenario = commands.add_parser("scenario", help=_(QT_TRANSLATE_NOOP("CLI", "work with scenarios")))
    scenario_commands = scenario.add_subparsers(dest="scenario_command", parser_class=Parser, required=True)
    copy = scenario_commands.add_parser(
        "copy", help=_(QT_TRANSLATE_NOOP("CLI", "copy a scenario (units, posts, duties, KPIs, holders)"))
    )
    copy.add_argument("path", help=_(QT_TRANSLATE_NOOP("CLI", "an .orgdesk file")))
    copy.add_argument("--from", dest="source", required=True, help=_(QT_TRANSLATE_NOOP("CLI", "the scenario to copy")))
    copy.add_argument("--name", required=True, help=_(QT_TRANSLATE_NOOP("CLI", "the new scenario's name")))


def _load(path: str) -> Document:
    from orgdesk.cli.common import open_document

    with open_document(path, readonly=True) as store:
        return store.load(lazy=False)


# ----- diff --------------------------------------------------------------------------------
def cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    check_outputs(args.path, [args.xlsx, args.pdf])
    document = _load(args.path)
    before = choose_scenario(document, args.before)
    after = choose_scenario(document, args.after)
    report = compare_scenarios(document, before.id, after.id)
    written = _write_diff_exports(document, report, args)
    if args.json:
        print_json(diff_json(report, before.name, after.name), out)
        return EXIT_OK
    for path in written:
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=path), file=out)
    print(
        _(QT_TRANSLATE_NOOP("CLI", "Comparing “{before}” → “{after}”"), before=before.name, after=after.name), file=out
    )
    if report.is_empty():
        print(_(QT_TRANSLATE_NOOP("CLI", "No differences.")), file=out)
    for kind, heading in KIND_HEADINGS.items():
        entries = report.of_kind(kind)
        if entries:
            print(f"\n{_tr(CLI, heading)} ({len(entries)})", file=out)
            for entry in entries:
                print(f"  {CHANGE_MARKS.get(entry.change, '~')} {_entry_text(entry)}", file=out)
    print(file=out)
    _print_totals(report.totals, out)
    return EXIT_OK


def _write_diff_exports(document: Document, report: DiffReport, args: argparse.Namespace) -> list[str]:
    """The --xlsx and --pdf files of `orgdesk diff`; returns the paths written."""
    language = {"zh": "zh_CN", "en": "en", None: system_language()}[args.lang]
    if args.xlsx:
        from orgdesk.io.reports.compare_xlsx import write_compare_workbook

        write_compare_workbook(document, report, Path(args.xlsx), language)
    if args.pdf:
        from orgdesk.io.reports.compare_pdf import write_compare_pdf

        for line in write_compare_pdf(document, report, Path(args.pdf), language):
            print(line, file=sys.stderr)
    return [path for path in (args.xlsx, args.pdf) if path]


def _entry_text(entry: DiffEntry) -> str:
    return _message("Compare", entry.template, entry.params)


def _figures_json(figures: Figures) -> dict[str, int]:
    return {"units": figures.units, "posts": figures.posts, "headcount": figures.headcount, "filled": figures.filled}


def diff_json(report: DiffReport, before: str, after: str) -> dict[str, Any]:
    return {
        "from": before,
        "to": after,
        "changes": [
            {
                "change": entry.change.value,
                "kind": entry.kind,
                "before": list(entry.before),
                "after": list(entry.after),
                "message": _entry_text(entry),
                "params": {k: list(v) if isinstance(v, tuple) else v for k, v in entry.params.items()},
            }
            for entry in report.entries
        ],
        "totals": [
            {
                "name": row.name,
                "total": row.is_total,
                "before": _figures_json(row.before),
                "after": _figures_json(row.after),
                "delta": _figures_json(row.delta),
            }
            for row in report.totals
        ],
    }


def _print_totals(rows: list[TotalsRow], out: TextIO) -> None:
    headings = [_tr("Compare", h) for h in TOTALS_HEADINGS]
    table = [headings]
    for row in rows:
        cells = [row.name]
        for name in ("units", "posts", "headcount", "filled"):
            old, new = getattr(row.before, name), getattr(row.after, name)
            cells.append(f"{old} → {new} ({new - old:+d})")
        table.append(cells)
    widths = [max(_width(r[c]) for r in table) for c in range(len(headings))]
    for cells in table:
        print(
            "  ".join(cell + " " * (width - _width(cell)) for cell, width in zip(cells, widths, strict=True)), file=out
        )


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if "\u2e80" <= char <= "\uffef" else 1 for char in text)


# ----- check -------------------------------------------------------------------------------
def _percent(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() else -1
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(_(QT_TRANSLATE_NOOP("CLI", "give a whole number from 1 to 100")))
    return value


def _span(text: str) -> tuple[int, int]:
    low, _dash, high = text.partition("-")
    if not (f"{low}{high}".isascii() and low.isdigit() and high.isdigit() and 0 < int(low) <= int(high)):
        raise argparse.ArgumentTypeError(_(QT_TRANSLATE_NOOP("CLI", "write it as MIN-MAX, e.g. 3-12")))
    return int(low), int(high)


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    check_outputs(args.path, [args.xlsx])
    document = _load(args.path)
    scenario = choose_scenario(document, args.scenario)
    low, high = args.span
    settings = HealthSettings(overlap_similarity=args.overlap / 100, span_min=low, span_max=high, depth_max=args.depth)
    report = run_health_check(document, scenario.id, settings)
    if args.xlsx:
        from orgdesk.io.reports.health_xlsx import write_health_workbook

        language = {"zh": "zh_CN", "en": "en", None: system_language()}[args.lang]
        write_health_workbook(document, report, Path(args.xlsx), language)
    if args.json:
        print_json(check_json(report, scenario.name), out)
        return EXIT_OK
    counts = report.counts()
    summary = _(
        QT_TRANSLATE_NOOP(
            "CLI",
            "Health check of “{scenario}”: {errors} errors, {warnings} warnings, {notes} notes, {suggestions} suggestions",  # noqa: E501 - one literal for lupdate
        ),
        scenario=scenario.name,
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        notes=counts[Severity.INFO],
        suggestions=counts[Severity.SUGGESTION],
    )
    print(summary, file=out)
    for check, title in CHECK_TITLES.items():
        findings = report.of_check(check)
        if findings:
            print(f"\n{_tr('Health', title)} ({len(findings)})", file=out)
            for finding in findings:
                severity = _tr("Health", SEVERITY_NAMES[finding.severity])
                print(f"  [{severity}] {_finding_text(finding)}", file=out)
    if args.xlsx:
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.xlsx), file=out)
    return EXIT_OK


def _finding_text(finding: Finding) -> str:
    return _message("Health", finding.template, finding.params)


def check_json(report: HealthReport, scenario: str) -> dict[str, Any]:
    return {
        "scenario": scenario,
        "counts": {severity.value: count for severity, count in report.counts().items()},
        "findings": [
            {
                "check": finding.check.value,
                "severity": finding.severity.value,
                "message": _finding_text(finding),
                "params": dict(finding.params),
                "items": [[item.kind, item.id] for item in finding.items],
                "fix": _tr("Health", finding.fix.label_template) if finding.fix is not None else None,
            }
            for finding in report.findings
        ],
    }


# ----- scenario copy ---------------------------------------------------------------------------
def cmd_scenario(args: argparse.Namespace, out: TextIO) -> int:
    if args.scenario_command != "copy":  # pragma: no cover - argparse allows only copy
        raise UserError(args.scenario_command)
    from orgdesk.cli.common import open_document
    from orgdesk.store.history import Action

    with open_document(args.path) as store:
        document = store.load(lazy=False)
        source = choose_scenario(document, args.source)
        operation = CopyScenario(source.id, args.name)
        patch = operation.apply(document)
        store.write(patch, Action(operation.label_source(), operation.label_params(), "edit"))  # named in the history
    print(
        _(QT_TRANSLATE_NOOP("CLI", "Copied “{source}” as “{name}”"), source=source.name, name=args.name.strip()),
        file=out,
    )
    return EXIT_OK
