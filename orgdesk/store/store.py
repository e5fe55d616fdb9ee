"""The store: one OrgDesk document in one SQLite file (later also PostgreSQL).

Every user action is one transaction, committed when it is made. Loading uses Core
queries in bulk (not ORM objects): a 10,000-unit document loads in a fraction of a second.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Connection, Date, Engine, case, create_engine, event, func, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from orgdesk.domain.document import Document
from orgdesk.domain.entities import ENTITY_CLASSES, KINDS, Entity
from orgdesk.domain.patch import Patch
from orgdesk.store.files import (
    APPLICATION_ID,
    CANNOT_CREATE,
    CORRUPT,
    EXISTS,
    READ_ONLY,
    SCHEMA_VERSION,
    TOO_NEW,
    WRITE_FAILED,
    DocumentError,
    inspect_file,
)
from orgdesk.store.models import ROW_CLASSES, AssignmentRow, PersonRow, PositionRow

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
# The schema revisions this version knows, oldest first; a test keeps this equal to the
# migration scripts, so opening a current file needs no Alembic import (it is slow).
KNOWN_REVISIONS = ("0001", "0002")
HEAD_REVISION = KNOWN_REVISIONS[-1]


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


def _upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")
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
        cursor.close()

    return engine


class Store:
    """An open document file. Use `Store.create` or `Store.open`."""

    def __init__(self, engine: Engine, path: Path, readonly: bool) -> None:
        self.engine = engine
        self.path = path
        self.readonly = readonly
        self.backup_path: Path | None = None  # set when opening made a pre-migration backup

    # ----- creating and opening -----------------------------------------------------
    @classmethod
    def create(cls, path: Path, document: Document | None = None, *, overwrite: bool = False) -> Store:
        """A new document file, optionally filled with `document` in one transaction."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError(EXISTS, path=str(path))
        partial = path.with_name(path.name + ".partial")
        try:
            partial.unlink(missing_ok=True)
            sqlite3.connect(partial).close()
            store = cls(_sqlite_engine(partial, readonly=False), partial, readonly=False)
            with store.engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                _upgrade(connection)
                if document is not None:
                    _insert_all(connection, document)
            store.engine.dispose()
            # Publish the file only once it is complete: a crash leaves no half document.
            partial.replace(path)
        except (OSError, SQLAlchemyError) as error:
            partial.unlink(missing_ok=True)
            raise DocumentError(CANNOT_CREATE, path=str(path), reason=_reason(error)) from error
        return cls(_sqlite_engine(path, readonly=False), path, readonly=False)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Store:
        """Open an existing document; migrates an older one after backing it up."""
        path = Path(path)
        facts = inspect_file(path)
        if not readonly and not facts.writable:
            raise DocumentError(READ_ONLY, path=str(path))
        store = cls(_sqlite_engine(path, readonly=readonly), path, readonly=readonly)
        try:
            store._check_revision(facts.schema_version)
        except SQLAlchemyError as error:
            store.close()
            raise DocumentError(CORRUPT, path=str(path), reason=_reason(error)) from error
        except DocumentError:
            store.close()
            raise
        return store

    def _check_revision(self, schema_version: int) -> None:
        with self.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision == HEAD_REVISION:
            return
        if revision not in KNOWN_REVISIONS:
            raise DocumentError(TOO_NEW, path=str(self.path), found=revision, supported=HEAD_REVISION)
        if self.readonly:
            return  # read the old schema as it is; only writing needs the migration
        self.backup_path = self._backup_before_migration(str(revision))
        with self.engine.begin() as connection:
            _upgrade(connection)

    def _backup_before_migration(self, revision: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.backup-v{revision}-{stamp}{self.path.suffix}")
        shutil.copy2(self.path, backup)
        return backup

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ----- reading -----------------------------------------------------------------
    def load(self, *, lazy: bool = True) -> Document:
        """The document in the file. The structure (units, posts, holders) is read at once;
        people, duties, KPIs and relations when first used, unless `lazy` is False."""
        deferred = LAZY_KINDS if lazy else ()
        try:
            with self.engine.connect() as connection:
                tables = {kind: _read_table(connection, kind) for kind in KINDS if kind not in deferred}
                summary = _unit_summary(connection) if "position" in deferred else None
                managers = _unit_managers(connection) if "position" in deferred else None
        except DBAPIError as error:
            raise DocumentError(CORRUPT, path=str(self.path), reason=_reason(error)) from error
        loaders = {kind: partial(self._read_later, kind) for kind in deferred}
        document = Document.from_tables(tables, loaders)
        document.unit_summary = summary
        if managers is not None:  # what analysis.unit_managers would compute from the lazy tables
            document.derived[("unit_managers", None)] = managers
        return document

    def _read_later(self, kind: str) -> list[Entity]:
        try:
            with self.engine.connect() as connection:
                return _read_table(connection, kind)
        except DBAPIError as error:
            raise DocumentError(CORRUPT, path=str(self.path), reason=_reason(error)) from error

    # ----- writing -------------------------------------------------------------------
    def write(self, patch: Patch) -> None:
        """Commit one user action; on failure nothing of it is written."""
        if patch.is_empty():
            return
        with self._transaction() as connection:
            _write_patch(connection, patch)

    def replace_all(self, document: Document) -> None:
        """Write a whole document into this (empty) file in one transaction."""
        with self._transaction() as connection:
            _insert_all(connection, document)

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        if self.readonly:
            raise DocumentError(READ_ONLY, path=str(self.path))
        try:
            with self.engine.begin() as connection:
                yield connection
        except (OSError, SQLAlchemyError) as error:
            raise DocumentError(WRITE_FAILED, path=str(self.path), reason=_reason(error)) from error

    def save_as(self, target: Path) -> None:
        """A consistent copy of the document at `target` (SQLite's online backup)."""
        target = Path(target)
        partial = target.with_name(target.name + ".partial")
        try:
            partial.unlink(missing_ok=True)
            raw = self.engine.raw_connection()
            try:
                destination = sqlite3.connect(partial)
                try:
                    raw.driver_connection.backup(destination)  # type: ignore[union-attr]
                finally:
                    destination.close()
            finally:
                raw.close()
            partial.replace(target)
        except (OSError, sqlite3.Error) as error:
            partial.unlink(missing_ok=True)
            raise DocumentError(CANNOT_CREATE, path=str(target), reason=_reason(error)) from error


# Not needed to show the tree and its 编制/在岗 figures (the store sums those in SQL):
# read when first used.
LAZY_KINDS = ("position", "assignment", "person", "duty", "kpi", "relation")


def _unit_summary(connection: Connection) -> dict[int, tuple[int, int, int, int, int]]:
    """Per unit: posts, 编制, 在岗 (primary holders), 空缺 and 超编 counted post by post."""
    position = PositionRow.__table__
    assignment = AssignmentRow.__table__
    holders = (
        select(assignment.c.position_id, func.count().label("n"))
        .where(assignment.c.kind == "primary")
        .group_by(assignment.c.position_id)
        .subquery()
    )
    filled = func.coalesce(holders.c.n, 0)
    gap = position.c.headcount - filled
    query = (
        select(
            position.c.unit_id,
            func.count(),
            func.sum(position.c.headcount),
            func.sum(filled),
            func.sum(case((gap > 0, gap), else_=0)),
            func.sum(case((gap < 0, -gap), else_=0)),
        )
        .select_from(position.outerjoin(holders, holders.c.position_id == position.c.id))
        .group_by(position.c.unit_id)
    )
    return {
        row[0]: (int(row[1]), int(row[2]), int(row[3]), int(row[4]), int(row[5])) for row in connection.execute(query)
    }


def _unit_managers(connection: Connection) -> dict[int, str]:
    """unit id → first holder (主岗 first) of the unit's first manager post, as analysis.unit_managers."""
    position = PositionRow.__table__
    assignment = AssignmentRow.__table__
    person = PersonRow.__table__
    query = (
        select(position.c.unit_id, person.c.name)
        .select_from(
            position.join(assignment, assignment.c.position_id == position.c.id).join(
                person, person.c.id == assignment.c.person_id
            )
        )
        .where(position.c.is_manager.is_(True))
        .order_by(position.c.unit_id, position.c.sort_order, assignment.c.kind != "primary", assignment.c.id)
    )
    managers: dict[int, str] = {}
    for unit_id, name in connection.execute(query):
        managers.setdefault(unit_id, name)
    return managers


def _converters(kind: str) -> list[tuple[int, Callable[[Any], Any]]]:
    """Column positions whose raw driver values need converting (SQLite gives text dates, 0/1)."""
    table = ROW_CLASSES[kind].__table__
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for position, name in enumerate(ENTITY_CLASSES[kind]._fields):
        column_type = table.c[name].type  # type: ignore[attr-defined]
        if isinstance(column_type, Date):
            found.append((position, _to_date))
        elif isinstance(column_type, Boolean):
            found.append((position, _to_bool))
    return found


def _to_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value.__class__ is str else value


def _to_bool(value: Any) -> bool | None:
    return None if value is None else value is True or value == 1


def _read_table(connection: Connection, kind: str) -> list[Entity]:
    """All rows of one table, straight from the driver in one fetch (no per-row ORM work)."""
    cls = ENTITY_CLASSES[kind]
    names = ", ".join(f'"{name}"' for name in cls._fields)
    table_name = ROW_CLASSES[kind].__tablename__
    cursor = connection.connection.cursor()
    try:
        cursor.execute(f'SELECT {names} FROM "{table_name}"')
        rows = cursor.fetchall()
    finally:
        cursor.close()
    make = partial(tuple.__new__, cls)  # what NamedTuple._make does, minus a Python call per row
    converters = _converters(kind)
    if converters and rows:
        # Convert column by column: a transpose and a map are far cheaper than a loop per row.
        columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True))
        for position, convert in converters:
            columns[position] = tuple(map(convert, columns[position]))
        rows = list(zip(*columns, strict=True))
    return list(map(make, rows))


