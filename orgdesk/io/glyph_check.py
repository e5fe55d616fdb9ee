"""Before an export: which items have characters no font of ours can print (they would show as boxes).

A name such as 王䶮 or 𠮷田 uses ideographs of CJK Extensions A/B that the bundled fonts lack.
Unless an installed fallback font has them (see pdf_fonts), they would print as empty boxes, so
the CLI and the window name the affected items *before* writing: the user can fix the names,
install a font, or go on knowingly. The check reads only what the export prints: the chart shows
unit names and their managers (and the organisation, scenario and top unit in the title block);
the booklet also every post, holder, duty and KPI text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from orgdesk.domain.analysis import unit_managers
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, AssignmentKind, Duty, Kpi, OwnerKind, Person, Position, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import render
from orgdesk.io.pdf.fonts import missing_in, unsupported

EXPORT = "Export"
MISSING_GLYPHS = QT_TRANSLATE_NOOP(
    "Export",
    "These characters have no glyph in OrgDesk's fonts and would print as empty boxes: {items}. "
    "Install a font that has them (on Debian or Ubuntu: the package fonts-hanazono), or change these names.",
)
SHOWN = 20  # items named in one message; the rest are counted


@dataclass(frozen=True)
class Scope:
    """What an export prints: the chart (of `root_id`, `depth` levels deep) and/or the booklet."""

    root_id: int | None = None
    depth: int | None = None
    chart: bool = True
    booklet: bool = False


def missing_glyphs(document: Document, scenario_id: int, scope: Scope) -> list[tuple[str, str]]:
    """(item, characters) for each printed text with characters no font has, each item once."""
    texts: list[tuple[str, str]] = []
    if scope.chart:
        texts += chart_texts(document, scenario_id, scope.root_id, scope.depth)
    if scope.booklet:
        texts += booklet_texts(document, scenario_id, scope.root_id)
    merged: dict[str, str] = {}
    for label, chars in missing_in(texts):
        merged[label] = "".join(dict.fromkeys(merged.get(label, "") + chars))
    return list(merged.items())


def export_warnings(document: Document, scenario_id: int, scope: Scope, language: str | None) -> list[str]:
    """What to tell the user before an export of `scope`: a message naming the items whose
    characters would print as empty boxes, or nothing."""
    return warning_lines(missing_glyphs(document, scenario_id, scope), language)


def warning_lines(found: list[tuple[str, str]], language: str | None) -> list[str]:
    """One message naming the items and their characters (none when all can be printed)."""
    if not found:
        return []
    items = "; ".join(f"{label} ({chars})" for label, chars in found[:SHOWN])
    if len(found) > SHOWN:
        items += f"; … (+{len(found) - SHOWN})"
    return [render(EXPORT, MISSING_GLYPHS, {"items": items}, language)]


# ----- what each export prints --------------------------------------------------------------
def chart_texts(document: Document, scenario_id: int, root_id: int | None, depth: int | None) -> list[tuple[str, str]]:
    root = _root(document, scenario_id, root_id)
    if root is None:
        return []
    scenario = document.scenario(scenario_id)
    managers = unit_managers(document)
    organisation = document.organisation.name
    texts = [(organisation, f"{organisation} {scenario.name} {document.path(root)}")]
    texts += [(unit.name, f"{unit.name} {managers.get(unit.id, '')}") for unit in _units(document, root, depth)]
    return texts


def booklet_texts(document: Document, scenario_id: int, root_id: int | None) -> list[tuple[str, str]]:
    """The booklet's texts, labelled; when every character has a glyph (the usual case, checked in
    one pass over the tables) the labels are not worked out and nothing is returned."""
    root = _root(document, scenario_id, root_id)
    if root is None or not unsupported(_all_booklet_text(document, root)):
        return []
    return list(_booklet_texts(document, root))


def _all_booklet_text(document: Document, root: Unit) -> str:
    """Every text the booklet of `root` prints, run together: one pass over each table rather
    than the per-unit lookups the labels need (a 10,000-unit scenario in a fraction of a second)."""
    units = document.subtree(root)
    unit_ids = {unit.id for unit in units}
    posts = [p for p in document.all("position") if isinstance(p, Position) and p.unit_id in unit_ids]
    post_ids = {post.id for post in posts}
    owners: dict[str, set[int]] = {OwnerKind.UNIT.value: unit_ids, OwnerKind.POSITION.value: post_ids}
    texts = [document.organisation.name]
    texts += (f"{u.name} {u.short_name} {u.description}" for u in units)
    texts += (f"{p.title} {p.grade} {p.category} {p.purpose} {p.qualifications}" for p in posts)
    for duty in document.all("duty"):
        if isinstance(duty, Duty) and duty.owner_id in owners.get(duty.owner_kind, ()):
            texts.append(f"{duty.heading} {duty.text}")
    for kpi in document.all("kpi"):
        if isinstance(kpi, Kpi) and kpi.owner_id in owners.get(kpi.owner_kind, ()):
            texts.append(f"{kpi.name} {kpi.definition} {kpi.target} {kpi.measure_unit}")
    assignments = document.all("assignment")
    people = {a.person_id for a in assignments if isinstance(a, Assignment) and a.position_id in post_ids}
    texts += (person.name for person in document.all("person") if isinstance(person, Person) and person.id in people)
    return " ".join(texts)


def _root(document: Document, scenario_id: int, root_id: int | None) -> Unit | None:
    return document.unit(root_id) if root_id is not None else document.root(scenario_id)


def _units(document: Document, root: Unit, depth: int | None) -> Iterator[Unit]:
    """The root and its sub-units down to `depth` levels below it (all when None)."""
    level = [root]
    below = 0
    while level:
        yield from level
        if depth is not None and below >= depth:
            return
        level = [child for unit in level for child in document.children_of(unit)]
        below += 1


def _booklet_texts(document: Document, root: Unit) -> Iterator[tuple[str, str]]:
    yield document.organisation.name, document.organisation.name
    for unit in document.subtree(root):
        yield unit.name, " ".join((unit.name, unit.short_name, unit.description))
        yield from _owned_texts(document, OwnerKind.UNIT, unit.id, unit.name)
        yield from _post_texts(document, unit)


def _post_texts(document: Document, unit: Unit) -> Iterator[tuple[str, str]]:
    for position in document.positions_of(unit.id):
        label = f"{unit.name} / {position.title}"
        yield (
            label,
            " ".join((position.title, position.grade, position.category, position.purpose, position.qualifications)),
        )
        yield from _owned_texts(document, OwnerKind.POSITION, position.id, label)
        for assignment in document.assignments_of_position(position.id):
            person = document.get("person", assignment.person_id)
            if isinstance(person, Person):
                kind = "" if assignment.kind == AssignmentKind.PRIMARY else f" ({assignment.kind})"
                yield f"{label} / {person.name}{kind}", person.name


def _owned_texts(document: Document, owner_kind: OwnerKind, owner_id: int, label: str) -> Iterable[tuple[str, str]]:
    duties = " ".join(d.heading + " " + d.text for d in document.duties_of(owner_kind, owner_id))
    kpis = " ".join(
        " ".join((k.name, k.definition, k.target, k.measure_unit)) for k in document.kpis_of(owner_kind, owner_id)
    )
    return [(label, duties), (label, kpis)]
