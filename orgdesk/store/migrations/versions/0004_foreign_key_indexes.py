"""Indexes on the two foreign keys that had none (a unit's type, a post's reports-to).

Without them SQLite checks each deleted post's reports-to references by scanning the whole
post table: undoing an import of 30,000 posts took minutes.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_unit_type_id"), "unit", ["type_id"], unique=False)
    op.create_index(op.f("ix_position_reports_to_id"), "position", ["reports_to_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_position_reports_to_id", table_name="position")
    op.drop_index("ix_unit_type_id", table_name="unit")
