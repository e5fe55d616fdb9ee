"""Chart layout maths without Qt, shared by the canvas, the PNG/SVG export and the PDF chart."""

from orgdesk.layout.tidy import (
    Box,
    Connector,
    Layout,
    LayoutOptions,
    Orientation,
    count_descendants,
    layout_scenario,
    layout_tree,
)

__all__ = [
    "Box",
    "Connector",
    "Layout",
    "LayoutOptions",
    "Orientation",
    "count_descendants",
    "layout_scenario",
    "layout_tree",
]
