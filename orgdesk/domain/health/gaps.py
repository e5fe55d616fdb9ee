"""Duty gaps (职责空白): department duties no post takes on, owners without duties or KPIs,
KPI weights that do not total 100 %, and KPIs that none of the owner's duties mention."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from orgdesk.domain.entities import Kpi, OwnerKind, Position, Unit
from orgdesk.domain.health.model import Check, Finding, HealthSettings, ItemRef, Severity
from orgdesk.domain.health.overlaps import names_list
from orgdesk.domain.health.scope import Owner, Scope
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.domain.similarity import Grams, containment

Tick = Callable[[int, int], None]

UNCOVERED = QT_TRANSLATE_NOOP(
    "Health",
    "No post of “{unit}” covers its duty “{text}”. Give it to a post, or delete it if the unit no longer does it.",
)
NO_POST_DUTIES = QT_TRANSLATE_NOOP(
    "Health", "“{unit}” has {count} duties but none of its posts has any; divide the duties among the posts."
)
UNIT_WITHOUT_DUTIES = QT_TRANSLATE_NOOP("Health", "“{unit}” has no duties; write down what the unit is for (部门职能).")
POSTS_WITHOUT_DUTIES = QT_TRANSLATE_NOOP("Health", "{count} posts of “{unit}” have no duties: {titles}.")
POSTS_WITHOUT_KPIS = QT_TRANSLATE_NOOP("Health", "{count} posts of “{unit}” have no KPIs: {titles}.")
WEIGHTS = QT_TRANSLATE_NOOP(
    "Health", "The KPI weights of “{owner}” add up to {total} %, not 100 %; adjust the weights."
)
KPI_WITHOUT_DUTY = QT_TRANSLATE_NOOP(
    "Health",
    "No duty of “{owner}” mentions the KPIs {names}; add the duty they measure, or move them to the owner that has it.",
)
# Bigrams with a function word (的, 和 …) say nothing about what a duty covers.
_FUNCTION_CHARS = frozenset("的和与及等并或在对为从以其之了")


def content_grams(grams: Grams) -> Grams:
    return frozenset(g for g in grams if not _FUNCTION_CHARS.intersection(g))


# Endings that say how a KPI measures, not what it measures (完成率 of what?).
_MEASURE_ENDINGS = ("完成率", "达成率", "及时率", "合格率", "满意度", "占比", "得分", "比率", "率", "数", "量", "额")


def duty_gaps(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    covering = _CoveringPosts(scope)
    wanted_of: dict[str, Grams] = {}
    units = scope.order
    for number, unit in enumerate(units):
        if number % 500 == 0:
            tick(number, len(units))
        duties = scope.duties_by_owner.get((OwnerKind.UNIT, unit.id), [])
        if not duties:
            continue
        posts = covering.posts_below(unit)
        if not posts:
            yield Finding(
                Check.DUTY_GAP,
                Severity.INFO,
                NO_POST_DUTIES,
                {"unit": scope.path(unit.id), "count": len(duties)},
                (ItemRef("unit", unit.id),),
            )
            continue
        for duty in duties:
            wanted = wanted_of.get(duty.text)
            if wanted is None:
                wanted = wanted_of[duty.text] = content_grams(scope.grams_of(duty.text))
            if wanted and not any(
                containment(wanted, covering.grams(p)) >= settings.coverage_similarity for p in posts
            ):
                params = {"unit": scope.path(unit.id), "text": duty.text}
                items = (ItemRef("duty", duty.id), ItemRef("unit", unit.id))
                yield Finding(Check.DUTY_GAP, Severity.WARNING, UNCOVERED, params, items)


class _CoveringPosts:
    """The posts with duties, in depth-first order of their units, so the posts of a unit's
    subtree are one slice; each post's duties as one set of bigrams."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        posts = [p for p in scope.posts.values() if (OwnerKind.POSITION, p.id) in scope.duties_by_owner]
        posts.sort(key=lambda p: (scope.enter[p.unit_id], p.sort_order, p.id))
        self.posts = posts
        self.places = [scope.enter[p.unit_id] for p in posts]
        self._grams: dict[int, Grams] = {}

    def posts_below(self, unit: Unit) -> list[Position]:
        from bisect import bisect_left

        start = bisect_left(self.places, self.scope.enter[unit.id])
        end = bisect_left(self.places, self.scope.leave[unit.id])
        return self.posts[start:end]

    def grams(self, post: Position) -> Grams:
        found = self._grams.get(post.id)
        if found is None:
            duties = self.scope.duties_by_owner[(OwnerKind.POSITION, post.id)]
            texts = (self.scope.grams_of(d.text) for d in duties)
            found = self._grams[post.id] = content_grams(frozenset().union(*texts))
        return found


