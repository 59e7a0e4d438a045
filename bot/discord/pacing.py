"""Keeping under Discord's global rate limit: 50 requests a second for the whole bot.

discord.py follows each route's bucket from Discord's headers, but meets the global
limit only when Discord answers 429 (`global: true`), and then every request of the
process waits. Two hundred games that start at once ask for far more than 50 a
second, so the bot paces itself: at most `per_second` requests in any second, the
process's share of TRIVIA_GLOBAL_RATE (see Settings.rate_share). Interaction
responses and follow-ups are not bound by the global limit (Discord's rate-limit
documentation), and are never held: a slash command must be answered within 3 s.

The pace is applied in aiohttp's `on_request_start` hook (discord.py's `http_trace`
option), which aiohttp awaits just before each request goes out: after discord.py's
own per-route waits, and for each retry too, so the count is of requests actually
sent.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from types import SimpleNamespace

import aiohttp

WINDOW = 1.0  # seconds: Discord's global limit is per second
STALE = 60.0  # a request unanswered this long no longer holds its place
_NOT_GLOBAL = ("/interactions/", "/webhooks/")  # interaction endpoints, by their URL token


class GlobalPace:
    """At most `per_second` requests (rounded down, at least one) in any second, as Discord
    counts them, whatever the latency.

    Discord counts a request when it arrives, somewhere between the moment it was sent and
    the moment its answer came back. So a request holds its place from when it is sent
    until one window after it was answered: then no window of Discord's can hold more
    than `per_second` of them, however late some arrive (a busy event loop can hold
    requests back and let them go together).
    """

    def __init__(
        self,
        per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.limit = max(1, int(per_second))
        self.clock, self.sleep = clock, sleep
        self._open: dict[int, float] = {}  # requests sent and not yet answered: when they were sent
        self._answered: deque[float] = deque()  # when the requests of the last window were answered
        self._turn = asyncio.Lock()  # first come, first served

    def delay(self) -> float:
        """How long the next request must wait before it may be sent; 0 if it may go now."""
        now = self.clock()
        while self._answered and now - self._answered[0] >= WINDOW:
            self._answered.popleft()
        if len(self._open) + len(self._answered) >= self.limit:
            for key in [key for key, sent in self._open.items() if now - sent > STALE]:
                del self._open[key]
        if len(self._open) + len(self._answered) < self.limit:
            return 0.0
        if self._answered:
            return WINDOW - (now - self._answered[0])
        return 0.01  # every place is held by a request in flight: look again soon

    async def sent(self, key: int) -> None:
        """Wait for room, then count request `key` as sent."""
        async with self._turn:
            delay = self.delay()
            while delay > 0:  # the clock decides, not an event: places free up with time
                await self.sleep(delay)
                delay = self.delay()
            self._open[key] = self.clock()

    def answered(self, key: int) -> None:
        """Request `key` was answered (or failed): its place is free one window from now."""
        if self._open.pop(key, None) is not None:
            self._answered.append(self.clock())

    def trace_config(self) -> aiohttp.TraceConfig:
        """The aiohttp hooks that pace every request to Discord's API but interactions'."""
        config = aiohttp.TraceConfig()

        async def on_request_start(
            session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestStartParams
        ) -> None:
            path = params.url.path
            if "/api/" in path and not any(part in path for part in _NOT_GLOBAL):
                await self.sent(id(context))

        async def on_request_done(session: aiohttp.ClientSession, context: SimpleNamespace, params: object) -> None:
            self.answered(id(context))

        config.on_request_start.append(on_request_start)
        config.on_request_end.append(on_request_done)
        config.on_request_exception.append(on_request_done)
        return config
