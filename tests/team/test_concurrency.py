"""Two planners on one server document: no lost updates, others' changes arrive, a killed
client leaves the document consistent."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.store.files import DocumentError
from orgdesk.store.server import open_server
from orgdesk.store.session import ChangeNotice, EditSession
from orgdesk.store.versions import CONFLICT, ConflictError
from tests.team.test_server_documents import info_here as info
from tests.team.test_server_documents import upload


@pytest.fixture
def server_document(sample_file: Path, pg_url: str) -> str:
    upload(sample_file, pg_url)
    return pg_url


def _client(url: str, author: str) -> EditSession:
    session = EditSession(open_server(url))
    session.store.author = author
    return session


def _unit(session: EditSession, name: str) -> Unit:
    return next(u for u in session.document.all("unit") if isinstance(u, Unit) and u.name == name)


def test_conflicting_edits_on_one_unit_one_is_refused_and_nothing_is_lost(server_document: str) -> None:
    alice, bob = _client(server_document, "张三"), _client(server_document, "Bob")
    market_id = _unit(alice, "市场部").id
    alice.execute(ops.UpdateEntity("unit", market_id, {"name": "市场营销部"}))
    seen: list[ChangeNotice] = []
    bob.subscribe(seen.append)
    with pytest.raises(ConflictError) as caught:
        bob.execute(ops.UpdateEntity("unit", market_id, {"name": "营销中心"}))
    error = caught.value
    assert error.template == CONFLICT and error.params["author"] == "张三" and error.params["kind"] == "unit"
    assert error.params["when"]  # when it was changed, in local time
    # Bob's view now shows Alice's version (reloaded without reopening), Bob's refusal left no trace.
    assert bob.document.unit(market_id).name == "市场营销部"
    assert [notice.source for notice in seen] == ["remote"] and seen[0].patch.ids("unit") == {market_id}
    assert bob.done == []
    reread = EditSession(open_server(server_document))
    assert reread.document.unit(market_id).name == "市场营销部"
    # Bob can now make his change on top of Alice's: it is based on the current version.
    bob.execute(ops.UpdateEntity("unit", market_id, {"name": "营销中心"}))
    for session in (alice, bob, reread):
        session.close()


def test_edits_on_different_units_are_both_kept_and_reach_the_other_client(server_document: str) -> None:
    alice, bob = _client(server_document, "Alice"), _client(server_document, "Bob")
    market_id, service_id = _unit(alice, "市场部").id, _unit(alice, "客户服务部").id
    alice.execute(ops.UpdateEntity("unit", market_id, {"name": "市场营销部"}))
    bob.execute(ops.UpdateEntity("unit", service_id, {"name": "客户服务中心"}))
    assert alice.refresh() == 1 and bob.refresh() == 1
    for session in (alice, bob):
        assert session.document.unit(market_id).name == "市场营销部"
        assert session.document.unit(service_id).name == "客户服务中心"
    assert alice.refresh() == 0  # nothing new: polling is one cheap query
    # Undo of one's own change still works after someone else changed something unrelated.
    alice.undo()
    bob.refresh()
    assert bob.document.unit(market_id).name == "市场部"
    assert bob.document.unit(service_id).name == "客户服务中心"
    text = json.dumps(info(server_document), ensure_ascii=False)
    assert "客户服务中心" in text and "市场营销部" not in text
    alice.close()
    bob.close()


def test_undo_of_a_change_someone_else_changed_again_is_refused(server_document: str) -> None:
    alice, bob = _client(server_document, "Alice"), _client(server_document, "Bob")
    market_id = _unit(alice, "市场部").id
    alice.execute(ops.UpdateEntity("unit", market_id, {"name": "市场营销部"}))
    bob.refresh()
    bob.execute(ops.UpdateEntity("unit", market_id, {"name": "营销中心"}))
    with pytest.raises(DocumentError):  # Bob's newer name is not overwritten by Alice's undo
        alice.undo()
    assert alice.document.unit(market_id).name == "营销中心"
    alice.close()
    bob.close()


def test_a_deleted_unit_cannot_be_renamed_by_a_client_that_still_shows_it(server_document: str) -> None:
    alice, bob = _client(server_document, "Alice"), _client(server_document, "Bob")
    market_id = _unit(alice, "市场部").id
    alice.execute(ops.DeleteUnit(market_id))
    with pytest.raises(ConflictError):
        bob.execute(ops.UpdateEntity("unit", market_id, {"name": "X"}))
    assert bob.document.get("unit", market_id) is None  # the reload shows it gone
    alice.close()
    bob.close()


def test_units_added_at_the_same_time_by_two_clients_are_both_kept(server_document: str) -> None:
    alice, bob = _client(server_document, "Alice"), _client(server_document, "Bob")
    market = _unit(alice, "市场部")
    alice.execute(ops.AddUnit(market.scenario_id, market.id, "品牌组", None))
    bob.execute(ops.AddUnit(market.scenario_id, market.id, "渠道组", None))  # the same new id: renumbered
    alice.refresh()
    names = [u.name for u in alice.document.children(market.scenario_id, market.id)]
    assert "品牌组" in names and "渠道组" in names
    bob.undo()  # Bob's undo removes his unit, not Alice's
    text = json.dumps(info(server_document), ensure_ascii=False)
    assert "品牌组" in text and "渠道组" not in text
    alice.close()
    bob.close()


def test_deleting_a_unit_another_client_just_gave_a_post_is_refused(server_document: str) -> None:
    alice, bob = _client(server_document, "Alice"), _client(server_document, "Bob")
    market = _unit(alice, "市场部")
    shown = len(alice.document.positions_of(market.id))  # Alice's screen lists the posts
    bob.execute(ops.AddPosition(market.id, "数据分析师"))
    with pytest.raises(ConflictError):  # Alice's delete did not know Bob's post: it would be orphaned
        alice.execute(ops.DeleteUnit(market.id))
    assert alice.document.get("unit", market.id) is not None
    posts = alice.document.positions_of(market.id)
    assert len(posts) == shown + 1 and any(p.title == "数据分析师" for p in posts)  # reloaded
    alice.execute(ops.DeleteUnit(market.id))  # now knowing the post, the delete takes it along
    alice.close()
    bob.close()


KILLED_CLIENT = textwrap.dedent(
    """
    import sys, time
    from orgdesk.domain import operations as ops
    from orgdesk.store.server import open_server
    from orgdesk.store.versions import bump_counter
    from orgdesk.store.patch_writer import write_patch
    store = open_server(sys.argv[1])
    document = store.load(lazy=False)
    unit = next(u for u in document.all("unit") if u.name == "市场部")
    patch = ops.DeleteUnit(unit.id).prepare(document)
    connection = store.engine.connect()
    transaction = connection.begin()
    bump_counter(connection)  # holds the writers' lock
    write_patch(connection, patch)  # half an edit, never committed
    print("inside", flush=True)
    time.sleep(60)
    """
)


def test_a_client_killed_mid_transaction_leaves_the_document_consistent(server_document: str) -> None:
    before = info(server_document)
    child = subprocess.Popen([sys.executable, "-c", KILLED_CLIENT, server_document], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "inside"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert info(server_document) == before  # the half edit is gone
    survivor = _client(server_document, "Alice")  # and the lock with it: others can edit
    market_id = _unit(survivor, "市场部").id
    survivor.execute(ops.UpdateEntity("unit", market_id, {"name": "市场营销部"}))
    survivor.close()
    assert info(server_document)["units"] == before["units"]
