"""The HTML of the details pane for one unit (read-only).

Pure functions of the document, so the pane only decides *which* unit is shown and which
post sections are open. Every piece of user text goes through `html.escape`.

Translations: lupdate only sees `translate("Context", "literal")` calls outside f-strings,
so each label is translated into a variable first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from orgdesk.domain.analysis import Staffing, position_staffing, subtree_staffing, unit_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Position, Unit

translate = QCoreApplication.translate

POST_ANCHOR = "post-"  # the anchor of a post's section: post-<id>
TOGGLE = "toggle:"  # a link that opens or closes a post's section: toggle:<id>
EXPAND_ALL = "expand:all"
COLLAPSE_ALL = "collapse:all"


@dataclass(frozen=True)
class Palette:
    """Colours for the pane, taken from the widget's palette so dark themes work too."""

    muted: str = "#5F6368"
    rule: str = "#C9CED4"
    header: str = "#EEF1F4"
    link: str = "#1F5F99"
    alert: str = "#B03A2E"


def style_sheet(palette: Palette) -> str:
    return f"""
h1 {{ font-size: x-large; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: large; margin-top: 18px; margin-bottom: 6px; }}
h3 {{ font-size: medium; margin-top: 10px; margin-bottom: 4px; }}
p {{ margin-top: 2px; margin-bottom: 4px; }}
.muted {{ color: {palette.muted}; }}
.alert {{ color: {palette.alert}; font-weight: bold; }}
a {{ color: {palette.link}; text-decoration: none; }}
th {{ background-color: {palette.header}; font-weight: bold; text-align: left; }}
ol {{ margin-top: 2px; margin-bottom: 2px; }}
ol.sub {{ -qt-list-number-prefix: "("; -qt-list-number-suffix: ")"; }}
"""


# ----- small pieces ------------------------------------------------------------------
def _muted(text: str) -> str:
    return f'<span class="muted">{escape(text)}</span>'


def _field(label: str, value: str) -> str:
    """ "Type: 部门": a muted field name, then the escaped value (Chinese uses a full-width colon)."""
    name = translate("UnitDetails", "{label}:").format(label=label)
    gap = "" if name.endswith("：") else " "
    return _muted(name) + gap + escape(value)


