"""File › Export: the real menu actions, answered by the scripted interaction, run in the background
worker; the files are read back with independent readers (python-calamine, poppler)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from orgdesk.app import install_translators, remove_translators
from orgdesk.domain.entities import Person, Unit
from orgdesk.domain.operations import UpdateEntity
from orgdesk.io.pdf import fonts as pdf_fonts
from orgdesk.io.workbook import writer as xlsx_export
from orgdesk.store.store import Store
from orgdesk.ui.export_options import ExportChoices, ExportOptionsDialog
from orgdesk.ui.exporting import FOLDER_KEY
from orgdesk.ui.main_window import MainWindow
from tests.io import pdf_tools
from tests.ui.conftest import ScriptedInteraction, generated_document

WAIT_MS = 60_000


def answer_options(window: MainWindow, choices: ExportChoices | None = None) -> list[int]:
    """Answer the options dialog with `choices` (or its defaults) and OK; returns the number of
    scope choices each dialog offered."""
    seen: list[int] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportOptionsDialog)
        seen.append(dialog.scope.count())
        if choices is not None:
            dialog.set_choices(choices)
        return True

    window.exporting.answer_dialog = answer
    return seen


def export(qtbot: QtBot, window: MainWindow, trigger: Callable[[], None]) -> Path:
    with qtbot.waitSignal(window.exporting.exported, timeout=WAIT_MS) as blocker:
        trigger()
    path = blocker.args[0]
    assert isinstance(path, Path)
    return path


def unit_named(window: MainWindow, name: str) -> Unit:
    session = window.context.session
    assert session is not None
    return next(u for u in session.document.all("unit") if isinstance(u, Unit) and u.name == name)


def slow_workbook(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make the workbook export crawl (a progress report per row, 20 ms each); returns the real one."""
    real = xlsx_export.write_workbook
    monkeypatch.setattr(xlsx_export, "REPORT_EVERY", 1)

    def slow(*args: Any, progress: Callable[[int, int], None], **kwargs: Any) -> None:
        def crawl(done: int, total: int) -> None:
            time.sleep(0.02)
            progress(done, total)

        real(*args, progress=crawl, **kwargs)

    monkeypatch.setattr(xlsx_export, "write_workbook", slow)
    return real


def test_export_menu_lists_every_export_with_shortcuts(window: MainWindow) -> None:
    names = [
        action.objectName()
        for action in window.export_menu.actions()
        if action.isVisible() and not action.isSeparator()
    ]
    assert names == [
        "action_export_xlsx",
        "action_export_chart_pdf",
        "action_export_booklet",
        "action_export_png",
        "action_export_svg",
    ]
    assert window.exporting.xlsx_action.shortcut().toString() == "Ctrl+E"
    assert window.printing.chart_action.shortcut().toString() == "Ctrl+P"


