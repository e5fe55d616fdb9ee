"""What a health check (体检) finds, and the thresholds it uses.

A finding has a severity, the check that produced it, an English message template with its
parameters (context "Health", translated where it is shown), the items it concerns as
(kind, id) so a view can select them, and optionally a fix: an undoable edit the planner can
accept in one click (suggested KPIs, generated 岗位编号).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from orgdesk.domain.operations import Operation
from orgdesk.domain.rules import QT_TRANSLATE_NOOP

HEALTH = "Health"


class Severity(StrEnum):
    ERROR = "error"  # the organisation is inconsistent (duplicate 岗位编号, KPI weights ≠ 100 %)
    WARNING = "warning"  # probably wrong (duty overlaps, uncovered duties, 超编, no manager)
    INFO = "info"  # worth a look (vacancies, posts without KPIs)
    SUGGESTION = "suggestion"  # a better way to write or a KPI to add


SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.SUGGESTION)
SEVERITY_NAMES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Health", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Health", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("Health", "Note"),
    Severity.SUGGESTION: QT_TRANSLATE_NOOP("Health", "Suggestion"),
}


class Check(StrEnum):
    DUTY_OVERLAP = "duty_overlap"
    DUTY_GAP = "duty_gap"
    MISSING_DUTIES = "missing_duties"
    MISSING_KPIS = "missing_kpis"
    KPI_WEIGHTS = "kpi_weights"
    KPI_WITHOUT_DUTY = "kpi_without_duty"
    NO_MANAGER = "no_manager"
    STAFFING = "staffing"
    SPAN = "span_of_control"
    DEPTH = "depth"
    EMPTY_UNIT = "empty_unit"
    DUPLICATE_NAME = "duplicate_name"
    POST_CODE = "post_code"
    WRITING = "writing"
    KPI_SUGGESTION = "kpi_suggestion"


CHECK_TITLES = {
    Check.DUTY_OVERLAP: QT_TRANSLATE_NOOP("Health", "Duty overlaps"),
    Check.DUTY_GAP: QT_TRANSLATE_NOOP("Health", "Duties no post covers"),
    Check.MISSING_DUTIES: QT_TRANSLATE_NOOP("Health", "Units and posts without duties"),
    Check.MISSING_KPIS: QT_TRANSLATE_NOOP("Health", "Posts without KPIs"),
    Check.KPI_WEIGHTS: QT_TRANSLATE_NOOP("Health", "KPI weights"),
    Check.KPI_WITHOUT_DUTY: QT_TRANSLATE_NOOP("Health", "KPIs without a duty"),
    Check.NO_MANAGER: QT_TRANSLATE_NOOP("Health", "Units without a manager post"),
    Check.STAFFING: QT_TRANSLATE_NOOP("Health", "Overstaffing and vacancies"),
    Check.SPAN: QT_TRANSLATE_NOOP("Health", "Span of control"),
    Check.DEPTH: QT_TRANSLATE_NOOP("Health", "Depth"),
    Check.EMPTY_UNIT: QT_TRANSLATE_NOOP("Health", "Empty units"),
    Check.DUPLICATE_NAME: QT_TRANSLATE_NOOP("Health", "Duplicate names"),
    Check.POST_CODE: QT_TRANSLATE_NOOP("Health", "Post codes"),
    Check.WRITING: QT_TRANSLATE_NOOP("Health", "Duty wording"),
    Check.KPI_SUGGESTION: QT_TRANSLATE_NOOP("Health", "Suggested KPIs"),
}


class ItemRef(NamedTuple):
    kind: str  # unit, position, duty, kpi
    id: int


class Fix(ABC):
    """An edit that resolves a finding; `operation()` gives a fresh undoable operation."""

    label_template: str = ""  # the button text, context "Health"

    @abstractmethod
    def operation(self) -> Operation: ...


@dataclass(frozen=True, slots=True)
class Finding:
    check: Check
    severity: Severity
    template: str
    params: Mapping[str, object]
    items: tuple[ItemRef, ...]
    fix: Fix | None = None

    def english(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class HealthSettings:
    """Thresholds of the checks; every one can be changed by the planner."""

    overlap_similarity: float = 0.8  # Dice similarity of character bigrams from which duties overlap
    coverage_similarity: float = 0.2  # share of a department duty's bigrams one post's duties must hold
    kpi_relation: float = 0.4  # share of a KPI name's bigrams that the owner's duties must mention
    span_min: int = 2  # direct reports (编制 of the posts reporting to a manager post)
    span_max: int = 15
    depth_max: int = 8  # levels below the top unit
    weight_tolerance: float = 0.01  # percent
    min_duty_length: int = 4  # shorter duty texts are not compared
    # Boilerplate in every job description; never an overlap.
    ignored_duties: tuple[str, ...] = ("完成领导交办的其他工作", "完成上级交办的其他工作", "完成领导交办的其他任务")
    vague_openings: tuple[str, ...] = ("参与", "协助", "配合", "协同")
    checks: frozenset[Check] = field(default_factory=lambda: frozenset(Check))


@dataclass
class HealthReport:
    scenario_id: int
    findings: list[Finding]
    settings: HealthSettings

    def of_check(self, check: Check) -> list[Finding]:
        return [f for f in self.findings if f.check == check]

    def counts(self) -> dict[Severity, int]:
        counts = dict.fromkeys(SEVERITY_ORDER, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts
