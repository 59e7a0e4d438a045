"""The bot's pace under Discord's global limit (GlobalPace in bot/discord/limits.py), on a hand-moved clock."""

from __future__ import annotations

import asyncio

from bot.discord.limits import GlobalPace


class Clock:
    """Time that moves only when the test moves it, or when the pace sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_a_request_holds_its_place_from_sent_until_a_second_after_its_answer() -> None:
    clock = Clock()
    pace = GlobalPace(3.9, clock=clock)  # 3 a second: a share is rounded down
    for key in (1, 2, 3):
        asyncio.run(pace.sent(key))
    assert pace.delay() > 0  # three in flight: no room
    clock.now = 0.5
    pace.answered(1)  # answered, but Discord may count it as late as now
    assert pace.delay() == 0.5 + 1.0 - 0.5
    clock.now = 1.49
    assert 0 < pace.delay() <= 0.02
    clock.now = 1.5
    assert pace.delay() == 0
    pace.answered(1)  # a second answer for the same request frees nothing more
    pace.answered(99)  # nor does one for a request never counted
    asyncio.run(pace.sent(4))
    assert pace.delay() > 0


def test_requests_past_the_limit_wait_their_turn_in_order() -> None:
    clock = Clock()
    pace = GlobalPace(2, clock=clock, sleep=clock.sleep)
    order: list[int] = []

    async def request(key: int, latency: float) -> None:
        await pace.sent(key)
        order.append(key)
        sent = clock.now
        await asyncio.sleep(0)
        clock.now = max(clock.now, sent + latency)
        pace.answered(key)

    async def five() -> None:
        await asyncio.gather(*(request(key, 0.1) for key in range(5)))

    asyncio.run(five())
    assert order == [0, 1, 2, 3, 4] and len(clock.slept) >= 2
    assert clock.now >= 2.2  # two a second, each answered 0.1 s after it was sent


def test_a_request_lost_without_an_answer_gives_its_place_back_after_a_minute() -> None:
    clock = Clock()
    pace = GlobalPace(1, clock=clock)
    asyncio.run(pace.sent(1))
    clock.now = 59.0
    assert pace.delay() > 0
    clock.now = 61.0
    assert pace.delay() == 0
