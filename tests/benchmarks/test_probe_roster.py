"""The roster benchmark's probe runs and its month of changes is what it says (at a small size)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _probe(script: str, folder: Path, size: int) -> dict[str, Any]:
    """A benchmark probe run as the runner runs it: a fresh process printing its figures as JSON last."""
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), str(folder), str(size)],
        capture_output=True,
        text=True,
        check=True,
        cwd=BENCHMARKS,
        timeout=300,
    )
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def test_the_roster_probe_imports_and_refreshes_a_small_roster(tmp_path: Path) -> None:
    result = _probe("probe_roster.py", tmp_path, 2000)
    assert result["changes"]["left"] == 20 and result["changes"]["joined"] == 10 and result["changes"]["moved"] == 10
    assert result["import_s"] > 0 and result["update_s"] > 0


def test_the_duty_document_probe_reads_a_small_generated_document(tmp_path: Path) -> None:
    result = _probe("probe_duty_document.py", tmp_path, 50)
    assert (result["units"], result["duties"]) == (50, 1000)
