"""What the posts, people, properties and relations panel tests share: reading the file
afresh, finding entities by name, and drags delivered as the platform would deliver them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Person, Position, Unit
from orgdesk.store.store import Store
from orgdesk.ui.main_window import MainWindow


def file_document(path: Path) -> Document:
    with Store.open(path, readonly=True) as store:
        return store.load(lazy=False)


def file_of(window: MainWindow) -> Path:
    session = window.context.session
    assert session is not None
    return session.store.path


def document_of(window: MainWindow) -> Document:
    session = window.context.session
    assert session is not None
    return session.document


def unit_named(document: Document, name: str, scenario_id: int | None = None) -> Unit:
    scenario = scenario_id if scenario_id is not None else document.current_scenario().id  # type: ignore[union-attr]
    found = [u for u in document.units_of_scenario(scenario) if u.name == name]
    assert len(found) == 1, name
    return found[0]


def post_named(document: Document, unit: str, title: str) -> Position:
    found = [p for p in document.positions_of(unit_named(document, unit).id) if p.title == title]
    assert len(found) == 1, title
    return found[0]


def person_named(document: Document, name: str) -> Person:
    found = [p for p in document.all("person") if isinstance(p, Person) and p.name == name]
    assert len(found) == 1, name
    return found[0]


def titles(document: Document, unit: str) -> list[str]:
    return [p.title for p in document.positions_of(unit_named(document, unit).id)]


def select_unit(qtbot: QtBot, window: MainWindow, name: str) -> Unit:
    """Make a unit current in the tree and wait until the side panels show it."""
    unit = unit_named(document_of(window), name)
    assert window.tree.select_unit(unit.id)
    qtbot.waitUntil(lambda: window.posts.unit_id == unit.id)
    return unit


def _enter(view: QAbstractItemView, data: QMimeData, at: QPoint, action: Qt.DropAction) -> bool:
    # Qt delivers moves and the drop to the widget that accepted the drag's entry.
    enter = QDragEnterEvent(at, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    return enter.isAccepted()


def drag_over(view: QAbstractItemView, data: QMimeData, at: QPoint, action: Qt.DropAction) -> bool:
    """A drag entering the view and moving to `at` (viewport coordinates): True if the view
    would take the drop there (False: the forbidden cursor). QDrag.exec cannot run offscreen,
    so the events the platform would deliver are sent; the drag then leaves again."""
    accepted = False
    if _enter(view, data, at, action):
        move = QDragMoveEvent(at, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), move)
        accepted = move.isAccepted()
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    return accepted


def drop_at(view: QAbstractItemView, data: QMimeData, at: QPoint, action: Qt.DropAction) -> bool:
    """A drag entering the view, moving to `at` and released there: the view's own dropEvent
    handles it. True if the drop was taken."""
    if not _enter(view, data, at, action):
        return False
    move = QDragMoveEvent(at, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), move)
    if not move.isAccepted():
        QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
        return False
    drop = QDropEvent(QPointF(at), action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop.setAccepted(False)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()
