"""The post chart's tree (岗位设置图): posts linked by reports-to, laid out by the tidy layout.

The posts shown are those of a unit and its sub-units. A post reporting to a post outside
them (or to none) starts a tree of its own; several such trees hang under an invisible
root, which is removed from the layout afterwards (with its connectors), so they stand side
by side at the top. Box ids are post ids.
"""

from __future__ import annotations

from collections.abc import Iterable

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position
from orgdesk.layout.tidy import EMPTY_LAYOUT, Box, Layout, LayoutOptions, Orientation, layout_tree

HIDDEN_ROOT = 0  # no post has id 0
# Left to right: many posts report to one manager, and a column of them reads better than a wide row.
POST_OPTIONS = LayoutOptions(box_width=170, box_height=64, sibling_gap=14, orientation=Orientation.LEFT_RIGHT)


def posts_in_scope(document: Document, unit_id: int) -> list[Position]:
    """The posts of a unit and its sub-units, in tree order (a unit's posts in their order)."""
    unit = document.unit(unit_id)
    return [post for member in document.subtree(unit) for post in document.positions_of(member.id)]


def layout_posts(posts: Iterable[Position], options: LayoutOptions = POST_OPTIONS) -> Layout:
    shown = list(posts)
    if not shown:
        return EMPTY_LAYOUT
    ids = {post.id for post in shown}
    children: dict[int, list[int]] = {HIDDEN_ROOT: []}
    for post in shown:  # `shown` is in tree order, so children keep it
        boss = post.reports_to_id
        if boss is None or boss not in ids or boss == post.id:
            boss = HIDDEN_ROOT
        children.setdefault(boss, []).append(post.id)
    _break_cycles(children, [post.id for post in shown])
    no_children: list[int] = []
    layout = layout_tree(lambda node: children.get(node, no_children), HIDDEN_ROOT, options)
    return _without_hidden_root(layout)


def _break_cycles(children: dict[int, list[int]], posts: list[int]) -> None:
    """Posts that report to each other in a ring (the rules forbid it, but a file may hold
    it) cannot be reached from the root: hang one post of each ring under the root."""
    boss_of = {child: boss for boss, kids in children.items() for child in kids}
    reached = _reachable(children)
    for post_id in posts:
        if post_id not in reached:
            children[boss_of[post_id]].remove(post_id)
            children[HIDDEN_ROOT].append(post_id)
            reached |= _reachable(children, post_id)


def _reachable(children: dict[int, list[int]], start: int = HIDDEN_ROOT) -> set[int]:
    reached = {start}
    pending = [start]
    while pending:
        for child in children.get(pending.pop(), ()):
            if child not in reached:
                reached.add(child)
                pending.append(child)
    return reached


def _without_hidden_root(layout: Layout) -> Layout:
    """The layout without the invisible root and its connectors, moved back to (0, 0)."""
    boxes = {post_id: box for post_id, box in layout.boxes.items() if post_id != HIDDEN_ROOT}
    if not boxes:
        return EMPTY_LAYOUT
    left = min(box.x for box in boxes.values())
    top = min(box.y for box in boxes.values())
    boxes = {i: Box(i, b.x - left, b.y - top, b.width, b.height, b.depth - 1, b.hidden) for i, b in boxes.items()}
    connectors = [
        c._replace(points=tuple((x - left, y - top) for x, y in c.points))
        for c in layout.connectors
        if c.parent_id != HIDDEN_ROOT
    ]
    width = max(b.x + b.width for b in boxes.values())
    height = max(b.y + b.height for b in boxes.values())
    return Layout(boxes, connectors, width, height)
