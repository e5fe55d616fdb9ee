"""The store: one OrgDesk document in a SQLite file or in a PostgreSQL database.

Every user action is one transaction, committed when it is made, together with its
history entry; rows carry versions, so an edit based on something another client has
changed since is refused (see versions.py). Loading uses Core queries in bulk (not ORM
objects): a 10,000-unit document loads in a fraction of a second.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from orgdesk.domain.document import Document
from orgdesk.domain.entities import KINDS, Entity
from orgdesk.domain.messages import shown_text
from orgdesk.domain.operations import ScenarioCopySpec
from orgdesk.domain.patch import Change, Patch, display_name
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.store.copy_sql import CopyMismatch
from orgdesk.store.file_format import APPLICATION_ID
from orgdesk.store.files import (
    CANNOT_CREATE,
    CORRUPT,
    EXISTS,
    READ_ONLY,
    TOO_NEW,
    WRITE_FAILED,
    DocumentError,
    inspect_file,
)
from orgdesk.store.heap import no_cycle_collection, table_loaded
from orgdesk.store.history import Action, Entry, default_author, last_change, local_time, read_entries, record
from orgdesk.store.history_chunks import encode_changes
from orgdesk.store.output_files import check_target, discard, publish, reserve_partial
from orgdesk.store.patch_writer import write_rows
from orgdesk.store.schema import (
    CHUNKED_FROM,
    HEAD_REVISION,
    KNOWN_REVISIONS,
    VERSIONED_FROM,
    _sqlite_engine,
    upgrade_schema,
)
from orgdesk.store.summary import unit_managers, unit_summary
from orgdesk.store.tables import WrongValue, insert_all, read_table
from orgdesk.store.versions import (
    CONFLICT,
    CONFLICT_UNKNOWN,
    ConflictError,
    Versions,
    bump_counter,
    find_conflicts,
    new_versions,
    read_counter,
    remember,
)

WRITE_BESIDE_FROM = 2_000  # changed rows from which they are written on a second thread
READ_ONLY_GRANTS = QT_TRANSLATE_NOOP(
    "Store",
    "You can read “{path}” but not change it: your database user may not write to it. Ask the database "
    "administrator for write access, or copy it to a file (orgdesk copy) to work on your own copy.",
)


class Store:
    """An open document. Use `Store.create` or `Store.open` (files), or server.open_server."""

    def __init__(
        self, engine: Engine, path: Path, readonly: bool, *, location: str | None = None, server: bool = False
    ) -> None:
        self.engine = engine
        self.path = path
        self.location = location or str(path)  # shown in messages: the file, or the URL without password
        self.server = server
        self.readonly = readonly
        self.readonly_reason = ""  # "file", "grants": why writing is refused
        self.backup_path: Path | None = None  # set when opening made a pre-migration backup
        self.revision = HEAD_REVISION
        self.versions: Versions = {}
        self.seen = 0  # the change counter up to which this client's document is current
        self.author = default_author()
        self.client = uuid.uuid4().hex

    @property
    def versioned(self) -> bool:
        return self.revision >= VERSIONED_FROM

    @property
    def chunked(self) -> bool:
        """Whether the document has the compact history table (an old file opened read-only has not)."""
        return self.revision >= CHUNKED_FROM

    # ----- creating and opening -----------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        document: Document | None = None,
        *,
        overwrite: bool = False,
        fill: Callable[[Connection], None] | None = None,
        inputs: Iterable[Path] = (),
    ) -> Store:
        """A new document file, filled with `document` (or by `fill`) in one transaction, and
        put in place only when complete; `inputs` (the files read to fill it) are never replaced."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError(EXISTS, path=str(path))
        check_target(path, inputs=inputs, replace_document=True)
        try:
            partial = reserve_partial(path)
        except OSError as error:
            raise DocumentError(CANNOT_CREATE, path=str(path), reason=_reason(error)) from error
        try:
            store = cls(_sqlite_engine(partial, readonly=False), partial, readonly=False)
            with store.engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                upgrade_schema(connection)
                if document is not None:
                    insert_all(connection, document)
                if fill is not None:
                    fill(connection)
            store.engine.dispose()
            # Publish the file only once it is complete: a crash leaves no half document.
            publish(partial, path, replace_document=True)
        except (OSError, SQLAlchemyError) as error:
            discard(partial)
            raise DocumentError(CANNOT_CREATE, path=str(path), reason=_reason(error)) from error
        except BaseException:
            discard(partial)
            raise
        return cls(_sqlite_engine(path, readonly=False), path, readonly=False)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Store:
        """Open an existing document; migrates an older one after backing it up."""
        path = Path(path)
        facts = inspect_file(path)
        if not readonly and not facts.writable:
            raise DocumentError(READ_ONLY, path=str(path))
        store = cls(_sqlite_engine(path, readonly=readonly), path, readonly=readonly)
        if readonly:
            store.readonly_reason = "file"
        try:
            store._check_revision(facts.schema_version)
            store.check_consistency()
        except SQLAlchemyError as error:
            store.close()
            raise DocumentError(CORRUPT, path=str(path), reason=_reason(error)) from error
        except DocumentError:
            store.close()
            raise
        return store

    def check_consistency(self) -> None:
        """Refuse a document whose tables contradict each other (orgdesk.store.consistency)."""
        from orgdesk.store.consistency import check_consistency

        if self.revision != HEAD_REVISION:  # an old file opened read-only keeps its old tables: not checked
            return
        with self.engine.connect() as connection:
            check_consistency(connection, self.location)

    def read_revision(self) -> str | None:
        with self.engine.connect() as connection:
            value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)

    def _check_revision(self, schema_version: int) -> None:
        revision = self.read_revision()
        if revision == HEAD_REVISION:
            return
        if revision not in KNOWN_REVISIONS:
            raise DocumentError(TOO_NEW, path=self.location, found=revision, supported=HEAD_REVISION)
        self.revision = str(revision)
        if self.readonly:
            return  # read the old schema as it is; only writing needs the migration
        self.backup_path = self._backup_before_migration(str(revision))
        with self.engine.begin() as connection:
            upgrade_schema(connection)
        self.revision = HEAD_REVISION

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
        with no_cycle_collection():  # tens of thousands of entities, no cycles among them
            document = self._load(LAZY_KINDS if lazy else ())
        table_loaded()
        return document

    def _load(self, deferred: tuple[str, ...]) -> Document:
        versions = self.versions if self.versioned else None
        try:
            with self.engine.connect() as connection:
                # The counter first: whatever the tables show is at least that recent.
                self.seen = read_counter(connection) if self.versioned else 0
                tables = {
                    kind: read_table(connection, kind, versions, self._old_revision())
                    for kind in KINDS
                    if kind not in deferred
                }
                summary = unit_summary(connection) if "position" in deferred else None
                managers = unit_managers(connection) if "position" in deferred else None
        except WrongValue as error:
            raise self._wrong_value(error) from error
        except (DBAPIError, sqlite3.Error, ValueError) as error:  # damaged text or dates in a file
            raise DocumentError(CORRUPT, path=self.location, reason=_reason(error)) from error
        loaders = {kind: partial(self._read_later, kind) for kind in deferred}
        document = Document.from_tables(tables, loaders)
        document.unit_summary = summary
        if managers is not None:  # what analysis.unit_managers would compute from the lazy tables
            document.derived[("unit_managers", None)] = managers
        return document

    def _old_revision(self) -> str | None:
        """The document's revision when it is older than this program's (read-only, not migrated)."""
        return self.revision if self.revision != HEAD_REVISION else None

    def _read_later(self, kind: str) -> list[Entity]:
        with no_cycle_collection():
            entities = self._read_table(kind)
        table_loaded()
        return entities

    def _read_table(self, kind: str) -> list[Entity]:
        try:
            with self.engine.connect() as connection:
                return read_table(connection, kind, self.versions if self.versioned else None, self._old_revision())
        except WrongValue as error:
            raise self._wrong_value(error) from error
        except (DBAPIError, sqlite3.Error, ValueError) as error:  # damaged text or dates in a file
            raise DocumentError(CORRUPT, path=self.location, reason=_reason(error)) from error

    def _wrong_value(self, error: WrongValue) -> DocumentError:
        from orgdesk.store.consistency import BAD_VALUE

        value = shown_text(repr(error.value), 40)
        where = {"field": error.field, "kind": error.kind, "id": error.entity_id}
        return DocumentError(BAD_VALUE, path=self.location, value=value, **where)

    def change_counter(self) -> int:
        """How many operations were committed to the document (by anyone); cheap to poll."""
        if not self.versioned:
            return 0
        with self.engine.connect() as connection:
            return read_counter(connection)

    def news(self) -> list[Entry]:
        """Operations other clients committed since this one was last current (oldest first)."""
        if not self.versioned or self.change_counter() == self.seen:
            return []
        with self._reading_history() as connection:
            entries = read_entries(connection, after_id=self.seen, chunked=self.chunked)
        if entries:
            self.seen = entries[-1].id
        theirs = [entry for entry in entries if entry.client != self.client]
        for entry in theirs:
            for change in entry.changes:
                key = (change.kind, change.entity_id)
                if change.version == 0:
                    self.versions.pop(key, None)
                else:
                    self.versions[key] = change.version
        return theirs

    def history(
        self,
        *,
        kind: str | None = None,
        entity_id: int | None = None,
        last: int | None = None,
        items: Mapping[str, Collection[int]] | None = None,
        sample: int | None = None,
    ) -> list[Entry]:
        """The recorded operations, oldest first; `last`: only the latest that many (ids follow
        the change counter, so they are a range); `items`: only those touching these rows;
        `sample`: read about that many changes of each (Entry.change_count counts them all)."""
        if self.revision < VERSIONED_FROM:
            return []  # an old file opened read-only: no history recorded yet
        with self._reading_history() as connection:
            after_id = 0 if last is None else max(0, read_counter(connection) - last)
            return read_entries(
                connection,
                after_id=after_id,
                kind=kind,
                entity_id=entity_id,
                items=items,
                chunked=self.chunked,
                sample=sample,
            )

    @contextmanager
    def _reading_history(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as connection:
                yield connection
        except ValueError as error:  # a damaged history blob or JSON text in a file
            raise DocumentError(CORRUPT, path=self.location, reason=_reason(error)) from error

    # ----- writing -------------------------------------------------------------------
    def write(
        self,
        patch: Patch,
        action: Action | None = None,
        shortcut: object | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> None:
        """Commit one user action and its history entry; on failure nothing of it is written.
        `shortcut`: the operation's store_shortcut() right after planning it (a scenario copy the
        database can make itself, see copy_sql). `meanwhile`: work of the caller's that runs on
        this thread while the rows are written (the session applies the patch to the document
        then, and takes it back should the commit fail); it may run more than once.

        Raises ConflictError when another client changed one of the rows since this one read it."""
        if patch.is_empty():
            return
        action = action or Action("Edit", {}, "edit")
        if isinstance(shortcut, ScenarioCopySpec):
            try:
                self._write(patch, action, shortcut, meanwhile)
                return
            except CopyMismatch:
                pass  # rolled back; the rows go one by one below
        self._write(patch, action, None, meanwhile)

    def _write(
        self, patch: Patch, action: Action, copy: ScenarioCopySpec | None, meanwhile: Callable[[], object] | None
    ) -> None:
        with self._transaction(patch) as connection:
            counter = bump_counter(connection)
            conflicts = find_conflicts(connection, patch, self.versions)
            if conflicts:
                error = self._conflict_error(connection, conflicts[0])
                error.new_ids_only = all(change.before is None for change in conflicts)
                raise error
            changes = new_versions(patch, self.versions)
            # The database can copy the rows itself only while it holds what the plan was made
            # from: nobody committed since this client's document was current.
            rows = partial(write_rows, connection, patch, copy if counter == self.seen + 1 else None)

            def history_and_meanwhile() -> list[tuple[str, int, int, bytes]]:
                blocks = encode_changes(changes)
                if meanwhile is not None:
                    meanwhile()
                return blocks

            if len(patch.changes) < WRITE_BESIDE_FROM:  # an everyday edit: a thread costs more than it saves
                rows()
                blocks = history_and_meanwhile()
            else:
                # The rows are written on a second thread (the database works with Python's lock
                # released) while this one makes the history blobs and does the caller's work.
                with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-write") as pool:
                    written = pool.submit(rows)
                    blocks = history_and_meanwhile()
                    written.result()
            record(connection, counter, self.author, self.client, action, blocks)
        remember(self.versions, changes)
        if counter == self.seen + 1:
            self.seen = counter  # nobody else committed in between: still current

    def replace_all(self, document: Document) -> None:
        """Write a whole document into this (empty) file in one transaction."""
        with self._transaction(None) as connection:
            insert_all(connection, document)

    @contextmanager
    def _transaction(self, patch: Patch | None) -> Iterator[Connection]:
        if self.readonly:
            raise DocumentError(READ_ONLY_GRANTS if self.readonly_reason == "grants" else READ_ONLY, path=self.location)
        try:
            with self.engine.begin() as connection:
                yield connection
        except IntegrityError as error:
            # Deferred keys checked at commit: e.g. a unit added under one another client deleted.
            if patch is None:
                raise DocumentError(WRITE_FAILED, path=self.location, reason=_reason(error)) from error
            raise self._conflict_error(None, patch.changes[0]) from error
        except ConflictError:
            raise
        except (OSError, SQLAlchemyError) as error:
            from orgdesk.store.write_guard import write_error  # disk full, I/O error, read-only: say which

            raise write_error(error, self.location, _reason(error)) from error

    def _conflict_error(self, connection: Connection | None, change: Change) -> ConflictError:
        shown = change.before or change.after
        name = display_name(shown)
        try:
            if connection is None:
                with self.engine.connect() as fresh:
                    last = last_change(fresh, change.kind, change.id, chunked=self.chunked)
            else:
                last = last_change(connection, change.kind, change.id, chunked=self.chunked)
        except (SQLAlchemyError, ValueError):
            last = None
        if last is None:
            return ConflictError(CONFLICT_UNKNOWN, kind=change.kind, entity_id=change.id, name=name)
        author, at = last
        return ConflictError(
            CONFLICT, kind=change.kind, entity_id=change.id, name=name, author=author, when=local_time(at)
        )

    def save_as(self, target: Path) -> None:
        """A consistent copy of the file document at `target` (SQLite's online backup); a server
        document is saved to a file by orgdesk.store.copy.save_copy."""
        if self.server:
            raise ValueError("a server document is copied with orgdesk.store.copy.save_copy")
        target = Path(target)
        check_target(target, inputs=[self.path], replace_document=True)  # the dialog asked before replacing
        try:
            partial = reserve_partial(target)
        except OSError as error:
            raise DocumentError(CANNOT_CREATE, path=str(target), reason=_reason(error)) from error
        try:
            raw = self.engine.raw_connection()
            try:
                destination = sqlite3.connect(partial)
                try:
                    raw.driver_connection.backup(destination)  # type: ignore[union-attr]
                finally:
                    destination.close()
            finally:
                raw.close()
            publish(partial, target, replace_document=True)
        except (OSError, sqlite3.Error) as error:
            discard(partial)
            raise DocumentError(CANNOT_CREATE, path=str(target), reason=_reason(error)) from error


# Not needed to show the tree and its 编制/在岗 figures (the store sums those in SQL):
# read when first used.
LAZY_KINDS = ("position", "assignment", "person", "duty", "kpi", "relation")


def _reason(error: BaseException) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        return _without_data(str(error.orig))
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return _without_data(str(error).splitlines()[0])


# A driver's or parser's message may quote the damaged value itself (SQLite: "Could not decode to
# UTF-8 column 'name' with text '…'"): bytes that mean nothing to the planner, and may be long.
_QUOTED_VALUE = re.compile(r" with text '.*|'[^']{24,}'", re.DOTALL)


def _without_data(reason: str) -> str:
    return shown_text(_QUOTED_VALUE.sub(" '…'", reason), 200)
