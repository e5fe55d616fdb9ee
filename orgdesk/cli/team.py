"""Team mode on the command line: `orgdesk copy SRC DST` and `orgdesk history PATH`, and how
every subcommand opens a PATH that may be a server URL (no Qt is imported here)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from orgdesk.cli.common import EXIT_OK, LOCATION_HELP, _, ask_password, open_document
from orgdesk.domain.messages import fill_template, shown_text
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import translate
from orgdesk.store.history import Entry, entity_values, local_time
from orgdesk.store.server import is_server_location, shown_location


def add_parsers(commands: Any) -> None:
    copy = commands.add_parser(
        "copy", help=_(QT_TRANSLATE_NOOP("CLI", "copy a document between a file and a server (either way)"))
    )
    copy.add_argument("source", help=_(LOCATION_HELP))
    copy.add_argument("target", help=_(QT_TRANSLATE_NOOP("CLI", "a new .orgdesk file or an empty server database")))
    copy.add_argument("--force", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "replace an existing file")))
    history = commands.add_parser("history", help=_(QT_TRANSLATE_NOOP("CLI", "show who changed what, and when")))
    history.add_argument("path", help=_(LOCATION_HELP))
    history.add_argument("--json", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "print one JSON object")))
    history.add_argument("--xlsx", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the history workbook")))
    history.add_argument("--kind", help=_(QT_TRANSLATE_NOOP("CLI", "only changes of this kind (unit, position, …)")))
    history.add_argument("--id", type=int, dest="entity_id", help=_(QT_TRANSLATE_NOOP("CLI", "only this item's id")))


def cmd_copy(args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk.store.copy import copy_document

    with open_document(args.source, readonly=True) as source:
        copy_document(source, args.target, overwrite=args.force, ask_password=ask_password).close()
    shown = shown_location(args.target) if is_server_location(args.target) else str(Path(args.target))
    print(_(QT_TRANSLATE_NOOP("CLI", "Copied to {target}"), target=shown), file=out)
    return EXIT_OK


def action_text(entry: Entry, language: str | None = None) -> str:
    """The operation as its undo-menu text, in the user's language (e.g. "Rename 市场部")."""
    return fill_template(translate("Operations", entry.action, language), entry.action_params)


def entry_json(entry: Entry) -> dict[str, object]:
    return {
        "id": entry.id,
        "at": entry.at,
        "author": entry.author,
        "action": action_text(entry),
        "source": entry.source,
        "changes": [
            {
                "kind": change.kind,
                "id": change.entity_id,
                "version": change.version,
                "before": entity_values(change.before),
                "after": entity_values(change.after),
            }
            for change in entry.changes
        ],
    }


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from orgdesk.cli.common import check_outputs, print_json

    check_outputs(args.path, [args.xlsx])
    with open_document(args.path, readonly=True) as store:
        entries = store.history(kind=args.kind, entity_id=args.entity_id)
    if args.xlsx:
        from orgdesk.io.reports.history_xlsx import write_history_workbook

        write_history_workbook(entries, Path(args.xlsx), action_text)
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.xlsx), file=out)
        return EXIT_OK
    if args.json:
        print_json({"entries": [entry_json(entry) for entry in entries]}, out)
        return EXIT_OK
    for entry in entries:
        action = action_text(entry)
        print(f"{local_time(entry.at)}  {shown_text(entry.author, 100)}  {action}  ({entry.change_count})", file=out)
    return EXIT_OK
