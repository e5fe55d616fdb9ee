"""Performance benchmarks on synthetic organisations.

    python benchmarks/run.py [--sizes 1000,10000] [--repeat 3] [--json] [--only open,rss_open] [--strict]

For every size N a synthetic document (generate.py) is created once and cached in
benchmarks/out/ (keyed by size, seed, generator version and schema version); then every
registered metric is measured. Times are the median of --repeat runs. The table shows
metric | value | target | ok; --json prints one JSON object metric → value instead.
--strict makes a missed target exit with status 1.

Adding a metric: write a function taking a `Context` and returning a number (or None when
it cannot be measured here) and register it with `@metric("name_{n}_unit", targets={size: limit})`.
Metrics run in the order they are registered; a target is an upper bound; a name without
{n} is measured once per run rather than per size.

Metrics:
  calibration_s     a fixed pure-Python loop (2M iterations), once per run: compares machines
  create_N_s        build the document in memory and write it with Store.create
  open_N_s          Store.open + load() + the first window's needs, in this (warm) process
  open_fresh_N_s    the same in a fresh process (imports excluded; first-use costs included)
  info_N_s          `orgdesk info PATH --json`, run in-process via orgdesk.cli.dispatch (stdout to a StringIO)
  rss_open_N_mb     peak RSS of a fresh process that opens the document as above (probe_open.py)
  layout_N_s        tidy layout (TOP_DOWN) of the current scenario, from prebuilt child lists
  layout_compact_N_s          the same in COMPACT orientation
  live_layout_N_s   the canvas's live layout made afresh (COMPACT), from prebuilt child lists
  layout_width_N_m            the TOP_DOWN chart's width in metres at 1 px = 0.26 mm
  layout_compact_width_N_m    the COMPACT chart's width in metres
  first_paint_N_s   MainWindow + open_path + show() until the chart painted once, fresh offscreen
                    process (probe_gui.py, on a scratch copy of the document)
  reparent_N_s      edits.move_unit of a ~500-unit subtree to a unit outside it, + events + one repaint
  undo_reparent_N_s edits.stack.undo() of that move, + events + one repaint
  rss_gui_N_mb      peak RSS of the probe_gui.py process after the three above
  chart_pdf_N_s     org-chart PDF, tiles on A3 landscape, whole scenario (overview + sheets)
                    (50,000 units, target 8 s: `--sizes 50000 --only chart_pdf`; generating that
                    document takes ~70 s once, then it is cached)
  dot_pdf_N_s       Graphviz dot -Tpdf on the same tree, for comparison (when dot is installed; N <= 10,000)
  booklet_1000_s    job-description booklet of the first 1,000 posts of the 10,000-unit document
  copy_scenario_N_s CopyScenario.apply of the current scenario (deep copy with origins and holders)
  copy_scenario_commit_N_s  the same copy as the GUI makes it: planned, committed to the file with its
                    history (one transaction), applied to the document (EditSession.execute)
  health_check_N_s  run_health_check of the current scenario (every check, ~50,000 duties at 10,000 units)
  xlsx_export_N_s   roster workbook (every sheet, Chinese) of the current scenario, streaming writer
  rss_xlsx_export_N_mb  peak RSS of a fresh process that opens the document and writes the workbook (probe_xlsx.py)
  xlsx_import_N_s   our exported workbook imported into an empty document (read, plan, one committed edit)
  roster_import_50000_people_s  a 50,000-row 花名册 with level columns into an empty document (probe_roster.py)
  roster_update_50000_people_s  next month's roster (2 % changed) applied with --update, as one edit
  rss_roster_50000_people_mb    peak RSS of that probe process
  duty_document_import_s        a 500-page duty document (2,000 units, 40,000 duties) read to the preview
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from generate import GENERATOR_VERSION, generate_document
from probe_open import open_first_window

from orgdesk.cli import main as cli_main
from orgdesk.layout import Layout, LayoutOptions, Orientation, layout_tree
from orgdesk.layout.live import LiveLayout
from orgdesk.store.file_format import SCHEMA_VERSION
from orgdesk.store.store import Store

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "out"
DEFAULT_SIZES = (1000, 10000)
PX_METRES = 0.26e-3  # chart pixels to metres of paper


# ----- the registry --------------------------------------------------------------------
def _run_probe(script: str, path: Path) -> dict[str, Any]:
    """Run a probe script in a fresh process; it prints its figures as a JSON object last."""
    completed = subprocess.run(
        [sys.executable, str(HERE / script), str(path)], check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


@dataclass(frozen=True)
class Metric:
    pattern: str  # the name, with {n} for the size: "open_{n}_s"; without {n}: measured once per run
    measure: Callable[[Context], float | None]
    targets: Mapping[int, float] = field(default_factory=dict)  # size -> upper bound

    def name(self, size: int) -> str:
        return self.pattern.format(n=size)

    def base(self) -> str:
        """The name without size and unit, used by --only ("open_{n}_s" → "open")."""
        return self.pattern.split("_{n}")[0] if "{n}" in self.pattern else self.pattern.rsplit("_", 1)[0]


METRICS: list[Metric] = []


def metric(
    pattern: str, *, targets: Mapping[int, float] | None = None
) -> Callable[[Callable[[Context], float | None]], Callable[[Context], float | None]]:
    def register(measure: Callable[[Context], float | None]) -> Callable[[Context], float | None]:
        METRICS.append(Metric(pattern, measure, dict(targets or {})))
        return measure

    return register


# ----- what a metric gets ---------------------------------------------------------------
@dataclass
class Context:
    size: int
    seed: int
    repeat: int
    out_dir: Path

    @cached_property
    def path(self) -> Path:
        """The cached benchmark document of this size (created on first use)."""
        path = self.out_dir / f"synthetic-{self.size}u-seed{self.seed}-g{GENERATOR_VERSION}-v{SCHEMA_VERSION}.orgdesk"
        if not path.exists():
            self.out_dir.mkdir(parents=True, exist_ok=True)
            progress(f"generating {path.name} …")
            Store.create(path, generate_document(self.size, self.seed)).close()
        return path

    def scratch(self, name: str) -> Path:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        return self.out_dir / f"scratch-{self.size}-{name}"

    def median_time(self, action: Callable[[], object]) -> float:
        times = []
        for _ in range(self.repeat):
            gc.collect()  # leftovers of the previous run are not this run's cost
            started = time.perf_counter()
            result = action()
            times.append(time.perf_counter() - started)
            del result
        return statistics.median(times)

    @cached_property
    def probes(self) -> list[dict[str, Any]]:
        """`repeat` fresh processes that open the document (probe_open.py), shared by metrics."""
        return [_run_probe("probe_open.py", self.path) for _ in range(self.repeat)]

    @cached_property
    def gui_probes(self) -> list[dict[str, Any]]:
        """`repeat` fresh offscreen GUI processes (probe_gui.py), each on a new scratch copy of the
        document (the reparenting is committed to the file), shared by the GUI metrics."""
        path = self.path
        copy = self.scratch("gui.orgdesk")
        results = []
        try:
            for _ in range(self.repeat):
                shutil.copyfile(path, copy)
                results.append(_run_probe("probe_gui.py", copy))
        finally:
            for leftover in copy.parent.glob(copy.name + "*"):  # the copy and any journal beside it
                leftover.unlink(missing_ok=True)
        return results

    def gui_median(self, key: str) -> float:
        return statistics.median(probe[key] for probe in self.gui_probes)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ----- the metrics ----------------------------------------------------------------------
@metric("calibration_s")
def calibration(ctx: Context) -> float:
    """A fixed pure-Python loop: how fast this machine runs Python, to compare results across machines."""
    return ctx.median_time(lambda: sum(i * i for i in range(2_000_000)))


@metric("create_{n}_s")
def create_time(ctx: Context) -> float:
    target = ctx.scratch("create.orgdesk")

    def create() -> None:
        Store.create(target, generate_document(ctx.size, ctx.seed), overwrite=True).close()

    try:
        return ctx.median_time(create)
    finally:
        target.unlink(missing_ok=True)


@metric("open_{n}_s", targets={10000: 0.4})
def open_time(ctx: Context) -> float:
    path = ctx.path
    return ctx.median_time(lambda: open_first_window(path))


@metric("open_fresh_{n}_s")
def open_fresh_time(ctx: Context) -> float:
    return statistics.median(probe["seconds"] for probe in ctx.probes)


@metric("info_{n}_s")
def info_time(ctx: Context) -> float:
    path = ctx.path

    def info() -> None:
        out = io.StringIO()
        code = cli_main(["info", str(path), "--json"], out=out)
        if code != 0:
            raise RuntimeError(f"orgdesk info exited with {code}")

    return ctx.median_time(info)


@metric("rss_open_{n}_mb", targets={10000: 300})
def rss_open(ctx: Context) -> float | None:
    peaks = [probe["peak_rss_mb"] for probe in ctx.probes if probe["peak_rss_mb"] is not None]
    return max(peaks) if peaks else None


@lru_cache(maxsize=1)
def _layout_tree_input(size: int, seed: int) -> tuple[dict[int, list[int]], int]:
    """The generated document's current scenario as prebuilt child lists (unit id → child ids) and
    the root id: the layout metrics time the layout alone, not the reading of the document."""
    document = generate_document(size, seed)
    scenario = document.current_scenario()
    assert scenario is not None
    root = document.root(scenario.id)
    assert root is not None
    units = document.units_of_scenario(scenario.id)
    return {unit.id: [child.id for child in document.children_of(unit)] for unit in units}, root.id


def _layout(ctx: Context, orientation: Orientation) -> Layout:
    kids, root = _layout_tree_input(ctx.size, ctx.seed)
    return layout_tree(kids.__getitem__, root, LayoutOptions(orientation=orientation))


def _layout_time(ctx: Context, orientation: Orientation) -> float:
    kids, root = _layout_tree_input(ctx.size, ctx.seed)
    options = LayoutOptions(orientation=orientation)
    return ctx.median_time(lambda: layout_tree(kids.__getitem__, root, options))


@metric("layout_{n}_s", targets={10000: 0.030})
def layout_time(ctx: Context) -> float:
    """TOP_DOWN tidy layout of the current scenario (boxes and connectors), from a prebuilt dict of
    child lists: building those lists from the document is not counted."""
    return _layout_time(ctx, Orientation.TOP_DOWN)


@metric("layout_compact_{n}_s")
def layout_compact_time(ctx: Context) -> float:
    """The same in COMPACT orientation (leaf rows stacked in columns), from prebuilt child lists."""
    return _layout_time(ctx, Orientation.COMPACT)


@metric("live_layout_{n}_s")
def live_layout_time(ctx: Context) -> float:
    """The canvas's live layout made afresh (COMPACT, kept per subtree for later edits, see
    layout/live.py), from prebuilt child lists: what opening a chart lays out."""
    kids, root = _layout_tree_input(ctx.size, ctx.seed)
    options = LayoutOptions(orientation=Orientation.COMPACT)
    return ctx.median_time(lambda: LiveLayout(kids.__getitem__, root, options))


@metric("layout_width_{n}_m")
def layout_width(ctx: Context) -> float:
    """Width of the TOP_DOWN chart in metres at 1 px = 0.26 mm (how big a print it needs)."""
    return _layout(ctx, Orientation.TOP_DOWN).width * PX_METRES


@metric("layout_compact_width_{n}_m")
def layout_compact_width(ctx: Context) -> float:
    """Width of the COMPACT chart in metres at 1 px = 0.26 mm."""
    return _layout(ctx, Orientation.COMPACT).width * PX_METRES


@metric("first_paint_{n}_s", targets={10000: 1.0})
def first_paint_time(ctx: Context) -> float:
    """MainWindow(context) + open_path + show() + pending events + one forced chart paint, in a
    fresh offscreen process with the app font registered (probe_gui.py)."""
    return ctx.gui_median("first_paint_s")


@metric("reparent_{n}_s", targets={10000: 0.050})
def reparent_time(ctx: Context) -> float:
    """edits.move_unit of the subtree closest to 500 units to a unit outside it (command, commit,
    change notices, tree and chart refresh) + pending events + one chart repaint."""
    return ctx.gui_median("reparent_s")


@metric("undo_reparent_{n}_s", targets={10000: 0.050})
def undo_reparent_time(ctx: Context) -> float:
    """edits.stack.undo() of that move + pending events + one chart repaint."""
    return ctx.gui_median("undo_reparent_s")


def _search_setup(ctx: Context) -> tuple[Any, int]:
    from orgdesk.domain.search import search_index

    document = _loaded(ctx.path)
    scenario = document.current_scenario()
    search_index(document, scenario.id)  # built once per document state, then shared by every search
    return document, scenario.id


@metric("search_{n}_s", targets={10000: 0.100})
def search_time(ctx: Context) -> float:
    """Ctrl+F over units, posts, people and all duty text, for a word that is not there (a full
    pass); the index of the scenario's texts is built beforehand (see search_index_{n}_s)."""
    from orgdesk.domain.search import search

    document, scenario_id = _search_setup(ctx)
    return ctx.median_time(lambda: search(document, scenario_id, "不存在的词语"))


