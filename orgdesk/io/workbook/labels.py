"""Sheet names, column headers and value labels of the roster workbook, in both languages.

They are part of a file format, not of the user interface: the importer recognises a
workbook exported in either language, so both spellings live here side by side
(English, Chinese) instead of in the translation catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from orgdesk.domain.entities import AssignmentKind, Direction, Gender, Period


class Text(NamedTuple):
    en: str
    zh: str

    def get(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


# ----- sheets -------------------------------------------------------------------------
SHEETS: dict[str, Text] = {
    "structure": Text("Structure", "组织架构"),
    "establishment": Text("Establishment", "定编表"),
    "posts": Text("Posts", "岗位"),
    "roster": Text("Roster", "花名册"),
    "duties": Text("Duties", "岗位职责"),
    "kpis": Text("KPIs", "考核指标"),
}

# ----- columns of each sheet, in order: key -> header -------------------------------------
COLUMNS: dict[str, dict[str, Text]] = {
    "structure": {
        "ref": Text("Outline no.", "层级编号"),
        "name": Text("Unit", "部门名称"),
        "code": Text("Unit code", "部门编码"),
        "short_name": Text("Short name", "简称"),
        "type": Text("Type", "类型"),
        "parent": Text("Parent unit", "上级部门"),
        "manager": Text("Manager", "负责人"),
        "headcount": Text("Headcount", "编制"),
        "filled": Text("Filled", "在岗"),
        "vacant": Text("Vacant", "空缺"),
        "total_headcount": Text("Headcount (subtree)", "编制(含下级)"),
        "total_filled": Text("Filled (subtree)", "在岗(含下级)"),
        "total_vacant": Text("Vacant (subtree)", "空缺(含下级)"),
        "description": Text("Functions", "部门职能"),
    },
    "establishment": {
        "ref": Text("Outline no.", "层级编号"),
        "unit": Text("Unit", "部门"),
        "headcount": Text("Establishment", "编制数"),
        "filled": Text("Actual staff", "实有人数"),
        "vacant": Text("Under establishment", "缺编"),
        "over": Text("Over establishment", "超编"),
    },
    "posts": {
        "ref": Text("Post ref.", "岗位层级编号"),
        "unit": Text("Unit", "部门"),
        "code": Text("Post code", "岗位编号"),
        "title": Text("Post", "岗位名称"),
        "category": Text("Category", "岗位类别"),
        "grade": Text("Grade", "职级"),
        "headcount": Text("Headcount", "编制"),
        "filled": Text("Filled", "在岗"),
        "vacant": Text("Vacant", "空缺"),
        "reports_to": Text("Reports to", "汇报对象"),
        "reports_to_ref": Text("Reports-to ref.", "汇报对象层级编号"),
        "is_manager": Text("Manager post", "负责人岗位"),
        "purpose": Text("Purpose", "岗位目的"),
        "qualifications": Text("Qualifications", "任职资格"),
    },
    "roster": {  # one row per person; 兼职 and 代理 posts in their own columns
        "number": Text("No.", "序号"),
        "code": Text("Employee no.", "工号"),
        "name": Text("Name", "姓名"),
        "gender": Text("Gender", "性别"),
        "birth_date": Text("Date of birth", "出生日期"),
        "id_number": Text("ID card no.", "身份证号"),
        "employment_type": Text("Employment", "用工性质"),
        "education": Text("Education", "学历"),
        "work_start_date": Text("Started working", "参加工作时间"),
        "hire_date": Text("Hire date", "入职日期"),
        "political_status": Text("Political status", "政治面貌"),
        "unit": Text("Department", "部门"),
        "post": Text("Post", "岗位"),
        "post_ref": Text("Post ref.", "岗位层级编号"),
        "grade": Text("Grade", "岗级"),
        "manager": Text("Line manager", "直接上级"),
        "start_date": Text("Since", "任职日期"),
        "concurrent": Text("Concurrent posts", "兼职岗位"),
        "concurrent_refs": Text("Concurrent post refs.", "兼职岗位层级编号"),
        "acting": Text("Acting posts", "代理岗位"),
        "acting_refs": Text("Acting post refs.", "代理岗位层级编号"),
        "phone": Text("Phone", "电话"),
        "email": Text("Email", "邮箱"),
        "notes": Text("Notes", "备注"),
    },
    "duties": {
        "owner": Text("Owner", "所属"),
        "owner_ref": Text("Owner ref.", "所属层级编号"),
        "number": Text("No.", "序号"),
        "level": Text("Level", "级别"),
        "heading": Text("Heading", "标题"),
        "text": Text("Duty", "职责内容"),
    },
    "kpis": {
        "owner": Text("Owner", "所属"),
        "owner_ref": Text("Owner ref.", "所属层级编号"),
        "number": Text("No.", "序号"),
        "name": Text("KPI", "指标名称"),
        "definition": Text("Definition", "指标定义"),
        "measure_unit": Text("Unit of measure", "计量单位"),
        "target": Text("Target", "目标值"),
        "weight": Text("Weight (%)", "权重(%)"),
        "period": Text("Period", "考核周期"),
        "direction": Text("Direction", "方向"),
    },
}

# Headers of earlier versions of the workbook, still read back (the roster was one row per assignment).
LEGACY_COLUMNS: dict[str, dict[str, Text]] = {
    "roster": {"kind": Text("Assignment", "任职类型"), "grade": Text("Grade", "职级")},
}
LIST_SEPARATOR = "；"  # between the posts of one person in one cell

# ----- values shown as words ----------------------------------------------------------------
ASSIGNMENT_KINDS: dict[str, Text] = {
    AssignmentKind.PRIMARY: Text("Primary", "主岗"),
    AssignmentKind.CONCURRENT: Text("Concurrent", "兼职"),
    AssignmentKind.ACTING: Text("Acting", "代理"),
}
GENDERS: dict[str, Text] = {
    Gender.UNKNOWN: Text("", ""),
    Gender.MALE: Text("Male", "男"),
    Gender.FEMALE: Text("Female", "女"),
}
PERIODS: dict[str, Text] = {
    Period.MONTH: Text("Month", "月度"),
    Period.QUARTER: Text("Quarter", "季度"),
    Period.YEAR: Text("Year", "年度"),
}
DIRECTIONS: dict[str, Text] = {
    Direction.HIGHER: Text("Higher is better", "越高越好"),
    Direction.LOWER: Text("Lower is better", "越低越好"),
    Direction.TARGET: Text("On target", "达到目标"),
}
YES_NO: dict[bool, Text] = {True: Text("Yes", "是"), False: Text("No", "否")}


TITLES = {
    "zh": "{organisation} {sheet}（{scenario}，{date}）",
    "en": "{organisation} — {sheet} ({scenario}, {date})",
}


def sheet_title(key: str, language: str, organisation: str, scenario: str, day: date) -> str:
    """The title row above a sheet's header: what it is, of which scenario, as of when."""
    template = TITLES["zh" if language.startswith("zh") else "en"]
    return template.format(organisation=organisation, sheet=sheet_name(key, language), scenario=scenario, date=day)


