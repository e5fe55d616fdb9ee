"""Exports are safe to open: user text never becomes a formula in any workbook, and no PDF
carries JavaScript, launch actions or automatic actions. Every exporter runs as a user runs
it (the command line) on a document whose names are formula-injection attempts."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from orgdesk.cli import main
from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.entities import OwnerKind
from orgdesk.store.store import Store
from tests.external_tools import require
from tests.reliability.conftest import Figure

PACKAGE = Path(__file__).resolve().parents[2] / "orgdesk"
INJECTIONS = [
    "=1+1",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A2)",
    '  =HYPERLINK("http://x.example","点我")',
    "\t=cmd|' /C calc'!A0",
    "\r\n=2*3",
    "＝1+1",
    '=DDE("cmd";"/C calc";"__")',
]


def _hostile_document(path: Path) -> None:
    builder = DocumentBuilder("=组织" + INJECTIONS[0])
    types = builder.add_default_unit_types()
    for number, scenario_name in enumerate(("现行", "=方案+1")):
        scenario = builder.add_scenario(scenario_name, is_current=number == 0)
        root = builder.add_unit(scenario, None, "总部", type_id=next(iter(types.values())).id)
        for index, text in enumerate(INJECTIONS[number:]):
            unit = builder.add_unit(scenario, root, f"{text}", code=text, description=text)
            post = builder.add_position(unit, text, headcount=index % 3)
            if number == 0:
                person = builder.add_person(f"E{index}", text)
                builder.assign(person, post)
            builder.add_duty(OwnerKind.UNIT, unit.id, text)
            builder.add_kpi(OwnerKind.UNIT, unit.id, text, target=text)
    Store.create(path, builder.document).close()


def _formulas(workbook: Path) -> list[str]:
    """Every formula element in every sheet of a workbook."""
    found: list[str] = []
    with zipfile.ZipFile(workbook) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                found += re.findall(r"<f[ >].*?</f>|<f/>", xml)
    return found


def _text_cells(workbook: Path) -> list[str]:
    import python_calamine as calamine

    book = calamine.CalamineWorkbook.from_path(str(workbook))
    return [
        str(value)
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for value in row
        if isinstance(value, str)
    ]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    document = folder / "注入.orgdesk"
    _hostile_document(document)
    out = {name: folder / name for name in ("roster.xlsx", "chart.pdf", "booklet.pdf", "health.xlsx")}
    out |= {name: folder / name for name in ("diff.xlsx", "diff.pdf", "history.xlsx")}
    commands = [
        ("export", str(document), "--xlsx", str(out["roster.xlsx"]), "--chart-pdf", str(out["chart.pdf"]),
         "--booklet-pdf", str(out["booklet.pdf"])),
        ("check", str(document), "--xlsx", str(out["health.xlsx"])),
        ("diff", str(document), "--from", "现行", "--to", "=方案+1", "--xlsx", str(out["diff.xlsx"]),
         "--pdf", str(out["diff.pdf"])),
        ("history", str(document), "--xlsx", str(out["history.xlsx"])),
    ]  # fmt: skip
    for command in commands:  # in this process: the same code as `orgdesk …`, without four interpreter starts
        assert main(list(command), io.StringIO()) in (0, 1)  # check returns 1 when it finds problems
    return {name: path for name, path in out.items() if path.exists()}


def test_no_user_text_becomes_a_formula_in_any_workbook(exports: dict[str, Path], figure: Figure) -> None:
    workbooks = sorted(name for name in exports if name.endswith(".xlsx"))
    assert {"roster.xlsx", "health.xlsx", "diff.xlsx"} <= set(workbooks), workbooks
    for name in workbooks:
        assert _formulas(exports[name]) == [], f"{name} holds formulas"
    roster_text = _text_cells(exports["roster.xlsx"])
    assert "=1+1" in roster_text, "the names are kept as they are, as text"
    figure(f"exports: {len(workbooks)} workbooks ({', '.join(workbooks)}) hold no formula; injected names stay text")


PDF_ACTIONS = re.compile(rb"/(JS|JavaScript|Launch|OpenAction|AA|SubmitForm|ImportData|RichMedia|EmbeddedFile)\b")


def _pdf_objects_text(pdf: Path) -> bytes:
    """The PDF with its streams and object streams unpacked (qpdf), so names hide nowhere."""
    unpacked = pdf.with_suffix(".qdf.pdf")
    options = ["--qdf", "--object-streams=disable", "--stream-data=uncompress"]
    command = [require("qpdf"), *options, str(pdf), str(unpacked)]
    subprocess.run(command, check=True)
    return unpacked.read_bytes()


def test_pdfs_carry_no_javascript_or_actions(exports: dict[str, Path], figure: Figure) -> None:
    pdfs = sorted(name for name in exports if name.endswith(".pdf"))
    assert {"chart.pdf", "booklet.pdf"} <= set(pdfs), pdfs
    for name in pdfs:
        found = set(PDF_ACTIONS.findall(_pdf_objects_text(exports[name])))
        assert not found, f"{name} carries {found}"
    figure(f"exports: {len(pdfs)} PDFs ({', '.join(pdfs)}) carry no /JS, /JavaScript, /Launch, /OpenAction, /AA")


def test_the_package_writes_no_csv_unescaped() -> None:
    """OrgDesk has no CSV export today. A new one must neutralise =, +, -, @ (after spaces or
    tabs too) the way the workbooks avoid formulas; this test names any csv writer added."""
    writers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            is_csv = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "csv"
            if is_csv and node.attr in ("writer", "DictWriter"):  # type: ignore[attr-defined]
                writers.append(str(path.relative_to(PACKAGE.parent)))
    assert writers == [], f"review these CSV writers for formula injection: {writers}"
