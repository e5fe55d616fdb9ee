"""The live layout: after any edit, the same boxes as a fresh `layout_tree`, and an exact change list."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesk.layout import Layout, LayoutOptions, Orientation, layout_tree
from orgdesk.layout.live import LiveLayout
from tests.layout.test_tidy import Kids, from_parents, parent_arrays

ORIENTATIONS = list(Orientation)


class Tree:
    """One mutable tree: the live layout reads `kids` through `children`, and `parent_of`."""

    def __init__(self, kids: Kids) -> None:
        self.kids = kids
        self.up = {kid: node for node, below in kids.items() for kid in below}
        self.next_id = max(kids) + 1

    def children(self, node: int) -> list[int]:
        return self.kids.get(node, [])  # like the canvas's ChildLists: nothing under a deleted node

    def parent_of(self, node: int) -> int | None:
        return self.up.get(node)

    def subtree(self, node: int) -> list[int]:
        found = [node]
        for current in found:
            found.extend(self.kids[current])
        return found

    def attach(self, node: int, parent: int, position: int) -> None:
        self.kids[parent].insert(position, node)
        self.up[node] = parent

    def detach(self, node: int) -> int:
        parent = self.up.pop(node)
        self.kids[parent].remove(node)
        return parent


def options(orientation: Orientation, min_leaves: int) -> LayoutOptions:
    return LayoutOptions(orientation=orientation, compact_min_leaves=min_leaves)


def assert_same_as_fresh(live: LiveLayout, tree: Tree, collapsed: set[int]) -> Layout:
    expected = layout_tree(tree.children, 0, live.options, collapsed)
    assert live.boxes == expected.boxes
    assert (live.width, live.height) == (expected.width, expected.height)
    fresh = LiveLayout(tree.children, 0, live.options, collapsed, tree.parent_of)
    assert (live.rel, live.kids, live.hidden) == (fresh.rel, fresh.kids, fresh.hidden)
    assert (live.parent, live.stacked) == (fresh.parent, fresh.stacked)
    return expected


def _fresh_and_expected(
    parents: list[int], orientation: Orientation, min_leaves: int, data: st.DataObject, most_collapsed: int
) -> tuple[LiveLayout, Layout]:
    """A live layout of the tree with a few nodes collapsed, and layout_tree's of the same."""
    kids = from_parents(parents)
    collapsed = set(data.draw(st.lists(st.integers(0, len(parents)), max_size=most_collapsed)))
    live = LiveLayout(kids.__getitem__, 0, options(orientation, min_leaves), collapsed)
    return live, layout_tree(kids.__getitem__, 0, live.options, collapsed)


@settings(max_examples=80, deadline=None)
@given(parent_arrays(), st.sampled_from(ORIENTATIONS), st.integers(1, 5), st.data())
def test_a_fresh_live_layout_equals_layout_tree(
    parents: list[int], orientation: Orientation, min_leaves: int, data: st.DataObject
) -> None:
    live, expected = _fresh_and_expected(parents, orientation, min_leaves, data, most_collapsed=4)
    assert live.boxes == expected.boxes and len(live) == len(expected.boxes)
    assert (live.width, live.height) == (expected.width, expected.height)
    centre = live.centre_finder()
    assert all(centre(node) == (box.x + 80, box.y + 32) for node, box in reversed(expected.boxes.items()))
    assert list(live.order()) == list(expected.boxes)  # breadth-first, like layout_tree


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(0, 10**6), max_size=40),
    st.booleans(),
    st.sampled_from(ORIENTATIONS),
    st.integers(1, 4),
    st.data(),
)
def test_edits_keep_the_layout_and_report_exact_changes(
    seeds: list[int], deep: bool, orientation: Orientation, min_leaves: int, data: st.DataObject
) -> None:
    tree = Tree(from_parents([max(0, i - seed % 3) if deep else seed % (i + 1) for i, seed in enumerate(seeds)]))
    collapsed = set(data.draw(st.sets(st.sampled_from(sorted(tree.kids)), max_size=3)))
    live = LiveLayout(tree.children, 0, options(orientation, min_leaves), collapsed, tree.parent_of)
    for _ in range(data.draw(st.integers(1, 12))):
        before_shown = set(live.kids)
        before_rel, before_parent = dict(live.rel), dict(live.parent)
        before_hidden = {node: live.hidden.get(node, 0) for node in before_shown}
        before_lines = {node: live.family_points(node) for node in before_shown}
        nodes = sorted(tree.kids)
        kind = data.draw(st.sampled_from(["move", "add", "delete", "collapse"]))
        changed: set[int] = set()
        if kind == "collapse":
            collapsed ^= {data.draw(st.sampled_from(nodes))}
        elif kind == "add":
            parent = data.draw(st.sampled_from(nodes))
            tree.kids[tree.next_id] = []
            tree.attach(tree.next_id, parent, data.draw(st.integers(0, len(tree.kids[parent]))))
            tree.next_id += 1
            changed = {parent}
        elif len(nodes) > 1 and kind == "delete":
            node = data.draw(st.sampled_from(nodes[1:]))
            # the parents of deleted nodes: the old parent, and deleted parents (as ChildLists.follow says)
            changed = {tree.detach(node), *(n for n in tree.subtree(node) if tree.kids[n])}
            for gone in tree.subtree(node):
                del tree.kids[gone]
                tree.up.pop(gone, None)
                collapsed.discard(gone)
        elif len(nodes) > 1:  # move a subtree under a node outside it (its own parent: a reorder)
            node = data.draw(st.sampled_from(nodes[1:]))
            inside = set(tree.subtree(node))
            target = data.draw(st.sampled_from([n for n in nodes if n not in inside]))
            changed = {tree.detach(node), target}
            tree.attach(node, target, data.draw(st.integers(0, len(tree.kids[target]))))
        change = live.update(changed, collapsed)
        assert_same_as_fresh(live, tree, collapsed)

        shown = set(live.kids)
        kept = shown & before_shown
        assert change.shown == shown - before_shown
        assert change.gone == before_shown - shown
        moved = {n for n in kept - {0} if (live.rel[n], live.parent[n]) != (before_rel[n], before_parent[n])}
        assert change.placed <= shown and change.placed - change.shown == moved
        assert change.hidden == {n for n in kept if live.hidden.get(n, 0) != before_hidden[n]}
        redrawn = {n for n in kept if live.family_points(n) != before_lines[n]}
        assert redrawn <= change.families <= shown


