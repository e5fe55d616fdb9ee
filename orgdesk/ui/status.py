"""The status bar figures: units, posts, 编制, 在岗, 空缺 of the selected unit's subtree and of
the whole scenario (the scenario's figures are its top unit's subtree)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from orgdesk.domain.analysis import Staffing, subtree_sizes, subtree_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit


@dataclass(frozen=True)
class ScenarioFigures:
    units: int = 0
    posts: int = 0
    staffing: Staffing = field(default_factory=Staffing)


def scenario_figures(document: Document, scenario_id: int) -> ScenarioFigures:
    root = document.root(scenario_id)
    return subtree_figures(document, root) if root is not None else ScenarioFigures()


def subtree_figures(document: Document, unit: Unit) -> ScenarioFigures:
    units, posts = subtree_sizes(document, unit.scenario_id).get(unit.id, (1, 0))
    staffing = subtree_staffing(document, unit.scenario_id).get(unit.id) or Staffing()
    return ScenarioFigures(units, posts, staffing)


class SelectionStatus(QLabel):
    """The selected unit with its sub-units, e.g. "市场部: 4 units · 12 posts · 编制 30 · 在岗 28 · 空缺 2"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionStatus")
        self.setToolTip(self.tr("Figures for the selected unit with its sub-units"))

    def show_unit(self, document: Document | None, unit_id: int | None) -> None:
        unit = document.get("unit", unit_id) if document is not None else None
        if document is None or not isinstance(unit, Unit):
            self.clear()
            return
        figures = subtree_figures(document, unit)
        self.setText(
            self.tr(
                "{name}: {units} units · {posts} posts · headcount {headcount} · filled {filled} · vacant {vacant}"
            ).format(
                name=unit.name,
                units=figures.units,
                posts=figures.posts,
                headcount=figures.staffing.headcount,
                filled=figures.staffing.filled,
                vacant=figures.staffing.vacant,
            )
        )


class ScenarioStatus(QWidget):
    """Five labels in the status bar; each reads e.g. "Headcount: 68"."""

    FIELDS = ("units", "posts", "headcount", "filled", "vacant")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(16)
        self.labels: dict[str, QLabel] = {}
        for name in self.FIELDS:
            label = QLabel(self)
            label.setObjectName(f"status_{name}")
            layout.addWidget(label)
            self.labels[name] = label
        self.setToolTip(self.tr("Figures for the whole scenario shown in the tree"))
        self.show_figures(None)

    def show_figures(self, figures: ScenarioFigures | None) -> None:
        self.setVisible(figures is not None)
        if figures is None:
            return
        values = {
            "units": (self.tr("Units"), figures.units),
            "posts": (self.tr("Posts"), figures.posts),
            "headcount": (self.tr("Headcount"), figures.staffing.headcount),
            "filled": (self.tr("Filled"), figures.staffing.filled),
            "vacant": (self.tr("Vacant"), figures.staffing.vacant),
        }
        for name, (label, value) in values.items():
            self.labels[name].setText(self.tr("{label}: {value}").format(label=label, value=value))
