"""The import-linter contracts cover every module: a new ui module is a feature that must not
import the main window, and every layer stays free of import cycles."""

from __future__ import annotations

import tomllib
from pathlib import Path

import orgdesk

ROOT = Path(__file__).resolve().parents[1]


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert isinstance(contracts, list)
    return contracts


def _ui_children() -> set[str]:
    ui = Path(orgdesk.__file__).parent / "ui"
    names = {path.stem for path in ui.glob("*.py") if path.stem != "__init__"}
    names |= {path.name for path in ui.iterdir() if (path / "__init__.py").exists()}
    return {f"orgdesk.ui.{name}" for name in names}


def test_every_ui_module_but_the_main_window_is_kept_from_importing_it() -> None:
    contract = next(c for c in _contracts() if c.get("forbidden_modules") == ["orgdesk.ui.main_window"])
    sources = contract["source_modules"]
    assert isinstance(sources, list)
    assert set(sources) == _ui_children() - {"orgdesk.ui.main_window"}


def test_every_layer_is_checked_for_import_cycles() -> None:
    contract = next(c for c in _contracts() if c.get("type") == "acyclic_siblings")
    layers = {path.name for path in Path(orgdesk.__file__).parent.iterdir() if (path / "__init__.py").exists()}
    assert contract["ancestors"] == [f"orgdesk.{name}" for name in ("domain", "layout", "store", "io", "cli", "ui")]
    assert layers == {"domain", "layout", "store", "io", "cli", "ui"}
