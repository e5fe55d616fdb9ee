"""Reading PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) and qpdf, the way a
user's viewer would. The test command installs them (scripts/test-packages.txt)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PIL import Image

from tests.external_tools import require

POPPLER = ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm", "qpdf")


def run(*command: str) -> str:
    require(command[0])
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def text(path: Path, first: int | None = None, last: int | None = None, layout: bool = False) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return run("pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), *pages, str(path), "-")


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb (yes/no) for each font."""
    rows = run("pdffonts", str(path)).splitlines()[2:]
    result = []
    for row in rows:
        parts = row.split()
        # name type [type…] encoding emb sub uni object ID: emb is the 5th field from the end
        result.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return result


def info(path: Path) -> dict[str, str]:
    lines = run("pdfinfo", "-l", "-1", str(path)).splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


def page_sizes(path: Path) -> list[tuple[float, float]]:
    sizes = []
    for line in run("pdfinfo", "-f", "1", "-l", "100000", str(path)).splitlines():
        if line.startswith("Page") and "size:" in line:
            numbers = line.split("size:")[1].split()
            sizes.append((float(numbers[0]), float(numbers[2])))
    return sizes


def render(path: Path, page: int = 1, dpi: int = 40) -> Image.Image:
    out = path.with_suffix("")
    run("pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(path), str(out))
    return Image.open(out.with_suffix(".png")).convert("RGB")


def ink(image: Image.Image) -> float:
    """The share of pixels that are not white."""
    grey = image.convert("L")
    histogram = grey.histogram()
    return 1 - sum(histogram[250:]) / (image.width * image.height)


def qpdf_check(path: Path) -> None:
    result = subprocess.run([require("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def outline_titles(path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, depth first (read by qpdf)."""
    data = json.loads(run("qpdf", "--json", "--json-key=outlines", str(path)))
    found: list[tuple[int, str]] = []

    def walk(items: list[dict[str, object]], depth: int) -> None:
        for item in items:
            found.append((depth, str(item["title"])))
            walk(item["kids"], depth + 1)  # type: ignore[arg-type]

    walk(data["outlines"], 0)
    return found
