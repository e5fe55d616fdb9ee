"""Before an export or print: the items whose characters no font has, with Continue / Cancel.

The check itself is Qt-free (orgdesk.io.glyph_check); this asks through the window's Interaction,
so tests answer it from a script.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from orgdesk.domain.document import Document
from orgdesk.io.glyph_check import Scope, missing_glyphs
from orgdesk.ui.context import AppContext

SHOWN = 15  # items listed in the dialog; the rest are counted


class GlyphPrompt(QObject):
    """`shown()`: the document and scenario to print, with its lazily read tables loaded."""

    def __init__(self, shown: Callable[[], tuple[Document, int] | None], context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.shown = shown
        self.context = context

    def go_on(self, scope: Scope) -> bool:
        """True when every printed character has a glyph, or the user chose to go on anyway."""
        shown = self.shown()
        if shown is None:
            return False
        found = missing_glyphs(shown[0], shown[1], scope)
        if not found:
            return True
        items = [f"• {label} ({chars})" for label, chars in found[:SHOWN]]
        if len(found) > SHOWN:
            items.append(self.tr("… and {count} more").format(count=len(found) - SHOWN))
        text = self.tr(
            "Some names and texts have characters that none of the fonts has; they would print as empty boxes:"
            "\n\n{items}\n\nInstall a font that has them (on Debian or Ubuntu: the package fonts-hanazono), "
            "or correct these names first. Go on anyway?"
        ).format(items="\n".join(items))
        title = self.tr("Characters Missing from the Fonts")
        return self.context.interaction.confirm(title, text, self.tr("Continue"))
