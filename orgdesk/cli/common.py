"""What every subcommand shares: messages in the user's language, exit codes, the argument parser,
choosing a scenario or a unit, opening a PATH (a file or a server URL), checking outputs, printing."""

from __future__ import annotations

import argparse
import getpass
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn, TextIO

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Scenario, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.domain.text_rules import without_controls
from orgdesk.i18n import render, translate
from orgdesk.store.heap import release_loaded, settle_loaded
from orgdesk.store.server import open_location
from orgdesk.store.store import Store

CLI = "CLI"
EXIT_OK, EXIT_INTERNAL, EXIT_USER = 0, 1, 2
PAPERS = ("A4", "A3", "A2", "A1", "A0", "Letter")
LAYOUTS = ("top-down", "left-right", "compact")
LOCATION_HELP = QT_TRANSLATE_NOOP("CLI", "an .orgdesk file or a server URL postgresql://user@host/database")


class UserError(Exception):
    """A mistake the user can fix; printed as one line, exit code 2."""


def _(text: str, **params: object) -> str:
    return render(CLI, text, params)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        label = translate(CLI, QT_TRANSLATE_NOOP("CLI", "error"))
        self.exit(EXIT_USER, f"{self.prog}: {label}: {message}\n")


def choose_scenario(document: Document, name: str | None) -> Scenario:
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


def print_json(value: object, out: TextIO) -> None:
    """Indented for a person at a terminal; compact for a pipe (Python's C encoder only
    runs without indent, which makes a 10,000-unit tree several times faster)."""
    indent = 2 if out.isatty() else None
    out.write(json.dumps(value, ensure_ascii=False, indent=indent))  # dumps, not dump: dump never uses C
    out.write("\n")


def ask_password(shown: str) -> str | None:
    """Asked only at a terminal; a script sets PGPASSWORD (or ~/.pgpass) instead."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(_(QT_TRANSLATE_NOOP("CLI", "Password for {location}: "), location=shown))


@contextmanager
def open_document(location: str, *, readonly: bool = False, migrate: bool = False) -> Iterator[Store]:
    """The document's store, closed at the end; what it loads stays out of the collector's sight."""
    settle_loaded()
    try:
        with open_location(location, readonly=readonly, migrate=migrate, ask_password=ask_password) as store:
            yield store
    finally:
        release_loaded()


def fail(message: str, code: int) -> int:
    print(f"orgdesk: {without_controls(message)}", file=sys.stderr)
    return code


class PlainText(io.TextIOBase):
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
