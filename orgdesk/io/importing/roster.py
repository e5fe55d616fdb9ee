"""Rosters and staffing tables as HR offices keep them: one row per person (花名册) or per post
(定编表), each row naming its unit by a path.

The path of a row comes from its 一级部门 … N级部门 columns (a blank lower level: the row
belongs to the last filled one), from a path column split on the separator the column uses
(部门全路径 「某市分公司>网络运维中心>传输室」), or from the department column. A path's
first element equal to the top unit (or, when every path starts with the same element, that
element) is the top unit itself, not a child of it; units already in the document are found
by name along the path. So no unit is made twice, and a post is made once per (unit, title):
its 编制 is the 编制 column's, else the number of its holders.

Rows that only sum (小计, 合计, 总计 …) are skipped and listed. Person columns (性别, 出生日期,
身份证号, 用工性质 …) go to the person; any other column is kept under its header on the person,
else the post, else the unit of the row (domain.extra).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime

from orgdesk.domain.entities import Gender, Person, Position, Unit
from orgdesk.domain.extra import encode, extra_fields
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io.importing.mapping import LEVEL_FIELDS, PERSON_FIELDS
from orgdesk.io.importing.paths import detect_separator
from orgdesk.io.importing.plan import PlanWriter
from orgdesk.io.importing.units import DEFAULT_POST, DataRows, SheetOptions, TopPlaces, headcount_of

TOTALS = re.compile(
    r"^(?:小计|合计|总计|总合计|共计|累计|subtotal|total|grandtotal)|(?:小计|合计|总计)$", re.IGNORECASE
)
EXTRA_PREFIX = "+"  # DataRows keys of the columns no field holds: "+" and the header

TOTALS_ROW = QT_TRANSLATE_NOOP("Import", "A totals row (“{text}”): skipped.")
NO_UNIT = QT_TRANSLATE_NOOP("Import", "The row names no unit; fill in column “{column}” or skip the row.")
PATHS_DISAGREE = QT_TRANSLATE_NOOP(
    "Import", "Column “{path_column}” says “{path}” but the level columns say “{levels}”; correct one of them."
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "Import", "“{value}” in column “{column}” is not a date (e.g. 2024-03-01 or 2024年3月); it was left out."
)
BAD_GENDER = QT_TRANSLATE_NOOP("Import", "“{value}” in column “{column}” is not 男 or 女; it was left out.")
OVER_ESTABLISHMENT = QT_TRANSLATE_NOOP(
    "Import", "Post “{post}” of “{unit}” has {holders} holders but an establishment (编制) of {headcount}."
)
SAME_POST = QT_TRANSLATE_NOOP(
    "Import", "A second row for post “{post}” of “{unit}”: their establishments (编制) are added up, {total} in all."
)
SECOND_POST = QT_TRANSLATE_NOOP(
    "Import",
    "Employee number {code} ({name}) is also on row {first}: this row's post is taken as a concurrent post (兼职).",
)
TWO_CODES = QT_TRANSLATE_NOOP(
    "Import", "“{name}” is listed under two employee numbers ({first} and {second}); check which one is right."
)

_GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE, "male": Gender.MALE}
_GENDERS |= {"female": Gender.FEMALE, "男性": Gender.MALE, "女性": Gender.FEMALE}
_DATE_FIELDS = ("birth_date", "hire_date", "work_start_date")
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})\s*日?)?\s*月?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")


def is_roster(data: DataRows) -> bool:
    """Rows that are people or posts naming their unit (not rows that are units)."""
    columns = data.mapping.columns
    about_posts = any(key in columns for key in ("post", "person", "employee_no"))
    has_unit = any(key in columns for key in ("path", "department", "name", "section", *LEVEL_FIELDS))
    return about_posts and has_unit and not ("id" in columns and "parent" in columns)


PathedRow = tuple[int, tuple[str, ...], dict[str, str]]  # (row number, unit path, field → text)


def rows_with_paths(
    writer: PlanWriter,
    data: DataRows,
    options: SheetOptions,
    wanted: Callable[[int, dict[str, str]], bool] | None = None,
) -> list[PathedRow]:
    """The rows that name a unit, with its path; totals rows are skipped and noted, rows `wanted`
    refuses (it notes why) and rows whose path is wrong (noted) are left out."""
    paths = RowPaths(data, options)
    rows = []
    for line, values in data.records:
        if _is_totals(values):
            writer.problem(data.sheet, line, TOTALS_ROW, rejected=False, text=_totals_text(values))
            continue
        if wanted is not None and not wanted(line, values):
            continue
        path = paths.of(writer, line, values)
        if path is not None:
            rows.append((line, path, values))
    return rows


def import_roster(writer: PlanWriter, data: DataRows, options: SheetOptions) -> None:
    rows = rows_with_paths(writer, data, options)
    units = Units(writer, options, [path for _line, path, _values in rows])
    filler = _RowFiller(writer, data, options)
    for line, path, values in writer.each(rows, data.sheet):
        filler.fill(units.unit(path), values, line)
    filler.finish()


def _is_totals(values: dict[str, str]) -> bool:
    """A row that only sums: a 小计 / 合计 label where a unit, post or name stands."""
    keys = ("department", "path", "post", "person", "name", "seq", *LEVEL_FIELDS)
    return any(TOTALS.search(values[key].replace(" ", "")) for key in keys if values.get(key))


def _totals_text(values: dict[str, str]) -> str:
    return next((value for value in values.values() if TOTALS.search(value.replace(" ", ""))), "")


class RowPaths:
    """The unit path each row names (levels, a path column, or the department column)."""

    def __init__(self, data: DataRows, options: SheetOptions) -> None:
        columns = data.mapping.columns
        self.data = data
        self.levels = [field for field in LEVEL_FIELDS if field in columns]
        self.path_field = next((key for key in ("path", "department", "name", "section") if key in columns), None)
        texts = [values.get(self.path_field, "") for _line, values in data.records] if self.path_field else []
        self.sep = options.path_sep or detect_separator(texts)

    def of(self, writer: PlanWriter, line: int, values: dict[str, str]) -> tuple[str, ...] | None:
        by_levels = tuple(values[field] for field in self.levels if values.get(field))
        by_path = self._split(values.get(self.path_field, "")) if self.path_field else ()
        if self.path_field in ("department", "name"):
            # 所属部门 + 部门名称 (+ 科室): the unit named in a lower column sits under the department.
            lower = ("name", "section") if self.path_field == "department" else ("section",)
            below = tuple(values[key] for key in lower if values.get(key))
            by_path = by_path + tuple(part for part in below if not by_path or part != by_path[-1])
        agree = _contains(by_path, by_levels)
        if by_levels and by_path and self.path_field == "path" and not agree:
            header = self.data.mapping.header_of("path")
            shown = self.sep.join(by_levels)
            writer.problem(self.data.sheet, line, PATHS_DISAGREE, path_column=header, path=values["path"], levels=shown)
            return None
        path = by_path if self.path_field == "path" and by_path else by_levels or by_path
        if not path:
            shown = self.data.mapping.column_shown(self.levels[0] if self.levels else self.path_field or "department")
            writer.problem(self.data.sheet, line, NO_UNIT, column=shown)
            return None
        return path

    def _split(self, text: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in text.split(self.sep) if part.strip())


def _contains(path: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` runs unbroken inside `path` (一级部门 销售部 in 公司/销售部/华北组)."""
    return any(path[start : start + len(part)] == part for start in range(len(path) - len(part) + 1))