def test_excel_workbook_in_the_ui_language_and_the_folder_remembered(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "roster.xlsx"
    target.parent.mkdir()
    interaction.save_answers.append(target)
    assert export(qtbot, window, window.exporting.xlsx_action.trigger) == target
    book = CalamineWorkbook.from_path(str(target))
    assert book.sheet_names == ["Structure", "Establishment", "Posts", "Roster", "Duties", "KPIs"]
    structure = book.get_sheet_by_name("Structure").to_python()
    assert any("市场部" in str(cell) for row in structure for cell in row)
    assert window.context.settings.value(FOLDER_KEY) == str(target.parent)

    window.context.language = "zh_CN"
    interaction.save_answers.append(target.with_name("花名册.xlsx"))
    export(qtbot, window, window.exporting.xlsx_action.trigger)
    assert interaction.save_suggestions[-1] is not None
    assert interaction.save_suggestions[-1].parent == target.parent, "the next export starts in the last folder"
    sheets = CalamineWorkbook.from_path(str(target.with_name("花名册.xlsx"))).sheet_names
    assert sheets == ["组织架构", "定编表", "岗位", "花名册", "岗位职责", "考核指标"]


def test_chart_pdf_of_the_selected_subtree_has_the_unit_and_not_its_sibling(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    window.tree.select_unit(unit_named(window, "市场部").id)
    dialogs = answer_options(window, ExportChoices(subtree=True, paper="A3", landscape=True, layout="top-down"))
    interaction.save_answers.append(tmp_path / "market.pdf")
    path = export(qtbot, window, window.exporting.chart_pdf_action.trigger)
    assert dialogs == [2], "whole chart, or the selected unit's subtree"
    text = pdf_tools.text(path)
    assert "市场部" in text and "政企客户部" not in text
    width, height = pdf_tools.page_sizes(path)[0]
    assert (round(width), round(height)) == (1191, 842), "A3 landscape"


def test_whole_chart_pdf_has_every_top_level_unit(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    answer_options(window)
    interaction.save_answers.append(tmp_path / "chart")  # typed without a suffix
    path = export(qtbot, window, window.exporting.chart_pdf_action.trigger)
    assert path.name == "chart.pdf"
    text = pdf_tools.text(path)
    for name in ("市场部", "政企客户部", "公众客户部", "客户服务部"):
        assert name in text
    assert pdf_tools.ink(pdf_tools.render(path)) > 0.01


def test_booklet_of_the_selected_unit_only(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    window.tree.select_unit(unit_named(window, "市场部").id)
    answer_options(window, ExportChoices(subtree=True))
    interaction.save_answers.append(tmp_path / "booklet.pdf")
    path = export(qtbot, window, window.exporting.booklet_action.trigger)
    text = pdf_tools.text(path)
    assert "市场部" in text and "政企客户部" not in text
    assert len(pdf_tools.page_sizes(path)) >= 4, "cover, contents, chart, the department"


def test_png_at_the_chosen_dpi_and_svg_of_the_subtree(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    answer_options(window, ExportChoices(dpi=192))
    interaction.save_answers.append(tmp_path / "chart.png")
    png = export(qtbot, window, window.exporting.png_action.trigger)
    answer_options(window, ExportChoices(dpi=96))
    interaction.save_answers.append(tmp_path / "small.png")
    small = export(qtbot, window, window.exporting.png_action.trigger)
    with Image.open(png) as big_image, Image.open(small) as small_image:
        assert abs(big_image.width - 2 * small_image.width) <= 2, "192 dpi is twice 96 dpi"

    window.tree.select_unit(unit_named(window, "市场部").id)
    answer_options(window, ExportChoices(subtree=True))
    interaction.save_answers.append(tmp_path / "market.svg")
    svg = export(qtbot, window, window.exporting.svg_action.trigger).read_text(encoding="utf-8")
    assert "市场部" in svg and "政企客户部" not in svg


def partial_files(target: Path) -> list[Path]:
    """The export's temporary files (".NAME.<random>.partial" beside the target)."""
    return list(target.parent.glob(f".{target.name}.*.partial"))


def test_cancelling_a_running_export_leaves_no_file_and_the_app_goes_on(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = slow_workbook(monkeypatch)
    target = tmp_path / "cancelled.xlsx"
    interaction.save_answers.append(target)
    window.exporting.xlsx_action.trigger()
    qtbot.waitUntil(lambda: bool(partial_files(target)), timeout=WAIT_MS)
    dialog = window.findChild(QProgressDialog)
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # the window answers while the worker writes
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.exporting.runner.busy(), timeout=WAIT_MS)
    assert sorted(p.name for p in tmp_path.iterdir() if "cancelled" in p.name) == []
    assert interaction.warnings == []

    monkeypatch.setattr(xlsx_export, "write_workbook", real)
    interaction.save_answers.append(target)
    assert export(qtbot, window, window.exporting.xlsx_action.trigger).exists()


def test_closing_the_window_stops_a_running_export_cleanly(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_workbook(monkeypatch)
    target = tmp_path / "closing.xlsx"
    interaction.save_answers.append(target)
    window.exporting.xlsx_action.trigger()
    qtbot.waitUntil(lambda: bool(partial_files(target)), timeout=WAIT_MS)
    window.close()
    assert not window.exporting.runner.busy() or all(not w.isRunning() for w in window.exporting.runner._workers)
    qtbot.waitUntil(lambda: not window.exporting.runner.busy(), timeout=WAIT_MS)
    assert [p.name for p in tmp_path.iterdir() if "closing" in p.name] == []


def test_an_unwritable_target_shows_a_message_and_the_app_keeps_running(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    answer_options(window)
    interaction.save_answers.append(tmp_path / "no such folder" / "chart.pdf")
    with qtbot.waitSignal(window.exporting.failed, timeout=WAIT_MS) as blocker:
        window.exporting.chart_pdf_action.trigger()
    assert "no such folder" in blocker.args[0] and "Choose another folder" in blocker.args[0]
    assert interaction.warnings and interaction.warnings[-1][1] == blocker.args[0]
    interaction.save_answers.append(tmp_path / "no such folder" / "roster.xlsx")
    with qtbot.waitSignal(window.exporting.failed, timeout=WAIT_MS):
        window.exporting.xlsx_action.trigger()
    assert not (tmp_path / "no such folder").exists()
    interaction.save_answers.append(tmp_path / "ok.xlsx")
    assert export(qtbot, window, window.exporting.xlsx_action.trigger).exists()


def test_errors_are_shown_in_the_users_language(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qapp: QApplication
) -> None:
    translators = install_translators(qapp, "zh_CN")
    try:
        window.context.language = "zh_CN"
        answer_options(window)
        interaction.save_answers.append(tmp_path / "no such folder" / "chart.svg")
        with qtbot.waitSignal(window.exporting.failed, timeout=WAIT_MS) as blocker:
            window.exporting.svg_action.trigger()
    finally:
        remove_translators(qapp, translators)
    assert "无法写入" in blocker.args[0] and "no such folder" in blocker.args[0]


def test_characters_the_fonts_lack_are_named_before_the_export(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_fonts, "fallback_fonts", lambda: ())  # as without the Hanazono fonts
    unit = unit_named(window, "市场部")
    assert window.edits.run_edit(UpdateEntity("unit", unit.id, {"name": "市场部𠮷"}))
    answer_options(window)
    target = tmp_path / "chart.svg"
    interaction.save_answers.append(target)
    interaction.confirm_answers.append(False)  # Cancel
    window.exporting.svg_action.trigger()
    _title, text, accept = interaction.questions[-1]
    assert "• 市场部𠮷 (𠮷)" in text and "fonts-hanazono" in text and accept == "Continue"
    assert interaction.save_answers == deque([target]), "cancelled before asking where to write"
    interaction.confirm_answers.append(True)  # Continue: written, and nothing more to say afterwards
    assert export(qtbot, window, window.exporting.svg_action.trigger) == target
    assert "市场部𠮷" in target.read_text(encoding="utf-8")
    assert not interaction.warnings


def test_the_booklet_check_names_people_and_duties_too(
    window: MainWindow, interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_fonts, "fallback_fonts", lambda: ())
    session = window.context.session
    assert session is not None
    person = next(p for p in session.document.all("person") if isinstance(p, Person))
    assert window.edits.run_edit(UpdateEntity("person", person.id, {"name": "王𪚥"}))
    answer_options(window)
    window.exporting.booklet_action.trigger()  # the question is answered Cancel (no scripted answer)
    _title, text, _accept = interaction.questions[-1]
    assert "王𪚥 (𪚥)" in text


@pytest.fixture
def big_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    path = tmp_path / "big.orgdesk"
    Store.create(path, generated_document(600)).close()
    assert window.documents.open_path(path)
    return window


def test_a_chart_too_big_for_one_sheet_offers_tiles(
    qtbot: QtBot, big_window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    window = big_window
    answer_options(window, ExportChoices(paper="A4", fit="page"))
    interaction.save_answers.append(tmp_path / "big.pdf")  # asked once: tiles go to the same file
    interaction.confirm_answers.append(True)
    with qtbot.waitSignal(window.exporting.failed, timeout=WAIT_MS) as refused:
        window.exporting.chart_pdf_action.trigger()
    assert "tiles" in refused.args[0] and "--fit" not in refused.args[0], "GUI words, not command-line options"
    assert interaction.questions and "tiles" in interaction.questions[-1][1]
    with qtbot.waitSignal(window.exporting.exported, timeout=WAIT_MS) as done:
        pass
    path = done.args[0]
    assert path == tmp_path / "big.pdf"
    assert len(pdf_tools.page_sizes(path)) > 2, "an overview and several sheets"
    assert "Overview" in pdf_tools.text(path, 1, 1)


def test_a_department_per_page_continues_cut_off_boxes_on_later_pages(
    qtbot: QtBot, big_window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    answer_options(big_window, ExportChoices(paper="A4", fit="departments"))
    interaction.save_answers.append(tmp_path / "departments.pdf")
    path = export(qtbot, big_window, big_window.exporting.chart_pdf_action.trigger)
    assert len(pdf_tools.page_sizes(path)) > 2
    assert "→ p. 2" in pdf_tools.text(path, 1, 1)
    assert interaction.warnings == [], "every page legible: nothing to warn about"


def test_the_lazily_opened_tables_are_read_on_the_gui_thread_not_in_the_worker(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    session = window.context.session
    assert session is not None
    tables = session.document.tables
    loaders = getattr(tables, "loaders", None)
    assert isinstance(loaders, dict)
    threads: list[str] = []

    def later(kind: str) -> None:
        """Make `kind` unread again, as a file opens it: read through its loader on first use."""
        table = tables.pop(kind)

        def load() -> list[Any]:
            threads.append(threading.current_thread().name)
            return list(table.values())

        loaders[kind] = load

    for kind in ("duty", "kpi"):  # what only the workbook's last sheets read
        later(kind)
    interaction.save_answers.append(tmp_path / "roster.xlsx")
    export(qtbot, window, window.exporting.xlsx_action.trigger)
    assert threads == [threading.main_thread().name] * 2, "the store is read on the GUI thread only"


def test_an_export_onto_the_open_document_is_refused_before_any_work(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, sample_path: Path, tmp_path: Path
) -> None:
    answer_options(window)
    before = sample_path.read_bytes()
    other = tmp_path / "other.orgdesk"
    Store.create(other).close()
    for target, action in ((sample_path, window.exporting.xlsx_action), (other, window.exporting.chart_pdf_action)):
        interaction.save_answers.append(target)
        action.trigger()
        assert interaction.warnings, "no warning"
        _, message = interaction.warnings.pop()
        assert str(target) in message and "\n" not in message
        assert not window.exporting.runner.busy()
    assert "the document being read" in message or "is an OrgDesk document" in message
    assert sample_path.read_bytes() == before
    assert window.context.session is not None and window.context.session.store.path == sample_path
