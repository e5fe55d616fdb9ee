"""Random edits for the crash and soak tests, and the checks every state must pass.

Plain `random.Random` (not hypothesis): a child process and a long soak need a stream of
thousands of edits from one seed, reproducible by printing the seed.
"""

from __future__ import annotations

import hashlib
import os
import random
from enum import Enum
from typing import cast

from orgdesk.domain import operations as ops
from orgdesk.domain.analysis import check_invariants, subtree_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import KINDS, Entity, Unit
from orgdesk.domain.patch import Patch

LONG = os.environ.get("ORGDESK_LONG_CHECKS", "") not in ("", "0")
NAMES = ("市场部", "客服组", "规划中心", "Ops", "甲", "乙丙", "Σ-团队", "  ", "")


def scaled(ci: int, long: int) -> int:
    """A count for CI, or the release-check count with ORGDESK_LONG_CHECKS=1."""
    return long if LONG else ci


def random_operation(doc: Document, rng: random.Random) -> ops.Operation:
    """One edit of any common kind, on any scenario; some break the rules on purpose."""
    scenarios = sorted(s.id for s in doc.scenarios())
    sid = rng.choice(scenarios)
    units = sorted(doc.units_of_scenario(sid), key=lambda u: u.id) or sorted(
        (cast(Unit, u) for u in doc.all("unit")), key=lambda u: u.id
    )
    unit = rng.choice(units)
    positions = [p for u in units for p in doc.positions_of(u.id)]
    people = sorted(doc.tables["person"])
    duties = sorted(doc.tables["duty"])
    index = rng.choice((None, 0, 1, 2, 5))
    name = rng.choice(NAMES) + str(rng.randrange(100))
    choice = rng.randrange(15)
    if choice == 0:
        return ops.AddUnit(unit.scenario_id, unit.id, name, index)
    if choice == 1:
        return ops.MoveUnit(unit.id, rng.choice(units).id, index)
    if choice == 2 and len(units) > 3:
        return ops.DeleteUnit(unit.id)
    if choice == 3:
        return ops.UpdateEntity("unit", unit.id, {"name": rng.choice((name, "", "  "))})
    if choice == 4:
        return ops.AddPosition(unit.id, name or "岗位", index, headcount=rng.randrange(-1, 4))
    if choice == 5 and positions:
        return ops.DeletePosition(rng.choice(positions).id)
    if choice == 6 and positions:
        return ops.MovePosition(rng.choice(positions).id, unit.id, index)
    if choice == 7 and positions:
        return ops.UpdateEntity("position", rng.choice(positions).id, {"headcount": rng.randrange(-1, 5)})
    if choice == 8:
        return ops.AddDuty("unit", unit.id, index, text=name)
    if choice == 9 and duties:
        return ops.MoveDuty(rng.choice(duties), "unit", unit.id, index)
    if choice == 10 and duties:
        return ops.DeleteDuty(rng.choice(duties))
    if choice == 11 and positions and people:
        return ops.AddAssignment(rng.choice(people), rng.choice(positions).id, rng.choice(("primary", "acting")))
    if choice == 12:
        return ops.AddPerson(name or "某人", code=f"P{rng.randrange(10_000)}")
    if choice == 13 and doc.tables["assignment"]:
        return ops.DeleteAssignment(rng.choice(sorted(doc.tables["assignment"])))
    return ops.AddKpi("unit", unit.id, name=name or "指标", weight=rng.randrange(-5, 120))


def digest(snapshot: dict[str, dict[int, Entity]]) -> str:
    """A short fingerprint of a whole document (every row of every table)."""
    rows = [(kind, sorted((i, tuple(_plain(v) for v in e)) for i, e in snapshot[kind].items())) for kind in KINDS]
    text = repr(rows)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _plain(value: object) -> object:
    """Enums equal the strings a fresh load gives, a weight of 45 equals the 45.0 read back,
    but they print differently: print them alike."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def snapshot_after(doc: Document, patch: Patch) -> dict[str, dict[int, Entity]]:
    """What the document will hold once `patch` is committed (for the crash child's report)."""
    snapshot = doc.snapshot()
    for change in patch.changes:
        if change.after is None:
            snapshot[change.kind].pop(change.id, None)
        else:
            snapshot[change.kind][change.id] = change.after
    return snapshot


def problems(doc: Document) -> list[str]:
    """Broken rules: cycles, roots, sibling order (check_invariants), and roll-ups that
    differ from a recount of each scenario's posts from scratch."""
    found = check_invariants(doc)
    fresh = Document.from_tables({kind: list(doc.tables[kind].values()) for kind in KINDS}, {})
    for scenario in doc.scenarios():
        if subtree_staffing(doc, scenario.id) != subtree_staffing(fresh, scenario.id):
            found.append(f"roll-up figures of scenario {scenario.id} are stale")
    return found
