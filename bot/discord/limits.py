"""Discord's limits and markup, applied in the one place messages are built and guesses read
(and which messages are read at all: `is_chat`); and the pace that keeps every request
under Discord's global rate limit (`GlobalPace`).

Discord refuses (400, code 50035) a message over any of these, and a refused message
is a game that goes quiet. Names come from players and can be anything up to 32
characters, which escaping can double; rows are capped with "and N more".

What players type is cleaned of Discord's markup before judging (`guess_text`), and
names players chose are made inert before they are shown (`plain`).

Discord's global rate limit is 50 requests a second for the whole bot.
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
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from types import SimpleNamespace

import aiohttp
import discord
from discord.utils import escape_markdown, escape_mentions

CONTENT_MAX = 2000
NAME_MAX = 32  # Discord's longest username, global name or nickname
ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


def name(raw: str, limit: int = NAME_MAX) -> str:
    """A player's name, cut to `limit` characters, then made inert (no markdown, no pings)."""
    return plain(clip(raw.strip() or "?", limit))


def content(text: str) -> str:
    """A message's content within Discord's 2,000 characters, whatever went into it."""
    return clip(text, CONTENT_MAX)


def rows(lines: Sequence[str], budget: int, more: str = "…and {n} more") -> list[str]:
    """As many `lines` as fit in `budget` characters once joined by newlines; when some
    must go, the last line says how many were left out."""
    if len("\n".join(lines)) <= budget:
        return list(lines)
    kept: list[str] = []
    used = 0  # characters of the kept lines, each with its newline
    for index, line in enumerate(lines):
        if used + len(line) + 1 + len(more.format(n=len(lines) - index - 1)) > budget:
            return [*kept, more.format(n=len(lines) - index)]
        kept.append(line)
        used += len(line) + 1
    return kept  # pragma: no cover - the whole list fits, returned above


# User, role and channel mentions, custom emoji, timestamps, slash-command links,
# and @everyone / @here: none of them is part of an answer.
_MARKUP = re.compile(r"<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?|/[\w -]+:\d+)>|@(?:everyone|here)\b")


# What a member types: an ordinary message, or a reply. Every other type is a system
# message, and several carry text in `content` that is no guess: a thread's name
# (THREAD_CREATED), a channel's new name, a boost count
# (https://discord.com/developers/docs/resources/message#message-object-message-types).
CHAT = frozenset({discord.MessageType.default, discord.MessageType.reply})


def is_chat(message: discord.Message) -> bool:
    """Whether a member typed this message (and it may be a guess or a command)."""
    return message.type in CHAT


def guess_text(content: str) -> str:
    """The answer a player typed, without the Discord markup around it."""
    if "<" not in content and "@" not in content:  # most messages: skip the regex
        return content
    return _MARKUP.sub(" ", content)


def plain(name: str) -> str:
    """A player-chosen name made safe to show: no markdown tricks, no mentions."""
    return escape_markdown(escape_mentions(name))


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
