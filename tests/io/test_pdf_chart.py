"""The org-chart PDF (and PNG/SVG from the same drawing), read back as a user's tools would."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind
from orgdesk.io import ExportError
from orgdesk.io.chart.drawing import ChartImageOptions, prepare_chart
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.chart.pages import LARGEST_PAGE, PAPERS, TileGrid, page_frame, tile_grid
from orgdesk.io.chart.pdf_writer import write_chart_pdf
from orgdesk.io.chart.png import chart_image, write_chart_png
from orgdesk.io.chart.svg import write_chart_svg
from orgdesk.io.pdf.fonts import text_width
from orgdesk.io.workbook.xlsx_stream import column_letter
from orgdesk.layout import paint, style
from tests.io import pdf_tools


def scenario_id(document: Document) -> int:
    scenario = document.current_scenario()
    assert scenario is not None
    return scenario.id


def wide_document(children: int = 40, grandchildren: int = 3) -> Document:
    """A top unit with many departments, each with a few teams: too wide for one A4 sheet."""
    builder = DocumentBuilder("宽公司")
    types = builder.add_default_unit_types()
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "宽公司", type_id=types["公司"].id)
    for n in range(children):
        department = builder.add_unit(scenario, top, f"第{n + 1}事业部", type_id=types["部门"].id)
        builder.add_position(department, "部门经理", is_manager=True)
        for m in range(grandchildren):
            builder.add_unit(scenario, department, f"第{n + 1}部第{m + 1}组", type_id=types["团队"].id)
    return builder.document


def names_document() -> Document:
    """Names with the middle dot of transliterated names, Latin letters and digits, and 𠮷 (CJK Ext. B)."""
    builder = DocumentBuilder("多语公司")
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "多语公司")
    unit = builder.add_unit(scenario, top, "IT部 2组")
    manager = builder.add_position(unit, "经理", is_manager=True)
    builder.assign(builder.add_person("E1", "阿卜杜拉·买买提"), manager)
    builder.add_unit(scenario, top, "𠮷野家事业部")
    builder.add_duty(OwnerKind.UNIT, unit.id, "负责IT系统")
    return builder.document


# ----- the sample on one sheet ---------------------------------------------------------------
def test_sample_chart_is_one_page_with_every_unit_extractable(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    lines = write_chart_pdf(sample, scenario_id(sample), out, ChartPdfOptions(layout="top-down", landscape=True))
    assert lines == []
    assert pdf_tools.info(out)["Pages"] == "1"
    extracted = pdf_tools.text(out)
    for unit in sample.units_of_scenario(scenario_id(sample)):
        assert unit.name in extracted
    assert "Posts 21 / filled 5" in extracted  # the box's figures, as on the canvas
    pdf_tools.qpdf_check(out)


def test_every_font_is_embedded_and_has_a_unicode_map(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    write_chart_pdf(sample, scenario_id(sample), out, ChartPdfOptions())
    fonts = pdf_tools.fonts(out)
    assert fonts, "no fonts at all?"
    assert all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts
    assert not any("Helvetica" in f["name"] or "STSong" in f["name"] for f in fonts)


def test_first_page_renders_with_ink(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    write_chart_pdf(sample, scenario_id(sample), out, ChartPdfOptions(layout="top-down", landscape=True))
    image = pdf_tools.render(out)
    assert 0.01 < pdf_tools.ink(image) < 0.5


def test_middle_dot_latin_and_digits_survive_extraction(tmp_path: Path) -> None:
    document = names_document()
    out = tmp_path / "names.pdf"
    write_chart_pdf(document, scenario_id(document), out, ChartPdfOptions(layout="top-down", landscape=True))
    extracted = pdf_tools.text(out)
    assert "阿卜杜拉·买买提" in extracted
    assert "IT部 2组" in extracted  # 𠮷: see test_pdf_glyphs


def test_metadata_and_bookmarks(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    write_chart_pdf(sample, scenario_id(sample), out, ChartPdfOptions(layout="top-down", landscape=True))
    info = pdf_tools.info(out)
    assert sample.organisation.name in info["Title"] and "现行架构" in info["Title"]
    assert info["Author"] == sample.organisation.name
    assert info["Subject"].startswith("现行架构")
    outline = pdf_tools.outline_titles(out)
    root = sample.root(scenario_id(sample))
    assert root is not None
    assert outline[0] == (0, root.name)
    assert [title for depth, title in outline[1:]] == [u.name for u in sample.children_of(root)]
    assert all(depth == 1 for depth, _ in outline[1:])


# ----- fit and tiles -------------------------------------------------------------------------
def test_fit_page_refuses_illegible_scale_and_names_a_paper(tmp_path: Path) -> None:
    document = wide_document(4, 3)
    with pytest.raises(ExportError) as raised:
        write_chart_pdf(document, scenario_id(document), tmp_path / "x.pdf", ChartPdfOptions(layout="top-down"))
    message = raised.value.english()
    assert "one A4 sheet" in message and "--fit tiles" in message and "on A3 paper" in message
    assert not (tmp_path / "x.pdf").exists()


def test_fit_page_too_wide_even_for_a0_suggests_tiles(tmp_path: Path) -> None:
    document = wide_document()
    with pytest.raises(ExportError) as raised:
        write_chart_pdf(document, scenario_id(document), tmp_path / "x.pdf", ChartPdfOptions(layout="top-down"))
    assert "nor on A0" in raised.value.english() and "--fit tiles" in raised.value.english()


def test_tiles_have_overview_labels_crop_marks_and_bookmarks(tmp_path: Path) -> None:
    document = wide_document()
    out = tmp_path / "tiles.pdf"
    options = ChartPdfOptions(layout="top-down", fit="tiles", landscape=True)
    lines = write_chart_pdf(document, scenario_id(document), out, options)
    pages = int(pdf_tools.info(out)["Pages"])
    assert pages >= 3 and str(pages) in lines[0]
    overview = pdf_tools.text(out, 1, 1)
    assert "Overview" in overview and "A1" in overview and "B1" in overview
    sheet = pdf_tools.text(out, 2, 2)
    assert "Sheet A1" in sheet and f"Page 2 / {pages}" in sheet and "B1 →" in sheet
    everything = pdf_tools.text(out)
    for unit in document.units_of_scenario(scenario_id(document)):
        assert unit.name in everything  # every box is on some sheet
    outline = pdf_tools.outline_titles(out)
    assert outline[0] == (0, "Overview")
    assert (1, "宽公司") in outline and (2, "第40事业部") in outline
    pdf_tools.qpdf_check(out)


def test_small_chart_with_tiles_is_one_sheet(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    write_chart_pdf(sample, scenario_id(sample), out, ChartPdfOptions(fit="tiles", paper="A3"))
    assert pdf_tools.info(out)["Pages"] == "1"


@pytest.mark.parametrize("paper", list(PAPERS))
def test_no_page_exceeds_the_viewers_limit(sample: Document, tmp_path: Path, paper: str) -> None:
    out = tmp_path / "chart.pdf"
    write_chart_pdf(sample, scenario_id(sample), out, ChartPdfOptions(paper=paper, landscape=True))
    for width, height in pdf_tools.page_sizes(out):
        assert max(width, height) <= LARGEST_PAGE
        assert (min(width, height), max(width, height)) == pytest.approx(PAPERS[paper], abs=0.5)


def test_fit_page_on_a0_never_grows_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chart that needs A0 prints on an A0 sheet; one too wide even for A0 is refused (tiles are
    suggested) rather than put on a page beyond the viewers' 14,400 pt; tiles stay A0 too."""
    fits, too_wide = wide_document(12, 3), wide_document(14, 3)
    out = tmp_path / "a0.pdf"
    write_chart_pdf(fits, scenario_id(fits), out, ChartPdfOptions(paper="A0", landscape=True, layout="top-down"))
    assert pdf_tools.page_sizes(out) == [pytest.approx((PAPERS["A0"][1], PAPERS["A0"][0]), abs=0.5)]
    refused = tmp_path / "refused.pdf"
    with pytest.raises(ExportError, match="nor on A0"):
        write_chart_pdf(too_wide, scenario_id(too_wide), refused, ChartPdfOptions(paper="A0", layout="top-down"))
    assert not refused.exists()
    tiles = ChartPdfOptions(paper="A0", landscape=True, fit="tiles", layout="top-down")
    write_chart_pdf(too_wide, scenario_id(too_wide), out, tiles)
    sizes = pdf_tools.page_sizes(out)
    assert len(sizes) > 1 and all(max(size) <= LARGEST_PAGE and max(size) < 3400 for size in sizes)
    monkeypatch.setitem(PAPERS, "B-1", (10_000.0, 15_000.0))
    with pytest.raises(ValueError, match="exceeds"):  # a paper added beyond the limit is caught at once
        page_frame("B-1", False)


