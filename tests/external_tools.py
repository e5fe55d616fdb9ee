"""The programs and files outside Python that the tests use, as scripts/test-packages.txt lists them
with their Debian packages. The test command (scripts/test.sh) installs each missing one; a test
that finds one missing anyway fails saying which package to install, never skips silently."""

from __future__ import annotations

import glob
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_LIST = Path(__file__).resolve().parents[1] / "scripts" / "test-packages.txt"


@dataclass(frozen=True)
class Tool:
    thing: str  # a program name, or an absolute path (a glob) of a file
    package: str  # the Debian package, or "(pip)" for a program of the venv

    @property
    def name(self) -> str:
        return Path(self.thing).name

    def find(self) -> str | None:
        if self.thing.startswith("/"):
            found = sorted(glob.glob(self.thing))
            return found[-1] if found else None
        if self.package == "(pip)":
            return shutil.which(self.thing, path=str(Path(sys.executable).parent))
        return shutil.which(self.thing)


def listed() -> list[Tool]:
    tools = []
    for line in PACKAGE_LIST.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words and not words[0].startswith("#"):
            tools.append(Tool(words[0], words[1]))
    return tools


def tool(name: str) -> Tool:
    """The listed tool called `name` (a program's or file's name)."""
    for candidate in listed():
        if candidate.name == name:
            return candidate
    raise KeyError(f"{name} is not in {PACKAGE_LIST.name}: add it with its Debian package")


def require(name: str) -> str:
    """The path of the listed program or file `name`; fails the test, naming the package, if missing."""
    wanted = tool(name)
    found = wanted.find()
    if found is None:
        pytest.fail(
            f"{wanted.thing} is missing: install the Debian package {wanted.package} (scripts/test.sh installs it)",
            pytrace=False,
        )
    return found
