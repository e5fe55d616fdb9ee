"""The details pane lays its page out again only when an edit changed what it shows."""

from __future__ import annotations

from typing import cast

from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import Unit
from orgdesk.domain.sample import sample_document
from orgdesk.ui.events import DocumentEvents
from orgdesk.ui.panels.details import UnitDetailsPanel


def test_refresh_after_an_unrelated_edit_keeps_the_page_and_a_related_one_renews_it(qtbot: QtBot) -> None:
    document = sample_document()
    units = {cast(Unit, unit).name: cast(Unit, unit) for unit in document.all("unit")}
    market, service = units["市场部"], units["客户服务部"]
    panel = UnitDetailsPanel(DocumentEvents())
    qtbot.addWidget(panel)
    panel.show_unit(document, market.id)
    revision = panel.document().revision()

    document.put("unit", service.id, service._replace(name="客户服务中心"))  # not on 市场部's page
    panel.refresh()
    assert panel.document().revision() == revision

    document.put("unit", market.id, market._replace(description="负责市场研究"))
    panel.refresh()
    assert panel.document().revision() != revision and "负责市场研究" in panel.toPlainText()
