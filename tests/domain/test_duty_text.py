"""The duty-text parser: what a planner sees after pasting a duty list (职责) into OrgDesk."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesk.domain.duty_text import DutyItem, duties_to_json, parse_duties

SEED_FILE = Path(__file__).resolve().parent.parent / "data" / "seeds" / "telecom-departments-duties.txt"


def parsed(text: str) -> list[tuple[int, str]]:
    """(level, text) pairs: shorter to read in assertions than DutyItem reprs."""
    return [(item.level, item.text) for item in parse_duties(text)]


def levels(text: str) -> list[int]:
    return [item.level for item in parse_duties(text)]


# ----- numbering forms ---------------------------------------------------------------------------
# fmt: off
NUMBER_FORMS = [
    "1.", "1．", "1、", "1)", "1）", "12.", "(1)", "（1）", "( 1 )", ",1,", "，1，",
    "①", "⑩", "⑳", "⑴", "⒈",
    "一、", "一.", "一．", "(一)", "（一）", ",一,", "，一，",
    "十、", "十一、", "十四、", "二十、", "九十九、", "（十四）", ",十五,", "(二十三)",
    "3(", "10(",
]
# fmt: on


@pytest.mark.parametrize("number", NUMBER_FORMS)
def test_each_numbering_form_gives_one_item_without_its_number(number: str) -> None:
    assert parsed(f"{number}负责营收管理。") == [(1, "负责营收管理。")]


@pytest.mark.parametrize("indent", ["  ", "\t", "\u3000", "\u3000\u3000", "\xa0", "\ufeff"])
def test_numbering_may_be_indented(indent: str) -> None:
    assert parsed(f"{indent}1.负责营收管理。\n{indent}2.统筹品牌宣传。") == [
        (1, "负责营收管理。"),
        (1, "统筹品牌宣传。"),
    ]


def test_a_list_bullet_before_the_number_is_dropped() -> None:
    assert parsed("- 1、负责营收管理。\n• 2、统筹品牌。\n·(1)宣传。") == [
        (1, "负责营收管理。"),
        (1, "统筹品牌。"),
        (2, "宣传。"),
    ]
    assert parsed("- 负责营收管理。") == [(0, "- 负责营收管理。")]


def test_space_after_the_number_is_not_part_of_the_text() -> None:
    assert parsed("1.  负责营收管理。   \n（2）\u3000统筹品牌宣传。\t") == [
        (1, "负责营收管理。"),
        (2, "统筹品牌宣传。"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "3.5倍的增长目标",
        "4.2%的市场份额",
        "2023年工作计划",
        "2023.12.31前完成",
        "5G网络建设",
        "10000号运营中心主要职责",
        "13800138000",
        "ICT项目管理",
        "VIP客户服务",
        "一站服务",
        "十分重要的工作",
        "二十一世纪",
        "十十、不是数字",
        "一百、超出范围",
    ],
)
def test_text_that_only_looks_numbered_is_not_an_item(line: str) -> None:
    # Alone it is a heading; after an item it is the rest of that item.
    assert parsed(line) == [(0, line)]
    assert parsed(f"1.负责\n{line}") == [(1, f"负责{line}")]


# ----- levels ---------------------------------------------------------------------------------------
def test_chinese_headings_with_arabic_items_nest() -> None:
    text = "一、市场规划\n1.市场调研。\n2.制定规划。\n二、经营分析\n1.统计报表。"
    assert parsed(text) == [
        (1, "市场规划"),
        (2, "市场调研。"),
        (2, "制定规划。"),
        (1, "经营分析"),
        (2, "统计报表。"),
    ]


def test_ocr_numbers_nest_like_the_real_ones() -> None:
    text = "9(统筹积分回馈规则。\n,1,负责制订积分管理办法。\n,2,负责积分系统建设。\n10(负责客户俱乐部。"
    assert levels(text) == [1, 2, 2, 1]


def test_levels_follow_the_order_styles_first_appear_in() -> None:
    # Word outline behaviour: whichever style comes first is the top level, a new style nests,
    # and a style seen before closes the lists opened after it.
    text = "(一)甲\n①乙\n1.丙\n②丁\n(二)戊\n1.己"
    assert levels(text) == [1, 2, 3, 2, 1, 2]


def test_five_styles_nest_five_deep_and_pop_back_to_the_top() -> None:
    text = "一、a\n(一)b\n1.c\n(1)d\n①e\n二、f"
    assert levels(text) == [1, 2, 3, 4, 5, 1]


def test_forms_of_the_same_style_stay_on_one_level() -> None:
    assert levels("1.a\n2、b\n3)c\n4(d\n5）e\n6．f") == [1] * 6
    assert levels("一、a\n(1)b\n,2,c\n（3）d") == [1, 2, 2, 2]
    assert levels("(一)a\n,二,b\n（三）c") == [1, 1, 1]


# ----- continuation lines -------------------------------------------------------------------------
def test_a_word_broken_over_two_lines_is_joined_without_a_space() -> None:
    assert parsed("1.制定广告策划方案~编\n制费用预算。\n2.统筹渠道。") == [
        (1, "制定广告策划方案，编制费用预算。"),
        (1, "统筹渠道。"),
    ]


def test_latin_words_broken_over_two_lines_get_one_space() -> None:
    assert parsed("1.Support the\nsales team.") == [(1, "Support the sales team.")]


def test_latin_next_to_chinese_gets_no_space() -> None:
    assert parsed("1.研究三网融合与IPTV\n运营。") == [(1, "研究三网融合与IPTV运营。")]
    assert parsed("1.负责\nICT项目。") == [(1, "负责ICT项目。")]


def test_an_unnumbered_sentence_after_an_item_belongs_to_that_item() -> None:
    text = "1.制定服务标准和规范。\n深入领会集团公司服务政策。\n2.负责客户满意度管理。"
    assert parsed(text) == [
        (1, "制定服务标准和规范。深入领会集团公司服务政策。"),
        (1, "负责客户满意度管理。"),
    ]


def test_blank_lines_are_ignored() -> None:
    assert parsed("\n\n市场部主要职责:\n\n1.负责\n\n   \n营收管理。\n\u3000\n2.统筹。\n\n") == [
        (0, "市场部主要职责"),
        (1, "负责营收管理。"),
        (1, "统筹。"),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\v"])
def test_any_line_break_separates_lines(newline: str) -> None:
    assert parsed(newline.join(["职责:", "1.负责", "营收。", "2.统筹。"])) == [
        (0, "职责"),
        (1, "负责营收。"),
        (1, "统筹。"),
    ]


def test_a_number_alone_on_its_line_takes_the_next_line_as_its_text() -> None:
    assert parsed("1.\n负责营收管理。\n2.\n统筹品牌。") == [(1, "负责营收管理。"), (1, "统筹品牌。")]


# ----- heading line -------------------------------------------------------------------------------
@pytest.mark.parametrize("colon", [":", "：", " :", "：\u3000", ""])
def test_a_leading_unnumbered_line_is_a_heading_without_its_colon(colon: str) -> None:
    assert parsed(f"市场部主要职责{colon}\n1.营收管理。") == [(0, "市场部主要职责"), (1, "营收管理。")]


def test_only_lines_before_the_first_item_are_headings() -> None:
    text = "电信运营商部门组织架构\n市场部主要职责:\n1.营收管理。\n市场部其他职责:"
    assert parsed(text) == [
        (0, "电信运营商部门组织架构"),
        (0, "市场部主要职责"),
        (1, "营收管理。市场部其他职责:"),
    ]


def test_a_heading_alone_is_still_shown() -> None:
    assert parsed("市场部主要职责：") == [(0, "市场部主要职责")]


def test_a_colon_is_only_removed_from_headings() -> None:
    assert parsed("11(客户维系与关怀:\n,1,制订客户维系目标。") == [(1, "客户维系与关怀:"), (2, "制订客户维系目标。")]


# ----- inline numbering ---------------------------------------------------------------------------
def test_inline_numbered_items_are_split() -> None:
    assert parsed("市场部职责1、负责A;2、负责B;3、负责C。") == [
        (0, "市场部职责"),
        (1, "负责A"),
        (1, "负责B"),
        (1, "负责C。"),
    ]


@pytest.mark.parametrize("separator", [";", "；", ",", "，", "。", ":", " ", "\u3000", "；\u3000", ""])
def test_separators_before_an_inline_number_are_trimmed(separator: str) -> None:
    assert parsed(f"职责：1.负责甲{separator}2.负责乙。") == [(0, "职责"), (1, "负责甲"), (1, "负责乙。")]


def test_a_paste_with_all_items_on_one_line_is_split() -> None:
    assert parsed("1、负责营销。2、负责渠道。3、负责服务。") == [(1, "负责营销"), (1, "负责渠道"), (1, "负责服务。")]


def test_inline_items_wrapped_over_lines_are_split() -> None:
    assert parsed("市场部职责：1、负责市场\n研究；2、负责营销\n计划。") == [
        (0, "市场部职责"),
        (1, "负责市场研究"),
        (1, "负责营销计划。"),
    ]


def test_a_heading_line_before_an_inline_list_stays_a_heading() -> None:
    assert parsed("电信运营商部门组织架构\n市场部职责：1、负责A；2、负责B") == [
        (0, "电信运营商部门组织架构"),
        (0, "市场部职责"),
        (1, "负责A"),
        (1, "负责B"),
    ]


def test_a_line_starting_an_inline_list_gives_no_empty_item() -> None:
    assert parsed("- 1、负责A；2、负责B") == [(1, "负责A"), (1, "负责B")]
    assert parsed("（一）1、负责A；2、负责B") == [(1, ""), (2, "负责A"), (2, "负责B")]


def test_a_line_after_an_inline_list_continues_its_last_item() -> None:
    assert parsed("职责：1、负责A；2、负责B\n和C。\n其他") == [(0, "职责"), (1, "负责A"), (1, "负责B和C。其他")]


def test_inline_items_nest_under_a_numbered_line() -> None:
    assert parsed("一、市场部职责：1.负责A；2.负责B。\n二、政企客户部") == [
        (1, "市场部职责"),
        (2, "负责A"),
        (2, "负责B。"),
        (1, "政企客户部"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "市场部职责1、负责营收管理。",  # a single number
        "负责2、3号线和4、5号线。",  # numbers followed by numbers
        "负责第1、2、3季度的预算。",
        "职责2、负责A；3、负责B。",  # not starting at 1
        "职责1、负责A；3、负责B。",  # not consecutive
        "职责1、负责A；2.负责B。",  # two different ways of writing the numbers
        "提升3.5倍，占比4.2%，2023年建设5G、ICT和VIP，拨打10000号或13800138000。",
        "负责V1.2版本和附件1.2的修订。",
        "负责1、",
    ],
)
def test_numbers_inside_a_sentence_do_not_split_it(line: str) -> None:
    assert parsed(line) == [(0, line)]
    assert parsed(f"(1){line}") == [(1, line)]


def test_inline_items_keep_decimals_years_and_codes_intact() -> None:
    text = "职责：1、负责ICT和VIP业务，5G覆盖率提升4.2%即3.5倍；2、自2023年起运营10000号，热线13800138000。"
    assert parsed(text) == [
        (0, "职责"),
        (1, "负责ICT和VIP业务，5G覆盖率提升4.2%即3.5倍"),
        (1, "自2023年起运营10000号，热线13800138000。"),
    ]


# ----- "~" and text normalisation -----------------------------------------------------------------
def test_tilde_becomes_a_chinese_comma() -> None:
    assert parsed("1.收集市场信息~制定市场规划~提出实施方案。") == [(1, "收集市场信息，制定市场规划，提出实施方案。")]


def test_tilde_in_a_heading_and_a_continuation_also_becomes_a_comma() -> None:
    assert parsed("市场~规划:\n1.a\n~b") == [(0, "市场，规划"), (1, "a，b")]


def test_other_text_is_left_as_typed() -> None:
    line = "10(负责客户俱乐部的规划,含机场/车站VIP通道,、建设和运营管理！"
    assert parsed(line) == [(1, line[3:])]


# ----- OCR'd numbering in the real documents ---------------------------------------------------------
def test_ocr_commas_for_brackets() -> None:
    assert parsed(",三,业务流程管理\n1.制定业务流程。") == [(1, "业务流程管理"), (2, "制定业务流程。")]
    assert parsed("，十二，产品发展规划\n1.制定规划。\n3(组织产品推广和营销~促进产品销售。") == [
        (1, "产品发展规划"),
        (2, "制定规划。"),
        (2, "组织产品推广和营销，促进产品销售。"),
    ]


def test_commas_inside_a_line_are_not_numbers() -> None:
    line = "2.负责县,市,分公司电话营销和网,掌,厅的运营推广。"
    assert parsed(line) == [(1, line[2:])]


# ----- JSON ---------------------------------------------------------------------------------------
def test_duties_to_json() -> None:
    items = parse_duties("市场部主要职责:\n1.营收管理。\n(1)收入预算。")
    assert duties_to_json(items) == [
        {"level": 0, "text": "市场部主要职责"},
        {"level": 1, "text": "营收管理。"},
        {"level": 2, "text": "收入预算。"},
    ]
    assert duties_to_json([]) == []
    assert parse_duties("") == []
    assert parse_duties(" \n\u3000\n") == []


def test_items_are_plain_immutable_values() -> None:
    item = DutyItem(1, "营收管理。")
    assert item == DutyItem(1, "营收管理。")
    with pytest.raises(AttributeError):
        item.text = "x"  # type: ignore[misc]


# ----- the real documents ----------------------------------------------------------------------------
_DEPARTMENT = re.compile(r"[一二三四五]、(?P<name>.+?)(?:职责及岗位设置|基准岗位设置及主要职责)")
_MAIN_DUTIES = re.compile(r"(?P<title>.+主要职责)[:：]")
_SUBSECTION = re.compile(r"(?:[,，(（][一二三四五六七八九十]+[,，)）]|[一二三四五六七八九十]+、)(?P<title>.+)")


@dataclass
class Section:
    department: str
    title: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def seed_sections(text: str) -> list[Section]:
    """The seed document cut into duty lists.

    Each department ("一、市场部职责及岗位设置") has a main list ("市场部主要职责:" + items) and
    numbered sub-lists ("一、市场规划", ",三,业务流程管理", "(十四)信息内容管理") of items.  The
    title and the download site's notice before the first department are no duty list.
    """
    sections: list[Section] = []
    department: str | None = None
    for line in text.splitlines():
        if match := _DEPARTMENT.fullmatch(line):
            department = match["name"]
        elif department is None:
            continue
        elif (match := _MAIN_DUTIES.fullmatch(line)) or (match := _SUBSECTION.fullmatch(line)):
            sections.append(Section(department, match["title"], [line]))
        else:
            sections[-1].lines.append(line)
    return sections


# (department, list title) -> (items at level 1, items at level 2), counted by reading the text.
# Main lists also have their title as a level-0 heading; sub-lists have it as their one level-1 item.
EXPECTED_COUNTS: dict[tuple[str, str], tuple[int, int]] = {
    ("市场部", "市场部主要职责"): (6, 0),
    ("市场部", "市场规划"): (1, 4),
    ("市场部", "经营分析及预算"): (1, 5),
    ("市场部", "业务流程管理"): (1, 5),
    ("市场部", "服务管理"): (1, 4),
    ("市场部", "品牌与宣传管理"): (1, 5),
    ("市场部", "互联互通"): (1, 5),
    ("市场部", "商务拓展管理"): (1, 3),
    ("市场部", "资费与价格管理"): (1, 5),
    ("市场部", "渠道统筹管理"): (1, 7),
    ("市场部", "营销管控"): (1, 4),
    ("市场部", "号卡管理"): (1, 4),
    ("市场部", "产品发展规划"): (1, 3),
    ("市场部", "监管事务"): (1, 5),
    ("市场部", "信息内容管理"): (1, 6),
    ("市场部", "信息采编维"): (1, 3),
    ("政企客户部", "政企客户部主要职责"): (7, 0),
    ("政企客户部", "营销分析"): (1, 4),
    ("政企客户部", "营销策划"): (1, 5),
    ("政企客户部", "行业经理"): (1, 11),
    ("政企客户部", "客户经理"): (1, 5),
    ("政企客户部", "销售经理"): (1, 5),
    ("政企客户部", "售前支持"): (1, 6),
    ("政企客户部", "项目经理"): (1, 6),
    ("政企客户部", "一站服务"): (1, 4),
    ("政企客户部", "商务经理"): (1, 5),
    ("公众客户部", "公众客户部主要职责"): (13, 0),
    ("公众客户部", "营销分析"): (1, 4),
    ("公众客户部", "营销策划"): (1, 5),
    ("公众客户部", "社会渠道经理"): (1, 6),
    ("公众客户部", "销售服务支撑"): (1, 3),
    ("公众客户部", "销售经理"): (1, 5),
    ("公众客户部", "VIP客户服务经理"): (1, 4),
    ("公众客户部", "号卡管理"): (1, 4),
    ("公众客户部", "服务投诉处理"): (1, 3),
    ("公众客户部", "客户关系支撑"): (1, 4),
    ("公众客户部", "信息安全管理"): (1, 4),
    ("客户服务部", "客户服务部主要职责"): (20, 8),
    ("客户服务部", "服务质量监督"): (1, 4),
    ("客户服务部", "服务知识库管理"): (1, 5),
    ("客户服务部", "服务投诉处理"): (1, 3),
    ("客户服务部", "网、掌厅应用推广"): (1, 5),
    ("客户服务部", "客户关系支撑"): (1, 4),
    ("10000号运营中心", "10000号运营中心主要职责"): (4, 0),
}


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sections(seed_text: str) -> dict[tuple[str, str], Section]:
    return {(s.department, s.title): s for s in seed_sections(seed_text)}


def test_the_seed_file_is_cut_into_every_duty_list(seed_text: str) -> None:
    found = [(s.department, s.title) for s in seed_sections(seed_text)]
    assert len(found) == len(set(found)) == 44
    assert found == list(EXPECTED_COUNTS)


@pytest.mark.parametrize("key", list(EXPECTED_COUNTS), ids=["/".join(key) for key in EXPECTED_COUNTS])
def test_every_seed_duty_list_gives_the_counted_items(
    sections: dict[tuple[str, str], Section], key: tuple[str, str]
) -> None:
    _, title = key
    items = parse_duties(sections[key].text)
    counts = [sum(item.level == level for item in items) for level in range(4)]
    is_main_list = title.endswith("主要职责")
    assert counts == [int(is_main_list), *EXPECTED_COUNTS[key], 0]
    assert items[0] == (DutyItem(0, title) if is_main_list else DutyItem(1, title))
    assert all(item.text and "~" not in item.text for item in items)


def test_seed_marketing_main_duties(sections: dict[tuple[str, str], Section]) -> None:
    assert parsed(sections["市场部", "市场部主要职责"].text) == [
        (0, "市场部主要职责"),
        (1, "负责某分公司市场研究分析，包括竞争动态、市场情报收集和全市市场经营分析等。"),
        (1, "负责营销计划、经营策略及全市营销方案的策划和制定。"),
        (1, "统筹品牌的宣传和推广。"),
        (1, "统筹渠道的规划和协调。"),
        (1, "统筹新产品的开发和推广。"),
        (1, "营收管理。"),
    ]


def test_seed_one_stop_service_block(sections: dict[tuple[str, str], Section]) -> None:
    assert parsed(sections["政企客户部", "一站服务"].text) == [
        (1, "一站服务"),
        (2, "承担业务一站服务开通及时率、账务结算率指标。"),
        (2, "负责承接业务一站服务环节的有效运行操作，落实营销部门签订的合同、协议等相关内容。"),
        (
            2,
            "负责一站服务帐务处理与结算流程、规定的运作与监控，负责按结算规范做好一站服务签约业务的结算工作，"
            "做好一站服务帐务的生成、稽核管理。",
        ),
        (2, "负责渠道BSS系统、需求分析、数据管理。"),
    ]


def test_seed_customer_service_main_duties_nest_ocr_numbers(sections: dict[tuple[str, str], Section]) -> None:
    items = parse_duties(sections["客户服务部", "客户服务部主要职责"].text)
    assert [item.level for item in items] == [0] + [1] * 9 + [2] * 4 + [1] * 2 + [2] * 4 + [1] * 9
    assert items[9] == DutyItem(1, "统筹积分回馈规则，并组织实施。")
    assert items[10] == DutyItem(2, "负责制订、完善电信积分管理办法,制订客户积分兑换活动方案，组织实施和分析。")
    assert items[15] == DutyItem(1, "客户维系与关怀:")
    assert items[-1] == DutyItem(1, "负责建设和完善服务质量内部监督机制。")


@pytest.mark.parametrize(
    ("key", "index", "text"),
    [
        (
            ("市场部", "品牌与宣传管理"),
            1,
            "制定各类产品分客户群广告策划方案和宣传设计，编制费用预算，根据批复组织实施，并做好方案的评估和宣传的检查，"
            "提出考核意见。",
        ),
        (("市场部", "商务拓展管理"), 3, "负责后向客户合作协议的制定、管理，完成后向客户的合作与分成。"),
        (
            ("市场部", "市场规划"),
            4,
            "制定市场发展策略、客户分群策略。最大限度创造企业利润，提高经营管理水平，创造最佳经营业绩。",
        ),
        (("市场部", "产品发展规划"), 3, "组织产品推广和营销，促进产品销售。"),
        (
            ("政企客户部", "项目经理"),
            3,
            "参与ICT项目投标，负责协调ICT项目各方面实施资源、组建实施团队、组织制定全程端到端协同实施计划，"
            "协助、管控售中实施部门按计划完成项目，组织重大项目的交付验收。",
        ),
        (
            ("公众客户部", "公众客户部主要职责"),
            8,
            "负责宽带和互联网的的业务拓展、互联网信息安全、研究三网融合与IPTV运营。",
        ),
        (
            ("客户服务部", "服务质量监督"),
            4,
            "负责投诉处理日常管理、业务指导和总结分析，撰写分析报告，及时反馈相关信息。",
        ),
    ],
)
def test_seed_wrapped_lines_are_joined(
    sections: dict[tuple[str, str], Section], key: tuple[str, str], index: int, text: str
) -> None:
    assert parse_duties(sections[key].text)[index].text == text


def test_the_whole_seed_file_parses_as_one_paste(seed_text: str) -> None:
    items = parse_duties(seed_text)
    title = "电信运营商部门组织架构"
    # The download site's notes are a numbered list ("- 1、…"); the title repeated after them
    # continues the last note.
    notes = seed_text.splitlines()[1:4]
    assert [note[:4] for note in notes] == ["- 1、", "- 2、", "- 3、"]
    assert items[:4] == [
        DutyItem(0, title),
        DutyItem(1, notes[0][4:]),
        DutyItem(1, notes[1][4:]),
        DutyItem(1, notes[2][4:] + title),
    ]
    # Every numbered line is an item: the lists' items, the three notes and the five department lines.
    numbered = sum(sum(counts) for counts in EXPECTED_COUNTS.values())
    assert numbered == 279
    assert sum(item.level > 0 for item in items) == numbered + 3 + 5
    assert sum(item.level == 0 for item in items) == 1
    assert "~" not in "".join(item.text for item in items)


# ----- speed --------------------------------------------------------------------------------------
def _assert_fast(text: str) -> list[DutyItem]:
    start = time.perf_counter()
    items = parse_duties(text)
    elapsed = time.perf_counter() - start
    # Linear parsing takes well under a second; quadratic takes minutes. The wide margin keeps a
    # busy machine from failing the test (speed itself is measured in benchmarks/).
    assert elapsed < 10.0, f"{len(text):,} characters took {elapsed:.2f} s"
    return items


@pytest.mark.slow
def test_five_megabytes_of_random_unicode_parse_quickly() -> None:
    rng = random.Random(20240611)
    code_points = [c for c in rng.sample(range(0x20, 0x30000), 4000) if not 0xD800 <= c <= 0xDFFF]
    alphabet = [chr(c) for c in code_points] + list("0123456789.．、()（）,，一二十①⑴⒈~:：;；。 \u3000\n")
    _assert_fast("".join(rng.choices(alphabet, k=5_000_000)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        lambda rng: "".join(rng.choices("0123456789、", k=1_000_000)),
        lambda rng: "".join(rng.choices("0123456789、、、", k=1_000_000)),
        lambda rng: "1、" * 500_000,
        lambda rng: "、".join(str(n) for n in range(1, 200_000)),
        lambda rng: "、、".join(str(n) for n in range(1, 150_000)),
        lambda rng: "1." * 500_000,
        lambda rng: "(" + " " * 1_000_000,
        lambda rng: "，" * 1_000_000 + "一",
        lambda rng: " " * 1_000_000 + "x" + " " * 1_000_000,
    ],
    ids=[
        "random-digits-and-dun",
        "random-digits-and-more-dun",
        "1dun-repeated",
        "counting-with-dun",
        "counting-with-double-dun",
        "1dot-repeated",
        "open-paren-and-spaces",
        "commas",
        "spaces",
    ],
)
def test_one_megabyte_lines_parse_quickly(make: Callable[[random.Random], str]) -> None:
    _assert_fast(make(random.Random(7)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "市场部主要职责\n" * 40_000,
        "1、负责营收管理。\n" * 40_000,
        "1.负责营收管理。\n" + "统筹品牌\n" * 200_000,
        "市场部职责：1、负责A；2、负责B\n" + "统筹品牌\n" * 200_000,
        "一、市场规划\n1.市场调研。\n(1)收集信息。\n" * 15_000,
    ],
    ids=["headings", "items", "continuations", "inline-list-continuations", "nested-items"],
)
def test_many_short_lines_parse_in_linear_time(text: str) -> None:
    # Sized so that anything quadratic in the number of lines would take minutes.
    assert _assert_fast(text)


def test_a_long_inline_list_is_split_into_every_item() -> None:
    text = "、、".join(str(n) for n in range(1, 1200))
    items = parse_duties(text)
    # Numbers have at most three digits, so the run stops at 999; "1000" onwards is text.
    assert len(items) == 999
    assert items[0] == DutyItem(1, "、")
    assert items[-1].text.startswith("、1000、、1001、、")


# ----- properties ---------------------------------------------------------------------------------
# fmt: off
_PIECES = [
    "1.", "2.", "1、", "2、", "3、", "3(", "10(", "(1)", "（2）", ",1,", "，二，", "①", "⑳", "⑴", "⒈",
    "一、", "十四.", "(三)", "3.5", "4.2%", "5G", "ICT", "10000号", "2023年",
    "~", ":", "：", ";", "；", "。", "，", " ", "\u3000", "\n", "\n\n", "\r\n", "- ", "•",
    "市场部", "负责", "职责", "a", "Word", "x y",
]
# fmt: on
duty_like_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
duty_like_characters = st.text(alphabet="0123456789.．、()（）,，一二三十①⑳⑴⒈~:：;；。 \u3000\n-•A市责")
any_text = st.one_of(st.text(), duty_like_text, duty_like_characters)

# One distinct style per level.  "1)" rather than "1." for the top level: an item's text may
# contain "2." (e.g. "(1)甲2.乙"), which a rendered "1." in front of it would turn into an inline list.
_RENDER_STYLES = ("1)", "(1)", "①", "一、", "(一)")


def render(items: list[DutyItem]) -> str:
    return "\n".join(
        item.text if item.level == 0 else f"{_RENDER_STYLES[item.level - 1]} {item.text}" for item in items
    )


@given(any_text)
@settings(max_examples=400)
def test_never_raises_and_gives_items(text: str) -> None:
    items = parse_duties(text)
    assert all(isinstance(item, DutyItem) for item in items)
    assert duties_to_json(items) == [{"level": item.level, "text": item.text} for item in items]


@given(any_text)
@settings(max_examples=400)
def test_output_never_contains_a_tilde(text: str) -> None:
    assert all("~" not in item.text for item in parse_duties(text))


@given(any_text)
@settings(max_examples=400)
def test_levels_never_jump_more_than_one_deeper(text: str) -> None:
    previous = 0
    for item in parse_duties(text):
        assert 0 <= item.level <= previous + 1
        assert item.level <= len(_RENDER_STYLES)
        previous = item.level


@given(any_text)
@settings(max_examples=400)
def test_headings_only_come_before_the_first_item(text: str) -> None:
    items = parse_duties(text)
    first_item = next((i for i, item in enumerate(items) if item.level > 0), len(items))
    assert all(item.level > 0 for item in items[first_item:])


@given(any_text)
@settings(max_examples=400)
def test_text_is_trimmed(text: str) -> None:
    for item in parse_duties(text):
        assert item.text == item.text.strip()
        assert "\n" not in item.text


@given(any_text)
@settings(max_examples=600)
def test_rendering_the_items_as_numbered_lines_parses_back_to_the_same_items(text: str) -> None:
    items = parse_duties(text)
    assert parse_duties(render(items)) == items


def test_rendering_round_trip_on_the_seed_file(seed_text: str) -> None:
    items = parse_duties(seed_text)
    assert parse_duties(render(items)) == items
    for section in seed_sections(seed_text):
        section_items = parse_duties(section.text)
        assert parse_duties(render(section_items)) == section_items
