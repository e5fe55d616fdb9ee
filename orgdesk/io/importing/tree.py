"""Turning rows that name their parent into a tree, and telling which rows cannot join it.

Each row is a node with a key and the key of its parent. A row is rejected when its key
repeats, its parent is unknown, it sits on a cycle, or its parent was rejected; the
accepted nodes come back in an order where every parent precedes its children.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from orgdesk.domain.rules import QT_TRANSLATE_NOOP

DUPLICATE_ID = QT_TRANSLATE_NOOP("Import", "Id “{id}” is already used in row {first}; every row needs its own id.")
UNKNOWN_PARENT = QT_TRANSLATE_NOOP(
    "Import", "Parent “{parent}” is not in the sheet; correct the parent or add a row for it."
)
OUTSIDE_PARENT = QT_TRANSLATE_NOOP(
    "Import", "Parent “{parent}” is not in the sheet; the rows under it were imported as top-level units."
)
AMBIGUOUS_PARENT = QT_TRANSLATE_NOOP(
    "Import", "Several rows are named “{parent}”; add id and parent-id columns to say which one is meant."
)
CYCLE = QT_TRANSLATE_NOOP("Import", "The row is its own ancestor (a cycle through its parents); correct one parent.")
PARENT_REJECTED = QT_TRANSLATE_NOOP("Import", "Its parent (row {parent_row}) was rejected, so this row was too.")


@dataclass
class Node:
    key: str
    line: int  # spreadsheet row number
    parent: str  # "" for a top-level row
    data: dict[str, str] = field(default_factory=dict)


@dataclass
class Rejection:
    line: int
    template: str
    params: dict[str, object]
    rejected: bool = True


@dataclass
class Tree:
    order: list[Node]  # accepted, parents first, siblings in row order
    parent_of: dict[str, str]  # accepted key -> accepted parent key ("" for top level)
    rejections: list[Rejection]


def resolve(nodes: list[Node]) -> Tree:
    """Accept what forms a tree; explain every row that does not."""
    rejections: list[Rejection] = []
    by_key: dict[str, Node] = {}
    for node in nodes:
        first = by_key.get(node.key)
        if first is not None:
            rejections.append(Rejection(node.line, DUPLICATE_ID, {"id": node.key, "first": first.line}))
        else:
            by_key[node.key] = node
    unique = [node for node in nodes if by_key.get(node.key) is node]
    has_top = any(not node.parent or node.parent == node.key for node in unique)
    parent_of: dict[str, str] = {}
    outside_noted: set[str] = set()
    for node in unique:
        parent = "" if node.parent == node.key else node.parent
        if parent and parent not in by_key:
            if has_top:
                rejections.append(Rejection(node.line, UNKNOWN_PARENT, {"parent": parent}))
                continue
            # No row is a top row: the parents named outside the sheet stand for the top.
            if parent not in outside_noted:
                outside_noted.add(parent)
                rejections.append(Rejection(node.line, OUTSIDE_PARENT, {"parent": parent}, rejected=False))
            parent = ""
        parent_of[node.key] = parent
    order = _top_down(unique, parent_of)
    reached = {node.key for node in order}
    unreached = [node for node in unique if node.key in parent_of and node.key not in reached]
    cyclic = _on_cycles([node.key for node in unreached], parent_of)
    for node in unreached:
        if node.key in cyclic:
            rejections.append(Rejection(node.line, CYCLE, {}))
        else:  # below a cycle or a rejected row
            above = by_key.get(node.parent)
            rejections.append(Rejection(node.line, PARENT_REJECTED, {"parent_row": above.line if above else "?"}))
    accepted = {node.key: parent_of[node.key] for node in order}
    return Tree(order, accepted, rejections)


def _top_down(nodes: list[Node], parent_of: dict[str, str]) -> list[Node]:
    children: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        if node.key in parent_of:
            children[parent_of[node.key]].append(node)
    order: list[Node] = []
    stack = list(reversed(children[""]))
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(children.get(node.key, ())))
    return order


def _on_cycles(keys: list[str], parent_of: dict[str, str]) -> set[str]:
    """The keys among `keys` that are their own ancestors. Each key is walked up once over
    all (a 100,000-row cycle must not take 100,000 walks of 100,000 steps)."""
    walking, done = 1, 2
    state: dict[str, int] = {}
    cyclic: set[str] = set()
    for key in keys:
        path: list[str] = []
        current = key
        while current in parent_of and current not in state:
            state[current] = walking
            path.append(current)
            current = parent_of[current]
        if state.get(current) == walking:  # this walk came back to itself: a cycle from `current` on
            cyclic.update(path[path.index(current) :])
        for seen in path:
            state[seen] = done
    return cyclic
