"""Every program outside Python that a test or benchmark calls is in scripts/test-packages.txt with
its Debian package (which the test command installs), and is there on this machine."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.external_tools import PACKAGE_LIST, listed, require

ROOT = Path(__file__).resolve().parents[1]
RUNNERS = {"run", "Popen", "check_output", "check_call", "call", "which", "require"}
PROGRAM = re.compile(r"^[a-z][\w.+-]*$")


def _first_string(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.List | ast.Tuple) and node.elts:
        return _first_string(node.elts[0])
    return None


def _called_programs(tree: ast.AST) -> set[str]:
    """Program names written as string literals where a program is run or looked up:
    run(["prog", …]), run("prog", …), which("prog"), require("prog"), and ["prog", "-option", …]."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in RUNNERS and (program := _first_string(node.args[0])) is not None:
                found.add(program)
        elif isinstance(node, ast.List) and len(node.elts) >= 2:
            first, second = _first_string(node.elts[0]), node.elts[1]
            if first and isinstance(second, ast.Constant) and str(second.value).startswith("-"):
                found.add(first)
    return {Path(program).name for program in found if PROGRAM.match(Path(program).name) or "/" in program}


def test_the_scan_finds_programs_in_each_form() -> None:
    source = 'subprocess.run(["dot", "-Tpdf"])\nrun("pdftotext", "x")\nshutil.which("qpdf")\nx = ["runuser", "-u"]\n'
    assert _called_programs(ast.parse(source)) == {"dot", "pdftotext", "qpdf", "runuser"}


def test_every_program_the_tests_call_is_listed_with_its_package() -> None:
    names = {tool.name for tool in listed()}
    called: dict[str, set[str]] = {}
    files = [*ROOT.joinpath("tests").rglob("*.py"), *ROOT.joinpath("benchmarks").rglob("*.py")]
    for path in files:
        if path.name == Path(__file__).name:
            continue
        for program in _called_programs(ast.parse(path.read_text(encoding="utf-8"))):
            called.setdefault(program, set()).add(str(path.relative_to(ROOT)))
    assert {"pdftotext", "qpdf", "dot", "initdb", "pg_ctl"} <= set(called)  # the scan sees them
    unlisted = {program: sorted(where) for program, where in called.items() if program not in names}
    assert unlisted == {}, f"add these to {PACKAGE_LIST.name} with their Debian package"


def test_the_test_command_installed_every_listed_tool() -> None:
    for tool in listed():
        require(tool.name)
