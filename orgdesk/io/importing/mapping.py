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

from orgdesk.domain.messages import Label
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.sheets import Cell

# The fields a column can be mapped to (also the names `--map FIELD=HEADER` accepts).
LEVELS = 9  # 一级部门 … 九级部门
LEVEL_FIELDS = tuple(f"level{n}" for n in range(1, LEVELS + 1))  # the unit named at that level of the path
PERSON_FIELDS = (
    "gender",
    "birth_date",
    "hire_date",
    "work_start_date",
    "education",
    "id_number",
    "employment_type",
    "political_status",
    "email",
    "phone",
    "notes",
)
FIELDS = (
    "id",
    "parent",
    "parent_name",
    "path",
    "level",
    *LEVEL_FIELDS,
    "name",
    "type",
    "manager",
    "headcount",
    "in_post",
    "post",
    "grade",
    "person",
    "employee_no",
    "department",
    "section",
    *PERSON_FIELDS,
    "seq",
)

# What each field is called where the user sees it (the import dialog, messages): no developer keys.
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ImportFields", "Unit code"),
    "parent": QT_TRANSLATE_NOOP("ImportFields", "Parent unit code"),
    "parent_name": QT_TRANSLATE_NOOP("ImportFields", "Parent unit"),
    "path": QT_TRANSLATE_NOOP("ImportFields", "Unit path"),
    "level": QT_TRANSLATE_NOOP("ImportFields", "Level number"),
    "level1": QT_TRANSLATE_NOOP("ImportFields", "Level 1 unit"),
    "level2": QT_TRANSLATE_NOOP("ImportFields", "Level 2 unit"),
    "level3": QT_TRANSLATE_NOOP("ImportFields", "Level 3 unit"),
    "level4": QT_TRANSLATE_NOOP("ImportFields", "Level 4 unit"),
    "level5": QT_TRANSLATE_NOOP("ImportFields", "Level 5 unit"),
    "level6": QT_TRANSLATE_NOOP("ImportFields", "Level 6 unit"),
    "level7": QT_TRANSLATE_NOOP("ImportFields", "Level 7 unit"),
    "level8": QT_TRANSLATE_NOOP("ImportFields", "Level 8 unit"),
    "level9": QT_TRANSLATE_NOOP("ImportFields", "Level 9 unit"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Unit name"),
    "type": QT_TRANSLATE_NOOP("ImportFields", "Unit type"),
    "manager": QT_TRANSLATE_NOOP("ImportFields", "Head of unit"),
    "headcount": QT_TRANSLATE_NOOP("ImportFields", "Establishment (headcount)"),
    "in_post": QT_TRANSLATE_NOOP("ImportFields", "In post"),
    "post": QT_TRANSLATE_NOOP("ImportFields", "Post"),
    "grade": QT_TRANSLATE_NOOP("ImportFields", "Grade"),
    "person": QT_TRANSLATE_NOOP("ImportFields", "Person's name"),
    "employee_no": QT_TRANSLATE_NOOP("ImportFields", "Employee number"),
    "department": QT_TRANSLATE_NOOP("ImportFields", "Department"),
    "section": QT_TRANSLATE_NOOP("ImportFields", "Section (under the department)"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("ImportFields", "Date of birth"),
    "hire_date": QT_TRANSLATE_NOOP("ImportFields", "Date joined"),
    "work_start_date": QT_TRANSLATE_NOOP("ImportFields", "Started working"),
    "education": QT_TRANSLATE_NOOP("ImportFields", "Education"),
    "id_number": QT_TRANSLATE_NOOP("ImportFields", "ID card number"),
    "employment_type": QT_TRANSLATE_NOOP("ImportFields", "Type of employment"),
    "political_status": QT_TRANSLATE_NOOP("ImportFields", "Political status"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "seq": QT_TRANSLATE_NOOP("ImportFields", "Row number (not imported)"),
}

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
        "部门全路径", "组织全路径", "机构全路径", "全路径名称", "部门全称", "组织全称", "departmentpath", "orgfullpath",
    ),
    "level": ("层级", "级别", "层次", "部门层级", "组织层级", "level", "depth", "tier"),
    "name": (
        "名称", "部门名称", "机构名称", "单位名称", "组织名称", "name", "unitname", "orgname", "nodename", "label",
    ),
    "type": ("类型", "部门类型", "机构类型", "单位类型", "组织类型", "type", "unittype", "orgtype", "kind"),
    "manager": ("负责人", "部门负责人", "主管", "部门经理", "manager", "head", "managername", "负责人姓名"),
    "headcount": (
        "编制", "编制数", "定编", "定编人数", "编制人数", "核定编制", "核定编制数", "定员", "headcount", "hc",
        "establishment", "approvedheadcount",
    ),
    "in_post": ("在岗", "在岗人数", "实有", "实有人数", "现有", "现有人数", "在编", "在编人数", "actual", "staffed"),
    "post": (
        "岗位", "岗位名称", "职位", "职位名称", "职务", "现岗位", "所在岗位", "position", "positionname", "title",
        "jobtitle", "post", "job", "role",
    ),
    "grade": (
        "岗级", "职级", "职等", "岗位等级", "岗位级别", "职位等级", "等级", "grade", "jobgrade", "paygrade", "band",
    ),
    "person": ("姓名", "员工姓名", "人员", "人员姓名", "在岗人员", "person", "employee", "employeename", "fullname"),
    "employee_no": (
        "工号", "员工编号", "员工工号", "人员编号", "职工编号", "员工号", "employeeno", "employeenumber", "staffid",
        "staffno",
    ),
    "department": (
        "部门", "所属部门", "所在部门", "组织", "机构", "单位", "所属单位", "所在单位", "所属机构", "department",
        "dept", "departmentname", "deptname", "division", "area", "organization", "organisation", "orgunit",
    ),
    "section": ("科室", "处室", "班组", "科室名称", "班组名称", "所属科室", "所属班组", "section", "team", "subunit"),
    "gender": ("性别", "gender", "sex"),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "birthdate", "dateofbirth", "birthday", "dob"),
    "hire_date": (
        "入职日期", "入职时间", "进入本单位时间", "进入本单位日期", "入司时间", "入司日期", "到岗时间", "hiredate",
        "joindate", "startdate", "dateofhire",
    ),
    "work_start_date": ("参加工作时间", "参加工作日期", "参加工作年月", "首次参加工作时间", "workstartdate"),
    "education": ("学历", "最高学历", "第一学历", "文化程度", "education", "degree"),
    "id_number": (
        "身份证号", "身份证号码", "身份证", "证件号码", "证件号", "公民身份号码", "身份证件号码", "idnumber", "idno",
        "idcard", "nationalid",
    ),
    "employment_type": (
        "用工性质", "用工形式", "用工类型", "用工方式", "人员性质", "员工类型", "employmenttype", "contracttype",
    ),
    "political_status": ("政治面貌", "politicalstatus"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "mail", "emailaddress"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "phone", "mobile", "phonenumber", "tel"),
    "notes": ("备注", "说明", "notes", "note", "remark", "remarks", "comment", "comments"),
    "seq": ("序号", "编号序号", "行号", "no", "seq", "sn", "序"),
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


