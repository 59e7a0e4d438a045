"""Time, injectable: the real event loop's clock in production, a fake one in tests.

Rounds last 30 seconds; tests must not wait for them, and must be able to put a
guess exactly one tick before or after a deadline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic clock."""

    def wall(self) -> float:
        """Seconds since the epoch, for timestamps that are stored."""

    def sleep(self, seconds: float) -> Awaitable[None]:
        """Wake after `seconds`, counted from the call (not from the first await)."""


class LoopClock:
    """The running event loop's monotonic clock."""

    def now(self) -> float:
        return asyncio.get_running_loop().time()

    def wall(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> Awaitable[None]:
        return asyncio.sleep(max(0.0, seconds))


class FakeClock:
    """A clock that only moves when a test calls `advance`."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def now(self) -> float:
        return self._now

    def wall(self) -> float:
        return 1_700_000_000.0 + self._now

    def sleep(self, seconds: float) -> Awaitable[None]:
        """Registered at the call, so time a test moves before the sleeper first runs
        still counts toward it."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if seconds <= 0:  # due already
            future.set_result(None)
        else:
            self._sleepers.append((self._now + seconds, future))
        return future

    async def advance(self, seconds: float) -> None:
        """Move time forward, wake every sleeper that is due, and let them run."""
        self._now += seconds
        due = [f for t, f in self._sleepers if t <= self._now]
        self._sleepers = [(t, f) for t, f in self._sleepers if t > self._now]
        for future in due:
            if not future.done():
                future.set_result(None)
        await settle()


async def settle(turns: int = 20) -> None:
    """Let every ready task run until the loop has nothing left to do right now."""
    for _ in range(turns):
        await asyncio.sleep(0)
