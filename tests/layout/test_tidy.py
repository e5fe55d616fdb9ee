"""The tidy tree layout: geometry checked on random trees, the sample and a generated organisation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesk.domain.document import Document
from orgdesk.layout import (
    Box,
    Connector,
    Layout,
    LayoutOptions,
    Orientation,
    count_descendants,
    layout_scenario,
    layout_tree,
)
from tests.benchmark_scripts import load_benchmark_script

ORIENTATIONS = list(Orientation)
EPS = 1e-6
Kids = dict[int, list[int]]


# ----- trees ---------------------------------------------------------------------------
def from_parents(parents: Sequence[int]) -> Kids:
    """Node i + 1 hangs under parents[i] (< i + 1); node 0 is the root."""
    kids: Kids = {i: [] for i in range(len(parents) + 1)}
    for child, parent in enumerate(parents, start=1):
        kids[parent].append(child)
    return kids


def lay(kids: Kids, orientation: Orientation, root: int = 0, **options: object) -> Layout:
    return layout_tree(kids.__getitem__, root, LayoutOptions(orientation=orientation, **options))  # type: ignore[arg-type]


@st.composite
def parent_arrays(draw: st.DrawFn) -> list[int]:
    size = draw(st.integers(0, 300))
    # bias towards recent nodes sometimes, so that deep trees turn up as well as bushy ones
    deep = draw(st.booleans())
    return [draw(st.integers(max(0, i - 3) if deep else 0, i)) for i in range(size)]


def load_generator() -> ModuleType:
    return load_benchmark_script("generate")


@pytest.fixture(scope="module")
def generated() -> Document:
    document: Document = load_generator().generate_document(2000, 1)
    return document


def scenario_tree(document: Document, scenario_id: int) -> tuple[Kids, int]:
    units = document.units_of_scenario(scenario_id)
    kids = {unit.id: [child.id for child in document.children_of(unit)] for unit in units}
    root = document.root(scenario_id)
    assert root is not None
    return kids, root.id


# ----- geometry checks -----------------------------------------------------------------
def overlap(a: Box, b: Box) -> bool:
    return (
        a.x < b.x + b.width - EPS
        and b.x < a.x + a.width - EPS
        and a.y < b.y + b.height - EPS
        and b.y < a.y + a.height - EPS
    )


def assert_no_overlap(layout: Layout) -> None:
    """Boxes all have one size, so two that overlap share a cell of a grid of that size."""
    cells: dict[tuple[int, int], list[Box]] = {}
    for box in layout.boxes.values():
        col, row = int(box.x // box.width), int(box.y // box.height)
        for key in ((col, row), (col + 1, row), (col, row + 1), (col + 1, row + 1)):
            cells.setdefault(key, []).append(box)
    for boxes in cells.values():
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not overlap(a, b), (a, b)


def on_edge(box: Box, point: tuple[float, float]) -> bool:
    x, y = point
    inside_x = box.x - EPS <= x <= box.x + box.width + EPS
    inside_y = box.y - EPS <= y <= box.y + box.height + EPS
    on_vertical = abs(x - box.x) < EPS or abs(x - box.x - box.width) < EPS
    on_horizontal = abs(y - box.y) < EPS or abs(y - box.y - box.height) < EPS
    return inside_x and inside_y and (on_vertical or on_horizontal)


def assert_connectors(layout: Layout, kids: Kids) -> None:
    shown = layout.boxes
    expected = {(p, c) for p in shown for c in kids[p] if c in shown}
    assert {(c.parent_id, c.child_id) for c in layout.connectors} == expected
    for connector in layout.connectors:
        points = connector.points
        assert len(points) >= 2
        for (x0, y0), (x1, y1) in pairwise(points):
            assert x0 == x1 or y0 == y1, connector  # orthogonal
            assert (x0, y0) != (x1, y1), connector  # no empty segments
        assert on_edge(shown[connector.parent_id], points[0]), connector
        assert on_edge(shown[connector.child_id], points[-1]), connector


def assert_well_formed(layout: Layout, kids: Kids, orientation: Orientation) -> None:
    assert_no_overlap(layout)
    for box in layout.boxes.values():
        assert box.x >= 0 and box.y >= 0, box
        assert box.x + box.width <= layout.width + EPS, box
        assert box.y + box.height <= layout.height + EPS, box
    assert_connectors(layout, kids)
    boxes = layout.boxes
    for parent_id, box in boxes.items():
        shown = [boxes[c] for c in kids[parent_id] if c in boxes]
        for child in shown:
            assert child.depth == box.depth + 1
            if orientation == Orientation.LEFT_RIGHT:
                assert child.x > box.x + box.width
            else:
                assert child.y > box.y + box.height
        if orientation == Orientation.TOP_DOWN and shown:  # centred over the children
            span = (shown[0].x + shown[-1].x) / 2
            assert abs(box.x - span) <= 0.5, (box, shown)
        if orientation == Orientation.LEFT_RIGHT and shown:
            span = (shown[0].y + shown[-1].y) / 2
            assert abs(box.y - span) <= 0.5, (box, shown)
    if orientation != Orientation.COMPACT:  # one coordinate per level, increasing with depth
        levels: dict[int, set[float]] = {}
        for box in boxes.values():
            levels.setdefault(box.depth, set()).add(box.x if orientation == Orientation.LEFT_RIGHT else box.y)
        assert all(len(values) == 1 for values in levels.values())
        firsts = [levels[d].pop() for d in sorted(levels)]
        assert firsts == sorted(set(firsts))


def assert_gaps(layout: Layout, gap: float) -> None:
    """In top-down, neighbouring boxes of one level are at least a sibling gap apart."""
    rows: dict[float, list[Box]] = {}
    for box in layout.boxes.values():
        rows.setdefault(box.y, []).append(box)
    for row in rows.values():
        row.sort(key=lambda b: b.x)
        for a, b in pairwise(row):
            assert b.x - (a.x + a.width) >= gap - EPS, (a, b)


# ----- the tests -----------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(parent_arrays(), st.sampled_from(ORIENTATIONS), st.integers(1, 5))
def test_random_trees_are_well_formed(parents: list[int], orientation: Orientation, min_leaves: int) -> None:
    kids = from_parents(parents)
    layout = lay(kids, orientation, compact_min_leaves=min_leaves)
    assert set(layout.boxes) == set(kids)
    assert_well_formed(layout, kids, orientation)
    if orientation == Orientation.TOP_DOWN:
        assert_gaps(layout, 24)


@settings(max_examples=30, deadline=None)
@given(parent_arrays(), st.sampled_from(ORIENTATIONS), st.data())
def test_random_trees_with_collapsed_and_depth_limits(
    parents: list[int], orientation: Orientation, data: st.DataObject
) -> None:
    kids = from_parents(parents)
    collapsed = set(data.draw(st.lists(st.integers(0, len(parents)), max_size=5)))
    max_depth = data.draw(st.none() | st.integers(0, 6))
    layout = layout_tree(kids.__getitem__, 0, LayoutOptions(orientation=orientation), collapsed, max_depth)
    assert_well_formed(layout, kids, orientation)
    # what is shown: everything reachable without passing a collapsed node or the depth limit
    shown: dict[int, int] = {0: 0}
    stack = [0]
    while stack:
        node = stack.pop()
        if node in collapsed or shown[node] == max_depth:
            continue
        for child in kids[node]:
            shown[child] = shown[node] + 1
            stack.append(child)
    assert set(layout.boxes) == set(shown)
    for node, box in layout.boxes.items():
        folded = node in collapsed or shown[node] == max_depth
        assert box.hidden == (count_descendants(kids.__getitem__, node) if folded else 0)
        assert box.depth == shown[node]


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_sample_scenarios(sample: Document, orientation: Orientation) -> None:
    scenarios = sample.scenarios()
    assert len(scenarios) == 4
    for scenario in scenarios:
        kids, _ = scenario_tree(sample, scenario.id)
        layout = layout_scenario(sample, scenario.id, LayoutOptions(orientation=orientation))
        assert set(layout.boxes) == set(kids)
        assert_well_formed(layout, kids, orientation)


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_generated_organisation(generated: Document, orientation: Orientation) -> None:
    scenario = generated.current_scenario()
    assert scenario is not None
    kids, root = scenario_tree(generated, scenario.id)
    assert len(kids) == 2000
    layout = layout_tree(kids.__getitem__, root, LayoutOptions(orientation=orientation))
    assert len(layout.boxes) == 2000
    assert_well_formed(layout, kids, orientation)


def test_layout_scenario_of_an_empty_scenario() -> None:
    from orgdesk.domain.builder import DocumentBuilder

    builder = DocumentBuilder("空")
    scenario = builder.add_scenario("空方案")
    layout = layout_scenario(builder.document, scenario.id)
    assert layout.boxes == {} and layout.connectors == [] and layout.width == layout.height == 0


def test_top_down_small_tree_exactly() -> None:
    kids = {1: [2, 3], 2: [], 3: []}
    layout = lay(kids, Orientation.TOP_DOWN, root=1)
    assert layout.boxes[2] == Box(2, 0, 112, 160, 64, 1, 0)
    assert layout.boxes[3] == Box(3, 184, 112, 160, 64, 1, 0)
    assert layout.boxes[1] == Box(1, 92, 0, 160, 64, 0, 0)
    assert (layout.width, layout.height) == (344, 176)
    by_child = {c.child_id: c for c in layout.connectors}
    assert by_child[2] == Connector(1, 2, ((172, 64), (172, 88), (80, 88), (80, 112)))
    assert type(layout.boxes[1]) is Box and type(by_child[2]) is Connector
    with pytest.raises(AttributeError):
        layout.boxes[1].x = 5  # type: ignore[misc]


def test_children_order_and_determinism() -> None:
    kids = from_parents([0, 0, 0, 1, 1, 2, 3, 3, 3, 3])
    first = lay(kids, Orientation.TOP_DOWN)
    assert first == lay(kids, Orientation.TOP_DOWN)
    xs = [first.boxes[c].x for c in kids[0]]
    assert xs == sorted(xs)
    reordered = dict(kids)
    reordered[0] = list(reversed(kids[0]))
    xs = [lay(reordered, Orientation.TOP_DOWN).boxes[c].x for c in reordered[0]]
    assert xs == sorted(xs)


def test_small_subtrees_do_not_overlap_deep_neighbours() -> None:
    # a wide deep subtree, then a leaf, then another wide deep one: the leaf must not sit inside
    kids = from_parents([0, 1, 2, 2, 2, 2, 0, 0, 7, 8, 8, 8, 8])
    for orientation in ORIENTATIONS:
        assert_well_formed(lay(kids, orientation), kids, orientation)


# ----- compact -------------------------------------------------------------------------
def department(leaves: int) -> Kids:
    return from_parents([0] * leaves)


def test_compact_stacks_a_wide_department() -> None:
    kids = department(9)
    compact = lay(kids, Orientation.COMPACT)
    top_down = lay(kids, Orientation.TOP_DOWN)
    assert compact.width <= 2 * 160
    assert top_down.width >= 9 * 160
    assert_well_formed(compact, kids, Orientation.COMPACT)
    parent = compact.boxes[0]
    column = [compact.boxes[c] for c in kids[0]]
    assert {b.x for b in column} == {parent.x + 24}  # one column, indented
    ys = [b.y for b in column]
    assert ys == sorted(ys) and ys[0] > parent.y + parent.height
    for connector in compact.connectors:  # spine from the parent's bottom, stub to the box's left edge
        (x0, y0), (x1, y1), (x2, y2) = connector.points
        assert y0 == parent.y + parent.height and x0 == x1 == parent.x + 12
        child = compact.boxes[connector.child_id]
        assert (x2, y2) == (child.x, child.y + child.height / 2) and y1 == y2


def test_compact_applies_only_from_the_threshold_and_to_leaves_only() -> None:
    few = lay(department(3), Orientation.COMPACT)
    assert len({b.y for b in few.boxes.values()}) == 2  # 3 < 4 leaves: one row
    mixed = from_parents([0, 0, 0, 0, 1])  # four children, one of them not a leaf
    layout = lay(mixed, Orientation.COMPACT)
    assert len({layout.boxes[c].y for c in mixed[0]}) == 1


def test_compact_columns_next_to_deep_subtrees() -> None:
    # a column of 12 reaches down several levels; the deep neighbours on both sides must clear it
    chain = list(range(14, 20))
    parents = [0, 0, 0] + [2] * 12 + [1] + chain[:-1]
    kids = from_parents(parents)
    for orientation in ORIENTATIONS:
        assert_well_formed(lay(kids, orientation), kids, orientation)


def test_compact_makes_the_generated_organisation_narrower(generated: Document) -> None:
    scenario = generated.current_scenario()
    assert scenario is not None
    wide = layout_scenario(generated, scenario.id, LayoutOptions(orientation=Orientation.TOP_DOWN))
    narrow = layout_scenario(generated, scenario.id, LayoutOptions(orientation=Orientation.COMPACT))
    assert narrow.width < 0.75 * wide.width


# ----- collapse and depth limit --------------------------------------------------------
def test_collapsed_units_hide_their_subtree() -> None:
    kids = from_parents([0, 0, 1, 1, 3, 3, 3])  # 0 → 1, 2; 1 → 3, 4; 3 → 5, 6, 7
    layout = layout_tree(kids.__getitem__, 0, LayoutOptions(), collapsed={1})
    assert set(layout.boxes) == {0, 1, 2}
    assert layout.boxes[1].hidden == 5
    assert layout.boxes[0].hidden == layout.boxes[2].hidden == 0
    assert {(c.parent_id, c.child_id) for c in layout.connectors} == {(0, 1), (0, 2)}
    root_only = layout_tree(kids.__getitem__, 0, LayoutOptions(), collapsed=[0])
    assert list(root_only.boxes) == [0] and root_only.boxes[0].hidden == 7 and root_only.connectors == []
    leaf = layout_tree(kids.__getitem__, 0, LayoutOptions(), collapsed={7, 99})
    assert len(leaf.boxes) == 8 and leaf.boxes[7].hidden == 0


def test_max_depth_expands_to_a_level() -> None:
    kids = from_parents([0, 0, 1, 1, 3, 3, 3])
    layout = layout_tree(kids.__getitem__, 0, LayoutOptions(), max_depth=1)
    assert set(layout.boxes) == {0, 1, 2}
    assert layout.boxes[1].hidden == 5 and layout.boxes[2].hidden == 0
    two = layout_tree(kids.__getitem__, 0, LayoutOptions(), max_depth=2)
    assert set(two.boxes) == {0, 1, 2, 3, 4} and two.boxes[3].hidden == 3
    assert layout_tree(kids.__getitem__, 0, LayoutOptions(), max_depth=0).boxes[0].hidden == 7


def test_count_descendants() -> None:
    kids = from_parents([0, 0, 1, 1, 3, 3, 3])
    assert count_descendants(kids.__getitem__, 0) == 7
    assert count_descendants(kids.__getitem__, 3) == 3
    assert count_descendants(kids.__getitem__, 7) == 0


# ----- size: no recursion, linear work -------------------------------------------------
@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_a_3000_deep_chain(orientation: Orientation) -> None:
    kids = from_parents(list(range(3000)))
    layout = lay(kids, orientation)
    assert len(layout.boxes) == 3001
    assert layout.boxes[3000].depth == 3000
    assert {b.x if orientation != Orientation.LEFT_RIGHT else b.y for b in layout.boxes.values()} == {0}


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_a_10000_star(orientation: Orientation) -> None:
    kids = department(10000)
    layout = lay(kids, orientation)
    assert len(layout.boxes) == 10001 and len(layout.connectors) == 10000
    if orientation == Orientation.COMPACT:
        assert layout.width == 160 + 24
    assert_no_overlap(layout)


class CountingChildren:
    """A children function that counts its calls: the layout asks for each shown node's children once."""

    def __init__(self, kids: Kids) -> None:
        self.kids = kids
        self.calls = 0

    def __call__(self, node: int) -> list[int]:
        self.calls += 1
        return self.kids[node]


def test_20000_nodes_finish_and_each_node_is_asked_once() -> None:
    import random

    rng = random.Random(7)
    parents = [rng.randrange(max(1, i - 50), i + 1) if i else 0 for i in range(20000)]
    kids = from_parents(parents)
    children: Callable[[int], Sequence[int]] = CountingChildren(kids)
    layout = layout_tree(children, 0, LayoutOptions(orientation=Orientation.TOP_DOWN))
    assert len(layout.boxes) == 20001
    assert children.calls == 20001  # type: ignore[attr-defined]
    # a 5,000-deep chain ending in a 7,500-wide brush, next to a 7,500-deep chain: long contours side by side
    broom = from_parents([*range(5000), *([5000] * 7500), 0, *range(12501, 20000)])
    assert len(lay(broom, Orientation.COMPACT).boxes) == 20001
