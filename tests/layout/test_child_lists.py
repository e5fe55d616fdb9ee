"""Child lists kept in step with edits equal lists read afresh, and lay out the same chart."""

from __future__ import annotations

from typing import cast

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.sample import sample_document
from orgdesk.layout import LayoutOptions, Orientation, layout_scenario, layout_tree
from orgdesk.layout.child_lists import ChildLists


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_lists_followed_through_moves_adds_deletes_and_undos_equal_fresh_ones(data: st.DataObject) -> None:
    doc = sample_document()
    scenario = doc.current_scenario()
    assert scenario is not None
    sid = scenario.id
    lists = ChildLists(doc, sid)
    done: list[ops.Operation] = []
    for _ in range(data.draw(st.integers(1, 10))):
        units = sorted(cast(Unit, u).id for u in doc.units_of_scenario(sid))
        unit, target = data.draw(st.sampled_from(units)), data.draw(st.sampled_from(units))
        operation: ops.Operation = data.draw(
            st.sampled_from(
                [
                    ops.MoveUnit(unit, target, data.draw(st.none() | st.integers(0, 3))),
                    ops.AddUnit(sid, target, "新部门"),
                    ops.DeleteUnit(unit),
                ]
            )
        )
        try:
            patch = operation.apply(doc)
        except RuleViolation:
            continue
        lists.follow(patch)
        done.append(operation)
        assert lists.as_dict() == ChildLists(doc, sid).as_dict()
    for operation in reversed(done):
        lists.follow(operation.revert(doc))
        assert lists.as_dict() == ChildLists(doc, sid).as_dict()
    orientation = data.draw(st.sampled_from(list(Orientation)))
    options = LayoutOptions(orientation=orientation)
    root = lists.children(None)[0]
    assert layout_tree(lists.children, root, options) == layout_scenario(doc, sid, options)