@metric("search_index_{n}_s")
def search_index_time(ctx: Context) -> float:
    """Building that index: the first search after opening (it reads the posts, people and duties)."""
    from orgdesk.domain.search import build_index

    document, scenario_id = _search_setup(ctx)
    return ctx.median_time(lambda: build_index(document, scenario_id))


@metric("rss_gui_{n}_mb", targets={10000: 400})
def rss_gui(ctx: Context) -> float | None:
    """Peak RSS of the GUI probe process after first paint, reparent and undo (the worst run)."""
    peaks = [probe["peak_rss_mb"] for probe in ctx.gui_probes if probe["peak_rss_mb"] is not None]
    return max(peaks) if peaks else None


# ----- exports (PDF chart, booklet; Graphviz for comparison) -------------------------------
@lru_cache(maxsize=2)
def _loaded(path: Path) -> Any:
    """The document as the CLI's export reads it (everything loaded), shared by the export metrics."""
    with Store.open(path, readonly=True) as store:
        return store.load(lazy=False)


def _chart_pdf_time(ctx: Context) -> float:
    from orgdesk.io.chart.options import ChartPdfOptions
    from orgdesk.io.chart.pdf_writer import write_chart_pdf

    document = _loaded(ctx.path)
    scenario = document.current_scenario()
    target = ctx.scratch("chart.pdf")
    options = ChartPdfOptions(paper="A3", landscape=True, fit="tiles", language="zh_CN")
    try:
        return ctx.median_time(lambda: write_chart_pdf(document, scenario.id, target, options))
    finally:
        target.unlink(missing_ok=True)