def field_label(field: str) -> Label:
    """The field's name as the user sees it, translated where it is shown."""
    return Label(FIELD_LABELS.get(field, field), "ImportFields")


def fold(header: str) -> str:
    """A header for comparing: lower case, no spaces, underscores or brackets."""
    return re.sub(r"[\s_\-.:：()（）\[\]/#*]", "", header).lower()


_LOOKUP = {fold(word): name for name, words in SYNONYMS.items() for word in words}
_NUMERALS = {numeral: n for n, numeral in enumerate("一二三四五六七八九", start=1)}
# 一级部门, 二级机构名称, 3级组织, 部门1, Level 2 Department, L3 …: the unit named at level N of the path
_LEVEL_HEADER = re.compile(
    r"^(?:(?P<cn>[一二三四五六七八九]|[1-9])级(?:部门|机构|组织|单位|科室|中心)(?:名称)?"
    r"|(?:部门|机构|组织)(?P<tail>[1-9])"
    r"|(?:level|l)(?P<en>[1-9])(?:department|dept|unit|org)?(?:name)?"
    r"|(?:department|dept|unit|org)(?:level|l)?(?P<en2>[1-9]))$"
)


def level_of_header(header: str) -> int | None:
    """N for a header naming the unit at level N of the path (一级部门 → 1), else None."""
    found = _LEVEL_HEADER.match(fold(header))
    if found is None:
        return None
    text = next(group for group in found.groups() if group)
    return _NUMERALS.get(text) or int(text)


def field_of_header(header: str) -> str | None:
    """The field a header names (a synonym or a level column), or None."""
    folded = fold(header)
    if folded in _LOOKUP:
        return _LOOKUP[folded]
    level = level_of_header(header)
    return f"level{level}" if level is not None else None


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

    def column_shown(self, field_name: str) -> str:
        """The column's header for a message; the field's name when no column is chosen for it."""
        return self.header_of(field_name) or field_label(field_name)


def detect_header_row(rows: Sequence[Sequence[Cell]]) -> int:
    """The row among the first ones whose cells match most known headers."""
    best, best_score = 0, 0
    first_filled: int | None = None
    for number, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [text_of(cell) for cell in row]
        if first_filled is None and sum(1 for t in texts if t) >= 2:
            first_filled = number
        score = len({field for field in map(field_of_header, texts) if field is not None})
        if score > best_score:
            best, best_score = number, score
    if best_score == 0:
        return first_filled or 0
    return best


def detect_columns(headers: Sequence[str]) -> dict[str, int]:
    """field -> column for the headers that are recognised (the first column wins)."""
    found: dict[str, int] = {}
    for column, header in enumerate(headers):
        name = field_of_header(header)
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
    return has_links and about_people and not has_unit_path(mapping) and "level" not in columns


def level_columns(mapping: Mapping) -> list[int]:
    """The columns of 一级部门, 二级部门 … in level order."""
    return [mapping.columns[field] for field in LEVEL_FIELDS if field in mapping.columns]


def has_unit_path(mapping: Mapping) -> bool:
    """Whether rows name their unit by a path: a path column or level columns."""
    return "path" in mapping.columns or any(field in mapping.columns for field in LEVEL_FIELDS)
