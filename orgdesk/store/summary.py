"""Figures the store sums in SQL so the tree shows before posts and holders are read."""

from __future__ import annotations

from sqlalchemy import Connection, case, func, select

from orgdesk.store.models import AssignmentRow, PersonRow, PositionRow


def unit_summary(connection: Connection) -> dict[int, tuple[int, int, int, int, int]]:
    """Per unit: posts, 编制, 在岗 (primary holders), 空缺 and 超编 counted post by post."""
    position = PositionRow.__table__
    assignment = AssignmentRow.__table__
    holders = (
        select(assignment.c.position_id, func.count().label("n"))
        .where(assignment.c.kind == "primary")
        .group_by(assignment.c.position_id)
        .subquery()
    )
    filled = func.coalesce(holders.c.n, 0)
    gap = position.c.headcount - filled
    query = (
        select(
            position.c.unit_id,
            func.count(),
            func.sum(position.c.headcount),
            func.sum(filled),
            func.sum(case((gap > 0, gap), else_=0)),
            func.sum(case((gap < 0, -gap), else_=0)),
        )
        .select_from(position.outerjoin(holders, holders.c.position_id == position.c.id))
        .group_by(position.c.unit_id)
    )
    return {
        row[0]: (int(row[1]), int(row[2]), int(row[3]), int(row[4]), int(row[5])) for row in connection.execute(query)
    }


def unit_managers(connection: Connection) -> dict[int, str]:
    """unit id → first holder (主岗 first) of the unit's first manager post, as analysis.unit_managers."""
    position = PositionRow.__table__
    assignment = AssignmentRow.__table__
    person = PersonRow.__table__
    query = (
        select(position.c.unit_id, person.c.name)
        .select_from(
            position.join(assignment, assignment.c.position_id == position.c.id).join(
                person, person.c.id == assignment.c.person_id
            )
        )
        .where(position.c.is_manager.is_(True))
        .order_by(position.c.unit_id, position.c.sort_order, assignment.c.kind != "primary", assignment.c.id)
    )
    managers: dict[int, str] = {}
    for unit_id, name in connection.execute(query):
        managers.setdefault(unit_id, name)
    return managers
