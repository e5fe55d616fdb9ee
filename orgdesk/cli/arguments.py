"""Argument types of the command line: numbers checked when parsed, so a bad value is a usage error
(one line, exit 2) instead of a failure deep inside an export."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import render


def _(template: str, **params: object) -> str:  # its own: the messages name a parameter "text"
    return render("CLI", template, params)


def whole_number(minimum: int, maximum: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number (ASCII digits) from `minimum` to `maximum`."""

    def parse(text: str) -> int:
        stripped = text.strip()
        digits = stripped[1:] if stripped.startswith("-") else stripped
        value = int(stripped) if digits.isascii() and digits.isdigit() else None
        if value is None or value < minimum or (maximum is not None and value > maximum):
            limit = f"{minimum}–{maximum}" if maximum is not None else f"≥ {minimum}"
            raise argparse.ArgumentTypeError(
                _(QT_TRANSLATE_NOOP("CLI", "give a whole number ({limit}), not “{text}”"), limit=limit, text=text)
            )
        return value

    return parse


MIN_DPI, MAX_DPI = 24.0, 1200.0


def dots_per_inch(text: str) -> float:
    """An argparse type: a finite resolution from MIN_DPI to MAX_DPI."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and MIN_DPI <= value <= MAX_DPI):
        raise argparse.ArgumentTypeError(
            _(
                QT_TRANSLATE_NOOP("CLI", "give a resolution from {low:g} to {high:g} dots per inch, not “{text}”"),
                low=MIN_DPI,
                high=MAX_DPI,
                text=text,
            )
        )
    return value
