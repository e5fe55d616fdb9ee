"""Qt-free queries and edits behind the people, posts and properties panels."""

from __future__ import annotations

import pytest

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, AssignmentKind, Person, Position, Relation
from orgdesk.domain.operations import UpdateEntity
from orgdesk.domain.roster import assignment_kind_for, free_code, holdings, holds, vacancies
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.sample import sample_document
from orgdesk.domain.validation import changed, field_error


@pytest.fixture(scope="module")
def sample() -> Document:
    return sample_document()


def _person(document: Document, name: str) -> Person:
    return next(p for p in document.all("person") if isinstance(p, Person) and p.name == name)


def _current(document: Document) -> int:
    scenario = document.current_scenario()
    assert scenario is not None
    return scenario.id


def test_holdings_per_scenario(sample: Document) -> None:
    zhang = _person(sample, "张三")
    assert len(holdings(sample, zhang.id)) == len(sample.scenarios())  # 总经理 in every scenario
    [only] = holdings(sample, zhang.id, _current(sample))
    assert only.position.title == "总经理" and only.assignment.kind == AssignmentKind.PRIMARY
    assert holds(sample, zhang.id, only.position.id) == only.assignment


def test_a_second_post_is_part_time_by_default(sample: Document) -> None:
    zhang = _person(sample, "张三")
    assert assignment_kind_for(sample, zhang.id) == AssignmentKind.CONCURRENT
    newcomer = Person(id=10_000, code="X1", name="新人")
    assert assignment_kind_for(sample, newcomer.id) == AssignmentKind.PRIMARY


def test_vacancies_count_primary_holders_only(sample: Document) -> None:
    found = {(v.unit.name, v.position.title): v for v in vacancies(sample, _current(sample))}
    analyst = found[("政企客户部", "营销分析")]  # held part-time only: still vacant
    assert (analyst.filled, analyst.open) == (0, 1)
    assert ("某电信分公司", "总经理") not in found
    assert found[("政企客户部", "客户经理")].open == 2


def test_free_code_is_unused(sample: Document) -> None:
    code = free_code(sample)
    assert code.startswith("E") and not sample.people_by_code(code)


def test_update_fields_changes_an_assignments_kind_and_reverts(sample: Document) -> None:
    document = sample_document()
    assignment = next(a for a in document.all("assignment") if isinstance(a, Assignment))
    operation = UpdateEntity("assignment", assignment.id, {"kind": "acting"})
    operation.apply(document)
    assert document.get("assignment", assignment.id) == assignment._replace(kind="acting")
    operation.revert(document)
    assert document.get("assignment", assignment.id) == assignment
    with pytest.raises(RuleViolation):
        UpdateEntity("assignment", assignment.id, {"kind": "boss"}).prepare(document)
    with pytest.raises(RuleViolation):
        UpdateEntity("assignment", assignment.id, {"colour": "red"})
    relation = next(r for r in document.all("relation") if isinstance(r, Relation))
    edit = UpdateEntity("relation", relation.id, {"kind": "dotted_line"})
    edit.apply(document)
    assert edit.label() == f"Change “{relation.label[:20]}”"


def test_field_error_gives_the_rule_and_changes_nothing(sample: Document) -> None:
    before = sample.snapshot()
    post = next(p for p in sample.all("position") if isinstance(p, Position) and p.reports_to_id is not None)
    error = field_error(sample, "position", post.id, "headcount", -1)
    assert error is not None and "zero or more" in error.english()
    zhang, li = _person(sample, "张三"), _person(sample, "李四")
    error = field_error(sample, "person", li.id, "code", zhang.code)
    assert error is not None and error.english() == f"Employee number {zhang.code} is already used by 张三."
    assert field_error(sample, "person", li.id, "code", "NEW-1") is None
    assert changed(sample, "person", li.id, "code", "NEW-1") and not changed(sample, "person", li.id, "code", li.code)
    assert sample.snapshot() == before
