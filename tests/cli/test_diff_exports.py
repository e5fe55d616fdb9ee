"""`orgdesk diff PATH --from A --to B --xlsx OUT --pdf OUT`: the 对照表 workbook and the meeting PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl

from orgdesk.cli import main
from tests.io import pdf_tools


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue()


def test_diff_writes_the_workbook_and_the_pdf_and_still_prints_the_changes(tmp_path: Path, sample_file: Path) -> None:
    xlsx, pdf = tmp_path / "对照表.xlsx", tmp_path / "对照.pdf"
    code, text = _run(
        "diff", str(sample_file), "--from", "现行架构", "--to", "前后端型", "--xlsx", str(xlsx), "--pdf", str(pdf)
    )
    assert code == 0
    lines = text.splitlines()
    assert lines[:3] == [f"Wrote {xlsx}", f"Wrote {pdf}", "Comparing “现行架构” → “前后端型”"]
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Totals", "Changes"]
    pdf_tools.qpdf_check(pdf)
    assert "“现行架构” → “前后端型”" in pdf_tools.text(pdf, first=1, last=1)


def test_diff_in_chinese_with_json(tmp_path: Path, sample_file: Path) -> None:
    xlsx, pdf = tmp_path / "zh.xlsx", tmp_path / "zh.pdf"
    code, text = _run(
        "diff",
        str(sample_file),
        "--from",
        "产品主导型",
        "--to",
        "前后端型",
        "--xlsx",
        str(xlsx),
        "--pdf",
        str(pdf),
        "--lang",
        "zh",
        "--json",
    )
    assert code == 0 and json.loads(text)["to"] == "前后端型"  # the JSON stays the only output
    book = openpyxl.load_workbook(xlsx)
    changes = list(book.worksheets[1].iter_rows(values_only=True))
    assert any("大客户" in str(row[2]) for row in changes[1:])
    assert "前后端型" in pdf_tools.text(pdf)
