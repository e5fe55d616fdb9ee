"""Text that breaks things: control characters, bidi overrides, names of 30,000 characters, duties of
thousands, broken CSV quoting, nonsense arguments. Each ends in the right result or one clear line
with exit 2; the edits are refused with a message, the imports clean or cut what they read."""

from __future__ import annotations

import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Unit
from orgdesk.domain.operations import UpdateEntity
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.sample import sample_document
from orgdesk.domain.text_rules import MAX_LONG, MAX_SHORT, cleaned, fitted
from orgdesk.domain.validation import field_error
from orgdesk.store.store import Store
from tests.cli.test_cli import orgdesk
from tests.io import pdf_tools


def _unit(document: Document) -> Unit:
    return next(u for u in document.all("unit") if isinstance(u, Unit) and u.parent_id is not None)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("市场\x00部", "control character (U+0000)"),
        ("市场\x1b[31m部", "control character (U+001B)"),
        ("市场\u202e部", "control character (U+202E)"),
        ("市场\n部", "must be one line"),
        ("部" * (MAX_SHORT + 1), f"at most {MAX_SHORT}"),
    ],
)
def test_an_edit_to_a_bad_name_is_refused_with_a_message(value: str, words: str) -> None:
    document = sample_document()
    unit = _unit(document)
    error = field_error(document, "unit", unit.id, "name", value)
    assert error is not None and words in str(error)
    with pytest.raises(RuleViolation):
        UpdateEntity("unit", unit.id, {"name": value}).prepare(document)


def test_long_texts_may_have_lines_up_to_their_limit() -> None:
    document = sample_document()
    duty = next(d for d in document.all("duty") if isinstance(d, Duty))
    assert field_error(document, "duty", duty.id, "text", "第一行\n第二行" + "长" * (MAX_LONG - 10)) is None
    too_long = field_error(document, "duty", duty.id, "text", "长" * (MAX_LONG + 1))
    assert too_long is not None and f"at most {MAX_LONG}" in str(too_long)


def test_cleaning_keeps_what_a_field_may_hold() -> None:
    assert cleaned("name", "市场\x00部\u202e\t一\r\n二 ") == "市场部 一 二"
    assert cleaned("text", "第一条\r\n第二条\x07") == "第一条\n第二条"
    value, cut = fitted("name", "部" * 30_000)
    assert cut and len(value) == MAX_SHORT and value.endswith("…")


def test_imported_control_characters_are_dropped_everywhere_they_would_show(tmp_path: Path) -> None:
    document = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(document)).returncode == 0
    sheet = tmp_path / "units.csv"
    sheet.write_text("部门名称,上级部门\n总部,\n市场\x1b[31m部\u202e,总部\n客\x07服部,总部\n", encoding="utf-8")
    assert orgdesk("import", str(document), "--from", str(sheet)).returncode == 0
    info = orgdesk("info", str(document))
    assert "市场[31m部" in info.stdout and "客服部" in info.stdout
    assert not any(char in info.stdout for char in "\x1b\u202e\x07")
    svg = tmp_path / "chart.svg"
    assert orgdesk("export", str(document), "--svg", str(svg)).returncode == 0
    ElementTree.parse(svg)  # valid XML


def test_a_30000_character_name_is_cut_with_a_note_and_imports_quickly(tmp_path: Path) -> None:
    document = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(document)).returncode == 0
    sheet = tmp_path / "units.csv"
    sheet.write_text(f"部门名称,上级部门\n总部,\n{'长' * 30_000},总部\n", encoding="utf-8")
    started = time.monotonic()
    result = orgdesk("import", str(document), "--from", str(sheet))
    assert result.returncode == 0, result.stderr
    assert "was 30000 characters long; it was cut to 200" in result.stdout
    outputs = ("--chart-pdf", str(tmp_path / "c.pdf"), "--booklet-pdf", str(tmp_path / "b.pdf"))
    exported = orgdesk("export", str(document), *outputs)
    assert exported.returncode == 0, exported.stderr
    assert time.monotonic() - started < 30
    with Store.open(document, readonly=True) as store:
        names = [u.name for u in store.load(lazy=False).all("unit") if isinstance(u, Unit)]
    assert max(map(len, names)) == MAX_SHORT


