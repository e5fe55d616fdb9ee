"""The File menu: bad files keep the current document, New, Save As, Open Recent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from orgdesk.domain.sample import sample_document
from orgdesk.store.store import Store
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.tree.model import NAME
from tests.ui.conftest import ScriptedInteraction


def _top_names(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.index(row, NAME, QModelIndex()).data() for row in range(model.rowCount())]


def _status(window: MainWindow) -> list[str]:
    return [label.text() for label in window.status.labels.values()]


def _text_file(tmp_path: Path) -> Path:
    bad = tmp_path / "notes.orgdesk"
    bad.write_text("这不是一个组织文件\nnot an OrgDesk document\n", encoding="utf-8")
    return bad


def _truncated_copy(tmp_path: Path, sample_path: Path) -> Path:
    data = sample_path.read_bytes()
    cut = tmp_path / "cut.orgdesk"
    cut.write_bytes(data[: len(data) // 2])
    return cut


@pytest.mark.parametrize("make_bad", [_text_file, "truncated"])
def test_opening_a_bad_file_warns_and_keeps_the_document(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, sample_path: Path, make_bad: object
) -> None:
    bad = _truncated_copy(tmp_path, sample_path) if make_bad == "truncated" else _text_file(tmp_path)
    original = bad.read_bytes()
    title, status = window.windowTitle(), _status(window)
    interaction.open_answers.append(bad)

    window.commands.open.trigger()

    assert len(interaction.warnings) == 1
    heading, message = interaction.warnings[0]
    assert heading == "Cannot open the document"
    assert str(bad) in message and "\n" not in message
    assert "OrgDesk document" in message or "damaged" in message
    assert bad.read_bytes() == original  # never "repaired" behind the user's back
    assert window.windowTitle() == title
    assert _status(window) == status
    assert _top_names(window) == ["某电信分公司"]
    assert window.context.session is not None and window.context.session.store.path == sample_path
    assert bad not in window.context.recent.paths()


def test_a_missing_file_warns_too(window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path) -> None:
    assert not window.documents.open_path(tmp_path / "gone.orgdesk")
    assert "does not exist" in interaction.warnings[-1][1]
    assert _top_names(window) == ["某电信分公司"]


def test_cancelling_the_open_dialog_changes_nothing(window: MainWindow, interaction: ScriptedInteraction) -> None:
    interaction.open_answers.append(None)
    window.commands.open.trigger()
    assert interaction.warnings == []
    assert window.windowTitle().startswith("s.orgdesk")


def test_new_creates_a_document_with_its_single_root(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    target = tmp_path / "新公司"  # the suffix is added
    interaction.save_answers.append(target)
    window.commands.new.trigger()

    created = tmp_path / "新公司.orgdesk"
    assert created.is_file()
    assert interaction.warnings == []
    assert window.windowTitle() == "新公司.orgdesk — OrgDesk"
    assert _top_names(window) == ["新公司"]
    assert window.tree_model.rowCount(window.tree_model.index(0, 0)) == 0
    qtbot.waitUntil(lambda: window.details.toPlainText().startswith("■ 新公司"))
    assert [label.text() for label in window.status.labels.values()] == [
        "Units: 1",
        "Posts: 0",
        "Headcount: 0",
        "Filled: 0",
        "Vacant: 0",
    ]
    with Store.open(created, readonly=True) as store:
        assert store.load().organisation.name == "新公司"


def test_new_refuses_to_replace_the_open_document(
    window: MainWindow, interaction: ScriptedInteraction, sample_path: Path
) -> None:
    original = sample_path.read_bytes()
    interaction.save_answers.append(sample_path)
    window.commands.new.trigger()
    assert "is the open document" in interaction.warnings[-1][1]
    assert sample_path.read_bytes() == original
    assert _top_names(window) == ["某电信分公司"]


def test_save_as_writes_a_copy_and_continues_in_it(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, sample_path: Path
) -> None:
    status = _status(window)
    copy = tmp_path / "copies" / "副本.orgdesk"
    copy.parent.mkdir()
    interaction.save_answers.append(copy)
    window.commands.save_as.trigger()

    assert interaction.warnings == []
    assert interaction.save_suggestions[-1] == sample_path.with_name("s copy.orgdesk")
    assert window.context.session is not None and window.context.session.store.path == copy
    assert window.windowTitle() == "副本.orgdesk — 某电信分公司 — OrgDesk"
    assert _status(window) == status
    with Store.open(copy, readonly=True) as store:
        assert store.load().count("unit") == sample_document().count("unit")


def test_open_recent_lists_documents_newest_first(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, sample_path: Path
) -> None:
    other = tmp_path / "other.orgdesk"
    Store.create(other, sample_document()).close()
    interaction.open_answers.append(other)
    window.commands.open.trigger()

    window.recent_menu.aboutToShow.emit()
    assert window.recent_paths_shown() == [other.resolve(), sample_path.resolve()]
    labels = [action.text() for action in window.recent_menu.actions() if action.data()]
    assert labels == ["&1 other.orgdesk", "&2 s.orgdesk"]

    # Choosing an entry opens it.
    entry = next(a for a in window.recent_menu.actions() if a.data() == str(sample_path.resolve()))
    entry.trigger()
    assert window.context.session is not None and window.context.session.store.path.resolve() == sample_path.resolve()

    # A document that disappeared is dropped from the list.
    other.unlink()
    window.recent_menu.aboutToShow.emit()
    assert window.recent_paths_shown() == [sample_path.resolve()]

    window.commands.clear_recent.trigger()
    assert window.recent_paths_shown() == []
    assert not window.commands.clear_recent.isEnabled()


def test_recent_list_keeps_ten(window: MainWindow, tmp_path: Path) -> None:
    for number in range(12):
        path = tmp_path / f"doc{number}.orgdesk"
        path.write_bytes(b"")
        window.context.recent.add(path)
    window.recent_menu.aboutToShow.emit()
    shown = window.recent_paths_shown()
    assert len(shown) == 10
    assert shown[0].name == "doc11.orgdesk"
    assert window.recent_menu.actions()[9].text() == "1&0 doc2.orgdesk"


def test_a_chinese_user_gets_the_warning_in_chinese(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qapp: object
) -> None:
    from PySide6.QtWidgets import QApplication

    from orgdesk.app import install_translators, remove_translators

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    installed = install_translators(application, "zh_CN")
    try:
        assert not window.documents.open_path(_text_file(tmp_path))
        assert "不是 OrgDesk 文档" in interaction.warnings[-1][1]
    finally:
        remove_translators(application, installed)


def test_a_document_whose_save_was_cut_off_opens_with_its_committed_edits(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    """A crash inside a save left SQLite's hot journal: File › Open finishes undoing it and opens
    the document as it was after its last committed edit, without a warning."""
    from tests.reliability.test_cut_off_save import cut_off_save

    path = tmp_path / "半途.orgdesk"
    document = sample_document()
    Store.create(path, document).close()
    cut_off_save(path)
    interaction.open_answers.append(path)

    window.commands.open.trigger()

    assert interaction.warnings == []
    assert window.context.session is not None and window.context.session.store.path == path
    assert _top_names(window) == ["某电信分公司"]
    assert not path.with_name(path.name + "-journal").exists()


def test_a_document_whose_tables_contradict_each_other_is_refused_with_a_warning(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, sample_path: Path
) -> None:
    import sqlite3

    broken = tmp_path / "loop.orgdesk"
    broken.write_bytes(sample_path.read_bytes())
    with sqlite3.connect(broken) as connection:
        connection.execute("UPDATE unit SET parent_id = id WHERE id = (SELECT max(id) FROM unit)")
    interaction.open_answers.append(broken)
    window.commands.open.trigger()
    assert len(interaction.warnings) == 1
    assert "cannot be opened" in interaction.warnings[0][1] and "loop" in interaction.warnings[0][1]
    assert window.context.session is not None and window.context.session.store.path == sample_path
