"""The tiled chart's fast parts: stamps draw exactly what paint_box draws, buckets find every tile."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.io.chart.drawing import prepare_chart
from orgdesk.io.chart.pages import TILE_SCALE, page_frame, tile_grid
from orgdesk.io.chart.stamps import Stamps
from orgdesk.io.chart.tiles import bucket
from orgdesk.io.pdf.text_operators import encoder_for
from orgdesk.layout.style import BADGE_H

NUMBER = re.compile(r"-?\d+\.\d+")


def varied_document() -> Document:
    """Long names (elided), units with and without a manager, posts and holders, several types."""
    builder = DocumentBuilder("测试集团")
    types = builder.add_default_unit_types()
    scenario = builder.add_scenario("现行架构", is_current=True)
    top = builder.add_unit(scenario, None, "测试集团有限责任公司总部办公室", type_id=types["公司"].id)
    for n in range(6):
        department = builder.add_unit(scenario, top, f"第{n + 1}事业部" * (n + 1), type_id=types["部门"].id)
        if n % 2:
            post = builder.add_position(department, "部门经理", is_manager=True, headcount=n + 1)
            builder.assign(builder.add_person(f"P{n}", "阿卜杜拉·买买提" * n or "王五"), post)
        for m in range(3):
            builder.add_unit(scenario, department, f"Team {n}-{m} 组", type_id=types["团队"].id)
    return builder.document


def tokens(ops: str) -> tuple[list[str], list[float]]:
    """Operators with their numbers taken out, and the numbers (compared with a rounding margin:
    a stamp formats x - corner, paint_box x·scale - corner·scale)."""
    return NUMBER.sub("#", ops).split(), [float(n) for n in NUMBER.findall(ops)]


@pytest.mark.parametrize("depth", [None, 1])  # depth 1: every department shows a "+3" badge
def test_stamps_draw_what_paint_box_draws(tmp_path: Path, depth: int | None) -> None:
    document = varied_document()
    scenario = document.current_scenario()
    assert scenario is not None
    drawing = prepare_chart(document, scenario.id, depth=depth)
    stamps = Stamps(Canvas(str(tmp_path / "x.pdf")), drawing, TILE_SCALE, {})
    for box in drawing.layout.boxes.values():
        fast, fast_forms = stamps.box(box)
        slow, slow_forms = stamps._painted(box, drawing.cards[box.unit_id])
        fast_ops, fast_numbers = tokens(fast)
        slow_ops, slow_numbers = tokens(slow)
        assert fast_ops == slow_ops, drawing.cards[box.unit_id].name
        assert fast_numbers == pytest.approx(slow_numbers, abs=0.011)
        assert set(fast_forms) == set(slow_forms)


def test_buckets_hold_every_box_in_every_tile_it_meets() -> None:
    document = varied_document()
    scenario = document.current_scenario()
    assert scenario is not None
    drawing = prepare_chart(document, scenario.id, orientation="top-down")
    grid = tile_grid(page_frame("A4", False), TILE_SCALE * 3, drawing.layout.width, drawing.layout.height)
    assert grid.columns > 2
    found = bucket(drawing, grid)
    for box in drawing.layout.boxes.values():
        expected = set(grid.tiles_meeting(box.x - 2, box.y - 2, box.x + box.width + 2, box.y + box.height + BADGE_H))
        held = {key for key, boxes in found.boxes.items() if box in boxes}
        assert held == expected
    for family in found.families:
        xs, ys = zip(*(p for c in family.connectors for p in c.points), strict=True)
        expected = set(grid.tiles_meeting(min(xs) - 1, min(ys) - 1, max(xs) + 1, max(ys) + 1))
        assert {key for key, items in found.connectors.items() if family in items} == expected
    drawn = sorted(c.child_id for family in found.families for c in family.connectors)
    assert drawn == sorted(c.child_id for c in drawing.layout.connectors)  # every line, once


def test_the_encoder_gives_each_character_one_code_and_splits_by_subset(tmp_path: Path) -> None:
    encoder = encoder_for(Canvas(str(tmp_path / "x.pdf")))
    assert encoder.runs("") == () and encoder.ops("", 7.5) == ""
    ((latin, codes),) = encoder.runs("a(b)")  # one subset: hex codes, nothing to escape
    assert codes == "61286229"
    mixed = encoder.runs("中文ab中")
    assert [name for name, _ in mixed] == [mixed[0][0], latin, mixed[0][0]]
    assert mixed[0][1] == encoder.runs("中")[0][1] + encoder.runs("文")[0][1]
