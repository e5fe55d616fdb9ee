"""`orgdesk export --chart-pdf OUT --fit departments`: a department per page, continued boxes referenced."""

from __future__ import annotations

from pathlib import Path

from orgdesk.store.store import Store
from tests.cli.test_cli import orgdesk
from tests.io import pdf_tools
from tests.io.test_pdf_departments import deep_document


def test_a_department_per_page_from_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "deep.orgdesk"
    Store.create(source, deep_document()).close()
    chart = tmp_path / "departments.pdf"
    result = orgdesk("export", str(source), "--chart-pdf", str(chart), "--fit", "departments", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert f"Wrote {chart}" in result.stdout
    assert int(pdf_tools.info(chart)["Pages"]) > 1
    assert "→ p. 2" in pdf_tools.text(chart, 1, 1)
