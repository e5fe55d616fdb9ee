"""Both languages complete: every message of the code has its Chinese translation."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from orgdesk.i18n import catalogue, render
from orgdesk.store.files import MISSING_FILE

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "translations.py"


def _script() -> object:
    spec = importlib.util.spec_from_file_location("translations", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_is_current_and_every_message_is_translated() -> None:
    problems = _script().problems()  # type: ignore[attr-defined]
    assert problems == []


def test_translations_keep_their_placeholders() -> None:
    import re

    for (context, source), text in catalogue("zh_CN").items():
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), (context, source)


def test_the_cli_speaks_chinese_from_the_same_catalogue() -> None:
    message = render("Store", MISSING_FILE, {"path": "a.orgdesk"}, "zh_CN")
    assert "a.orgdesk" in message and "不存在" in message
    assert render("Store", MISSING_FILE, {"path": "a.orgdesk"}, "en") == "The file “a.orgdesk” does not exist."
