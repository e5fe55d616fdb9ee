"""Copy and paste of a subtree: same structure, new ids, vacant posts, undoable; bad clipboard data refused."""

from __future__ import annotations

import json
from typing import Any

import pytest

from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.operations.clipboard import CutUnit, PasteSubtree, copy_as_text, copy_subtree
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.sample import sample_document


def _unit(document: Document, name: str) -> Unit:
    scenario = document.current_scenario()
    assert scenario is not None
    return next(u for u in document.units_of_scenario(scenario.id) if u.name == name)


def _shape(document: Document, unit: Unit) -> list[Any]:
    """What a planner sees of a subtree: names, types, posts with 编制, duties and KPIs."""
    unit_type = document.unit_type(unit.type_id)
    return [
        unit.name,
        unit_type.name if unit_type else "",
        [
            (p.title, p.headcount, [d.text for d in document.duties_of(OwnerKind.POSITION, p.id)])
            for p in document.positions_of(unit.id)
        ],
        [d.text for d in document.duties_of(OwnerKind.UNIT, unit.id)],
        [k.name for k in document.kpis_of(OwnerKind.UNIT, unit.id)],
        [_shape(document, child) for child in document.children_of(unit)],
    ]


def test_paste_into_another_document_reproduces_the_department_with_vacant_posts() -> None:
    source = sample_document()
    enterprise = _unit(source, "政企客户部")
    data = json.loads(json.dumps(copy_subtree(source, enterprise.id), ensure_ascii=False))  # as through the clipboard
    target = empty_document("新公司")
    scenario = target.current_scenario()
    assert scenario is not None
    root = target.root(scenario.id)
    assert root is not None

    paste = PasteSubtree(root.id, data)
    paste.apply(target)
    pasted = target.unit(paste.top_unit_id or 0)
    assert pasted.parent_id == root.id
    assert _shape(target, pasted) == _shape(source, enterprise)
    assert paste.label() == "Paste “政企客户部”"
    assert target.count("assignment") == 0, "people are not copied: the posts are vacant"

    paste.revert(target)
    assert target.children_of(root) == []


def test_paste_in_the_same_document_adds_a_copy_beside_the_original() -> None:
    document = sample_document()
    market = _unit(document, "市场部")
    root = document.parent(market)
    assert root is not None
    before = len(document.children_of(root))
    PasteSubtree(root.id, copy_subtree(document, market.id)).apply(document)
    names = [u.name for u in document.children_of(root)]
    assert len(names) == before + 1 and names[-1] == "市场部" and names.count("市场部") == 2


def test_cut_removes_the_unit_and_says_so() -> None:
    document = sample_document()
    market = _unit(document, "市场部")
    cut = CutUnit(market.id)
    cut.apply(document)
    assert document.get("unit", market.id) is None
    assert cut.label() == "Cut unit “市场部”"
    assert copy_as_text(copy_subtree(sample_document(), _unit(sample_document(), "市场部").id)).startswith("市场部\n")


@pytest.mark.parametrize(
    "data",
    [
        None,
        "text",
        {"format": "other"},
        {"format": "orgdesk-subtree", "version": 1, "units": []},
        {"format": "orgdesk-subtree", "version": 1, "units": [{"name": 5, "parent": None}]},
        {"format": "orgdesk-subtree", "version": 1, "units": [{"name": "A", "parent": 3}]},
        {"format": "orgdesk-subtree", "version": 1, "units": [{"name": "A", "parent": None}, {"name": "B"}]},
        {"format": "orgdesk-subtree", "version": 1, "units": [{"name": "A"}], "posts": [{"title": "P", "unit": 9}]},
        {
            "format": "orgdesk-subtree",
            "version": 1,
            "units": [{"name": "A"}],
            "posts": [{"title": "P", "unit": 0, "headcount": True}],
        },
        {"format": "orgdesk-subtree", "version": 1, "units": [{"name": ""}]},
    ],
)
def test_bad_clipboard_data_is_refused_and_changes_nothing(data: object) -> None:
    document = sample_document()
    root = document.root(document.current_scenario().id)  # type: ignore[union-attr]
    assert root is not None
    snapshot = document.snapshot()
    with pytest.raises(RuleViolation):
        PasteSubtree(root.id, data).apply(document)
    assert document.snapshot() == snapshot
