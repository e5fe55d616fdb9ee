"""`orgdesk check PATH --xlsx OUT [--lang]` as a user runs it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from orgdesk.cli import main
from tests.cli.test_cli import orgdesk


def test_check_writes_the_findings_workbook_in_the_chosen_language(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "体检.xlsx"
    result = orgdesk("check", str(sample_file), "--xlsx", str(out), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"Wrote {out}"
    assert result.stdout.startswith("Health check of “现行架构”")
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    categories = {row[1] for row in rows[1:]}
    assert {"职责交叉", "无岗位承担的职责", "管理幅度"} <= categories
    summary = list(book.worksheets[1].iter_rows(values_only=True))
    assert summary[-1][-1] == len(rows) - 1


def test_check_json_and_xlsx_together_keep_stdout_pure_json(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "health.xlsx"
    stdout = io.StringIO()
    assert main(["check", str(sample_file), "--json", "--xlsx", str(out), "--lang", "en"], out=stdout) == 0
    data = json.loads(stdout.getvalue())
    rows = list(openpyxl.load_workbook(out, read_only=True)["Findings"].iter_rows(values_only=True))
    assert len(rows) == len(data["findings"]) + 1
    assert [row[2] for row in rows[1:]] == [f["message"] for f in data["findings"]]


def test_check_into_a_missing_folder_fails_with_one_line(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(sample_file), "--xlsx", str(tmp_path / "nowhere" / "h.xlsx")], out=io.StringIO())
    assert code != 0
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "choose another folder" in error


def _findings(sample_file: Path, *options: str) -> list[dict[str, object]]:
    stdout = io.StringIO()
    assert main(["check", str(sample_file), "--json", *options], out=stdout) == 0
    findings: list[dict[str, object]] = json.loads(stdout.getvalue())["findings"]
    return findings


def test_check_thresholds_from_the_command_line(sample_file: Path) -> None:
    def of(findings: list[dict[str, object]], check: str) -> int:
        return sum(1 for f in findings if f["check"] == check)

    default = _findings(sample_file)
    looser = _findings(sample_file, "--overlap", "40", "--span", "3-4", "--depth", "0")
    assert of(looser, "duty_overlap") > of(default, "duty_overlap")
    assert of(looser, "span_of_control") > of(default, "span_of_control")
    assert of(looser, "depth") >= 1 > of(default, "depth")


def test_bad_thresholds_are_one_line_errors(sample_file: Path) -> None:
    for option, value in (("--overlap", "0"), ("--overlap", "x"), ("--span", "5"), ("--span", "9-3")):
        result = orgdesk("check", str(sample_file), option, value)
        assert result.returncode == 2, (option, value)
        assert option in result.stderr and "Traceback" not in result.stderr
