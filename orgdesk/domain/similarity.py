"""Chinese-aware text similarity: sets of character bigrams, compared with Dice's coefficient.

Chinese has no spaces between words, and two duty statements that say the same thing share
most of their two-character pieces even when a word or two differs (``负责账务结算`` and
``负责帐务的结算工作``). So a text becomes the set of its character bigrams after
normalisation, and two texts are as similar as their sets (Dice: 2·|A∩B| / (|A|+|B|)).

Finding every similar pair among 50,000 duties cannot compare all pairs. `similar_pairs` is the
AllPairs algorithm (Bayardo et al., 2007): bigrams are ranked rarest first, and two sets that
reach the threshold must share a bigram among the first few of each ("prefix filter"), so
only those few bigrams go into the inverted index and only pairs found there are verified.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

Grams = frozenset[str]

# Characters written two ways in the same organisation's documents (帐务 / 账务).
_VARIANTS = str.maketrans({"帐": "账", "週": "周", "於": "于"})
# Leading numbering such as "1." "（2）" "三、" "①" is not part of what a duty says.
_CIRCLED = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_NUMBERING = set("0123456789.、)(一二三四五六七八九十 ")
_DELIMITERS = set(".、)")


def normalise(text: str) -> str:
    """Half-width, lower-case, variant characters folded, numbering, punctuation and spaces removed."""
    text = text.lstrip()
    if text[:1] in _CIRCLED:  # NFKC would turn ① into a plain 1
        text = text[1:]
    folded = unicodedata.normalize("NFKC", text).lower().translate(_VARIANTS)
    start = 0
    while start < len(folded) and start < 6 and folded[start] in _NUMBERING:
        start += 1
    if not any(char in _DELIMITERS for char in folded[:start]):  # "十分重要" starts with no number
        start = 0
    return "".join(char for char in folded[start:] if char.isalnum())


def grams(text: str) -> Grams:
    """The character bigrams of the normalised text (a one-character text is its own gram)."""
    norm = normalise(text)
    if len(norm) < 2:
        return frozenset((norm,)) if norm else frozenset()
    return frozenset(norm[i : i + 2] for i in range(len(norm) - 1))


def dice(a: Grams, b: Grams) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def containment(part: Grams, whole: Grams) -> float:
    """How much of `part` is found in `whole` (1.0: all of it)."""
    if not part:
        return 0.0
    return len(part & whole) / len(part)


def overlap(a: Grams, b: Grams) -> float:
    """The overlap coefficient: the shorter text's share found in the longer one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _jaccard_for(dice_threshold: float) -> float:
    """Dice and Jaccard rank pairs alike: D ≥ t exactly when J ≥ t / (2 - t)."""
    return dice_threshold / (2 - dice_threshold)


def _prefix_length(size: int, jaccard: float) -> int:
    return size - math.ceil(jaccard * size - 1e-9) + 1


def similar_pairs(sets: Sequence[Grams], threshold: float) -> Iterator[tuple[int, int, float]]:
    """Every pair (i, j, score) with i < j and dice(sets[i], sets[j]) ≥ threshold (0 < threshold ≤ 1)."""
    jaccard = _jaccard_for(threshold)
    frequency = Counter(gram for s in sets for gram in s)
    rank = {gram: number for number, (gram, _) in enumerate(sorted(frequency.items(), key=lambda g: (g[1], g[0])))}
    ordered = [sorted(s, key=rank.__getitem__) for s in sets]
    # Shorter sets first: a candidate then only needs the lower size bound.
    by_size = sorted(range(len(sets)), key=lambda i: len(sets[i]))
    index: dict[str, list[int]] = {}
    for i in by_size:
        size = len(ordered[i])
        if size == 0:
            continue
        smallest = jaccard * size
        seen: set[int] = set()
        for gram in ordered[i][: _prefix_length(size, jaccard)]:
            for j in index.get(gram, ()):
                if j not in seen and len(sets[j]) >= smallest:
                    seen.add(j)
            index.setdefault(gram, []).append(i)
        for j in seen:
            score = dice(sets[i], sets[j])
            if score >= threshold:
                yield (min(i, j), max(i, j), score)


def best_matches(left: Sequence[Grams], right: Sequence[Grams], threshold: float) -> list[tuple[int, int, float]]:
    """A one-to-one matching of `left` to `right` items, best scores first, each pair ≥ threshold."""
    offset = len(left)
    pairs = [(score, i, j - offset) for i, j, score in similar_pairs([*left, *right], threshold) if i < offset <= j]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_left: set[int] = set()
    used_right: set[int] = set()
    chosen: list[tuple[int, int, float]] = []
    for score, i, j in pairs:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            chosen.append((i, j, score))
    return chosen


def union_grams(texts: Iterable[str]) -> Grams:
    result: set[str] = set()
    for text in texts:
        result |= grams(text)
    return frozenset(result)