@metric("chart_pdf_{n}_s", targets={10000: 1.5, 50000: 8.0})
def chart_pdf_time(ctx: Context) -> float:
    """`export --chart-pdf --fit tiles --paper A3 --landscape` of the whole current scenario (overview + every
    sheet with boxes), from the loaded document; the first run also computes the staffing roll-ups."""
    return _chart_pdf_time(ctx)


@metric("dot_pdf_{n}_s")
def dot_pdf_time(ctx: Context) -> float | None:
    """Graphviz `dot -Tpdf` on the same tree (one labelled box per unit), for comparison; skipped when dot
    is missing or above 10,000 units (it passes 120 s at 50,000). One run: it is slow."""
    if shutil.which("dot") is None or ctx.size > 10000:
        return None
    document = _loaded(ctx.path)
    scenario = document.current_scenario()
    lines = ['digraph org { node [shape=box, fontname="Droid Sans Fallback"];']
    for unit in document.units_of_scenario(scenario.id):
        lines.append(f'u{unit.id} [label="{unit.name}"];')
        if unit.parent_id is not None:
            lines.append(f"u{unit.parent_id} -> u{unit.id};")
    source = ctx.scratch("tree.dot")
    source.write_text("\n".join(lines) + "}\n", encoding="utf-8")
    target = ctx.scratch("dot.pdf")
    try:
        started = time.perf_counter()
        subprocess.run(["dot", "-Tpdf", str(source), "-o", str(target)], check=True, capture_output=True)
        return time.perf_counter() - started
    finally:
        source.unlink(missing_ok=True)
        target.unlink(missing_ok=True)


