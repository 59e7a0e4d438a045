"""The trivia cog: `!trivia` / `/trivia` commands and guesses, around the game core.

Commands only start or signal a game and return; each game runs as its own task
(see core.session). Domain errors raised by the core become replies here.

The `type: ignore[arg-type]` on the hybrid decorators works around discord.py's
hybrid command signatures, which mypy cannot solve (Rapptz/discord.py#9788).
"""

from __future__ import annotations

import asyncio
import logging
import math
import random

import discord
from discord import app_commands
from discord.ext import commands

from ...core.errors import NoGameRunning, QuestionFileError, TriviaError
from ...core.game import Game, Player
from ...core.questions import load_bank
from ...core.session import GameSession, Sessions
from ...core.store import ScoreStore
from ..checks import NotGameController, is_moderator, trivia_admin, trivia_admin_slash
from ..client import TriviaBot
from ..markup import guess_text, plain
from ..output import NO_PINGS, ChannelOutput, leaderboard_text, stats_text

log = logging.getLogger(__name__)

DEFAULT_ROUNDS = 10
MAX_ROUNDS = 50
Rounds = commands.Range[int, 1, MAX_ROUNDS]
MAX_REPLY = 1900  # Discord's limit is 2000 characters; leave room for the frame

HELP_TEXT = """\
**Trivia about *The Trauma Code: Heroes on Call*** (prefix `{p}` or slash `/`)
`{p}trivia` or `{p}trivia start [rounds]`: start a game in this channel, then just type your answers
`{p}trivia skip`: reveal the answer and move on (game starter or moderators)
`{p}trivia stop`: end the game and show the standings (game starter or moderators)
`{p}trivia leaderboard`: this server's top 10 (also `top`, `scores`)
`{p}trivia stats [member]`: points, correct answers, games and rank
`{p}trivia reload` or `/trivia-admin reload`: re-read the question file (Manage Server)"""


