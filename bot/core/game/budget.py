"""The channel's message budget, kept by the game itself.

Discord lets a bot post 5 messages per 5 seconds in a channel. A game posts its
question, up to three hints and the result each round, so it schedules them
within that budget itself instead of leaning on discord.py's limiter (which would
hold messages back, and a held-back result is a late result): a question or a
hint goes out only if a slot stays free for the round's result.
"""

from __future__ import annotations

from collections import deque

LIMIT = 5
WINDOW = 5.0
_EPSILON = 1e-6  # a little longer, so that waiting as long as `wait` says always frees the slots


class MessageBudget:
    def __init__(self, limit: int = LIMIT, window: float = WINDOW) -> None:
        self.limit = limit
        self.window = window
        self._sent: deque[float] = deque()

    def record(self, now: float) -> None:
        """A message was posted (or is being posted) at `now`."""
        self._sent.append(now)

    def free(self, now: float) -> int:
        """How many messages may be posted at `now` without going over."""
        while self._sent and now - self._sent[0] >= self.window:
            self._sent.popleft()
        return max(0, self.limit - len(self._sent))

    def wait(self, now: float, slots: int) -> float:
        """Seconds from `now` until `slots` messages may be posted (0: now)."""
        if self.free(now) >= slots:
            return 0.0
        needed = len(self._sent) - (self.limit - slots)  # that many must leave the window
        return self._sent[needed - 1] + self.window - now + _EPSILON


class NoBudget(MessageBudget):
    """No channel to count for (a solo game at a terminal): every message may go out now."""

    def record(self, now: float) -> None:
        pass

    def free(self, now: float) -> int:
        return self.limit

    def wait(self, now: float, slots: int) -> float:
        return 0.0
