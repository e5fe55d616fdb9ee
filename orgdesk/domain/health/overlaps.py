"""Duty overlaps (职责交叉): near-identical duties owned by different units or posts.

Duties are compared by the set of their character bigrams (similarity.py); equal texts are
compared once, and the similar pairs come from the prefix-filtered inverted index, never from
all pairs. Similar duties are joined into groups, so one duty copied into five departments is
one finding. A group is an overlap only when two of its duties really belong to different
owners: two different posts, or units neither of which contains the other. A department duty
repeated by its own posts or sub-units is how duties are handed down, not an overlap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from itertools import pairwise

from orgdesk.domain.entities import Duty, OwnerKind
from orgdesk.domain.health.model import Check, Finding, HealthSettings, ItemRef, Severity
from orgdesk.domain.health.scope import Scope
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.domain.similarity import normalise, similar_pairs

Tick = Callable[[int, int], None]

OVERLAP = QT_TRANSLATE_NOOP(
    "Health",
    "{count} owners have the same or a near-identical duty “{text}”: {owners}. "
    "Keep it with one owner and let the others cooperate.",
)
SHARED_DUTIES = QT_TRANSLATE_NOOP(
    "Health",
    "{owners} share {duties} same or near-identical duties: {texts}. Keep each with one owner; the others cooperate.",
)
MAX_NAMES = 6


class _Groups:
    """Union-find over text numbers."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def names_list(names: list[str]) -> str:
    shown = "、".join(names[:MAX_NAMES])
    return shown + ("…" if len(names) > MAX_NAMES else "")


def duty_overlaps(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    ignored = {normalise(text) for text in settings.ignored_duties}
    by_text: dict[str, list[Duty]] = defaultdict(list)
    for duty in scope.duties:
        text = scope.normalised[duty.id]
        if len(text) >= settings.min_duty_length and text not in ignored:
            by_text[text].append(duty)
    texts = list(by_text)
    groups = _Groups(len(texts))
    tick(1, 4)
    for first, second, _score in similar_pairs([scope.grams_of(t) for t in texts], settings.overlap_similarity):
        groups.join(first, second)
    tick(3, 4)
    members: dict[int, list[Duty]] = defaultdict(list)
    for number, text in enumerate(texts):
        members[groups.find(number)].extend(by_text[text])
    # Several duties shared by the same owners (two posts copied from one job description) are one finding.
    by_owners: dict[frozenset[tuple[str, int]], list[list[Duty]]] = defaultdict(list)
    for duties in members.values():
        if len(duties) >= 2 and _different_owners(scope, duties):
            by_owners[frozenset((d.owner_kind, d.owner_id) for d in duties)].append(duties)
    for groups_of_owners in by_owners.values():
        yield _finding(scope, groups_of_owners)


def _different_owners(scope: Scope, duties: list[Duty]) -> bool:
    posts = {d.owner_id for d in duties if d.owner_kind == OwnerKind.POSITION}
    if len(posts) >= 2:
        return True
    anchors = sorted({scope.anchor(d.owner_kind, d.owner_id) for d in duties}, key=scope.enter.__getitem__)
    # In depth-first order, units on one line of descent each contain the next.
    return any(not scope.contains(upper, lower) for upper, lower in pairwise(anchors))


def _finding(scope: Scope, groups: list[list[Duty]]) -> Finding:
    duties = sorted(
        (d for group in groups for d in group),
        key=lambda d: (scope.enter[scope.anchor(d.owner_kind, d.owner_id)], d.id),
    )
    owners = list(dict.fromkeys(scope.owner_name(d.owner_kind, d.owner_id) for d in duties))
    texts = [Counter(d.text for d in group).most_common(1)[0][0] for group in groups]
    params: dict[str, object] = {"count": len(owners), "owners": names_list(owners)}
    if len(groups) == 1:
        params["text"] = texts[0]
        template = OVERLAP
    else:
        params.update(duties=len(groups), texts=names_list([f"“{t}”" for t in texts]))
        template = SHARED_DUTIES
    return Finding(Check.DUTY_OVERLAP, Severity.WARNING, template, params, tuple(ItemRef("duty", d.id) for d in duties))
