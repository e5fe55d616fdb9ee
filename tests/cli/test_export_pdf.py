"""`orgdesk export` with the chart PDF, the booklet, PNG and SVG, as a user runs it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytest import MonkeyPatch

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.store.store import Store
from tests.cli.test_cli import orgdesk
from tests.io import pdf_tools


def test_several_outputs_in_one_call(sample_file: Path, tmp_path: Path) -> None:
    chart, booklet, png, svg = (tmp_path / name for name in ("chart.pdf", "booklet.pdf", "chart.png", "chart.svg"))
    result = orgdesk(
        "export",
        str(sample_file),
        "--chart-pdf",
        str(chart),
        "--booklet-pdf",
        str(booklet),
        "--png",
        str(png),
        "--svg",
        str(svg),
        "--layout",
        "top-down",
        "--landscape",
        "--dpi",
        "48",
    )
    assert result.returncode == 0, result.stderr
    for path in (chart, booklet, png, svg):
        assert f"Wrote {path}" in result.stdout
    assert "市场部" in pdf_tools.text(chart)
    assert int(pdf_tools.info(booklet)["Pages"]) > 10
    assert Image.open(png).width > 100
    assert "市场部" in svg.read_text(encoding="utf-8")


def test_root_scenario_and_tiles(sample_file: Path, tmp_path: Path) -> None:
    chart = tmp_path / "part.pdf"
    result = orgdesk(
        "export", str(sample_file), "--chart-pdf", str(chart), "--root", "某电信分公司/市场部", "--fit", "tiles"
    )
    assert result.returncode == 0, result.stderr
    text = pdf_tools.text(chart)
    assert "市场部" in text and "政企客户部" not in text


def test_fit_page_too_small_exits_2_with_advice(tmp_path: Path) -> None:
    builder = DocumentBuilder("宽公司")
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "宽公司")
    for n in range(14):
        builder.add_unit(scenario, top, f"第{n + 1}部")
    path = tmp_path / "wide.orgdesk"
    Store.create(path, builder.document).close()
    out = tmp_path / "wide.pdf"
    result = orgdesk("export", str(path), "--chart-pdf", str(out), "--layout", "top-down")
    assert result.returncode == 2
    assert "--fit tiles" in result.stderr and "paper" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
    tiled = orgdesk("export", str(path), "--chart-pdf", str(out), "--layout", "top-down", "--fit", "tiles")
    assert tiled.returncode == 0, tiled.stderr
    assert "overview" in tiled.stdout


def test_unwritable_target_is_a_user_error(sample_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "chart.pdf"
    result = orgdesk("export", str(sample_file), "--booklet-pdf", str(target))
    assert result.returncode == 2
    assert "Cannot write" in result.stderr and "another folder" in result.stderr


def test_rare_characters_are_named_before_the_files_are_written(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setenv("ORGDESK_FALLBACK_FONTS", "none")  # as on a machine without the Hanazono fonts
    builder = DocumentBuilder("多语公司")
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "多语公司")
    builder.add_unit(scenario, top, "𠮷野家事业部")
    path = tmp_path / "rare.orgdesk"
    Store.create(path, builder.document).close()
    chart, svg = tmp_path / "chart.pdf", tmp_path / "chart.svg"
    result = orgdesk("export", str(path), "--chart-pdf", str(chart), "--svg", str(svg))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    warned = [n for n, line in enumerate(lines) if "𠮷野家事业部 (𠮷)" in line and "fonts-hanazono" in line]
    assert len(warned) == 1  # once, for both outputs
    assert warned[0] < lines.index(f"Wrote {chart}") < lines.index(f"Wrote {svg}")
    assert chart.exists() and svg.exists()  # still written
