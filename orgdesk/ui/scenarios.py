"""The scenario switcher: a combo box listing the document's scenarios (现行架构, 前后端型 …)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from orgdesk.domain.document import Document


class ScenarioSwitcher(QComboBox):
    scenario_chosen = Signal(int)  # the chosen scenario's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioSwitcher")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(8)
        self.setToolTip(self.tr("Scenario: the organisation design shown in the tree"))
        self.activated.connect(self._activated)

    def set_document(self, document: Document | None, current_id: int | None) -> None:
        """List the document's scenarios and show `current_id` without emitting scenario_chosen."""
        self.blockSignals(True)
        try:
            self.clear()
            for scenario in document.scenarios() if document is not None else []:
                label = scenario.name
                if scenario.is_current:
                    label = self.tr("{name} (current)").format(name=scenario.name)
                self.addItem(label, scenario.id)
                if scenario.description:
                    self.setItemData(self.count() - 1, scenario.description, Qt.ItemDataRole.ToolTipRole)
            self.select(current_id)
        finally:
            self.blockSignals(False)
        self.setEnabled(self.count() > 0)

    def select(self, scenario_id: int | None) -> None:
        row = self.findData(scenario_id) if scenario_id is not None else -1
        self.setCurrentIndex(max(row, 0) if self.count() else -1)

    def scenario_id(self) -> int | None:
        value = self.currentData()
        return value if isinstance(value, int) else None

    def scenario_names(self) -> list[str]:
        return [self.itemText(row) for row in range(self.count())]

    def _activated(self, row: int) -> None:
        value = self.itemData(row)
        if isinstance(value, int):
            self.scenario_chosen.emit(value)
