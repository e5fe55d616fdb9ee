"""`orgdesk import PATH --from IN.xlsx|IN.csv …`: an org spreadsheet into a document, as one edit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from orgdesk.cli.arguments import whole_number
from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import render, system_language
from orgdesk.io.importing.duty_document import is_duty_document, plan_duty_import
from orgdesk.io.importing.mapping import FIELDS, parse_overrides
from orgdesk.io.importing.plan import ImportPlan
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source, refusal
from orgdesk.store.session import EditSession

SHOWN_PROBLEMS = 20


def _(text: str, **params: object) -> str:
    return render("CLI", text, params)


def add_import_parser(commands: Any) -> None:
    fields = ", ".join(FIELDS)
    command = commands.add_parser(
        "import",
        help=_(QT_TRANSLATE_NOOP("CLI", "add units, posts and people from an Excel workbook or CSV file")),
        description=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Import a workbook exported by OrgDesk (exactly), or anyone's org sheet: the tree from id and "
                "parent-id columns, a parent-name column, a path column or a level column; or rows of posts/people "
                "with a manager id. The import is one edit (one undo step); with rejected rows nothing is written "
                "unless --on-error skip. Fields for --map: {fields}.",
            ),
            fields=fields,
        ),
    )
    command.add_argument("path", help=_(QT_TRANSLATE_NOOP("CLI", "an .orgdesk file")))
    command.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="IN",
        help=_(QT_TRANSLATE_NOOP("CLI", "the .xlsx, .csv or .json file (a JSON list of records)")),
    )
    command.add_argument("--sheet", help=_(QT_TRANSLATE_NOOP("CLI", "sheet name (default: the first with data)")))
    command.add_argument(
        "--header-row",
        type=whole_number(1),
        metavar="N",
        help=_(QT_TRANSLATE_NOOP("CLI", "row of the headers (default: detect)")),
    )
    command.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help=_(QT_TRANSLATE_NOOP("CLI", "use column HEADER for FIELD, one of: {fields}"), fields=fields),
    )
    command.add_argument(
        "--path-sep",
        default="",
        help=_(QT_TRANSLATE_NOOP("CLI", "separator in path columns (default: the one the column uses)")),
    )
    command.add_argument(
        "--rows",
        choices=("auto", "units", "posts"),
        default="auto",
        help=_(QT_TRANSLATE_NOOP("CLI", "rows are units, or posts/people with a manager id (default: detect)")),
    )
    command.add_argument(
        "--on-error",
        choices=("skip", "abort"),
        default="abort",
        help=_(QT_TRANSLATE_NOOP("CLI", "rejected rows: skip them, or import nothing (default)")),
    )
    command.add_argument("--scenario", help=_(QT_TRANSLATE_NOOP("CLI", "scenario name (default: the current one)")))
    command.add_argument(
        "--under", metavar="UNIT_PATH", help=_(QT_TRANSLATE_NOOP("CLI", "put the top units under this unit"))
    )
    command.add_argument(
        "--dry-run", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "only report what would be imported"))
    )
    command.add_argument(
        "--kpis-from-duties",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("CLI", "with a duty document: also add the KPIs its duties name (…指标)")),
    )
    command.add_argument(
        "--update",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "the file is this month's roster of the organisation in the document: match people by employee "
                "number, list who joined, left, moved or changed, and apply it as one edit",
            )
        ),
    )
    command.add_argument(
        "--leavers",
        choices=("keep", "remove"),
        default="keep",
        help=_(QT_TRANSLATE_NOOP("CLI", "with --update: keep leavers (marked as left, without posts) or remove them")),
    )


def run_import(args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk.cli.common import EXIT_OK, EXIT_USER, choose_scenario, fail, find_unit_by_path

    language = system_language()
    if args.leavers != "keep" and not args.update:
        return fail(_(QT_TRANSLATE_NOOP("CLI", "--leavers goes with --update (a monthly roster refresh).")), EXIT_USER)
    session = EditSession.open(args.path)
    try:
        scenario = choose_scenario(session.document, args.scenario)
        under = find_unit_by_path(session.document, scenario, args.under) if args.under else None
        options = ImportOptions(
            sheet=args.sheet,
            header_row=args.header_row,
            overrides=parse_overrides(args.map),
            path_sep=args.path_sep,
            rows=args.rows,
            language=language,
            under_unit_id=under.id if under is not None else None,
            update=args.update,
            leavers=args.leavers,
        )
        source = Path(args.source)
        if is_duty_document(source):
            return _import_duty_document(session, scenario.id, source, under, args, out)
        plan = plan_import(session.document, scenario.id, read_source(source, args.sheet), options)
        _print_problems(plan, out, language)
        if plan.rejected() and args.on_error == "abort":
            raise refusal(plan, language)
        if plan.mode == "update":
            _print_changes(plan, out)
        if not args.dry_run and (plan.entities or plan.updates or plan.deletions):
            session.execute(plan.operation())
        print(_summary(plan, args.source, args.dry_run), file=out)
        if plan.rejected():
            print(_(QT_TRANSLATE_NOOP("CLI", "{count} rows were skipped."), count=len(plan.rejected())), file=out)
    finally:
        session.close()
    return EXIT_OK


def _import_duty_document(
    session: EditSession, scenario_id: int, source: Path, under: Unit | None, args: argparse.Namespace, out: TextIO
) -> int:
    """A Word or text 职责说明书: units, posts and duties; --dry-run prints what was read as JSON."""
    from orgdesk.cli.common import EXIT_OK, print_json

    language = system_language()
    plan, parsed = plan_duty_import(
        session.document, scenario_id, source, under.id if under is not None else None, args.kpis_from_duties
    )
    if args.dry_run:
        print_json(parsed.to_json(), out)
        return EXIT_OK
    _print_problems(plan, out, language)
    if plan.entities or plan.updates:
        session.execute(plan.operation())
    template = QT_TRANSLATE_NOOP("CLI", "Imported from {source}: {units} units, {posts} posts, {duties} duties.")
    units = plan.count("unit")
    print(
        _(template, source=str(source), units=units, posts=plan.count("position"), duties=plan.count("duty")), file=out
    )
    return EXIT_OK


def _print_problems(plan: ImportPlan, out: TextIO, language: str) -> None:
    for problem in plan.problems[:SHOWN_PROBLEMS]:
        template = (
            QT_TRANSLATE_NOOP("CLI", "Sheet “{sheet}”, row {row}: {reason}")
            if problem.rejected
            else QT_TRANSLATE_NOOP("CLI", "Note: sheet “{sheet}”, row {row}: {reason}")
        )
        if not problem.row:  # about the whole sheet
            template = QT_TRANSLATE_NOOP("CLI", "Note: sheet “{sheet}”: {reason}")
        print(_(template, sheet=problem.sheet, row=problem.row, reason=problem.text(language)), file=out)
    hidden = len(plan.problems) - SHOWN_PROBLEMS
    if hidden > 0:
        print(_(QT_TRANSLATE_NOOP("CLI", "… and {count} more."), count=hidden), file=out)


CHANGE_TITLES = {
    "joined": QT_TRANSLATE_NOOP("CLI", "Joined: {count}"),
    "left": QT_TRANSLATE_NOOP("CLI", "Left (no longer on the roster): {count}"),
    "moved": QT_TRANSLATE_NOOP("CLI", "Moved to another unit or post: {count}"),
    "employment_changed": QT_TRANSLATE_NOOP("CLI", "Type of employment changed: {count}"),
    "grade_changed": QT_TRANSLATE_NOOP("CLI", "Post grade changed: {count}"),
    "new_units": QT_TRANSLATE_NOOP("CLI", "New units the roster implies: {count}"),
    "new_posts": QT_TRANSLATE_NOOP("CLI", "New posts the roster implies: {count}"),
}


def _print_changes(plan: ImportPlan, out: TextIO) -> None:
    """A refresh, before it is written: each kind of change with its first items."""
    for key, title in CHANGE_TITLES.items():
        items = plan.changes.get(key, [])
        print(_(title, count=len(items)), file=out)
        for item in items[:SHOWN_PROBLEMS]:
            print(f"  {item}", file=out)


def _summary(plan: ImportPlan, source: str, dry_run: bool) -> str:
    if plan.mode == "update":
        if not (plan.entities or plan.updates or plan.deletions):
            return _(QT_TRANSLATE_NOOP("CLI", "Nothing to update: {source} matches the organisation."), source=source)
        template = (
            QT_TRANSLATE_NOOP("CLI", "Would update the roster from {source}.")
            if dry_run
            else QT_TRANSLATE_NOOP("CLI", "Updated the roster from {source}; Edit › Undo in the window takes it back.")
        )
        return _(template, source=source)
    template = (
        QT_TRANSLATE_NOOP("CLI", "Would import from {source}: {units} units, {posts} posts, {people} people.")
        if dry_run
        else QT_TRANSLATE_NOOP("CLI", "Imported from {source}: {units} units, {posts} posts, {people} people.")
    )
    units = plan.count("unit") + sum(1 for e in plan.updates if isinstance(e, Unit))
    return _(template, source=source, units=units, posts=plan.count("position"), people=plan.count("person"))
