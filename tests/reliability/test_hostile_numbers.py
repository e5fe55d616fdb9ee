"""Numbers as HR files hold them: an 18-digit 身份证号 written as a number cell keeps every digit the file
holds; one the file itself had rounded is named in a note; a 5,000-digit JSON integer or 1e999 is no
crash."""

from __future__ import annotations

import json
from pathlib import Path

from orgdesk.domain.entities import Person
from orgdesk.store.store import Store
from tests.cli.test_cli import orgdesk
from tests.reliability.hostile_files import SHEET_END, SHEET_START, write_xlsx


def _text(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def _roster(path: Path) -> None:
    header = "".join(_text(f"{col}1", head) for col, head in zip("ABCD", ("工号", "姓名", "岗位", "部门"), strict=True))
    people = [("110101199001011234", "张三"), ("110101199001011235", "李四"), ("1.10101199001011E+17", "王五")]
    rows = [f'<row r="1">{header}</row>']
    for number, (code, name) in enumerate(people, start=2):
        cells = f'<c r="A{number}"><v>{code}</v></c>' + _text(f"B{number}", name)
        cells += _text(f"C{number}", "专员") + _text(f"D{number}", "市场部")
        rows.append(f'<row r="{number}">{cells}</row>')
    write_xlsx(path, SHEET_START + "".join(rows) + SHEET_END)


def test_an_18_digit_id_number_cell_keeps_every_digit(tmp_path: Path) -> None:
    document, sheet = tmp_path / "o.orgdesk", tmp_path / "ids.xlsx"
    assert orgdesk("new", str(document)).returncode == 0
    _roster(sheet)
    result = orgdesk("import", str(document), "--from", str(sheet))
    assert result.returncode == 0, result.stderr
    assert "row 4" in result.stdout and "1.10101199001011E+17" in result.stdout and "rounded" in result.stdout
    with Store.open(document, readonly=True) as store:
        codes = {p.name: p.code for p in store.load(lazy=False).all("person") if isinstance(p, Person)}
    assert codes["张三"] == "110101199001011234" and codes["李四"] == "110101199001011235"  # no collision


def test_huge_json_numbers_are_text_not_a_crash(tmp_path: Path) -> None:
    document, source = tmp_path / "o.orgdesk", tmp_path / "big.json"
    assert orgdesk("new", str(document)).returncode == 0
    huge = "9" * 5000
    source.write_text(
        f'[{{"id": 1, "name": "总部", "parent_id": null, "编制": {huge}}}, '
        f'{{"id": 2, "name": "市场部", "parent_id": 1, "编制": 1e999}}]',
        encoding="utf-8",
    )
    result = orgdesk("import", str(document), "--from", str(source), "--dry-run")
    assert result.returncode in (0, 2), result.stderr
    assert "Internal error" not in result.stderr and len(result.stderr.strip().splitlines()) <= 1
    json.loads(orgdesk("info", str(document), "--json").stdout)
