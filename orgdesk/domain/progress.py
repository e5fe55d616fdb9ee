"""Progress and cancel for long computations (comparison, health check) without Qt.

A caller passes `progress(done, total) -> bool`; returning False cancels, and the computation
then raises `Cancelled` (nothing was changed, there is no partial result to show). The GUI's
worker maps the callback onto a progress dialog; the CLI passes none.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], bool]

SCALE = 1000  # the callback always sees done out of this total


class Cancelled(Exception):  # named for what happened, not as an error
    """The user cancelled; the computation stopped and returned nothing."""


class Progress:
    """Splits the work into weighted steps and reports overall progress on a 0..SCALE scale.

    `step(weight)` starts the next step; `report(done, total)` tells how far into it we are.
    Reports are passed on only when the overall figure moved, so tight loops may call often.
    """

    def __init__(self, callback: ProgressCallback | None, weights: dict[str, float]) -> None:
        self.callback = callback
        total = sum(weights.values()) or 1.0
        self._starts: dict[str, float] = {}
        start = 0.0
        for name, weight in weights.items():
            self._starts[name] = start
            start += weight / total
        self._spans = {name: weight / total for name, weight in weights.items()}
        self._current = ""
        self._last = -1

    def step(self, name: str) -> None:
        self._current = name
        self.report(0, 1)

    def report(self, done: int, total: int) -> None:
        if self.callback is None:
            return
        fraction = self._starts[self._current] + self._spans[self._current] * (done / total if total else 1.0)
        value = min(SCALE, int(fraction * SCALE))
        if value == self._last:
            return
        self._last = value
        if not self.callback(value, SCALE):
            raise Cancelled

    def finish(self) -> None:
        if self.callback is not None and self._last != SCALE:
            self._last = SCALE
            self.callback(SCALE, SCALE)
