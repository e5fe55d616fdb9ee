"""The look of a unit box, without Qt: shared by the canvas, the PDF chart, PNG/SVG and printing.

Sizes are in layout units (the units of `orgdesk.layout.tidy`; on screen one unit is one pixel
at 100 %). Font sizes are given in layout units as well: the canvas uses 8.5 pt and 7.5 pt on a
96-dpi scene, i.e. 8.5 × 96 / 72 ≈ 11.3 and 10 units.
"""

from __future__ import annotations

from functools import cache

from orgdesk.domain.rules import QT_TRANSLATE_NOOP

HEADER = 18.0  # height of the type-coloured band
RADIUS = 6.0
PADDING = 6.0  # text inset from the box's left and right edges
BADGE_W, BADGE_H = 34.0, 16.0

NAME_SIZE = 8.5 * 96 / 72  # bold, in the band
BODY_SIZE = 7.5 * 96 / 72  # manager and figures
BODY_LINE = BODY_SIZE * 1.2  # line pitch of the body lines
BODY_TOP = HEADER + 2  # first body line's top, from the box's top
BADGE_SIZE = 7 * 96 / 72

BOX_FILL = "#FFFFFF"
TEXT_COLOUR = "#202020"
MUTED_COLOUR = "#808080"  # "(no manager)"
SELECTED_COLOUR = "#F5A623"
CONNECTOR_COLOUR = "#8A96A3"
CONNECTOR_WIDTH = 1.2
RELATION_COLOUR = "#8E44AD"
RELATION_WIDTH = 1.6
RELATION_DASH = (6.4, 3.2)  # Qt's DashLine at this width: 4 and 2 pen widths
NO_TYPE_COLOUR = "#9E9E9E"
BORDER_DARKER = 130  # the border is the type colour made darker by this factor (Qt's QColor.darker)
LIGHT_BAND = 170  # a band at least this light (HSL lightness, 0-255) gets black text, else white

# The body lines of a box; the canvas translates them in the context "UnitItem".
NO_MANAGER = QT_TRANSLATE_NOOP("UnitItem", "(no manager)")
OWN_FIGURES = QT_TRANSLATE_NOOP("UnitItem", "Posts {headcount} / filled {filled}")
SUBTREE_FIGURES = QT_TRANSLATE_NOOP("UnitItem", "With sub-units {headcount} / {filled}")


def rgb(colour: str) -> tuple[int, int, int]:
    """ "#RRGGBB" → (r, g, b) in 0-255; anything unreadable is the no-type grey."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        value = int(text[:6], 16) if len(text) >= 6 else int(NO_TYPE_COLOUR[1:], 16)
    except ValueError:
        value = int(NO_TYPE_COLOUR[1:], 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def hex_colour(r: int, g: int, b: int) -> str:
    return f"#{r:02X}{g:02X}{b:02X}"


def lightness(colour: str) -> int:
    """HSL lightness in 0-255, as QColor.lightness()."""
    r, g, b = rgb(colour)
    return (max(r, g, b) + min(r, g, b)) // 2


@cache  # a handful of type colours, asked for once per box
def darker(colour: str, factor: int = BORDER_DARKER) -> str:
    """The colour with its HSV value divided by factor/100, as QColor.darker(factor)."""
    r, g, b = rgb(colour)
    high = max(r, g, b)
    if high == 0:
        return hex_colour(0, 0, 0)
    value = high * 100 // factor
    return hex_colour(*(round(c * value / high) for c in (r, g, b)))


@cache
def band_text_colour(colour: str) -> str:
    return "#FFFFFF" if lightness(colour) < LIGHT_BAND else "#000000"
