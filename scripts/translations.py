"""Refresh the translation catalogue from the code and compile it.

    python scripts/translations.py          # lupdate → orgdesk_zh_CN.ts, lrelease → .qm
    python scripts/translations.py --check  # fail if the catalogue is stale or incomplete

English is the source language; `orgdesk_zh_CN.ts` holds the Chinese of every message
(Qt's tr() strings and the QT_TRANSLATE_NOOP messages of the domain, store and CLI).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "orgdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "orgdesk").rglob("*.py"))


def lupdate(target: Path) -> None:
    command = [_tool("lupdate"), *sources(), "-source-language", "en", "-target-language", "zh_CN", "-no-obsolete"]
    subprocess.run([*command, "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([_tool("lrelease"), str(source), "-qm", str(target)], cwd=ROOT, check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation, or None when missing or unfinished."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and bool(translation.text)
            result[(name, message.findtext("source", ""))] = translation.text if done else None  # type: ignore[union-attr]
    return result


def problems() -> list[str]:
    """What is wrong with the committed catalogue (empty when all is well)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / TS.name
        shutil.copy(TS, fresh)
        lupdate(fresh)
        committed, current = messages(TS), messages(fresh)
        for key in sorted(set(current) - set(committed)):
            found.append(f"not in the catalogue (run scripts/translations.py): {key}")
        for key in sorted(set(committed) - set(current)):
            found.append(f"no longer in the code (run scripts/translations.py): {key}")
        for key, text in sorted(current.items()):
            if text is None and key in committed:
                found.append(f"no Chinese translation: {key}")
        compiled = Path(folder) / QM.name
        lrelease(TS, compiled)
        if not QM.exists() or compiled.read_bytes() != QM.read_bytes():
            found.append(f"{QM.name} is stale (run scripts/translations.py)")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        found = problems()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    lupdate(TS)
    lrelease(TS, QM)
    missing = [key for key, text in messages(TS).items() if text is None]
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} messages, {len(missing)} without translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
