"""Duty documents in: the seed 职责说明书 (as text and as Word with automatic numbering) become the
units, posts and duties the bundled sample was typed in from."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind
from orgdesk.domain.sample import sample_document
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.duty_document import clean_line, document_lines, parse_duty_document, plan_duty_import
from tests.cli.test_cli import orgdesk

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"  # a copy of ../shared/seeds: CI has only the clone
DEPARTMENTS = SEEDS / "telecom-departments-duties.txt"


def _shape(document: Document) -> dict[str, tuple[int, dict[str, int]]]:
    """unit → (its own duties, post → duties), for the units under the top unit."""
    scenario = document.current_scenario()
    assert scenario is not None
    root = document.root(scenario.id)
    assert root is not None
    return {
        unit.name: (
            len(document.duties_of(OwnerKind.UNIT, unit.id)),
            {
                post.title: len(document.duties_of(OwnerKind.POSITION, post.id))
                for post in document.positions_of(unit.id)
                if document.duties_of(OwnerKind.POSITION, post.id)
            },
        )
        for unit in document.children_of(root)
    }


def _imported(path: Path, document: Document | None = None) -> Document:
    document = document or empty_document("某电信分公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plan, _parsed = plan_duty_import(document, scenario.id, path)
    plan.operation().apply(document)
    return document


def test_the_departments_document_gives_the_samples_units_posts_and_duties() -> None:
    assert _shape(_imported(DEPARTMENTS)) == _shape(sample_document())


def test_a_closing_sentence_is_the_posts_purpose_and_the_site_notice_is_unassigned() -> None:
    parsed = parse_duty_document(document_lines(DEPARTMENTS))
    planning = parsed.units[0].posts[0]
    assert planning.name == "市场规划" and planning.duties[-1] == "制定市场发展策略、客户分群策略。"
    assert planning.purpose == ["最大限度创造企业利润，提高经营管理水平，创造最佳经营业绩。"]
    assert parsed.unassigned[0] == (1, "电信运营商部门组织架构")


def test_importing_the_document_again_adds_nothing() -> None:
    document = _imported(DEPARTMENTS)
    scenario = document.current_scenario()
    assert scenario is not None
    again, _parsed = plan_duty_import(document, scenario.id, DEPARTMENTS)
    assert again.entities == []


def test_a_word_document_with_automatic_numbering_is_read_in_order(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("财务部职责及岗位设置", level=1)
    word.add_paragraph("财务部主要职责：")
    for text in ("负责会计核算。", "负责资金管理。", "负责预算编制。"):
        word.add_paragraph(text, style="List Number")  # Word numbers these itself (numbering.xml)
    word.add_paragraph("一、出纳")
    word.add_paragraph("办理现金收付。", style="List Number 2")
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "二、会计"
    table.rows[0].cells[1].text = "1.编制记账凭证。"
    path = tmp_path / "财务部.docx"
    word.save(str(path))
    lines = document_lines(path)
    assert lines[2:5] == ["1.负责会计核算。", "2.负责资金管理。", "3.负责预算编制。"]
    parsed = parse_duty_document(lines)
    (unit,) = parsed.units
    assert unit.name == "财务部" and unit.duties == ["负责会计核算。", "负责资金管理。", "负责预算编制。"]
    assert [(post.name, post.duties) for post in unit.posts] == [
        ("出纳", ["办理现金收付。"]),
        ("会计", ["编制记账凭证。"]),
    ]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_text_in_other_encodings_and_broken_lines(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "职责.txt"
    text = "综合部工作职责\n1、负责公文的起草和\n印发；2、负责会务。\n"
    path.write_bytes(text.encode(encoding))
    (unit,) = parse_duty_document(document_lines(path)).units
    assert unit.name == "综合部" and unit.duties == ["负责公文的起草和印发；", "负责会务。"]


def test_bad_documents_get_one_line_and_change_nothing(tmp_path: Path) -> None:
    old = tmp_path / "职责.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(SpreadsheetImportError) as refused:
        document_lines(old)
    assert "save it as .docx" in refused.value.template
    damaged = tmp_path / "坏.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SpreadsheetImportError):
        document_lines(damaged)
    path = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    before = path.read_bytes()
    result = orgdesk("import", str(path), "--from", str(damaged))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_the_command_line_imports_and_dry_run_prints_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    dry = orgdesk("import", str(path), "--from", str(DEPARTMENTS), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    read = json.loads(dry.stdout)
    names = [unit["name"] for unit in read["units"]]
    assert names == ["市场部", "政企客户部", "公众客户部", "客户服务部", "10000号运营中心"]
    done = orgdesk("import", str(path), "--from", str(DEPARTMENTS))
    assert done.returncode == 0 and "5 units" in done.stdout, done.stderr


def test_kpis_under_a_kpi_heading_and_units_named_in_a_subunits_sentence(tmp_path: Path) -> None:
    path = tmp_path / "综合部.md"
    text = (
        "综合部主要职责：\n本部下设综合室、财务室和审计室。\n1.负责公文管理。\n2.负责会务组织。\n"
        "考核指标：\n1.公文办理及时率\n2.会议组织满意度\n一、文秘\n1.起草文件。\n考核指标\n1.文件差错率\n"
    )
    path.write_text(text, encoding="utf-8")
    (unit,) = parse_duty_document(document_lines(path)).units
    assert unit.children == ["综合室", "财务室", "审计室"]
    assert unit.duties == ["负责公文管理。", "负责会务组织。"] and unit.kpis == ["公文办理及时率", "会议组织满意度"]
    assert [(post.name, post.duties, post.kpis) for post in unit.posts] == [("文秘", ["起草文件。"], ["文件差错率"])]
    document = _imported(path)
    scenario = document.current_scenario()
    assert scenario is not None
    names = {unit.name for unit in document.units_of_scenario(scenario.id)}
    assert {"综合部", "综合室", "财务室", "审计室"} <= names
    assert document.count("kpi") == 3


# ----- nothing is lost -------------------------------------------------------------------------

_WORDS = st.text(alphabet="负责组织管理制定客户市场网络服务分析计划协调系统数据安全质量建设", min_size=2, max_size=30)


def _kept(parsed: object) -> str:
    from orgdesk.io.importing.duty_document import DutyDocument

    assert isinstance(parsed, DutyDocument)
    parts: list[str] = [text for _line, text in parsed.unassigned]
    for unit in parsed.units:
        parts += [unit.name, *unit.duties, *unit.purpose, *unit.kpis, *unit.children]
        for post in unit.posts:
            parts += [post.name, *post.duties, *post.purpose, *post.kpis]
    return "\n".join(parts)


@settings(max_examples=60, deadline=None)
@given(
    units=st.lists(
        st.tuples(
            st.sampled_from(["财务部", "网络部", "综合办公室", "客服中心", "审计室"]),
            st.lists(_WORDS, max_size=4),
            st.lists(st.tuples(st.sampled_from(["出纳", "会计", "主管"]), st.lists(_WORDS, max_size=3)), max_size=3),
        ),
        max_size=4,
    ),
    noise=st.lists(st.text(min_size=1, max_size=40).filter(lambda t: t.strip() and "\n" not in t), max_size=5),
)
def test_every_piece_of_text_ends_up_somewhere(
    units: list[tuple[str, list[str], list[tuple[str, list[str]]]]], noise: list[str]
) -> None:
    lines: list[str] = list(noise)
    expected: list[str] = [clean_line(text) for text in noise]
    for name, duties, posts in units:
        lines.append(f"{name}主要职责：")
        lines += [f"{number}.{duty}。" for number, duty in enumerate(duties, 1)]
        expected += [*(f"{duty}。" for duty in duties), name]
        for number, (title, post_duties) in enumerate(posts, 1):
            lines.append(f"（{'一二三'[number - 1]}）{title}")
            lines += [f"{index}、{duty}。" for index, duty in enumerate(post_duties, 1)]
            expected += [title, *(f"{duty}。" for duty in post_duties)]
    kept = _kept(parse_duty_document(lines))
    for text in expected:
        body = text.strip()
        assert body in kept or body.lstrip("-•·●▪◆ ") in kept or not body.strip(" -•·●▪◆"), (text, kept[:300])


def test_duties_numbered_inline_on_the_heading_line_and_prose_split_into_sentences(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    text = "财务组工作职责1、负责会计核算；2、负责资金管理；\n人事组工作职责：\n负责招聘。负责培训；负责考勤。\n"
    path.write_text(text, encoding="utf-8")
    finance, people = parse_duty_document(document_lines(path)).units
    assert (finance.name, finance.duties) == ("财务组", ["负责会计核算；", "负责资金管理；"])
    assert (people.name, people.duties) == ("人事组", ["负责招聘。", "负责培训；", "负责考勤。"])


def test_kpis_named_in_duties_are_offered_and_added_on_request(tmp_path: Path) -> None:
    path = tmp_path / "市场部.txt"
    path.write_text("市场部主要职责：\n1.承担营业收入、市场份额指标。\n2.负责市场调研。\n", encoding="utf-8")
    (unit,) = parse_duty_document(document_lines(path)).units
    assert unit.named_kpis() == ["营业收入", "市场份额"]
    document = empty_document("公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plain, _parsed = plan_duty_import(document, scenario.id, path)
    assert plain.count("kpi") == 0
    offered, _parsed = plan_duty_import(document, scenario.id, path, kpis_from_duties=True)
    assert offered.count("kpi") == 2


def test_the_cooperation_document_in_traditional_chinese_gives_its_departments() -> None:
    parsed = parse_duty_document(document_lines(SEEDS / "telecom-department-cooperation.txt"))
    names = [unit.name for unit in parsed.units]
    assert names == ["網絡運營部門", "客戶服務部門", "市場營銷部門", "運營管理部門"]
    assert all(len(unit.duties) >= 3 and unit.purpose for unit in parsed.units)


def test_the_operations_guide_has_no_units_and_keeps_its_text() -> None:
    parsed = parse_duty_document(document_lines(SEEDS / "telecom-operations-guides.txt"))
    assert parsed.units == [] and len(parsed.unassigned) > 50
    document = empty_document("公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plan, _parsed = plan_duty_import(document, scenario.id, SEEDS / "telecom-operations-guides.txt")
    assert plan.entities == [] and "No unit was recognised" in plan.problems[0].text("en")


def test_the_departments_document_as_word_gives_the_same_as_the_text(tmp_path: Path) -> None:
    """The seed typed into Word: headings as Word headings, the numbered lines as automatic lists."""
    word = docx.Document()
    for line in document_lines(DEPARTMENTS):
        text = line.strip()
        numbered = re.match(r"^\d{1,2}[.、](?P<rest>.+)$", text)
        if text.endswith("职责及岗位设置") or text.endswith("主要职责"):
            word.add_heading(text, level=1)
        elif numbered is not None:
            word.add_paragraph(numbered.group("rest"), style="List Number")
        else:
            word.add_paragraph(text)
    path = tmp_path / "部门职责.docx"
    word.save(str(path))
    assert _shape(_imported(path)) == _shape(_imported(DEPARTMENTS))


def test_duties_of_a_traditional_heading_line_keep_the_documents_characters(tmp_path: Path) -> None:
    path = tmp_path / "繁體.txt"
    path.write_text("財務部門職責：負責會計核算。負責資金管理。\n", encoding="utf-8")
    (unit,) = parse_duty_document(document_lines(path)).units
    assert (unit.name, unit.duties) == ("財務部門", ["負責會計核算。", "負責資金管理。"])
