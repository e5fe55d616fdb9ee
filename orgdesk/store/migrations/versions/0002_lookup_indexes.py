"""Indexes for the lookups a large organisation needs (children, posts, holders).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_relation_scenario_id"), "relation", ["scenario_id"], unique=False)
    op.create_index(op.f("ix_unit_parent_id"), "unit", ["parent_id"], unique=False)
    op.create_index(op.f("ix_unit_scenario_id"), "unit", ["scenario_id"], unique=False)
    op.create_index(op.f("ix_position_unit_id"), "position", ["unit_id"], unique=False)
    op.create_index(op.f("ix_assignment_person_id"), "assignment", ["person_id"], unique=False)
    op.create_index(op.f("ix_assignment_position_id"), "assignment", ["position_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_relation_scenario_id", table_name="relation")
    op.drop_index("ix_unit_parent_id", table_name="unit")
    op.drop_index("ix_unit_scenario_id", table_name="unit")
    op.drop_index("ix_position_unit_id", table_name="position")
    op.drop_index("ix_assignment_person_id", table_name="assignment")
    op.drop_index("ix_assignment_position_id", table_name="assignment")
