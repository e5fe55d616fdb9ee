"""Print the Debian `Depends:` value for a PyInstaller bundle: the packages of the system
libraries its programs and libraries load (the spec leaves those out of the bundle).

    python installer/linux/deb_depends.py dist/orgdesk

Every ELF file of the bundle goes through `ldd` (with the bundle's own folders on the library
path, as the bootloader sets them); each library found outside the bundle is looked up with
`dpkg -S`. Libraries missing on the build machine are named from a short table of those the
Qt plugins need only on some desktops (Wayland); any other missing library is an error.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Libraries a bundled Qt plugin needs that a build machine without a desktop may lack.
PACKAGES_OF_MISSING = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def library_dirs(files: list[Path]) -> str:
    return ":".join(sorted({str(path.parent) for path in files}))


def outside_libraries(files: list[Path], bundle: Path) -> tuple[set[str], set[str]]:
    """(paths of system libraries loaded, sonames not found anywhere)."""
    environment = {**os.environ, "LD_LIBRARY_PATH": library_dirs(files)}
    system: set[str] = set()
    missing: set[str] = set()
    root = str(bundle.resolve())
    for path in files:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=environment, check=False)
        for line in result.stdout.splitlines():
            match = LDD_LINE.match(line)
            if match is None:
                continue
            soname, target = match.groups()
            if target == "not":
                missing.add(soname)
            elif not os.path.realpath(target).startswith(root):
                system.add(target)
    return system, missing


def path_forms(path: str) -> list[str]:
    """The spellings dpkg may have recorded for `path` (merged-/usr systems list /lib or /usr/lib)."""
    forms = [path, os.path.realpath(path)]
    forms += [form.removeprefix("/usr") if form.startswith("/usr/") else "/usr" + form for form in list(forms)]
    return list(dict.fromkeys(forms))


def owning_packages(paths: set[str]) -> set[str]:
    """The Debian packages holding `paths`, asked of dpkg in one call."""
    forms = {path: path_forms(path) for path in paths}
    every_form = sorted({form for spellings in forms.values() for form in spellings})
    result = subprocess.run(["dpkg", "-S", *every_form], capture_output=True, text=True, check=False)
    owner: dict[str, str] = {}
    for line in result.stdout.splitlines():
        packages, _, listed = line.partition(": ")
        owner[listed.strip()] = packages.split(",")[0].split(":")[0].strip()
    found: set[str] = set()
    for path, spellings in sorted(forms.items()):
        package = next((owner[form] for form in spellings if form in owner), None)
        if package is None:
            raise SystemExit(f"deb_depends: no Debian package holds {path}; install it from a package first.")
        found.add(package)
    return found


def depends(bundle: Path) -> list[str]:
    system, missing = outside_libraries(elf_files(bundle), bundle)
    unknown = sorted(missing - PACKAGES_OF_MISSING.keys())
    if unknown:
        raise SystemExit(f"deb_depends: libraries not found on this machine: {', '.join(unknown)}")
    return sorted(owning_packages(system) | {PACKAGES_OF_MISSING[soname] for soname in missing})


if __name__ == "__main__":
    print(", ".join(depends(Path(sys.argv[1]))))
