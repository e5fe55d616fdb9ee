"""Action icons: the desktop theme's where it has one (native look on Linux), else the line
icons bundled in resources/icons/actions (Windows and macOS ship no freedesktop theme)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QAction, QIcon

from orgdesk.resources import resource

BUNDLED = resource("icons", "actions")


@cache
def action_icon(name: str) -> QIcon:
    """The icon for a freedesktop icon name (e.g. "zoom-in"); an empty icon if we have none."""
    bundled = BUNDLED / f"{name}.svg"
    fallback = QIcon(str(bundled)) if bundled.is_file() else QIcon()
    return QIcon.fromTheme(name, fallback)


def give_icon(action: QAction, name: str) -> QAction:
    """Set `name`'s icon on `action` unless it already has one; returns the action."""
    if action.icon().isNull():
        icon = action_icon(name)
        if not icon.isNull():
            action.setIcon(icon)
    return action
