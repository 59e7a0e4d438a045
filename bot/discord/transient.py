"""Which failures of a request to Discord pass, for the game to ride out (core.game.retry).

discord.py retries a request itself only on 500, 502, 504 and 524 (five tries over
about 25 seconds), and on a connection reset only for errno 54 or 10054 (macOS and
Windows: Linux says 104). So a 503 from the proxy in front of the API ("upstream
connect error…"), a reset on Linux, or aiohttp's ServerDisconnectedError (the server
closed a kept-alive connection) reaches the bot at once (discord.py's http.py;
Rapptz/discord.py#842, #4026). Those pass: the game tries again (`PassingFailure`).
What does not pass is left as it is, and ends the game: a 403 (the bot may not post;
trying again would only add to Discord's count of invalid requests), any other 4xx,
and the 5xx that discord.py has already retried five times.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator

import aiohttp
import discord

from ..core.game import PassingFailure

RETRIED_BY_DISCORD_PY = frozenset({500, 502, 504, 524})


def passes(error: BaseException) -> bool:
    """Whether a failed request may well succeed if it is sent again in a moment."""
    if isinstance(error, discord.DiscordServerError):
        return error.status not in RETRIED_BY_DISCORD_PY
    if isinstance(error, discord.HTTPException):
        return False  # 4xx (403 above all), or a 429 too long to wait
    return isinstance(error, aiohttp.ClientConnectionError | ConnectionError | TimeoutError)


@contextlib.contextmanager
def passing_failures() -> Iterator[None]:
    """Inside: a failure that passes is raised as PassingFailure (from it), for the game."""
    try:
        yield
    except Exception as error:
        if passes(error):
            raise PassingFailure(f"{type(error).__name__}: {error}") from error
        raise


class Nonces:
    """One nonce per message a game posts, the same for each try of that message.

    Discord creates a message sent with a nonce (and `enforce_nonce`, which discord.py
    adds) only once: a retry of a message whose answer was lost on the way gets the
    first one back instead of posting it twice (Create Message, `enforce_nonce`)."""

    def __init__(self) -> None:
        self._base = secrets.token_hex(6)  # 12 of the 25 characters Discord allows

    def of(self, kind: str, *numbers: int) -> str:
        return self._base + kind + "-".join(map(str, numbers))
