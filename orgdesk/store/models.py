"""SQLAlchemy models of an OrgDesk document (the same schema in SQLite and PostgreSQL).

Column names and order equal the fields of the domain entities, so rows load straight
into them. Foreign keys are DEFERRABLE INITIALLY DEFERRED: one user action writes a
whole patch (a subtree and its posts, say) in any order and is checked at commit.
Cascades are the domain's job, so no ON DELETE CASCADE here.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Every row carries a version, raised by each committed change: an edit based on an
    older version is refused (optimistic locking, see store.versions)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class OrganisationRow(Versioned, Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")


class UnitTypeRow(Versioned, Base):
    __tablename__ = "unit_type"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(16))
    sort_order: Mapped[int] = mapped_column(Integer)


class ScenarioRow(Versioned, Base):
    __tablename__ = "scenario"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean)
    origin_id: Mapped[int | None] = mapped_column(Integer)


class UnitRow(Versioned, Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[int] = mapped_column(_fk("scenario.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(_fk("unit.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(Text)
    type_id: Mapped[int | None] = mapped_column(_fk("unit_type.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    extra: Mapped[str] = mapped_column(Text, default="", server_default="")
    origin_id: Mapped[int | None] = mapped_column(Integer)


class PositionRow(Versioned, Base):
    __tablename__ = "position"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(_fk("unit.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(Text)
    grade: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text)
    headcount: Mapped[int] = mapped_column(Integer)
    reports_to_id: Mapped[int | None] = mapped_column(_fk("position.id"), index=True)
    purpose: Mapped[str] = mapped_column(Text)
    qualifications: Mapped[str] = mapped_column(Text)
    is_manager: Mapped[bool] = mapped_column(Boolean)
    extra: Mapped[str] = mapped_column(Text, default="", server_default="")
    origin_id: Mapped[int | None] = mapped_column(Integer)


class PersonRow(Versioned, Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    hire_date: Mapped[date | None] = mapped_column(Date)
    education: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    employment_type: Mapped[str] = mapped_column(Text, default="", server_default="")
    id_number: Mapped[str] = mapped_column(Text, default="", server_default="")
    work_start_date: Mapped[date | None] = mapped_column(Date)
    political_status: Mapped[str] = mapped_column(Text, default="", server_default="")
    extra: Mapped[str] = mapped_column(Text, default="", server_default="")


class AssignmentRow(Versioned, Base):
    __tablename__ = "assignment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(_fk("person.id"), index=True)
    position_id: Mapped[int] = mapped_column(_fk("position.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date | None] = mapped_column(Date)


class DutyRow(Versioned, Base):
    __tablename__ = "duty"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[int] = mapped_column(Integer)  # a unit or a post: checked by the domain
    sort_order: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)
    origin_id: Mapped[int | None] = mapped_column(Integer)


class KpiRow(Versioned, Base):
    __tablename__ = "kpi"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[int] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    definition: Mapped[str] = mapped_column(Text)
    measure_unit: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    weight: Mapped[float | None] = mapped_column(Float)
    period: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(16))
    origin_id: Mapped[int | None] = mapped_column(Integer)


class RelationRow(Versioned, Base):
    __tablename__ = "relation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[int] = mapped_column(_fk("scenario.id"), index=True)
    from_kind: Mapped[str] = mapped_column(String(16))
    from_id: Mapped[int] = mapped_column(Integer)
    to_kind: Mapped[str] = mapped_column(String(16))
    to_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)


class DocumentStateRow(Base):
    """One row: the number of committed operations. Every commit raises it under a row lock,
    so history ids follow commit order and other clients poll it to see news."""

    __tablename__ = "document_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_counter: Mapped[int] = mapped_column(Integer)


class HistoryRow(Base):
    """One committed operation: who, when, what (the undo text's template and parameters)."""

    __tablename__ = "history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # = change_counter
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC
    author: Mapped[str] = mapped_column(Text)
    client: Mapped[str] = mapped_column(String(32))  # one open session; its own news are not news
    action: Mapped[str] = mapped_column(Text)
    action_params: Mapped[str] = mapped_column(Text)  # JSON
    source: Mapped[str] = mapped_column(String(16))  # edit, undo, redo, import


class HistoryChangeRow(Base):
    """One row an operation changed, before → after (JSON of the entity; null: absent).
    Written up to schema 0004; later operations are in history_chunk."""

    __tablename__ = "history_change"
    __table_args__ = (Index("ix_history_change_item", "kind", "entity_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    history_id: Mapped[int] = mapped_column(_fk("history.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)  # the row's version after the change (0: deleted)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class HistoryChunkRow(Base):
    """The rows of one kind an operation changed whose ids share a block (id >> 10), each
    with its version after the change and its values before and after, in one compressed
    blob (see store/history_chunks.py): one row per block, not per changed row."""

    __tablename__ = "history_chunk"
    __table_args__ = (Index("ix_history_chunk_item", "kind", "block"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    history_id: Mapped[int] = mapped_column(_fk("history.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    block: Mapped[int] = mapped_column(Integer)
    rows: Mapped[int] = mapped_column(Integer)  # changed rows in the blob: counted without opening it
    data: Mapped[bytes] = mapped_column(LargeBinary)


ROW_CLASSES: dict[str, type[Base]] = {
    "organisation": OrganisationRow,
    "unit_type": UnitTypeRow,
    "scenario": ScenarioRow,
    "unit": UnitRow,
    "position": PositionRow,
    "person": PersonRow,
    "assignment": AssignmentRow,
    "duty": DutyRow,
    "kpi": KpiRow,
    "relation": RelationRow,
}
