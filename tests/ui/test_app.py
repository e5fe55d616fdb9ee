"""Starting the application: language, fonts, start-up document, the whole run_gui path."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgdesk import app as application
from orgdesk.ui.context import AppContext
from orgdesk.ui.main_window import MainWindow
from tests.external_tools import require
from tests.ui.conftest import ScriptedInteraction


@pytest.fixture
def started(qapp: QApplication) -> Iterator[list[AppContext]]:
    """Contexts made by a test; their translators are removed afterwards (they are global)."""
    made: list[AppContext] = []
    yield made
    for context in made:
        application.shutdown(qapp, context)


def _start(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, started: list[AppContext], arguments: list[str]
) -> tuple[MainWindow, ScriptedInteraction]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = application.build_context(qapp, settings=settings, sample_path=tmp_path / "data" / "示例组织.orgdesk")
    interaction = ScriptedInteraction()
    context.interaction = interaction
    started.append(context)
    window = application.start(context, arguments)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window, interaction


@pytest.mark.parametrize(("variable", "language"), [("zh_CN", "zh_CN"), ("en", "en"), ("zh", "zh_CN")])
def test_language_follows_orgdesk_lang(monkeypatch: pytest.MonkeyPatch, variable: str, language: str) -> None:
    monkeypatch.setenv("ORGDESK_LANG", variable)
    assert application.choose_language() == language


def test_window_starts_in_chinese(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[AppContext]
) -> None:
    monkeypatch.setenv("ORGDESK_LANG", "zh_CN")
    window, interaction = _start(qapp, qtbot, tmp_path, started, [])
    assert started[0].language == "zh_CN"
    # Qt's own strings are Chinese (our catalogue joins them once the lead builds it).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert interaction.warnings == []
    assert window.tree_model.index(0, 0).data() == "某电信分公司"
    assert window.isVisible()


def test_window_starts_in_english(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[AppContext]
) -> None:
    monkeypatch.setenv("ORGDESK_LANG", "en")
    window, _interaction = _start(qapp, qtbot, tmp_path, started, [])
    assert started[0].translators == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert window.menuBar().actions()[0].text() == "&File"


def test_missing_translation_files_do_not_stop_the_start(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(application, "translation_files", lambda _language: [tmp_path / "none.qm"])
    assert application.install_translators(qapp, "zh_CN") == []


def test_bundled_font_covers_chinese(qapp: QApplication) -> None:
    families = application.register_fonts(qapp)
    assert families == ["Droid Sans Fallback"]
    font = QApplication.font()
    assert font.families()[-1] == "Droid Sans Fallback"
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems("Droid Sans Fallback")
    assert QFontMetrics(font).inFontUcs4(ord("编"))


def test_the_sample_is_created_on_first_start_and_the_last_document_reopens(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, started: list[AppContext]
) -> None:
    window, _interaction = _start(qapp, qtbot, tmp_path, started, [])
    sample = tmp_path / "data" / "示例组织.orgdesk"
    assert sample.is_file()
    assert window.windowTitle() == "示例组织.orgdesk — 某电信分公司 — OrgDesk"
    window.close()
    application.shutdown(qapp, started.pop())

    # The next start opens the last document, even when it is no longer the sample.
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    moved = tmp_path / "mine.orgdesk"
    sample.rename(moved)
    settings.setValue("documents/last", str(moved))
    settings.sync()
    window, interaction = _start(qapp, qtbot, tmp_path, started, [])
    assert window.windowTitle().startswith("mine.orgdesk")
    assert interaction.warnings == []


def test_a_bad_path_argument_warns_and_falls_back_to_the_sample(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, started: list[AppContext]
) -> None:
    bad = tmp_path / "bad.orgdesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10)
    window, interaction = _start(qapp, qtbot, tmp_path, started, [str(bad)])
    assert len(interaction.warnings) == 1
    assert str(bad) in interaction.warnings[0][1]
    assert window.windowTitle().startswith("示例组织.orgdesk")


def test_path_argument_is_opened(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_path: Path, started: list[AppContext]
) -> None:
    window, _interaction = _start(qapp, qtbot, tmp_path, started, [str(sample_path)])
    assert window.windowTitle().startswith("s.orgdesk")
    assert not (tmp_path / "data" / "示例组织.orgdesk").exists()


def test_run_gui_opens_the_document_and_returns_when_quit(
    qapp: QApplication, tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "xdg-config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "xdg-config"))
    titles: list[str] = []

    def look_and_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        titles.append(window.windowTitle())
        window.close()
        qapp.quit()

    QTimer.singleShot(50, look_and_quit)
    try:
        assert application.run_gui([str(sample_path)]) == 0
    finally:
        # Closing the last window posts a second Quit; left pending it would end the next dialog's loop.
        QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)  # type: ignore[arg-type]  # None: every receiver
    assert titles == ["s.orgdesk — 某电信分公司 — OrgDesk"]
    assert not qapp.windowIcon().isNull()
    assert qapp.applicationVersion() == "0.1.0"
    qapp.setOrganizationName("OrgDesk-tests")
    qapp.setApplicationName("OrgDesk-tests")


def test_a_word_that_is_no_document_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert application.run_gui(["frobnicate"]) == 2
    assert "“frobnicate” is neither a command" in capsys.readouterr().err
    # A document name is always for the window, even one that does not exist (it warns there).
    assert application.argument_error([str(tmp_path / "missing.orgdesk")]) is None
    assert application.argument_error([]) is None


def _catalogue(tmp_path: Path, messages: dict[str, dict[str, str]]) -> Path:
    """A small compiled catalogue, standing in for the one the lead generates."""
    lrelease = require("pyside6-lrelease")
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
            for source, text in entries.items()
        )
        + "</context>"
        for name, entries in messages.items()
    )
    ts = tmp_path / "trial_zh_CN.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN">{contexts}</TS>', "utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def test_the_window_speaks_chinese_with_a_catalogue(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[AppContext]
) -> None:
    qm = _catalogue(
        tmp_path,
        {
            "MainWindow": {"&File": "文件(&F)"},
            "ScenarioStatus": {"Headcount": "编制", "{label}: {value}": "{label}：{value}"},
            "UnitDetails": {"Duties": "主要职责"},
            "UnitTreeModel": {"Headcount / Filled": "编制 / 在岗"},
        },
    )
    monkeypatch.setenv("ORGDESK_LANG", "zh_CN")
    monkeypatch.setattr(application, "translation_files", lambda _language: [qm])
    window, _interaction = _start(qapp, qtbot, tmp_path, started, [])
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.status.labels["headcount"].text() == "编制：68"
    qtbot.waitUntil(lambda: "主要职责" in window.details.toPlainText())  # filled once the chart is on screen
    assert window.tree_model.headerData(2, Qt.Orientation.Horizontal) == "编制 / 在岗"


def test_an_uncaught_error_is_shown_as_a_message(context: AppContext) -> None:
    """A document refused while a table is read lazily (or any slot's failure) reaches the user as a
    message in the window, not only as a traceback on stderr."""
    from orgdesk.store.files import CORRUPT, DocumentError

    application.show_uncaught(context, DocumentError(CORRUPT, path="x.orgdesk", reason="bad"))
    application.show_uncaught(context, ZeroDivisionError("division by zero"))
    texts = [text for _, text in context.interaction.warnings]
    assert "“x.orgdesk” is damaged" in texts[0]
    assert "ZeroDivisionError: division by zero" in texts[1] and "saved" in texts[1]
