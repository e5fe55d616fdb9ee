"""The status bar figures for the whole scenario: units, posts, 编制, 在岗, 空缺."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from orgdesk.domain.analysis import Staffing, post_count, unit_staffing
from orgdesk.domain.document import Document


@dataclass(frozen=True)
class ScenarioFigures:
    units: int = 0
    posts: int = 0
    staffing: Staffing = field(default_factory=Staffing)


def scenario_figures(document: Document, scenario_id: int) -> ScenarioFigures:
    units = document.units_of_scenario(scenario_id)
    posts = 0
    staffing = Staffing()
    for unit in units:
        posts += post_count(document, unit.id)
        staffing = staffing + unit_staffing(document, unit)
    return ScenarioFigures(len(units), posts, staffing)


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
