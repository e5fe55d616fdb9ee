"""Patch rows written in bulk: many rows per INSERT (and the rest one by one), updates raising the
version, deletes by runs of ids; what is read back is what was written, dates included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from orgdesk.domain.entities import Person
from orgdesk.domain.patch import Change, Patch
from orgdesk.store.fast_sql import id_runs
from orgdesk.store.patch_writer import write_patch
from orgdesk.store.store import Store
from orgdesk.store.tables import read_table


def _person(person_id: int, name: str = "张三") -> Person:
    return Person(person_id, f"E{person_id:05d}", name, "F", date(1980, 1, person_id % 28 + 1), None, "硕士")


def test_id_runs() -> None:
    assert id_runs([7, 3, 4, 5, 9, 10, 4]) == [(3, 5), (7, 7), (9, 10)]
    assert id_runs([]) == []


def test_inserts_updates_and_deletes_read_back_as_written(sample_file: Path) -> None:
    with Store.open(sample_file) as store:
        start = 1 + max(p.id for p in store.load(lazy=False).all("person"))
        new = [_person(i) for i in range(start, start + 157)]  # 90 per statement, then 67 alone
        with store.engine.begin() as connection:
            write_patch(connection, Patch(tuple(Change("person", p.id, None, p) for p in new)))
        renamed = [p._replace(name="李四") for p in new[:5]]
        gone = [*new[10:20], new[30], new[50]]
        changes = [Change("person", p.id, old, p) for old, p in zip(new, renamed, strict=False)]
        changes += [Change("person", p.id, p, None) for p in gone]
        with store.engine.begin() as connection:
            write_patch(connection, Patch(tuple(changes)))
            versions: dict[tuple[str, int], int] = {}
            people = {p.id: p for p in read_table(connection, "person", versions)}
    expected = {p.id: p for p in [*renamed, *new[5:]] if p not in gone}
    assert {i: people[i] for i in expected} == expected and not any(p.id in people for p in gone)
    assert versions[("person", renamed[0].id)] == 2 and versions[("person", new[6].id)] == 1
