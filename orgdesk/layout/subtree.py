"""Layout of one unit's subtree (the exporters' --root), over the unchanged tidy layout."""

from __future__ import annotations

from orgdesk.domain.document import Document
from orgdesk.layout.tidy import EMPTY_LAYOUT, Layout, LayoutOptions, layout_tree


def children_map(document: Document, scenario_id: int) -> dict[int | None, list[int]]:
    """parent id → child unit ids in display order, for the whole scenario in one pass."""
    grouped: dict[int | None, list[tuple[int, int]]] = {}
    for unit in document.units_of_scenario(scenario_id):
        grouped.setdefault(unit.parent_id, []).append((unit.sort_order, unit.id))
    return {parent: [unit_id for _, unit_id in sorted(pairs)] for parent, pairs in grouped.items()}


def layout_unit(
    document: Document,
    scenario_id: int,
    root_id: int | None,
    options: LayoutOptions,
    max_depth: int | None = None,
) -> Layout:
    """The layout of `root_id`'s subtree (the scenario's top unit when None), `max_depth` levels deep."""
    if root_id is None:
        root = document.root(scenario_id)
        if root is None:
            return EMPTY_LAYOUT
        root_id = root.id
    kids = children_map(document, scenario_id)
    none: list[int] = []
    return layout_tree(lambda unit_id: kids.get(unit_id, none), root_id, options, max_depth=max_depth)
