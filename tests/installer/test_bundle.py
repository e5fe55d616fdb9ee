"""Smoke test of the built Linux bundle (dist/orgdesk/orgdesk), run as a user would run it.

Build it first: `bash installer/build_linux.sh && pytest tests/installer`. Without a bundle the
tests skip. ORGDESK_BUNDLE=/opt/orgdesk/orgdesk tests an installed copy instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE = Path(os.environ.get("ORGDESK_BUNDLE", ROOT / "dist" / "orgdesk" / "orgdesk"))
BUNDLE = EXECUTABLE.resolve().parent
SIZE_LIMIT_MB = 250
TIMEOUT_S = 240  # a cold start on a busy machine; a hang fails instead of blocking the suite
GUI_SECONDS = 4

pytestmark = pytest.mark.skipif(
    not EXECUTABLE.is_file(),
    reason=f"no bundle at {EXECUTABLE}: run `bash installer/build_linux.sh`, then `pytest tests/installer`",
)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bundle")


def environment(workspace: Path, **extra: str) -> dict[str, str]:
    """A clean user: own home and settings, no Python paths that could hide a missing module."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "ORGDESK_", "LANG", "LC_"))
    }
    env.update(
        HOME=str(workspace / "home"),
        XDG_CONFIG_HOME=str(workspace / "config"),
        XDG_DATA_HOME=str(workspace / "data"),
        XDG_RUNTIME_DIR=str(workspace / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        LANGUAGE="en",
        LANG="C.UTF-8",
    )
    (workspace / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.update(extra)
    return env


def run(workspace: Path, *arguments: str, **extra: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(EXECUTABLE), *arguments],
        cwd=workspace,
        env=environment(workspace, **extra),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def sample(workspace: Path) -> Iterator[Path]:
    run(workspace, "new", "S.orgdesk", "--sample")
    yield workspace / "S.orgdesk"


def folder_size_mb(folder: Path) -> float:
    return sum(path.lstat().st_size for path in folder.rglob("*")) / 1e6


def test_bundle_is_under_the_size_limit() -> None:
    size = folder_size_mb(BUNDLE)
    print(f"\nbundle {BUNDLE}: {size:.0f} MB (limit {SIZE_LIMIT_MB} MB)")
    assert size < SIZE_LIMIT_MB


def test_version_is_the_package_version(workspace: Path) -> None:
    assert run(workspace, "--version").stdout.strip() == f"OrgDesk {__version__}"


def test_new_sample_then_export_all_three(workspace: Path, sample: Path) -> None:
    run(workspace, "export", sample.name, "--xlsx", "A.xlsx", "--chart-pdf", "B.pdf", "--booklet-pdf", "C.pdf")

    with zipfile.ZipFile(workspace / "A.xlsx") as workbook:
        assert "xl/workbook.xml" in workbook.namelist()
    for name in ("B.pdf", "C.pdf"):
        data = (workspace / name).read_bytes()
        assert data.startswith(b"%PDF")
        assert b"DroidSansFallback" in data, f"{name}: the bundled Chinese font was not embedded"


def test_sample_and_chinese_messages_come_from_the_bundle(workspace: Path, sample: Path) -> None:
    counts = json.loads(run(workspace, "info", sample.name, "--json").stdout)
    assert counts["units"] > 1 and counts["positions"] > 1  # the bundled sample organisation

    chinese = run(workspace, "info", sample.name, LANGUAGE="zh_CN").stdout
    assert "部门数" in chinese  # read from the bundled translation catalogue


def test_gui_opens_the_document_and_quits_cleanly(workspace: Path, sample: Path) -> None:
    run(workspace, sample.name, ORGDESK_QUIT_AFTER_MS=str(GUI_SECONDS * 1000), ORGDESK_LANG="zh_CN")

    settings = (workspace / "config" / "OrgDesk" / "OrgDesk.conf").read_text(encoding="utf-8")
    assert str(sample) in settings  # the window opened it (recent documents) and saved on quit
    assert "[window]" in settings


def test_only_the_qt_modules_the_app_uses_and_no_test_tools() -> None:
    names = {path.name for path in BUNDLE.rglob("*")}
    unwanted_qt = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Network", "Qt6Pdf")
    assert not [name for name in names if name.startswith(tuple(f"lib{qt}" for qt in unwanted_qt))]
    test_tools = ("pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter", "PyInstaller")
    assert not names & set(test_tools)
    assert not [name for name in names if name.endswith(".qm") and "zh_CN" not in name and "orgdesk" not in name]
