"""`orgdesk` started where Qt cannot open a window says why in one line and exits 2 (Qt itself
aborts with a page of messages and a core dump)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesk import startup_check
from orgdesk.startup_check import missing_libraries, packages_for, uses_xcb, window_problem

ROOT = Path(__file__).resolve().parents[1]
LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd5a1f0000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c3c000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c3ba00000)
\tlibxcb-icccm.so.4 => not found
"""


def test_the_missing_libraries_are_read_from_ldd_each_once() -> None:
    assert missing_libraries(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-cursor.so.0"]
    assert packages_for(["libxcb-icccm.so.4", "libxcb-cursor.so.0", "libunknown.so.9"]) == [
        "libxcb-icccm4",
        "libxcb-cursor0",
        "libunknown.so.9",
    ]


def test_only_a_start_on_x11_is_checked() -> None:
    linux = sys.platform.startswith("linux")
    assert uses_xcb({"DISPLAY": ":0"}) is linux
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}) is linux
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt uses X11 only on Linux")
def test_missing_libraries_are_named_with_the_packages_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup_check, "plugin_missing_libraries", lambda plugin: missing_libraries(LDD_OUTPUT))
    english = window_problem({"DISPLAY": ":0"}, "en")
    assert english is not None and "\n" not in english
    assert "libxcb-icccm.so.4, libxcb-cursor.so.0" in english
    assert "sudo apt-get install libxcb-icccm4 libxcb-cursor0" in english and "scripts/start.sh" in english
    chinese = window_problem({"DISPLAY": ":0"}, "zh_CN")
    assert chinese is not None and "缺少 Qt 的 X11 库" in chinese and "libxcb-icccm4 libxcb-cursor0" in chinese
    monkeypatch.setattr(startup_check, "plugin_missing_libraries", lambda plugin: [])
    assert window_problem({"DISPLAY": ":0"}, "en") is None
    no_display = window_problem({}, "en")
    assert no_display is not None and "there is no display" in no_display


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt uses X11 only on Linux")
def test_ldd_is_asked_about_the_real_plugin(tmp_path: Path) -> None:
    """A copy of Qt's xcb plugin away from its Qt libraries misses them, and ldd says so."""
    plugin = startup_check.xcb_plugin()
    assert plugin is not None
    assert startup_check.plugin_missing_libraries(plugin) == missing_libraries(
        subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    )
    stray = tmp_path / "libqxcb.so"
    shutil.copy(plugin, stray)
    assert "libQt6XcbQpa.so.6" in startup_check.plugin_missing_libraries(stray)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt uses X11 only on Linux")
def test_orgdesk_without_a_usable_display_says_why_in_one_line_and_exits_2() -> None:
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    environment["ORGDESK_LANG"] = "en"
    started = subprocess.run(
        [sys.executable, "-m", "orgdesk"], capture_output=True, text=True, env=environment, timeout=60, check=False
    )
    assert started.returncode == 2, started.stderr
    lines = started.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("orgdesk: OrgDesk cannot open its window"), lines
    plugin = startup_check.xcb_plugin()
    missing = startup_check.plugin_missing_libraries(plugin) if plugin else []
    expected = "X11 libraries are missing" if missing else "there is no display"
    assert expected in lines[0]


def test_every_library_package_scripts_start_installs_is_known() -> None:
    setup = (ROOT / "scripts" / "_setup.sh").read_text(encoding="utf-8")
    packages = set(setup.split('XCB_PACKAGES="', 1)[1].split('"', 1)[0].split())
    assert "$XCB_PACKAGES" in (ROOT / "scripts" / "start.sh").read_text(encoding="utf-8")
    assert packages and packages <= set(startup_check.DEBIAN_PACKAGES.values())
