"""Shared fixtures: small documents built in memory, and files in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from orgdesk.domain.document import Document
from orgdesk.domain.sample import sample_document
from orgdesk.store.store import Store

# Tests must not depend on the developer's locale: English messages unless a test asks.
os.environ.setdefault("LANGUAGE", "en")


@pytest.fixture
def sample() -> Document:
    return sample_document()


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "公司架构.orgdesk"
    Store.create(path, sample_document()).close()
    return path
