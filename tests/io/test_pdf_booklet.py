"""The job-description booklet (岗位说明书), read back with poppler and qpdf."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind
from orgdesk.io.booklet.writer import ExportCancelled, write_booklet_pdf
from orgdesk.io.pdf.flowables import wrap_lines
from orgdesk.io.pdf.fonts import text_width
from tests.io import pdf_tools


def scenario_id(document: Document) -> int:
    scenario = document.current_scenario()
    assert scenario is not None
    return scenario.id


@pytest.fixture(scope="module")
def sample_booklet(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path]:
    from orgdesk.domain.sample import sample_document

    document = sample_document()
    out = tmp_path_factory.mktemp("booklet") / "booklet.pdf"
    assert write_booklet_pdf(document, scenario_id(document), out, language="en") == []
    return document, out


def test_order_cover_contents_chart_then_sections(sample_booklet: tuple[Document, Path]) -> None:
    document, out = sample_booklet
    assert "Job descriptions" in pdf_tools.text(out, 1, 1)
    assert "Contents" in pdf_tools.text(out, 2, 2)
    full = pdf_tools.text(out)
    chart_at = full.index("Organisation chart\n", full.index("Contents") + 30)
    department_at = full.index("Department responsibilities\n")
    post_at = full.index("Job description\n")
    assert chart_at < department_at < post_at
    for label in ("Main responsibilities", "Performance indicators", "Posts and headcount", "Department chart"):
        assert label in full
    for label in ("Post code", "Reports to", "Direct reports", "Purpose of the post", "Qualifications", "Holders"):
        assert label in full
    for label in ("Written by", "Reviewed by", "Approved by", "Version"):
        assert label in full
    for unit in document.units_of_scenario(scenario_id(document)):
        assert unit.name in full


def test_contents_page_numbers_point_at_the_sections(sample_booklet: tuple[Document, Path]) -> None:
    document, out = sample_booklet
    contents = pdf_tools.text(out, 2, 3, layout=True)
    root = document.root(scenario_id(document))
    assert root is not None
    department = document.children_of(root)[0]
    line = next(line for line in contents.splitlines() if line.strip().startswith(department.name))
    page = int(re.findall(r"(\d+)\s*$", line)[0])
    assert "Department responsibilities" in pdf_tools.text(out, page, page)
    assert department.name in pdf_tools.text(out, page, page)


def test_header_footer_and_page_total_on_every_page(sample_booklet: tuple[Document, Path]) -> None:
    document, out = sample_booklet
    pages = int(pdf_tools.info(out)["Pages"])
    for page in (2, pages // 2, pages):
        text = pdf_tools.text(out, page, page)
        assert document.organisation.name in text
        assert f"{page} / {pages}" in text


def test_fonts_embedded_structure_and_bookmarks(sample_booklet: tuple[Document, Path]) -> None:
    document, out = sample_booklet
    assert all(f["emb"] == "yes" for f in pdf_tools.fonts(out))
    pdf_tools.qpdf_check(out)
    outline = pdf_tools.outline_titles(out)
    assert outline[:2] == [(0, "Contents"), (0, "Organisation chart")]
    root = document.root(scenario_id(document))
    assert root is not None
    assert (0, root.name) in outline
    first_post = document.positions_of(root.id)[0]
    assert outline[outline.index((0, root.name)) + 1] == (1, first_post.title)
    assert 0.01 < pdf_tools.ink(pdf_tools.render(out, 1)) < 0.5  # the cover is not blank


def long_duties_document() -> Document:
    builder = DocumentBuilder("长职责公司")
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "长职责公司")
    post = builder.add_position(top, "综合管理岗", code="ZH-01")
    for n in range(90):
        builder.add_duty(
            OwnerKind.POSITION, post.id, f"第{n + 1}项职责：负责公司日常行政事务的组织与协调工作。", 1 + n % 2
        )
    builder.add_kpi(OwnerKind.POSITION, post.id, "公文处理及时率", target="≥98%", weight=30.0)
    builder.assign(builder.add_person("E9", "迪丽热巴·迪力木拉提"), post)
    return builder.document


def test_long_duty_list_flows_over_pages_with_repeated_header(tmp_path: Path) -> None:
    document = long_duties_document()
    out = tmp_path / "long.pdf"
    write_booklet_pdf(document, scenario_id(document), out, language="en")
    full = pdf_tools.text(out)
    assert "第90项职责" in full and "迪丽热巴·迪力木拉提" in full
    pages_with_duties = [
        page for page in range(1, int(pdf_tools.info(out)["Pages"]) + 1) if "项职责" in pdf_tools.text(out, page, page)
    ]
    assert len(pages_with_duties) >= 2
    for page in pages_with_duties:
        assert "Duty\n" in pdf_tools.text(out, page, page)  # the header row repeats
    assert "(1) 第2项职责" in full and "1. 第1项职责" in full  # numbered by level


def test_progress_reports_and_cancel_writes_nothing(sample: Document, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        write_booklet_pdf(sample, scenario_id(sample), out, progress=progress)
    assert seen[:3] == [(1, seen[0][1]), (2, seen[0][1]), (3, seen[0][1])]
    assert not out.exists()


def test_root_and_post_limit(sample: Document, tmp_path: Path) -> None:
    root = sample.root(scenario_id(sample))
    assert root is not None
    department = sample.children_of(root)[1]
    out = tmp_path / "part.pdf"
    totals: list[int] = []
    write_booklet_pdf(
        sample, scenario_id(sample), out, root_id=department.id, max_posts=2, progress=lambda d, t: not totals.append(t)
    )
    assert totals[-1] == 3  # the department and its first two posts
    full = pdf_tools.text(out)
    assert department.name in full
    assert all(other.name not in full for other in sample.children_of(root) if other != department)
    assert full.count("Job description\n") == 2


def test_chinese_booklet_keeps_latin_and_digits(tmp_path: Path) -> None:
    document = long_duties_document()
    out = tmp_path / "zh.pdf"
    write_booklet_pdf(document, scenario_id(document), out, language="zh_CN")
    full = pdf_tools.text(out)
    assert "ZH-01" in full and "≥98%" in full and "30%" in full


# ----- line breaking ------------------------------------------------------------------------------
def test_wrap_breaks_chinese_anywhere_keeps_latin_words_and_punctuation() -> None:
    text = "负责公司日常行政事务的组织与协调工作，包括OrgDesk系统维护。"
    lines = wrap_lines(text, 10, 100)
    assert "".join(lines) == text
    assert all(text_width(line, 10) <= 100 + 10 for line in lines)  # a hanging mark may overhang
    assert not any(line.startswith(("，", "。")) for line in lines)
    assert any("OrgDesk" in line for line in lines)  # the word is not cut
    assert wrap_lines("a\nb", 10, 100) == ("a", "b")
    hanging = wrap_lines("各项营销计划指标实际完成值 ÷ 计划值 × 100%，按权重加权汇总", 8.5, 180)
    assert hanging[0].endswith("100%，")  # two closing marks in a row both hang
    assert wrap_lines("", 10, 100) == ("",)
