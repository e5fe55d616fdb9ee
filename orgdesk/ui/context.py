"""The application context: what the whole GUI shares, passed explicitly to each part.

There is no module-level window or session: whoever needs the open document, the
settings or a dialog gets this object from whoever created it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTranslator

from orgdesk.store.files import DocumentError
from orgdesk.store.output_files import check_target
from orgdesk.store.session import EditSession
from orgdesk.ui.events import DocumentEvents
from orgdesk.ui.interaction import Interaction

RECENT_KEY = "documents/recent"
LAST_KEY = "documents/last"
RECENT_LIMIT = 10


class RecentFiles:
    """The recently opened documents, newest first, kept in the settings."""

    def __init__(self, settings: QSettings, limit: int = RECENT_LIMIT) -> None:
        self._settings = settings
        self.limit = limit

    def _stored(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            return [value] if value else []
        if isinstance(value, list):
            return [str(item) for item in value if item]
        return []

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(RECENT_KEY, paths[: self.limit])

    def paths(self) -> list[Path]:
        """The documents that still exist; the others are dropped from the list."""
        stored = self._stored()
        existing = [item for item in stored if Path(item).is_file()]
        if existing != stored:
            self._store(existing)
        return [Path(item) for item in existing]

    def add(self, path: Path) -> None:
        shown = str(path.resolve())
        self._store([shown] + [item for item in self._stored() if item != shown])
        self._settings.setValue(LAST_KEY, shown)

    def clear(self) -> None:
        self._store([])

    def last(self) -> Path | None:
        value = self._settings.value(LAST_KEY, "")
        return Path(value) if isinstance(value, str) and value else None


@dataclass
class AppContext:
    """Settings, the open document's session, translators, recent files and dialogs."""

    settings: QSettings
    sample_path: Path  # where the bundled sample document is written on first start
    language: str = "en"
    interaction: Interaction = field(default_factory=Interaction)
    translators: list[QTranslator] = field(default_factory=list)
    replaced_window: QObject | None = None  # the window built by the last language switch
    recent: RecentFiles = field(init=False)
    events: DocumentEvents = field(init=False)  # the one change channel every view connects to
    _session: EditSession | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.recent = RecentFiles(self.settings)
        self.events = DocumentEvents()

    @property
    def session(self) -> EditSession | None:
        """The open document's editing session (None: no document)."""
        return self._session

    @session.setter
    def session(self, session: EditSession | None) -> None:
        self._session = session
        self.events.follow(session)

    def ask_export_target(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to write an export, asked with the save dialog and checked at once: the open
        document, any other OrgDesk document, a folder, a device or a pipe is refused with a
        warning (None), before any work is done."""
        path = self.interaction.ask_export_path(title, suggested, file_filter)
        if path is None:
            return None
        if not path.suffix and suggested.suffix:
            path = path.with_suffix(suggested.suffix)
        open_document = [self.session.store.path] if self.session is not None and not self.session.store.server else []
        try:
            check_target(path, inputs=open_document)
        except DocumentError as error:
            message = QCoreApplication.translate(error.context, error.template).format(**error.params)
            self.interaction.warn(title, message)
            return None
        return path
