"""The unit tree model: correct for Qt's model checker, lazy, fast, and in step with edits."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.operations import AddUnit, DeleteUnit, MoveUnit, UpdateEntity
from orgdesk.domain.sample import sample_document
from orgdesk.ui.tree.model import NAME, STAFFING, TYPE, UNIT_ID_ROLE, UnitTreeModel
from orgdesk.ui.tree.view import UnitTreeView
from tests.ui.conftest import generated_document


def _model(document: Document, scenario_name: str | None = None) -> UnitTreeModel:
    scenario = document.scenario_named(scenario_name) if scenario_name else document.current_scenario()
    assert scenario is not None
    model = UnitTreeModel()
    model.set_document(document, scenario.id)
    return model


def _names(model: UnitTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, NAME, parent).data() for row in range(model.rowCount(parent))]


def test_sample_tree_shows_the_branch_and_its_five_departments() -> None:
    model = _model(sample_document())
    assert _names(model, QModelIndex()) == ["某电信分公司"]
    root = model.index(0, 0)
    assert _names(model, root) == ["市场部", "政企客户部", "公众客户部", "客户服务部", "10000号运营中心"]
    market = model.index(0, 0, root)
    assert model.index(0, TYPE, root).data() == "部门"
    assert model.index(0, STAFFING, root).data() == "21 / 5"
    assert model.index(0, NAME, root).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.parent(market) == root
    assert not model.hasChildren(market)


def test_model_passes_qt_model_checks_on_the_sample(qtmodeltester: ModelTester) -> None:
    document = sample_document()
    for scenario in document.scenarios():
        qtmodeltester.check(_model(document, scenario.name))


def test_model_passes_qt_model_checks_on_2000_units(qtmodeltester: ModelTester) -> None:
    model = _model(generated_document(2000))
    qtmodeltester.check(model)


def _flat_document(units: int) -> Document:
    builder = DocumentBuilder("扁平组织")
    scenario = builder.add_scenario("现行架构", is_current=True)
    root = builder.add_unit(scenario, None, "总部")
    for number in range(1, units):
        unit = builder.add_unit(scenario, root, f"单位{number:05d}")
        builder.add_position(unit, "岗位", headcount=2)
    return builder.document


def test_model_is_fast_with_10000_units_under_one_parent() -> None:
    document = _flat_document(10_000)
    started = time.perf_counter()
    model = _model(document)
    root = model.index(0, 0)
    rows = model.rowCount(root)
    for row in range(rows):
        child = model.index(row, STAFFING, root)
        assert model.parent(child) == root
        assert child.data() == "2 / 0"
    elapsed = time.perf_counter() - started
    assert rows == 9_999
    assert elapsed < 10.0  # linear: well under a second; quadratic would take minutes


def test_tree_view_opens_a_10000_unit_organisation_lazily(qtbot: QtBot) -> None:
    document = generated_document(10_000)
    started = time.perf_counter()
    model = _model(document)
    view = UnitTreeView(model)
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    qtbot.waitExposed(view)
    # Only the top unit and the first level were read, not the whole tree.
    assert len(model._children) <= 2 + model.rowCount(model.index(0, 0))
    view.expandAll()
    view.scrollToBottom()
    qtbot.wait(1)
    assert time.perf_counter() - started < 15.0  # lazy: about a second; reading all 10,000 rows takes far longer
    assert view.current_unit_id() == document.root(model.scenario_id or 0).id  # type: ignore[union-attr]


def test_edits_reach_the_model_and_keep_it_valid(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    document = sample_document()
    model = _model(document)
    view = UnitTreeView(model)
    qtbot.addWidget(view)
    qtmodeltester.check(model)
    root_unit = document.root(model.scenario_id or 0)
    assert root_unit is not None
    enterprise = next(u for u in document.children_of(root_unit) if u.name == "政企客户部")
    view.select_unit(enterprise.id)

    rename = UpdateEntity("unit", enterprise.id, {"name": "政企部（新）"})
    with qtbot.waitSignal(model.dataChanged):
        model.apply_patch(rename.apply(document))
    assert model.index_of_unit(enterprise.id).data() == "政企部（新）"

    add = AddUnit(root_unit.scenario_id, enterprise.id, "行业组")
    model.apply_patch(add.apply(document))
    enterprise_index = model.index_of_unit(enterprise.id)
    assert _names(model, enterprise_index) == ["行业组"]
    assert view.current_unit_id() == enterprise.id  # the planner's place is kept
    assert add.unit_id is not None

    market = next(u for u in document.children_of(root_unit) if u.name == "市场部")
    model.apply_patch(MoveUnit(add.unit_id, market.id).apply(document))
    assert _names(model, model.index_of_unit(enterprise.id)) == []
    assert _names(model, model.index_of_unit(market.id)) == ["行业组"]

    model.apply_patch(DeleteUnit(add.unit_id).apply(document))
    assert _names(model, model.index_of_unit(market.id)) == []
    assert model.index_of_unit(add.unit_id).isValid() is False
    assert model.index_of_unit(enterprise.id).data(UNIT_ID_ROLE) == enterprise.id


def test_switching_scenario_resets_the_model(qtbot: QtBot) -> None:
    document = sample_document()
    model = _model(document)
    target = document.scenario_named("前后端型")
    assert target is not None
    with qtbot.waitSignal(model.modelReset):
        model.set_scenario(target.id)
    root = model.index(0, 0)
    assert "营销中心" in _names(model, root)
    assert "政企客户部" not in _names(model, root)


def _tree(model: UnitTreeModel, parent: QModelIndex | None = None) -> list[tuple[int, list[object]]]:
    """(unit id, its subtree) for every row: the model's whole tree, as the view would walk it."""
    parent = parent if parent is not None else QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, NAME, parent)
        assert model.parent(index) == parent
        rows.append((index.internalId(), _tree(model, index)))
    return rows  # type: ignore[return-value]


