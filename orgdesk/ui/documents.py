"""Opening, creating and copying documents for the window (File menu).

A new document replaces the open one only once it has opened without error, so a
bad file leaves the current document open and untouched. Messages go through the
context's Interaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from orgdesk.domain.builder import empty_document
from orgdesk.domain.sample import sample_document
from orgdesk.store.copy import save_copy
from orgdesk.store.files import READ_ONLY, DocumentError
from orgdesk.store.heap import release_loaded, settle_loaded
from orgdesk.store.server import is_server_location
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from orgdesk.ui.context import AppContext

SUFFIX = ".orgdesk"


def error_text(error: DocumentError) -> str:
    """The planner's one-line message for a DocumentError, in the UI language."""
    return QCoreApplication.translate("Store", error.template).format(**error.params)


class DocumentController(QObject):
    session_changed = Signal()  # context.session was replaced (or closed)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.open_url: Callable[[str], bool] | None = None  # a server document (team.py sets it)

    # ----- state ---------------------------------------------------------------------
    @property
    def session(self) -> EditSession | None:
        return self.context.session

    def current_path(self) -> Path | None:
        session = self.context.session
        return None if session is None else session.store.path

    def _same_as_current(self, path: Path) -> bool:
        current = self.current_path()
        return current is not None and current.resolve() == path.resolve()

    def _start_folder(self) -> Path:
        current = self.current_path()
        if current is not None:
            return current.parent
        recent = self.context.recent.paths()
        return recent[0].parent if recent else Path.home()

    # ----- opening -------------------------------------------------------------------
    def open_path(self, path: Path, *, quiet: bool = False) -> bool:
        """Open a document in place of the current one; on failure warn (unless quiet) and keep it."""
        path = Path(path)
        if self._same_as_current(path):
            return True
        try:
            session = self._open_session(path)
        except DocumentError as error:
            if not quiet:
                self._warn_open(error_text(error))
            return False
        except Exception as error:
            if not quiet:
                detail = f"{type(error).__name__}: {error}"
                message = self.tr("“{path}” could not be opened ({detail}); OrgDesk did not change it.")
                self._warn_open(message.format(path=path, detail=detail))
            return False
        self.replace_session(session)
        return True

    def _open_session(self, path: Path) -> EditSession:
        try:
            store = Store.open(path)
        except DocumentError as error:
            if error.template != READ_ONLY:
                raise
            store = Store.open(path, readonly=True)  # still worth reading
        try:
            return EditSession(store)
        except BaseException:
            store.close()
            raise

    def replace_session(self, session: EditSession) -> None:
        old = self.context.session
        self.context.session = session
        if not session.store.server:  # the recent list holds files; a server URL has no path
            self.context.recent.add(session.store.path)
        if old is not None:
            release_loaded()
        settle_loaded()
        self.session_changed.emit()
        if old is not None:
            old.close()

    def _warn_open(self, message: str) -> None:
        self.context.interaction.warn(self.tr("Cannot open the document"), message)

    def close(self) -> None:
        old = self.context.session
        if old is None:
            return
        self.context.session = None
        self.session_changed.emit()
        old.close()
        release_loaded()

    # ----- File menu commands --------------------------------------------------------
    def open_interactive(self) -> bool:
        path = self.context.interaction.ask_open_path(self.tr("Open Document"), self._start_folder())
        return path is not None and self.open_path(path)

    def new_interactive(self) -> bool:
        suggested = self._start_folder() / (self.tr("New organisation") + SUFFIX)
        path = self.context.interaction.ask_save_path(self.tr("New Document"), suggested)
        if path is None:
            return False
        path = _with_suffix(path)
        if self._same_as_current(path):
            self._warn_in_use(path)
            return False
        name = path.stem or self.tr("New organisation")
        try:
            # The save dialog already asked before replacing an existing file.
            Store.create(path, empty_document(name), overwrite=True).close()
        except DocumentError as error:
            self.context.interaction.warn(self.tr("Cannot create the document"), error_text(error))
            return False
        return self.open_path(path)

    def save_as_interactive(self) -> bool:
        session = self.context.session
        if session is None:
            return False
        current = session.store.path
        suggested = current.with_name(self.tr("{name} copy").format(name=current.stem) + SUFFIX)
        target = self.context.interaction.ask_save_path(self.tr("Save Document As"), suggested)
        if target is None:
            return False
        target = _with_suffix(target)
        if self._same_as_current(target):
            return True  # every edit is already saved in the open file
        try:
            save_copy(session.store, target)
        except DocumentError as error:
            self.context.interaction.warn(self.tr("Cannot save a copy"), error_text(error))
            return False
        return self.open_path(target)

    # ----- start-up ------------------------------------------------------------------
    def open_startup(self, arguments: list[str]) -> bool:
        """The document named on the command line, else the last one, else the sample."""
        for argument in arguments:
            if is_server_location(argument):
                if self.open_url is not None and self.open_url(argument):
                    return True
            elif self.open_path(Path(argument)):
                return True
        last = self.context.recent.last()
        if last is not None and self.open_path(last, quiet=True):
            return True
        return self.open_sample()

    def open_sample(self) -> bool:
        path = self.context.sample_path
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                Store.create(path, sample_document()).close()
            except (OSError, DocumentError) as error:
                reason = error_text(error) if isinstance(error, DocumentError) else str(error)
                self.context.interaction.warn(self.tr("Cannot create the sample document"), reason)
                return False
        return self.open_path(path)

    def _warn_in_use(self, path: Path) -> None:
        message = self.tr("“{path}” is the open document; choose another name.").format(path=path)
        self.context.interaction.warn(self.tr("Cannot create the document"), message)


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)
