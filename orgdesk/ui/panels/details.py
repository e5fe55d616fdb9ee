"""The details pane: everything about the selected unit, read-only.

Post sections open and close through links in the text (the post titles in the table,
the ▸ headings, "Expand all"), so the pane stays one scrollable page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.store.session import ChangeNotice
from orgdesk.ui.events import DocumentEvents
from orgdesk.ui.panels.details_html import (
    COLLAPSE_ALL,
    EXPAND_ALL,
    POST_ANCHOR,
    TOGGLE,
    Palette,
    style_sheet,
    unit_html,
)


class UnitDetailsPanel(QTextBrowser):
    def __init__(self, events: DocumentEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDetails")
        events.changed.connect(self.document_changed)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Text wraps to the pane's width; a sideways scroll bar would only show a table's border.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.anchorClicked.connect(self._link_clicked)
        self._document: Document | None = None
        self._unit_id: int | None = None
        self._expanded: set[int] = set()
        self._shown_html: str | None = None  # the unit page on show, to skip re-laying out the same page
        self._palette = self._colours()
        self.document().setDefaultStyleSheet(style_sheet(self._palette))
        self.document().setDocumentMargin(12)
        self.show_unit(None, None)

    def unit_id(self) -> int | None:
        return self._unit_id

    def show_unit(self, document: Document | None, unit_id: int | None) -> None:
        """Show a unit of `document` (None: nothing selected)."""
        if unit_id != self._unit_id or document is not self._document:
            self._expanded.clear()
        self._document, self._unit_id = document, unit_id
        self._render(keep_scroll=False)

    def show_loading(self) -> None:
        """A placeholder while a newly opened document's details are read."""
        self._document, self._unit_id, self._shown_html = None, None, None
        self.setHtml(f'<p class="muted" style="margin-top: 24px;">{escape(self.tr("Loading…"))}</p>')

    def document_changed(self, _notice: ChangeNotice) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the current unit again after an edit, at the same place."""
        self._render(keep_scroll=True)

    def expand_post(self, position_id: int, expanded: bool = True) -> None:
        if expanded:
            self._expanded.add(position_id)
        else:
            self._expanded.discard(position_id)
        self._render(keep_scroll=True)

    def _unit(self) -> Unit | None:
        if self._document is None or self._unit_id is None:
            return None
        unit = self._document.get("unit", self._unit_id)
        return unit if isinstance(unit, Unit) else None

    def _render(self, keep_scroll: bool) -> None:
        scroll = self.verticalScrollBar().value()
        unit = self._unit()
        if unit is None or self._document is None:
            self._unit_id, self._shown_html = None, None
            message = self.tr("Select a unit in the tree to see its posts, duties and KPIs.")
            if self._document is None:
                message = self.tr("No document is open. Use File › Open… or File › New… to start.")
            self.setHtml(f'<p class="muted" style="margin-top: 24px;">{escape(message)}</p>')
            return
        html = unit_html(self._document, unit, self._expanded, self._palette)
        if keep_scroll and html == self._shown_html:
            return  # an edit that changed nothing on this page (laying a long page out again costs ~20 ms)
        self._shown_html = html
        self.setHtml(html)
        self.verticalScrollBar().setValue(scroll if keep_scroll else 0)

    def _link_clicked(self, url: QUrl) -> None:
        link = url.toString()
        unit = self._unit()
        if unit is None or self._document is None:
            return
        if link == EXPAND_ALL:
            self._expanded.update(p.id for p in self._document.positions_of(unit.id))
            self._render(keep_scroll=True)
        elif link == COLLAPSE_ALL:
            self._expanded.clear()
            self._render(keep_scroll=True)
        elif link.startswith(TOGGLE) and link[len(TOGGLE) :].isascii() and link[len(TOGGLE) :].isdigit():
            position_id = int(link[len(TOGGLE) :])
            opening = position_id not in self._expanded
            self.expand_post(position_id, opening)
            if opening:
                self.scrollToAnchor(f"{POST_ANCHOR}{position_id}")

    def _colours(self) -> Palette:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        return Palette(
            muted=_mix(text, base, 0.62).name(),
            rule=_mix(text, base, 0.28).name(),
            header=_mix(text, base, 0.07).name(),
            link="#8AB4F8" if dark else "#1F5F99",
            alert="#F28B82" if dark else "#B03A2E",
        )


def _mix(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of `front` over `back` (for muted text and rules that suit any theme)."""
    return QColor.fromRgbF(
        front.redF() * amount + back.redF() * (1 - amount),
        front.greenF() * amount + back.greenF() * (1 - amount),
        front.blueF() * amount + back.blueF() * (1 - amount),
    )
