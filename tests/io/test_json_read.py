"""JSON lists of records (id/parent as org-chart tools and open-data APIs give them) imported as sheets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import empty_document
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source

REALDATA = Path(__file__).parents[1] / "data" / "realdata"


def test_us_federal_register_agencies_become_a_forest_under_the_root() -> None:
    document = empty_document("US")
    scenario = document.current_scenario()
    assert scenario is not None
    source = read_source(REALDATA / "allusgov__federalregister-raw.json")
    (sheet,) = source.sheets
    assert sheet.rows[0][:3] == ["agency_url", "description", "id"] and "child_ids" not in sheet.rows[0]
    plan = plan_import(document, scenario.id, source, ImportOptions())
    assert plan.mode == "units" and plan.count("unit") == 459 and plan.problems == []
    plan.operation().apply(document)
    assert check_invariants(document) == []
    root = document.root(scenario.id)
    assert root is not None and root.name == "US"
    tops = document.children_of(root)
    assert len(tops) == 242
    depths = [document.depth(unit) for unit in document.units_of_scenario(scenario.id)]
    assert depths.count(2) == 213 and depths.count(3) == 4
    codes = {unit.code for unit in document.units_of_scenario(scenario.id)}
    assert "557" in codes  # ids are text codes


def test_a_wrapped_list_nulls_numbers_and_nested_values(tmp_path: Path) -> None:
    path = tmp_path / "chart.json"
    records = [
        {"id": 1, "parentId": None, "name": "总部", "tags": ["x"]},
        {"id": 2, "parentId": 1, "name": "财务部", "extra": {"a": 1}},
        {"id": 3, "parentId": 1, "name": "人力资源部", "headcount": 4.0},
    ]
    path.write_text(json.dumps({"data": records}, ensure_ascii=False), encoding="utf-8-sig")
    document = empty_document("某公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plan = plan_import(document, scenario.id, read_source(path), ImportOptions())
    plan.operation().apply(document)
    root = document.root(scenario.id)
    assert root is not None and root.name == "总部" and root.code == "1"  # the blank top unit takes the one top
    assert [unit.name for unit in document.children_of(root)] == ["财务部", "人力资源部"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'[{"id": 1,', "is not an Excel workbook or CSV file"),
        (b'{"a": 1, "b": 2}', "is JSON but not a list of records"),
        (b"[1, 2, 3]", "is JSON but not a list of records"),
        (b"[]", "is JSON but not a list of records"),
    ],
)
def test_json_that_is_not_a_list_of_records_says_so(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetImportError) as raised:
        read_source(path)
    assert expected in str(raised.value)
