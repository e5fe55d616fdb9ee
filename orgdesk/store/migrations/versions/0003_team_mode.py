"""Team mode: a version on every row, the change counter and the history of operations.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VERSIONED = (
    "organisation",
    "unit_type",
    "scenario",
    "unit",
    "position",
    "person",
    "assignment",
    "duty",
    "kpi",
    "relation",
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "document_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_state")),
    )
    op.execute("INSERT INTO document_state (id, change_counter) VALUES (1, 0)")
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("client", sa.String(length=32), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("action_params", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    op.create_table(
        "history_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("history_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["history_id"],
            ["history.id"],
            name=op.f("fk_history_change_history_id_history"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history_change")),
    )
    op.create_index(op.f("ix_history_change_history_id"), "history_change", ["history_id"], unique=False)
    op.create_index("ix_history_change_item", "history_change", ["kind", "entity_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_history_change_item", table_name="history_change")
    op.drop_index("ix_history_change_history_id", table_name="history_change")
    op.drop_table("history_change")
    op.drop_table("history")
    op.drop_table("document_state")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
