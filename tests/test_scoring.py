"""Speed points, hint costs and streaks, at their boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.game import FULL_POINTS, Streak, prize, streak_bonus


@pytest.mark.parametrize(
    ("elapsed", "expected"),
    [(0.0, 10), (9.99, 10), (10.0, 10), (20.0, 8), (25.0, 6), (29.99, 5), (30.0, 5), (45.0, 5)],
)
def test_full_points_in_the_first_third_then_down_to_half_at_the_deadline(elapsed: float, expected: int) -> None:
    assert prize(elapsed, 30.0) == expected


def test_each_hint_costs_two_points_and_a_right_answer_is_worth_at_least_one() -> None:
    assert [prize(1.0, 30.0, hints) for hints in range(6)] == [10, 8, 6, 4, 2, 1]
    assert prize(30.0, 30.0, 3) == 1


@given(st.floats(0, 600), st.floats(0, 600), st.floats(10, 120), st.integers(0, 3))
def test_a_faster_answer_is_never_worth_less(a: float, b: float, seconds: float, hints: int) -> None:
    early, late = sorted((a, b))
    assert FULL_POINTS >= prize(early, seconds, hints) >= prize(late, seconds, hints) >= 1


def test_streak_bonus_grows_by_one_and_is_capped() -> None:
    assert [streak_bonus(n) for n in range(1, 8)] == [0, 1, 2, 3, 3, 3, 3]


def test_a_streak_grows_with_the_same_winner_and_a_long_one_is_announced_when_broken() -> None:
    streak, broken = Streak().after(7)
    assert (streak, broken) == (Streak(7, 1), None)
    for _ in range(2):
        streak, broken = streak.after(7)
    assert streak == Streak(7, 3) and broken is None
    after_other, broken = streak.after(8)
    assert after_other == Streak(8, 1) and broken == Streak(7, 3)
    after_silence, broken = streak.after(None)
    assert after_silence == Streak() and broken == Streak(7, 3)
    short, _ = Streak().after(7)
    assert short.after(8)[1] is None  # a streak of 1 is not news
