"""The command line: `orgdesk new | info | duties parse` (no Qt is imported here).

Exit codes: 0 success, 2 user error (one line on stderr), 1 internal error.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

from orgdesk import __version__
from orgdesk.cli_team import LOCATION_HELP  # the PATH every subcommand takes: a file or a server URL
from orgdesk.cli_types import dots_per_inch, whole_number
from orgdesk.domain.analysis import Staffing, max_depth, own_staffing, position_staffing, subtree_staffing
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Duty, Kpi, OwnerKind, Position, Scenario, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, MessageError
from orgdesk.domain.sample import sample_document
from orgdesk.domain.text_rules import without_controls
from orgdesk.i18n import render, system_language, translate
from orgdesk.store.store import Store

CLI = "CLI"
EXIT_OK, EXIT_INTERNAL, EXIT_USER = 0, 1, 2
SUBCOMMANDS = ("new", "info", "duties", "export", "diff", "check", "scenario", "import", "copy", "history")
PAPERS = ("A4", "A3", "A2", "A1", "A0", "Letter")
LAYOUTS = ("top-down", "left-right", "compact")


class UserError(Exception):
    """A mistake the user can fix; printed as one line, exit code 2."""


def _(text: str, **params: object) -> str:
    return render(CLI, text, params)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        label = translate(CLI, QT_TRANSLATE_NOOP("CLI", "error"))
        self.exit(EXIT_USER, f"{self.prog}: {label}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="orgdesk",
        description=_(QT_TRANSLATE_NOOP("CLI", "OrgDesk: organisation charts and organisation design.")),
    )
    parser.add_argument("--version", action="version", version=f"OrgDesk {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    new = commands.add_parser("new", help=_(QT_TRANSLATE_NOOP("CLI", "create a document")))
    new.add_argument("path", help=_(QT_TRANSLATE_NOOP("CLI", "the .orgdesk file to create")))
    new.add_argument(
        "--sample",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("CLI", "fill it with the bundled sample organisation")),
    )
    new.add_argument("--name", help=_(QT_TRANSLATE_NOOP("CLI", "organisation name (default: the file name)")))
    new.add_argument("--force", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "replace an existing file")))

    info = commands.add_parser("info", help=_(QT_TRANSLATE_NOOP("CLI", "show counts and the unit tree")))
    info.add_argument("path", help=_(LOCATION_HELP))
    info.add_argument(
        "--migrate",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("CLI", "update a server document's format to this OrgDesk's (affects every planner)")),
    )
    info.add_argument("--scenario", help=_(QT_TRANSLATE_NOOP("CLI", "scenario name (default: the current one)")))
    info.add_argument("--json", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "print one JSON object")))

    duties = commands.add_parser("duties", help=_(QT_TRANSLATE_NOOP("CLI", "work with duty lists")))
    duty_commands = duties.add_subparsers(dest="duties_command", parser_class=_Parser, required=True)
    parse = duty_commands.add_parser(
        "parse", help=_(QT_TRANSLATE_NOOP("CLI", "split pasted duty text into numbered items (JSON)"))
    )
    parse.add_argument("file", nargs="?", default="-", help=_(QT_TRANSLATE_NOOP("CLI", "a text file, or - for stdin")))
    _add_export_parser(commands)
    _add_import_parser(commands)
    _add_analysis_parsers(commands)
    _add_team_parsers(commands)
    return parser


def _add_team_parsers(commands: Any) -> None:
    from orgdesk.cli_team import add_parsers

    add_parsers(commands)


def _add_analysis_parsers(commands: Any) -> None:
    """diff, check and scenario copy live in cli_analysis (imported late: it imports this module)."""
    from orgdesk.cli_analysis import add_parsers

    add_parsers(commands)


def _add_import_parser(commands: Any) -> None:
    from orgdesk.cli_import import add_import_parser

    add_import_parser(commands)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk.cli_import import run_import

    return run_import(args, out)


def _add_export_parser(commands: Any) -> None:
    export = commands.add_parser(
        "export", help=_(QT_TRANSLATE_NOOP("CLI", "write an Excel workbook, an org-chart PDF or a booklet PDF"))
    )
    export.add_argument("path", help=_(LOCATION_HELP))
    export.add_argument("--scenario", help=_(QT_TRANSLATE_NOOP("CLI", "scenario name (default: the current one)")))
    export.add_argument(
        "--lang",
        choices=("zh", "en"),
        help=_(QT_TRANSLATE_NOOP("CLI", "language of sheet names, headers and labels (default: the system's)")),
    )
    export.add_argument("--xlsx", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the roster workbook")))
    export.add_argument("--chart-pdf", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the org-chart PDF")))
    export.add_argument(
        "--booklet-pdf", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the job-description booklet PDF"))
    )
    export.add_argument("--png", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the chart as a PNG picture")))
    export.add_argument("--svg", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the chart as an SVG drawing")))
    export.add_argument(
        "--dpi",
        type=dots_per_inch,
        default=96.0,
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG resolution in dots per inch (default 96: the chart's size on screen)")),
    )
    export.add_argument(
        "--root",
        metavar="UNIT_PATH",
        help=_(QT_TRANSLATE_NOOP("CLI", 'only this unit and its sub-units, e.g. "某分公司/市场部"')),
    )
    export.add_argument(
        "--depth", type=whole_number(0), help=_(QT_TRANSLATE_NOOP("CLI", "chart: levels below the root to show"))
    )
    export.add_argument("--paper", choices=PAPERS, default="A4", help=_(QT_TRANSLATE_NOOP("CLI", "paper size")))
    export.add_argument("--landscape", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "landscape pages")))
    export.add_argument(
        "--fit",
        choices=("page", "tiles", "departments"),
        default="page",
        help=_(QT_TRANSLATE_NOOP("CLI", "chart: one sheet, tiles over several sheets, or a department per page")),
    )
    export.add_argument(
        "--layout", choices=LAYOUTS, default="compact", help=_(QT_TRANSLATE_NOOP("CLI", "chart layout"))
    )


# ----- new ----------------------------------------------------------------------
def cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.path)
    if path.exists() and not args.force:
        raise UserError(_(QT_TRANSLATE_NOOP("CLI", "“{path}” already exists; use --force to replace it."), path=path))
    document = sample_document() if args.sample else empty_document(args.name or path.stem or "Organisation")
    if args.name and args.sample:
        organisation = document.organisation
        document.put("organisation", organisation.id, organisation._replace(name=args.name))
    Store.create(path, document, overwrite=args.force).close()
    print(_(QT_TRANSLATE_NOOP("CLI", "Created {path}"), path=path), file=out)
    return EXIT_OK


# ----- info -----------------------------------------------------------------------
def _choose_scenario(document: Document, name: str | None) -> Scenario:
    if name is None:
        scenario = document.current_scenario()
        if scenario is None:
            raise UserError(_(QT_TRANSLATE_NOOP("CLI", "The document has no scenario.")))
        return scenario
    scenario = document.scenario_named(name)
    if scenario is None:
        names = ", ".join(s.name for s in document.scenarios())
        raise UserError(
            _(
                QT_TRANSLATE_NOOP("CLI", "No scenario named “{name}”; the document has: {names}."),
                name=name,
                names=names,
            )
        )
    return scenario


def scenario_counts(document: Document, scenario: Scenario) -> dict[str, int]:
    """Counts for one scenario, each in one pass over its table (no per-item lookups)."""
    unit_ids = {u.id for u in document.units_of_scenario(scenario.id)}
    position_ids = {p.id for p in cast(Iterable[Position], document.all("position")) if p.unit_id in unit_ids}

    def owned(kind: str) -> int:
        items = cast(Iterable[Duty | Kpi], document.all(kind))
        return sum(1 for i in items if i.owner_id in (unit_ids if i.owner_kind == OwnerKind.UNIT else position_ids))

    assignments = cast(Iterable[Assignment], document.all("assignment"))
    return {
        "units": len(unit_ids),
        "positions": len(position_ids),
        "people": document.count("person"),
        "assignments": sum(1 for a in assignments if a.position_id in position_ids),
        "duties": owned("duty"),
        "kpis": owned("kpi"),
        "relations": len(document.relations_of_scenario(scenario.id)),
        "max_depth": max_depth(document, scenario.id),
    }


def unit_tree(document: Document, unit: Unit, totals: dict[int, Staffing], owns: dict[int, Staffing]) -> dict[str, Any]:
    unit_type = document.unit_type(unit.type_id)
    own = owns[unit.id]
    positions = []
    for position in document.positions_of(unit.id):
        staffing = position_staffing(document, position)
        holders = [document.person(a.person_id).name for a in document.assignments_of_position(position.id)]
        positions.append(
            {
                "title": position.title,
                "headcount": staffing.headcount,
                "filled": staffing.filled,
                "vacant": staffing.vacant,
                "holders": holders,
                "duties": [d.text for d in document.duties_of(OwnerKind.POSITION, position.id)],
                "kpis": [k.name for k in document.kpis_of(OwnerKind.POSITION, position.id)],
            }
        )
    return {
        "name": unit.name,
        "type": unit_type.name if unit_type else "",
        "headcount": own.headcount,
        "filled": own.filled,
        "vacant": own.vacant,
        "total_headcount": totals[unit.id].headcount,
        "total_filled": totals[unit.id].filled,
        "total_vacant": totals[unit.id].vacant,
        "duties": [d.text for d in document.duties_of(OwnerKind.UNIT, unit.id)],
        "kpis": [k.name for k in document.kpis_of(OwnerKind.UNIT, unit.id)],
        "positions": positions,
        "children": [unit_tree(document, child, totals, owns) for child in document.children_of(unit)],
    }


def document_info(document: Document, scenario: Scenario) -> dict[str, Any]:
    root = document.root(scenario.id)
    owns = own_staffing(document, scenario.id)
    totals = subtree_staffing(document, scenario.id)
    info: dict[str, Any] = {"organisation": document.organisation.name, "scenario": scenario.name}
    info.update(scenario_counts(document, scenario))
    info["scenarios"] = [s.name for s in document.scenarios()]
    info["root"] = None if root is None else unit_tree(document, root, totals, owns)
    return info


def _print_tree(node: dict[str, Any], out: TextIO, depth: int = 0) -> None:
    line = _(
        QT_TRANSLATE_NOOP("CLI", "{indent}{name} [{type}]  posts {posts}, headcount {headcount}, filled {filled}"),
        indent="  " * depth,
        name=node["name"],
        type=node["type"],
        posts=len(node["positions"]),
        headcount=node["headcount"],
        filled=node["filled"],
    )
    print(line, file=out)
    for child in node["children"]:
        _print_tree(child, out, depth + 1)


def cmd_info(args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk.cli_team import open_document

    with open_document(args.path, readonly=not args.migrate, migrate=args.migrate) as store:
        document = store.load()
    scenario = _choose_scenario(document, args.scenario)
    info = document_info(document, scenario)
    if args.json:
        _print_json(info, out)
        return EXIT_OK
    print(f"{info['organisation']} — {info['scenario']}", file=out)
    labels = {
        "units": QT_TRANSLATE_NOOP("CLI", "Units"),
        "positions": QT_TRANSLATE_NOOP("CLI", "Posts"),
        "people": QT_TRANSLATE_NOOP("CLI", "People"),
        "assignments": QT_TRANSLATE_NOOP("CLI", "Assignments"),
        "duties": QT_TRANSLATE_NOOP("CLI", "Duties"),
        "kpis": QT_TRANSLATE_NOOP("CLI", "KPIs"),
        "relations": QT_TRANSLATE_NOOP("CLI", "Relations"),
        "max_depth": QT_TRANSLATE_NOOP("CLI", "Depth"),
    }
    for key, label in labels.items():
        print(f"{translate(CLI, label)}: {info[key]}", file=out)
    scenarios = ", ".join(info["scenarios"])
    print(_(QT_TRANSLATE_NOOP("CLI", "Scenarios: {names}"), names=scenarios), file=out)
    if info["root"] is not None:
        print(file=out)
        _print_tree(info["root"], out)
    return EXIT_OK


def _print_json(value: object, out: TextIO) -> None:
    """Indented for a person at a terminal; compact for a pipe (Python's C encoder only
    runs without indent, which makes a 10,000-unit tree several times faster)."""
    indent = 2 if out.isatty() else None
    out.write(json.dumps(value, ensure_ascii=False, indent=indent))  # dumps, not dump: dump never uses C
    out.write("\n")


# ----- duties parse ---------------------------------------------------------------
def cmd_duties(args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk.domain.duty_text import duties_to_json, parse_duties

    if args.file == "-":
        text = sys.stdin.read()
    else:
        path = Path(args.file)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise UserError(
                _(QT_TRANSLATE_NOOP("CLI", "Cannot read “{path}”: {reason}."), path=path, reason=error.strerror)
            ) from error
        text = _decode(raw)
    _print_json(duties_to_json(parse_duties(text)), out)
    return EXIT_OK


def _decode(raw: bytes) -> str:
    """Text pasted from Windows tools is often GBK or UTF-16; try those before giving up."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


