"""One change channel: every view hears the open document's change notices through
context.events, and only the open document's."""

from __future__ import annotations

from pathlib import Path

from orgdesk.domain.operations import AddUnit
from orgdesk.domain.sample import sample_document
from orgdesk.store.session import ChangeNotice, EditSession
from orgdesk.store.store import Store
from orgdesk.ui.context import AppContext
from orgdesk.ui.main_window import MainWindow


def _session(path: Path) -> EditSession:
    Store.create(path, sample_document()).close()
    return EditSession(Store.open(path))


def _add_unit(session: EditSession) -> None:
    scenario = session.document.current_scenario()
    assert scenario is not None
    root = session.document.root(scenario.id)
    assert root is not None
    session.execute(AddUnit(scenario.id, root.id, "新部门"))


def test_views_hear_only_the_open_document(context: AppContext, tmp_path: Path) -> None:
    heard: list[ChangeNotice] = []
    replaced: list[bool] = []
    context.events.changed.connect(heard.append)
    context.events.session_replaced.connect(lambda session: replaced.append(True))
    first = _session(tmp_path / "a.orgdesk")
    context.session = first
    assert replaced == [True]
    _add_unit(first)
    assert len(heard) == 1 and "unit" in heard[0].patch.kinds()
    second = _session(tmp_path / "b.orgdesk")
    context.session = second
    _add_unit(first)  # the document no longer open: nobody hears it
    assert len(heard) == 1 and replaced == [True, True]
    _add_unit(second)
    assert len(heard) == 2
    first.close()


def test_a_window_replaced_by_a_language_switch_stops_hearing(window: MainWindow) -> None:
    calls: list[int] = []
    original = window.tree_model.apply_patch
    window.tree_model.apply_patch = lambda patch: (calls.append(1), original(patch))[1]  # type: ignore[method-assign]
    window.detach()
    session = window.context.session
    assert session is not None
    _add_unit(session)
    assert calls == []
