"""A month of HR rosters at group scale, in a fresh process: a 50,000-row 花名册 (one row per person,
一级/二级/三级部门 columns) imported into an empty document, then next month's roster (2 % changed:
leavers, joiners, moves) applied as a refresh; the time of each and the process's peak memory.

    python benchmarks/probe_roster.py OUT_FOLDER [PEOPLE]
    → {"import_s": 9.1, "update_s": 8.7, "peak_rss_mb": 820.0}

The two workbooks are written once (openpyxl, write-only) and kept in OUT_FOLDER.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from probe_open import peak_rss_mb

from orgdesk.domain.builder import empty_document
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store

HEADERS = [
    "序号",
    "一级部门",
    "二级部门",
    "三级部门",
    "岗位",
    "姓名",
    "工号",
    "性别",
    "身份证号",
    "用工性质",
    "岗级",
    "入职日期",
]
TITLES = ["经理", "主管", "工程师", "专员", "客户经理", "线务员", "营业员", "分析师"]
KINDS = ["合同制", "合同制", "合同制", "劳务派遣", "外包"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def people_rows(people: int, seed: int) -> list[list[object]]:
    """One row per person across 10 × 10 × 25 units; ids and numbers repeatable for a seed."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for number in range(people):
        first, second, third = number % 10, (number // 10) % 10, (number // 100) % 25
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        rows.append(
            [
                number + 1,
                f"第{first + 1}分公司",
                f"第{second + 1}中心",
                f"第{third + 1}班组" if number % 7 else "",
                TITLES[number % len(TITLES)],
                name,
                f"E{number:06d}",
                "男" if number % 2 else "女",
                f"4401061990{number % 12 + 1:02d}{number % 28 + 1:02d}{number % 10000:04d}"[:18],
                KINDS[number % len(KINDS)],
                f"P{number % 8 + 1}",
                date(2000 + number % 25, number % 12 + 1, 1),
            ]
        )
    return rows


def next_month(rows: list[list[object]], seed: int) -> list[list[object]]:
    """2 % changed: 1 % leave, 0.5 % move to another 班组, 0.5 % join."""
    rng = random.Random(seed + 1)
    count = len(rows)
    leaving = set(rng.sample(range(count), count // 100))
    moving = set(rng.sample(sorted(set(range(count)) - leaving), count // 200))
    kept = []
    for index, row in enumerate(rows):
        if index in leaving:
            continue
        if index in moving:
            row = list(row)
            row[3] = f"第{(index // 100 + 3) % 25 + 1}班组"
        kept.append(row)
    for number in range(count, count + count // 200):
        joiner = list(rows[number % count])
        joiner[5], joiner[6] = f"新员工{number}", f"N{number:06d}"
        kept.append(joiner)
    return kept


def write_roster(path: Path, rows: list[list[object]]) -> Path:
    if path.exists():
        return path
    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["某集团员工花名册"])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    partial = path.with_suffix(".partial.xlsx")
    book.save(partial)
    partial.replace(path)
    return path


def main() -> None:
    folder = Path(sys.argv[1])
    people = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    folder.mkdir(parents=True, exist_ok=True)
    rows = people_rows(people, seed=1)
    november = write_roster(folder / f"roster-{people}-11.xlsx", rows)
    december = write_roster(folder / f"roster-{people}-12.xlsx", next_month(rows, seed=1))
    target = folder / f"roster-{people}.orgdesk"
    for leftover in folder.glob(target.name + "*"):
        leftover.unlink()
    Store.create(target, empty_document("某集团")).close()
    session = EditSession.open(str(target))
    try:
        scenario = session.document.current_scenario()
        assert scenario is not None
        started = time.perf_counter()
        plan = plan_import(session.document, scenario.id, read_source(november), ImportOptions())
        session.execute(plan.operation())
        imported = time.perf_counter() - started
        started = time.perf_counter()
        refresh = plan_import(session.document, scenario.id, read_source(december), ImportOptions(update=True))
        session.execute(refresh.operation())
        updated = time.perf_counter() - started
        changed = {key: len(items) for key, items in refresh.changes.items()}
    finally:
        session.close()
        for leftover in folder.glob(target.name + "*"):
            leftover.unlink()
    print(json.dumps({"import_s": imported, "update_s": updated, "peak_rss_mb": peak_rss_mb(), "changes": changed}))


if __name__ == "__main__":
    main()
