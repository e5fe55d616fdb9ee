"""Export the roster workbook as `orgdesk export --xlsx` does, in a fresh process; report time and peak memory.

    python benchmarks/probe_xlsx.py PATH OUT.xlsx
    → {"seconds": 6.1, "peak_rss_mb": 250.0, "before_export_rss_mb": 180.0}

`peak_rss_mb` is the whole process (Python, the loaded document and the streaming writer);
`before_export_rss_mb` is the peak before the writer started, so the difference is what the
export itself needs. run.py starts this script so that the runner's own memory does not count.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from probe_open import peak_rss_mb

from orgdesk.io.workbook.writer import write_workbook
from orgdesk.store.store import Store


def main(path: Path, out: Path) -> dict[str, float | None]:
    with Store.open(path, readonly=True) as store:
        document = store.load(lazy=False)
    scenario = document.current_scenario()
    assert scenario is not None
    before = peak_rss_mb()
    started = time.perf_counter()
    write_workbook(document, scenario.id, out, language="zh_CN", progress=lambda done, total: None)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "before_export_rss_mb": before}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
