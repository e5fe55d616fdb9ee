"""A realistic synthetic organisation of any size, for benchmarks and load tests.

    python benchmarks/generate.py --units 10000 OUT.orgdesk [--seed 1] [--force]

One scenario (现行架构) with exactly N units: a 集团公司 or 省分公司 on top, regional and
city 分公司, 县局, 部门 and 中心, then 组 and 团队, 5–8 levels deep; about three posts per
unit (one manager post; every post reports to its unit's manager, a manager to the parent
unit's manager), 85 % of the headcount filled with people, about five duties per unit
and a KPI or two. The same seed always gives the same document.

`generate_document(units, seed)` is the entry point for tests and other benchmarks.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from bisect import bisect
from datetime import date
from itertools import accumulate
from pathlib import Path

from orgdesk.domain.builder import DEFAULT_SCENARIO, DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.entities import AssignmentKind, Direction, OwnerKind, Period, Position, Unit

# Bump when the generated content changes, so cached benchmark files are rebuilt.
GENERATOR_VERSION = 2

MIN_DEPTH, MAX_DEPTH = 5, 8  # levels below the top unit
MIN_CHILDREN, MAX_CHILDREN = 2, 12
FILL_RATE = 0.85  # share of the headcount (编制) held by a primary holder
REFERENCE_DAY = date(2025, 1, 1)  # "today" for dates, so output does not depend on the clock

# ----- word lists ----------------------------------------------------------------
CN_NUMBERS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
COMPANIES = ("华信通信", "中联电信", "汇通信息", "东方通信", "九州电信", "长城信息")
REGIONS = ("华东", "华南", "华北", "华中", "西南", "西北", "东北")
PROVINCES = (
    "江苏", "浙江", "安徽", "福建", "江西", "山东", "广东", "广西", "海南", "河南", "湖北", "湖南", "四川",
    "贵州", "云南", "陕西", "甘肃", "青海", "宁夏", "新疆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江",
)  # fmt: skip
CITIES = (
    "南京", "苏州", "无锡", "常州", "徐州", "扬州", "杭州", "宁波", "温州", "绍兴", "合肥", "芜湖", "福州",
    "厦门", "泉州", "南昌", "赣州", "济南", "青岛", "烟台", "广州", "深圳", "佛山", "东莞", "珠海", "南宁",
    "桂林", "郑州", "洛阳", "武汉", "宜昌", "长沙", "株洲", "成都", "绵阳", "贵阳", "昆明", "西安", "兰州",
)  # fmt: skip
COUNTIES = (
    "江宁", "溧水", "高淳", "六合", "浦口", "昆山", "常熟", "张家港", "太仓", "江阴", "宜兴", "萧山", "余杭",
    "桐庐", "淳安", "建德", "慈溪", "余姚", "象山", "宁海", "肥西", "长丰", "庐江", "闽侯", "连江", "永泰",
    "新建", "进贤", "章丘", "平阴", "胶州", "即墨", "从化", "增城", "宝安", "龙岗", "新都", "郫县", "双流",
)  # fmt: skip
DEPARTMENTS = (
    "办公室", "人力资源部", "财务部", "市场部", "政企客户部", "公众客户部", "客户服务部", "网络部",
    "综合部", "党群工作部", "纪检监察部", "审计部", "法律事务部", "采购部", "信息化部", "安全保卫部",
    "工程建设部", "规划发展部", "品牌传播部", "产品创新部", "渠道管理部", "运营支撑部",
)  # fmt: skip
CENTRES = (
    "客户服务中心", "网络运维中心", "数据中心", "渠道运营中心", "计费结算中心", "培训中心", "创新研究中心",
    "共享服务中心", "采购供应中心", "智慧城市中心", "云计算中心", "政企支撑中心", "10000号运营中心",
    "网络监控中心", "财务共享中心",
)  # fmt: skip
GROUP_WORDS = (
    "政企客户", "家庭客户", "个人客户", "渠道管理", "营销策划", "网络维护", "线路维护", "装维服务",
    "综合管理", "数据分析", "质量管理", "商务合作", "产品运营", "客户服务", "工程管理", "资源管理",
)  # fmt: skip
TEAM_WORDS = ("营销", "装维", "攻坚", "服务", "支撑", "网格", "巡检", "抢修", "外呼", "项目")
AREAS = (
    "市场营销", "政企客户拓展", "公众客户服务", "网络运行维护", "渠道管理", "品牌宣传", "人力资源管理",
    "财务预算", "安全生产", "信息化建设", "采购管理", "党风廉政建设", "产品开发推广", "营收管理",
    "客户满意度提升", "工程建设", "数据治理", "装维服务", "经营分析", "内部审计",
)  # fmt: skip
DUTY_TEMPLATES = (
    "负责{area}工作的统筹规划与组织实施。",
    "组织制定{area}相关管理制度和工作流程，并监督执行。",
    "负责{area}数据的统计分析，定期形成分析报告。",
    "牵头推进{area}重点项目建设，确保按期完成。",
    "配合上级部门开展{area}专项检查与考核。",
    "负责{area}相关客户需求的收集、分析与响应。",
    "做好{area}的风险识别、隐患排查与安全管理。",
    "落实{area}年度工作计划，分解目标并跟踪进度。",
    "指导下属单位开展{area}工作，协调解决重点问题。",
    "完成领导交办的其他工作。",
)
# title, category (岗位类别)
POSTS = (
    ("客户经理", "营销"), ("营销策划", "营销"), ("市场分析师", "营销"), ("产品经理", "营销"),
    ("渠道经理", "营销"), ("网络工程师", "技术"), ("装维工程师", "技术"), ("数据分析师", "技术"),
    ("技术支持工程师", "技术"), ("项目经理", "专业"), ("财务专员", "职能"), ("人力资源专员", "职能"),
    ("综合管理员", "职能"), ("安全管理员", "专业"), ("采购专员", "职能"), ("党建专员", "职能"),
    ("法务专员", "专业"), ("审计专员", "专业"), ("客服代表", "服务"), ("运营专员", "专业"),
)  # fmt: skip
QUALIFICATIONS = (
    "本科及以上学历，3年以上相关工作经验。",
    "大专及以上学历，熟悉通信业务，具备良好的沟通能力。",
    "本科及以上学历，8年以上行业经验，其中3年以上管理经验。",
    "硕士及以上学历，具备相关专业资格证书。",
)
# name, definition, measure unit, target, direction, period
KPIS = (
    ("营业收入预算完成率", "实际营业收入 ÷ 年度营业收入预算 × 100%", "%", "≥100%", Direction.HIGHER, Period.YEAR),
    ("新增用户数", "考核期内新发展的用户数量", "户", "≥{n}户", Direction.HIGHER, Period.QUARTER),
    ("客户满意度", "第三方客户满意度测评得分（百分制）", "分", "≥85分", Direction.HIGHER, Period.YEAR),
    ("故障修复及时率", "按时修复的故障数 ÷ 故障总数 × 100%", "%", "≥98%", Direction.HIGHER, Period.MONTH),
    ("成本费用预算偏差率", "|实际成本费用 − 预算| ÷ 预算 × 100%", "%", "≤5%", Direction.LOWER, Period.QUARTER),
    ("安全生产责任事故数", "考核期内发生的安全生产责任事故起数", "起", "0起", Direction.LOWER, Period.YEAR),
    ("重点项目按期完成率", "按期完成的重点项目数 ÷ 重点项目总数 × 100%", "%", "≥95%", Direction.HIGHER, Period.YEAR),
    ("人均劳动生产率", "营业收入 ÷ 平均用工人数", "万元/人", "≥{n}万元/人", Direction.HIGHER, Period.YEAR),
    ("投诉处理及时率", "按时办结的投诉数 ÷ 投诉总数 × 100%", "%", "≥99%", Direction.HIGHER, Period.MONTH),
    ("员工培训覆盖率", "参加培训的员工数 ÷ 员工总数 × 100%", "%", "100%", Direction.TARGET, Period.YEAR),
)
RELATION_LABELS = (
    "营销计划与预算", "客户服务统筹", "网络资源需求协调", "投诉处理与服务监督", "渠道支撑",
    "前端需求与后端资源协调", "项目协同", "数据共享", "工程建设衔接", "人员调配",
)  # fmt: skip
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋志峰建国海东亮成"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀玲桂英红梅琳婷雪莉倩颖慧佳欣怡晶燕萍媛丹璐瑶薇蕾"
EDUCATION = ("本科", "大专", "硕士", "博士", "高中")
EDUCATION_WEIGHTS = (55, 20, 20, 2, 3)
_EDUCATION_CUMULATIVE = tuple(accumulate(EDUCATION_WEIGHTS))
_BIRTH_FIRST = date(1965, 1, 1).toordinal()
_BIRTH_SPAN = 36 * 365  # born 1965–2000
_REFERENCE = REFERENCE_DAY.toordinal()

# ----- unit kinds ------------------------------------------------------------------
# kind -> (unit type, manager title, deputy title, how many levels it naturally has below it)
KINDS = {
    "group": ("公司", "总经理", "副总经理", 99),
    "branch": ("分公司", "总经理", "副总经理", 99),
    "county": ("县局", "局长", "副局长", 4),
    "department": ("部门", "经理", "副经理", 3),
    "centre": ("中心", "主任", "副主任", 3),
    "section": ("组", "组长", "副组长", 2),
    "team": ("团队", "队长", "副队长", 1),
    "squad": ("团队", "小组长", "副小组长", 99),
}
# parent kind -> [(child kind, weight)]
CHILD_KINDS = {
    "group": [("branch", 60), ("department", 30), ("centre", 10)],
    "branch": [("branch", 40), ("county", 30), ("department", 50), ("centre", 20)],
    "county": [("department", 50), ("centre", 15), ("section", 35)],
    "department": [("section", 70), ("centre", 10), ("team", 20)],
    "centre": [("section", 60), ("team", 40)],
    "section": [("team", 100)],
    "team": [("squad", 100)],
    "squad": [("squad", 100)],
}


# ----- the shape of the tree -----------------------------------------------------------
def _children_wanted(rng: random.Random, depth: int) -> int:
    """How many children a unit that gets any has: many at the top, a few at the bottom."""
    if depth == 0:
        return rng.randint(6, MAX_CHILDREN)
    if depth == 1:
        return rng.randint(4, MAX_CHILDREN)
    if depth == 2:
        return rng.randint(3, 10)
    return rng.randint(MIN_CHILDREN, 8)


def _capacity(depth: int) -> int:
    return sum(MAX_CHILDREN**level for level in range(depth + 1))


def plan_tree(units: int, rng: random.Random) -> tuple[list[int], list[int]]:
    """Parent index and depth of every unit (index 0 is the top unit).

    Exactly `units` units; every unit with children has 2–12 of them (only a 2-unit tree,
    where that is impossible, has a single child); the deepest unit is 5–8 levels below
    the top whenever `units` allows that (at least 11 units).
    """
    if units < 1:
        raise ValueError("a document needs at least one unit")
    target_depth = rng.randint(MIN_DEPTH, MAX_DEPTH)
    while target_depth > 1 and 1 + MIN_CHILDREN * target_depth > units:
        target_depth -= 1
    while _capacity(target_depth) < units:
        target_depth += 1
    parents = [-1]
    depths = [0]
    child_counts = [0]
    remaining = units - 1
    open_leaves: list[int] = []  # leaves that may still get children
    growable: list[int] = []  # units with children that may take more

    def add_children(parent: int, count: int) -> list[int]:
        nonlocal remaining
        new = list(range(len(parents), len(parents) + count))
        for _ in new:
            parents.append(parent)
            depths.append(depths[parent] + 1)
            child_counts.append(0)
        if child_counts[parent] == 0:
            growable.append(parent)
        child_counts[parent] += count
        remaining -= count
        return new

    # A spine first, so the tree reaches the depth it was given.
    spine = 0
    for depth in range(target_depth):
        if remaining == 0:
            break
        reserve = MIN_CHILDREN * (target_depth - depth - 1)
        count = max(1, min(_children_wanted(rng, depth), remaining - reserve))
        children = add_children(spine, count)
        spine = rng.choice(children)
        open_leaves.extend(c for c in children if c != spine)
    if depths[spine] < target_depth:
        open_leaves.append(spine)
    open_leaves = [leaf for leaf in open_leaves if depths[leaf] < target_depth]

    while remaining > 0:
        if remaining >= MIN_CHILDREN and open_leaves:
            position = rng.randrange(len(open_leaves))
            leaf = open_leaves[position]
            open_leaves[position] = open_leaves[-1]
            open_leaves.pop()
            count = min(_children_wanted(rng, depths[leaf]), remaining)
            children = add_children(leaf, count)
        else:
            # One more child for a unit that already has some (keeps 2–12 per parent).
            position = rng.randrange(len(growable))
            parent = growable[position]
            if child_counts[parent] >= MAX_CHILDREN:
                growable[position] = growable[-1]
                growable.pop()
                continue
            children = add_children(parent, 1)
        open_leaves.extend(c for c in children if depths[c] < target_depth)
    return parents, depths


# ----- the document ---------------------------------------------------------------------
class _Generator:
    def __init__(self, units: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.units = units
        self.person_serial = 0
        self.relations_wanted = units // 50

    def build(self) -> Document:
        rng = self.rng
        parents, depths = plan_tree(self.units, rng)
        children: list[list[int]] = [[] for _ in parents]
        for index, parent in enumerate(parents):
            if parent >= 0:
                children[parent].append(index)
        heights = [0] * len(parents)
        for index in range(len(parents) - 1, 0, -1):  # children always come after their parent
            parent = parents[index]
            heights[parent] = max(heights[parent], heights[index] + 1)

        if rng.random() < 0.7:
            root_kind, root_name = "group", rng.choice(COMPANIES) + "集团公司"
            organisation = root_name
        else:
            province = rng.choice(PROVINCES)
            root_kind, root_name = "branch", f"{province}分公司"
            organisation = f"{rng.choice(COMPANIES)}{province}分公司"
        self.builder = DocumentBuilder(organisation, "合成的基准测试组织（虚构）")
        self.types = {name: t.id for name, t in self.builder.add_default_unit_types().items()}
        self.scenario = self.builder.add_scenario(DEFAULT_SCENARIO, "当前执行的组织架构", is_current=True)

        # Depth-first, parents before children, siblings in order (like a real import).
        units: list[Unit | None] = [None] * len(parents)
        managers: list[Position | None] = [None] * len(parents)
        manager_holders: list[int | None] = [None] * len(parents)
        kinds = [""] * len(parents)
        names = [""] * len(parents)
        kinds[0], names[0] = root_kind, root_name
        branch_level = [0] * len(parents)  # 分公司 above and including a unit
        branch_level[0] = 1 if root_kind == "branch" else 0
        stack = [0]
        while stack:
            index = stack.pop()
            parent = parents[index]
            parent_unit = None if parent < 0 else units[parent]
            unit = self.builder.add_unit(
                self.scenario,
                parent_unit,
                names[index],
                code=f"U{len(self.builder.document.tables['unit']) + 1:06d}",
                type_id=self.types[KINDS[kinds[index]][0]],
                description=self._unit_description(),
            )
            units[index] = unit
            boss = None if parent < 0 else managers[parent]
            boss_holder = None if parent < 0 else manager_holders[parent]
            managers[index], manager_holders[index] = self._staff_unit(
                unit, kinds[index], depths[index], boss, boss_holder
            )
            self._name_children(index, children[index], kinds, names, heights, depths, branch_level)
            stack.extend(reversed(children[index]))
        self._relations([u for u in units if u is not None], parents, children)
        return self.builder.document

    # ----- names and kinds -------------------------------------------------------------------
    def _name_children(
        self,
        parent: int,
        kids: list[int],
        kinds: list[str],
        names: list[str],
        heights: list[int],
        depths: list[int],
        branch_level: list[int],
    ) -> None:
        if not kids:
            return
        rng = self.rng
        parent_kind = kinds[parent]
        for kid in kids:
            options = [
                (kind, weight)
                for kind, weight in CHILD_KINDS[parent_kind]
                if KINDS[kind][3] >= heights[kid] and self._kind_fits(kind, depths[kid], branch_level[parent])
            ]
            if not options:  # a deep subtree under a small unit: the deepest kind that nests
                options = [(max(CHILD_KINDS[parent_kind], key=lambda kw: KINDS[kw[0]][3])[0], 1)]
            kinds[kid] = rng.choices([k for k, _ in options], [w for _, w in options])[0]
            branch_level[kid] = branch_level[parent] + (kinds[kid] == "branch")
        used: set[str] = set()
        pools: dict[str, list[str]] = {}
        counters: dict[str, int] = {}
        use_regions = parent_kind == "group" and sum(kinds[k] == "branch" for k in kids) <= len(REGIONS)
        use_regions = use_regions and rng.random() < 0.5
        for kid in kids:
            kind = kinds[kid]
            if kind in ("section", "team", "squad"):
                words = GROUP_WORDS if kind == "section" else TEAM_WORDS if kind == "team" else ("",)
                word = rng.choice(words)
                counters[word + kind] = number = counters.get(word + kind, 0) + 1
                suffix = {"section": "组", "team": "队", "squad": "小组"}[kind]
                name = f"{word}{CN_NUMBERS[number - 1]}{suffix}" if word else f"第{CN_NUMBERS[number - 1]}{suffix}"
            else:
                pool_key = kind
                if kind == "branch":
                    pool_key = (
                        "region" if use_regions else ("province", "city", "district")[min(branch_level[parent], 2)]
                    )
                pool = pools.get(pool_key)
                if pool is None:
                    source = {
                        "region": REGIONS,
                        "province": PROVINCES,
                        "city": CITIES,
                        "district": COUNTIES,
                        "county": COUNTIES,
                        "department": DEPARTMENTS,
                        "centre": CENTRES,
                    }[pool_key]
                    pool = pools[pool_key] = rng.sample(source, len(source))
                base = pool.pop()
                name = f"{base}县局" if kind == "county" else f"{base}分公司" if kind == "branch" else base
            while name in used:  # never happens with the pools above; a guard for edited lists
                name += "新"
            used.add(name)
            names[kid] = name

    @staticmethod
    def _kind_fits(kind: str, depth: int, parent_branch_level: int) -> bool:
        if kind == "branch":
            return parent_branch_level < 3 and depth <= 3
        if kind == "county":
            return depth >= 2
        return True

    def _unit_description(self) -> str:
        first, second = self.rng.sample(AREAS, 2)
        return f"负责{first}、{second}等工作。"

    # ----- posts, people, duties and KPIs -------------------------------------------------
    def _staff_unit(
        self, unit: Unit, kind: str, depth: int, boss: Position | None, boss_holder: int | None
    ) -> tuple[Position, int | None]:
        rng = self.rng
        builder = self.builder
        _, manager_title, deputy_title, _ = KINDS[kind]
        areas = rng.sample(AREAS, 2)
        manager = builder.add_position(
            unit,
            manager_title,
            code=f"{unit.code}-00",
            grade=f"M{max(1, 6 - depth)}",
            category="管理",
            headcount=1,
            reports_to_id=None if boss is None else boss.id,
            purpose=f"全面负责{unit.name}的经营管理工作，完成上级下达的目标任务。",
            qualifications=QUALIFICATIONS[2],
            is_manager=True,
        )
        posts = [manager]
        others = rng.randint(1, 3)
        titles = rng.sample(POSTS, others)
        if others >= 2 and rng.random() < 0.4:
            titles[0] = (deputy_title, "管理")
        for number, (title, category) in enumerate(titles, start=1):
            posts.append(
                builder.add_position(
                    unit,
                    title,
                    code=f"{unit.code}-{number:02d}",
                    grade=f"M{max(1, 5 - depth)}" if category == "管理" else f"P{rng.randint(3, 7)}",
                    category=category,
                    # Most posts are single posts (one 编制); a few are shared by 2-4 people.
                    headcount=rng.choices((1, 2, 3, 4), weights=(72, 18, 7, 3))[0],
                    reports_to_id=manager.id,
                    purpose=f"负责{unit.name}{rng.choice(areas)}相关工作。",
                    qualifications=rng.choice(QUALIFICATIONS),
                )
            )
        manager_holder: int | None = None
        for post in posts:
            for _ in range(post.headcount):
                if rng.random() < FILL_RATE:
                    person_id = self._person_in(post)
                    if post is manager:
                        manager_holder = person_id
        if manager_holder is None and boss_holder is not None and rng.random() < 0.5:
            # A vacant manager post is often run by the manager above (代理).
            builder.assign(builder.document.person(boss_holder), manager, AssignmentKind.ACTING, REFERENCE_DAY)
        self._duties(unit, posts, areas)
        self._kpis(unit, manager)
        return manager, manager_holder

    def _person_in(self, post: Position) -> int:
        # The hottest path (about five people per unit): random() and indexing instead of
        # choice()/randrange(), day numbers instead of timedelta arithmetic.
        r = self.rng.random
        self.person_serial += 1
        male = r() < 0.55
        given = GIVEN_MALE if male else GIVEN_FEMALE
        name = SURNAMES[int(r() * len(SURNAMES))] + given[int(r() * len(given))]
        if r() < 0.67:
            name += given[int(r() * len(given))]
        birth = _BIRTH_FIRST + int(r() * _BIRTH_SPAN)
        earliest_hire = birth + 22 * 365
        hire = earliest_hire + int(r() * (_REFERENCE - earliest_hire))
        start = hire + int(r() * (_REFERENCE - hire))
        code = f"E{self.person_serial:06d}"
        person = self.builder.add_person(
            code,
            name,
            gender="M" if male else "F",
            birth_date=date.fromordinal(birth),
            hire_date=date.fromordinal(hire),
            education=EDUCATION[bisect(_EDUCATION_CUMULATIVE, r() * _EDUCATION_CUMULATIVE[-1])],
            phone=f"1{'3589'[int(r() * 4)]}{int(r() * 1e9):09d}",
            email=f"{code.lower()}@example.com",
        )
        self.builder.assign(person, post, AssignmentKind.PRIMARY, date.fromordinal(start))
        return person.id

    def _duties(self, unit: Unit, posts: list[Position], areas: list[str]) -> None:
        r = self.rng.random
        add_duty = self.builder.add_duty
        total = 4 + int(r() * 3)  # 4–6 per unit, 2–4 of them the unit's own, the rest its posts'
        own = 2 + int(r() * (min(4, total) - 1))
        for number in range(total):
            owner_kind, owner_id = OwnerKind.UNIT, unit.id
            if number >= own:
                owner_kind, owner_id = OwnerKind.POSITION, posts[int(r() * len(posts))].id
            text = DUTY_TEMPLATES[int(r() * len(DUTY_TEMPLATES))].format(area=areas[int(r() * len(areas))])
            add_duty(owner_kind, owner_id, text)

    def _kpis(self, unit: Unit, manager: Position) -> None:
        rng = self.rng
        chosen = rng.sample(KPIS, rng.choice((1, 2, 2)))
        weights = (100.0,) if len(chosen) == 1 else rng.choice(((60.0, 40.0), (50.0, 50.0), (70.0, 30.0)))
        for number, ((name, definition, measure, target, direction, period), weight) in enumerate(
            zip(chosen, weights, strict=True)
        ):
            owner_kind, owner_id = OwnerKind.UNIT, unit.id
            if number == 1 and rng.random() < 0.3:
                owner_kind, owner_id = OwnerKind.POSITION, manager.id
            self.builder.add_kpi(
                owner_kind,
                owner_id,
                name,
                definition=definition,
                measure_unit=measure,
                target=target.format(n=rng.randint(2, 50) * 100),
                weight=weight,
                period=str(period),
                direction=str(direction),
            )

    def _relations(self, units: list[Unit], parents: list[int], children: list[list[int]]) -> None:
        """Cooperation between sibling units (as in the sample's 协作关系)."""
        rng = self.rng
        families = [kids for kids in children if len(kids) >= 2]
        made: set[tuple[int, int]] = set()
        attempts = 0
        while len(made) < self.relations_wanted and families and attempts < 10 * self.relations_wanted:
            attempts += 1
            first, second = rng.sample(rng.choice(families), 2)
            if (first, second) in made:
                continue
            made.add((first, second))
            self.builder.add_relation(
                self.scenario, units[first], units[second], "cooperation", rng.choice(RELATION_LABELS)
            )


def generate_document(units: int, seed: int = 1) -> Document:
    """A synthetic organisation with exactly `units` units, the same for the same seed."""
    return _Generator(units, seed).build()


def describe(document: Document) -> str:
    from orgdesk.domain.analysis import max_depth

    scenario = document.current_scenario()
    depth = 0 if scenario is None else max_depth(document, scenario.id)
    counts = ", ".join(
        f"{document.count(kind)} {label}"
        for kind, label in (
            ("unit", "units"),
            ("position", "posts"),
            ("person", "people"),
            ("assignment", "assignments"),
            ("duty", "duties"),
            ("kpi", "KPIs"),
            ("relation", "relations"),
        )
    )
    return f"{counts}, depth {depth}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic OrgDesk document for benchmarks.")
    parser.add_argument("--units", type=int, required=True, help="number of units (exact)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("out", type=Path, help="the .orgdesk file to write")
    args = parser.parse_args(argv)
    if args.units < 1:
        parser.error("--units must be at least 1")

    from orgdesk.store.files import DocumentError
    from orgdesk.store.store import Store

    started = time.perf_counter()
    document = generate_document(args.units, args.seed)
    built = time.perf_counter()
    try:
        Store.create(args.out, document, overwrite=args.force).close()
    except DocumentError as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 2
    written = time.perf_counter()
    print(
        f"{args.out}: {describe(document)} (seed {args.seed}; "
        f"built in {built - started:.2f} s, written in {written - built:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