# ----- export -------------------------------------------------------------------------
def find_unit_by_path(document: Document, scenario: Scenario, unit_path: str) -> Unit:
    """The unit at "top/child/grandchild" (names separated by "/"; the top unit's name may be left out)."""
    names = [name.strip() for name in unit_path.strip("/").split("/") if name.strip()]
    unit = document.root(scenario.id)
    if unit is not None and names and names[0] == unit.name:
        names = names[1:]
    for name in names:
        if unit is None:
            break
        unit = next((child for child in document.children_of(unit) if child.name == name), None)
    if unit is None:
        raise UserError(
            _(
                QT_TRANSLATE_NOOP("CLI", "No unit “{path}” in scenario “{scenario}”."),
                path=unit_path,
                scenario=scenario.name,
            )
        )
    return unit


def check_outputs(document: str, outputs: list[str | None]) -> None:
    """Refuse, before any work, an output that is the document read, an OrgDesk document, not a
    regular file, or named twice (a typo must never destroy the document)."""
    from orgdesk.store.output_files import check_targets
    from orgdesk.store.server import is_server_location

    inputs = [] if is_server_location(document) else [Path(document)]
    check_targets([Path(output) for output in outputs if output], inputs=inputs)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    outputs = [value for value in (args.xlsx, args.chart_pdf, args.booklet_pdf, args.png, args.svg) if value]
    if not outputs:
        raise UserError(
            _(QT_TRANSLATE_NOOP("CLI", "Say what to write: --xlsx, --chart-pdf, --booklet-pdf, --png or --svg."))
        )
    check_outputs(args.path, outputs)
    from orgdesk.cli_team import open_document

    with open_document(args.path, readonly=True) as store:
        document = store.load(lazy=False)
    scenario = _choose_scenario(document, args.scenario)
    root = find_unit_by_path(document, scenario, args.root) if args.root else document.root(scenario.id)
    language = {"zh": "zh_CN", "en": "en", None: system_language()}[args.lang]
    if args.chart_pdf or args.booklet_pdf or args.png or args.svg:  # name what would print as boxes, then write
        from orgdesk.io.glyph_check import Scope, export_warnings

        charts = bool(args.chart_pdf or args.png or args.svg)
        scope = Scope(root.id if root is not None else None, args.depth, charts, bool(args.booklet_pdf))
        for line in export_warnings(document, scenario.id, scope, language):
            print(line, file=out)
    if args.xlsx:
        from orgdesk.io.workbook.writer import write_workbook

        write_workbook(document, scenario.id, Path(args.xlsx), language=language)
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.xlsx), file=out)
    if args.chart_pdf:
        from orgdesk.io.chart.options import ChartPdfOptions
        from orgdesk.io.chart.pdf_writer import write_chart_pdf

        options = ChartPdfOptions(
            paper=args.paper,
            landscape=args.landscape,
            fit=args.fit,
            layout=args.layout,
            root_id=root.id if root is not None else None,
            depth=args.depth,
            language=language,
        )
        for line in write_chart_pdf(document, scenario.id, Path(args.chart_pdf), options):
            print(line, file=out)
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.chart_pdf), file=out)
    if args.booklet_pdf:
        from orgdesk.io.booklet.writer import write_booklet_pdf

        root_id = root.id if root is not None else None
        booklet = Path(args.booklet_pdf)
        for line in write_booklet_pdf(document, scenario.id, booklet, root_id=root_id, language=language):
            print(line, file=out)
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.booklet_pdf), file=out)
    if args.png or args.svg:
        _export_images(args, document, scenario, root, language, out)
    return EXIT_OK


