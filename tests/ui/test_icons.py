"""Every toolbar button and the main edit actions show an icon, also where the desktop has no
icon theme (Windows, macOS, a bare Linux): the bundled line icons stand in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolBar, QWidgetAction

from orgdesk.ui.icons import BUNDLED, action_icon
from orgdesk.ui.main_window import MainWindow


def test_every_toolbar_action_has_an_icon_that_draws(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    actions = [a for a in toolbar.actions() if not a.isSeparator() and a.text() and not isinstance(a, QWidgetAction)]
    assert len(actions) >= 8
    for action in actions:
        pixmap = action.icon().pixmap(24, 24)
        assert not pixmap.isNull(), action.text()
        image = pixmap.toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
        assert inked > 20, f"{action.text()}: the icon is blank"


def test_edit_actions_have_icons(window: MainWindow) -> None:
    commands = window.commands
    for action in (commands.add_child, commands.delete, commands.cut, commands.copy, commands.paste, commands.find):
        assert not action.icon().isNull(), action.text()
    assert window.commands.undo is not None and not window.commands.undo.icon().isNull()


def test_bundled_icons_load_without_a_theme() -> None:
    names = sorted(path.stem for path in Path(BUNDLED).glob("*.svg"))
    assert "zoom-in" in names and "edit-undo" in names
    previous = QIcon.themeName()
    QIcon.setThemeName("no-such-theme")
    action_icon.cache_clear()
    try:
        for name in names:
            assert not action_icon(name).pixmap(16, 16).isNull(), name
    finally:
        QIcon.setThemeName(previous)
        action_icon.cache_clear()
