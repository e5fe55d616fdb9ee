"""Writing suggestions (动宾 rule): a duty should say what its owner does, verb + object.

Duties that open with a vague verb (参与, 协助 …) say what others do, and a duty whose only verb
is 负责 names an area without the action. Both are suggestions, not errors; duties with the
same text are one finding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from orgdesk.domain.entities import Duty
from orgdesk.domain.health.model import Check, Finding, HealthSettings, ItemRef, Severity
from orgdesk.domain.health.scope import Scope
from orgdesk.domain.rules import QT_TRANSLATE_NOOP

Tick = Callable[[int, int], None]

VAGUE_OPENING = QT_TRANSLATE_NOOP(
    "Health",
    "“{text}” opens with “{verb}”: say what this owner itself delivers, verb + object (e.g. 组织…, 审核…).",
)
ONLY_RESPONSIBLE = QT_TRANSLATE_NOOP(
    "Health", "“{text}” says only “负责…”: add the action (制定, 组织, 审核 …) so that it reads verb + object."
)
# Verbs that make 负责… concrete (负责组织…, 负责…的统计分析).
ACTION_VERBS = (
    "组织", "制定", "制订", "拟定", "拟订", "起草", "编制", "开展", "推进", "推动", "统筹", "管理", "落实", "监督",
    "审核", "审批", "审定", "实施", "执行", "协调", "指导", "建立", "建设", "完善", "承接", "跟踪", "收集", "分析",
    "研究", "策划", "牵头", "做好", "维护", "受理", "处理", "提供", "检查", "考核", "评估", "评价", "汇总", "规划",
    "设计", "开发", "推广", "宣传", "培训", "核算", "办理", "保障", "确保", "发布", "对接", "响应", "解决", "督办",
    "整理", "归档", "支撑", "拓展", "销售", "营销", "运营", "采购", "结算", "稽核", "统计", "预测", "监控", "调度",
    "编辑", "采集", "制作", "测试", "审查", "控制", "改进", "优化", "部署", "配置", "签订", "谈判", "招聘", "聘用",
    "核查", "反馈", "通报", "上报", "报送", "申报", "挖掘", "定制", "投标", "开通", "安装", "抢修", "巡检",
)  # fmt: skip


def writing(scope: Scope, settings: HealthSettings, tick: Tick) -> Iterator[Finding]:
    by_text: dict[str, list[Duty]] = defaultdict(list)
    for duty in scope.duties:
        by_text[duty.text.strip()].append(duty)
    for text, duties in by_text.items():
        finding = _finding(text, duties, settings)
        if finding is not None:
            yield finding


def _finding(text: str, duties: list[Duty], settings: HealthSettings) -> Finding | None:
    items = tuple(ItemRef("duty", d.id) for d in duties)
    body = text.lstrip("0123456789.、()（） ")
    for verb in settings.vague_openings:
        if body.startswith(verb):
            params = {"text": text, "verb": verb}
            return Finding(Check.WRITING, Severity.SUGGESTION, VAGUE_OPENING, params, items)
    if body.startswith("负责") and not any(verb in body for verb in ACTION_VERBS):
        return Finding(Check.WRITING, Severity.SUGGESTION, ONLY_RESPONSIBLE, {"text": text}, items)
    return None
