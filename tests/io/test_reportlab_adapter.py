"""reportlab's private internals are reached only through orgdesk/io/pdf/reportlab_adapter.py, and a
reportlab release that drops one of them fails there, loudly, naming it."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest
import reportlab

from orgdesk.io.pdf import reportlab_adapter
from orgdesk.io.pdf.reportlab_adapter import ReportlabChanged, check_reportlab, internals_missing

ORGDESK = Path(reportlab_adapter.__file__).resolve().parents[2]


def test_the_installed_reportlab_has_every_internal_the_pdf_code_uses() -> None:
    assert reportlab.Version.split(".")[0] == str(reportlab_adapter.SUPPORTED_MAJOR)
    assert internals_missing() == []
    check_reportlab()


def test_another_major_version_is_named() -> None:
    assert internals_missing("6.0.0") == [f"version {reportlab_adapter.SUPPORTED_MAJOR}.x (found 6.0.0)"]


def test_a_vanished_internal_fails_loudly_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    stripped = SimpleNamespace(_doc=SimpleNamespace(), _formsinuse=[], _pagesize=(1, 1))  # no _code
    monkeypatch.setattr(reportlab_adapter, "_probe_canvas", lambda: stripped)
    check_reportlab.cache_clear()
    try:
        with pytest.raises(ReportlabChanged, match=r"missing Canvas\._code.*PDFDocument\.addPage") as raised:
            check_reportlab()
        assert "reportlab_adapter.py" in str(raised.value)
    finally:
        check_reportlab.cache_clear()


def test_pyproject_pins_reportlab_to_the_supported_major_version() -> None:
    pyproject = (ORGDESK.parent / "pyproject.toml").read_text(encoding="utf-8")
    major = reportlab_adapter.SUPPORTED_MAJOR
    assert f'"reportlab>={major}.0,<{major + 1}"' in pyproject


def test_no_other_module_touches_a_private_name_of_reportlab() -> None:
    """Besides ruff's SLF001 (private attributes), no module imports a private reportlab name or
    assigns into a reportlab module."""
    offenders = []
    for path in ORGDESK.rglob("*.py"):
        if path.name == "reportlab_adapter.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        reportlab_names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
                reportlab_names.update(alias.asname or alias.name for alias in node.names)
                offenders += [f"{path.name}: {alias.name}" for alias in node.names if alias.name.startswith("_")]
        targets = [target for node in ast.walk(tree) if isinstance(node, ast.Assign) for target in node.targets]
        offenders += [
            f"{path.name}: {target.value.id}.{target.attr} ="
            for target in targets
            if isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id in reportlab_names | {"reportlab"}
        ]
    assert offenders == []
