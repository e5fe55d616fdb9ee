"""A 500-page duty document (2,000 units, each with its own duties and 4 posts of 4 duties: 40,000
duties) read to the preview: lines, parse, plan; in seconds. Written once to the out folder.

    python benchmarks/probe_duty_document.py OUT_FOLDER [UNITS]
    → {"seconds": 1.9, "units": 2000, "duties": 40000}
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from orgdesk.domain.builder import empty_document
from orgdesk.io.importing.duty_document import plan_duty_import

CN = "一二三四"


def write_document(path: Path, units: int) -> Path:
    if path.exists():
        return path
    lines = ["某集团职责说明书汇编"]
    for number in range(units):
        name = f"第{number + 1}业务部"
        lines += [f"{number % 99 + 1}、{name}职责及岗位设置", f"{name}主要职责："]
        lines += [f"{item}.负责本部门第{item}项业务的规划、组织和考核工作。" for item in range(1, 5)]
        for post in range(4):
            lines.append(f"（{CN[post]}）岗位{post + 1}")
            lines += [f"{item}、承担岗位{post + 1}的第{item}项工作~按要求完成。" for item in range(1, 5)]
            lines.append("提高工作效率~确保任务完成。")
    partial = path.with_suffix(".partial")
    partial.write_text("\n".join(lines), encoding="utf-8")
    partial.replace(path)
    return path


def main() -> None:
    folder = Path(sys.argv[1])
    units = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    folder.mkdir(parents=True, exist_ok=True)
    path = write_document(folder / f"duties-{units}.txt", units)
    document = empty_document("某集团")
    scenario = document.current_scenario()
    assert scenario is not None
    started = time.perf_counter()
    plan, parsed = plan_duty_import(document, scenario.id, path)
    seconds = time.perf_counter() - started
    duties = sum(len(u.duties) + sum(len(p.duties) for p in u.posts) for u in parsed.units)
    print(json.dumps({"seconds": seconds, "units": len(parsed.units), "duties": duties, "planned": len(plan.entities)}))


if __name__ == "__main__":
    main()
