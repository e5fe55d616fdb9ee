"""Structure checks: manager posts, 超编/缺编, span of control, depth, empty units, duplicate
names under one parent, missing or duplicated 岗位编号."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import cast

from orgdesk.domain.entities import Assignment, AssignmentKind, Position, Unit
from orgdesk.domain.health.model import Check, Finding, Fix, HealthSettings, ItemRef, Severity
from orgdesk.domain.health.overlaps import names_list
from orgdesk.domain.health.post_codes import GeneratePostCodes
from orgdesk.domain.health.scope import Scope
from orgdesk.domain.operations import Operation
from orgdesk.domain.rules import QT_TRANSLATE_NOOP

Tick = Callable[[int, int], None]

NO_MANAGER = QT_TRANSLATE_NOOP("Health", "“{unit}” has no manager post; mark one of its posts as the manager.")
EMPTY = QT_TRANSLATE_NOOP("Health", "“{unit}” has neither posts nor sub-units; add posts or delete the unit.")
OVERSTAFFED = QT_TRANSLATE_NOOP(
    "Health", "“{unit}” is overstaffed (超编) by {count}: {posts}. Raise the headcount or move the extra holders."
)
VACANT = QT_TRANSLATE_NOOP("Health", "“{unit}” has {count} vacancies (缺编): {posts}.")
SPAN_WIDE = QT_TRANSLATE_NOOP(
    "Health", "“{post}” has {span} direct reports, more than {limit}; add a level or a deputy."
)
SPAN_NARROW = QT_TRANSLATE_NOOP(
    "Health", "“{post}” has only {span} direct report(s), fewer than {limit}; consider merging the level."
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "Health", "“{unit}” lies {depth} levels below the top unit (limit {limit}), with {count} units; flatten here."
)
DUPLICATE_NAME = QT_TRANSLATE_NOOP("Health", "{count} units under “{parent}” are named “{name}”; rename them.")
CODES_MISSING = QT_TRANSLATE_NOOP("Health", "{count} posts of “{unit}” have no post code (岗位编号): {titles}.")
CODE_DUPLICATE = QT_TRANSLATE_NOOP("Health", "The post code “{code}” is used by {count} posts: {titles}.")
GENERATE_CODES = QT_TRANSLATE_NOOP("Health", "Generate post codes")


@dataclass(frozen=True)
class PostCodeFix(Fix):
    position_ids: tuple[int, ...]
    label_template: str = GENERATE_CODES

    def operation(self) -> Operation:
        return GeneratePostCodes(self.position_ids)


def managers_and_empty_units(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    for unit in scope.order:
        posts = scope.posts_of.get(unit.id, [])
        item = (ItemRef("unit", unit.id),)
        if not posts and not scope.children.get(unit.id):
            yield Finding(Check.EMPTY_UNIT, Severity.WARNING, EMPTY, {"unit": scope.path(unit.id)}, item)
        elif not any(p.is_manager for p in posts):
            yield Finding(Check.NO_MANAGER, Severity.WARNING, NO_MANAGER, {"unit": scope.path(unit.id)}, item)


def staffing(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    holders = Counter(
        a.position_id
        for a in cast(Iterable[Assignment], scope.doc.all("assignment"))
        if a.kind == AssignmentKind.PRIMARY and a.position_id in scope.posts
    )
    for unit in scope.order:
        over: list[tuple[Position, int]] = []
        vacant: list[tuple[Position, int]] = []
        for post in scope.posts_of.get(unit.id, []):
            gap = post.headcount - holders[post.id]
            if gap < 0:
                over.append((post, -gap))
            elif gap > 0:
                vacant.append((post, gap))
        if over:
            yield _staffing_finding(scope, unit, over, OVERSTAFFED, Severity.WARNING)
        if vacant:
            yield _staffing_finding(scope, unit, vacant, VACANT, Severity.INFO)


def _staffing_finding(
    scope: Scope, unit: Unit, posts: list[tuple[Position, int]], template: str, severity: Severity
) -> Finding:
    params = {
        "unit": scope.path(unit.id),
        "count": sum(n for _, n in posts),
        "posts": names_list([f"{p.title} {n}" for p, n in posts]),
    }
    items = (ItemRef("unit", unit.id), *(ItemRef("position", p.id) for p, _ in posts))
    return Finding(Check.STAFFING, severity, template, params, items)


def span_of_control(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    span: Counter[int] = Counter()
    for post in scope.posts.values():
        if post.reports_to_id is not None:
            span[post.reports_to_id] += post.headcount
    for manager in (p for p in scope.posts.values() if p.is_manager):
        reports = span[manager.id]
        name = f"{scope.path(manager.unit_id)}/{manager.title}"
        item = (ItemRef("position", manager.id),)
        if reports > settings.span_max:
            params = {"post": name, "span": reports, "limit": settings.span_max}
            yield Finding(Check.SPAN, Severity.WARNING, SPAN_WIDE, params, item)
        elif 0 < reports < settings.span_min:
            params = {"post": name, "span": reports, "limit": settings.span_min}
            yield Finding(Check.SPAN, Severity.INFO, SPAN_NARROW, params, item)


def depth(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    """Only the topmost unit of each too-deep branch, with the size of what lies below."""
    for unit in scope.order:
        if scope.depth[unit.id] == settings.depth_max + 1:
            count = scope.leave[unit.id] - scope.enter[unit.id]
            params = {"unit": scope.path(unit.id), "depth": settings.depth_max + 1, "limit": settings.depth_max}
            params["count"] = count
            yield Finding(Check.DEPTH, Severity.WARNING, TOO_DEEP, params, (ItemRef("unit", unit.id),))


def duplicate_names(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    for parent_id, children in scope.children.items():
        if parent_id is None:
            continue
        by_name: dict[str, list[Unit]] = defaultdict(list)
        for child in children:
            by_name[child.name.strip()].append(child)
        for name, units in by_name.items():
            if len(units) > 1:
                params = {"count": len(units), "parent": scope.path(parent_id), "name": name}
                items = tuple(ItemRef("unit", u.id) for u in units)
                yield Finding(Check.DUPLICATE_NAME, Severity.WARNING, DUPLICATE_NAME, params, items)


def post_codes(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    by_code: dict[str, list[Position]] = defaultdict(list)
    for unit in scope.order:
        missing = []
        for post in scope.posts_of.get(unit.id, []):
            if post.code.strip():
                by_code[post.code.strip()].append(post)
            else:
                missing.append(post)
        if missing:
            params = {
                "count": len(missing),
                "unit": scope.path(unit.id),
                "titles": names_list([p.title for p in missing]),
            }
            items = (ItemRef("unit", unit.id), *(ItemRef("position", p.id) for p in missing))
            fix = PostCodeFix(tuple(p.id for p in missing))
            yield Finding(Check.POST_CODE, Severity.INFO, CODES_MISSING, params, items, fix)
    for code, posts in by_code.items():
        if len(posts) > 1:
            titles = names_list([f"{scope.path(p.unit_id)}/{p.title}" for p in posts])
            params = {"code": code, "count": len(posts), "titles": titles}
            fix = PostCodeFix(tuple(p.id for p in posts[1:]))  # the first keeps its code
            items = tuple(ItemRef("position", p.id) for p in posts)
            yield Finding(Check.POST_CODE, Severity.ERROR, CODE_DUPLICATE, params, items, fix)
