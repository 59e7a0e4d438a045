"""Points for a correct answer: speed, hints and streaks.

    prize = round(10 × speed) − 2 × hints shown, at least 1
    speed = 1 in the first third of the round, then falling linearly to 0.5 at the deadline
    streak bonus = +1 for each round in a row after the first, at most +3

Pure functions of numbers: the game passes the time, so tests use a fake clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FULL_POINTS = 10
LAST_SHARE = 0.5  # of the full points, at the deadline
HINT_COST = 2
MIN_PRIZE = 1
STREAK_BONUS_CAP = 3
ANNOUNCED_STREAK = 3  # a streak this long is celebrated when it grows, and when it is broken


def prize(elapsed: float, seconds: float, hints: int = 0) -> int:
    """Points for a correct answer `elapsed` seconds into a round of `seconds`, after
    `hints` hints were shown."""
    grace = seconds / 3
    if elapsed <= grace:
        share = 1.0
    else:
        late = min(1.0, (elapsed - grace) / (seconds - grace))
        share = 1.0 - (1.0 - LAST_SHARE) * late
    points = math.floor(FULL_POINTS * share + 0.5)  # halves round up, as players expect
    return max(MIN_PRIZE, points - HINT_COST * hints)


def streak_bonus(streak: int) -> int:
    """The bonus for a player's `streak`-th round won in a row."""
    return min(max(0, streak - 1), STREAK_BONUS_CAP)


@dataclass(frozen=True)
class Streak:
    """Who is on a streak in a game, and how long."""

    holder: int | None = None
    length: int = 0

    def after(self, winner: int | None) -> tuple[Streak, Streak | None]:
        """The streak after a round won by `winner` (None: nobody), and the streak it
        broke, if that one was long enough to announce."""
        if winner is not None and winner == self.holder:
            return Streak(winner, self.length + 1), None
        broken = self if self.holder is not None and self.length >= ANNOUNCED_STREAK else None
        return (Streak(winner, 1) if winner is not None else Streak()), broken
