"""The Debian package built by installer/build_linux.sh: its files, its control data, and a
copy unpacked from it that runs. Skips when no .deb was built (or dpkg-deb is missing)."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

import pytest

from orgdesk import __version__
from tests.external_tools import require

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted((ROOT / "dist").glob(f"orgdesk_{__version__}_*.deb"))

pytestmark = pytest.mark.skipif(
    not PACKAGES,
    reason=f"no dist/orgdesk_{__version__}_<arch>.deb: run `bash installer/build_linux.sh` on Debian/Ubuntu",
)
REQUIRED = (
    "./opt/orgdesk/orgdesk",
    "./opt/orgdesk/_internal/resources/fonts/DroidSansFallbackFull.ttf",
    "./opt/orgdesk/_internal/resources/fonts/LICENSE-Apache-2.0.txt",
    "./opt/orgdesk/_internal/resources/translations/orgdesk_zh_CN.qm",
    "./opt/orgdesk/_internal/resources/sample/telecom.json",
    "./opt/orgdesk/_internal/orgdesk/store/migrations/env.py",
    "./usr/share/applications/orgdesk.desktop",
    "./usr/share/mime/packages/orgdesk.xml",
    "./usr/share/icons/hicolor/256x256/apps/orgdesk.png",
    "./usr/share/icons/hicolor/scalable/apps/orgdesk.svg",
    "./usr/share/icons/hicolor/48x48/mimetypes/application-x-orgdesk.png",
    "./usr/share/doc/orgdesk/copyright",
)


def deb_dpkg(*arguments: str) -> str:
    return subprocess.run([require("dpkg-deb"), *arguments], capture_output=True, text=True, check=True).stdout


def test_package_holds_the_bundle_the_command_and_the_desktop_files() -> None:
    listing = deb_dpkg("-c", str(PACKAGES[-1]))
    paths = {line.split()[5] for line in listing.splitlines()}
    assert not [path for path in REQUIRED if path not in paths]
    assert "./usr/bin/orgdesk -> /opt/orgdesk/orgdesk" in listing
    assert all(line.split()[1] == "root/root" for line in listing.splitlines())


def test_control_data() -> None:
    fields = dict(line.split(": ", 1) for line in deb_dpkg("-f", str(PACKAGES[-1])).splitlines() if ": " in line)
    assert fields["Package"] == "orgdesk"
    assert fields["Version"] == __version__
    depends = {name.strip() for name in fields["Depends"].split(",")}
    assert {"libc6", "libfontconfig1", "libxcb-cursor0", "libegl1"} <= depends
    assert "postinst" in deb_dpkg("-I", str(PACKAGES[-1]))


def test_desktop_entry_and_mime_type(tmp_path: Path) -> None:
    deb_dpkg("-x", str(PACKAGES[-1]), str(tmp_path))
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(tmp_path / "usr/share/applications/orgdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "orgdesk %f"
    assert desktop["Icon"] == "orgdesk"
    assert "application/x-orgdesk;" in desktop["MimeType"]

    mime = tmp_path / "usr/share/mime"
    subprocess.run([require("update-mime-database"), str(mime)], check=True, capture_output=True)
    assert "application/x-orgdesk:*.orgdesk" in (mime / "globs2").read_text()


def test_unpacked_copy_runs(tmp_path: Path) -> None:
    deb_dpkg("-x", str(PACKAGES[-1]), str(tmp_path))
    result = subprocess.run(
        [str(tmp_path / "opt/orgdesk/orgdesk"), "--version"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"OrgDesk {__version__}"