def test_tile_grid_covers_the_chart_with_overlap() -> None:
    frame = page_frame("A4", True)
    grid = tile_grid(frame, 0.75, 5000, 1500)
    tiles = grid.tiles()
    assert len(tiles) == grid.columns * grid.rows
    last = tiles[-1]
    assert last.x + last.width >= 5000 and last.y + last.height >= 1500
    assert grid.step_x < grid.width  # neighbours overlap
    assert grid.tiles_meeting(0, 0, 1, 1) == [(0, 0)]
    edge = grid.step_x + 1  # inside the overlap strip: on both sheets
    assert grid.tiles_meeting(edge, 0, edge + 1, 1) == [(0, 0), (1, 0)]
    assert [column_letter(n) for n in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]
    assert isinstance(grid, TileGrid)


# ----- the drawing: boxes never overlap, text never cut ---------------------------------------------
class RecordingPainter:
    def __init__(self) -> None:
        self.texts: list[tuple[float, float, str, float]] = []

    def box(self, *args: object) -> None: ...
    def band(self, *args: object) -> None: ...
    def rect(self, *args: object) -> None: ...
    def lines(self, *args: object) -> None: ...

    def text(self, x: float, baseline: float, text: str, size: float, colour: str, bold: bool) -> None:
        self.texts.append((x, baseline, text, size))

    def text_width(self, text: str, size: float, bold: bool) -> float:
        return text_width(text, size)


