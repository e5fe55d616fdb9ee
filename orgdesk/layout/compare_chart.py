"""The chart of a comparison, without Qt: the 'to' scenario's tree with the removed units of the
'from' scenario put back as ghosts, every box coloured by what happened to it.

Unit ids are unique across scenarios, so ghosts (ids of the 'from' scenario) and the 'to'
scenario's units live in one tree: a ghost hangs under the box its old parent became (or under
its old parent's ghost), after that box's own children. Shared by the compare window, and the
compare PDF, which paints it with `FadedPainter` for the ghosts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from orgdesk.domain.compare import ChangeKind, DiffReport
from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.layout.cards import Card, chart_cards
from orgdesk.layout.paint import CardLabels, Painter, Point, paint_box, paint_connectors
from orgdesk.layout.style import hex_colour, rgb
from orgdesk.layout.subtree import children_map
from orgdesk.layout.tidy import EMPTY_LAYOUT, Layout, LayoutOptions, layout_tree

ADDED_COLOUR = "#2E9E4F"  # green
REMOVED_COLOUR = "#D64541"  # red, drawn faded
MOVED_COLOUR = "#2F6FD6"  # blue
CHANGED_COLOUR = "#E8A317"  # amber: renamed, retyped
UNCHANGED_COLOUR = "#B7C2CC"  # a quiet grey, so the changes stand out
GHOST_FADE = 0.55  # how far a ghost's colours go towards white

CHANGE_COLOURS: dict[ChangeKind | None, str] = {
    ChangeKind.ADDED: ADDED_COLOUR,
    ChangeKind.REMOVED: REMOVED_COLOUR,
    ChangeKind.MOVED: MOVED_COLOUR,
    ChangeKind.CHANGED: CHANGED_COLOUR,
    None: UNCHANGED_COLOUR,
}
# The legend, in this order; context "Compare".
LEGEND: tuple[tuple[ChangeKind | None, str], ...] = (
    (ChangeKind.ADDED, QT_TRANSLATE_NOOP("Compare", "Added")),
    (ChangeKind.REMOVED, QT_TRANSLATE_NOOP("Compare", "Removed (faded)")),
    (ChangeKind.MOVED, QT_TRANSLATE_NOOP("Compare", "Moved")),
    (ChangeKind.CHANGED, QT_TRANSLATE_NOOP("Compare", "Renamed or retyped")),
    (None, QT_TRANSLATE_NOOP("Compare", "Unchanged")),
)


@dataclass(frozen=True)
class CompareChart:
    layout: Layout
    cards: dict[int, Card]  # the band colour is the change colour
    changes: dict[int, ChangeKind]  # boxes that changed (ghosts: REMOVED); unchanged boxes are absent
    ghosts: frozenset[int]  # boxes of removed units (ids of the 'from' scenario)

    def change_of(self, unit_id: int) -> ChangeKind | None:
        return self.changes.get(unit_id)


def compare_chart(
    document: Document, report: DiffReport, options: LayoutOptions | None = None, max_depth: int | None = None
) -> CompareChart:
    """The comparison's chart (empty when the 'to' scenario has no units)."""
    before_colours, after_colours = report.unit_colours()
    root = document.root(report.after_id)
    if root is None:
        return CompareChart(EMPTY_LAYOUT, {}, {}, frozenset())
    kids = children_map(document, report.after_id)
    ghosts = _place_ghosts(document, report, set(before_colours), kids)
    none: list[int] = []
    layout = layout_tree(lambda unit_id: kids.get(unit_id, none), root.id, options or LayoutOptions(), (), max_depth)
    shown_ghosts = frozenset(g for g in ghosts if g in layout.boxes)
    after_ids = [unit_id for unit_id in layout.boxes if unit_id not in shown_ghosts]
    cards = chart_cards(document, report.after_id, after_ids, layout)
    cards.update(chart_cards(document, report.before_id, shown_ghosts, layout))
    changes = {unit_id: after_colours[unit_id] for unit_id in after_ids if unit_id in after_colours}
    changes.update(dict.fromkeys(shown_ghosts, ChangeKind.REMOVED))
    coloured = {unit_id: replace(card, colour=CHANGE_COLOURS[changes.get(unit_id)]) for unit_id, card in cards.items()}
    return CompareChart(layout, coloured, changes, shown_ghosts)


def _place_ghosts(
    document: Document, report: DiffReport, removed: set[int], kids: dict[int | None, list[int]]
) -> list[int]:
    """Add the removed units to `kids` under the box that stands for their old parent; top down,
    so a removed department's removed sub-units hang under its ghost. Returns the ghosts placed."""
    matched = report.matching.units
    placed: list[int] = []
    units = [u for u in document.units_of_scenario(report.before_id) if u.id in removed]
    units.sort(key=lambda u: (document.depth(u), u.sort_order))
    for unit in units:
        parent_id = unit.parent_id
        while parent_id is not None:
            if parent_id in removed and parent_id in placed:
                break
            partner = matched.get(parent_id)
            if partner is not None:
                parent_id = partner
                break
            parent_id = document.unit(parent_id).parent_id
        if parent_id is None:
            continue  # no box to hang it from (the top units were not matched)
        kids.setdefault(parent_id, []).append(unit.id)
        placed.append(unit.id)
    return placed


def change_counts(chart: CompareChart) -> dict[ChangeKind, int]:
    """Boxes per colour, for the legend."""
    counts: dict[ChangeKind, int] = {}
    for change in chart.changes.values():
        counts[change] = counts.get(change, 0) + 1
    return counts


# ----- painting (PDF, images) --------------------------------------------------------------
def fade(colour: str, amount: float = GHOST_FADE) -> str:
    """The colour moved `amount` of the way towards white."""
    return hex_colour(*(round(c + (255 - c) * amount) for c in rgb(colour)))


class FadedPainter:
    """A Painter that hands everything to `inner` with its colours faded: a ghost box."""

    def __init__(self, inner: Painter, amount: float = GHOST_FADE) -> None:
        self.inner, self.amount = inner, amount

    def box(self, x: float, y: float, w: float, h: float, fill: str, stroke: str, stroke_width: float) -> None:
        self.inner.box(x, y, w, h, fade(fill, self.amount), fade(stroke, self.amount), stroke_width)

    def band(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        self.inner.band(x, y, w, h, fade(fill, self.amount))

    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        self.inner.rect(x, y, w, h, fade(fill, self.amount))

    def lines(self, polylines: Iterable[Sequence[Point]], colour: str, width: float, dash: Sequence[float]) -> None:
        self.inner.lines(polylines, fade(colour, self.amount), width, dash)

    def text(self, x: float, baseline: float, text: str, size: float, colour: str, bold: bool) -> None:
        self.inner.text(x, baseline, text, size, fade(colour, self.amount * 0.6), bold)

    def text_width(self, text: str, size: float, bold: bool) -> float:
        return self.inner.text_width(text, size, bold)


def paint_compare_chart(painter: Painter, chart: CompareChart, labels: CardLabels) -> None:
    """Connectors, then the boxes; ghosts faded."""
    paint_connectors(painter, chart.layout.connectors)
    faded = FadedPainter(painter)
    for unit_id, box in chart.layout.boxes.items():
        paint_box(faded if unit_id in chart.ghosts else painter, box, chart.cards[unit_id], labels)