def test_a_move_is_announced_as_moved_rows_and_the_view_keeps_its_place(qtbot: QtBot) -> None:
    document = sample_document()
    model = _model(document)
    view = UnitTreeView(model)
    qtbot.addWidget(view)
    view.show()
    root = document.root(model.scenario_id or 0)
    assert root is not None
    enterprise, market = (
        next(u for u in document.children_of(root) if u.name == name) for name in ("政企客户部", "市场部")
    )
    add = AddUnit(root.scenario_id, enterprise.id, "行业组")
    model.apply_patch(add.apply(document))
    assert add.unit_id is not None
    model.apply_patch(AddUnit(root.scenario_id, add.unit_id, "行业一组").apply(document))
    view.expand(model.index_of_unit(add.unit_id))
    view.select_unit(add.unit_id)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    with qtbot.waitSignal(model.rowsMoved):
        model.apply_patch(MoveUnit(add.unit_id, market.id).apply(document))

    assert resets == []
    assert view.current_unit_id() == add.unit_id  # selection and expansion follow the moved row
    assert view.isExpanded(model.index_of_unit(add.unit_id))
    assert _names(model, model.index_of_unit(market.id)) == ["行业组"]
    assert _tree(model) == _tree(_model(document))


def test_random_edits_announced_row_by_row_equal_a_fresh_model(qtmodeltester: ModelTester) -> None:
    import random

    from orgdesk.domain.patch import apply_patch

    rng = random.Random(3)
    document = generated_document(60, seed=5)
    model = _model(document)
    _tree(model)  # the view has seen every row
    qtmodeltester.check(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    scenario_id = model.scenario_id or 0
    done = []
    for _step in range(120):
        units = document.units_of_scenario(scenario_id)
        root = document.root(scenario_id)
        assert root is not None
        others = [u for u in units if u.id != root.id]
        choice = rng.random()
        if done and choice < 0.25:  # undo the last edit
            patch = done.pop().inverse()
            apply_patch(document, patch)
        elif choice < 0.5 or not others:
            parent = rng.choice(units)
            patch = AddUnit(
                scenario_id, parent.id, f"新{_step}", index=rng.randrange(document.child_count(parent) + 1)
            ).apply(document)
            done.append(patch)
        elif choice < 0.65:
            patch = DeleteUnit(rng.choice(others).id).apply(document)
            done.append(patch)
        else:
            unit = rng.choice(others)
            inside = {u.id for u in document.subtree(unit)}
            target = rng.choice([u for u in units if u.id not in inside])
            patch = MoveUnit(unit.id, target.id, rng.randrange(document.child_count(target) + 1)).apply(document)
            done.append(patch)
        model.apply_patch(patch)
        assert _tree(model) == _tree(_model(document)), f"step {_step}"
    assert resets == []
