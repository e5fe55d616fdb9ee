"""Bulk inserts and updates through one compiled statement give the same rows as SQLAlchemy's
own path: dates, booleans, NULLs, column defaults and the version bump."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Column, Date, Integer, MetaData, String, Table, create_engine, select

from orgdesk.store.fast_sql import insert_rows, update_rows

metadata = MetaData()
people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String),
    Column("born", Date),
    Column("active", Boolean),
    Column("version", Integer, nullable=False, default=1),
)


def test_insert_then_update_round_trips_every_type() -> None:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    rows = [
        {"id": 1, "name": "张三", "born": date(1990, 5, 17), "active": True},
        {"id": 2, "name": "=1+2", "born": None, "active": False},
    ]
    with engine.begin() as connection:
        insert_rows(connection, people, rows)
        insert_rows(connection, people, [])  # nothing to do
    with engine.connect() as connection:
        stored = [tuple(row) for row in connection.execute(select(people).order_by(people.c.id))]
    assert stored == [(1, "张三", date(1990, 5, 17), True, 1), (2, "=1+2", None, False, 1)]

    with engine.begin() as connection:
        renamed = {"id": 2, "name": "李四", "born": date(2001, 1, 2), "active": True}
        update_rows(connection, people, [renamed], "version")
    with engine.connect() as connection:
        changed = connection.execute(select(people).where(people.c.id == 2)).one()
    assert tuple(changed) == (2, "李四", date(2001, 1, 2), True, 2)
