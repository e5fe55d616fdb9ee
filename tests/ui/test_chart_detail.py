"""Level of detail of a unit box: full card close up, the name alone (readable) further out,
a plain coloured box far out."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene
from pytestqt.qtbot import QtBot

from orgdesk.ui.canvas.items import UnitCard, UnitItem

COLOUR = "#2E8B57"


def _render(qtbot: QtBot, scale: float) -> QImage:
    scene = QGraphicsScene()
    item = UnitItem(1, 160, 64, UnitCard(name="政企客户部", colour=COLOUR, manager="王五", headcount=20, filled=6))
    scene.addItem(item)
    size = (round(170 * scale) + 4, round(74 * scale) + 4)
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    area = QRectF(0, 0, size[0] / scale, size[1] / scale)
    scene.render(painter, area, area.translated(-2, -2))
    painter.end()
    return image


def _colours(image: QImage) -> dict[str, int]:
    counts: dict[str, int] = {}
    for x in range(image.width()):
        for y in range(image.height()):
            name = QColor(image.pixel(x, y)).name()
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_far_out_a_box_is_one_colour(qtbot: QtBot) -> None:
    image = _render(qtbot, 0.1)
    colours = _colours(image)
    assert colours.get(QColor(COLOUR).name(), 0) > 0
    assert set(colours) <= {QColor(COLOUR).name(), "#ffffff"}


def test_a_little_closer_the_name_shows_inside_the_coloured_box(qtbot: QtBot) -> None:
    image = _render(qtbot, 0.3)
    colours = _colours(image)
    inside = colours.get(QColor(COLOUR).name(), 0)
    assert inside > 0
    # anti-aliased white text on the colour leaves many in-between shades
    shades = [name for name in colours if name not in (QColor(COLOUR).name(), "#ffffff")]
    assert len(shades) > 10, "no text drawn in the summarised box"


def test_close_up_the_card_shows_its_lines(qtbot: QtBot) -> None:
    near, summarised = _render(qtbot, 1.0), _render(qtbot, 0.3)
    dark = sum(count for name, count in _colours(near).items() if QColor(name).lightness() < 60)
    assert dark > 50, "the manager and figure lines are drawn in dark text"
    assert summarised.width() < near.width()
