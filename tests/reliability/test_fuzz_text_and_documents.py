"""Fuzzing (hypothesis, bounded): the duty-text parser and the document opener.

Every input ends in a result or a clear error (a MessageError) within a bound, never a crash
or a hang; a refused document file is left byte for byte as it was.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.duty_text import parse_duties
from orgdesk.domain.sample import sample_document
from orgdesk.store.files import DocumentError
from orgdesk.store.store import Store
from tests.reliability.conftest import Figure
from tests.reliability.random_edits import scaled

FUZZ = settings(
    max_examples=scaled(300, 5_000),
    deadline=None,  # the bound is asserted per input below (a shared CI runner is noisy)
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    database=None,
)
PER_INPUT_SECONDS = 5.0

# The pieces the parser looks for, so random text often lands on its interesting paths.
TOKENS = [
    "1、",
    "2.",
    "3．",
    "(1)",
    "（2）",
    ",3,",
    "，4，",
    "①",
    "⑳",
    "⑴",
    "⒈",
    "一、",
    "十二、",
    "(三)",
    "（九十九）",
    "3(",
    "- ",
    "• ",
    "职责：",
    "负责",
    "；",
    ";",
    "。",
    "\n",
    "\r\n",
    "\u3000",
    "\u200b",
    "~",
    "10000号",
    "3.5倍",
    "V2",
    " ",
    "\t",
    "市场部主要职责",
    "（",
    "）",
    "(",
    ")",
    "、",
    ".",
    "9",
    "99",
    "999",
    "1000",
]


def _parse_within_bound(text: str) -> None:
    started = time.monotonic()
    items = parse_duties(text)
    assert time.monotonic() - started < PER_INPUT_SECONDS
    assert all(item.level >= 0 and isinstance(item.text, str) for item in items)


def test_duty_parser_on_arbitrary_unicode(figure: Figure) -> None:
    tried = Counter[str]()

    @FUZZ
    @given(st.text())
    def fuzz(text: str) -> None:
        tried["n"] += 1
        _parse_within_bound(text)

    fuzz()
    figure(f"fuzz: {tried['n']} inputs tried on the duty-text parser (arbitrary Unicode), 0 failures")


def test_duty_parser_on_numbering_soup(figure: Figure) -> None:
    tried = Counter[str]()

    @FUZZ
    @given(st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=200))
    def fuzz(pieces: list[str]) -> None:
        tried["n"] += 1
        _parse_within_bound("".join(pieces))

    fuzz()
    figure(f"fuzz: {tried['n']} inputs tried on the duty-text parser (numbering soup), 0 failures")


ADVERSARIAL = {
    "numbers in one line": "1、",
    "decimals": "3.5",
    "open brackets": "（",
    "bracketed numbers": "(1)",
    "OCR commas": ",1,",
    "Chinese numerals": "十一、",
    "digits": "1234567890",
    "inline list": "负责A；2、",
    "numbered lines": "1、负责\n",
    "blank lines": "\n \u3000\n",
    "spaces": " \t\u3000",
    "bullets": "- • ",
}


def _parse_seconds(text: str) -> float:
    started = time.perf_counter()
    parse_duties(text)
    return time.perf_counter() - started


@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_duty_parser_is_linear_on_1_mb_adversarial_input(shape: str, figure: Figure) -> None:
    """1 MB of the pattern most likely to make a regex backtrack: time grows with the size,
    not its square (a quarter of the input takes about a quarter of the time)."""
    unit = ADVERSARIAL[shape]
    big = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    quarter = big[:250_000]
    small_time = _parse_seconds(quarter)
    big_time = _parse_seconds(big)
    # Linear: about 4x for 4x the input; quadratic would be 16x. Generous for a loaded CI runner.
    assert big_time < 60, f"{shape}: {big_time:.1f} s for 1 MB"
    assert big_time < 10 * small_time + 1.0, f"{shape}: {small_time:.2f} s → {big_time:.2f} s (not linear)"
    figure(f"duty text 1 MB '{shape}': {big_time:.2f} s (250 KB: {small_time:.2f} s)")


# ----- the document opener -------------------------------------------------------------------
@pytest.fixture(scope="module")
def document_bytes() -> Iterator[bytes]:
    folder = Path(tempfile.mkdtemp(prefix="orgdesk-fuzz-"))
    path = folder / "base.orgdesk"
    Store.create(path, sample_document()).close()
    yield path.read_bytes()
    shutil.rmtree(folder)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="orgdesk-fuzz-open-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    yield folder
    shutil.rmtree(folder)


MUTATIONS = st.lists(
    st.tuples(
        st.one_of(st.integers(0, 99), st.integers(0, 1 << 20), st.integers(0, 8191)),  # header, anywhere, page 1-2
        st.integers(0, 255),
    ),
    min_size=1,
    max_size=16,
)


def test_the_opener_on_mutated_documents(document_bytes: bytes, scratch: Path, figure: Figure) -> None:
    outcomes = Counter[str]()

    @FUZZ
    @given(mutations=MUTATIONS, cut=st.one_of(st.none(), st.integers(0, 1 << 20)), seed=st.integers(0, 1 << 16))
    def fuzz(mutations: list[tuple[int, int]], cut: int | None, seed: int) -> None:
        data = bytearray(document_bytes)
        for offset, value in mutations:
            data[offset % len(data)] = value
        if cut is not None and random.Random(seed).random() < 0.2:
            del data[cut % len(data) :]
        path = scratch / f"m{seed}.orgdesk"
        path.write_bytes(bytes(data))
        started = time.monotonic()
        try:
            outcomes[_open_and_read(path)] += 1
            assert time.monotonic() - started < PER_INPUT_SECONDS * 2
            assert path.read_bytes() == bytes(data), "opening changed the file"
            left = sorted(p.name for p in scratch.iterdir())
            assert left == [path.name], f"a journal or backup was left: {left}"
        finally:
            for item in scratch.iterdir():
                item.unlink()

    fuzz()
    figure(
        f"fuzz: {sum(outcomes.values())} inputs tried on the document opener (mutated .orgdesk), 0 failures "
        f"({outcomes['opened']} opened, {outcomes['refused']} refused, file unchanged every time)"
    )


def _open_and_read(path: Path) -> str:
    try:
        with Store.open(path) as store:
            document = store.load(lazy=False)
            check_invariants(document)  # must end, even on a damaged tree
        return "opened"
    except DocumentError as error:
        assert "{" not in str(error)
        return "refused"
