"""The post chart's layout: reports-to trees side by side, no overlaps, rings broken."""

from __future__ import annotations

from orgdesk.domain.entities import Position
from orgdesk.domain.sample import sample_document
from orgdesk.layout.post_tree import layout_posts, posts_in_scope


def _post(post_id: int, boss: int | None) -> Position:
    return Position(id=post_id, unit_id=1, sort_order=post_id, title=f"P{post_id}", reports_to_id=boss)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_reports_to_builds_levels_and_separate_trees_stand_side_by_side() -> None:
    posts = [_post(1, None), _post(2, 1), _post(3, 1), _post(4, 2), _post(5, None), _post(6, 99)]
    layout = layout_posts(posts)
    assert set(layout.boxes) == {1, 2, 3, 4, 5, 6}
    depth = {post_id: box.depth for post_id, box in layout.boxes.items()}
    assert depth == {1: 0, 2: 1, 3: 1, 4: 2, 5: 0, 6: 0}
    assert min(box.y for box in layout.boxes.values()) == 0 and min(box.x for box in layout.boxes.values()) == 0
    assert {(c.parent_id, c.child_id) for c in layout.connectors} == {(1, 2), (1, 3), (2, 4)}
    rects = [(b.x, b.y, b.width, b.height) for b in layout.boxes.values()]
    assert not any(_overlap(a, b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_a_reporting_ring_is_still_shown() -> None:
    layout = layout_posts([_post(1, 2), _post(2, 1), _post(3, None)])
    assert set(layout.boxes) == {1, 2, 3}


def test_the_sample_branch_posts_form_one_tree_per_head() -> None:
    document = sample_document()
    scenario = document.current_scenario()
    assert scenario is not None
    root = document.root(scenario.id)
    assert root is not None
    posts = posts_in_scope(document, root.id)
    layout = layout_posts(posts)
    assert len(layout.boxes) == len(posts)
    assert layout.width > 0 and layout.height > 0