@pytest.mark.parametrize("layout", ["top-down", "left-right", "compact"])
def test_boxes_never_overlap_and_text_stays_inside(layout: str) -> None:
    document = wide_document(12, 5)
    builder_unit = next(iter(document.units_of_scenario(scenario_id(document))))
    long_name = "一个名字特别特别长以至于一行放不下的事业部门" * 2
    document.put("unit", builder_unit.id, builder_unit._replace(name=long_name))
    drawing = prepare_chart(document, scenario_id(document), orientation=layout)
    boxes = list(drawing.layout.boxes.values())
    for a, b in combinations(boxes, 2):
        apart = a.x + a.width <= b.x or b.x + b.width <= a.x or a.y + a.height <= b.y or b.y + b.height <= a.y
        assert apart, (a, b)
    painter = RecordingPainter()
    paint.paint_chart(painter, drawing.layout, drawing.cards, drawing.labels, drawing.relations)
    for x, baseline, text, size in painter.texts:
        box = next(b for b in boxes if b.x <= x <= b.x + b.width and b.y <= baseline <= b.y + b.height + style.BADGE_H)
        assert x + text_width(text, size) <= box.x + box.width - style.PADDING + 0.01, text
        assert baseline <= box.y + box.height + style.BADGE_H
    assert any(text.endswith("…") for *_, text, _ in painter.texts)  # the long name was elided


# ----- PNG and SVG ------------------------------------------------------------------------------
def test_png_at_chosen_dpi(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    write_chart_png(sample, scenario_id(sample), out, ChartImageOptions(layout="top-down", dpi=192))
    image = Image.open(out)
    drawing = prepare_chart(sample, scenario_id(sample), orientation="top-down")
    assert image.width == pytest.approx((drawing.layout.width + 48) * 2, abs=2)
    assert 0.02 < pdf_tools.ink(image.convert("RGB")) < 0.6
    assert image.info["dpi"] == pytest.approx((192, 192), abs=1)


def test_png_too_large_says_which_dpi_fits(sample: Document) -> None:
    drawing = prepare_chart(sample, scenario_id(sample), orientation="top-down")
    with pytest.raises(ExportError) as raised:
        chart_image(drawing, 50_000)
    assert "dpi" in raised.value.english()


def test_svg_has_every_unit_and_parses(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    root = sample.root(scenario_id(sample))
    assert root is not None
    department = sample.children_of(root)[0]
    write_chart_svg(sample, scenario_id(sample), out, ChartImageOptions(root_id=department.id))
    tree = ET.parse(out)
    texts = [t.text for t in tree.iter("{http://www.w3.org/2000/svg}text")]
    assert department.name in texts
    assert root.name not in texts  # only the chosen subtree
