"""The health check's thresholds and chosen checks: a dialog, remembered in QSettings.

Similarities are shown as percentages (80 %), counts as whole numbers; what the planner sets is
kept under "health/…" and used by every later check, also after a restart.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.health import CHECK_TITLES, Check, HealthSettings

PREFIX = "health/"
PERCENT_FIELDS = ("overlap_similarity", "coverage_similarity", "kpi_relation")
COUNT_FIELDS = ("span_min", "span_max", "depth_max", "min_duty_length")


def _number(value: object, default: float) -> float:
    try:
        return float(value) if value not in (None, "") else default  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def load_settings(store: QSettings) -> HealthSettings:
    """The remembered thresholds; defaults for anything missing or unreadable."""
    defaults = HealthSettings()
    changes: dict[str, object] = {}
    for name in PERCENT_FIELDS:
        value = _number(store.value(PREFIX + name), getattr(defaults, name))
        changes[name] = min(1.0, max(0.05, value))
    for name in COUNT_FIELDS:
        changes[name] = max(0, int(_number(store.value(PREFIX + name), getattr(defaults, name))))
    if changes["span_max"] < changes["span_min"]:  # type: ignore[operator]
        changes["span_max"] = changes["span_min"]
    chosen = store.value(PREFIX + "checks")
    if isinstance(chosen, str | list):
        names = chosen.split(",") if isinstance(chosen, str) else [str(n) for n in chosen]
        changes["checks"] = frozenset(check for check in Check if check.value in names)
    return replace(defaults, **changes)  # type: ignore[arg-type]


def save_settings(store: QSettings, settings: HealthSettings) -> None:
    for name in PERCENT_FIELDS + COUNT_FIELDS:
        store.setValue(PREFIX + name, getattr(settings, name))
    # A string, not a list: an empty list does not survive an .ini file.
    store.setValue(PREFIX + "checks", ",".join(check.value for check in Check if check in settings.checks))


class HealthSettingsDialog(QDialog):
    """Thresholds (spin boxes) and the checks to run (check boxes)."""

    def __init__(self, settings: HealthSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthSettingsDialog")
        self.setWindowTitle(self.tr("Health Check Settings"))
        self.percent: dict[str, QSpinBox] = {}
        self.counts: dict[str, QSpinBox] = {}
        self.checks: dict[Check, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._thresholds())
        layout.addWidget(self._check_boxes())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.show_settings(HealthSettings()))
        self.buttons = buttons
        layout.addWidget(buttons)
        self._base = settings
        self.show_settings(settings)

    def _percent_box(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(f"health_{name}")
        box.setRange(5, 100)
        box.setSuffix(" %")
        self.percent[name] = box
        return box

    def _count_box(self, name: str, minimum: int, maximum: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(f"health_{name}")
        box.setRange(minimum, maximum)
        self.counts[name] = box
        return box

    def _thresholds(self) -> QGroupBox:
        group = QGroupBox(self.tr("Thresholds"), self)
        form = QFormLayout(group)
        form.addRow(self.tr("Duty overlap from similarity:"), self._percent_box("overlap_similarity"))
        form.addRow(self.tr("A post covers a department duty from:"), self._percent_box("coverage_similarity"))
        form.addRow(self.tr("A duty mentions a KPI from:"), self._percent_box("kpi_relation"))
        form.addRow(self.tr("Shortest duty text compared (characters):"), self._count_box("min_duty_length", 1, 50))
        form.addRow(self.tr("Span of control, at least:"), self._count_box("span_min", 0, 100))
        form.addRow(self.tr("Span of control, at most:"), self._count_box("span_max", 1, 500))
        form.addRow(self.tr("Levels below the top unit, at most:"), self._count_box("depth_max", 1, 50))
        note = QLabel(self.tr("A lower similarity finds more overlaps, and more false ones."), group)
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        self.counts["span_min"].valueChanged.connect(lambda value: self.counts["span_max"].setMinimum(max(1, value)))
        return group

    def _check_boxes(self) -> QGroupBox:
        group = QGroupBox(self.tr("Checks to run"), self)
        grid = QGridLayout(group)
        for number, (check, title) in enumerate(CHECK_TITLES.items()):
            box = QCheckBox(QCoreApplication.translate("Health", title), group)
            box.setObjectName(f"health_check_{check.value}")
            self.checks[check] = box
            grid.addWidget(box, number // 2, number % 2)
        return group

    def show_settings(self, settings: HealthSettings) -> None:
        for name, box in self.percent.items():
            box.setValue(round(getattr(settings, name) * 100))
        self.counts["span_max"].setMinimum(1)
        for name, box in self.counts.items():
            box.setValue(getattr(settings, name))
        for check, check_box in self.checks.items():
            check_box.setChecked(check in settings.checks)

    def settings(self) -> HealthSettings:
        """What the dialog shows, on top of the settings it was opened with."""
        changes: dict[str, object] = {name: box.value() / 100 for name, box in self.percent.items()}
        changes.update({name: box.value() for name, box in self.counts.items()})
        changes["checks"] = frozenset(check for check, check_box in self.checks.items() if check_box.isChecked())
        return replace(self._base, **changes)  # type: ignore[arg-type]