class Units:
    """Units along the rows' paths: found in the document by name, else made once."""

    def __init__(self, writer: PlanWriter, options: SheetOptions, paths: list[tuple[str, ...]]) -> None:
        self.writer = writer
        self.places = TopPlaces(writer, options)
        self.made: dict[tuple[str, ...], Unit] = {}
        firsts = {path[0] for path in paths}
        attach = self.places.attach
        # The top of every path is the unit imported into: its own name, or the one first element
        # all paths share (the company above the departments).
        self.top_name: str | None = None
        shared = next(iter(firsts)) if len(firsts) == 1 else None
        if shared is not None and self._existing_child(attach, shared) is not None:
            shared = None  # the paths start below the top unit, at one of its units
        if attach is not None and (attach.name in firsts or shared is not None):
            self.top_name = attach.name if attach.name in firsts else next(iter(firsts))
            if self.top_name != attach.name and self.places.may_take_root:
                self.places.may_take_root = False
                attach = writer.take_over_root(self.top_name)
            self.made[(self.top_name,)] = attach
        self.single_top = len(firsts) == 1

    def unit(self, path: tuple[str, ...]) -> Unit:
        found = self.made.get(path)
        if found is not None:
            return found
        if len(path) == 1:
            unit = self._existing_child(self.places.attach, path[0]) or self.places.top(path[0], self.single_top)
        else:
            parent = self.unit(path[:-1])
            unit = self._existing_child(parent, path[-1]) or self.writer.add_unit(parent, path[-1])
        self.made[path] = unit
        return unit

    def _existing_child(self, parent: Unit | None, name: str) -> Unit | None:
        """A unit of that name already under `parent` in the document (importing into an organisation)."""
        doc = self.writer.doc
        if parent is None or doc.get("unit", parent.id) is None:
            return None
        return next((child for child in doc.children_of(parent) if child.name == name), None)


