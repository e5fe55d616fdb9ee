"""Compare two scenarios in 三定 terms: what changed in 机构 (units), 编制 (posts) and 职能 (duties).

`compare_scenarios(doc, before_id, after_id)` matches the items of the two scenarios (see
compare_match) and lists the differences as `DiffEntry`s: each a change kind, the kind of item,
its ids on each side (so a view can select it), and a translatable message template with its
parameters (context "Compare"). `DiffReport.totals` gives units, posts, 编制 and 在岗 per
top-level unit before → after. Units of one name removed in several places and found once in
the other scenario are reported as one merge (将分布在各单元的大客户合并为大客户部), and the reverse
as a split.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from orgdesk.domain.compare_items import ItemDiffer
from orgdesk.domain.compare_match import Matching, Side, match_scenarios
from orgdesk.domain.compare_totals import TotalsRow, totals
from orgdesk.domain.document import Document
from orgdesk.domain.progress import Progress, ProgressCallback
from orgdesk.domain.rules import QT_TRANSLATE_NOOP

COMPARE = "Compare"
DUTY_MATCH_THRESHOLD = 0.6  # Dice similarity from which a duty counts as the same duty reworded


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    RENAMED = "renamed"
    RETYPED = "retyped"
    CHANGED = "changed"  # reworded duty, 编制 changed, KPI fields changed, a person's post changed
    MERGED = "merged"
    SPLIT = "split"


@dataclass(frozen=True, slots=True)
class DiffEntry:
    change: ChangeKind
    kind: str  # unit, position, person, duty, kpi
    before: tuple[int, ...]  # ids in the scenario compared from (a person's id for people)
    after: tuple[int, ...]  # ids in the scenario compared to
    template: str  # English, marked in context "Compare"; fill with `params`
    params: dict[str, object] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.params)


@dataclass
class DiffReport:
    before_id: int
    after_id: int
    entries: list[DiffEntry]
    totals: list[TotalsRow]
    matching: Matching

    def is_empty(self) -> bool:
        return not self.entries

    def of_kind(self, kind: str) -> list[DiffEntry]:
        return [e for e in self.entries if e.kind == kind]

    def unit_colours(self) -> tuple[dict[int, ChangeKind], dict[int, ChangeKind]]:
        """(before unit id → change, after unit id → change) for a chart coloured by change:
        removed units of the before side, added / moved / changed units of the after side."""
        before: dict[int, ChangeKind] = {}
        after: dict[int, ChangeKind] = {}
        for entry in self.of_kind("unit"):
            for unit_id in entry.before:
                if entry.change in (ChangeKind.REMOVED, ChangeKind.MERGED, ChangeKind.SPLIT):
                    before[unit_id] = ChangeKind.REMOVED
            for unit_id in entry.after:
                change = ChangeKind.ADDED if entry.change in (ChangeKind.MERGED, ChangeKind.SPLIT) else entry.change
                if after.get(unit_id) != ChangeKind.MOVED:  # a move outranks a rename in the colour
                    after[unit_id] = ChangeKind.CHANGED if change in _AMBER else change
        return before, after


_AMBER = (ChangeKind.RENAMED, ChangeKind.RETYPED, ChangeKind.CHANGED)

_STEPS = {"read": 1.0, "match": 4.0, "units": 1.0, "posts": 1.0, "duties": 1.0, "kpis": 1.0, "people": 1.0}


def compare_scenarios(
    doc: Document,
    before_id: int,
    after_id: int,
    *,
    duty_threshold: float = DUTY_MATCH_THRESHOLD,
    progress: ProgressCallback | None = None,
) -> DiffReport:
    """The differences from scenario `before_id` to `after_id` (raises Cancelled if progress says so)."""
    steps = Progress(progress, _STEPS)
    steps.step("read")
    before, after = Side.of(doc, before_id), Side.of(doc, after_id)
    steps.step("match")
    matching = match_scenarios(doc, before, after, duty_threshold)
    differ = ItemDiffer(doc, before, after, matching)
    entries: list[DiffEntry] = []
    for name, run in (
        ("units", differ.units),
        ("posts", differ.posts),
        ("duties", differ.duties),
        ("kpis", differ.kpis),
        ("people", differ.people),
    ):
        steps.step(name)
        entries.extend(
            DiffEntry(ChangeKind(change), kind, before_ids, after_ids, template, dict(params))
            for change, kind, before_ids, after_ids, template, params in run()
        )
    report = DiffReport(before_id, after_id, entries, totals(doc, before_id, after_id, matching.units), matching)
    steps.finish()
    return report


# Shown in the header of a comparison (the GUI and the CLI's text output).
TOTALS_HEADINGS = (
    QT_TRANSLATE_NOOP("Compare", "Top-level unit"),
    QT_TRANSLATE_NOOP("Compare", "Units"),
    QT_TRANSLATE_NOOP("Compare", "Posts"),
    QT_TRANSLATE_NOOP("Compare", "Headcount"),
    QT_TRANSLATE_NOOP("Compare", "Filled"),
)