def sheet_name(key: str, language: str) -> str:
    return SHEETS[key].get(language)


def headers(sheet: str, language: str) -> list[str]:
    return [text.get(language) for text in COLUMNS[sheet].values()]


def reverse(labels: dict[str, Text]) -> dict[str, str]:
    """Word (either language, or the stored value itself) -> stored value."""
    found: dict[str, str] = {}
    for value, text in labels.items():
        for word in (str(value), text.en, text.zh, text.en.lower()):
            found.setdefault(word, str(value))
    return found


def sheet_key(name: str) -> str | None:
    """Which of our sheets a sheet name is (in either language), if any."""
    for key, text in SHEETS.items():
        if name.strip() in (text.en, text.zh):
            return key
    return None


def column_keys(sheet: str, header_row: Sequence[object]) -> dict[str, int]:
    """Column index of each of our columns found in a header row (either language)."""
    known = {**LEGACY_COLUMNS.get(sheet, {}), **COLUMNS[sheet]}
    wanted = {word: key for key, text in known.items() for word in (text.en, text.zh)}
    found: dict[str, int] = {}
    for index, cell in enumerate(header_row):
        key = wanted.get(str(cell).strip()) if cell is not None else None
        if key is not None:
            found.setdefault(key, index)
    return found


DATE_FORMAT = "yyyy-mm-dd"
EPOCH = date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug folded in)
