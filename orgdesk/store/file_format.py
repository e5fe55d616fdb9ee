"""The marks of an OrgDesk file in its SQLite header (read before any connection is made)."""

from __future__ import annotations

# "ODSK" — PRAGMA application_id marks OrgDesk documents (see sqlite.org/fileformat).
APPLICATION_ID = 0x4F44534B
# PRAGMA user_version: the schema generation; bumped with every migration.
SCHEMA_VERSION = 6
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