class _RowFiller:
    """Posts, holders and kept columns of each row."""

    def __init__(self, writer: PlanWriter, data: DataRows, options: SheetOptions) -> None:
        self.writer, self.data, self.language = writer, data, options.language
        self.posts: dict[tuple[int, str], Position] = {}
        self.holders: Counter[tuple[int, str]] = Counter()
        self.stated: dict[tuple[int, str], tuple[int, int]] = {}  # post key -> (编制 column, its row)
        self.units: dict[tuple[int, str], Unit] = {}
        self.codes_of_name: dict[str, tuple[str, int]] = {}
        self.rows_of_code: dict[str, int] = {}
        self.added: Counter[tuple[int, str]] = Counter()  # holders this import gives a post

    def fill(self, unit: Unit, values: dict[str, str], line: int) -> None:
        extra = row_extra(self.data, values)
        if values.get("in_post"):  # 在岗 of a staffing table: kept as written, the holders count is the figure
            extra[self.data.mapping.header_of("in_post")] = values["in_post"]
        about_person = values.get("person") or values.get("employee_no")
        if not (about_person or values.get("post")):
            if extra:
                self._keep_on_unit(unit, extra)
            return
        post = self._post(unit, values, line)
        if not about_person:
            self._keep_on_post(post, extra, values)
            return
        key = (post.unit_id, post.title)
        person = self._person(values, line, extra, self.posts[key])
        self.holders[key] += 1
        if any(a.position_id == post.id for a in self.writer.doc.assignments_of_person(person.id)):
            return  # already holds it (the roster imported again): nothing new
        self._note_second_post(person, values, line)
        if self.writer.hold(person, self.posts[key]) is not None:
            self.added[key] += 1

    def _post(self, unit: Unit, values: dict[str, str], line: int) -> Position:
        title = values.get("post") or DEFAULT_POST.get(self.language)
        key = (unit.id, title)
        headcount = headcount_of(self.writer, values, self.data.sheet, line)
        post = self.posts.get(key)
        if post is None:
            post = self._existing_post(unit, title) or self.writer.add_position(
                unit, title, headcount=headcount or 0, grade=values.get("grade", "")
            )
            self.posts[key] = post
            self.units[key] = unit
        elif headcount is not None and key in self.stated and not (values.get("person") or values.get("employee_no")):
            # Two rows of a staffing table for one post (a column told them apart that is not read):
            # their 编制 add up, and the note says so.
            total = self.stated[key][0] + headcount
            self.stated[key] = (total, self.stated[key][1])
            self.writer.problem(
                self.data.sheet, line, SAME_POST, rejected=False, post=title, unit=unit.name, total=total
            )
            post = post._replace(headcount=total)
            self.writer.replace(post)
            self.posts[key] = post
            return post
        elif values.get("grade") and not post.grade:
            post = post._replace(grade=values["grade"])
            self.writer.replace(post)
            self.posts[key] = post
        if headcount is not None and key not in self.stated:
            self.stated[key] = (headcount, line)
            if post.headcount != headcount:
                post = post._replace(headcount=headcount)
                self.writer.replace(post)
                self.posts[key] = post
        return post

    def _existing_post(self, unit: Unit, title: str) -> Position | None:
        """The post of that title the unit already has in the document (a roster imported again)."""
        if self.writer.doc.get("unit", unit.id) is None:
            return None
        return next((p for p in self.writer.doc.positions_of(unit.id) if p.title == title), None)

    def _note_second_post(self, person: Person, values: dict[str, str], line: int) -> None:
        """One 工号 on two rows of the roster: the second post is taken concurrently, and said so."""
        code = values.get("employee_no", "")
        if not code:
            return
        first = self.rows_of_code.setdefault(code, line)
        if first != line:
            self.writer.problem(
                self.data.sheet, line, SECOND_POST, rejected=False, code=code, name=person.name, first=first
            )

    def _keep_on_post(self, post: Position, extra: dict[str, str], values: dict[str, str]) -> None:
        key = (post.unit_id, post.title)
        if values.get("notes"):
            extra[self.data.mapping.header_of("notes")] = values["notes"]
        if extra:
            current = self.posts[key]
            updated = current._replace(extra=encode({**extra_fields(current), **extra}))
            self.writer.replace(updated)
            self.posts[key] = updated

    def _keep_on_unit(self, unit: Unit, extra: dict[str, str]) -> None:
        current = self.writer.current("unit", unit.id)
        if isinstance(current, Unit):
            self.writer.replace(current._replace(extra=encode({**extra_fields(current), **extra})))

    def _person(self, values: dict[str, str], line: int, extra: dict[str, str], post: Position) -> Person:
        name = values.get("person") or values.get("employee_no", "")
        code = values.get("employee_no", "")
        if not code:  # no 工号: the holder of this very post by that name, if the document has one
            for assignment in self.writer.doc.assignments_of_position(post.id):
                holder = self.writer.doc.person(assignment.person_id)
                if holder.name == name:
                    return holder
        self._note_second_code(name, code, line)
        fields = person_fields(self.writer, self.data, line, values)
        if extra:
            fields["extra"] = encode(extra)
        return self.writer.person(name, code, **fields)

    def _note_second_code(self, name: str, code: str, line: int) -> None:
        if not code or not name:
            return
        first = self.codes_of_name.setdefault(name, (code, line))
        if first[0] != code:
            self.writer.problem(
                self.data.sheet, line, TWO_CODES, rejected=False, name=name, first=first[0], second=code
            )

    def finish(self) -> None:
        """编制: the column's where a row gave it (a note where holders exceed it), else the holders."""
        for key, post in self.posts.items():
            holders = self.holders[key]
            stated = self.stated.get(key)
            existing = self.writer.doc.get("position", post.id) is not None
            if stated is None:
                holders_now = len(self.writer.doc.assignments_of_position(post.id)) if existing else 0
                needed = max(holders, holders_now + self.added[key]) if existing else holders
                if needed > post.headcount or (not existing and needed and needed != post.headcount):
                    self.writer.replace(post._replace(headcount=needed))
            elif holders > stated[0]:
                self.writer.problem(
                    self.data.sheet,
                    stated[1],
                    OVER_ESTABLISHMENT,
                    rejected=False,
                    post=post.title,
                    unit=self.units[key].name,
                    holders=holders,
                    headcount=stated[0],
                )


