"""The comparison chart: the 'to' tree with removed units as ghosts, coloured by change."""

from __future__ import annotations

from orgdesk.domain.compare import ChangeKind, compare_scenarios
from orgdesk.domain.document import Document
from orgdesk.layout.compare_chart import (
    ADDED_COLOUR,
    MOVED_COLOUR,
    REMOVED_COLOUR,
    UNCHANGED_COLOUR,
    compare_chart,
    fade,
)


def _ids(doc: Document) -> dict[str, int]:
    return {s.name: s.id for s in doc.scenarios()}


def test_bpr_model_against_the_current_one_colours_added_units_and_ghosts_the_removed(sample: Document) -> None:
    ids = _ids(sample)
    report = compare_scenarios(sample, ids["现行架构"], ids["前后端型"])
    chart = compare_chart(sample, report)
    names = {chart.cards[unit_id].name: unit_id for unit_id in chart.layout.boxes}
    assert {chart.cards[g].name for g in chart.ghosts} == {
        "市场部",
        "政企客户部",
        "公众客户部",
        "客户服务部",
        "10000号运营中心",
    }
    assert chart.cards[names["大客户"]].colour == ADDED_COLOUR
    assert chart.change_of(names["大客户"]) == ChangeKind.ADDED
    assert chart.cards[names["政企客户部"]].colour == REMOVED_COLOUR
    top = names["某电信分公司"]
    assert chart.change_of(top) is None and chart.cards[top].colour == UNCHANGED_COLOUR
    ghost = chart.layout.boxes[names["政企客户部"]]
    assert ghost.depth == 1  # hangs under the top unit, as it did before
    assert len(chart.layout.boxes) == len(sample.units_of_scenario(ids["前后端型"])) + 5


def test_moved_units_are_blue_and_merged_sources_are_ghosts(sample: Document) -> None:
    ids = _ids(sample)
    chart = compare_chart(sample, compare_scenarios(sample, ids["产品主导型"], ids["前后端型"]))
    moved = [u for u, change in chart.changes.items() if change == ChangeKind.MOVED]
    assert {chart.cards[u].name for u in moved} == {"商业客户", "公众客户"}
    assert all(chart.cards[u].colour == MOVED_COLOUR for u in moved)
    ghosts = [chart.cards[g].name for g in chart.ghosts]
    assert ghosts.count("大客户") == 3  # the three 大客户 merged into 营销中心/大客户


def test_a_scenario_against_itself_has_no_coloured_box(sample: Document) -> None:
    current = _ids(sample)["现行架构"]
    chart = compare_chart(sample, compare_scenarios(sample, current, current))
    assert not chart.changes and not chart.ghosts
    assert {card.colour for card in chart.cards.values()} == {UNCHANGED_COLOUR}


def test_fade_goes_towards_white() -> None:
    assert fade("#000000", 0.5) == "#808080"
    assert fade("#FFFFFF") == "#FFFFFF"