class Trivia(commands.Cog):
    def __init__(self, bot: TriviaBot) -> None:
        self.bot = bot
        self.sessions = Sessions()
        self.rng = random.Random()

    async def cog_unload(self) -> None:
        await self.sessions.cancel_all()

    async def cog_check(self, ctx: commands.Context[TriviaBot]) -> bool:  # type: ignore[override]
        if ctx.guild is None:
            raise commands.NoPrivateMessage("Trivia is played in a server channel, not in direct messages.")
        return True

    @commands.hybrid_group(name="trivia", invoke_without_command=True)  # type: ignore[arg-type]
    async def trivia(self, ctx: commands.Context[TriviaBot]) -> None:
        """Start a trivia game in this channel."""
        await self._start(ctx, DEFAULT_ROUNDS)

    # Cooldowns stop one member from flooding the channel with replies; a mistyped
    # argument does not use one up (cooldown_after_parsing).
    @trivia.command(name="start", cooldown_after_parsing=True)  # type: ignore[arg-type]
    @commands.cooldown(3, 10.0, commands.BucketType.member)
    async def start(self, ctx: commands.Context[TriviaBot], rounds: Rounds = DEFAULT_ROUNDS) -> None:
        """Start a trivia game in this channel (default 10 questions)."""
        await self._start(ctx, rounds)

    @trivia.command(name="stop")  # type: ignore[arg-type]
    async def stop(self, ctx: commands.Context[TriviaBot]) -> None:
        """End this channel's game and post the final standings."""
        session = self._controlled_session(ctx)
        session.stop()
        await acknowledge(ctx, "Stopping the game…")

    @trivia.command(name="skip")  # type: ignore[arg-type]
    async def skip(self, ctx: commands.Context[TriviaBot]) -> None:
        """Reveal the answer of the current question and move on."""
        session = self._controlled_session(ctx)
        if session.skip():
            await acknowledge(ctx, "Skipping…")
        else:
            await ctx.send("There is no open question to skip right now.", ephemeral=True)

    @trivia.command(name="leaderboard", aliases=["top", "scores"])  # type: ignore[arg-type]
    @commands.cooldown(2, 10.0, commands.BucketType.member)
    async def leaderboard(self, ctx: commands.Context[TriviaBot]) -> None:
        """This server's all-time top 10."""
        assert ctx.guild is not None
        rows = await self.bot.store.run(ScoreStore.leaderboard, ctx.guild.id, 10)
        await ctx.send(leaderboard_text(ctx.guild.name, rows), allowed_mentions=NO_PINGS)

    @trivia.command(name="stats")  # type: ignore[arg-type]
    @commands.cooldown(2, 10.0, commands.BucketType.member)
    async def stats(self, ctx: commands.Context[TriviaBot], member: discord.Member | None = None) -> None:
        """A player's points, correct answers, games played and rank on this server."""
        assert ctx.guild is not None
        who = member or ctx.author
        found = await self.bot.store.run(ScoreStore.stats, ctx.guild.id, who.id)
        players = await self.bot.store.run(ScoreStore.player_count, ctx.guild.id)
        await ctx.send(stats_text(who.display_name, found, players), allowed_mentions=NO_PINGS)

    # The prefix form only: as a slash command, reload lives in /trivia-admin, which
    # Discord shows only to members with Manage Server (defaults apply to top-level
    # commands, so it cannot be a hidden subcommand of /trivia).
    @trivia.command(name="reload", with_app_command=False)
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def reload(self, ctx: commands.Context[TriviaBot]) -> None:
        """Re-read the question file; a broken file keeps the current questions."""
        await ctx.send(await self._reload(), allowed_mentions=NO_PINGS)

    admin = app_commands.Group(
        name="trivia-admin",
        description="Trivia administration (Manage Server)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    @admin.command(name="reload", description="Re-read the question file; a broken file keeps the current questions")
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def reload_slash(self, interaction: discord.Interaction[TriviaBot]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)  # a big file may take a while
        await interaction.followup.send(await self._reload(), ephemeral=True, allowed_mentions=NO_PINGS)

    async def _reload(self) -> str:
        """Load the question file off the event loop and swap the bank in only if it is valid."""
        path = self.bot.settings.questions_path
        try:
            bank = await asyncio.to_thread(load_bank, path)
        except QuestionFileError as error:
            kept = len(self.bot.bank)
            problems = "\n".join(str(p) for p in error.problems)
            if len(problems) > MAX_REPLY - 200:
                problems = problems[: MAX_REPLY - 200] + "\n…"
            return (
                f"❌ Reload failed; still using the {kept} questions loaded before. "
                f"{len(error.problems)} problem(s):\n```\n{problems}\n```"
            )
        self.bot.bank = bank
        log.info("reloaded %d questions from %s", len(bank), path)
        running = len(self.sessions)
        note = f" {running} running game(s) finish with their current questions." if running else ""
        return f"✅ Reloaded {len(bank)} questions from `{path.name}`.{note}"

    @trivia.command(name="help")  # type: ignore[arg-type]
    @commands.cooldown(2, 10.0, commands.BucketType.member)
    async def help(self, ctx: commands.Context[TriviaBot]) -> None:
        """How to play."""
        await ctx.send(HELP_TEXT.format(p=self.bot.settings.prefix), allowed_mentions=NO_PINGS)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None:
            return
        session = self.sessions.get(message.channel.id)
        if session is None or not message.content:
            return
        session.guess(Player(message.author.id, message.author.display_name), guess_text(message.content))

    async def _start(self, ctx: commands.Context[TriviaBot], rounds: int) -> None:
        assert ctx.guild is not None
        settings, bank = self.bot.settings, self.bot.bank
        game = Game(
            questions=bank.draw(rounds, self.rng),
            started_by=Player(ctx.author.id, ctx.author.display_name),
            round_seconds=settings.round_seconds,
        )
        session = GameSession(
            game,
            ChannelOutput(ctx.channel),
            self.bot.store,
            guild_id=ctx.guild.id,
            channel_id=ctx.channel.id,
            pause=settings.pause_seconds,
        )
        await self.sessions.reserve_when_free(session)  # raises GameAlreadyRunning
        try:
            await ctx.send(
                f"🩺 **Trauma Code trivia!** {game.total_rounds} questions, {settings.round_seconds:g} seconds each. "
                "Type your answers in this channel; the first correct answer scores.",
                allowed_mentions=NO_PINGS,
            )
        except BaseException:
            self.sessions.release(session)
            raise
        self.sessions.launch(session)

    def _controlled_session(self, ctx: commands.Context[TriviaBot]) -> GameSession:
        session = self.sessions.get(ctx.channel.id)
        if session is None:
            raise NoGameRunning()
        if ctx.author.id != session.game.started_by.id and not is_moderator(ctx.author):
            raise NotGameController()
        return session

    async def cog_app_command_error(  # type: ignore[override]
        self, interaction: discord.Interaction[TriviaBot], error: app_commands.AppCommandError
    ) -> None:
        """Errors of the pure slash commands (/trivia-admin); hybrid ones go below."""
        if isinstance(error, app_commands.CheckFailure):
            message = str(error) or "You can't use that command here."
        else:
            log.error(
                "slash command %s failed", interaction.command and interaction.command.qualified_name, exc_info=error
            )
            message = "Something went wrong; the error was logged."
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_PINGS)

    async def cog_command_error(self, ctx: commands.Context[TriviaBot], error: Exception) -> None:  # type: ignore[override]
        cause = _unwrap(error)
        if isinstance(cause, commands.CommandOnCooldown):
            name = ctx.command.qualified_name if ctx.command else "that"
            wait = max(1, math.ceil(cause.retry_after))
            message = f"Slow down: you can use `{name}` again in {wait} second{'s' * (wait != 1)}."
        elif isinstance(cause, TriviaError | commands.CheckFailure | commands.UserInputError):
            message = str(cause) or "You can't use that command here."
        else:
            log.error("command %s failed", ctx.command, exc_info=cause)
            message = "Something went wrong; the error was logged."
        await ctx.send(
            plain(message) if isinstance(cause, commands.UserInputError) else message,
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )


async def acknowledge(ctx: commands.Context[TriviaBot], text: str) -> None:
    """Confirm a command whose effect the game itself will show.

    A slash command must be answered, so it gets a private reply; a prefix command
    gets a reaction, because every message counts against the channel's limit of
    5 messages per 5 seconds, which the game's own messages need.
    """
    if ctx.interaction is not None:
        await ctx.send(text, ephemeral=True)
    else:
        await ctx.message.add_reaction("✅")


def _unwrap(error: BaseException) -> BaseException:
    """The exception a command raised, out of discord.py's wrappers (prefix, hybrid, slash)."""
    while True:
        inner = getattr(error, "original", None)
        if not isinstance(inner, BaseException):
            return error
        error = inner


async def setup(bot: TriviaBot) -> None:
    await bot.add_cog(Trivia(bot))
