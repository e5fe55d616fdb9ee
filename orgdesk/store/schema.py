"""The schema side of a document: the migration scripts, the revisions this version knows, and
the SQLite connection settings every document file is opened with."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from orgdesk.store.file_format import SCHEMA_VERSION

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
# The schema revisions this version knows, oldest first; a test keeps this equal to the
# migration scripts, so opening a current file needs no Alembic import (it is slow).
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]
VERSIONED_FROM = "0003"  # the first revision with row versions and the history
CHUNKED_FROM = "0005"  # the first revision with the compact history (history_chunk)


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def migration_scripts() -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def upgrade_schema(connection: Connection) -> None:
    """Run the migrations up to the head revision (the caller decided that it may)."""
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")


def _sqlite_engine(path: Path, readonly: bool) -> Engine:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
    engine = create_engine(
        "sqlite+pysqlite:///" + uri + "&uri=true",
        poolclass=NullPool if readonly else None,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA trusted_schema=OFF")  # a document never runs code it carries
        cursor.execute("PRAGMA journal_mode=DELETE")  # one file, no sidecar after closing
        cursor.execute("PRAGMA synchronous=FULL")  # a committed edit survives a power cut
        cursor.execute("PRAGMA busy_timeout=10000")  # another OrgDesk committing: wait, do not fail
        cursor.close()

    return engine
