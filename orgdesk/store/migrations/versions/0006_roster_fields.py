"""The fields HR rosters carry: a person's 用工性质, 身份证号, 参加工作时间 and 政治面貌, and on
units, posts and people the columns of an imported sheet that no field holds (`extra`).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TEXT_COLUMNS = {
    "unit": ("extra",),
    "position": ("extra",),
    "person": ("employment_type", "id_number", "political_status", "extra"),
}


def upgrade() -> None:
    for table, columns in TEXT_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=""))
            if table == "person":
                batch.add_column(sa.Column("work_start_date", sa.Date(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35 on), not a rebuilt table: the table's SQL after an
    # upgrade again is then the same as a new document's (the schema check compares it).
    for table, columns in TEXT_COLUMNS.items():
        for column in (*columns, "work_start_date") if table == "person" else columns:
            op.drop_column(table, column)
