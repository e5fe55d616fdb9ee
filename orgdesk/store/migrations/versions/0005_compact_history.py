"""A compact history: the rows an operation changed, in blocks of one kind, one blob each.

0003 wrote one history_change row per changed row, each before and after a JSON object: copying
a 10,000-unit scenario wrote 140,000 of them (several seconds). From 0005 an operation's changes
are grouped by kind and by block of 1,024 ids (id >> 10), and each group is one history_chunk
row holding compressed, column-ordered JSON (see store/history_chunks.py). The rows written
before stay in history_change and are read as they are.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "history_chunk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("history_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("block", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["history_id"],
            ["history.id"],
            name=op.f("fk_history_chunk_history_id_history"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history_chunk")),
    )
    op.create_index(op.f("ix_history_chunk_history_id"), "history_chunk", ["history_id"], unique=False)
    op.create_index("ix_history_chunk_item", "history_chunk", ["kind", "block"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_history_chunk_item", table_name="history_chunk")
    op.drop_index("ix_history_chunk_history_id", table_name="history_chunk")
    op.drop_table("history_chunk")