def _export_images(
    args: argparse.Namespace, document: Document, scenario: Scenario, root: Unit | None, language: str, out: TextIO
) -> None:
    from orgdesk.io.chart.drawing import ChartImageOptions
    from orgdesk.io.chart.png import write_chart_png
    from orgdesk.io.chart.svg import write_chart_svg

    options = ChartImageOptions(
        layout=args.layout,
        root_id=root.id if root is not None else None,
        depth=args.depth,
        language=language,
        dpi=args.dpi,
    )
    for target, write in ((args.png, write_chart_png), (args.svg, write_chart_svg)):
        if target:
            for line in write(document, scenario.id, Path(target), options):
                print(line, file=out)
            print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=target), file=out)


# ----- entry point --------------------------------------------------------------------
COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "new": cmd_new,
    "info": cmd_info,
    "duties": cmd_duties,
    "export": cmd_export,
    "import": cmd_import,
    "diff": lambda args, out: _analysis("cmd_diff", args, out),
    "check": lambda args, out: _analysis("cmd_check", args, out),
    "scenario": lambda args, out: _analysis("cmd_scenario", args, out),
    "copy": lambda args, out: _team("cmd_copy", args, out),
    "history": lambda args, out: _team("cmd_history", args, out),
}


def _team(name: str, args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk import cli_team

    command: Callable[[argparse.Namespace, TextIO], int] = getattr(cli_team, name)
    return command(args, out)


def _analysis(name: str, args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk import cli_analysis

    command: Callable[[argparse.Namespace, TextIO], int] = getattr(cli_analysis, name)
    return command(args, out)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(out)
        return EXIT_OK
    if not getattr(args, "json", False):  # JSON escapes what needs escaping itself
        out = cast(TextIO, _PlainText(out))
    try:
        return COMMANDS[args.command](args, out)
    except UserError as error:
        return _fail(str(error), EXIT_USER)
    except MessageError as error:  # a refused file, edit, export or import
        return _fail(render(error.context, error.template, error.params), EXIT_USER)
    except BrokenPipeError:  # `orgdesk info … | head` closed the pipe: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail(translate(CLI, QT_TRANSLATE_NOOP("CLI", "Interrupted.")), EXIT_USER)
    except Exception as error:
        if os.environ.get("ORGDESK_DEBUG"):
            traceback.print_exc()
        message = _(
            QT_TRANSLATE_NOOP("CLI", "Internal error: {error} (set ORGDESK_DEBUG=1 for details)"),
            error=f"{type(error).__name__}: {error}",
        )
        return _fail(message, EXIT_INTERNAL)


def _fail(message: str, code: int) -> int:
    print(f"orgdesk: {without_controls(message)}", file=sys.stderr)
    return code


class _PlainText(io.TextIOBase):
    """The output with control characters and bidi overrides dropped: names from a document must
    not move a terminal's cursor, change its colours or turn text around."""

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self.out = out

    def write(self, text: str) -> int:
        self.out.write(without_controls(text))
        return len(text)

    def flush(self) -> None:
        self.out.flush()
