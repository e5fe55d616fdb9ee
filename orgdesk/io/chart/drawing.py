"""Everything a chart export draws, gathered once: layout, cards, relations and labels.

Shared by the PDF chart, the PNG/SVG export, the booklet's department charts and printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import translate
from orgdesk.io import ExportError
from orgdesk.io.glyph_check import warning_lines
from orgdesk.layout import style
from orgdesk.layout.cards import Card, chart_cards, unit_relations
from orgdesk.layout.paint import CardLabels
from orgdesk.layout.subtree import layout_unit
from orgdesk.layout.tidy import Layout, LayoutOptions, Orientation, layout_tree

EXPORT = "Export"
NO_UNITS = QT_TRANSLATE_NOOP(
    "Export", "Scenario “{scenario}” has no units, so there is no chart to export; add a unit first."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Export",
    "Cannot write “{path}”: {reason}. Choose another folder, or close the file if another program has it open.",
)


@dataclass(frozen=True)
class ChartImageOptions:
    """PNG and SVG export options."""

    layout: str = "compact"
    root_id: int | None = None
    depth: int | None = None
    language: str | None = None
    dpi: float = 96.0  # PNG only: 96 draws one layout unit as one pixel, as the canvas at 100 %


@dataclass(frozen=True)
class ChartDrawing:
    layout: Layout
    cards: dict[int, Card]
    relations: list[tuple[int, int, str]]
    labels: CardLabels
    organisation: str
    scenario: str
    root_id: int
    root_path: str  # "集团/市场部": the unit path of the chart's top box
    top_level: list[int]  # the boxes directly under the top one, for bookmarks


def card_labels(language: str | None) -> CardLabels:
    return CardLabels(
        translate("UnitItem", style.NO_MANAGER, language),
        translate("UnitItem", style.OWN_FIGURES, language),
        translate("UnitItem", style.SUBTREE_FIGURES, language),
    )


def prepare_chart(
    document: Document,
    scenario_id: int,
    root_id: int | None = None,
    orientation: str = Orientation.COMPACT,
    depth: int | None = None,
    language: str | None = None,
    kids: dict[int | None, list[int]] | None = None,
) -> ChartDrawing:
    """`kids` (from orgdesk.layout.subtree.children_map) saves re-reading the tree when one
    export draws many charts of the same scenario."""
    scenario = document.scenario(scenario_id)
    root = document.unit(root_id) if root_id is not None else document.root(scenario_id)
    if root is None:
        raise ExportError(NO_UNITS, scenario=scenario.name)
    options = LayoutOptions(orientation=Orientation(orientation))
    if kids is None:
        layout = layout_unit(document, scenario_id, root.id, options, depth)
    else:
        none: list[int] = []
        layout = layout_tree(lambda unit_id: kids.get(unit_id, none), root.id, options, max_depth=depth)
    cards = chart_cards(document, scenario_id, layout.boxes, layout)
    top_level = (
        [child_id for child_id in (kids or {}).get(root.id, []) if child_id in layout.boxes]
        if kids
        else [child.id for child in document.children_of(root) if child.id in layout.boxes]
    )
    return ChartDrawing(
        layout,
        cards,
        unit_relations(document, scenario_id, layout.boxes),
        card_labels(language),
        document.organisation.name,
        scenario.name,
        root.id,
        document.path(root),
        top_level,
    )


def write_error(path: Path, error: OSError) -> ExportError:
    """The user-facing error for a file that could not be written."""
    return ExportError(CANNOT_WRITE, path=str(path), reason=error.strerror or str(error))


def glyph_warnings(found: list[tuple[str, str]], language: str | None) -> list[str]:
    """One line naming the items whose characters the fonts lack (empty when all is fine)."""
    return warning_lines(found, language)
