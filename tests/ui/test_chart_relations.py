"""Relations between units are drawn on the unit chart as dotted lines, and follow edits."""

from __future__ import annotations

from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.operations import AddRelation
from orgdesk.ui.main_window import MainWindow


def _unit(window: MainWindow, name: str) -> Unit:
    session = window.context.session
    assert session is not None
    scenario = session.document.current_scenario()
    assert scenario is not None
    return next(u for u in session.document.units_of_scenario(scenario.id) if u.name == name)


def test_a_new_cooperation_link_appears_as_a_dotted_line_and_goes_with_undo(window: MainWindow) -> None:
    chart = window.chart.chart
    market, service = _unit(window, "市场部"), _unit(window, "客户服务部")
    before = chart.relation_lines()
    assert window.edits.run_edit(AddRelation(OwnerKind.UNIT, market.id, OwnerKind.UNIT, service.id, label="协同"))
    assert (market.id, service.id) in chart.relation_lines()
    assert not chart._relations.path().isEmpty()
    window.edits.stack.undo()
    assert chart.relation_lines() == before
