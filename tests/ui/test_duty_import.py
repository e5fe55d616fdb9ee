"""File › Import › Duty Document… through the real dialog: the preview tree, the planner's
corrections (kind, merge), and one undoable edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import OwnerKind
from orgdesk.ui.duty_import import DUTY, IGNORE, KIND_ROLE, POST, DutyDocumentDialog
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction

TEXT = """集团文件汇编
财务部职责及岗位设置
财务部主要职责：
1.负责会计核算。
2.负责资金管理。
一、出纳
1.办理现金收付。
2.登记日记账。
保证资金安全。
一、会计
1.编制凭证。
确保账实相符。
"""


def test_the_preview_corrected_then_imported_as_one_undo_step(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "财务部职责.txt"
    path.write_text(TEXT, encoding="utf-8")
    session = window.context.session
    assert session is not None
    units, duties = session.document.count("unit"), session.document.count("duty")
    steps = window.edits.stack.count()
    seen: list[str] = []

    def correct(dialog: QDialog) -> bool:
        assert isinstance(dialog, DutyDocumentDialog)
        tree = dialog.tree
        finance = tree.topLevelItem(0)
        assert finance is not None and finance.text(0) == "财务部"
        seen.append(dialog.summary.text())
        # 「一、会计」 was read as a second post; the planner merges it into 出纳 …
        posts = [finance.child(i) for i in range(finance.childCount()) if finance.child(i).data(0, KIND_ROLE) == POST]  # type: ignore[union-attr]
        tree.setCurrentItem(posts[1])
        dialog.merge_with_previous()
        # … and ignores the first duty of 出纳
        cashier = posts[0]
        assert cashier is not None and cashier.childCount() == 3
        tree.clearSelection()
        first = cashier.child(0)
        assert first is not None
        first.setSelected(True)
        dialog.set_kind(IGNORE)
        assert first.data(0, KIND_ROLE) == IGNORE and cashier.child(1).data(0, KIND_ROLE) == DUTY  # type: ignore[union-attr]
        unassigned = tree.topLevelItem(tree.topLevelItemCount() - 1)
        assert unassigned is not None and unassigned.child(0).text(0) == "集团文件汇编"  # type: ignore[union-attr]
        seen.append(dialog.summary.text())
        return True

    window.duty_import.answer_dialog = correct
    interaction.open_answers.append(path)
    window.duty_import.action.trigger()
    assert seen[0] == "The document gives 1 units, 2 posts and 5 duties."
    assert seen[1] == "The document gives 1 units, 1 posts and 4 duties."
    assert window.edits.stack.count() == steps + 1
    document = session.document
    scenario = document.current_scenario()
    assert scenario is not None
    (finance,) = [u for u in document.units_of_scenario(scenario.id) if u.name == "财务部"]
    (cashier,) = document.positions_of(finance.id)
    assert [d.text for d in document.duties_of(OwnerKind.POSITION, cashier.id)] == ["登记日记账。", "编制凭证。"]
    assert cashier.purpose == "保证资金安全。", "a closing sentence goes through the preview as the post's purpose"
    assert document.count("unit") == units + 1 and document.count("duty") == duties + 4
    window.edits.stack.undo()
    assert document.count("unit") == units and document.count("duty") == duties


def test_a_word_97_file_gets_one_message_and_nothing_changes(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    old = tmp_path / "职责.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    steps = window.edits.stack.count()
    interaction.open_answers.append(old)
    window.duty_import.action.trigger()
    assert interaction.warnings and ".docx" in interaction.warnings[-1][1]
    assert window.edits.stack.count() == steps
