"""The health check's findings workbook, read back by openpyxl and by python-calamine."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from orgdesk.domain import operations as ops
from orgdesk.domain.document import Document
from orgdesk.domain.health import HealthReport, Severity, run_health_check
from orgdesk.domain.messages import render_message
from orgdesk.domain.progress import Cancelled
from orgdesk.i18n import translate
from orgdesk.io import ExportError
from orgdesk.io.reports.health_xlsx import write_health_workbook

FORMULA_NAME = '=HYPERLINK("http://example.com","点我")'


def _report(document: Document) -> HealthReport:
    scenario = document.current_scenario()
    assert scenario is not None
    return run_health_check(document, scenario.id)


def _top_id(document: Document) -> int:
    scenario = document.current_scenario()
    assert scenario is not None
    return next(u.id for u in document.units_of_scenario(scenario.id) if u.parent_id is None)


def test_english_workbook_lists_every_finding_with_severity_category_message_and_items(
    sample: Document, tmp_path: Path
) -> None:
    report = _report(sample)
    path = tmp_path / "health.xlsx"
    write_health_workbook(sample, report, path, "en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Findings", "Summary"]
    rows = list(book["Findings"].iter_rows(values_only=True))
    assert rows[0] == ("Severity", "Category", "Message", "Items", "Fix offered")
    assert len(rows) == len(report.findings) + 1
    first = report.findings[0]
    assert rows[1][:3] == ("Warning", "Duty overlaps", first.english())
    assert rows[1][3] == "市场部/号卡管理; 公众客户部/号卡管理"
    assert book["Findings"].freeze_panes == "A2"
    assert book["Findings"].auto_filter.ref == f"A1:E{len(rows)}"
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[0] == ("Category", "Error", "Warning", "Note", "Suggestion", "Total")
    counts = report.counts()
    assert summary[-1] == (
        "Total",
        counts[Severity.ERROR],
        counts[Severity.WARNING],
        counts[Severity.INFO],
        counts[Severity.SUGGESTION],
        len(report.findings),
    )
    assert sum(row[-1] for row in summary[1:-1]) == len(report.findings)


def test_chinese_workbook_has_chinese_categories_messages_and_fixes(sample: Document, tmp_path: Path) -> None:
    scenario = sample.current_scenario()
    assert scenario is not None
    post = next(
        p for u in sample.units_of_scenario(scenario.id) for p in sample.positions_of(u.id) if p.title == "一站服务"
    )
    for kpi in sample.kpis_of("position", post.id):
        ops.DeleteKpi(kpi.id).apply(sample)
    report = _report(sample)
    path = tmp_path / "体检.xlsx"
    write_health_workbook(sample, report, path, "zh_CN")
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert rows[0] == [
        translate("HealthExport", h, "zh_CN") for h in ("Severity", "Category", "Message", "Items", "Fix offered")
    ]
    assert rows[1][:2] == ["警告", "职责交叉"]
    zh = lambda context, text: translate(context, text, "zh_CN")  # noqa: E731
    assert rows[1][2] == render_message("Health", report.findings[0].template, report.findings[0].params, zh)
    suggestion = next(row for row in rows if row[1] == "建议的考核指标")
    assert "业务一站服务开通及时率" in str(suggestion[2]) and suggestion[3] == "政企客户部/一站服务"
    assert suggestion[4] == translate("Health", "Add the suggested KPIs", "zh_CN") != "Add the suggested KPIs"


def test_names_that_look_like_formulas_stay_text(sample: Document, tmp_path: Path) -> None:
    operation = ops.AddUnit(sample.current_scenario().id, _top_id(sample), FORMULA_NAME, None)  # type: ignore[union-attr]
    operation.apply(sample)
    ops.AddUnit(sample.current_scenario().id, _top_id(sample), "=1+2", None).apply(sample)  # type: ignore[union-attr]
    path = tmp_path / "health.xlsx"
    write_health_workbook(sample, _report(sample), path, "en")
    sheet = openpyxl.load_workbook(path)["Findings"]
    cells = [row[3] for row in sheet.iter_rows(min_row=2) if row[3].value in (FORMULA_NAME, "=1+2")]
    assert {cell.value for cell in cells} == {FORMULA_NAME, "=1+2"}, "both empty units are findings"
    assert all(cell.data_type == "s" for cell in cells), "text, never a formula"
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Findings").to_python()
    assert "=1+2" in [str(row[3]) for row in calamine]


def test_an_unwritable_place_is_a_clear_error_and_leaves_no_file(sample: Document, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "health.xlsx"
    with pytest.raises(ExportError) as raised:
        write_health_workbook(sample, _report(sample), target, "en")
    assert "choose another folder" in raised.value.template
    assert not target.parent.exists() or not list(target.parent.iterdir())


def test_progress_is_reported_and_cancel_leaves_no_file(sample: Document, tmp_path: Path) -> None:
    report = _report(sample)
    heard: list[tuple[int, int]] = []
    target = tmp_path / "health.xlsx"
    with pytest.raises(Cancelled):
        write_health_workbook(sample, report, target, "en", lambda done, total: heard.append((done, total)) or False)
    assert heard == [(0, len(report.findings))]
    assert list(tmp_path.iterdir()) == [], "neither the workbook nor its partial file"
