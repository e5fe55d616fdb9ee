"""The details pane: what a planner reads about a unit, safely escaped."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.entities import OwnerKind
from orgdesk.domain.sample import sample_document
from orgdesk.ui.events import DocumentEvents
from orgdesk.ui.panels.details import UnitDetailsPanel


def _panel(qtbot: QtBot) -> UnitDetailsPanel:
    panel = UnitDetailsPanel(DocumentEvents())
    qtbot.addWidget(panel)
    return panel


def test_user_text_is_shown_as_text_not_markup(qtbot: QtBot) -> None:
    builder = DocumentBuilder("<b>Org</b>")
    kinds = builder.add_default_unit_types()
    scenario = builder.add_scenario("S", is_current=True)
    root = builder.add_unit(scenario, None, "<i>研发&测试</i>", type_id=kinds["部门"].id, description="a < b & c")
    post = builder.add_position(root, "<script>x</script>", headcount=2)
    builder.add_duty(OwnerKind.UNIT, root.id, "<a href='x'>负责</a>")
    builder.add_kpi(OwnerKind.UNIT, root.id, "满意度 > 90", target="<100>", weight=40, period="quarter")
    person = builder.add_person("E1", "<u>张三</u>")
    builder.assign(person, post)

    panel = _panel(qtbot)
    panel.show_unit(builder.document, root.id)
    text = panel.toPlainText()
    html = panel.toHtml()
    for shown in ("<i>研发&测试</i>", "a < b & c", "<script>x</script>", "<a href='x'>负责</a>", "<u>张三</u>"):
        assert shown in text
    assert "<script>" not in html and "<i>研发" not in html
    assert "满意度 > 90" in text and "<100>" in text and "40 %" in text and "Quarterly" in text


def test_levels_of_duties_are_numbered_and_indented(qtbot: QtBot) -> None:
    document = sample_document()
    service = next(u for u in document.all("unit") if u.name == "客户服务部")  # type: ignore[union-attr]
    duties = document.duties_of(OwnerKind.UNIT, service.id)
    sub = next(d for d in duties if d.level == 2)
    top = next(d for d in duties if d.level == 1)
    panel = _panel(qtbot)
    panel.show_unit(document, service.id)
    blocks = {}
    block = panel.document().begin()
    while block.isValid():
        blocks[block.text()] = block
        block = block.next()
    top_block, sub_block = blocks[top.text], blocks[sub.text]
    assert top_block.textList() is not None and sub_block.textList() is not None
    assert sub_block.textList().format().indent() > top_block.textList().format().indent()
    assert sub_block.textList().itemText(sub_block).startswith("(")


def test_staffing_figures_and_vacancies(qtbot: QtBot) -> None:
    document = sample_document()
    root = document.root(document.current_scenario().id)  # type: ignore[union-attr]
    assert root is not None
    panel = _panel(qtbot)
    panel.show_unit(document, root.id)
    text = panel.toPlainText()
    assert "This unit" in text and "With all sub-units" in text
    # 68 places in the branch, 20 filled, 48 vacant (as `orgdesk info` says).
    assert "With all sub-units\n68\n20\n48" in text.replace("\t", "\n")


def test_nothing_selected_says_what_to_do(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert "No document is open" in panel.toPlainText()
    panel.show_unit(sample_document(), None)
    assert "Select a unit in the tree" in panel.toPlainText()
