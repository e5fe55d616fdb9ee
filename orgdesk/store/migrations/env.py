"""Alembic environment: migrations always run on a connection the store hands in."""

from __future__ import annotations

from alembic import context

from orgdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by copying the table
)
with context.begin_transaction():
    context.run_migrations()
