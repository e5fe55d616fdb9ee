"""Documents on a PostgreSQL server: URLs, passwords, opening with the same models and migrations.

A server document is named by a URL, `postgresql://user@host[:port]/database` (also
`postgresql+psycopg://`; `?sslmode=require` and the other libpq options pass through to
the driver). The password comes from the URL, from libpq's own PGPASSWORD/~/.pgpass, from
the system keyring if the `keyring` package is installed, or from a prompt; OrgDesk never
writes it anywhere. Migrations run on a server only when the caller says so (`migrate`):
other planners' OrgDesk versions depend on the schema too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.store.files import CANNOT_CREATE, TOO_NEW, DocumentError
from orgdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS, upgrade_schema
from orgdesk.store.store import Store
from orgdesk.store.tables import insert_all

SCHEMES = ("postgresql:", "postgresql+psycopg:", "postgres:")
KEYRING_SERVICE = "OrgDesk"
PasswordPrompt = Callable[[str], str | None]  # shown location → password, None: cancelled

BAD_URL = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is not a server address OrgDesk understands; write it as postgresql://user@host/database."
)
CANNOT_CONNECT = QT_TRANSLATE_NOOP(
    "Store",
    "Could not connect to “{path}”: {reason}. Check the host, port, database name, user and password "
    "(and sslmode), then try again.",
)
NO_DOCUMENT = QT_TRANSLATE_NOOP(
    "Store",
    "The database “{path}” holds no OrgDesk document. Upload one with: orgdesk copy FILE.orgdesk {path}",
)
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Store", "The database “{path}” is not empty; OrgDesk uploads a document only into an empty database."
)
NEEDS_MIGRATION = QT_TRANSLATE_NOOP(
    "Store",
    "The document on “{path}” has an older format ({found}; this OrgDesk uses {supported}). Updating it changes "
    "the schema for every planner: confirm it (command line: --migrate), after making a backup of the database.",
)


def is_server_location(location: str | Path) -> bool:
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def server_url(location: str) -> URL:
    """The SQLAlchemy URL for psycopg 3, whatever PostgreSQL spelling was given."""
    try:
        url = make_url(location.replace("postgres://", "postgresql://", 1))
        url.port  # noqa: B018 - a port that is no number fails here, not in the driver
    except (ArgumentError, ValueError) as error:
        raise DocumentError(BAD_URL, path=shown_location(location)) from error
    if url.get_backend_name() != "postgresql" or not url.database:
        raise DocumentError(BAD_URL, path=shown_location(location))
    return url.set(drivername="postgresql+psycopg")


def shown_location(location: str) -> str:
    """The URL without its password, for messages, titles and the history."""
    try:
        url = make_url(location.replace("postgres://", "postgresql://", 1))
    except (ArgumentError, ValueError):
        return location.split("@")[-1]
    return url.set(drivername=url.drivername.split("+")[0]).render_as_string(hide_password=True)


def keyring_password(url: URL) -> str | None:
    """The password kept in the system keyring for this user and server, if keyring is installed."""
    try:
        import keyring  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, _keyring_name(url))
    except Exception:  # no keyring backend on this machine
        return None
    return found if isinstance(found, str) else None


def _keyring_name(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def _engine(url: URL) -> Engine:
    # pre_ping: a window open for hours finds its connection dropped by the server; reconnect then.
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2)


def _connected_engine(location: str, ask_password: PasswordPrompt | None) -> Engine:
    """An engine that could connect, the password found or asked for; libpq itself reads
    PGPASSWORD and ~/.pgpass when the URL has none."""
    url = server_url(location)
    shown = shown_location(location)
    if url.password is None:
        kept = keyring_password(url)
        url = url.set(password=kept) if kept else url
    engine = _engine(url)
    try:
        engine.connect().close()
        return engine
    except OperationalError as error:
        engine.dispose()
        if ask_password is None or url.password is not None or "password" not in str(error.orig):
            raise DocumentError(CANNOT_CONNECT, path=shown, reason=_first_line(error)) from error
    password = ask_password(shown)
    if password is None:
        raise DocumentError(CANNOT_CONNECT, path=shown, reason="no password")
    engine = _engine(url.set(password=password))
    try:
        engine.connect().close()
    except OperationalError as error:
        engine.dispose()
        raise DocumentError(CANNOT_CONNECT, path=shown, reason=_first_line(error)) from error
    return engine


def _first_line(error: SQLAlchemyError) -> str:
    orig = getattr(error, "orig", None)
    return str(orig or error).strip().splitlines()[0] if str(orig or error).strip() else type(error).__name__


def open_server(
    location: str, *, readonly: bool = False, migrate: bool = False, ask_password: PasswordPrompt | None = None
) -> Store:
    """Open the document in a PostgreSQL database. A user without write grants gets it read-only."""
    shown = shown_location(location)
    engine = _connected_engine(location, ask_password)
    store = Store(engine, Path(shown), readonly, location=shown, server=True)
    try:
        _check_server_revision(store, migrate)
        store.check_consistency()
        if not readonly and not _can_write(engine):
            store.readonly, store.readonly_reason = True, "grants"
    except SQLAlchemyError as error:
        store.close()
        raise DocumentError(CANNOT_CONNECT, path=shown, reason=_first_line(error)) from error
    except DocumentError:
        store.close()
        raise
    return store


def _check_server_revision(store: Store, migrate: bool) -> None:
    with store.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            raise DocumentError(NO_DOCUMENT, path=store.location)
    revision = store.read_revision()
    if revision == HEAD_REVISION:
        return
    if revision not in KNOWN_REVISIONS:
        raise DocumentError(TOO_NEW, path=store.location, found=revision, supported=HEAD_REVISION)
    store.revision = str(revision)
    if store.readonly:
        return
    if not migrate:
        raise DocumentError(NEEDS_MIGRATION, path=store.location, found=revision, supported=HEAD_REVISION)
    with store.engine.begin() as connection:
        upgrade_schema(connection)
    store.revision = HEAD_REVISION


WRITE_CHECK = text(
    "SELECT has_table_privilege(current_user, 'unit', 'UPDATE') "
    "AND has_table_privilege(current_user, 'history', 'INSERT') "
    "AND has_table_privilege(current_user, 'document_state', 'UPDATE')"
)


def _can_write(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(connection.execute(WRITE_CHECK).scalar())


def create_on_server(
    location: str,
    document: Document | None = None,
    *,
    ask_password: PasswordPrompt | None = None,
    fill: Callable[[Connection], None] | None = None,
) -> Store:
    """A new document in an empty database (schema made by the same migrations as a file), filled
    with `document` or by `fill`, all in one transaction: PostgreSQL undoes even the new tables
    when the filling fails, so the database is left empty and a retry is not refused."""
    shown = shown_location(location)
    engine = _connected_engine(location, ask_password)
    try:
        with engine.begin() as connection:
            _require_empty(connection, shown)
            upgrade_schema(connection)
            if document is not None:
                insert_all(connection, document)
            if fill is not None:
                try:
                    fill(connection)
                except (SQLAlchemyError, ValueError) as error:  # rolls back the new tables too
                    reason = _first_line(error) if isinstance(error, SQLAlchemyError) else str(error)
                    raise DocumentError(CANNOT_CREATE, path=shown, reason=reason) from error
    except SQLAlchemyError as error:
        engine.dispose()
        raise DocumentError(CANNOT_CONNECT, path=shown, reason=_first_line(error)) from error
    except DocumentError:
        engine.dispose()
        raise
    return Store(engine, Path(shown), False, location=shown, server=True)


def _require_empty(connection: Connection, shown: str) -> None:
    if inspect(connection).get_table_names():
        raise DocumentError(NOT_EMPTY, path=shown)


def open_location(
    location: str | Path,
    *,
    readonly: bool = False,
    migrate: bool = False,
    ask_password: PasswordPrompt | None = None,
) -> Store:
    """A file path or a server URL, opened the way each needs."""
    if is_server_location(location):
        return open_server(str(location), readonly=readonly, migrate=migrate, ask_password=ask_password)
    return Store.open(Path(location), readonly=readonly)
