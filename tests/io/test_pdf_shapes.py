"""The boxes of the chart PDFs are drawn by viewers: every form XObject a page uses is listed in
that page's resources (poppler draws nothing and says "XObject … is unknown" otherwise)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from orgdesk.domain.document import Document
from orgdesk.domain.sample import sample_document
from orgdesk.io.booklet.writer import write_booklet_pdf
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.chart.pdf_writer import write_chart_pdf
from tests.external_tools import require
from tests.io import pdf_tools  # noqa: F401 - fails early, with the fix, when poppler is missing


@pytest.fixture(scope="module")
def sample() -> Document:
    return sample_document()


def rendered(path: Path, page: int, tmp_path: Path) -> Image.Image:
    out = tmp_path / f"page{page}"
    result = subprocess.run(
        [require("pdftoppm"), "-png", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile", str(path), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Syntax Error" not in result.stderr, result.stderr
    return Image.open(out.with_suffix(".png")).convert("RGB")


def coloured_share(image: Image.Image) -> float:
    """The share of clearly coloured pixels (the boxes' type bands; text and lines are grey)."""
    saturation = image.convert("HSV").getchannel("S").histogram()
    return sum(saturation[100:]) / (image.width * image.height)


@pytest.mark.parametrize("fit", ["page", "tiles"])
def test_chart_boxes_are_drawn(sample: Document, tmp_path: Path, fit: str) -> None:
    scenario = sample.current_scenario()
    assert scenario is not None
    path = tmp_path / "chart.pdf"
    write_chart_pdf(sample, scenario.id, path, ChartPdfOptions(paper="A4", fit=fit, language="zh_CN"))
    assert coloured_share(rendered(path, 1, tmp_path)) > 0.005


def test_booklet_charts_are_drawn(sample: Document, tmp_path: Path) -> None:
    scenario = sample.current_scenario()
    assert scenario is not None
    path = tmp_path / "booklet.pdf"
    write_booklet_pdf(sample, scenario.id, path, language="zh_CN")
    chart_page = 4  # cover, two pages of contents, then the organisation chart
    assert coloured_share(rendered(path, chart_page, tmp_path)) > 0.005
