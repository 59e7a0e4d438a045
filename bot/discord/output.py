"""How a game looks in a Discord channel: the GameOutput of the cog.

Two messages a round at most (the question, then the result), so a game stays far
below Discord's limit of 5 messages per 5 seconds per channel. Every message pings
nobody, except the win announcement, which may ping its winner and no one else.
"""

from __future__ import annotations

import discord

from ..core.game import Game, GameEnd, Round, RoundEnd
from ..core.store import PlayerStats
from . import limits

NO_PINGS = discord.AllowedMentions.none()

_ROUND_ENDS = {
    RoundEnd.TIMED_OUT: "⏰ Time's up!",
    RoundEnd.SKIPPED: "⏭️ Skipped.",
    RoundEnd.STOPPED: "⏹️ Stopped.",
}
_GAME_ENDS = {
    GameEnd.COMPLETED: "🏁 That's the last question!",
    GameEnd.STOPPED: "⏹️ The game was stopped.",
    GameEnd.IDLE: "💤 Nobody answered {silent} questions in a row, so the game is over.",
    GameEnd.FAILED: "⚠️ The game stopped because of an error. Every point announced is saved.",
}


STANDINGS_BUDGET = 1500  # of the 2,000 characters a message may have


def question_text(game: Game, round_: Round) -> str:
    return f"**Question {round_.number}/{game.total_rounds}** · {round_.seconds:g} seconds\n{round_.question.text}"


def result_text(game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> str:
    question = round_.question
    if round_.winner is None:
        assert round_.ended is not None
        head = f"{_ROUND_ENDS[round_.ended]} The answer was **{question.answer}**."
    else:
        head = f"🎉 <@{round_.winner.id}> got it! The answer was **{question.answer}**."
        if stats is not None:
            head += f" +{game.points_per_answer} point · {stats.points} in total on this server."
        else:
            head += f"\n⚠️ Your point could not be saved right now ({save_error}). The game goes on."
    return f"{head}\n💡 {question.explanation}"


def end_text(game: Game) -> str:
    assert game.ended is not None
    lines = [_GAME_ENDS[game.ended].format(silent=game.max_silent_rounds)]
    standings = game.standings()
    if standings:
        lines.append("**Final standings**")
        rows = [f"{i}. {limits.name(p.name)}: {pts} point{'s' * (pts != 1)}" for i, (p, pts) in enumerate(standings, 1)]
        lines += limits.rows(rows, STANDINGS_BUDGET, "…and {n} more players")
    else:
        lines.append("Nobody scored this time.")
    return "\n".join(lines)


def leaderboard_text(guild_name: str, rows: list[PlayerStats]) -> str:
    if not rows:
        return "No scores yet on this server."
    lines = [f"🏆 **Trivia leaderboard · {limits.name(guild_name, 100)}**"]
    lines += [f"{r.rank}. {limits.name(r.name)}: {r.points} points, {r.correct} correct" for r in rows]
    return "\n".join(lines)


def stats_text(name: str, stats: PlayerStats | None, players: int) -> str:
    if stats is None:
        return f"{limits.name(name)} has no trivia points on this server yet."
    return (
        f"📊 **{limits.name(name)}**: {stats.points} points, {stats.correct} correct answers, "
        f"{stats.games} games played, rank {stats.rank} of {players} on this server."
    )


class ChannelOutput:
    """Posts one game's messages to its channel."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        self.channel = channel

    async def show_question(self, game: Game, round_: Round) -> None:
        await self.channel.send(limits.content(question_text(game, round_)), allowed_mentions=NO_PINGS)

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        winner = round_.winner
        mentions = discord.AllowedMentions(users=[discord.Object(winner.id)]) if winner else NO_PINGS
        await self.channel.send(limits.content(result_text(game, round_, stats, save_error)), allowed_mentions=mentions)

    async def show_end(self, game: Game) -> None:
        await self.channel.send(limits.content(end_text(game)), allowed_mentions=NO_PINGS)
