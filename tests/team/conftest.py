"""Fixtures for team mode: one throw-away PostgreSQL server per test process, and a fresh
database on it per test (tests/team is the only folder that needs PostgreSQL)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from tests.team.pg_server import PgServer, start_server

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The URL (password included) of an empty database of its own."""
    name = f"orgdesk_test_{next(_numbers)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)
