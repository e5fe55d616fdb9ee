"""Fixtures for the GUI tests: real widgets on Qt's offscreen platform, scripted dialogs."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed, and English unless a test asks.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("ORGDESK_LANG", "en")

import random
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgdesk.app import register_fonts
from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.sample import sample_document
from orgdesk.store.store import Store
from orgdesk.ui.context import AppContext
from orgdesk.ui.interaction import Interaction
from orgdesk.ui.main_window import MainWindow


class ScriptedInteraction(Interaction):
    """Answers the window's questions from queues and records its messages; never blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[tuple[str, str]] = []
        self.abouts: list[tuple[str, str]] = []
        self.open_answers: deque[Path | None] = deque()
        self.save_answers: deque[Path | None] = deque()
        self.save_suggestions: list[Path | None] = []
        self.questions: list[tuple[str, str, str]] = []
        self.confirm_answers: deque[bool] = deque()
        self.text_answers: deque[str | None] = deque()
        self.text_questions: list[tuple[str, str, str]] = []

    def warn(self, title: str, text: str) -> None:
        self.warnings.append((title, text))

    def confirm(self, title: str, text: str, accept: str) -> bool:
        self.questions.append((title, text, accept))
        return self.confirm_answers.popleft() if self.confirm_answers else False

    def about(self, title: str, text: str) -> None:
        self.abouts.append((title, text))

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.text_questions.append((title, label, text))
        return self.text_answers.popleft() if self.text_answers else None

    def ask_open_path(self, title: str, directory: Path | None = None) -> Path | None:
        return self.open_answers.popleft() if self.open_answers else None

    def ask_save_path(self, title: str, suggested: Path | None = None) -> Path | None:
        self.save_suggestions.append(suggested)
        return self.save_answers.popleft() if self.save_answers else None

    def ask_import_path(self, title: str, file_filter: str, directory: Path | None = None) -> Path | None:
        return self.open_answers.popleft() if self.open_answers else None

    def ask_export_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.save_suggestions.append(suggested)
        return self.save_answers.popleft() if self.save_answers else None


@pytest.fixture(autouse=True)
def _pending_deletions_run_while_their_window_lives(qtbot: QtBot) -> Iterator[None]:
    """Objects a test left to `deleteLater` (a closed dialog, a finished job) are deleted before
    qtbot deletes their window: the window's teardown running before them corrupted the heap
    (a "double free" abort in the next test that opens a modal dialog). The app's own event
    loop always runs them right away."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(scope="session", autouse=True)
def _application_font(qapp: QApplication) -> None:
    qapp.setOrganizationName("OrgDesk-tests")
    qapp.setApplicationName("OrgDesk-tests")
    register_fonts(qapp)


@pytest.fixture
def interaction() -> ScriptedInteraction:
    return ScriptedInteraction()


@pytest.fixture
def context(tmp_path: Path, interaction: ScriptedInteraction) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(settings=settings, sample_path=tmp_path / "data" / "示例组织.orgdesk", interaction=interaction)
    yield context
    if context.session is not None:
        context.session.close()
        context.session = None


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    path = tmp_path / "s.orgdesk"
    Store.create(path, sample_document()).close()
    return path


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, sample_path: Path) -> MainWindow:
    """The main window showing the sample, on screen (offscreen)."""
    return shown_window(qtbot, context, sample_path)


def shown_window(qtbot: QtBot, context: AppContext, path: Path, size: tuple[int, int] = (1200, 800)) -> MainWindow:
    """A main window of `size` that opened `path`, then shown on screen (offscreen)."""
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(*size)
    assert main.documents.open_path(path)
    main.show()
    qtbot.waitExposed(main)
    return main


def generated_document(units: int, seed: int = 7) -> Document:
    """A random tree of `units` units with a few posts each (a deep and bushy organisation)."""
    rng = random.Random(seed)
    builder = DocumentBuilder("生成的组织")
    types = list(builder.add_default_unit_types().values())
    scenario = builder.add_scenario("现行架构", is_current=True)
    made: list[Unit] = [builder.add_unit(scenario, None, "总部", type_id=types[0].id)]
    for number in range(1, units):
        parent = made[rng.randrange(max(1, len(made) // 3))] if number % 5 else rng.choice(made)
        unit = builder.add_unit(scenario, parent, f"单位{number:05d}", type_id=rng.choice(types).id)
        made.append(unit)
        for post in range(rng.randrange(3)):
            builder.add_position(unit, f"岗位{number}-{post}", headcount=rng.randrange(1, 4))
    return builder.document
