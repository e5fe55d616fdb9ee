"""Which row holds the headers and which column means what, in someone else's sheet.

Headers are compared after folding case, spaces and punctuation, so "Parent ID",
"parentId" and "parent_id" are the same. The header row is the row among the first
ones that matches most known headers (merged title rows above it are skipped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.sheets import Cell

# The fields a column can be mapped to (also the names `--map FIELD=HEADER` accepts).
FIELDS = (
    "id",
    "parent",
    "parent_name",
    "path",
    "level",
    "name",
    "type",
    "manager",
    "headcount",
    "post",
    "person",
    "employee_no",
    "department",
    "email",
    "phone",
)

# fmt: off
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": (
        "id", "编号", "代码", "编码", "部门编号", "部门代码", "部门编码", "机构编码", "机构代码", "机构编号",
        "组织编码", "组织编号", "组织代码", "单位编码", "单位代码", "code", "unitcode", "deptid", "deptcode",
        "departmentid", "orgid", "orgcode", "nodeid", "employeeid", "positionid", "层级编号",
    ),
    "parent": (
        "parentid", "parent", "pid", "parentcode", "上级编号", "上级编码", "上级代码", "上级部门编号", "上级部门编码",
        "上级部门代码", "上级机构编码", "上级机构代码", "上级机构编号", "上级组织编码", "上级组织编号", "managerid",
        "reportsto", "reportstoid", "supervisorid", "上级工号", "汇报对象工号", "直接上级工号", "上级id",
    ),
    "parent_name": (
        "上级部门", "上级机构", "上级部门名称", "上级机构名称", "上级单位", "上级单位名称", "上级组织", "上级组织名称",
        "parentname", "parentunit", "parentdepartment",
    ),
    "path": (
        "路径", "组织路径", "部门路径", "名称路径", "机构路径", "全路径", "path", "fullpath", "orgpath", "部门全称路径",
    ),
    "level": ("层级", "级别", "层次", "部门层级", "组织层级", "level", "depth", "tier"),
    "name": (
        "名称", "部门名称", "机构名称", "单位名称", "组织名称", "name", "unitname", "orgname", "nodename", "label",
    ),
    "type": ("类型", "部门类型", "机构类型", "单位类型", "组织类型", "type", "unittype", "orgtype", "kind"),
    "manager": ("负责人", "部门负责人", "主管", "部门经理", "manager", "head", "managername", "负责人姓名"),
    "headcount": ("编制", "编制数", "定编", "定编人数", "编制人数", "headcount", "hc", "establishment"),
    "post": (
        "岗位", "岗位名称", "职位", "职位名称", "职务", "position", "positionname", "title", "jobtitle", "post",
        "job", "role",
    ),
    "person": ("姓名", "员工姓名", "人员", "人员姓名", "在岗人员", "person", "employee", "employeename", "fullname"),
    "employee_no": ("工号", "员工编号", "员工工号", "人员编号", "employeeno", "employeenumber", "staffid", "staffno"),
    "department": (
        "部门", "所属部门", "所在部门", "department", "dept", "departmentname", "deptname", "division", "area",
    ),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "mail", "emailaddress"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "phone", "mobile", "phonenumber", "tel"),
}
# fmt: on

HEADER_SCAN_ROWS = 30

BAD_MAP = QT_TRANSLATE_NOOP(
    "Import", "“{item}” is not a valid mapping; write FIELD=HEADER with FIELD one of: {fields}."
)
NO_HEADER = QT_TRANSLATE_NOOP("Import", "No column “{header}” in sheet “{sheet}”; its headers are: {headers}.")
NO_NAMES = QT_TRANSLATE_NOOP(
    "Import",
    "No column of sheet “{sheet}” could be recognised as names (e.g. 部门名称, 姓名, name); "
    "say which one with --map name=HEADER.",
)
BAD_HEADER_ROW = QT_TRANSLATE_NOOP(
    "Import", "Sheet “{sheet}” has only {rows} rows; --header-row {row} is past its end."
)


def fold(header: str) -> str:
    """A header for comparing: lower case, no spaces, underscores or brackets."""
    return re.sub(r"[\s_\-.:：()（）\[\]/#*]", "", header).lower()


_LOOKUP = {fold(word): name for name, words in SYNONYMS.items() for word in words}


def text_of(cell: Cell) -> str:
    """A cell as text: 1000001.0 -> "1000001", dates as ISO, whitespace trimmed."""
    if type(cell) is str:  # most cells: tested first, as importing calls this for every cell
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(sep=" ")
    if isinstance(cell, date | time):
        return cell.isoformat()
    return str(cell).strip()


@dataclass
class Mapping:
    """Header row (0-based) and field -> column index."""

    header_row: int
    headers: list[str]
    columns: dict[str, int] = field(default_factory=dict)

    def header_of(self, field_name: str) -> str:
        column = self.columns.get(field_name)
        return "" if column is None else self.headers[column]


def detect_header_row(rows: Sequence[Sequence[Cell]]) -> int:
    """The row among the first ones whose cells match most known headers."""
    best, best_score = 0, 0
    first_filled: int | None = None
    for number, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [text_of(cell) for cell in row]
        if first_filled is None and sum(1 for t in texts if t) >= 2:
            first_filled = number
        score = len({_LOOKUP[fold(t)] for t in texts if fold(t) in _LOOKUP})
        if score > best_score:
            best, best_score = number, score
    if best_score == 0:
        return first_filled or 0
    return best


def detect_columns(headers: Sequence[str]) -> dict[str, int]:
    """field -> column for the headers that are recognised (the first column wins)."""
    found: dict[str, int] = {}
    for column, header in enumerate(headers):
        name = _LOOKUP.get(fold(header))
        if name is not None and name not in found:
            found[name] = column
    return found


def parse_overrides(items: Sequence[str]) -> dict[str, str]:
    """["name=部门", "parent=上级"] -> {"name": "部门", "parent": "上级"}; an empty header unmaps."""
    result: dict[str, str] = {}
    for item in items:
        key, sep, header = item.partition("=")
        key = key.strip().lower()
        if not sep or key not in FIELDS:
            raise SpreadsheetImportError(BAD_MAP, item=item, fields=", ".join(FIELDS))
        result[key] = header.strip()
    return result


def build_mapping(
    sheet_name: str,
    rows: Sequence[Sequence[Cell]],
    header_row: int | None = None,
    overrides: dict[str, str] | None = None,
) -> Mapping:
    """The mapping for a sheet: detected, then `header_row` (0-based) and `overrides` applied."""
    if header_row is None:
        header_row = detect_header_row(rows)
    elif header_row >= len(rows):
        raise SpreadsheetImportError(BAD_HEADER_ROW, sheet=sheet_name, rows=len(rows), row=header_row + 1)
    headers = [text_of(cell) for cell in rows[header_row]] if rows else []
    columns = detect_columns(headers)
    for key, header in (overrides or {}).items():
        if not header:
            columns.pop(key, None)
            continue
        column = _find_header(headers, header)
        if column is None:
            shown = ", ".join(h for h in headers if h)
            raise SpreadsheetImportError(NO_HEADER, header=header, sheet=sheet_name, headers=shown)
        columns[key] = column
    return Mapping(header_row, headers, columns)


def _find_header(headers: Sequence[str], wanted: str) -> int | None:
    for column, header in enumerate(headers):
        if header == wanted:
            return column
    folded = fold(wanted)
    for column, header in enumerate(headers):
        if fold(header) == folded:
            return column
    if wanted.isascii() and wanted.isdigit() and 0 < int(wanted) <= len(headers):  # a column number, 1-based
        return int(wanted) - 1
    return None


def rows_are_posts(mapping: Mapping) -> bool:
    """Whether rows are posts/people with a reports-to hierarchy (the usual HRIS export)
    rather than units: an id/parent pair together with a post, person or employee number."""
    columns = mapping.columns
    has_links = "parent" in columns and ("id" in columns or "employee_no" in columns)
    about_people = any(key in columns for key in ("post", "person", "employee_no"))
    return has_links and about_people and "path" not in columns and "level" not in columns
