"""The schema of a document from someone else, checked against what OrgDesk itself creates.

A `.orgdesk` file is a database, and a database can carry code: triggers run on writes,
views run on reads, and odd tables or columns can mislead the program. Before OrgDesk
uses a file it compares the file's schema (every table, index, trigger and view in
sqlite_master, with each table's columns) with the schema OrgDesk's own migrations
create for the file's revision. Anything extra or different refuses the file: the
planner is told to ask the sender for a clean copy. (Refusing, rather than opening
read-only after a confirmation, keeps one rule a planner can trust: OrgDesk never runs
what a document carries, and a read-only open would still read through views.)

The expected schema is derived at run time from the migrations (an in-memory database
upgraded to that revision, once per process), never from a hand-written list, so a new
table added by a migration is expected automatically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from orgdesk.domain.rules import QT_TRANSLATE_NOOP

MIGRATIONS = Path(__file__).with_name("migrations")

EXTRA_CODE = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” carries {what} that OrgDesk does not create, so it was not opened (a document must "
    "never run code it carries). Ask the sender for a clean copy, or have it exported again from OrgDesk.",
)
ALTERED_SCHEMA = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” has a changed structure ({what}), so it was not opened; OrgDesk did not change it. "
    "Ask the sender for a clean copy, or use a backup.",
)
NEWER = "newer"  # SchemaDifference.template when the revision is not one this version knows

# SQLite keeps the SQL of a schema object as written, including how ALTER TABLE appended
# to it; compare it with quoting and spacing ignored.
_QUOTES = re.compile(r"[\"`\[\]]")
_SPACES = re.compile(r"\s+")
_PUNCTUATION_SPACE = re.compile(r"\s*([(),])\s*")


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, trigger, view
    name: str
    table: str
    sql: str  # normalised; "" for SQLite's own automatic indexes
    columns: tuple[tuple[str, str, int, int, int], ...]  # name, type, notnull, pk, hidden


@dataclass(frozen=True)
class SchemaDifference:
    """Why a file's schema is not OrgDesk's: `code` when it carries triggers or views."""

    template: str
    what: str


def normalise_sql(sql: str | None) -> str:
    if not sql:
        return ""
    text = _SPACES.sub(" ", _QUOTES.sub("", sql)).strip().lower()
    return _PUNCTUATION_SPACE.sub(r"\1", text)


def read_schema(connection: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    """Every object in sqlite_master, keyed by (kind, name), with each table's columns."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    schema: dict[tuple[str, str], SchemaObject] = {}
    for kind, name, table, sql in rows:
        columns: tuple[tuple[str, str, int, int, int], ...] = ()
        if kind == "table":
            info = connection.execute('SELECT name, type, "notnull", pk, hidden FROM pragma_table_xinfo(?)', (name,))
            columns = tuple((str(c), str(t).lower(), int(n), int(p), int(h)) for c, t, n, p, h in info)
        schema[(str(kind), str(name))] = SchemaObject(str(kind), str(name), str(table), normalise_sql(sql), columns)
    return schema


def read_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def known_revisions() -> tuple[str, ...]:
    """The revisions this version knows, newest first (the store keeps its list equal to the
    migration scripts, checked by a test; importing Alembic here would slow every open)."""
    from orgdesk.store.schema import KNOWN_REVISIONS

    return tuple(reversed(KNOWN_REVISIONS))


@cache
def expected_schema(revision: str) -> dict[tuple[str, str], SchemaObject]:
    """The schema OrgDesk's migrations create up to `revision`. Deriving it takes a few tenths
    of a second (Alembic), so the result is also kept in the user's cache folder, under a key
    made from the migration scripts' own bytes: a changed script derives it again."""
    cache_file = _cache_file(revision)
    cached = _read_cached(cache_file)
    if cached is not None:
        return cached
    schema = _derive_schema(revision)
    _write_cached(cache_file, schema)
    return schema


def _cache_file(revision: str) -> Path:
    digest = hashlib.sha256()
    for script in sorted(MIGRATIONS.rglob("*.py")):
        digest.update(script.name.encode() + b"\0" + script.read_bytes())
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "orgdesk"
    return folder / f"schema-{revision}-{digest.hexdigest()[:20]}.json"


def _read_cached(path: Path) -> dict[tuple[str, str], SchemaObject] | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        objects = [SchemaObject(k, n, t, s, tuple(tuple(c) for c in cols)) for k, n, t, s, cols in rows]
    except (OSError, ValueError, TypeError):
        return None
    return {(o.kind, o.name): o for o in objects}


def _write_cached(path: Path, schema: dict[tuple[str, str], SchemaObject]) -> None:
    rows = [[o.kind, o.name, o.table, o.sql, [list(c) for c in o.columns]] for o in schema.values()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass  # no cache folder (read-only home): derive it again next time


def _derive_schema(revision: str) -> dict[tuple[str, str], SchemaObject]:
    """The schema OrgDesk's migrations create up to `revision`, in a throw-away database."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return read_schema(raw)
    finally:
        engine.dispose()


def compare_schema(
    found: dict[tuple[str, str], SchemaObject], expected: dict[tuple[str, str], SchemaObject]
) -> SchemaDifference | None:
    """The first reason `found` is not what OrgDesk creates, or None when it is the same."""
    extra = sorted(set(found) - set(expected))
    code = [key for key in extra if key[0] in ("trigger", "view")]
    if code:
        return SchemaDifference(EXTRA_CODE, ", ".join(f"{kind} “{name}”" for kind, name in code))
    if extra:
        return SchemaDifference(ALTERED_SCHEMA, ", ".join(f"unknown {kind} “{name}”" for kind, name in extra))
    missing = sorted(set(expected) - set(found))
    if missing:
        return SchemaDifference(ALTERED_SCHEMA, ", ".join(f"missing {kind} “{name}”" for kind, name in missing))
    for key in sorted(expected):
        mine, theirs = expected[key], found[key]
        if (mine.table, mine.columns, mine.sql) != (theirs.table, theirs.columns, theirs.sql):
            return SchemaDifference(ALTERED_SCHEMA, f"{key[0]} “{key[1]}” differs")
    return None


def check_schema(connection: sqlite3.Connection) -> SchemaDifference | None:
    """Compare an open (read-only) document with OrgDesk's schema for its revision."""
    revision = read_revision(connection)
    if revision is None:
        return SchemaDifference(ALTERED_SCHEMA, "no revision")
    if revision not in known_revisions():
        return SchemaDifference(NEWER, revision)
    return compare_schema(read_schema(connection), expected_schema(revision))
