"""The pane under the findings list: the chosen finding in full, links to its items, its fix.

Each item of a finding (a unit, a post, a duty, a KPI) is a link; following it selects the item
in the window. A finding with a fix (suggested KPIs, generated post codes) gets a button that
makes the fix one undoable edit; a category row of KPI suggestions offers all of them at once.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.health import Check, Finding, ItemRef
from orgdesk.domain.health.items import item_path
from orgdesk.domain.health.kpi_suggestions import KpiFix
from orgdesk.ui.health.model import SEVERITY_COLOURS, check_title, finding_text, severity_name

MAX_LINKS = 12  # a finding about 40 posts links the first ones; the message names them all


def item_kind_name(kind: str) -> str:
    names = {
        "unit": QCoreApplication.translate("FindingDetails", "Unit"),
        "position": QCoreApplication.translate("FindingDetails", "Post"),
        "duty": QCoreApplication.translate("FindingDetails", "Duty"),
        "kpi": QCoreApplication.translate("FindingDetails", "KPI"),
    }
    return names.get(kind, kind)


class FindingDetails(QWidget):
    item_chosen = Signal(object)  # ItemRef
    fix_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthDetails")
        self.text = QLabel(self)
        self.text.setObjectName("healthDetailsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.linkActivated.connect(self._link)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("healthFix")
        self.fix_button.clicked.connect(self.fix_requested)
        self.fix_button.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_nothing()

    def show_nothing(self, hint: str = "") -> None:
        self.text.setText(f"<span style='color:#5F6368'>{escape(hint)}</span>" if hint else "")
        self.fix_button.hide()

    def show_finding(self, document: Document | None, finding: Finding, fixable: bool) -> None:
        colour = SEVERITY_COLOURS[finding.severity].name()
        parts = [
            f"<p><b style='color:{colour}'>{escape(severity_name(finding.severity))}</b>"
            f" · {escape(check_title(finding.check))}</p>",
            f"<p>{escape(finding_text(finding))}</p>",
        ]
        links = self._links(document, finding.items)
        if links:
            go_to = self.tr("Go to:")
            parts.append(f"<p>{escape(go_to)} {' · '.join(links)}</p>")
        self.text.setText("".join(parts))
        self._show_fix(
            finding.fix.label_template if finding.fix is not None else "", fixable and finding.fix is not None
        )

    def show_category(self, check: Check, findings: list[Finding], fixable: bool) -> None:
        self.text.setText(
            f"<p><b>{escape(check_title(check))}</b></p><p>"
            + escape(self.tr("{count} findings shown. Choose one to see it in full.").format(count=len(findings)))
            + "</p>"
        )
        suggestions = sum(1 for f in findings if isinstance(f.fix, KpiFix))
        label = self.tr("Add All {count} Suggested KPIs").format(count=suggestions) if suggestions > 1 else ""
        self._show_fix(label, fixable and suggestions > 1, translated=True)

    def _show_fix(self, label: str, enabled: bool, translated: bool = False) -> None:
        if not label:
            self.fix_button.hide()
            return
        self.fix_button.setText(label if translated else QCoreApplication.translate("Health", label))
        self.fix_button.setEnabled(enabled)
        self.fix_button.setToolTip(
            "" if enabled else self.tr("The document changed after the check; run the check again (F9) first.")
        )
        self.fix_button.show()

    def _links(self, document: Document | None, items: tuple[ItemRef, ...]) -> list[str]:
        if document is None:
            return []
        links = []
        for ref in items[:MAX_LINKS]:
            path = item_path(document, ref)
            if path:
                label = f"{item_kind_name(ref.kind)} {path}"
                links.append(f"<a href='item:{ref.kind}:{ref.id}'>{escape(label)}</a>")
        if len(items) > MAX_LINKS:
            links.append("…")
        return links

    def _link(self, href: str) -> None:
        _scheme, kind, number = href.split(":")
        self.item_chosen.emit(ItemRef(kind, int(number)))