def missing_duties(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    has = scope.duties_by_owner
    for unit in scope.order:
        if (OwnerKind.UNIT, unit.id) not in has:
            params = {"unit": scope.path(unit.id)}
            yield Finding(Check.MISSING_DUTIES, Severity.INFO, UNIT_WITHOUT_DUTIES, params, (ItemRef("unit", unit.id),))
        bare = [p for p in scope.posts_of.get(unit.id, []) if (OwnerKind.POSITION, p.id) not in has]
        if bare:
            yield _posts_finding(scope, unit, bare, Check.MISSING_DUTIES, POSTS_WITHOUT_DUTIES)


def missing_kpis(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    has = scope.kpis_by_owner
    for unit in scope.order:
        bare = [p for p in scope.posts_of.get(unit.id, []) if (OwnerKind.POSITION, p.id) not in has]
        if bare:
            yield _posts_finding(scope, unit, bare, Check.MISSING_KPIS, POSTS_WITHOUT_KPIS)


def _posts_finding(scope: Scope, unit: Unit, posts: list[Position], check: Check, template: str) -> Finding:
    params = {"count": len(posts), "unit": scope.path(unit.id), "titles": names_list([p.title for p in posts])}
    items = (ItemRef("unit", unit.id), *(ItemRef("position", p.id) for p in posts))
    return Finding(check, Severity.INFO, template, params, items)


def kpi_weights(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    for (owner_kind, owner_id), kpis in scope.kpis_by_owner.items():
        weights = [k.weight for k in kpis if k.weight is not None]
        if not weights:
            continue
        total = sum(weights)
        if abs(total - 100) > settings.weight_tolerance:
            params = {"owner": scope.owner_name(owner_kind, owner_id), "total": f"{total:g}"}
            items = (ItemRef(owner_kind, owner_id), *(ItemRef("kpi", k.id) for k in kpis))
            yield Finding(Check.KPI_WEIGHTS, Severity.WARNING, WEIGHTS, params, items)


def kpi_core(name: str) -> str:
    """What a KPI measures: its name without the measuring ending (营销计划完成率 → 营销计划)."""
    for ending in _MEASURE_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)]
    return name


def kpis_without_duty(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    for owner, kpis in scope.kpis_by_owner.items():
        related = _related_duty_grams(scope, owner)
        if not related:
            continue  # no duties at all: reported as missing duties
        loose = [k for k in kpis if containment(scope.grams_of(kpi_core(k.name)), related) < settings.kpi_relation]
        if loose:
            yield _loose_kpis(scope, owner, loose)


def _related_duty_grams(scope: Scope, owner: Owner) -> Grams:
    """The duties a KPI of `owner` may measure: the owner's own, and for a unit its posts',
    for a post its unit's."""
    owner_kind, owner_id = owner
    owners = [owner]
    if owner_kind == OwnerKind.UNIT:
        owners += [(OwnerKind.POSITION.value, p.id) for p in scope.posts_of.get(owner_id, [])]
    else:
        owners.append((OwnerKind.UNIT.value, scope.posts[owner_id].unit_id))
    duties = [d for o in owners for d in scope.duties_by_owner.get(o, [])]
    return frozenset().union(*(scope.grams_of(d.text) for d in duties))


def _loose_kpis(scope: Scope, owner: Owner, kpis: list[Kpi]) -> Finding:
    params = {"owner": scope.owner_name(*owner), "names": names_list([f"“{k.name}”" for k in kpis])}
    items = (ItemRef(*owner), *(ItemRef("kpi", k.id) for k in kpis))
    return Finding(Check.KPI_WITHOUT_DUTY, Severity.INFO, KPI_WITHOUT_DUTY, params, items)