def test_a_booklet_of_the_longest_texts_goes_on_over_pages(tmp_path: Path) -> None:
    """Duties, descriptions and qualifications at their maximum length: cells taller than a page go on
    to the next page (the header repeated) instead of failing the export."""
    document = sample_document()
    duty = next(d for d in document.all("duty") if isinstance(d, Duty) and d.owner_kind == "position")
    document.put("duty", duty.id, duty._replace(text="负责市场营销策划，" * (MAX_LONG // 9)))
    unit = _unit(document)
    document.put("unit", unit.id, unit._replace(description="部门职能" * (MAX_LONG // 4)))
    path = tmp_path / "long.orgdesk"
    Store.create(path, document).close()
    booklet = tmp_path / "booklet.pdf"
    result = orgdesk("export", str(path), "--booklet-pdf", str(booklet), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    pages = pdf_tools.text(booklet).split("\f")
    holding = [number for number, page in enumerate(pages, 1) if "负责市场营销策划，负责市场营销策划" in page]
    assert len(holding) >= 2 and holding == list(range(holding[0], holding[-1] + 1))
    joined = "".join("".join(page.split()) for page in pages)  # the lines joined again
    assert joined.count("负责市场营销策划，") >= MAX_LONG // 9 - 2  # all of it (a page break may cut one)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('部门名称,上级部门\n总部,\n"市场部,总部\n客服部,总部\n', "line 3: a quote"),
        ('部门名称,上级部门\n总部,\n"' + "长" * (1 << 20) + ",总部\n", "longer than 1048576"),
    ],
)
def test_broken_csv_quoting_is_refused_with_the_line(tmp_path: Path, content: str, words: str) -> None:
    document = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(document)).returncode == 0
    sheet = tmp_path / "bad.csv"
    sheet.write_text(content, encoding="utf-8")
    result = orgdesk("import", str(document), "--from", str(sheet))
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_quote_inside_a_field_is_read_as_excel_reads_it(tmp_path: Path) -> None:
    document = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(document)).returncode == 0
    sheet = tmp_path / "loose.csv"
    sheet.write_text('部门名称,上级部门\n总部,\n"市场"部,总部\n', encoding="utf-8")
    result = orgdesk("import", str(document), "--from", str(sheet), "--dry-run")
    assert result.returncode == 0 and "2 units" in result.stdout


@pytest.mark.parametrize(
    "arguments",
    [
        ("import", "{doc}", "--from", "{csv}", "--header-row", "-7"),
        ("import", "{doc}", "--from", "{csv}", "--map", "name=²"),
        ("export", "{doc}", "--png", "{out}", "--dpi", "nan"),
        ("export", "{doc}", "--png", "{out}", "--dpi", "0"),
        ("export", "{doc}", "--png", "{out}", "--dpi", "-5"),
        ("export", "{doc}", "--chart-pdf", "{out}", "--depth", "-3"),
        ("check", "{doc}", "--overlap", "²"),
        ("info", "postgresql://a@[::1"),
        ("info", "postgresql://a@host:port/db"),
    ],
)
def test_nonsense_arguments_are_one_line_and_exit_2(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    document = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(document), "--sample").returncode == 0
    sheet = tmp_path / "u.csv"
    sheet.write_text("部门名称,上级部门\n总部,\n", encoding="utf-8")
    filled = [a.format(doc=document, csv=sheet, out=tmp_path / "out.png") for a in arguments]
    result = orgdesk(*filled)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Internal error" not in lines[0], lines


def test_control_characters_already_in_a_document_never_reach_xml_or_the_terminal(tmp_path: Path) -> None:
    """A document from before these rules (or edited elsewhere) may hold them: outputs drop them."""
    import sqlite3

    document = tmp_path / "old.orgdesk"
    assert orgdesk("new", str(document), "--sample").returncode == 0
    with sqlite3.connect(document) as connection:
        connection.execute("UPDATE unit SET name = '市场' || char(27) || '[2J红' || char(0) || '部' WHERE id = 2")
    info = orgdesk("info", str(document))
    assert info.returncode == 0 and "市场[2J红部" in info.stdout and "\x1b" not in info.stdout
    svg = tmp_path / "chart.svg"
    assert orgdesk("export", str(document), "--svg", str(svg)).returncode == 0
    ElementTree.parse(svg)
