"""Team mode in the window: File › Open Server…, others' changes appearing on their own,
and a banner when the document is read-only.

Others' changes arrive by polling the document's change counter (every POLL_MS) rather
than by PostgreSQL's LISTEN/NOTIFY: the same code then serves a SQLite file shared by two
OrgDesk windows, no connection has to stay open (a laptop's sleep or a VPN drop cannot
silently end the notifications), and one poll is one indexed single-row query. A poll that
finds news applies them as change notices, so the views refresh only what changed. A
conflicting edit is refused by the store; the session reloads first, so the warning is
shown over the current version.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QWidget,
)

from orgdesk.domain.rules import MessageError
from orgdesk.store.files import DocumentError
from orgdesk.store.server import NEEDS_MIGRATION, open_server
from orgdesk.store.session import EditSession
from orgdesk.ui.documents import error_text
from orgdesk.ui.history_panel import HistoryPanel, install_history_panel
from orgdesk.ui.shell import Shell

POLL_MS = 2000
DISPLAY_NAME_KEY = "team/display_name"  # who the history names; else ORGDESK_USER_NAME, else the OS user
SSL_MODES = ("prefer", "require", "verify-full", "disable")


class ServerDialog(QDialog):
    """Host, port, database, user and TLS of a server document (the password is asked later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Server Document"))
        self.host = QLineEdit("localhost", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.sslmode = QComboBox(self)
        self.sslmode.addItems(SSL_MODES)
        form = QFormLayout(self)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Encryption (sslmode):"), self.sslmode)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def url(self) -> str:
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip() or "localhost"
        database = quote(self.database.text().strip(), safe="")
        return f"postgresql://{user}@{host}:{self.port.value()}/{database}?sslmode={self.sslmode.currentText()}"


def ask_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; tests replace this to answer it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class TeamController(QObject):
    def __init__(self, shell: Shell, history: HistoryPanel) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.history = history
        self.answer_dialog: Callable[[QDialog], bool] = ask_dialog
        self.ask_password: Callable[[str], str | None] = self._ask_password
        self.open_server_action = QAction(self.tr("Open &Server Document…"), shell.widget())
        self.open_server_action.setObjectName("action_open_server")
        self.open_server_action.setStatusTip(self.tr("Open an organisation shared on a PostgreSQL server"))
        self.open_server_action.triggered.connect(self.open_server_interactive)
        self.banner = QToolBar(shell.widget())
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setMovable(False)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setStyleSheet("QLabel { background: #fff3c4; color: #5c4400; padding: 4px 8px; }")
        self.banner_label.setWordWrap(True)
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner.addWidget(self.banner_label)
        shell.add_banner(self.banner)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        shell.context.events.session_replaced.connect(self.session_changed)
        self.session_changed()

    # ----- others' changes -----------------------------------------------------------
    def poll(self) -> int:
        """Apply what other planners committed since the last poll; how many operations."""
        session = self.shell.context.session
        if session is None or self.shell.edits.busy:
            return 0
        try:
            return session.refresh()
        except MessageError as error:  # server unreachable for a moment: say so, try again later
            message = self.tr("Could not check for other planners' changes: {reason}").format(
                reason=error_text(error) if isinstance(error, DocumentError) else error.template
            )
            self.shell.show_status(message, POLL_MS * 2)
            return 0
        except Exception as error:  # a dropped connection surfaces as a driver error
            message = self.tr("Could not check for other planners' changes: {reason}").format(reason=str(error))
            self.shell.show_status(message, POLL_MS * 2)
            return 0

    # ----- read-only banner ---------------------------------------------------------------
    def session_changed(self, *_session: object) -> None:
        session = self.shell.context.session
        name = self.shell.context.settings.value(DISPLAY_NAME_KEY, "")
        if session is not None and isinstance(name, str) and name.strip():
            session.store.author = name.strip()  # the configured display name, for the history
        reason = session.store.readonly_reason if session is not None and session.store.readonly else ""
        if reason == "grants":
            text = self.tr(
                "Read-only: your database user may not change this document. "
                "Ask the database administrator for write access to edit it."
            )
        elif session is not None and session.store.readonly:
            text = self.tr("Read-only: this file cannot be changed here. Use File › Save As… to edit a copy.")
        else:
            text = ""
        self.banner_label.setText(text)
        self.banner.setVisible(bool(text))

    def banner_text(self) -> str:
        return self.banner_label.text() if self.banner.isVisibleTo(self.shell.widget()) else ""

    # ----- opening a server document ----------------------------------------------------
    def _ask_password(self, location: str) -> str | None:
        text, accepted = QInputDialog.getText(
            self.shell.widget(),
            self.tr("Password"),
            self.tr("Password for {location}:").format(location=location),
            QLineEdit.EchoMode.Password,
        )
        return text if accepted else None

    def open_server_interactive(self) -> bool:
        dialog = ServerDialog(self.shell.widget())
        if not self.answer_dialog(dialog):
            return False
        return self.open_url(dialog.url())

    def open_url(self, url: str) -> bool:
        """Open a server document in place of the current one; asks before migrating it."""
        interaction = self.shell.context.interaction
        try:
            try:
                store = open_server(url, ask_password=self.ask_password)
            except DocumentError as error:
                if error.template != NEEDS_MIGRATION:
                    raise
                question = error_text(error) + "\n\n" + self.tr("Update the document on the server now?")
                if not interaction.confirm(self.tr("Update the server document"), question, self.tr("Update")):
                    return False
                store = open_server(url, migrate=True, ask_password=self.ask_password)
            session = EditSession(store)
        except DocumentError as error:
            interaction.warn(self.tr("Cannot open the server document"), error_text(error))
            return False
        self.shell.replace_session(session)
        return True


def install_team(shell: Shell) -> TeamController:
    """File › Open Server…, polling for others' changes, the read-only banner and the History dock."""
    history = install_history_panel(shell)
    team = TeamController(shell, history)
    shell.open_urls_with(team.open_url)  # `orgdesk postgresql://…` at start-up
    shell.add_action("file.open", team.open_server_action)
    return team
