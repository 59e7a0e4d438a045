"""The game's own count of the channel's 5 messages per 5 seconds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.game import MessageBudget


def test_five_messages_then_wait_for_the_oldest_to_leave_the_window() -> None:
    budget = MessageBudget(limit=5, window=5.0)
    for t in (0.0, 1.0, 2.0, 3.0):
        budget.record(t)
    assert budget.free(3.5) == 1 and budget.wait(3.5, 1) == 0.0
    assert budget.wait(3.5, 2) == pytest.approx(1.5)  # the message of t=0 leaves at 5.0
    assert budget.wait(3.5, 3) == pytest.approx(2.5)
    assert budget.free(5.0) == 2


@given(st.lists(st.floats(0, 0.9), min_size=1, max_size=80), st.integers(1, 5))
def test_waiting_as_told_never_goes_over_the_limit(gaps: list[float], slots: int) -> None:
    budget = MessageBudget(limit=5, window=5.0)
    now, sent = 0.0, []
    for gap in gaps:
        now += gap
        now += budget.wait(now, slots)
        assert budget.free(now) >= slots
        budget.record(now)
        sent.append(now)
    assert all(sum(1 for t in sent if s <= t < s + 5.0) <= 5 for s in sent)
