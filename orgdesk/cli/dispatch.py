"""The command line's entry point: the parser of every subcommand and the dispatch, with one line on
stderr and exit code 2 for a user's mistake, 1 for an internal error (no Qt is imported here)."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TextIO, cast

from orgdesk import __version__
from orgdesk.cli import analysis, documents, export, importing, team
from orgdesk.cli.common import CLI, EXIT_INTERNAL, EXIT_OK, EXIT_USER, Parser, PlainText, UserError, _, fail
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, MessageError
from orgdesk.i18n import render, translate


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="orgdesk",
        description=_(QT_TRANSLATE_NOOP("CLI", "OrgDesk: organisation charts and organisation design.")),
    )
    parser.add_argument("--version", action="version", version=f"OrgDesk {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    documents.add_parsers(commands)
    export.add_parser(commands)
    importing.add_import_parser(commands)
    analysis.add_parsers(commands)
    team.add_parsers(commands)
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "new": documents.cmd_new,
    "info": documents.cmd_info,
    "duties": documents.cmd_duties,
    "export": export.cmd_export,
    "import": importing.run_import,
    "diff": analysis.cmd_diff,
    "check": analysis.cmd_check,
    "scenario": analysis.cmd_scenario,
    "copy": team.cmd_copy,
    "history": team.cmd_history,
}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(out)
        return EXIT_OK
    if not getattr(args, "json", False):  # JSON escapes what needs escaping itself
        out = cast(TextIO, PlainText(out))
    try:
        return COMMANDS[args.command](args, out)
    except UserError as error:
        return fail(str(error), EXIT_USER)
    except MessageError as error:  # a refused file, edit, export or import
        return fail(render(error.context, error.template, error.params), EXIT_USER)
    except BrokenPipeError:  # `orgdesk info … | head` closed the pipe: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        return fail(translate(CLI, QT_TRANSLATE_NOOP("CLI", "Interrupted.")), EXIT_USER)
    except Exception as error:
        if os.environ.get("ORGDESK_DEBUG"):
            traceback.print_exc()
        message = _(
            QT_TRANSLATE_NOOP("CLI", "Internal error: {error} (set ORGDESK_DEBUG=1 for details)"),
            error=f"{type(error).__name__}: {error}",
        )
        return fail(message, EXIT_INTERNAL)
