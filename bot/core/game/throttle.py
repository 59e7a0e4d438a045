"""How often the bot may answer one member in public.

Every message counts against the channel's budget of 5 messages per 5 seconds,
which a game's questions need. A member who repeats a command gets one public
reply per `repeat_window`, and at most `burst` public replies per `window` in all,
whatever they type; the adapter answers the rest quietly (a reaction). Pure: the
caller passes the time, so tests use a fake clock.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable


class ReplyThrottle:
    def __init__(
        self, window: float = 5.0, burst: int = 2, repeat_window: float = 10.0, max_keys: int = 10_000
    ) -> None:
        self.window = window
        self.burst = burst
        self.repeat_window = repeat_window
        self.max_keys = max_keys
        self._member: dict[Hashable, deque[float]] = {}
        self._command: dict[Hashable, float] = {}

    def allow(self, member: Hashable, command: Hashable, now: float) -> bool:
        """True if `member` (say, a member in a channel) may get a public reply to
        `command` now; the reply then counts. A refused call counts for nothing."""
        key = (member, command)
        last = self._command.get(key)
        if last is not None and now - last < self.repeat_window:
            return False
        recent = self._member.get(member)
        if recent is not None:
            while recent and now - recent[0] >= self.window:
                recent.popleft()
            if len(recent) >= self.burst:
                return False
        if len(self._command) >= self.max_keys:
            self._forget(now)
        self._command[key] = now
        self._member.setdefault(member, deque()).append(now)
        return True

    def __len__(self) -> int:
        return len(self._command) + len(self._member)

    def _forget(self, now: float) -> None:
        """Drop expired entries, so a long-running bot's memory stays bounded."""
        self._command = {k: t for k, t in self._command.items() if now - t < self.repeat_window}
        if len(self._command) >= self.max_keys:  # all fresh: keep the newer half
            newest = sorted(self._command.items(), key=lambda item: item[1])[len(self._command) // 2 :]
            self._command = dict(newest)
        self._member = {k: q for k, q in self._member.items() if q and now - q[-1] < self.window}
