"""One public reply per repeated command, and a few per member, whatever they type."""

from __future__ import annotations

from bot.core.game import ReplyThrottle


def test_a_repeated_command_gets_one_reply_per_repeat_window() -> None:
    throttle = ReplyThrottle(window=5, burst=2, repeat_window=10)
    assert throttle.allow("ana", "start", 100.0)
    assert not any(throttle.allow("ana", "start", 100.0 + t) for t in (0.1, 5, 9.99))
    assert throttle.allow("ana", "start", 110.0)


def test_different_commands_share_a_small_burst_per_member() -> None:
    throttle = ReplyThrottle(window=5, burst=2, repeat_window=10)
    assert throttle.allow("ana", "leaderboard", 0.0)
    assert throttle.allow("ana", "stats", 1.0)
    assert not throttle.allow("ana", "help", 2.0)  # a third reply within 5 s
    assert throttle.allow("ana", "help", 5.5)  # the first has left the window
    assert not throttle.allow("ana", "leaderboard", 6.0)  # but a repeat waits its 10 s


def test_other_members_have_their_own_budget() -> None:
    throttle = ReplyThrottle(window=5, burst=1, repeat_window=10)
    assert throttle.allow("ana", "start", 0.0)
    assert throttle.allow("bo", "start", 0.0)


def test_memory_stays_bounded_with_many_members() -> None:
    throttle = ReplyThrottle(window=5, repeat_window=10, max_keys=100)
    for n in range(1000):
        assert throttle.allow(n, "start", float(n))  # each member is new
    assert len(throttle) <= 250
    assert not throttle.allow(999, "start", 999.5)  # a recent one is still remembered
