"""Reliability checks print their figures: each test hands them to `figure`, and the
summary at the end of `pytest tests/reliability` lists them (also under pytest-xdist)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Figure = Callable[[str], None]
_FIGURES: list[str] = []


@pytest.fixture
def figure(record_property: Callable[[str, object], None]) -> Figure:
    def report(text: str) -> None:
        print(text)
        record_property("figure", text)

    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _FIGURES.extend(str(value) for name, value in report.user_properties if name == "figure")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("reliability figures")
        for line in sorted(_FIGURES):
            terminalreporter.write_line(line)
