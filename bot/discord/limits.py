"""Discord's limits and markup, applied in the one place messages are built and guesses read
(and which messages are read at all: `is_chat`).

Discord refuses (400, code 50035) a message over any of these, and a refused message
is a game that goes quiet. Names come from players and can be anything up to 32
characters, which escaping can double; rows are capped with "and N more".

What players type is cleaned of Discord's markup before judging (`guess_text`), and
names players chose are made inert before they are shown (`plain`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