def _rows(entities: Iterable[Entity]) -> list[dict[str, Any]]:
    return [entity._asdict() for entity in entities]


def _insert_all(connection: Connection, document: Document) -> None:
    for kind in KINDS:
        rows = _rows(document.all(kind))
        if rows:
            connection.execute(ROW_CLASSES[kind].__table__.insert(), rows)  # type: ignore[attr-defined]


def _write_patch(connection: Connection, patch: Patch) -> None:
    inserts: dict[str, list[Entity]] = defaultdict(list)
    updates: dict[str, list[Entity]] = defaultdict(list)
    deletes: dict[str, list[int]] = defaultdict(list)
    for change in patch.changes:
        if change.after is None:
            deletes[change.kind].append(change.id)
        elif change.before is None:
            inserts[change.kind].append(change.after)
        else:
            updates[change.kind].append(change.after)
    # Foreign keys are deferred, so the order only matters for readability.
    for kind in reversed(KINDS):
        if deletes[kind]:
            table = ROW_CLASSES[kind].__table__
            connection.execute(table.delete().where(table.c.id.in_(deletes[kind])))  # type: ignore[attr-defined]
    for kind in KINDS:
        table = ROW_CLASSES[kind].__table__
        if inserts[kind]:
            connection.execute(table.insert(), _rows(inserts[kind]))  # type: ignore[attr-defined]
        for entity in updates[kind]:
            values = entity._asdict()
            values.pop("id")
            connection.execute(table.update().where(table.c.id == entity.id).values(**values))  # type: ignore[attr-defined]


def _reason(error: BaseException) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        return str(error.orig)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error).splitlines()[0]
