"""`--fit departments`: the chart a department per page; cut-off boxes keep their roll-up figures and
point to the page that continues them (text and link); every unit is on some page; bookmarks nest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.chart.pages import LARGEST_PAGE
from orgdesk.io.chart.pdf_writer import write_chart_pdf
from tests.io import pdf_tools


def deep_document(departments: int = 12, teams: int = 6, groups: int = 4) -> Document:
    """Three levels under the top: too big for one legible A4 sheet, fine a department at a time."""
    builder = DocumentBuilder("深公司")
    types = builder.add_default_unit_types()
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "深公司", type_id=types["公司"].id)
    for d in range(departments):
        department = builder.add_unit(scenario, top, f"第{d + 1}事业部", type_id=types["部门"].id)
        builder.add_position(department, "部门经理", headcount=2, is_manager=True)
        for t in range(teams):
            team = builder.add_unit(scenario, department, f"{d + 1}部{t + 1}室", type_id=types["团队"].id)
            for g in range(groups):
                builder.add_unit(scenario, team, f"{d + 1}部{t + 1}室{g + 1}组", type_id=types["团队"].id)
    return builder.document


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path, list[str]]:
    document = deep_document()
    scenario = document.current_scenario()
    assert scenario is not None
    path = tmp_path_factory.mktemp("departments") / "chart.pdf"
    lines = write_chart_pdf(document, scenario.id, path, ChartPdfOptions(paper="A4", fit="departments"))
    return document, path, lines


def page_texts(path: Path) -> list[str]:
    return pdf_tools.text(path).split("\f")[:-1]


def test_every_unit_is_on_a_page_and_references_lead_to_its_page(exported: tuple[Document, Path, list[str]]) -> None:
    document, path, lines = exported
    assert lines == [], "every page stays legible"
    pages = page_texts(path)
    assert len(pages) > 1 and len(pages) == len(pdf_tools.page_sizes(path))
    shown = "".join(pages)
    for unit in document.all("unit"):
        assert isinstance(unit, Unit) and unit.name in shown
    references = [
        (number, int(target)) for number, text in enumerate(pages, 1) for target in re.findall(r"→ p\. (\d+)", text)
    ]
    assert references, "cut-off boxes name the page that continues them"
    for source, target in references:
        assert source < target <= len(pages)
        paths = re.findall(r"深公司(?:/[^\s·/]+)+", pages[target - 1])
        assert paths, "the title block names the unit path the page starts at"
        top = paths[-1].rsplit("/", 1)[1]
        assert top in pages[source - 1], "the page continues a box shown on the referring page"


def test_bookmarks_nest_like_the_tree_and_pages_stay_in_the_viewers_limit(
    exported: tuple[Document, Path, list[str]],
) -> None:
    _document, path, _lines = exported
    outline = pdf_tools.outline_titles(path)
    assert outline[0] == (0, "深公司")
    assert any(depth >= 1 for depth, _title in outline)
    assert max(max(size) for size in pdf_tools.page_sizes(path)) <= LARGEST_PAGE
    pdf_tools.qpdf_check(path)
