"""The fast paths of a big import give what the plain ones gave: cells as text column by
column, calamine rows taken one at a time, planning that reports progress and stops."""

from __future__ import annotations

import gc
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesk.domain.builder import empty_document
from orgdesk.domain.progress import Cancelled
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.mapping import text_of
from orgdesk.io.importing.reading import read_sheets
from orgdesk.io.importing.sheets import Cell
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
from orgdesk.io.importing.text_rows import text_records

CELLS = st.one_of(
    st.none(),
    st.text(alphabet=" \t部门ab1.-", max_size=6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.dates(),
    st.datetimes(min_value=datetime(1900, 1, 1)),
    st.times(),
)


def _plain_records(rows: list[list[Cell]], first: int, columns: dict[str, int], whole_row: bool) -> list[object]:
    """What the importers did cell by cell before text_records."""
    found: list[object] = []
    for number in range(first, len(rows)):
        row = rows[number]
        values = {key: text_of(row[column]) if column < len(row) else "" for key, column in columns.items()}
        if any(values.values()) or (whole_row and any(text_of(cell) for cell in row)):
            found.append((number + 1, values))
    return found


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.lists(CELLS, max_size=5), max_size=8),
    uniform=st.sampled_from([None, "text", "float", "date"]),
    whole_row=st.booleans(),
)
def test_text_records_match_the_cell_by_cell_texts(
    rows: list[list[Cell]], uniform: str | None, whole_row: bool
) -> None:
    # Columns of one kind take the quick conversions; mixed and ragged ones the general one.
    if uniform is not None:
        fill: dict[str, Cell] = {"text": " 甲 ", "float": 1000001.0, "date": date(2024, 2, 29)}
        rows = [[fill[uniform] if column == 1 else cell for column, cell in enumerate(row)] for row in rows]
    columns = {"id": 1, "name": 0, "far": 6}
    assert text_records(rows, 1, columns, whole_row=whole_row) == _plain_records(rows, 1, columns, whole_row)


def test_text_of_numbers_dates_and_times() -> None:
    assert [text_of(cell) for cell in (1000001.0, 2.5, date(2020, 1, 2), datetime(2020, 1, 2), time(8, 30))] == [
        "1000001",
        "2.5",
        "2020-01-02",
        "2020-01-02",
        "08:30:00",
    ]
    assert text_records([["h"], [" x "], [""], [None]], 1, {}, whole_row=True) == [(2, {})]


def test_calamine_rows_start_at_a1_whatever_the_first_filled_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    top = book.active
    assert top is not None
    top.title = "title"
    top["A1"] = "花名册"
    top.merge_cells("A1:C1")  # a merged title row above the header: read over its whole range
    top.append([])
    top.append(["部门编号", "部门名称", "成立日期"])
    top.append([1000001, "总部", date(2001, 5, 4)])
    offset = book.create_sheet("offset")
    offset["C3"] = "名称"
    offset["D5"] = 7
    path = tmp_path / "shapes.xlsx"
    book.save(path)

    seen: list[tuple[int, int]] = []
    title, shifted = read_sheets(path, progress=lambda done, total: seen.append((done, total)))
    assert title.rows == [
        ["花名册", "花名册", "花名册"],
        ["", "", ""],
        ["部门编号", "部门名称", "成立日期"],
        [1000001.0, "总部", date(2001, 5, 4)],
    ]
    assert shifted.rows[2] == ["", "", "名称", ""] and shifted.rows[4] == ["", "", "", 7.0] and len(shifted.rows) == 5
    assert seen[-1] == (2000, 2000) and [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert text_of(title.rows[3][0]) == "1000001"  # a numeric code reads as text without ".0"


def _numbered_workbook(path: Path, rows: int) -> Path:
    """A workbook of `rows` rows: a number and 部门<number>."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for number in range(rows):
        sheet.append([number, f"部门{number}"])
    book.save(path)
    return path


def test_a_cancelled_read_stops_between_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from orgdesk.io.importing import reading as tabular_read

    monkeypatch.setattr(tabular_read._SheetProgress, "STEP_ROWS", 10)
    path = _numbered_workbook(tmp_path / "long.xlsx", 100)
    calls: list[int] = []

    def cancel_at_the_third_report(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        read_sheets(path, progress=cancel_at_the_third_report)
    assert calls == [100, 200, 300] and gc.isenabled()


def _departments_csv(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "departments.csv"
    lines = ["部门编号,上级部门编号,部门名称"] + [f"{n},{n // 2 if n > 1 else ''},部门{n}" for n in range(1, rows + 1)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_planning_reports_progress_up_to_the_end(tmp_path: Path) -> None:
    document = empty_document("某公司")
    scenario = document.current_scenario()
    assert scenario is not None
    seen: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    source = read_source(_departments_csv(tmp_path, 9_000))
    plan = plan_import(document, scenario.id, source, ImportOptions(), record)
    assert plan.count("unit") == 8_999  # the blank top unit becomes 部门1
    assert len(seen) >= 5 and seen[-1] == (seen[-1][1], seen[-1][1])
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


def test_planning_stops_when_progress_says_so_and_the_collector_runs_again(tmp_path: Path) -> None:
    document = empty_document("某公司")
    scenario = document.current_scenario()
    assert scenario is not None
    source = read_source(_departments_csv(tmp_path, 9_000))
    calls: list[int] = []

    def stop_at_the_second_report(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(Cancelled):
        plan_import(document, scenario.id, source, ImportOptions(), stop_at_the_second_report)
    assert len(calls) == 2 and gc.isenabled()
    assert len(document.units_of_scenario(scenario.id)) == 1  # nothing was written


def test_a_sheet_that_does_not_declare_its_size_is_measured_before_its_rows_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgdesk.io.importing import reading as tabular_read

    monkeypatch.setattr(tabular_read, "MAX_ROWS", 100)
    written = _numbered_workbook(tmp_path / "written.xlsx", 120)
    path = tmp_path / "undeclared.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"<dimension[^>]*/>", b"", data)
            target.writestr(info, data)
    made: list[int] = []
    monkeypatch.setattr(tabular_read, "_calamine_rows", lambda *args: made.append(1) or [])
    with pytest.raises(SpreadsheetImportError) as refused:
        read_sheets(path)
    assert refused.value.template == tabular_read.TOO_MANY_ROWS and refused.value.params["rows"] == 120
    assert made == []
