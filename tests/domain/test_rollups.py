"""Subtree roll-ups carried over unit moves equal the ones computed afresh."""

from __future__ import annotations

from typing import cast

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesk.domain import operations as ops
from orgdesk.domain.analysis import _subtree_sizes, _subtree_staffing, subtree_sizes, subtree_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.sample import sample_document


def _scenario(doc: Document) -> int:
    scenario = doc.current_scenario()
    assert scenario is not None
    return scenario.id


def _assert_carried_equal_fresh(doc: Document, sid: int) -> None:
    assert ("subtree_staffing", sid) in doc.derived and ("subtree_sizes", sid) in doc.derived, "dropped, not carried"
    assert subtree_staffing(doc, sid) == _subtree_staffing(doc, sid)
    assert subtree_sizes(doc, sid) == _subtree_sizes(doc, sid)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_moves_and_their_undos_keep_the_carried_totals_right(data: st.DataObject) -> None:
    doc = sample_document()
    sid = _scenario(doc)
    units = sorted(cast(Unit, u).id for u in doc.units_of_scenario(sid))
    subtree_staffing(doc, sid), subtree_sizes(doc, sid)  # computed once, then only carried
    done: list[ops.Operation] = []
    for _ in range(data.draw(st.integers(1, 12))):
        move = ops.MoveUnit(data.draw(st.sampled_from(units)), data.draw(st.sampled_from(units)))
        try:
            move.apply(doc)
        except RuleViolation:
            continue
        done.append(move)
        _assert_carried_equal_fresh(doc, sid)
    for move in reversed(done):
        move.revert(doc)
        _assert_carried_equal_fresh(doc, sid)


def test_a_rename_keeps_the_totals_and_a_new_unit_drops_them() -> None:
    doc = sample_document()
    sid = _scenario(doc)
    root = doc.root(sid)
    assert root is not None
    totals = subtree_staffing(doc, sid)
    doc.put("unit", root.id, root._replace(name="总公司"))
    assert subtree_staffing(doc, sid) is totals
    ops.AddUnit(sid, root.id, "新部门").apply(doc)
    assert ("subtree_staffing", sid) not in doc.derived
    assert subtree_staffing(doc, sid) == _subtree_staffing(doc, sid)
