"""Open a document as the first window does, in a fresh process, and report time and peak memory.

    python benchmarks/probe_open.py PATH
    → {"seconds": 0.31, "peak_rss_mb": 142.0, "imports_rss_mb": 61.3}

`seconds` covers opening, loading and the first window's needs (the top unit's children and
the subtree staffing of the current scenario) in a process that has done none of it before;
`peak_rss_mb` is the process's peak resident memory (imports included, which
`imports_rss_mb` shows on its own). run.py starts this script so that the generator's and
the runner's own memory do not count.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from orgdesk.domain.analysis import subtree_staffing
from orgdesk.domain.document import Document
from orgdesk.store.store import Store


def open_first_window(path: Path) -> Document:
    """What opening a file costs before the first window can show the tree with its figures."""
    with Store.open(path) as store:
        document = store.load()
    scenario = document.current_scenario()
    if scenario is not None:
        root = document.root(scenario.id)
        if root is not None:
            document.children_of(root)
        subtree_staffing(document, scenario.id)
    return document


def peak_rss_mb() -> float | None:
    """This process's peak resident set size in MiB (None where the platform cannot tell).

    On Linux, VmHWM: getrusage's ru_maxrss survives exec, so a probe started by a big runner
    would report the runner's size at the fork (459 MB instead of 279 MB for the roster export)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:  # not Linux
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: probe_open.py PATH", file=sys.stderr)
        return 2
    imports_rss = peak_rss_mb()
    started = time.perf_counter()
    open_first_window(Path(argv[0]))
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "imports_rss_mb": imports_rss}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
