"""The organisation health check (体检): one module per family of checks (see check.py)."""

from orgdesk.domain.health.check import run_health_check
from orgdesk.domain.health.model import (
    CHECK_TITLES,
    SEVERITY_NAMES,
    Check,
    Finding,
    Fix,
    HealthReport,
    HealthSettings,
    ItemRef,
    Severity,
)

__all__ = [
    "CHECK_TITLES",
    "SEVERITY_NAMES",
    "Check",
    "Finding",
    "Fix",
    "HealthReport",
    "HealthSettings",
    "ItemRef",
    "Severity",
    "run_health_check",
]
