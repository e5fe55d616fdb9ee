"""What a chart PDF export is asked for: paper, orientation, fit, layout, scope, language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartPdfOptions:
    paper: str = "A4"
    landscape: bool = False
    fit: str = "page"  # "page", "tiles" or "departments" (a department per page, see pdf_departments)
    layout: str = "compact"  # top-down | left-right | compact
    root_id: int | None = None
    depth: int | None = None  # levels below the root
    language: str | None = None
