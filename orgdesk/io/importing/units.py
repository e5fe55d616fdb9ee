"""Import of anyone's org sheet: rows of units, or rows of posts/people with reports-to links.

Units: the tree comes from an id and a parent-id column, a parent-name column, a path
column ("营销中心/大客户部") or a level column (1, 2, 3 … in row order); without any of
these every row is a top-level unit. Post, person, employee number, headcount and manager
columns put posts and their holders into the row's unit.

Posts (the usual HRIS export: id, manager id, name, title, department): each row is a
post held by the person named on it, reporting to the post of the row its parent id
names; the department column groups posts into units (one unit when there is none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from orgdesk.domain.entities import Person, Position, Unit
from orgdesk.domain.rules import MAX_HEADCOUNT, QT_TRANSLATE_NOOP
from orgdesk.io.importing.mapping import Mapping
from orgdesk.io.importing.paths import detect_separator
from orgdesk.io.importing.plan import PlanWriter
from orgdesk.io.importing.sheets import Cell
from orgdesk.io.importing.text_rows import text_records
from orgdesk.io.importing.tree import Node, resolve
from orgdesk.io.workbook.labels import Text

NO_NAME = QT_TRANSLATE_NOOP("Import", "The row has no name; fill in column “{column}” or skip the row.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Import",
    "The row has no name: no column of the sheet is taken as “{column}”. Choose the column that holds the names "
    "(in the import dialog's column list, or with --map).",
)
BAD_LEVEL = QT_TRANSLATE_NOOP("Import", "Level “{level}” is not a whole number of 1 or more.")
LEVEL_GAP = QT_TRANSLATE_NOOP(
    "Import", "Level {level} follows level {previous}; a row can be at most one level below the row above it."
)
BAD_HEADCOUNT = QT_TRANSLATE_NOOP(
    "Import", "Headcount “{value}” is not a whole number from 0 to {limit}; the row was imported without it."
)

DEFAULT_POST = Text("Post", "岗位")
MANAGER_POST = Text("Head", "负责人")
STAFF_POST = Text("Staff", "员工")


@dataclass
class SheetOptions:
    path_sep: str = ""  # "": the separator the path column uses
    rows: str = "auto"  # "auto", "units" or "posts"
    language: str = "zh_CN"
    under_unit_id: int | None = None  # where top-level units go (default: the scenario's top unit)


@dataclass
class DataRows:
    """The data rows of a sheet with their spreadsheet row numbers, read through a mapping."""

    sheet: str
    mapping: Mapping
    records: list[tuple[int, dict[str, str]]] = field(default_factory=list)

    @classmethod
    def read(cls, sheet: str, rows: Sequence[Sequence[Cell]], mapping: Mapping) -> DataRows:
        """Mapped columns under their field; every other column with a header under "+" and the
        header (kept with the row's person, post or unit)."""
        columns = dict(mapping.columns)
        mapped = set(columns.values())
        for index, header in enumerate(mapping.headers):
            if header and index not in mapped:
                key = f"+{header}"
                while key in columns:  # two columns of one header: both kept
                    key += "′"
                columns[key] = index
        return cls(sheet, mapping, text_records(rows, mapping.header_row + 1, columns))


class TopPlaces:
    """Where new top-level units go, and the blank top unit a single imported top may replace."""

    def __init__(self, writer: PlanWriter, options: SheetOptions) -> None:
        self.writer = writer
        under = options.under_unit_id
        self.attach = writer.doc.unit(under) if under is not None else writer.root()
        self.may_take_root = under is None and writer.root_is_blank()

    def top(self, name: str, single: bool, **fields: object) -> Unit:
        if single and self.may_take_root:
            self.may_take_root = False
            return self.writer.take_over_root(name, **fields)
        return self.writer.add_unit(self.attach, name, **fields)


# ----- units -------------------------------------------------------------------------------
def import_units(writer: PlanWriter, data: DataRows, options: SheetOptions) -> None:
    columns = data.mapping.columns
    linked = "id" in columns and "parent" in columns
    if "path" in columns and not linked:
        _units_by_path(writer, data, options)
        return
    nodes = _unit_nodes(writer, data)
    if linked:
        nodes = _outside_parents(nodes) + nodes
    tree = resolve(nodes)
    for rejection in tree.rejections:
        writer.problem(data.sheet, rejection.line, rejection.template, rejected=rejection.rejected, **rejection.params)
    places = TopPlaces(writer, options)
    tops = sum(1 for parent in tree.parent_of.values() if not parent)
    made: dict[str, Unit] = {}
    posts = _PostFiller(writer, options)
    for node in writer.each(tree.order, data.sheet):
        fields = _unit_fields(writer, node.data, "id" in columns)
        parent_key = tree.parent_of[node.key]
        name = node.data["_name"]
        if parent_key:
            unit = writer.add_unit(made[parent_key], name, **fields)
        else:
            unit = places.top(name, tops == 1, **fields)
        made[node.key] = unit
        posts.fill(unit, node.data, data.sheet, node.line)


def _unit_nodes(writer: PlanWriter, data: DataRows) -> list[Node]:
    """One node per row, keyed by id, by row (parent names), or by level order."""
    columns = data.mapping.columns
    name_field = "name" if "name" in columns else "department"
    nodes: list[Node] = []
    names: dict[str, list[str]] = {}
    stack: list[tuple[int, str]] = []  # (level, key) of the rows above, for level columns
    for line, values in data.records:
        name = values.get(name_field, "")
        if not name:
            mapped = name_field in data.mapping.columns
            template = NO_NAME if mapped else NO_NAME_COLUMN
            writer.problem(data.sheet, line, template, column=data.mapping.column_shown(name_field))
            continue
        values["_name"] = name
        if "id" in columns and "parent" in columns:
            nodes.append(Node(values["id"] or f"#{line}", line, values["parent"], values))
        elif "level" in columns:
            node = _level_node(writer, data.sheet, line, values, stack)
            if node is not None:
                nodes.append(node)
        else:
            nodes.append(Node(f"#{line}", line, values.get("parent_name", ""), values))
            names.setdefault(name, []).append(f"#{line}")
    if "parent_name" in columns and not ("id" in columns and "parent" in columns) and "level" not in columns:
        _link_parent_names(writer, data.sheet, nodes, names)
    return nodes


def _outside_parents(nodes: list[Node]) -> list[Node]:
    """When no row is a top row, parents named outside the sheet that have a parent name
    (e.g. the company above an exported department list) become units of their own."""
    keys = {node.key for node in nodes}
    if any(not node.parent or node.parent == node.key for node in nodes):
        return []
    added: dict[str, Node] = {}
    for node in nodes:
        name = node.data.get("parent_name", "")
        if node.parent not in keys and name and node.parent not in added:
            added[node.parent] = Node(node.parent, node.line, "", {"_name": name, "id": node.parent})
    return list(added.values())


def _level_node(
    writer: PlanWriter, sheet: str, line: int, values: dict[str, str], stack: list[tuple[int, str]]
) -> Node | None:
    try:
        level = int(float(values["level"]))
    except (ValueError, OverflowError):  # OverflowError: "inf"
        level = 0
    if level < 1:
        writer.problem(sheet, line, BAD_LEVEL, level=values["level"])
        return None
    while stack and stack[-1][0] >= level:
        stack.pop()
    if stack and level > stack[-1][0] + 1:
        writer.problem(sheet, line, LEVEL_GAP, level=level, previous=stack[-1][0])
        return None
    key = f"#{line}"
    node = Node(key, line, stack[-1][1] if stack else "", values)
    stack.append((level, key))
    return node


def _link_parent_names(writer: PlanWriter, sheet: str, nodes: list[Node], names: dict[str, list[str]]) -> None:
    from orgdesk.io.importing.tree import AMBIGUOUS_PARENT

    kept = []
    for node in nodes:
        parent_name = node.parent
        if parent_name:
            found = names.get(parent_name, [])
            if len(found) > 1:
                writer.problem(sheet, node.line, AMBIGUOUS_PARENT, parent=parent_name)
                continue
            node.parent = found[0] if found else parent_name
        kept.append(node)
    nodes[:] = kept


def _units_by_path(writer: PlanWriter, data: DataRows, options: SheetOptions) -> None:
    """Path rows: every prefix of a path is a unit (created once, even without its own row)."""
    sep = options.path_sep or detect_separator([values.get("path", "") for _line, values in data.records])
    paths: list[tuple[int, tuple[str, ...], dict[str, str]]] = []
    for line, values in data.records:
        parts = tuple(part.strip() for part in values.get("path", "").split(sep) if part.strip())
        name = values.get("name", "")
        if name and (not parts or parts[-1] != name):
            parts = (*parts, name)
        if not parts:
            writer.problem(data.sheet, line, NO_NAME, column=data.mapping.column_shown("path"))
            continue
        paths.append((line, parts, values))
    tops = {parts[0] for _line, parts, _values in paths}
    places = TopPlaces(writer, options)
    made: dict[tuple[str, ...], Unit] = {}
    posts = _PostFiller(writer, options)
    for line, parts, values in writer.each(paths, data.sheet):
        for depth in range(1, len(parts) + 1):
            prefix = parts[:depth]
            if prefix in made:
                continue
            own = depth == len(parts)
            fields = _unit_fields(writer, values, "id" in data.mapping.columns) if own else {}
            if depth == 1:
                made[prefix] = places.top(prefix[0], len(tops) == 1, **fields)
            else:
                made[prefix] = writer.add_unit(made[prefix[:-1]], prefix[-1], **fields)
        posts.fill(made[parts], values, data.sheet, line)


def _unit_fields(writer: PlanWriter, values: dict[str, str], has_id: bool) -> dict[str, object]:
    fields: dict[str, object] = {}
    if has_id and values.get("id"):
        fields["code"] = values["id"]
    type_id = writer.unit_type_id(values.get("type", ""))
    if type_id is not None:
        fields["type_id"] = type_id
    return fields


class _PostFiller:
    """Posts and holders a unit row carries (post, person, manager, headcount columns)."""

    def __init__(self, writer: PlanWriter, options: SheetOptions) -> None:
        self.writer, self.language = writer, options.language
        self.posts: dict[tuple[int, str], tuple[Position, int]] = {}  # (unit, title) -> (post, holders)

    def fill(self, unit: Unit, values: dict[str, str], sheet: str, line: int) -> None:
        headcount = headcount_of(self.writer, values, sheet, line)
        if values.get("manager"):
            post = self._post(unit, MANAGER_POST.get(self.language), None, is_manager=True)
            self._hold(unit, post, self.writer.person(values["manager"]))
        about_person = values.get("person") or values.get("employee_no")
        if about_person or values.get("post"):
            title = values.get("post") or DEFAULT_POST.get(self.language)
            post = self._post(unit, title, headcount)
            if about_person:
                person = self.writer.person(
                    values.get("person") or values.get("employee_no", ""),
                    values.get("employee_no", ""),
                    email=values.get("email", ""),
                    phone=values.get("phone", ""),
                )
                self._hold(unit, post, person)
        elif headcount is not None:
            self._post(unit, STAFF_POST.get(self.language), headcount)

    def _post(self, unit: Unit, title: str, headcount: int | None, is_manager: bool = False) -> Position:
        key = (unit.id, title)
        found = self.posts.get(key)
        if found is None:
            post = self.writer.add_position(unit, title, headcount=1 if headcount is None else headcount)
            if is_manager:
                post = post._replace(is_manager=True)
                self.writer.replace(post)
            self.posts[key] = (post, 0)
            return post
        post = found[0]
        if headcount is not None and headcount > post.headcount:
            post = post._replace(headcount=headcount)
            self.writer.replace(post)
            self.posts[key] = (post, found[1])
        return post

    def _hold(self, unit: Unit, post: Position, person: Person) -> None:
        key = (unit.id, post.title)
        current, holders = self.posts[key]
        holders += 1
        if holders > current.headcount:
            current = current._replace(headcount=holders)
            self.writer.replace(current)
        self.posts[key] = (current, holders)
        self.writer.hold(person, current)


def headcount_of(writer: PlanWriter, values: dict[str, str], sheet: str, line: int) -> int | None:
    text = values.get("headcount", "")
    if not text:
        return None
    try:
        value = int(float(text))
    except (ValueError, OverflowError):  # OverflowError: "inf"
        value = -1
    if not 0 <= value <= MAX_HEADCOUNT:
        writer.problem(sheet, line, BAD_HEADCOUNT, rejected=False, value=text, limit=MAX_HEADCOUNT)
        return None
    return value