def _note(text: str) -> str:
    return f'<p class="muted">{escape(text)}</p>'


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _table(
    headers: Sequence[tuple[str, bool]], rows: Iterable[Sequence[str]], palette: Palette, width: str = "100%"
) -> str:
    """A ruled table; each header is (label, numeric?). Cells are HTML already."""
    numeric = [is_number for _label, is_number in headers]

    def align(i: int) -> str:
        return ' align="right"' if numeric[i] else ""

    head = "".join(f"<th{align(i)}>{escape(label)}</th>" for i, (label, _n) in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{align(i)}>{cell}</td>" for i, cell in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        f'<table width="{width}" cellspacing="0" cellpadding="4" border="1" '
        f'style="border-color: {palette.rule}; border-style: solid; border-collapse: collapse;">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _vacant_cell(vacant: int) -> str:
    return f'<span class="alert">{vacant}</span>' if vacant else "0"


def staffing_table(own: Staffing, total: Staffing | None, palette: Palette) -> str:
    headers = [
        ("", False),
        (translate("UnitDetails", "Headcount"), True),
        (translate("UnitDetails", "Filled"), True),
        (translate("UnitDetails", "Vacant"), True),
    ]
    this_unit = escape(translate("UnitDetails", "This unit"))
    rows = [[this_unit, str(own.headcount), str(own.filled), _vacant_cell(own.vacant)]]
    if total is not None:
        with_subunits = escape(translate("UnitDetails", "With all sub-units"))
        rows.append([with_subunits, str(total.headcount), str(total.filled), _vacant_cell(total.vacant)])
    return _table(headers, rows, palette, width="70%")


def duties_list(duties: Sequence[Duty]) -> str:
    """Numbered duties; level-2 items are numbered (1), (2) … under the item above them."""
    if not duties:
        return _note(translate("UnitDetails", "No duties recorded."))
    items: list[tuple[Duty, list[Duty]]] = []
    for duty in duties:
        if duty.level > 1 and items:
            items[-1][1].append(duty)
        else:
            items.append((duty, []))
    parts = ["<ol>"]
    for duty, sub_items in items:
        parts.append(f"<li>{_duty_text(duty)}")
        if sub_items:
            parts.append('<ol class="sub">')
            parts.extend(f"<li>{_duty_text(sub)}</li>" for sub in sub_items)
            parts.append("</ol>")
        parts.append("</li>")
    parts.append("</ol>")
    return "".join(parts)


def _duty_text(duty: Duty) -> str:
    text = escape(duty.text)
    return f"<b>{escape(duty.heading)}</b> {text}" if duty.heading else text


def period_label(period: str) -> str:
    labels = {
        "month": translate("UnitDetails", "Monthly"),
        "quarter": translate("UnitDetails", "Quarterly"),
        "year": translate("UnitDetails", "Yearly"),
    }
    return labels.get(str(period), period)


def _weight(weight: float | None) -> str:
    return "—" if weight is None else f"{weight:g} %"


def kpi_table(kpis: Sequence[Kpi], palette: Palette) -> str:
    if not kpis:
        return _note(translate("UnitDetails", "No KPIs recorded."))
    headers = [
        (translate("UnitDetails", "KPI"), False),
        (translate("UnitDetails", "Target"), False),
        (translate("UnitDetails", "Weight"), True),
        (translate("UnitDetails", "Period"), False),
    ]
    rows = []
    for kpi in kpis:
        name = escape(kpi.name)
        if kpi.definition:
            name += "<br>" + _muted(kpi.definition)
        rows.append([name, escape(kpi.target) or "—", _weight(kpi.weight), escape(period_label(kpi.period))])
    return _table(headers, rows, palette)


def _holders(document: Document, position: Position) -> str:
    kinds = {
        "concurrent": translate("UnitDetails", "concurrent"),
        "acting": translate("UnitDetails", "acting"),
    }
    names = []
    for assignment in document.assignments_of_position(position.id):
        name = escape(document.person(assignment.person_id).name)
        kind = kinds.get(str(assignment.kind))
        names.append(name + " " + _muted(f"({kind})") if kind else name)
    return "、".join(names) if names else _muted("—")


def posts_table(document: Document, positions: Sequence[Position], palette: Palette) -> str:
    if not positions:
        return _note(translate("UnitDetails", "This unit has no posts."))
    headers = [
        (translate("UnitDetails", "Post"), False),
        (translate("UnitDetails", "Code"), False),
        (translate("UnitDetails", "Grade"), False),
        (translate("UnitDetails", "Headcount"), True),
        (translate("UnitDetails", "Filled"), True),
        (translate("UnitDetails", "Vacant"), True),
        (translate("UnitDetails", "Holders"), False),
    ]
    rows = []
    for position in positions:
        staffing = position_staffing(document, position)
        title = f'<a href="{TOGGLE}{position.id}">{escape(position.title)}</a>'
        if position.is_manager:
            title = f"<b>{title}</b>"
        rows.append(
            [
                title,
                escape(position.code),
                escape(position.grade),
                str(position.headcount),
                str(staffing.filled),
                _vacant_cell(staffing.vacant),
                _holders(document, position),
            ]
        )
    return _table(headers, rows, palette)


def post_section(document: Document, position: Position, expanded: bool, palette: Palette) -> str:
    duties = document.duties_of(OwnerKind.POSITION, position.id)
    kpis = document.kpis_of(OwnerKind.POSITION, position.id)
    marker = "▾" if expanded else "▸"
    summary = translate("UnitDetails", "duties: {duties} · KPIs: {kpis}").format(duties=len(duties), kpis=len(kpis))
    head = (
        f'<a name="{POST_ANCHOR}{position.id}"></a>'
        f'<h3><a href="{TOGGLE}{position.id}">{marker} {escape(position.title)}</a> '
        f'<span class="muted" style="font-weight: normal;">{escape(summary)}</span></h3>'
    )
    if not expanded:
        return head
    parts = [head, '<div style="margin-left: 18px;">']
    facts = [
        (translate("UnitDetails", "Purpose"), position.purpose),
        (translate("UnitDetails", "Qualifications"), position.qualifications),
        (translate("UnitDetails", "Category"), position.category),
    ]
    manager = document.get("position", position.reports_to_id)
    if isinstance(manager, Position):
        facts.append((translate("UnitDetails", "Reports to"), manager.title))
    parts.extend(f"<p>{_field(label, value)}</p>" for label, value in facts if value)
    parts.append("<p><b>" + escape(translate("UnitDetails", "Duties")) + "</b></p>")
    parts.append(duties_list(duties))
    parts.append("<p><b>" + escape(translate("UnitDetails", "KPIs")) + "</b></p>")
    parts.append(kpi_table(kpis, palette))
    parts.append("</div>")
    return "".join(parts)


# ----- the whole pane --------------------------------------------------------------------
def subtree_total(document: Document, unit: Unit) -> Staffing:
    return subtree_staffing(document, unit.scenario_id).get(unit.id) or Staffing()


def unit_html(document: Document, unit: Unit, expanded: set[int], palette: Palette) -> str:
    unit_type = document.unit_type(unit.type_id)
    positions = document.positions_of(unit.id)
    parts: list[str] = []
    swatch = ""
    if unit_type is not None:
        swatch = f'<span style="color: {escape(unit_type.colour)};">■</span> '
    parts.append(f"<h1>{swatch}{escape(unit.name)}</h1>")
    parts.append(_note(document.path(unit, " › ")))
    facts = [
        (translate("UnitDetails", "Type"), unit_type.name if unit_type else ""),
        (translate("UnitDetails", "Short name"), unit.short_name),
        (translate("UnitDetails", "Code"), unit.code),
    ]
    shown = [_field(label, value) for label, value in facts if value]
    if shown:
        parts.append("<p>" + " &nbsp;·&nbsp; ".join(shown) + "</p>")

    parts.append(_heading(2, translate("UnitDetails", "Function")))
    if unit.description:
        parts.append(f"<p>{escape(unit.description)}</p>")
    else:
        parts.append(_note(translate("UnitDetails", "No description recorded.")))

    parts.append(_heading(2, translate("UnitDetails", "Staffing")))
    total = subtree_total(document, unit) if document.child_count(unit) else None
    parts.append(staffing_table(unit_staffing(document, unit), total, palette))

    parts.append(_heading(2, translate("UnitDetails", "Posts ({count})").format(count=len(positions))))
    parts.append(posts_table(document, positions, palette))

    parts.append(_heading(2, translate("UnitDetails", "Duties")))
    parts.append(duties_list(document.duties_of(OwnerKind.UNIT, unit.id)))

    parts.append(_heading(2, translate("UnitDetails", "KPIs")))
    parts.append(kpi_table(document.kpis_of(OwnerKind.UNIT, unit.id), palette))

    if positions:
        if all(p.id in expanded for p in positions):
            link = f'<a href="{COLLAPSE_ALL}">' + escape(translate("UnitDetails", "Collapse all")) + "</a>"
        else:
            link = f'<a href="{EXPAND_ALL}">' + escape(translate("UnitDetails", "Expand all")) + "</a>"
        parts.append(_heading(2, translate("UnitDetails", "Duties and KPIs of each post")))
        parts.append(f"<p>{link}</p>")
        parts.extend(post_section(document, p, p.id in expanded, palette) for p in positions)
    return "".join(parts)
