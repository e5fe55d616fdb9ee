"""Before the window: can Qt open one here? Checked without importing Qt's GUI modules.

Without its X11 libraries, or with no display at all, Qt aborts the process with a page of its own
messages (and a core dump). On Linux, when Qt would use X11 (xcb), this finds the libraries its xcb
platform plugin lacks with `ldd` and says in one line which Debian packages to install.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from importlib.util import find_spec
from pathlib import Path

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import render, system_language

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Startup",
    "OrgDesk cannot open its window: there is no display (DISPLAY is not set). Start it from the "
    "desktop, or use a command such as “orgdesk export” (see orgdesk --help).",
)
MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    "Startup",
    "OrgDesk cannot open its window: Qt's X11 libraries are missing ({libraries}). Install them with "
    "“sudo apt-get install {packages}”, or start OrgDesk with scripts/start.sh, which installs them.",
)
# Debian's package of each library Qt's xcb plugin loads that a desktop-less machine may lack
# (scripts/start.sh installs the same set).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` reports as not found, each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def packages_for(libraries: list[str]) -> list[str]:
    """Debian packages to install for these libraries (a library we do not know stands for itself)."""
    return list(dict.fromkeys(DEBIAN_PACKAGES.get(library, library) for library in libraries))


def uses_xcb(environment: Mapping[str, str]) -> bool:
    """Qt on Linux would start its X11 platform plugin (no other platform asked for, no Wayland session)."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environment.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return not environment.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def plugin_missing_libraries(plugin: Path) -> list[str]:
    ldd = shutil.which("ldd")
    if ldd is None:  # nothing to ask: let Qt try
        return []
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return missing_libraries(result.stdout)


def window_problem(environment: Mapping[str, str] | None = None, language: str | None = None) -> str | None:
    """One line saying why Qt cannot open a window here, or None when it can (as far as we can tell)."""
    environment = os.environ if environment is None else environment
    if not uses_xcb(environment):
        return None
    language = language or _language(environment)
    plugin = xcb_plugin()
    missing = plugin_missing_libraries(plugin) if plugin is not None else []
    if missing:
        params: dict[str, object] = {"libraries": ", ".join(missing), "packages": " ".join(packages_for(missing))}
        return render("Startup", MISSING_LIBRARIES, params, language)
    if not environment.get("DISPLAY"):
        return render("Startup", NO_DISPLAY, {}, language)
    return None


def _language(environment: Mapping[str, str]) -> str:
    override = environment.get("ORGDESK_LANG", "").strip().lower()
    if override:
        return "zh_CN" if override.startswith("zh") else "en"
    return system_language()
