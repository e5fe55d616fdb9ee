"""What OrgDesk writes never lands on something the user did not name: not on the document being read
(a typo such as `export a.orgdesk --xlsx a.orgdesk`), not through a planted symlink, not over a FIFO
or a device. Each refusal is one line with exit 2, and the document is unchanged."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from orgdesk.store.output_files import reserve_partial
from tests.cli.test_cli import orgdesk


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "a.orgdesk"
    assert orgdesk("new", str(path), "--sample").returncode == 0
    return path


def _refused(*args: str) -> str:
    result = orgdesk(*args)
    assert result.returncode == 2, (args, result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("orgdesk: "), lines
    return lines[0]


@pytest.mark.parametrize(
    "command",
    [
        ("export", "{doc}", "--xlsx", "{doc}"),
        ("export", "{doc}", "--chart-pdf", "{doc}"),
        ("export", "{doc}", "--svg", "{link}"),
        ("check", "{doc}", "--xlsx", "{doc}"),
        ("diff", "{doc}", "--from", "现行架构", "--to", "前后端型", "--pdf", "{doc}"),
        ("history", "{doc}", "--xlsx", "{doc}"),
        ("copy", "{doc}", "{doc}", "--force"),
        ("copy", "{doc}", "{link}", "--force"),
    ],
)
def test_an_output_that_is_the_document_is_refused_and_the_document_kept(document: Path, command: tuple[str]) -> None:
    hard_link = document.with_name("same-inode.xlsx")
    os.link(document, hard_link)
    before = document.read_bytes()
    arguments = [part.format(doc=document, link=hard_link) for part in command]
    assert "the document being read" in _refused(*arguments)
    assert document.read_bytes() == before
    assert orgdesk("info", str(document)).returncode == 0


def test_an_export_never_replaces_another_orgdesk_document(document: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.orgdesk"
    assert orgdesk("new", str(other)).returncode == 0
    before = other.read_bytes()
    assert "is an OrgDesk document" in _refused("export", str(document), "--xlsx", str(other))
    assert other.read_bytes() == before


def test_fifos_devices_and_folders_are_refused(document: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    for target in (fifo, Path(os.devnull), tmp_path):
        assert "not a file OrgDesk can write" in _refused("export", str(document), "--xlsx", str(target))
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_one_file_named_for_two_outputs_is_refused(document: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    assert "named for two outputs" in _refused(
        "export", str(document), "--chart-pdf", str(target), "--booklet-pdf", str(target)
    )
    assert not target.exists()


def test_a_planted_partial_symlink_is_not_written_through(document: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    for name in ("out.xlsx", "out.pdf", "out.svg", "new.orgdesk"):
        (tmp_path / f"{name}.partial").symlink_to(victim)
    assert orgdesk("export", str(document), "--xlsx", str(tmp_path / "out.xlsx")).returncode == 0
    assert orgdesk("export", str(document), "--chart-pdf", str(tmp_path / "out.pdf")).returncode == 0
    assert orgdesk("export", str(document), "--svg", str(tmp_path / "out.svg")).returncode == 0
    assert orgdesk("copy", str(document), str(tmp_path / "new.orgdesk")).returncode == 0
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not list(tmp_path.glob(".*.partial"))  # the real temporary files are gone


def test_temporary_files_are_new_unpredictable_and_ordinary(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    first, second = reserve_partial(target), reserve_partial(target)
    assert first != second and first.parent == second.parent == tmp_path
    assert first.name.startswith(".out.xlsx.") and first.name.endswith(".partial")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(first.stat().st_mode) == 0o666 & ~umask


def test_a_terminated_export_leaves_no_temporary_file(tmp_path: Path) -> None:
    """SIGTERM (a `kill`, a logout) ends an export through its clean-up, as Ctrl+C does."""
    import signal
    import subprocess
    import sys
    import time

    big = tmp_path / "big.orgdesk"
    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, str(root / "benchmarks" / "generate.py"), "--units", "3000", str(big)],
        check=True, capture_output=True,
    )  # fmt: skip
    target = tmp_path / "chart.pdf"
    child = subprocess.Popen(
        [sys.executable, "-m", "orgdesk", "export", str(big), "--chart-pdf", str(target), "--fit", "tiles"]
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".chart.pdf.*.partial")) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    child.send_signal(signal.SIGTERM)
    child.wait(timeout=60)
    assert not list(tmp_path.glob(".chart.pdf.*.partial"))
    assert child.returncode == 128 + signal.SIGTERM  # stopped mid-way, not finished
    assert not target.exists()
