"""The booklet's sections: 部门职责说明 for a department, 岗位说明书 for a post."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from orgdesk.domain.analysis import Staffing, position_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Person, Position, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io.pdf.typography import Kit

T = Callable[[str], str]  # translate a "Pdf" label into the booklet's language

PERIODS = {
    "month": QT_TRANSLATE_NOOP("Pdf", "Monthly"),
    "quarter": QT_TRANSLATE_NOOP("Pdf", "Quarterly"),
    "year": QT_TRANSLATE_NOOP("Pdf", "Yearly"),
}
HOLDING = {
    "primary": QT_TRANSLATE_NOOP("Pdf", "Primary post"),
    "concurrent": QT_TRANSLATE_NOOP("Pdf", "Concurrent"),
    "acting": QT_TRANSLATE_NOOP("Pdf", "Acting"),
}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Context:
    document: Document
    tr: T
    width: float  # of the page's text frame, in points
    version: str
    date: str
    staffing: dict[int, Staffing]  # own staffing by unit
    kit: Kit


def numbered(duties: Sequence[Duty]) -> list[str]:
    """Duties numbered as Chinese HR documents do: 1. / (1) / ①, per level, restarting under a parent."""
    counters = [0, 0, 0]
    lines = []
    for duty in duties:
        level = min(max(duty.level, 1), 3)
        counters[level - 1] += 1
        for deeper in range(level, 3):
            counters[deeper] = 0
        n = counters[level - 1]
        number = {1: f"{n}.", 2: f"({n})", 3: CIRCLED[n - 1] if n <= len(CIRCLED) else f"{n})"}[level]
        indent = "    " * (level - 1)
        text = f"{duty.heading}：{duty.text}" if duty.heading else duty.text
        lines.append(f"{indent}{number} {text}")
    return lines


def duty_table(ctx: Context, duties: Sequence[Duty]) -> Flowable:
    tr = ctx.tr
    rows = [[line] for line in numbered(duties)]
    return ctx.kit.data_table([tr(QT_TRANSLATE_NOOP("Pdf", "Duty"))], rows, [ctx.width])


def kpi_table(ctx: Context, kpis: Sequence[Kpi]) -> Flowable:
    tr = ctx.tr
    header = [
        tr(QT_TRANSLATE_NOOP("Pdf", "No.")),
        tr(QT_TRANSLATE_NOOP("Pdf", "KPI")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Definition")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Target")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Weight")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Period")),
    ]
    rows = [
        [
            str(n),
            k.name,
            k.definition,
            f"{k.target}" + (f" {k.measure_unit}" if k.measure_unit and k.measure_unit not in k.target else ""),
            "" if k.weight is None else f"{k.weight:g}%",
            tr(PERIODS.get(k.period, k.period)),
        ]
        for n, k in enumerate(kpis, 1)
    ]
    w = ctx.width
    return ctx.kit.data_table(
        header, rows, [w * 0.07, w * 0.2, w * 0.38, w * 0.13, w * 0.1, w * 0.12], centred=(0, 4, 5)
    )


def none_yet(ctx: Context) -> Flowable:
    return ctx.kit.para(ctx.tr(QT_TRANSLATE_NOOP("Pdf", "(none recorded)")), "note")


# ----- 部门职责说明 ------------------------------------------------------------------------------
def department_section(ctx: Context, unit: Unit, chart: Flowable | None) -> list[Flowable]:
    document, tr = ctx.document, ctx.tr
    parent = document.parent(unit)
    unit_type = document.unit_type(unit.type_id)
    own = ctx.staffing.get(unit.id, Staffing())
    flow: list[Flowable] = [ctx.kit.heading(f"{tr(QT_TRANSLATE_NOOP('Pdf', 'Department responsibilities'))}", "h1")]
    flow.append(
        ctx.kit.field_table(
            [
                [
                    tr(QT_TRANSLATE_NOOP("Pdf", "Department name")),
                    unit.name,
                    tr(QT_TRANSLATE_NOOP("Pdf", "Code")),
                    unit.code,
                ],
                [
                    tr(QT_TRANSLATE_NOOP("Pdf", "Parent unit")),
                    parent.name if parent else "—",
                    tr(QT_TRANSLATE_NOOP("Pdf", "Unit type")),
                    unit_type.name if unit_type else "",
                ],
                [tr(QT_TRANSLATE_NOOP("Pdf", "Purpose")), unit.description or "—"],
            ],
            ctx.width,
        )
    )
    duties = document.duties_of(OwnerKind.UNIT, unit.id)
    flow += [
        ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Main responsibilities"))),
        duty_table(ctx, duties) if duties else none_yet(ctx),
    ]
    kpis = document.kpis_of(OwnerKind.UNIT, unit.id)
    flow += [
        ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Performance indicators"))),
        kpi_table(ctx, kpis) if kpis else none_yet(ctx),
    ]
    flow.append(ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Posts and headcount"))))
    flow.append(_posts_table(ctx, unit, own))
    if chart is not None:
        flow += [
            CondPageBreak(chart.wrap(ctx.width, 10_000)[1] + 40),
            ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Department chart"))),
            chart,
        ]
    return flow


def _posts_table(ctx: Context, unit: Unit, own: Staffing) -> Flowable:
    tr, document = ctx.tr, ctx.document
    header = [
        tr(QT_TRANSLATE_NOOP("Pdf", "No.")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Post")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Post code")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Grade")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Headcount")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Filled")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Vacant")),
    ]
    rows = []
    for n, position in enumerate(document.positions_of(unit.id), 1):
        s = position_staffing(document, position)
        rows.append(
            [str(n), position.title, position.code, position.grade, str(s.headcount), str(s.filled), str(s.vacant)]
        )
    rows.append(
        ["", tr(QT_TRANSLATE_NOOP("Pdf", "Total")), "", "", str(own.headcount), str(own.filled), str(own.vacant)]
    )
    w = ctx.width
    return ctx.kit.data_table(
        header, rows, [w * 0.07, w * 0.33, w * 0.15, w * 0.12, w * 0.11, w * 0.11, w * 0.11], centred=(0, 4, 5, 6)
    )


# ----- 岗位说明书 --------------------------------------------------------------------------------
def post_section(ctx: Context, position: Position) -> list[Flowable]:
    document, tr = ctx.document, ctx.tr
    unit = document.unit(position.unit_id)
    boss = document.get("position", position.reports_to_id)
    reports = document.reports_of(position.id)
    staffing = position_staffing(document, position)
    dash = "—"
    flow: list[Flowable] = [ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Job description")), "h1")]
    flow.append(
        ctx.kit.field_table(
            [
                [
                    tr(QT_TRANSLATE_NOOP("Pdf", "Post")),
                    position.title,
                    tr(QT_TRANSLATE_NOOP("Pdf", "Post code")),
                    position.code,
                ],
                [
                    tr(QT_TRANSLATE_NOOP("Pdf", "Department")),
                    unit.name,
                    tr(QT_TRANSLATE_NOOP("Pdf", "Category")),
                    position.category,
                ],
                [
                    tr(QT_TRANSLATE_NOOP("Pdf", "Reports to")),
                    boss.title if isinstance(boss, Position) else dash,
                    tr(QT_TRANSLATE_NOOP("Pdf", "Grade")),
                    position.grade,
                ],
                [
                    tr(QT_TRANSLATE_NOOP("Pdf", "Direct reports")),
                    "、".join(p.title for p in reports) or dash,
                    tr(QT_TRANSLATE_NOOP("Pdf", "Headcount / filled")),
                    f"{staffing.headcount} / {staffing.filled}",
                ],
            ],
            ctx.width,
        )
    )
    flow += [
        ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Purpose of the post"))),
        ctx.kit.para(position.purpose or dash),
    ]
    duties = document.duties_of(OwnerKind.POSITION, position.id)
    flow += [
        ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Duties"))),
        duty_table(ctx, duties) if duties else none_yet(ctx),
    ]
    kpis = document.kpis_of(OwnerKind.POSITION, position.id)
    flow += [
        ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Performance indicators"))),
        kpi_table(ctx, kpis) if kpis else none_yet(ctx),
    ]
    flow += [
        ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Qualifications"))),
        ctx.kit.para(position.qualifications or dash),
    ]
    flow += [ctx.kit.heading(tr(QT_TRANSLATE_NOOP("Pdf", "Holders"))), _holders_table(ctx, position)]
    flow += [Spacer(1, 10), KeepTogether([sign_off(ctx)])]
    return flow


def _holders_table(ctx: Context, position: Position) -> Flowable:
    tr, document = ctx.tr, ctx.document
    rows = []
    for assignment in document.assignments_of_position(position.id):
        person = document.get("person", assignment.person_id)
        if not isinstance(person, Person):
            continue
        since = assignment.start_date.isoformat() if assignment.start_date else ""
        rows.append([person.code, person.name, tr(HOLDING.get(assignment.kind, assignment.kind)), since])
    if not rows:
        return ctx.kit.para(tr(QT_TRANSLATE_NOOP("Pdf", "(vacant)")), "note")
    header = [
        tr(QT_TRANSLATE_NOOP("Pdf", "Employee no.")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Name")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Holds it as")),
        tr(QT_TRANSLATE_NOOP("Pdf", "Since")),
    ]
    w = ctx.width
    return ctx.kit.data_table(header, rows, [w * 0.2, w * 0.3, w * 0.25, w * 0.25], centred=(0, 2, 3))


def sign_off(ctx: Context) -> Flowable:
    """编写 / 审核 / 批准 with blank cells to sign, then version and date."""
    tr = ctx.tr
    row = [
        tr(QT_TRANSLATE_NOOP("Pdf", "Written by")),
        "",
        tr(QT_TRANSLATE_NOOP("Pdf", "Reviewed by")),
        "",
        tr(QT_TRANSLATE_NOOP("Pdf", "Approved by")),
        "",
    ]
    version = [tr(QT_TRANSLATE_NOOP("Pdf", "Version")), ctx.version, tr(QT_TRANSLATE_NOOP("Pdf", "Date")), ctx.date]
    return ctx.kit.field_table([row, version], ctx.width, label_share=0.13)
