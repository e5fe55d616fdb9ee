"""`orgdesk import`: CSV, JSON lists, dry run, and abort that leaves the file unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import orgdesk

REALDATA = Path(__file__).parents[1] / "data" / "realdata"


def _units(path: Path) -> int:
    result = orgdesk("info", str(path), "--json")
    assert result.returncode == 0, result.stderr
    count: int = json.loads(result.stdout)["units"]
    return count


def test_json_list_of_agencies_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "us.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    dry = orgdesk("import", str(path), "--from", str(REALDATA / "allusgov__federalregister-raw.json"), "--dry-run")
    assert dry.returncode == 0 and "Would import" in dry.stdout and "459 units" in dry.stdout
    assert _units(path) == 1
    done = orgdesk("import", str(path), "--from", str(REALDATA / "allusgov__federalregister-raw.json"))
    assert done.returncode == 0, done.stderr
    assert _units(path) == 460
    assert ".json" in orgdesk("import", "--help").stdout


def test_rejected_rows_abort_by_default_and_skip_on_request(tmp_path: Path) -> None:
    path = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes("部门编号,上级部门编号,部门名称\n1,,总部\n2,1,财务部\n3,9,孤儿部\n".encode("gbk"))
    refused = orgdesk("import", str(path), "--from", str(sheet))
    assert refused.returncode != 0 and "row 4" in refused.stdout + refused.stderr
    assert _units(path) == 1
    skipped = orgdesk("import", str(path), "--from", str(sheet), "--on-error", "skip")
    assert skipped.returncode == 0 and "1 rows were skipped" in skipped.stdout
    assert _units(path) == 2  # 总部 took over the blank top unit, 财务部 under it


def test_exported_workbook_opens_in_calamine_and_imports_back(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    sample = tmp_path / "sample.orgdesk"
    assert orgdesk("new", str(sample), "--sample").returncode == 0
    workbook = tmp_path / "roster.xlsx"
    exported = orgdesk("export", str(sample), "--xlsx", str(workbook), "--lang", "zh")
    assert exported.returncode == 0, exported.stderr
    book = CalamineWorkbook.from_path(str(workbook))  # an independent reader
    assert "组织架构" in book.sheet_names and "花名册" in book.sheet_names
    rows = book.get_sheet_by_name("组织架构").to_python()
    assert len(rows) - 2 == _units(sample), "a title row, the header, a row per unit"
    copy = tmp_path / "copy.orgdesk"
    assert orgdesk("new", str(copy)).returncode == 0
    imported = orgdesk("import", str(copy), "--from", str(workbook))
    assert imported.returncode == 0, imported.stderr
    assert _units(copy) == _units(sample)


def test_hr_sheets_import_from_the_command_line_with_no_mapping(tmp_path: Path) -> None:
    from tests.io.hr_sheets import write_hr_system_csv, write_roster_xlsx, write_staffing_xlsx

    for sheet, units, people in (
        (write_roster_xlsx(tmp_path / "花名册.xlsx"), 10, 22),
        (write_hr_system_csv(tmp_path / "hr.csv"), 5, 6),
        (write_staffing_xlsx(tmp_path / "定编表.xlsx"), 4, 0),
    ):
        path = tmp_path / f"{sheet.stem}.orgdesk"
        assert orgdesk("new", str(path)).returncode == 0
        done = orgdesk("import", str(path), "--from", str(sheet), lang="zh_CN")
        assert done.returncode == 0, done.stderr
        info = json.loads(orgdesk("info", str(path), "--json").stdout)
        assert (info["units"], info["people"]) == (units, people), (sheet.name, info)


def test_a_refused_roster_leaves_the_document_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    before = path.read_bytes()
    sheet = tmp_path / "conflict.csv"
    rows = ["部门全路径,一级部门,岗位,姓名", "公司/网络部,市场部,经理,甲", "公司/网络部,网络部,员工,乙"]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    refused = orgdesk("import", str(path), "--from", str(sheet), lang="zh_CN")
    assert refused.returncode != 0
    assert "部门全路径" in refused.stderr + refused.stdout and "第 2 行" in refused.stderr + refused.stdout
    assert path.read_bytes() == before
