"""Run the health check (体检) of one scenario: every family of checks, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from orgdesk.domain.document import Document
from orgdesk.domain.health import gaps, kpi_suggestions, overlaps, structure, writing
from orgdesk.domain.health.model import SEVERITY_ORDER, Check, Finding, HealthReport, HealthSettings
from orgdesk.domain.health.scope import Scope
from orgdesk.domain.progress import Progress, ProgressCallback

CheckFunction = Callable[[Scope, HealthSettings, Callable[[int, int], None]], Iterator[Finding]]

# check -> (function, relative cost for the progress bar)
CHECKS: dict[Check, tuple[CheckFunction, float]] = {
    Check.DUTY_OVERLAP: (overlaps.duty_overlaps, 4.0),
    Check.DUTY_GAP: (gaps.duty_gaps, 3.0),
    Check.MISSING_DUTIES: (gaps.missing_duties, 0.3),
    Check.MISSING_KPIS: (gaps.missing_kpis, 0.3),
    Check.KPI_WEIGHTS: (gaps.kpi_weights, 0.2),
    Check.KPI_WITHOUT_DUTY: (gaps.kpis_without_duty, 1.0),
    Check.NO_MANAGER: (structure.managers_and_empty_units, 0.3),
    Check.STAFFING: (structure.staffing, 0.5),
    Check.SPAN: (structure.span_of_control, 0.3),
    Check.DEPTH: (structure.depth, 0.1),
    Check.DUPLICATE_NAME: (structure.duplicate_names, 0.2),
    Check.POST_CODE: (structure.post_codes, 0.3),
    Check.WRITING: (writing.writing, 1.0),
    Check.KPI_SUGGESTION: (kpi_suggestions.kpi_suggestions, 0.5),
}
READING_COST = 1.0


def run_health_check(
    doc: Document,
    scenario_id: int,
    settings: HealthSettings | None = None,
    progress: ProgressCallback | None = None,
) -> HealthReport:
    """The findings of the chosen checks, most severe first; raises Cancelled when `progress`
    returns False. Empty units and units without a manager are one check (NO_MANAGER) that
    reports both."""
    settings = settings or HealthSettings()
    chosen = [check for check in CHECKS if check in settings.checks]
    steps = Progress(progress, {"read": READING_COST, **{check.value: CHECKS[check][1] for check in chosen}})
    steps.step("read")
    scope = Scope(doc, scenario_id)
    _ = scope.normalised
    findings: list[Finding] = []
    for check in chosen:
        steps.step(check.value)
        function = CHECKS[check][0]
        findings.extend(function(scope, settings, steps.report))
    steps.finish()
    rank = {severity: number for number, severity in enumerate(SEVERITY_ORDER)}
    findings.sort(key=lambda f: rank[f.severity])  # stable: each check's own order is kept
    return HealthReport(scenario_id, findings, settings)
