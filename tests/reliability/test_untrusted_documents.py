"""Documents from others: opening one never runs anything it carries.

The schema is compared with what OrgDesk's migrations create (derived at run time), so a
trigger, a view, an unknown table or a changed table refuses the file, unchanged.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

import pytest

from orgdesk.i18n import render
from orgdesk.store.files import DocumentError
from orgdesk.store.schema_check import ALTERED_SCHEMA, EXTRA_CODE, expected_schema, known_revisions, read_schema
from orgdesk.store.store import Store
from tests.reliability.conftest import Figure

PACKAGE = Path(__file__).resolve().parents[2] / "orgdesk"

HOSTILE: dict[str, tuple[str, str]] = {
    # name: (SQL the sender added, the message template expected)
    "trigger on insert": (
        "CREATE TRIGGER steal AFTER INSERT ON unit BEGIN "
        "INSERT INTO person(id, code, name, version) VALUES (9999, 'x', 'x', 1); END",
        EXTRA_CODE,
    ),
    "trigger on update": ("CREATE TRIGGER t2 BEFORE UPDATE ON position BEGIN SELECT 1; END", EXTRA_CODE),
    "view": ("CREATE VIEW v AS SELECT * FROM unit", EXTRA_CODE),
    "view of the schema": ("CREATE VIEW sneaky AS SELECT * FROM sqlite_master", EXTRA_CODE),
    "statistics table": ("ANALYZE", ALTERED_SCHEMA),
    "unknown table": ("CREATE TABLE payload (x BLOB)", ALTERED_SCHEMA),
    "unknown index": ("CREATE INDEX ix_extra ON unit(name)", ALTERED_SCHEMA),
    "extra column": ("ALTER TABLE unit ADD COLUMN secret TEXT", ALTERED_SCHEMA),
}


def _tamper(path: Path, sql: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.executescript(sql)


def _refused(path: Path, template: str) -> DocumentError:
    before = path.read_bytes()
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DocumentError) as refused:
        Store.open(path)
    with pytest.raises(DocumentError):
        Store.open(path, readonly=True)  # read-only opening is refused too: views run on reads
    assert refused.value.template == template, str(refused.value)
    assert path.read_bytes() == before, "a refused file must not change"
    assert sorted(p.name for p in path.parent.iterdir()) == listing
    return refused.value


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_document_carrying_extra_schema_is_refused(sample_file: Path, name: str) -> None:
    sql, template = HOSTILE[name]
    _tamper(sample_file, sql)
    error = _refused(sample_file, template)
    message = str(error)
    assert "sample" not in message and "{" not in message
    assert "clean copy" in message
    chinese = render("Store", error.template, error.params, "zh_CN")
    assert "{" not in chinese and "干净的副本" in chinese


def test_a_table_replaced_by_a_view_of_the_same_name_is_refused(sample_file: Path) -> None:
    _tamper(sample_file, "ALTER TABLE kpi RENAME TO kpi_old; CREATE VIEW kpi AS SELECT * FROM kpi_old;")
    _refused(sample_file, EXTRA_CODE)


def test_a_changed_table_definition_is_refused(sample_file: Path) -> None:
    """Same names, other SQL: a CHECK or DEFAULT the sender wrote is not what OrgDesk made."""
    with sqlite3.connect(sample_file) as connection:
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'name TEXT', 'name TEXT CHECK (length(name) < 99)') "
            "WHERE type='table' AND name='unit_type'"
        )
    _refused(sample_file, ALTERED_SCHEMA)


def test_hostile_documents_figure(tmp_path: Path, sample_file: Path, figure: Figure) -> None:
    refused = 0
    for number, (sql, _template) in enumerate(HOSTILE.values()):
        copy = tmp_path / f"h{number}.orgdesk"
        copy.write_bytes(sample_file.read_bytes())
        _tamper(copy, sql)
        with pytest.raises(DocumentError):
            Store.open(copy)
        refused += 1
    figure(f"untrusted: {refused} of {len(HOSTILE)} hostile documents refused (triggers, views, tables, columns)")


def test_the_expected_schema_comes_from_the_migrations_and_matches_a_new_document(sample_file: Path) -> None:
    """No hand-written list: a table a new migration adds is expected automatically."""
    head = known_revisions()[0]
    with sqlite3.connect(sample_file) as connection:
        assert read_schema(connection) == expected_schema(head)
    kinds = {kind for kind, _name in expected_schema(head)}
    assert kinds <= {"table", "index"}, "OrgDesk itself creates no triggers or views"


def test_the_cached_expected_schema_equals_a_fresh_derivation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from orgdesk.store import schema_check

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    head = known_revisions()[0]
    derived = schema_check._derive_schema(head)
    schema_check.expected_schema.cache_clear()
    try:
        assert schema_check.expected_schema(head) == derived  # derived, then written to the cache
        cache_file = schema_check._cache_file(head)
        assert cache_file.is_file()
        schema_check.expected_schema.cache_clear()
        assert schema_check.expected_schema(head) == derived  # read back from the cache
        cache_file.write_text("not json")
        schema_check.expected_schema.cache_clear()
        assert schema_check.expected_schema(head) == derived  # a broken cache is derived again
    finally:
        schema_check.expected_schema.cache_clear()


def test_documents_of_every_older_revision_still_open(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from orgdesk.store.file_format import APPLICATION_ID
    from orgdesk.store.schema import _alembic_config

    for revision in known_revisions()[1:]:
        path = tmp_path / f"old-{revision}.orgdesk"
        sqlite3.connect(path).close()
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            command.upgrade(_alembic_config(connection), revision)
            connection.exec_driver_sql(f"PRAGMA user_version={known_revisions()[::-1].index(revision) + 1}")
        engine.dispose()
        with Store.open(path, readonly=True) as store:
            assert store.read_revision() == revision


def test_opening_turns_off_trusted_schema(sample_file: Path) -> None:
    with Store.open(sample_file) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


def _python_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "shelve", "marshal", "dill", "jsonpickle"}
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}  # as plain names: Qt's dialog.exec() is a method


def _unsafe_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(str(node.module))
        elif isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            attribute = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if name in UNSAFE_CALLS:
                found.append(f"{name}()")
            yaml_load = attribute == "load" and "yaml" in ast.unparse(node.func)
            if attribute in ("enable_load_extension", "load_extension") or yaml_load:
                found.append(f"{attribute}()")
    return [f"{path.relative_to(PACKAGE.parent)}: {use}" for use in found]


def test_the_package_has_no_pickle_eval_or_extension_loading() -> None:
    offenders = [use for path in _python_sources() for use in _unsafe_uses(path)]
    assert not offenders, offenders
    assert _python_sources(), "the package was not found"


def test_documents_hold_no_file_paths() -> None:
    """No field of any entity names a file (no photos or attachments): a document cannot make
    OrgDesk read or write anywhere; the only paths are the ones the planner picks in dialogs."""
    from orgdesk.domain.entities import ENTITY_CLASSES

    path_like = re.compile(r"path|file|photo|image|avatar|attachment|url|link", re.I)
    fields = [f"{kind}.{name}" for kind, cls in ENTITY_CLASSES.items() for name in cls._fields]
    fields = [field for field in fields if path_like.search(field.split(".")[1])]
    assert fields == [], f"new path-like fields need a containment check: {fields}"