def row_extra(data: DataRows, values: dict[str, str]) -> dict[str, str]:
    """The row's columns no field holds, header → text."""
    return {key[len(EXTRA_PREFIX) :]: value for key, value in values.items() if key.startswith(EXTRA_PREFIX)}


def person_fields(writer: PlanWriter, data: DataRows, line: int, values: dict[str, str]) -> dict[str, object]:
    """The person columns of a row as field values (a note for a value that is no date or gender)."""
    fields: dict[str, object] = {}
    for field in PERSON_FIELDS:
        text = values.get(field, "")
        if not text:
            continue
        value: object | None = text
        if field == "gender":
            value = _GENDERS.get(text.strip().lower())
            template = BAD_GENDER
        elif field in _DATE_FIELDS:
            value = parse_date(text)
            template = BAD_DATE
        if value is None:
            column = data.mapping.column_shown(field)
            writer.problem(data.sheet, line, template, rejected=False, value=text, column=column)
        else:
            fields[field] = value
    return fields


def parse_date(text: str) -> date | None:
    """A date as rosters write it: 2024-03-01, 2024/3/1, 2024.03, 2024年3月1日, 20240301, 2024-03-01 00:00:00."""
    text = text.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    found = _DATE_TEXT.match(text) or _COMPACT_DATE.match(text)
    if found is None:
        return None
    year, month, day = int(found.group(1)), int(found.group(2)), int(found.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None
