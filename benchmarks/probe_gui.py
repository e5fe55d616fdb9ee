"""Open a document in the main window, in a fresh process, and time the GUI's first paint and a reparenting.

    python benchmarks/probe_gui.py PATH [--profile first_paint|reparent|undo_reparent]
    → {"first_paint_s": 0.8, "reparent_s": 0.03, "undo_reparent_s": 0.03, "peak_rss_mb": 310.0, ...}

PATH is edited (the reparenting is committed to the file, then undone): run.py hands this
script a scratch copy of the cached benchmark document. Qt runs on the offscreen platform
with the application font registered, as in the GUI tests.

  first_paint_s      MainWindow(context) + show() + documents.open_path(PATH) + pending events,
                     until the chart has painted once (its `first_painted` signal); the side
                     panels fill in after that paint: first_paint_panels_s is the time until
                     they have, and the event queue is empty
  reparent_s         edits.move_unit(unit, target, None) for the unit whose subtree is closest
                     to 500 units, to a unit outside it; then pending events and one repaint.
                     Timed on a settled window: the work queued by the first paint (the other
                     boxes' items and Qt's first pass over them) is done before, as it is long
                     before a planner's first drag
  undo_reparent_s    edits.stack.undo(); then pending events and one repaint
  peak_rss_mb        the process's peak resident memory after all of the above (imports included)

With --profile NAME the named measurement runs under cProfile and the top 15 functions by
cumulative time are printed to stderr (the timings then include the profiler's overhead).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.setdefault("ORGDESK_LANG", "en")

import argparse
import contextlib
import cProfile
import io
import json
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from probe_open import peak_rss_mb
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from orgdesk.app import register_fonts
from orgdesk.domain.document import Document
from orgdesk.ui.context import AppContext
from orgdesk.ui.interaction import Interaction
from orgdesk.ui.main_window import MainWindow

SUBTREE_GOAL = 500  # units in the moved subtree
WINDOW_SIZE = (1200, 800)
MEASUREMENTS = ("first_paint", "reparent", "undo_reparent")


class SilentInteraction(Interaction):
    """Never blocks on a dialog: a warning is recorded (and fails the probe), questions get 'no'."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[tuple[str, str]] = []

    def warn(self, title: str, text: str) -> None:
        self.warnings.append((title, text))

    def confirm(self, title: str, text: str, accept: str) -> bool:
        return False


