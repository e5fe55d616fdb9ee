"""The compact history (schema 0005): blocks of changed rows, one blob each, read back exactly;
documents written before it keep their one-row-per-change history and show it after migrating."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import orjson
import pytest
from alembic import command
from sqlalchemy import create_engine

from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Assignment, Kpi, Person, Position, Unit
from orgdesk.domain.operations import CopyScenario
from orgdesk.domain.patch import Change
from orgdesk.store.files import CORRUPT, DocumentError
from orgdesk.store.history import entity_json
from orgdesk.store.history_chunks import BLOCK_BITS, HistoryDataError, decode_block, encode_changes
from orgdesk.store.schema import _alembic_config
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store

PERSON = Person(1, "E001", "张三", "M", date(1990, 5, 1), None, "本科", "", "", "")
MOVED = Position(7, 3, 0, "经理", "P1", "M1", "管理", 1, None, "", "", True, None)


def test_every_kind_of_change_reads_back_as_it_was_written() -> None:
    changes = [
        (Change("person", 1, None, PERSON), 1),
        (Change("person", 2, PERSON._replace(id=2, hire_date=date(2020, 1, 2)), None), 0),
        (Change("person", 3, PERSON._replace(id=3), PERSON._replace(id=3, name="李四", gender="F")), 5),
    ]
    blocks = encode_changes(changes)
    assert [(kind, block, rows) for kind, block, rows, _ in blocks] == [("person", 0, 3)]
    read = decode_block("person", blocks[0][3])
    assert [(c.entity_id, c.version, c.before, c.after) for c in read] == [
        (change.id, version, change.before, change.after) for change, version in changes
    ]
    assert read[1].before is not None and read[1].before.hire_date == date(2020, 1, 2)  # type: ignore[attr-defined]


def test_booleans_empty_numbers_and_blocks_of_ids() -> None:
    far = MOVED._replace(id=5000, is_manager=False)
    kpi = Kpi(9, "unit", 1, 0, "满意度", "", "%", "95", None, "year", "higher", None)
    blocks = encode_changes(
        [
            (Change("position", 7, None, MOVED), 1),
            (Change("position", 5000, None, far), 1),
            (Change("kpi", 9, None, kpi), 1),
        ]
    )
    assert sorted((kind, block) for kind, block, _, _ in blocks) == [
        ("kpi", 0),
        ("position", 0),
        ("position", 5000 >> BLOCK_BITS),
    ]
    by_block = {(kind, block): decode_block(kind, data) for kind, block, _, data in blocks}
    assert by_block[("position", 0)][0].after == MOVED and by_block[("position", 4)][0].after == far
    assert by_block[("kpi", 0)][0].after == kpi


def test_a_field_the_blob_lacks_reads_as_its_default_and_an_unknown_one_is_dropped() -> None:
    fields = [*Assignment._fields[:-1], "future_field"]  # written by a version without start_date
    data = {
        "format": 1,
        "fields": fields,
        "ids": [4],
        "versions": [1],
        "before": None,
        "after": {"at": None, "columns": [[4], [1], [7], ["main"], ["x"]]},
    }
    read = decode_block("assignment", zlib.compress(orjson.dumps(data)))
    assert read[0].after == Assignment(4, 1, 7, "main", None)


def _bomb() -> bytes:
    inflater = zlib.compressobj()
    zeros = b"\0" * (1 << 20)
    return b"".join([*(inflater.compress(zeros) for _ in range(80)), inflater.flush()])  # 80 MB of zeros


@pytest.mark.parametrize(
    "make",
    [
        lambda: b"not zlib",
        lambda: zlib.compress(b"{not json"),
        lambda: zlib.compress(b'{"ids": [1]}'),
        _bomb,
    ],
    ids=["not compressed", "not JSON", "parts missing", "inflates beyond any block"],
)
def test_a_damaged_blob_is_refused_not_guessed(make: Callable[[], bytes]) -> None:
    with pytest.raises(HistoryDataError):
        decode_block("unit", make())


def test_a_damaged_blob_in_a_file_is_reported_as_a_damaged_document(sample_file: Path) -> None:
    session = EditSession(Store.open(sample_file))
    unit = next(u for u in session.document.all("unit") if isinstance(u, Unit) and u.parent_id is not None)
    session.execute(ops.UpdateEntity("unit", unit.id, {"name": "改名"}))
    session.close()
    with sqlite3.connect(sample_file) as connection:
        connection.execute("UPDATE history_chunk SET data = x'00112233'")
    with Store.open(sample_file) as store, pytest.raises(DocumentError) as caught:
        store.history()
    assert caught.value.template == CORRUPT


def test_a_scenario_copy_is_a_few_blocks_and_each_item_is_found(sample_file: Path) -> None:
    session = EditSession(Store.open(sample_file))
    source = session.document.current_scenario()
    assert source is not None
    operation = CopyScenario(source.id, "方案A")
    patch = session.execute(operation)
    with sqlite3.connect(sample_file) as connection:
        blocks = connection.execute("SELECT count(*) FROM history_chunk").fetchone()[0]
    assert blocks < len(patch.changes) / 5
    copied = next(c for c in patch.changes if c.kind == "unit")
    found = session.store.history(kind="unit", entity_id=copied.id)
    assert [[(c.entity_id, c.before, c.after) for c in e.changes] for e in found] == [[(copied.id, None, copied.after)]]
    entry = session.store.history(last=1)[0]
    assert entry.patch().changes and set(entry.patch().changes) == set(patch.changes)
    assert entry.change_count == len(patch.changes) and entry.total is None
    listed = session.store.history(last=1, sample=10)[0]  # what the History dock lists
    assert listed.change_count == len(patch.changes) and 10 <= len(listed.changes) < len(patch.changes)
    session.close()


def _as_revision_0004(path: Path) -> None:
    """Turn a new document into one of schema 0004 holding one operation in the old format."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0004")
        connection.exec_driver_sql("PRAGMA user_version=4")
        unit = connection.exec_driver_sql("SELECT id, name FROM unit WHERE parent_id IS NOT NULL LIMIT 1").first()
        assert unit is not None
        connection.exec_driver_sql("UPDATE document_state SET change_counter = 1")
        connection.exec_driver_sql(
            "INSERT INTO history VALUES (1, '2026-01-01T08:00:00+00:00', '旧作者', 'c', ?, ?, 'edit')",
            ("Rename “{name}” to “{new}”", json.dumps({"name": unit[1], "new": "旧名"})),
        )
        before = json.dumps({"id": unit[0], "name": unit[1]}, ensure_ascii=False)
        after = json.dumps({"id": unit[0], "name": "旧名"}, ensure_ascii=False)
        connection.exec_driver_sql(
            "INSERT INTO history_change (history_id, kind, entity_id, version, before, after)"
            " VALUES (1, 'unit', ?, 2, ?, ?)",
            (unit[0], before, after),
        )
    engine.dispose()


def test_an_old_history_is_kept_when_the_document_migrates(sample_file: Path) -> None:
    _as_revision_0004(sample_file)
    with Store.open(sample_file, readonly=True) as old:  # read-only: no migration, the old table only
        assert old.revision == "0004" and [e.author for e in old.history()] == ["旧作者"]
    session = EditSession(Store.open(sample_file))
    assert session.store.backup_path is not None
    old_entry = session.store.history()[0]
    unit_id = old_entry.changes[0].entity_id
    old_after = old_entry.changes[0].after
    assert isinstance(old_after, Unit) and old_after.name == "旧名"
    session.execute(ops.UpdateEntity("unit", unit_id, {"description": "新说明"}))
    entries = session.store.history(items={"unit": [unit_id]})
    assert [e.author for e in entries] == ["旧作者", session.store.author]
    new_after = entries[1].changes[0].after
    assert isinstance(new_after, Unit) and new_after.description == "新说明"
    assert entity_json(entries[1].changes[0].after) is not None
    session.close()
