"""Rare characters (CJK Ext. B): named before export, and printed from a fallback font when one is installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind
from orgdesk.io.booklet.writer import write_booklet_pdf
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.chart.pdf_writer import write_chart_pdf
from orgdesk.io.glyph_check import Scope, export_warnings, missing_glyphs
from orgdesk.io.pdf import fonts as pdf_fonts
from tests.external_tools import require
from tests.io import pdf_tools


def rare_document() -> tuple[Document, int]:
    """𠮷 (Ext. B) in a unit's name, 𪚥 (Ext. B) in its manager's name, 𠀀 (Ext. B) only in a duty."""
    builder = DocumentBuilder("多语公司")
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "多语公司")
    unit = builder.add_unit(scenario, top, "𠮷野家事业部")
    other = builder.add_unit(scenario, top, "工作室")
    manager = builder.add_position(other, "经理", is_manager=True)
    builder.assign(builder.add_person("E1", "王𪚥"), manager)
    builder.add_duty(OwnerKind.UNIT, unit.id, "负责𠀀项目")
    builder.add_unit(scenario, unit, "深层𠮷组")
    return builder.document, scenario.id


@pytest.fixture
def no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without the Hanazono fonts."""
    monkeypatch.setattr(pdf_fonts, "fallback_fonts", lambda: ())


def test_the_chart_check_names_units_and_managers_before_export(no_fallback: None) -> None:
    document, scenario_id = rare_document()
    found = dict(missing_glyphs(document, scenario_id, Scope()))
    assert found == {"𠮷野家事业部": "𠮷", "工作室": "𪚥", "深层𠮷组": "𠮷"}
    shallow = dict(missing_glyphs(document, scenario_id, Scope(depth=1)))
    assert "深层𠮷组" not in shallow  # below the printed depth
    (line,) = export_warnings(document, scenario_id, Scope(), "zh_CN")
    assert "𠮷野家事业部 (𠮷)" in line and "工作室 (𪚥)" in line and "fonts-hanazono" in line


def test_the_booklet_check_also_reads_duties_and_people(no_fallback: None) -> None:
    document, scenario_id = rare_document()
    found = dict(missing_glyphs(document, scenario_id, Scope(chart=False, booklet=True)))
    assert found["𠮷野家事业部"] == "𠮷𠀀"  # its name and its duty
    assert found["工作室 / 经理 / 王𪚥"] == "𪚥"


def test_nothing_to_say_when_every_character_has_a_glyph(sample: Document) -> None:
    scenario = sample.current_scenario()
    assert scenario is not None
    assert export_warnings(sample, scenario.id, Scope(chart=True, booklet=True), "en") == []


def test_characters_beyond_the_basic_plane_extract_as_themselves() -> None:
    pdf_fonts.register_fonts()
    cmap = ttfonts.makeToUnicodeCMap("F", [0, 0x41, 0x20BB7])  # as reportlab calls it, mended
    assert "<02> <D842DFB7>" in cmap and "<01> <0041>" in cmap


def test_an_installed_fallback_font_prints_rare_characters(tmp_path: Path) -> None:
    require("HanaMinB.ttf")  # the test command installs fonts-hanazono
    assert pdf_fonts.fallback_fonts()
    document, scenario_id = rare_document()
    assert missing_glyphs(document, scenario_id, Scope(chart=True, booklet=True)) == []
    chart, booklet = tmp_path / "chart.pdf", tmp_path / "booklet.pdf"
    write_chart_pdf(document, scenario_id, chart, ChartPdfOptions(layout="top-down", landscape=True))
    write_booklet_pdf(document, scenario_id, booklet)
    for path in (chart, booklet):
        text = pdf_tools.text(path)
        assert "𠮷野家事业部" in text and "王𪚥" in text
        fonts = pdf_tools.fonts(path)
        assert any(font["name"].endswith(("HanaMinA", "HanaMinB", "SimSun-ExtB")) for font in fonts), fonts
        assert all(font["emb"] == "yes" for font in fonts)
        pdf_tools.qpdf_check(path)
    assert "负责𠀀项目" in pdf_tools.text(booklet)


@pytest.mark.parametrize("where", ["post", "kpi", "person", "short name"])
def test_the_booklet_check_finds_a_rare_character_in_any_printed_field(no_fallback: None, where: str) -> None:
    builder = DocumentBuilder("公司")
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "公司", short_name="𠮷" if where == "short name" else "")
    post = builder.add_position(top, "经理", purpose="负责𠮷业务" if where == "post" else "")
    builder.add_kpi(OwnerKind.POSITION, post.id, "利润", target="𠮷" if where == "kpi" else "")
    builder.assign(builder.add_person("E1", "王𠮷" if where == "person" else "王五"), post)
    found = missing_glyphs(builder.document, scenario.id, Scope(chart=False, booklet=True))
    assert [chars for _, chars in found] == ["𠮷"]
