"""Rows that are posts or people with their own reports-to hierarchy (id, manager id, name,
title, department): each row becomes a post, held by the person named on it, reporting
to the post of the row its parent id names; the department column groups the posts
into units (paths allowed), and without one they all go into one unit.
"""

from __future__ import annotations

from orgdesk.domain.entities import Position, Unit
from orgdesk.io.importing.plan import PlanWriter
from orgdesk.io.importing.tree import Node, resolve
from orgdesk.io.importing.units import DEFAULT_POST, NO_NAME, DataRows, SheetOptions, TopPlaces, headcount_of


def import_posts(writer: PlanWriter, data: DataRows, options: SheetOptions, fallback_unit: str) -> None:
    columns = data.mapping.columns
    key_field = "id" if "id" in columns else "employee_no"
    person_field = "person" if "person" in columns else "name"
    nodes: list[Node] = []
    for line, values in data.records:
        if not (values.get(person_field) or values.get("post")):
            shown = data.mapping.header_of(person_field) or data.mapping.column_shown("post")
            writer.problem(data.sheet, line, NO_NAME, column=shown)
            continue
        nodes.append(Node(values.get(key_field) or f"#{line}", line, values.get("parent", ""), values))
    tree = resolve(nodes)
    for rejection in tree.rejections:
        writer.problem(data.sheet, rejection.line, rejection.template, rejected=rejection.rejected, **rejection.params)
    units = _Departments(writer, options, fallback_unit)
    posts: dict[str, Position] = {}
    for node in writer.each(tree.order, data.sheet):
        values = node.data
        unit = units.unit_for(values.get("department", ""))
        title = values.get("post") or DEFAULT_POST.get(options.language)
        headcount = headcount_of(writer, values, data.sheet, node.line)
        post = writer.add_position(unit, title, headcount=1 if headcount is None else headcount)
        posts[node.key] = post
        name = values.get(person_field, "")
        if name or values.get("employee_no"):
            person = writer.person(
                name or values["employee_no"],
                values.get("employee_no", ""),
                email=values.get("email", ""),
                phone=values.get("phone", ""),
            )
            writer.hold(person, post)
    for node in tree.order:
        post = posts[node.key]
        boss = posts.get(tree.parent_of[node.key])
        heads_unit = boss is None or boss.unit_id != post.unit_id
        changed = post._replace(reports_to_id=boss.id if boss else None, is_manager=heads_unit)
        if changed != post:
            writer.replace(changed)


class _Departments:
    """Units named by the department column (a path when it holds the separator)."""

    def __init__(self, writer: PlanWriter, options: SheetOptions, fallback: str) -> None:
        self.writer, self.sep, self.fallback = writer, options.path_sep or "/", fallback  # see import_posts
        self.places = TopPlaces(writer, options)
        self.made: dict[tuple[str, ...], Unit] = {}
        self.single: Unit | None = None

    def unit_for(self, department: str) -> Unit:
        parts = tuple(part.strip() for part in department.split(self.sep) if part.strip())
        if not parts:
            return self._single()
        for depth in range(1, len(parts) + 1):
            prefix = parts[:depth]
            if prefix not in self.made:
                parent = self.made.get(prefix[:-1])
                if parent is None:
                    self.made[prefix] = self.places.top(prefix[-1], single=False)
                else:
                    self.made[prefix] = self.writer.add_unit(parent, prefix[-1])
        return self.made[parts]

    def _single(self) -> Unit:
        """Posts without a department: the blank top unit, or one new unit named after the file."""
        if self.single is None:
            root = self.writer.root()
            if self.places.may_take_root and root is not None:
                self.places.may_take_root = False
                self.single = root
            else:
                self.single = self.places.top(self.fallback, single=False)
        return self.single
