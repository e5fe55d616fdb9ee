"""Team mode in the window, with a second planner on the same document file (the SQLite
backend shares the versions, the history and the polling with the server)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction


def _other_planner(path: Path, author: str = "Bob") -> EditSession:
    session = EditSession(Store.open(path))
    session.store.author = author
    return session


def _unit_id(window: MainWindow, name: str) -> int:
    assert window.context.session is not None
    document = window.context.session.document
    return next(u.id for u in document.all("unit") if isinstance(u, Unit) and u.name == name)


def _shown_name(window: MainWindow, unit_id: int) -> str:
    index = window.tree_model.index_of_unit(unit_id)
    return str(index.data())


def test_another_planners_change_appears_without_reopening(window: MainWindow, sample_path: Path) -> None:
    market = _unit_id(window, "市场部")
    bob = _other_planner(sample_path)
    bob.execute(ops.UpdateEntity("unit", market, {"name": "市场营销部"}))
    assert window.team.poll() == 1
    assert "市场营销部" in _shown_name(window, market)
    assert window.team.poll() == 0
    bob.close()


def test_a_conflicting_edit_is_refused_with_who_and_the_view_reloads(
    window: MainWindow, sample_path: Path, interaction: ScriptedInteraction
) -> None:
    market = _unit_id(window, "市场部")
    bob = _other_planner(sample_path)
    bob.execute(ops.UpdateEntity("unit", market, {"name": "营销中心"}))
    assert not window.edits.rename_unit(market, "市场营销部")  # based on the old name: refused
    title, text = interaction.warnings[-1]
    assert title == "The change was not made" and "Bob" in text and "市场部" in text
    assert "营销中心" in _shown_name(window, market)  # reloaded: Bob's name is shown
    assert window.edits.stack.count() == 0
    bob.close()


def test_undo_after_someone_else_changed_something_unrelated(window: MainWindow, sample_path: Path) -> None:
    market, service = _unit_id(window, "市场部"), _unit_id(window, "客户服务部")
    assert window.edits.rename_unit(market, "市场营销部")
    bob = _other_planner(sample_path)
    bob.execute(ops.UpdateEntity("unit", service, {"name": "客户服务中心"}))
    window.team.poll()
    window.edits.stack.undo()
    assert "市场部" in _shown_name(window, market) and "营销" not in _shown_name(window, market)
    assert "客户服务中心" in _shown_name(window, service)
    bob.close()


def test_history_dock_lists_whole_document_and_one_unit_and_filters(
    window: MainWindow, sample_path: Path, qtbot: QtBot
) -> None:
    market, service = _unit_id(window, "市场部"), _unit_id(window, "客户服务部")
    assert window.edits.rename_unit(market, "市场营销部")
    bob = _other_planner(sample_path, "王五")
    bob.execute(ops.UpdateEntity("unit", service, {"name": "客户服务中心"}))
    window.team.poll()
    dock = window.findChild(type(window.tree_dock), "historyDock")
    assert dock is not None
    dock.show()
    panel = window.team.history
    rows = panel.shown_rows()
    assert len(rows) == 2 and rows[0].startswith("王五") and "客户服务中心" in rows[0]
    panel.filter.setText("市场")
    assert len(panel.shown_rows()) == 1 and "市场营销部" in panel.shown_rows()[0]
    panel.filter.clear()
    window.tree.select_unit(service)
    panel.scope.setCurrentIndex(1)
    assert len(panel.shown_rows()) == 1 and "王五" in panel.shown_rows()[0]
    dock.grab().save(str(sample_path.with_name("history-dock.png")))
    bob.close()


def test_a_units_history_includes_its_posts_and_their_duties(window: MainWindow, sample_path: Path) -> None:
    session = window.context.session
    assert session is not None
    market = _unit_id(window, "市场部")
    post = session.document.positions_of(market)[0]
    assert window.edits.run_edit(ops.UpdateEntity("position", post.id, {"title": "市场经理（新）"}))
    duty = ops.AddDuty("position", post.id, text="组织市场调研")
    assert window.edits.run_edit(duty)
    other = session.document.positions_of(_unit_id(window, "客户服务部"))[0]
    assert window.edits.run_edit(ops.UpdateEntity("position", other.id, {"title": "别的岗位"}))
    dock = window.findChild(type(window.tree_dock), "historyDock")
    assert dock is not None
    dock.show()
    panel = window.team.history
    window.tree.select_unit(market)
    panel.scope.setCurrentIndex(1)
    rows = panel.shown_rows()
    assert len(rows) == 2, rows
    assert any("市场经理（新）" in row for row in rows) and any("组织市场调研" in row for row in rows)
    assert not any("别的岗位" in row for row in rows)


def test_history_export_writes_a_workbook(window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path) -> None:
    market = _unit_id(window, "市场部")
    assert window.edits.rename_unit(market, "市场营销部")
    target = tmp_path / "history.xlsx"
    interaction.save_answers.append(target)
    panel = window.team.history
    panel.reload()
    assert panel.export() and target.stat().st_size > 1000


def test_a_read_only_document_shows_a_banner(window: MainWindow, sample_path: Path) -> None:
    assert window.team.banner_text() == ""
    store = Store.open(sample_path, readonly=True)
    store.readonly_reason = "grants"  # as a server user granted SELECT only (tests/team checks the grants)
    window.documents.replace_session(EditSession(store))
    assert "database administrator" in window.team.banner_text()
    assert not window.edits.editable()


def test_the_configured_display_name_signs_the_history(window: MainWindow, sample_path: Path) -> None:
    window.context.settings.setValue("team/display_name", "规划组 张三")
    window.documents.replace_session(EditSession(Store.open(sample_path)))
    market = _unit_id(window, "市场部")
    assert window.edits.rename_unit(market, "市场营销部")
    assert window.context.session is not None
    assert window.context.session.store.history()[-1].author == "规划组 张三"
