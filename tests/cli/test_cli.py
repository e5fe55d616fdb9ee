"""The command line as a user runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

DEPARTMENTS = ["市场部", "政企客户部", "公众客户部", "客户服务部", "10000号运营中心"]


def orgdesk(*args: str, stdin: str | None = None, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": lang, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "orgdesk", *args], capture_output=True, text=True, input=stdin, env=env, timeout=120
    )


def _info(path: Path, *extra: str) -> dict[str, Any]:
    result = orgdesk("info", str(path), "--json", *extra)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_new_sample_then_info_shows_the_five_departments_with_posts_duties_and_kpis(tmp_path: Path) -> None:
    path = tmp_path / "公司架构.orgdesk"
    created = orgdesk("new", str(path), "--sample")
    assert created.returncode == 0, created.stderr
    info = _info(path)
    for key in ("units", "positions", "people", "assignments", "duties", "kpis", "relations", "max_depth"):
        assert isinstance(info[key], int)
    assert info["scenarios"] == ["现行架构", "前后端型", "产品主导型", "客户主导型"]
    root = info["root"]
    assert root["name"] == "某电信分公司" and root["type"] == "分公司"
    assert [child["name"] for child in root["children"]] == DEPARTMENTS
    gov = root["children"][1]
    titles = [p["title"] for p in gov["positions"]]
    assert titles[1:] == [
        "营销分析",
        "营销策划",
        "行业经理",
        "客户经理",
        "销售经理",
        "售前支持",
        "项目经理",
        "一站服务",
        "商务经理",
    ]
    assert len(gov["duties"]) == 7
    one_stop = next(p for p in gov["positions"] if p["title"] == "一站服务")
    assert {"一站服务开通及时率", "账务结算率"} <= set(one_stop["kpis"])
    assert len(one_stop["duties"]) == 4
    for department in root["children"]:
        assert department["duties"] and department["kpis"], department["name"]
        assert {"name", "type", "headcount", "filled", "positions", "children"} <= set(department)
    assert info["max_depth"] == 1
    assert root["total_headcount"] == sum(d["total_headcount"] for d in root["children"]) + root["headcount"]


def test_info_of_another_scenario_and_a_missing_scenario(tmp_path: Path) -> None:
    path = tmp_path / "s.orgdesk"
    orgdesk("new", str(path), "--sample")
    model = _info(path, "--scenario", "前后端型")
    assert model["scenario"] == "前后端型" and model["max_depth"] >= 2
    missing = orgdesk("info", str(path), "--scenario", "方案Z")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "方案Z" in missing.stderr and "前后端型" in missing.stderr


def test_info_text_lists_counts_and_the_tree(tmp_path: Path) -> None:
    path = tmp_path / "s.orgdesk"
    orgdesk("new", str(path), "--sample")
    result = orgdesk("info", str(path))
    assert result.returncode == 0
    assert "Units: 6" in result.stdout
    for name in DEPARTMENTS:
        assert f"  {name} [" in result.stdout


def test_new_empty_document_has_one_root_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "新公司.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    info = _info(path)
    assert info["units"] == 1 and info["root"]["name"] == "新公司" and info["root"]["children"] == []


def test_new_refuses_to_replace_a_file_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "a.orgdesk"
    path.write_text("my notes")
    refused = orgdesk("new", str(path))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert path.read_text() == "my notes"
    assert orgdesk("new", str(path), "--force").returncode == 0
    assert _info(path)["units"] == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"just text\n" * 20, "not an OrgDesk document"),
        (b"", "not an OrgDesk document"),
    ],
)
def test_bad_files_give_one_line_and_exit_2(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.orgdesk"
    path.write_bytes(content)
    result = orgdesk("info", str(path))
    assert result.returncode == 2
    assert words in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_missing_file_and_truncated_file(tmp_path: Path) -> None:
    missing = orgdesk("info", str(tmp_path / "nope.orgdesk"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    good = tmp_path / "good.orgdesk"
    orgdesk("new", str(good), "--sample")
    cut = tmp_path / "cut.orgdesk"
    cut.write_bytes(good.read_bytes()[:20000])
    truncated = orgdesk("info", str(cut))
    assert truncated.returncode == 2 and "damaged or incomplete" in truncated.stderr
    assert "Traceback" not in truncated.stderr


def test_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    result = orgdesk("info")
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0
    assert orgdesk("frobnicate").returncode != 0


@pytest.mark.parametrize("command", [["new"], ["info"], ["duties", "parse"], []])
def test_every_subcommand_has_help(command: list[str]) -> None:
    result = orgdesk(*command, "--help")
    assert result.returncode == 0 and "usage: orgdesk" in result.stdout


def test_duties_parse_reads_stdin_and_files(tmp_path: Path) -> None:
    text = "市场部主要职责:\n1、负责市场研究~包括竞争动态。\n2、负责营销计划。\n"
    result = orgdesk("duties", "parse", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [item["level"] for item in items] == [0, 1, 1]
    assert items[1]["text"] == "负责市场研究，包括竞争动态。"
    gbk = tmp_path / "duties.txt"
    gbk.write_bytes(text.encode("gbk"))
    assert json.loads(orgdesk("duties", "parse", str(gbk)).stdout) == items
    missing = orgdesk("duties", "parse", str(tmp_path / "none.txt"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_messages_in_chinese_for_a_chinese_user(tmp_path: Path) -> None:
    result = orgdesk("info", str(tmp_path / "nope.orgdesk"), lang="zh_CN")
    assert result.returncode == 2 and "不存在" in result.stderr
