"""Riding out a failure that passes, when a game shows something.

A question, a hint, a result or the final standings may meet a failure that is gone
a moment later: the service answers "unavailable", a connection drops on the way.
The adapter knows which of its failures pass and raises `PassingFailure` for them
(from the original error); the session then shows the same thing again, a few times
with a growing pause (`Backoff`), each try counted in the channel's message budget.
Any other error, or a passing one that keeps coming back, ends the game. Pure: the
session sleeps on its own clock, so tests move a fake one.
"""

from __future__ import annotations

from dataclasses import dataclass


class PassingFailure(Exception):
    """Showing something failed for a reason that may pass: it is worth another try."""


@dataclass(frozen=True)
class Backoff:
    """The pauses before each new try: as many tries as pauses, plus the first.

    The default makes five tries over 7.5 seconds of pauses: enough for a restarting
    proxy or a dropped connection, short enough that the players wait no longer than
    a round's pause."""

    pauses: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)

    @property
    def tries(self) -> int:
        return len(self.pauses) + 1

    @property
    def longest_wait(self) -> float:
        """The pauses in all, before the last try."""
        return sum(self.pauses)
