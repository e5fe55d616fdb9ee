"""Spreadsheets of a few KB that would take gigabytes to read are refused with one clear line, exit 2,
within 500 MB, and the document is unchanged; a lying <dimension> alone is harmless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import orgdesk
from tests.reliability.conftest import Figure
from tests.reliability.exploding_sheets import EXPLODING
from tests.reliability.hostile_files import GOOD_ROWS, SHEET_END, SHEET_START, rows_xml, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
PEAK_MB = 500
MEASURED = (
    "import sys\nfrom orgdesk.cli import main\ncode = main(sys.argv[1:])\n"
    "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
    "print('PEAK', int(peak.split()[1]) // 1024, file=sys.stderr)\nsys.exit(code)\n"
)


def measured_import(document: Path, source: Path) -> tuple[int, list[str], int]:
    """`orgdesk import` in a fresh process: exit code, stderr lines (without the peak), peak RSS in MB."""
    environment = {**os.environ, "LANGUAGE": "en", "ORGDESK_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-c", MEASURED, "import", str(document), "--from", str(source)],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120, check=False,
    )  # fmt: skip
    lines = result.stderr.strip().splitlines()
    peak = int(lines.pop().split()[1]) if lines and lines[-1].startswith("PEAK") else -1
    return result.returncode, lines, peak


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exploding") / "o.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    return path


@pytest.mark.parametrize("name", sorted(EXPLODING))
def test_a_tiny_exploding_workbook_is_refused_in_bounded_memory(
    name: str, document: Path, tmp_path: Path, figure: Figure
) -> None:
    make, words = EXPLODING[name]
    suffix = ".json" if name.startswith("JSON") else ".csv" if name.startswith("CSV") else ".xlsx"
    source = tmp_path / f"exploding{suffix}"
    make(source)
    size_kb = source.stat().st_size / 1024
    assert size_kb < 1024
    before = document.read_bytes()
    code, lines, peak = measured_import(document, source)
    assert code == 2, lines
    assert len(lines) == 1 and words in lines[0], lines
    assert 0 < peak <= PEAK_MB, f"{peak} MB"
    assert document.read_bytes() == before
    figure(f"hostile: '{name}' ({size_kb:.1f} KB): exit {code}, peak {peak} MB — {lines[0]}")


def test_a_lying_dimension_alone_is_harmless(document: Path, tmp_path: Path) -> None:
    source = tmp_path / "dimension.xlsx"
    start = SHEET_START.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>')
    write_xlsx(source, start + rows_xml(GOOD_ROWS) + SHEET_END)
    result = orgdesk("import", str(document), "--from", str(source), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "3 units" in result.stdout
