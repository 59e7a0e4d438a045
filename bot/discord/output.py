"""How a game looks in a Discord channel: the GameOutput of the cog.

A round posts its question, at most three hints and its result; the session keeps
them within Discord's 5 messages per 5 seconds (core.budget). The end of a game is
one embed. Every message pings nobody, except a result, which may ping its winner
and no one else. Texts come from the catalogue; sizes are kept by `limits`. A failure
that passes (see the end of this module) is raised as PassingFailure, and the game posts the same
message again, with the same nonce, so that it never shows twice.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator

import aiohttp
import discord

from ..core.catalogue import say
from ..core.game import Game, GameEnd, PassingFailure, Round
from ..core.store import PlayerStats
from . import limits
from .views import choice_view

MEDALS = ("🥇", "🥈", "🥉")
STANDINGS_BUDGET = 3500  # of the embed description's 4,096 characters
_GAME_ENDS = {
    GameEnd.COMPLETED: "completed",
    GameEnd.STOPPED: "stopped",
    GameEnd.IDLE: "idle",
    GameEnd.FAILED: "failed",
}


def seconds(value: float) -> str:
    return f"{value:.1f}"


def question_text(game: Game, round_: Round) -> str:
    return say(
        "discord.question",
        number=round_.number,
        total=game.total_rounds,
        seconds=f"{round_.seconds:g}",
        prize=round_.top_prize,
        text=round_.question.text,
    )


def hint_text(round_: Round, hint: str) -> str:
    return say(
        "discord.hint",
        number=round_.hints_shown,
        total=len(round_.hints),  # the ladder, at most three
        hint=hint,
        prize=round_.top_prize,
    )


def result_text(game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> str:
    question = round_.question
    winner = round_.winner
    if winner is None:
        assert round_.ended is not None
        head = say("discord.revealed", how=say(f"discord.{round_.ended.key}"), answer=question.answer)
    else:
        assert round_.elapsed is not None
        head = say(
            "discord.won",
            winner=winner.id,
            elapsed=seconds(round_.elapsed),
            points=round_.points,
            bonus=say("discord.bonus", bonus=round_.bonus) if round_.bonus else "",
            streak=say("discord.streak", streak=round_.streak) if round_.streak >= 2 else "",
            total=say("discord.total", total=stats.points) if stats is not None else "",
        )
        if stats is None:
            head += say("discord.unsaved", error=save_error)
        head += say("discord.answer", answer=question.answer)
    if round_.ended_streak is not None:
        holder, length = round_.ended_streak
        if winner is not None:
            head += say(
                "discord.streak_ended_by",
                winner=limits.name(winner.name),
                holder=limits.name(holder.name),
                length=length,
            )
        else:
            head += say("discord.streak_ended", holder=limits.name(holder.name), length=length)
    if not question.explanation:  # a Red list's questions have none
        return head
    return head + say("discord.explanation", explanation=question.explanation)


def end_embed(game: Game) -> discord.Embed:
    """The final standings, the fastest answer, the longest streak and the questions
    asked: within Discord's embed limits whatever the players' names."""
    assert game.ended is not None
    reason = say(f"discord.end.{_GAME_ENDS[game.ended]}", silent=game.max_silent_rounds)
    rows = [
        say(
            "discord.standing",
            place=MEDALS[n] if n < len(MEDALS) else f"{n + 1}.",
            name=limits.name(player.name),
            points=points,
            s="s" * (points != 1),
        )
        for n, (player, points) in enumerate(game.standings())
    ]
    shown = (
        limits.rows(rows, STANDINGS_BUDGET, say("discord.more_players", n="{n}")) if rows else [say("discord.nobody")]
    )
    embed = discord.Embed(title=say("discord.standings"), description="\n".join([reason, "", *shown]))
    if (fastest := game.fastest) is not None and fastest.winner is not None and fastest.elapsed is not None:
        value = say("discord.fastest_value", name=limits.name(fastest.winner.name), elapsed=seconds(fastest.elapsed))
        embed.add_field(name=say("discord.fastest"), value=value)
    if game.best_streak is not None and game.best_streak[1] >= 2:
        player, length = game.best_streak
        value = say("discord.best_streak_value", name=limits.name(player.name), length=length)
        embed.add_field(name=say("discord.best_streak"), value=value)
    asked = sum(1 for r in game.rounds if r.shown_at is not None)
    embed.add_field(
        name=say("discord.questions"), value=say("discord.questions_value", asked=asked, total=game.total_rounds)
    )
    return embed


class ChannelOutput:
    """Posts one game's messages to its channel; `on_result` hears of each round's end."""

    def __init__(
        self, channel: discord.abc.Messageable, channel_id: int, on_result: Callable[[Round], None] | None = None
    ) -> None:
        self.channel = channel
        self.channel_id = channel_id
        self.on_result = on_result
        self._question: discord.Message | None = None  # of a multiple-choice round
        self.nonces = Nonces()

    async def show_question(self, game: Game, round_: Round) -> None:
        text = limits.content(question_text(game, round_))
        nonce = self.nonces.of("q", round_.number)
        with passing_failures():
            if not round_.options:
                await self.channel.send(text, nonce=nonce)
                return
            view = choice_view(self.channel_id, round_)
            self._question = await self.channel.send(text, view=view, nonce=nonce)

    async def close_choices(self, game: Game, round_: Round) -> None:
        """Grey the buttons out and show the right one in green, in one edit."""
        if self._question is not None:
            # A refusal (403, 404) is let go: the result still comes; a failure that passes is tried again.
            with contextlib.suppress(discord.HTTPException), passing_failures():
                await self._question.edit(view=choice_view(self.channel_id, round_, closed=True))
            self._question = None

    async def show_hint(self, game: Game, round_: Round, hint: str) -> None:
        text = limits.content(hint_text(round_, hint))
        which = round_.hints.index(hint) if hint in round_.hints else round_.hints_shown
        with passing_failures():
            await self.channel.send(text, nonce=self.nonces.of("h", round_.number, which))

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        if self.on_result is not None:
            self.on_result(round_)
        winner = round_.winner
        mentions = (
            discord.AllowedMentions(users=[discord.Object(winner.id)]) if winner else discord.AllowedMentions.none()
        )
        text = limits.content(result_text(game, round_, stats, save_error))
        with passing_failures():
            await self.channel.send(text, allowed_mentions=mentions, nonce=self.nonces.of("r", round_.number))

    async def show_end(self, game: Game) -> None:
        with passing_failures():
            await self.channel.send(embed=end_embed(game), nonce=self.nonces.of("e"))


# Failures that pass: Which failures of a request to Discord pass, for the game to ride out (core.game.retry).
#
# discord.py retries a request itself only on 500, 502, 504 and 524 (five tries over
# about 25 seconds), and on a connection reset only for errno 54 or 10054 (macOS and
# Windows: Linux says 104). So a 503 from the proxy in front of the API ("upstream
# connect error…"), a reset on Linux, or aiohttp's ServerDisconnectedError (the server
# closed a kept-alive connection) reaches the bot at once (discord.py's http.py;
# Rapptz/discord.py#842, #4026). Those pass: the game tries again (`PassingFailure`).
# What does not pass is left as it is, and ends the game: a 403 (the bot may not post;
# trying again would only add to Discord's count of invalid requests), any other 4xx,
# and the 5xx that discord.py has already retried five times.
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