@metric("booklet_1000_s", targets={size: 6.0 for size in (1000, 10000, 50000)})  # whichever size runs it
def booklet_time(ctx: Context) -> float:
    """`write_booklet_pdf` of the first 1,000 posts of the 10,000-unit document (with their departments,
    cover, contents, chart), with a progress callback as the GUI's worker has; measured once per run."""
    from orgdesk.io.booklet.writer import write_booklet_pdf

    big = Context(10000, ctx.seed, ctx.repeat, ctx.out_dir)
    document = _loaded(big.path)
    scenario = document.current_scenario()
    target = big.scratch("booklet.pdf")
    try:
        return big.median_time(
            lambda: write_booklet_pdf(
                document, scenario.id, target, language="zh_CN", max_posts=1000, progress=lambda done, total: True
            )
        )
    finally:
        target.unlink(missing_ok=True)


# ----- HR rosters: a month at group scale -------------------------------------------------------
ROSTER_PEOPLE = 50_000


@lru_cache(maxsize=1)
def _roster_probe(out_dir: Path) -> dict[str, Any]:
    """probe_roster.py once per run, in a fresh process (its peak memory is the import's own)."""
    completed = subprocess.run(
        [sys.executable, str(HERE / "probe_roster.py"), str(out_dir), str(ROSTER_PEOPLE)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


@metric("roster_import_50000_people_s", targets={size: 15.0 for size in (1000, 10000, 50000)})
def roster_import_time(ctx: Context) -> float:
    """A 50,000-row 花名册 (一级/二级/三级部门 columns, one row per person) read, planned and committed into
    an empty document as one edit; measured once per run (probe_roster.py)."""
    return float(_roster_probe(ctx.out_dir)["import_s"])


@metric("roster_update_50000_people_s", targets={size: 15.0 for size in (1000, 10000, 50000)})
def roster_update_time(ctx: Context) -> float:
    """Next month's roster of those 50,000 people (1 % left, 0.5 % moved, 0.5 % joined) applied with
    --update: matched, listed and committed as one edit."""
    return float(_roster_probe(ctx.out_dir)["update_s"])


@metric("rss_roster_50000_people_mb", targets={size: 1024.0 for size in (1000, 10000, 50000)})
def rss_roster(ctx: Context) -> float | None:
    """Peak RSS of the probe process doing both."""
    value = _roster_probe(ctx.out_dir)["peak_rss_mb"]
    return float(value) if value is not None else None


@metric("duty_document_import_s", targets={size: 10.0 for size in (1000, 10000, 50000)})
def duty_document_import_time(ctx: Context) -> float:
    """A generated 500-page 职责说明书 (2,000 units, 8,000 posts, 40,000 duties) read to the preview:
    lines, recognition and the plan of units, posts and duties; once per run (probe_duty_document.py)."""
    completed = subprocess.run(
        [sys.executable, str(HERE / "probe_duty_document.py"), str(ctx.out_dir), "2000"],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(json.loads(completed.stdout.strip().splitlines()[-1])["seconds"])


# ----- Excel workbook: export and import back ------------------------------------------------
@metric("xlsx_export_{n}_s", targets={10000: 10.0})
def xlsx_export_time(ctx: Context) -> float:
    """`write_workbook` (the streaming writer behind `export --xlsx`) of the current scenario, every sheet,
    in Chinese, from the loaded document, with a progress callback as the GUI's worker has."""
    from orgdesk.io.workbook.writer import write_workbook

    document = _loaded(ctx.path)
    scenario = document.current_scenario()
    target = ctx.scratch("roster.xlsx")
    try:
        return ctx.median_time(
            lambda: write_workbook(document, scenario.id, target, language="zh_CN", progress=lambda done, total: None)
        )
    finally:
        target.unlink(missing_ok=True)


@metric("rss_xlsx_export_{n}_mb", targets={10000: 300})
def xlsx_export_peak_memory(ctx: Context) -> float | None:
    """Peak RSS of a fresh process that opens the document and writes the workbook (probe_xlsx.py), as
    `orgdesk export --xlsx` runs; one run (the peak hardly varies)."""
    target = ctx.scratch("probe-roster.xlsx")
    try:
        completed = subprocess.run(
            [sys.executable, str(HERE / "probe_xlsx.py"), str(ctx.path), str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        target.unlink(missing_ok=True)
    peak: float | None = json.loads(completed.stdout.strip().splitlines()[-1])["peak_rss_mb"]
    return peak


@metric("xlsx_import_{n}_s", targets={10000: 10.0})
def xlsx_import_time(ctx: Context) -> float:
    """`orgdesk import EMPTY --from ours.xlsx` in-process: open the empty document, read our exported workbook
    of the current scenario (units, posts, people, assignments, duties, KPIs), plan the exact round trip and
    commit it as one edit. The workbook is written once, untimed; each run gets a fresh empty document."""
    from orgdesk.domain.builder import empty_document
    from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
    from orgdesk.io.workbook.writer import write_workbook
    from orgdesk.store.session import EditSession

    document = _loaded(ctx.path)
    workbook = ctx.scratch("import-source.xlsx")
    write_workbook(document, document.current_scenario().id, workbook, language="zh_CN")
    empty = ctx.scratch("import-target.orgdesk")

    def import_once() -> None:
        session = EditSession.open(empty)
        try:
            scenario = session.document.current_scenario()
            plan = plan_import(session.document, scenario.id, read_source(workbook), ImportOptions())
            session.execute(plan.operation())
        finally:
            session.close()

    times = []
    try:
        for _ in range(ctx.repeat):
            for leftover in empty.parent.glob(empty.name + "*"):
                leftover.unlink()
            Store.create(empty, empty_document("导入")).close()
            gc.collect()
            started = time.perf_counter()
            import_once()
            times.append(time.perf_counter() - started)
    finally:
        workbook.unlink(missing_ok=True)
        for leftover in empty.parent.glob(empty.name + "*"):
            leftover.unlink()
    return statistics.median(times)


# ----- scenarios and the health check -----------------------------------------------------------
@metric("copy_scenario_{n}_s", targets={10000: 2.0})
def copy_scenario_time(ctx: Context) -> float:
    """CopyScenario(current).apply on the loaded document (planning the copy and applying its patch);
    each copy is undone, untimed, before the next run."""
    from orgdesk.domain.operations import CopyScenario

    document = _loaded(ctx.path)
    source = document.current_scenario().id
    times = []
    for run in range(ctx.repeat):
        operation = CopyScenario(source, f"benchmark copy {run}")
        gc.collect()
        started = time.perf_counter()
        operation.apply(document)
        times.append(time.perf_counter() - started)
        operation.revert(document)
    return statistics.median(times)


@metric("copy_scenario_commit_{n}_s", targets={10000: 2.0})
def copy_scenario_commit_time(ctx: Context) -> float:
    """EditSession.execute(CopyScenario(current)) on a scratch copy of the document, every table already
    read (as the GUI has them once its panels filled): the wait the planner sees, planning the copy,
    committing its rows and history in one transaction, applying it. Each copy is undone, untimed."""
    from orgdesk.domain.entities import KINDS
    from orgdesk.domain.operations import CopyScenario
    from orgdesk.store.heap import release_loaded, settle_loaded
    from orgdesk.store.session import EditSession

    scratch = ctx.scratch("copy-commit.orgdesk")
    shutil.copyfile(ctx.path, scratch)
    session = EditSession(Store.open(scratch))
    try:
        for kind in KINDS:
            session.document.count(kind)
        settle_loaded()  # as the window does once its panels filled
        source = session.document.current_scenario().id
        times = []
        for run in range(ctx.repeat):
            gc.collect()
            started = time.perf_counter()
            session.execute(CopyScenario(source, f"benchmark copy {run}"))
            times.append(time.perf_counter() - started)
            session.undo()
        return statistics.median(times)
    finally:
        session.close()
        release_loaded()
        for leftover in scratch.parent.glob(scratch.name + "*"):
            leftover.unlink()


@metric("health_check_{n}_s", targets={10000: 10.0})
def health_check_time(ctx: Context) -> float:
    """run_health_check of the current scenario with the default settings, every check, on the loaded
    document, with a progress callback as the GUI's worker has."""
    from orgdesk.domain.health import run_health_check

    document = _loaded(ctx.path)
    scenario_id = document.current_scenario().id
    return ctx.median_time(lambda: run_health_check(document, scenario_id, progress=lambda done, total: True))


# ----- running and reporting ---------------------------------------------------------
@dataclass(frozen=True)
class Result:
    name: str
    value: float | None
    target: float | None

    @property
    def ok(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value <= self.target


def run(sizes: list[int], seed: int, repeat: int, out_dir: Path, only: set[str] | None = None) -> list[Result]:
    results = []
    done: set[str] = set()
    for size in sizes:
        ctx = Context(size, seed, repeat, out_dir)
        for entry in METRICS:
            name = entry.name(size)
            if (only and entry.base() not in only) or name in done:
                continue
            done.add(name)
            progress(f"{name} …")
            value = entry.measure(ctx)
            results.append(Result(name, value, entry.targets.get(size)))
            progress(f"{name} = {format_value(name, value)}")
    return results


def format_value(name: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.1f}" if name.endswith("_mb") else f"{value:.3f}"


def table(results: list[Result]) -> str:
    rows = [("metric", "value", "target", "ok")]
    for result in results:
        target = "" if result.target is None else format_value(result.name, result.target)
        ok = {None: "", True: "yes", False: "NO"}[result.ok]
        rows.append((result.name, format_value(result.name, result.value), target, ok))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of sizes: {text}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="OrgDesk performance benchmarks on synthetic organisations.")
    parser.add_argument(
        "--sizes", type=parse_sizes, default=list(DEFAULT_SIZES), help="units per document, e.g. 1000,10000,50000"
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the median counts (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object metric → value")
    parser.add_argument("--only", help="comma-separated metric names without size, e.g. open,rss_open")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="cache folder (default benchmarks/out)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    only = None
    if args.only:
        only = {name.strip() for name in args.only.split(",") if name.strip()}
        unknown = only - {entry.base() for entry in METRICS}
        if unknown:
            parser.error(f"unknown metric(s): {', '.join(sorted(unknown))}")

    results = run(args.sizes, args.seed, args.repeat, args.out, only)
    if args.json:
        print(json.dumps({result.name: result.value for result in results}))
    else:
        print(table(results))
    missed = [result.name for result in results if result.ok is False]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
