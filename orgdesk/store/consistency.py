"""Is what a document's tables hold one sound organisation? Checked in SQL when it is opened.

A file from someone else may have been edited outside OrgDesk: a unit that is its own parent, a loop
of parents, a parent in another scenario, a post of a unit that does not exist, two scenarios of one
name. (Values of a wrong type or out of range, such as text in a number column or an infinite 编制,
are found as each table is read: orgdesk.store.tables.check_values.) Every later step (layout, the health check,
exports) assumes none of that, so such a document is refused at once with a message naming the first
problem, and nothing in it is changed. Each check is one query (a few milliseconds at 10,000 units).
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, text

from orgdesk.domain.depth import MAX_DEPTH
from orgdesk.domain.messages import shown_text
from orgdesk.domain.rules import MAX_HEADCOUNT, QT_TRANSLATE_NOOP
from orgdesk.store.files import DocumentError

BAD_VALUE = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” cannot be opened: the {field} of {kind} {id} holds a wrong value ({value})."
    " The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.",
)
BROKEN_LINK = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” cannot be opened: {kind} {id} refers to {target} {target_id}, which does not exist "
    "(or belongs to another scenario)."
    " The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.",
)
PARENT_LOOP = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” cannot be opened: unit {id} (“{name}”) is not under the top unit of its scenario; its "
    "parents form a loop."
    " The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.",
)
TWO_TOPS = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” cannot be opened: scenario “{scenario}” has {count} top units instead of one. "
    "The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.",
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” cannot be opened: its unit tree is more than {limit} levels deep (OrgDesk handles up to {limit})."
    " The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.",
)
REPORTING_LOOP = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” cannot be opened: post {id} (“{name}”) reports to itself through a loop. "
    "The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.",
)
SAME_SCENARIO_NAME = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” cannot be opened: two scenarios are both named “{name}”. "
    "The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.",
)


def check_consistency(connection: Connection, path: str) -> None:
    """Raise DocumentError naming the first contradiction found, if any."""
    for problem in _problems(connection, path):
        raise problem


def _problems(connection: Connection, path: str) -> Iterator[DocumentError]:
    yield from _summed_values(connection, path)
    yield from _broken_links(connection, path)
    yield from _tree_problems(connection, path)
    name = connection.execute(text("SELECT name FROM scenario GROUP BY name HAVING count(*) > 1 LIMIT 1")).scalar()
    if name is not None:
        yield DocumentError(SAME_SCENARIO_NAME, path=path, name=shown_text(str(name), 80))


def _summed_values(connection: Connection, path: str) -> Iterator[DocumentError]:
    """The post columns the opening sums in SQL (编制 per unit, managers) before the posts are read."""
    typed = connection.dialect.name == "sqlite"
    headcount = "typeof(headcount) <> 'integer' OR " if typed else ""
    manager = "typeof(is_manager) <> 'integer' OR " if typed else ""
    checks = (
        ("headcount", f"{headcount}headcount < 0 OR headcount > {MAX_HEADCOUNT}"),
        ("is_manager", f"{manager}is_manager NOT IN (0, 1)") if typed else None,
    )
    for field, condition in filter(None, checks):
        found = connection.execute(
            text(f"SELECT id, CAST({field} AS TEXT) FROM position WHERE {condition} LIMIT 1")
        ).first()
        if found is not None:
            value = shown_text(str(found[1]), 40)
            yield DocumentError(BAD_VALUE, path=path, field=field, kind="position", id=found[0], value=value)


# (kind, target kind, SQL that finds the first row whose link is broken: its id and the missing id)
_LINKS = (
    ("unit", "scenario",
     "SELECT u.id, u.scenario_id FROM unit u LEFT JOIN scenario s ON s.id = u.scenario_id WHERE s.id IS NULL"),
    ("unit", "unit",
     "SELECT u.id, u.parent_id FROM unit u LEFT JOIN unit p ON p.id = u.parent_id "
     "WHERE u.parent_id IS NOT NULL AND (p.id IS NULL OR p.scenario_id <> u.scenario_id)"),
    ("unit", "unit_type",
     "SELECT u.id, u.type_id FROM unit u LEFT JOIN unit_type t ON t.id = u.type_id "
     "WHERE u.type_id IS NOT NULL AND t.id IS NULL"),
    ("position", "unit",
     "SELECT p.id, p.unit_id FROM position p LEFT JOIN unit u ON u.id = p.unit_id WHERE u.id IS NULL"),
    ("position", "position",
     "SELECT p.id, p.reports_to_id FROM position p LEFT JOIN position b ON b.id = p.reports_to_id "
     "WHERE p.reports_to_id IS NOT NULL AND b.id IS NULL"),
    ("assignment", "person",
     "SELECT a.id, a.person_id FROM assignment a LEFT JOIN person p ON p.id = a.person_id WHERE p.id IS NULL"),
    ("assignment", "position",
     "SELECT a.id, a.position_id FROM assignment a LEFT JOIN position p ON p.id = a.position_id "
     "WHERE p.id IS NULL"),
    ("relation", "scenario",
     "SELECT r.id, r.scenario_id FROM relation r LEFT JOIN scenario s ON s.id = r.scenario_id WHERE s.id IS NULL"),
)  # fmt: skip


def _owner_link(kind: str, kind_column: str, id_column: str) -> str:
    """The first row of `kind` whose owner (a unit or a post, by `kind_column`) is missing."""
    return (
        f"SELECT x.id, x.{id_column}, x.{kind_column} FROM {kind} x "
        f"LEFT JOIN unit u ON x.{kind_column} = 'unit' AND u.id = x.{id_column} "
        f"LEFT JOIN position p ON x.{kind_column} = 'position' AND p.id = x.{id_column} "
        "WHERE u.id IS NULL AND p.id IS NULL"
    )


def _broken_links(connection: Connection, path: str) -> Iterator[DocumentError]:
    owned = [
        ("duty", "", _owner_link("duty", "owner_kind", "owner_id")),
        ("kpi", "", _owner_link("kpi", "owner_kind", "owner_id")),
        ("relation", "", _owner_link("relation", "from_kind", "from_id")),
        ("relation", "", _owner_link("relation", "to_kind", "to_id")),
    ]
    for kind, target, query in (*_LINKS, *owned):
        found = connection.execute(text(query + " LIMIT 1")).first()
        if found is not None:
            # An owned item names its owner's kind in the row: a post's duty points at a post.
            target = target or ("position" if found[2] == "position" else "unit")
            yield DocumentError(BROKEN_LINK, path=path, kind=kind, id=found[0], target=target, target_id=found[1])


def _tree_problems(connection: Connection, path: str) -> Iterator[DocumentError]:
    found = connection.execute(
        text(
            "SELECT s.name, count(u.id) FROM scenario s JOIN unit u ON u.scenario_id = s.id AND u.parent_id IS NULL "
            "GROUP BY s.id, s.name HAVING count(u.id) > 1 LIMIT 1"
        )
    ).first()
    if found is not None:
        yield DocumentError(TWO_TOPS, path=path, scenario=shown_text(str(found[0]), 80), count=found[1])
    walk = (
        "WITH RECURSIVE walk(id, depth) AS (SELECT id, 1 FROM unit WHERE parent_id IS NULL "
        "UNION ALL SELECT u.id, w.depth + 1 FROM unit u JOIN walk w ON u.parent_id = w.id "
        "WHERE w.depth <= :limit) "
    )
    reached, deepest = connection.execute(
        text(walk + "SELECT count(*), coalesce(max(depth), 0) FROM walk"), {"limit": MAX_DEPTH}
    ).one()
    if deepest > MAX_DEPTH:
        yield DocumentError(TOO_DEEP, path=path, limit=MAX_DEPTH)
    if reached != connection.execute(text("SELECT count(*) FROM unit")).scalar():
        stray = connection.execute(
            text(walk + "SELECT id, name FROM unit WHERE id NOT IN (SELECT id FROM walk) LIMIT 1"),
            {"limit": MAX_DEPTH},
        ).first()
        if stray is not None:
            yield DocumentError(PARENT_LOOP, path=path, id=stray[0], name=shown_text(str(stray[1]), 80))
    chains = (
        "WITH RECURSIVE chain(id) AS (SELECT id FROM position WHERE reports_to_id IS NULL "
        "UNION SELECT p.id FROM position p JOIN chain c ON p.reports_to_id = c.id) "
        "SELECT id, title FROM position WHERE id NOT IN (SELECT id FROM chain) LIMIT 1"
    )
    loop = connection.execute(text(chains)).first()
    if loop is not None:
        yield DocumentError(REPORTING_LOOP, path=path, id=loop[0], name=shown_text(str(loop[1]), 80))
