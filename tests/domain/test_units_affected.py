"""Which units' boxes and tree rows an edit may change (units_affected): what the views refresh."""

from __future__ import annotations

import gc
import weakref

from orgdesk.domain.analysis import units_affected
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Kpi, Person, Position
from orgdesk.domain.patch import Patch, PatchBuilder
from orgdesk.domain.sample import sample_document


def _patch(document: Document, edit) -> Patch:  # type: ignore[no-untyped-def]
    builder = PatchBuilder(document)
    edit(builder)
    return builder.build()


def _held_post(document: Document) -> tuple[Person, Position]:
    for assignment in document.tables["assignment"].values():
        assert isinstance(assignment, Assignment)
        return document.tables["person"][assignment.person_id], document.position(assignment.position_id)  # type: ignore[return-value]
    raise AssertionError("the sample has holders")


def test_renaming_a_holder_changes_the_units_of_every_post_they_hold() -> None:
    document = sample_document()
    person, post = _held_post(document)
    held = {document.position(a.position_id).unit_id for a in document.assignments_of_person(person.id)}
    patch = _patch(document, lambda b: b.put(person._replace(name="新名字")))
    assert post.unit_id in held
    assert units_affected(document, patch) == held


def test_a_new_person_in_a_post_changes_that_unit_through_the_assignment() -> None:
    document = sample_document()
    _person, post = _held_post(document)

    def hire(builder: PatchBuilder) -> None:
        person = Person(builder.new_id("person"), "E99999", "新员工")
        builder.put(person)
        builder.put(Assignment(builder.new_id("assignment"), person.id, post.id))

    assert units_affected(document, _patch(document, hire)) == {post.unit_id}


def test_a_post_moved_between_units_changes_both() -> None:
    document = sample_document()
    _person, post = _held_post(document)
    other = next(u for u in document.tables["unit"] if u != post.unit_id)
    patch = _patch(document, lambda b: b.put(post._replace(unit_id=other)))
    assert units_affected(document, patch) == {post.unit_id, other}


def test_a_kpi_changes_no_box() -> None:
    document = sample_document()
    kpi = next(k for k in document.tables["kpi"].values() if isinstance(k, Kpi))
    patch = _patch(document, lambda b: b.put(kpi._replace(name="新指标")))
    assert units_affected(document, patch) == set()


def test_the_remembered_answer_does_not_keep_a_closed_document_alive() -> None:
    document = sample_document()
    kpi = next(k for k in document.tables["kpi"].values() if isinstance(k, Kpi))
    patch = _patch(document, lambda b: b.put(kpi._replace(name="新指标")))
    assert units_affected(document, patch) is units_affected(document, patch)  # asked twice, worked out once
    gone = weakref.ref(document)
    del document
    gc.collect()
    assert gone() is None
