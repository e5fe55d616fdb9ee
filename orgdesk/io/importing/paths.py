"""Unit paths in one cell (「某市分公司>网络运维中心>传输室」): which separator a column uses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

SEPARATORS = (">", "＞", "→", "/", "\\", "|", "／", "-")  # in order of preference when a value has several
SAMPLE = 2000  # values looked at


def detect_separator(values: Sequence[str]) -> str:
    """The separator the path column uses: the one found in most values ("/" when none is)."""
    counts: Counter[str] = Counter()
    filled = [value for value in values[:SAMPLE] if value]
    for value in filled:
        for sep in SEPARATORS:
            if sep in value:
                counts[sep] += 1
                break  # one separator per value, the preferred one
    if not counts:
        return "/"
    best = max(SEPARATORS, key=lambda sep: (counts[sep], -SEPARATORS.index(sep)))
    if best == "-" and counts["-"] < len(filled) // 2:
        return "/"  # a hyphen in a few names (营销-一部) is no separator
    return best
