"""KPIs suggested by duty statements that name indicators.

「承担业务一站服务开通及时率、账务结算率指标」 names two indicators: 业务一站服务开通及时率 and
账务结算率. A clause that mentions 指标 gives the words before it, from the last 承担/完成/负责 …
(or, without one, when they end like an indicator: …率, …度), split at 、; only names that end
like an indicator or name money (…收入, …成本) count. Indicators the owner
already has as KPIs (by bigram similarity) are not suggested again. Accepting adds them as KPIs
in one undoable edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from orgdesk.domain.entities import Direction, Duty, Period
from orgdesk.domain.health.model import Check, Finding, Fix, HealthSettings, ItemRef, Severity
from orgdesk.domain.health.scope import Scope
from orgdesk.domain.operations import AddKpi, Composite, Operation
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.domain.similarity import containment, dice, grams

Tick = Callable[[int, int], None]

SUGGESTED = QT_TRANSLATE_NOOP("Health", "The duty “{text}” of “{owner}” names indicators; add them as KPIs: {names}.")
ADD_KPIS = QT_TRANSLATE_NOOP("Health", "Add the suggested KPIs")

_CLAUSES = re.compile(r"[，,。；;：:！!？?\n]")
_ANCHORS = ("承担", "完成", "负责", "落实", "确保", "提升", "提高", "保证")
_INDICATOR_ENDINGS = ("率", "度", "量", "额", "数", "比", "分", "收入", "指数", "成本")
_MONEY_WORDS = ("收入", "利润", "成本", "费用", "份额")
_TRIM_END = ("及其", "及", "和", "与", "的", "等", "各项", "相关", "年度")
_TRIM_START = ("所", "各项", "相关", "的")
KNOWN_SIMILARITY = 0.6  # an indicator this close to an existing KPI of the owner is not suggested


@dataclass(frozen=True, slots=True)
class KpiSuggestion:
    owner_kind: str
    owner_id: int
    name: str
    duty_id: int

    def operation(self) -> AddKpi:
        unit = "%" if self.name.endswith("率") else ""
        return AddKpi(
            self.owner_kind,
            self.owner_id,
            name=self.name,
            measure_unit=unit,
            period=Period.YEAR.value,
            direction=Direction.HIGHER.value,
        )


class AddSuggestedKpis(Composite):
    """Suggested KPIs added as one undo step."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Add {count} suggested KPIs")

    def __init__(self, suggestions: tuple[KpiSuggestion, ...]) -> None:
        super().__init__([s.operation() for s in suggestions])


@dataclass(frozen=True)
class KpiFix(Fix):
    suggestions: tuple[KpiSuggestion, ...]
    label_template: str = ADD_KPIS

    def operation(self) -> Operation:
        return AddSuggestedKpis(self.suggestions)


def accept_all(findings: list[Finding]) -> AddSuggestedKpis:
    """One undoable edit adding the KPIs of every suggestion among `findings`."""
    suggestions = tuple(s for f in findings if isinstance(f.fix, KpiFix) for s in f.fix.suggestions)
    return AddSuggestedKpis(suggestions)


def indicators(text: str) -> list[str]:
    """The indicator names a duty statement mentions, in order, without repeats."""
    found: list[str] = []
    for clause in _CLAUSES.split(text):
        start = 0
        while (at := clause.find("指标", start)) >= 0:
            found.extend(_names(clause[:at]))
            start = at + 2
    return list(dict.fromkeys(found))


def _names(head: str) -> list[str]:
    anchor = max(((head.rfind(a), a) for a in _ANCHORS), default=(-1, ""))
    if anchor[0] >= 0:
        phrase = head[anchor[0] + len(anchor[1]) :]
    elif head.endswith(_INDICATOR_ENDINGS):
        phrase = head
    else:
        return []
    return [name for part in phrase.split("、") if _is_indicator(name := _trim(part))]


def _is_indicator(name: str) -> bool:
    """An indicator ends like one (…率, …度) or names money (…收入): 预算目标任务 is not one."""
    return len(name) >= 2 and (name.endswith(_INDICATOR_ENDINGS) or any(w in name for w in _MONEY_WORDS))


def _trim(part: str) -> str:
    part = part.strip()
    changed = True
    while changed:
        changed = False
        for word in _TRIM_END:
            if part.endswith(word):
                part, changed = part[: -len(word)], True
        for word in _TRIM_START:
            if part.startswith(word):
                part, changed = part[len(word) :], True
    return part


def kpi_suggestions(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    for duty in scope.duties:
        if "指标" not in duty.text:
            continue
        known = [grams(k.name) for k in scope.kpis_by_owner.get((duty.owner_kind, duty.owner_id), [])]
        names = [name for name in indicators(duty.text) if not _is_known(name, known)]
        if names:
            yield _finding(scope, duty, names)


def _is_known(name: str, known: list[frozenset[str]]) -> bool:
    wanted = grams(name)
    return any(
        dice(wanted, k) >= KNOWN_SIMILARITY
        or containment(wanted, k) >= KNOWN_SIMILARITY
        or containment(k, wanted) >= KNOWN_SIMILARITY
        for k in known
    )


def _finding(scope: Scope, duty: Duty, names: list[str]) -> Finding:
    suggestions = tuple(KpiSuggestion(duty.owner_kind, duty.owner_id, name, duty.id) for name in names)
    params = {
        "text": duty.text,
        "owner": scope.owner_name(duty.owner_kind, duty.owner_id),
        "names": "、".join(f"“{n}”" for n in names),
    }
    items = (ItemRef("duty", duty.id), ItemRef(duty.owner_kind, duty.owner_id))
    return Finding(Check.KPI_SUGGESTION, Severity.SUGGESTION, SUGGESTED, params, items, KpiFix(suggestions))