@dataclass
class Probe:
    app: QApplication
    path: Path
    folder: Path
    profile: str | None = None
    top: int = 15
    window: MainWindow | None = None
    interaction: SilentInteraction | None = None

    @contextlib.contextmanager
    def _profiled(self, name: str) -> Iterator[None]:
        if self.profile != name:
            yield
            return
        profiler = cProfile.Profile()
        profiler.enable()
        try:
            yield
        finally:
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(self.top)
            print(f"----- cProfile: {name} (top {self.top} by cumulative time) -----", file=sys.stderr)
            print(out.getvalue(), file=sys.stderr)

    def _timed(self, name: str, action: Callable[[], object]) -> float:
        with self._profiled(name):
            started = time.perf_counter()
            action()
            return time.perf_counter() - started

    def _repaint(self) -> None:
        assert self.window is not None
        self.app.processEvents()
        self.window.chart.viewport().grab()

    def first_paint(self) -> dict[str, float]:
        """From constructing the window to the chart's first paint, with a phase breakdown."""
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        self.interaction = SilentInteraction()
        context = AppContext(
            settings=settings, sample_path=self.folder / "sample.orgdesk", interaction=self.interaction
        )
        phases: dict[str, float] = {}

        def lap(name: str, started: float) -> float:
            now = time.perf_counter()
            phases[name] = now - started
            return now

        painted: list[float] = []

        def run() -> None:
            started = first = time.perf_counter()
            self.window = window = MainWindow(context)
            window.chart.first_painted.connect(lambda: painted.append(time.perf_counter()))
            window.resize(*WINDOW_SIZE)
            started = lap("construct_s", started)
            window.show()  # as the app does: the window first, then the document
            started = lap("show_s", started)
            if not window.documents.open_path(self.path):
                raise RuntimeError(f"could not open {self.path}: {self.interaction and self.interaction.warnings}")
            started = lap("open_path_s", started)
            while not painted and time.perf_counter() - started < 60:
                self.app.processEvents()
            if not painted:
                raise RuntimeError("the chart was never painted")
            lap("events_s", started)
            phases["panels_s"] = 0.0
            panels_started = time.perf_counter()
            self.app.processEvents()
            phases["panels_s"] = time.perf_counter() - panels_started
            phases["total"] = painted[0] - first

        self._timed("first_paint", run)
        seconds = phases.pop("total")
        return {"first_paint_s": seconds, **{f"first_paint_{key}": value for key, value in phases.items()}}

    def _document(self) -> Document:
        assert self.window is not None
        session = self.window.context.session
        assert session is not None
        return session.document

    def pick_move(self) -> tuple[int, int, int]:
        """(unit, target, subtree size): the non-root unit whose subtree is closest to 500 units,
        and the first unit (by id) outside that subtree that is not already its parent."""
        document = self._document()
        scenario = document.current_scenario()
        assert scenario is not None
        units = document.units_of_scenario(scenario.id)
        parent = {unit.id: unit.parent_id for unit in units}
        sizes = dict.fromkeys(parent, 1)
        depth: dict[int, int] = {}

        def depth_of(unit_id: int) -> int:
            chain = []
            current: int | None = unit_id
            while current is not None and current not in depth:
                chain.append(current)
                current = parent[current]
            known = -1 if current is None else depth[current]
            for item in reversed(chain):
                known += 1
                depth[item] = known
            return depth[unit_id]

        for unit_id in sorted(parent, key=depth_of, reverse=True):  # deepest first
            up = parent[unit_id]
            if up is not None:
                sizes[up] += sizes[unit_id]
        candidates = [unit_id for unit_id in parent if parent[unit_id] is not None]
        unit = min(candidates, key=lambda unit_id: (abs(sizes[unit_id] - SUBTREE_GOAL), unit_id))
        inside = {item.id for item in document.subtree(document.get("unit", unit))}
        target = next(unit_id for unit_id in sorted(parent) if unit_id not in inside and unit_id != parent[unit])
        return unit, target, sizes[unit]

    def settle(self) -> None:
        """Let the window finish what its first paint queued (items made after it, Qt's pass over them)."""
        for _ in range(3):
            self._repaint()

    def reparent(self) -> dict[str, float]:
        assert self.window is not None
        self.settle()
        unit, target, size = self.pick_move()
        depth_before = self.window.edits.stack.count()

        def run() -> None:
            assert self.window is not None
            if not self.window.edits.move_unit(unit, target, None):
                raise RuntimeError(f"move_unit refused: {self.interaction and self.interaction.warnings}")
            self._repaint()

        seconds = self._timed("reparent", run)
        if self.window.edits.stack.count() != depth_before + 1:
            raise RuntimeError("move_unit pushed no undo step")
        moved = self._document().get("unit", unit)
        if moved is None or moved.parent_id != target:
            raise RuntimeError("the unit was not moved")
        return {"reparent_s": seconds, "reparent_subtree_units": size, "reparent_unit": unit, "reparent_target": target}

    def undo_reparent(self) -> dict[str, float]:
        assert self.window is not None
        stack = self.window.edits.stack
        if not stack.canUndo():
            raise RuntimeError("nothing to undo")

        def run() -> None:
            stack.undo()
            self._repaint()

        return {"undo_reparent_s": self._timed("undo_reparent", run)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a document that may be edited (a scratch copy)")
    parser.add_argument("--profile", choices=MEASUREMENTS, help="run this measurement under cProfile")
    parser.add_argument("--top", type=int, default=15, help="functions shown by --profile (default 15)")
    args = parser.parse_args(argv)

    imports_rss = peak_rss_mb()
    app = QApplication.instance() or QApplication(["orgdesk-probe"])
    assert isinstance(app, QApplication)
    app.setOrganizationName("OrgDesk-benchmarks")
    app.setApplicationName("OrgDesk-benchmarks")
    register_fonts(app)
    with tempfile.TemporaryDirectory(prefix="orgdesk-probe-gui-") as folder:
        probe = Probe(app, args.path.resolve(), Path(folder), args.profile, args.top)
        result: dict[str, Any] = {}
        result.update(probe.first_paint())
        result.update(probe.reparent())
        result.update(probe.undo_reparent())
        result["peak_rss_mb"] = peak_rss_mb()
        result["imports_rss_mb"] = imports_rss
        if probe.interaction is not None and probe.interaction.warnings:
            raise RuntimeError(f"the window warned: {probe.interaction.warnings}")
        if probe.window is not None:
            session = probe.window.context.session
            probe.window.hide()
            if session is not None:
                session.close()
                probe.window.context.session = None
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
