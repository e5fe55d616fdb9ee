"""What a trial as a hostile user found after the first fixes, kept as tests: headcounts an open
would refuse, huge numbers, texts far past the limits in a received document, inputs that never end,
a restored backup beside an old journal, a file in use, messages that echo a whole cell."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orgdesk.domain.rules import MAX_HEADCOUNT
from tests.cli.test_cli import orgdesk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "a.orgdesk"
    assert orgdesk("new", str(path), "--sample").returncode == 0
    return path


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Internal error" not in lines[0], lines
    return lines[0]


@pytest.mark.parametrize("headcount", [str(MAX_HEADCOUNT + 1), "1500000", "1e19", "1e308", "9223372036854775807"])
def test_an_imported_headcount_past_the_limit_is_left_out_and_the_document_still_opens(
    document: Path, tmp_path: Path, headcount: str
) -> None:
    sheet = tmp_path / "hc.csv"
    sheet.write_text(f"部门编号,上级部门编号,部门名称,编制\n1,,新部门,{headcount}\n", encoding="utf-8")
    result = orgdesk("import", str(document), "--from", str(sheet), "--under", "市场部")
    assert result.returncode == 0, result.stderr
    assert f"from 0 to {MAX_HEADCOUNT}" in result.stdout
    assert orgdesk("info", str(document)).returncode == 0


def test_a_received_document_with_a_name_far_past_the_limit_is_refused_at_once(document: Path) -> None:
    with sqlite3.connect(document) as connection:
        connection.execute("UPDATE unit SET name = ? WHERE id = 2", ("长" * 100_000,))
    started = time.monotonic()
    line = _one_line(orgdesk("export", str(document), "--booklet-pdf", str(document.with_suffix(".pdf"))))
    assert "cannot be opened" in line and "100000 characters" in line
    assert time.monotonic() - started < 30


def test_a_scenario_copy_keeps_the_name_limit(document: Path) -> None:
    line = _one_line(orgdesk("scenario", "copy", str(document), "--from", "现行架构", "--name", "S" * 30_000))
    assert "at most 200" in line and len(line) < 600


def test_inputs_that_never_end_or_are_too_big_are_refused(document: Path, tmp_path: Path) -> None:
    assert "is not a file" in _one_line(orgdesk("import", str(document), "--from", "/dev/zero"))
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert "is not a file" in _one_line(orgdesk("import", str(document), "--from", str(fifo)))
    sparse = tmp_path / "sparse.csv"
    with sparse.open("wb") as handle:
        handle.truncate(1 << 30)
    assert "at most 500 MB" in _one_line(orgdesk("import", str(document), "--from", str(sparse)))
    zeros = subprocess.run(
        [sys.executable, "-m", "orgdesk", "duties", "parse", "/dev/zero"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert "longer than" in _one_line(zeros)


def test_a_backup_restored_over_a_crashed_document_opens(document: Path, tmp_path: Path) -> None:
    from tests.reliability.test_cut_off_save import cut_off_save

    backup = tmp_path / "backup.orgdesk"
    backup.write_bytes(document.read_bytes())
    cut_off_save(document)
    assert orgdesk("copy", str(backup), str(document), "--force").returncode == 0
    assert not document.with_name(document.name + "-journal").exists()
    assert orgdesk("info", str(document)).returncode == 0


def test_the_journal_of_a_document_is_no_export_target(document: Path) -> None:
    journal = document.with_name(document.name + "-journal")
    assert "is an OrgDesk document" in _one_line(orgdesk("export", str(document), "--xlsx", str(journal)))
    assert not journal.exists()


def test_a_document_in_use_is_said_to_be_in_use(document: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(document)!r}, isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        line = _one_line(orgdesk("info", str(document)))
        assert "being saved by another program" in line
    finally:
        holder.kill()
        holder.wait()


def test_messages_do_not_echo_a_whole_cell(document: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "big.csv"
    sheet.write_text(f"部门编号,上级部门编号,部门名称\n1,,总部\n2,{'9' * 200_000},市场部\n", encoding="utf-8")
    result = orgdesk("import", str(document), "--from", str(sheet))
    assert len(result.stderr) < 2000 and len(result.stdout) < 5000
