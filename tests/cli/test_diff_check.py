"""`orgdesk diff`, `orgdesk check` and `orgdesk scenario copy` as a user runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from orgdesk.cli import main
from orgdesk.domain.operations import DeleteKpi
from orgdesk.store.store import Store
from tests.cli.test_cli import orgdesk


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue()


def _json(*args: str) -> Any:
    code, text = _run(*args, "--json")
    assert code == 0
    return json.loads(text)


def test_diff_of_the_bpr_models_as_json_names_the_merge_and_the_totals(sample_file: Path) -> None:
    data = _json("diff", str(sample_file), "--from", "产品主导型", "--to", "前后端型")
    assert (data["from"], data["to"]) == ("产品主导型", "前后端型")
    merged = [c for c in data["changes"] if c["change"] == "merged"]
    assert len(merged) == 1 and merged[0]["kind"] == "unit" and len(merged[0]["before"]) == 3
    assert merged[0]["message"].startswith("3 units merged into “营销中心/大客户”")
    total = data["totals"][-1]
    assert total["total"] and total["before"]["units"] == 23 and total["after"]["units"] == 19
    assert total["delta"] == {"units": -4, "posts": -4, "headcount": -4, "filled": 2}


def test_scenario_copy_then_diff_shows_no_differences_and_the_text_table(sample_file: Path) -> None:
    code, text = _run("scenario", "copy", str(sample_file), "--from", "现行架构", "--name", "方案A")
    assert code == 0 and text.strip() == "Copied “现行架构” as “方案A”"
    assert _json("info", str(sample_file))["scenarios"][-1] == "方案A"
    code, text = _run("diff", str(sample_file), "--from", "现行架构", "--to", "方案A")
    assert code == 0
    lines = text.splitlines()
    assert lines[:2] == ["Comparing “现行架构” → “方案A”", "No differences."]
    assert lines[-1].split()[:4] == ["某电信分公司", "6", "→", "6"]


def _delete_one_stop_kpis(path: Path) -> int:
    """The sample's 一站服务 post without its two KPIs, so its duty text suggests them."""
    with Store.open(path) as store:
        document = store.load(lazy=False)
        scenario = document.scenario_named("现行架构")
        assert scenario is not None
        post = next(
            p
            for u in document.units_of_scenario(scenario.id)
            for p in document.positions_of(u.id)
            if p.title == "一站服务"
        )
        for kpi in document.kpis_of("position", post.id):
            store.write(DeleteKpi(kpi.id).apply(document))
        return post.id


def test_check_as_json_lists_findings_with_items_and_fixes(sample_file: Path) -> None:
    post_id = _delete_one_stop_kpis(sample_file)
    data = _json("check", str(sample_file))
    assert data["scenario"] == "现行架构"
    assert data["counts"]["warning"] == sum(1 for f in data["findings"] if f["severity"] == "warning")
    checks = {f["check"] for f in data["findings"]}
    assert {"duty_overlap", "duty_gap", "writing", "kpi_suggestion", "span_of_control"} <= checks
    overlap = next(f for f in data["findings"] if f["check"] == "duty_overlap")
    assert all(kind == "duty" and isinstance(number, int) for kind, number in overlap["items"])
    assert overlap["fix"] is None
    suggestion = next(f for f in data["findings"] if f["check"] == "kpi_suggestion")
    assert suggestion["fix"] == "Add the suggested KPIs" and ["position", post_id] in suggestion["items"]
    assert "“业务一站服务开通及时率”、“账务结算率”" in suggestion["message"]


def test_check_text_groups_findings_under_their_check(sample_file: Path) -> None:
    code, text = _run("check", str(sample_file), "--scenario", "前后端型")
    assert code == 0
    assert text.startswith("Health check of “前后端型”: 0 errors, ")
    assert "\nDuties no post covers (" in text and "  [Note] “营销中心/呼叫中心” has 11 duties" in text


def test_unknown_scenarios_and_taken_names_are_one_line_errors(sample_file: Path) -> None:
    result = orgdesk("diff", str(sample_file), "--from", "现行架构", "--to", "方案Z")
    assert result.returncode == 2
    assert result.stderr.startswith("orgdesk: No scenario named “方案Z”; the document has: 现行架构")
    result = orgdesk("scenario", "copy", str(sample_file), "--from", "现行架构", "--name", "前后端型")
    assert result.returncode == 2 and result.stderr == "orgdesk: A scenario named “前后端型” already exists.\n"
    result = orgdesk("check", str(sample_file), "--scenario", "无")
    assert result.returncode == 2 and "No scenario named “无”" in result.stderr
