"""`orgdesk new`, `orgdesk info` and `orgdesk duties parse`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO, cast

from orgdesk.cli.common import (
    CLI,
    EXIT_OK,
    LOCATION_HELP,
    Parser,
    UserError,
    _,
    choose_scenario,
    open_document,
    print_json,
)
from orgdesk.domain.analysis import Staffing, max_depth, own_staffing, position_staffing, subtree_staffing
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Duty, Kpi, OwnerKind, Position, Scenario, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.domain.sample import sample_document
from orgdesk.i18n import translate
from orgdesk.store.store import Store


def add_parsers(commands: Any) -> None:

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
    duty_commands = duties.add_subparsers(dest="duties_command", parser_class=Parser, required=True)
    parse = duty_commands.add_parser(
        "parse", help=_(QT_TRANSLATE_NOOP("CLI", "split pasted duty text into numbered items (JSON)"))
    )
    parse.add_argument("file", nargs="?", default="-", help=_(QT_TRANSLATE_NOOP("CLI", "a text file, or - for stdin")))


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

    with open_document(args.path, readonly=not args.migrate, migrate=args.migrate) as store:
        document = store.load()
    scenario = choose_scenario(document, args.scenario)
    info = document_info(document, scenario)
    if args.json:
        print_json(info, out)
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


MAX_DUTY_TEXT = 5 << 20  # characters of pasted duty text (a whole 职责说明书 is a few thousand)


def cmd_duties(args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk.domain.duty_text import duties_to_json, parse_duties

    if args.file == "-":
        text = sys.stdin.read(MAX_DUTY_TEXT + 1)
    else:
        path = Path(args.file)
        try:
            with path.open("rb") as handle:  # read() of /dev/zero would never end
                raw = handle.read(MAX_DUTY_TEXT * 4 + 1)
        except OSError as error:
            raise UserError(
                _(QT_TRANSLATE_NOOP("CLI", "Cannot read “{path}”: {reason}."), path=path, reason=error.strerror)
            ) from error
        text = _decode(raw)
    if len(text) > MAX_DUTY_TEXT:
        raise UserError(
            _(QT_TRANSLATE_NOOP("CLI", "The text is longer than {limit} characters; split it and try again."),
              limit=MAX_DUTY_TEXT)
        )  # fmt: skip
    text = text.replace("\x00", "")
    print_json(duties_to_json(parse_duties(text)), out)
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
