"""The entities of an organisation document.

Entities are immutable named tuples: an edit replaces a whole entity, which makes
apply/revert a matter of swapping one value for another, and lets the store load
tens of thousands of rows straight from result tuples without per-field work.
Field names equal the store's column names, in the same order.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple


class OwnerKind(StrEnum):
    """What a duty, KPI or relation end belongs to."""

    UNIT = "unit"
    POSITION = "position"


class AssignmentKind(StrEnum):
    PRIMARY = "primary"  # 主岗
    CONCURRENT = "concurrent"  # 兼职
    ACTING = "acting"  # 代理


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Direction(StrEnum):
    HIGHER = "higher"  # higher is better
    LOWER = "lower"
    TARGET = "target"  # hit the target exactly


class Gender(StrEnum):
    UNKNOWN = ""
    MALE = "M"
    FEMALE = "F"


class Organisation(NamedTuple):
    id: int
    name: str
    description: str = ""


class UnitType(NamedTuple):
    id: int
    name: str
    colour: str = "#607D8B"
    sort_order: int = 0


class Scenario(NamedTuple):
    id: int
    name: str
    description: str = ""
    sort_order: int = 0
    is_current: bool = False
    origin_id: int | None = None  # the scenario this one was copied from


class Unit(NamedTuple):
    id: int
    scenario_id: int
    parent_id: int | None
    sort_order: int
    name: str
    short_name: str = ""
    code: str = ""
    type_id: int | None = None
    description: str = ""  # 部门职能
    extra: str = ""  # columns of the sheet it came from that no field holds (see domain.extra)
    origin_id: int | None = None


class Position(NamedTuple):
    id: int
    unit_id: int
    sort_order: int
    title: str
    code: str = ""  # 岗位编号
    grade: str = ""  # 职级
    category: str = ""  # 岗位类别
    headcount: int = 1  # 编制
    reports_to_id: int | None = None
    purpose: str = ""  # 岗位目的
    qualifications: str = ""  # 任职资格
    is_manager: bool = False
    extra: str = ""  # see domain.extra
    origin_id: int | None = None


class Person(NamedTuple):
    id: int
    code: str  # 工号
    name: str
    gender: str = Gender.UNKNOWN
    birth_date: date | None = None
    hire_date: date | None = None
    education: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    employment_type: str = ""  # 用工性质: 合同制, 劳务派遣, 外包, 实习, 退休返聘 …
    id_number: str = ""  # 身份证号, always text (18 digits and a final X kept exactly)
    work_start_date: date | None = None  # 参加工作时间
    political_status: str = ""  # 政治面貌
    extra: str = ""  # see domain.extra


class Assignment(NamedTuple):
    id: int
    person_id: int
    position_id: int
    kind: str = AssignmentKind.PRIMARY
    start_date: date | None = None


class Duty(NamedTuple):
    id: int
    owner_kind: str  # OwnerKind
    owner_id: int
    sort_order: int
    text: str
    level: int = 1
    heading: str = ""
    origin_id: int | None = None


class Kpi(NamedTuple):
    id: int
    owner_kind: str  # OwnerKind
    owner_id: int
    sort_order: int
    name: str
    definition: str = ""
    measure_unit: str = ""
    target: str = ""
    weight: float | None = None  # percent
    period: str = Period.YEAR
    direction: str = Direction.HIGHER
    origin_id: int | None = None


class Relation(NamedTuple):
    id: int
    scenario_id: int
    from_kind: str  # OwnerKind
    from_id: int
    to_kind: str  # OwnerKind
    to_id: int
    kind: str = "cooperation"
    label: str = ""


Entity = Organisation | UnitType | Scenario | Unit | Position | Person | Assignment | Duty | Kpi | Relation

# Entities kept in a dense sibling order (sort_order 0..n-1 within their group).
Ordered = UnitType | Scenario | Unit | Position | Duty | Kpi

# Kind name -> entity class. The order is the order of dependency (parents first).
ENTITY_CLASSES: dict[str, type[Entity]] = {
    "organisation": Organisation,
    "unit_type": UnitType,
    "scenario": Scenario,
    "unit": Unit,
    "position": Position,
    "person": Person,
    "assignment": Assignment,
    "duty": Duty,
    "kpi": Kpi,
    "relation": Relation,
}
KINDS: tuple[str, ...] = tuple(ENTITY_CLASSES)


KIND_OF_CLASS: dict[type, str] = {cls: kind for kind, cls in ENTITY_CLASSES.items()}


def kind_of(entity: Entity) -> str:
    return KIND_OF_CLASS[type(entity)]
