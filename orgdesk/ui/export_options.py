"""The options dialog of the chart, picture and booklet exports (and of printing).

One dialog class shows the rows a kind of export needs: what to include (whole chart or the
selected unit's subtree), the layout and levels of a chart, paper and fit for a PDF, the
resolution of a PNG. The last choices are kept in the settings, so the next export starts there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgdesk.io.chart.pages import PAPERS

SETTINGS_GROUP = "exportOptions"
ALL_LEVELS = 0  # the depth spin box's special value
MAX_LEVELS = 50


class ExportKind(Enum):
    CHART_PDF = "chart_pdf"
    BOOKLET = "booklet"
    PNG = "png"
    SVG = "svg"
    PRINT_CHART = "print_chart"  # paper and orientation come from the printer
    PRINT_BOOKLET = "print_booklet"


CHART_KINDS = {ExportKind.CHART_PDF, ExportKind.PNG, ExportKind.SVG, ExportKind.PRINT_CHART}


@dataclass(frozen=True)
class ExportChoices:
    subtree: bool = False  # only the selected unit and the units below it
    layout: str = "compact"
    depth: int | None = None  # levels below the top unit; None: all
    paper: str = "A4"
    landscape: bool = False
    fit: str = "page"
    dpi: int = 150


class ExportOptionsDialog(QDialog):
    """Asks how to export; `choices()` reads the answer."""

    def __init__(
        self, kind: ExportKind, selected_unit: str | None, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.kind = kind
        self.settings = settings
        self.setWindowTitle(self._title())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scope = QComboBox(self)
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("The whole chart") if kind in CHART_KINDS else self.tr("All departments"), False)
        if selected_unit is not None:
            self.scope.addItem(self.tr("“{unit}” and the units below it").format(unit=selected_unit), True)
        form.addRow(self.tr("&Include:"), self.scope)
        self.layout_choice = self._combo(
            "layout",
            [
                (self.tr("Compact (deep levels stacked)"), "compact"),
                (self.tr("Top down"), "top-down"),
                (self.tr("Left to right"), "left-right"),
            ],
        )
        self.levels = QSpinBox(self)
        self.levels.setObjectName("levels")
        self.levels.setRange(ALL_LEVELS, MAX_LEVELS)
        self.levels.setSpecialValueText(self.tr("All levels"))
        self.levels.setToolTip(self.tr("How many levels below the top unit to show"))
        self.paper = self._combo("paper", [(name, name) for name in PAPERS])
        self.landscape = QCheckBox(self.tr("&Landscape"), self)
        self.landscape.setObjectName("landscape")
        self.fit = self._combo(
            "fit",
            [
                (self.tr("On one sheet (if the text stays legible)"), "page"),
                (self.tr("On tiles over several sheets, to glue together"), "tiles"),
                (self.tr("A department per page, with page references"), "departments"),
            ],
        )
        self.dpi = QSpinBox(self)
        self.dpi.setObjectName("dpi")
        self.dpi.setRange(48, 600)
        self.dpi.setSingleStep(24)
        self.dpi.setSuffix(self.tr(" dpi"))
        if kind in CHART_KINDS:
            form.addRow(self.tr("La&yout:"), self.layout_choice)
            form.addRow(self.tr("Le&vels:"), self.levels)
        if kind is ExportKind.CHART_PDF:
            form.addRow(self.tr("&Paper:"), self.paper)
            form.addRow("", self.landscape)
        if kind in (ExportKind.CHART_PDF, ExportKind.PRINT_CHART):
            form.addRow(self.tr("&Fit:"), self.fit)
        if kind is ExportKind.PNG:
            form.addRow(self.tr("&Resolution:"), self.dpi)
        for field in (self.layout_choice, self.levels, self.paper, self.landscape, self.fit, self.dpi):
            if form.indexOf(field) < 0:  # not asked for this kind: hide it, or it shows at the top left
                field.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Print Preview…") if kind.value.startswith("print") else self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self._restore()
        self.setMinimumWidth(420)

    def _title(self) -> str:
        titles = {
            ExportKind.CHART_PDF: self.tr("Export the Chart as PDF"),
            ExportKind.BOOKLET: self.tr("Export the Job-Description Booklet"),
            ExportKind.PNG: self.tr("Export the Chart as a PNG Picture"),
            ExportKind.SVG: self.tr("Export the Chart as an SVG Drawing"),
            ExportKind.PRINT_CHART: self.tr("Print the Chart"),
            ExportKind.PRINT_BOOKLET: self.tr("Print the Job-Description Booklet"),
        }
        return titles[self.kind]

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def choices(self) -> ExportChoices:
        depth = self.levels.value()
        return ExportChoices(
            subtree=bool(self.scope.currentData()),
            layout=str(self.layout_choice.currentData()),
            depth=None if depth == ALL_LEVELS else depth,
            paper=str(self.paper.currentData()),
            landscape=self.landscape.isChecked(),
            fit=str(self.fit.currentData()),
            dpi=self.dpi.value(),
        )

    def set_choices(self, choices: ExportChoices) -> None:
        """Show `choices` (the remembered ones; tests answer the dialog with it)."""
        self.scope.setCurrentIndex(max(0, self.scope.findData(choices.subtree)))
        combos = ((self.layout_choice, choices.layout), (self.paper, choices.paper), (self.fit, choices.fit))
        for combo, value in combos:
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.levels.setValue(choices.depth or ALL_LEVELS)
        self.landscape.setChecked(choices.landscape)
        self.dpi.setValue(choices.dpi)

    # ----- remembered between exports -------------------------------------------------------
    def _restore(self) -> None:
        settings = self.settings
        defaults = ExportChoices()
        settings.beginGroup(SETTINGS_GROUP)
        try:
            remembered = ExportChoices(
                subtree=False,  # the scope depends on the selection: always start with everything
                layout=str(settings.value("layout", defaults.layout)),
                depth=_int(settings.value("depth"), 0) or None,
                paper=str(settings.value("paper", defaults.paper)),
                landscape=str(settings.value("landscape", "false")).lower() == "true",
                fit=str(settings.value("fit", defaults.fit)),
                dpi=_int(settings.value("dpi"), defaults.dpi),
            )
        finally:
            settings.endGroup()
        self.set_choices(remembered)

    def remember(self) -> None:
        choices = self.choices()
        settings = self.settings
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("layout", choices.layout)
        settings.setValue("depth", choices.depth or 0)
        settings.setValue("paper", choices.paper)
        settings.setValue("landscape", "true" if choices.landscape else "false")
        settings.setValue("fit", choices.fit)
        settings.setValue("dpi", choices.dpi)
        settings.endGroup()


def _int(value: object, default: int) -> int:
    try:
        return int(str(value)) if value not in (None, "") else default
    except ValueError:
        return default
