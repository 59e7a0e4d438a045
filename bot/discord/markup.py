"""Discord's markup, in and out: what players type is cleaned before judging, and
names players chose are made inert before they are shown."""

from __future__ import annotations

import re

from discord.utils import escape_markdown, escape_mentions

# User, role and channel mentions, custom emoji, timestamps, slash-command links,
# and @everyone / @here: none of them is part of an answer.
_MARKUP = re.compile(r"<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?|/[\w -]+:\d+)>|@(?:everyone|here)\b")


def guess_text(content: str) -> str:
    """The answer a player typed, without the Discord markup around it."""
    if "<" not in content and "@" not in content:  # most messages: skip the regex
        return content
    return _MARKUP.sub(" ", content)


def plain(name: str) -> str:
    """A player-chosen name made safe to show: no markdown tricks, no mentions."""
    return escape_markdown(escape_mentions(name))