def test_edits_deep_under_a_collapsed_box_update_its_hidden_count() -> None:
    tree = Tree(from_parents([0, 0, 1, 1, 3]))  # 0 → 1, 2; 1 → 3, 4; 3 → 5
    collapsed = {1}
    live = LiveLayout(tree.children, 0, LayoutOptions(), collapsed, tree.parent_of)
    assert set(live.boxes) == {0, 1, 2} and live.boxes[1].hidden == 3
    rel = dict(live.rel)
    tree.kids[6] = []
    tree.attach(6, 5, 0)  # a grandchild of a hidden node
    change = live.update({5}, collapsed)
    assert live.boxes[1].hidden == 4 and change.hidden == {1}
    assert not (change.shown or change.gone or change.placed) and live.rel == rel
    tree.detach(3)  # 3, 5 and 6 go
    for gone in (3, 5, 6):
        del tree.kids[gone]
        tree.up.pop(gone, None)
    change = live.update({1}, collapsed)
    assert live.boxes[1].hidden == 1 and change.hidden == {1}
    assert_same_as_fresh(live, tree, collapsed)
    change = live.update((), set())  # expand: 4 shows
    assert change.shown == {4} and change.hidden == {1} and live.boxes[1].hidden == 0
    assert_same_as_fresh(live, tree, set())


def organisation(size: int, seed: int) -> Kids:
    """Breadth-first, two to seven reports each: some four or five levels, like a company."""
    rng = random.Random(seed)
    kids: Kids = {0: []}
    queue = [0]
    for node in queue:
        for _ in range(rng.randint(2, 7)):
            if len(kids) == size:
                return kids
            kids[len(kids)] = []
            kids[node].append(len(kids) - 1)
            queue.append(len(kids) - 1)
    return kids


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_a_move_in_a_large_tree_re_places_few_boxes(orientation: Orientation) -> None:
    tree = Tree(organisation(2000, 3))
    live = LiveLayout(tree.children, 0, options(orientation, 4), (), tree.parent_of)
    before = dict(live.boxes)
    first, last = tree.kids[0][0], tree.kids[0][-1]
    node = tree.kids[first][0]  # a second-level department on the far left …
    target = tree.kids[tree.kids[last][-1]][-1]  # … under a fourth-level unit on the far right
    size = len(tree.subtree(node))
    changed = {tree.detach(node), target}
    tree.attach(node, target, len(tree.kids[target]))
    change = live.update(changed, set())
    assert_same_as_fresh(live, tree, set())
    shifted = {n for n, box in live.boxes.items() if box != before[n]}
    assert len(shifted) > max(1000, size)  # the moved subtree, and the page beside it recentred
    assert node in change.placed and len(change.placed) < 50
    assert not (change.shown or change.gone)


@settings(max_examples=60, deadline=None)
@given(parent_arrays(), st.sampled_from(ORIENTATIONS), st.integers(1, 5), st.data())
def test_lines_and_extents_match_the_boxes(
    parents: list[int], orientation: Orientation, min_leaves: int, data: st.DataObject
) -> None:
    live, expected = _fresh_and_expected(parents, orientation, min_leaves, data, most_collapsed=3)
    families, boxes = expected.families, expected.boxes
    assert families is not None
    for node, corner in boxes.items():
        index = families.index_of(node)
        assert index is not None
        lines = [tuple((x + corner.x, y + corner.y) for x, y in points) for points in live.family_points(node)]
        connectors = families.family_connectors(index)
        assert lines == [c.points for c in connectors]
        assert list(live.kids[node]) == [c.child_id for c in connectors]
        for connector in connectors:
            link = live.link_points(node, connector.child_id)
            assert link is not None and tuple((x + corner.x, y + corner.y) for x, y in link) == connector.points
            assert families.connector_to(node, connector.child_id) == connector
        assert live.link_points(node, node) is None
        # the extent: every box of the subtree inside it, and the extreme ones on its edges
        below = [corner]
        for box in below:  # grows while it is walked
            below.extend(boxes[kid] for kid in live.kids[box.unit_id])
        left, top, right, bottom = live.extent(node)
        assert left == min(b.x for b in below) - corner.x and top == min(b.y for b in below) - corner.y
        assert right == max(b.x + b.width for b in below) - corner.x
        assert bottom == max(b.y + b.height for b in below) - corner.y


def test_update_does_not_ask_for_the_children_of_deleted_nodes() -> None:
    kids = {0: [1], 1: []}
    live = LiveLayout(kids.__getitem__, 0, LayoutOptions(), {1}, lambda node: 0 if node in kids and node else None)
    kids[0].remove(1)  # delete the shown (collapsed) leaf 1, and forget that it was collapsed
    del kids[1]
    live.update({0}, set())  # 1 toggled and still shown, but deleted: its children are not asked for
    assert set(live.boxes) == {0}
