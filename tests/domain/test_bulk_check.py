"""An import's entities checked in bulk: refused exactly as checking them one by one refuses
(same rule, same entity, same message), and a clean import passes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Entity, Kpi, Person, Position, Unit
from orgdesk.domain.operations import BulkInsert, check_entity
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import RuleViolation


def _batch(doc: Document) -> list[Entity]:
    """A small import under the current scenario's root: two units, three posts in a reporting
    line, two people, two KPIs."""
    scenario = doc.current_scenario()
    assert scenario is not None
    root = doc.root(scenario.id)
    assert root is not None
    unit, post, person, kpi = (doc.new_id(kind) for kind in ("unit", "position", "person", "kpi"))
    return [
        Unit(unit, scenario.id, root.id, 90, "导入部"),
        Unit(unit + 1, scenario.id, unit, 0, "导入科"),
        Position(post, unit, 0, "部长", headcount=1),
        Position(post + 1, unit + 1, 0, "科长", reports_to_id=post),
        Position(post + 2, unit + 1, 1, "科员", headcount=3, reports_to_id=post + 1),
        Person(person, "X9001", "导入一"),
        Person(person + 1, "", "导入二"),
        Kpi(kpi, "unit", unit, 0, "满意度", weight=40.0),
        Kpi(kpi + 1, "position", post, 0, "及时率", weight=None),
    ]


def _one_by_one(doc: Document, entities: list[Entity]) -> RuleViolation | None:
    """What the plain per-entity check says about the same batch (the reference)."""
    builder = PatchBuilder(doc)
    for entity in entities:
        builder.put(entity)
    try:
        for entity in entities:
            check_entity(builder, entity)
    except RuleViolation as error:
        return error
    return None


def test_a_clean_batch_passes(sample: Document) -> None:
    entities = _batch(sample)
    patch = BulkInsert(entities, source="test.xlsx").prepare(sample)
    assert len(patch.changes) == len(entities)


def _replace(index: int, **changes: object) -> Callable[[list[Entity]], None]:
    def spoil(entities: list[Entity]) -> None:
        entities[index] = entities[index]._replace(**changes)

    return spoil


def _cycle(entities: list[Entity]) -> None:
    top = entities[2]
    assert isinstance(top, Position)
    entities[2] = top._replace(reports_to_id=entities[4].id)  # 部长 → 科员 → 科长 → 部长


def _taken_code(doc: Document) -> Callable[[list[Entity]], None]:
    existing = next(p for p in doc.all("person") if isinstance(p, Person) and p.code)
    return _replace(6, code=existing.code)


SPOILERS: dict[str, Callable[[Document], Callable[[list[Entity]], None]]] = {
    "empty unit name": lambda doc: _replace(1, name="  "),
    "empty post title": lambda doc: _replace(3, title=""),
    "bad gender": lambda doc: _replace(5, gender="?"),
    "bad KPI period": lambda doc: _replace(7, period="decade"),
    "negative headcount": lambda doc: _replace(4, headcount=-2),
    "weight above 100": lambda doc: _replace(8, weight=150.0),
    "unknown unit type": lambda doc: _replace(0, type_id=987654),
    "reports to a missing post": lambda doc: _replace(4, reports_to_id=987654),
    "reporting cycle": lambda doc: _cycle,
    "employee number taken": _taken_code,
}


@pytest.mark.parametrize("case", sorted(SPOILERS))
def test_a_broken_rule_is_refused_as_the_one_by_one_check_refuses_it(sample: Document, case: str) -> None:
    entities = _batch(sample)
    SPOILERS[case](sample)(entities)
    expected = _one_by_one(sample, entities)
    assert expected is not None
    with pytest.raises(RuleViolation) as caught:
        BulkInsert(entities, source="test.xlsx").prepare(sample)
    assert (caught.value.template, caught.value.params) == (expected.template, expected.params)


def test_two_broken_rules_name_the_first_entity_in_import_order(sample: Document) -> None:
    entities = _batch(sample)
    _replace(8, weight=-1.0)(entities)
    _replace(0, name="")(entities)
    with pytest.raises(RuleViolation) as caught:
        BulkInsert(entities, source="test.xlsx").prepare(sample)
    expected = _one_by_one(sample, [*entities[:2], *entities[2:]])
    assert expected is not None and caught.value.params == expected.params
