"""The trivia cog: `!trivia` / `/trivia` commands and guesses, around the game core.

Commands only start or signal a game and return; each game runs as its own task
(see core.session). Domain errors raised by the core become replies (replies.py),
posted at most once per member per window so that no one can flood a channel.

The `type: ignore[arg-type]` on the hybrid decorators works around discord.py's
hybrid command signatures, which mypy cannot solve (Rapptz/discord.py#9788).
"""

from __future__ import annotations

import functools
import logging
import math
import random
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from ...core.catalogue import say, term
from ...core.errors import NoGameRunning
from ...core.game import DEFAULT_ROUNDS, MAX_ROUNDS, GameSession, HintRefusal, Player, Sessions, parse_start
from ...core.store import SETTINGS
from ..admin import change_setting, reload_bank, settings_text
from ..answers import typed_answer
from ..boards import PAGE, board_text, favourite, since, stats_text
from ..checks import NotGameController, is_moderator, trivia_admin, trivia_admin_slash
from ..client import TriviaBot
from ..games import WrongChannel, intro_text, new_session
from ..limits import guess_text
from ..output import ChannelOutput
from ..replies import (
    QUIET,
    MissingChannelPermissions,
    Replies,
    UnknownSubcommand,
    acknowledge,
    missing_for_game,
    react,
)
from ..reports import ReportDesk
from ..views import ChoiceButton, Pager

log = logging.getLogger(__name__)

Rounds = commands.Range[int, 1, MAX_ROUNDS]
Difficulty = Literal["easy", "medium", "hard"]
Period = Literal["all", "week", "month"]
Mode = Literal["open", "choices"]
# The choices of `/trivia start category`: the bank's categories, filled in place when the
# cog loads and on reload. They are part of the command's payload, so new categories
# are synced at the next start (or by `python -m bot sync`).
CATEGORY_CHOICES: list[app_commands.Choice[str]] = []


def offer_categories(categories: list[str]) -> None:
    CATEGORY_CHOICES[:] = [app_commands.Choice(name=c, value=c) for c in categories[:25]]


NO_MEMBER = commands.param(default=None)  # the caller, when no member is named


@app_commands.guild_only()
class Trivia(commands.Cog):
    def __init__(self, bot: TriviaBot) -> None:
        self.bot = bot
        self.sessions = Sessions()
        self.rng = random.Random()
        self.replies = Replies()
        self.desk = ReportDesk(bot)
        offer_categories(list(bot.bank.categories()))

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ChoiceButton)  # clicks on question buttons, even from before a restart

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ChoiceButton)
        await self.sessions.cancel_all()

    async def cog_check(self, ctx: commands.Context[TriviaBot]) -> bool:  # type: ignore[override]
        if ctx.guild is None:
            raise commands.NoPrivateMessage(say("error.dm"))
        return True

    admin = app_commands.Group(
        name="trivia-admin",
        description="Trivia administration (Manage Server)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    @commands.hybrid_group(name="trivia", invoke_without_command=True)  # type: ignore[arg-type]
    @app_commands.guild_only()
    async def trivia(self, ctx: commands.Context[TriviaBot]) -> None:
        """Start a trivia game in this channel."""
        # discord.py runs the group for any word it does not know (and clears
        # `subcommand_passed` first): `!trivia leaderbord` is a typo, not a start.
        if words := ctx.view.buffer[ctx.view.index :].split():
            known = sorted(self.trivia.all_commands)  # names and aliases
            raise UnknownSubcommand(self.bot.settings.prefix, words[0], known)
        await self._start(ctx, [])

    # A mistyped argument does not use up a cooldown (cooldown_after_parsing).
    @trivia.command(name="start", cooldown_after_parsing=True)  # type: ignore[arg-type]
    @commands.cooldown(3, 10.0, commands.BucketType.member)
    @app_commands.describe(
        rounds=f"How many questions (1 to {MAX_ROUNDS}, default {DEFAULT_ROUNDS})",
        category="Only questions of this category (default: all)",
        difficulty="Only questions of this difficulty (default: all)",
        mode="open: type the answers; choices: four buttons (default: the server's setting)",
    )
    @app_commands.choices(category=CATEGORY_CHOICES)
    async def start(
        self,
        ctx: commands.Context[TriviaBot],
        rounds: Rounds | None = None,
        category: str | None = None,
        difficulty: Difficulty | None = None,
        mode: Mode | None = None,
    ) -> None:
        """Start a trivia game here: `start [rounds] [category] [difficulty]`, in any order."""
        if ctx.interaction is None:  # the prefix form takes its words in any order
            words = ctx.message.content[len(ctx.prefix or "") :].split()[len(ctx.invoked_parents) + 1 :]
        else:
            words = [str(w) for w in (rounds, category, difficulty, mode) if w is not None]
        await self._start(ctx, words)

    @trivia.command(name="settings")  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, commands.BucketType.member)
    async def settings(self, ctx: commands.Context[TriviaBot]) -> None:
        """This server's settings, with their defaults."""
        assert ctx.guild is not None
        if await self._public_reply(ctx):
            current = await self.bot.server_settings(ctx.guild.id)
            text = settings_text(current, self.bot.default_settings(), self.bot.settings.prefix)
            await ctx.send(text)

    @trivia.command(name="set", with_app_command=False)
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def set_setting(self, ctx: commands.Context[TriviaBot], name: str = "", *, value: str = "") -> None:
        """Change a setting of this server: `set <name> <value>`, or `set <name> default`."""
        assert ctx.guild is not None
        await ctx.send(await change_setting(self.bot, ctx.guild.id, name, value))

    @admin.command(name="set", description="Change one of this server's trivia settings")
    @app_commands.describe(name="The setting", value="Its new value, or `default`")
    @app_commands.choices(name=[app_commands.Choice(name=n, value=n) for n in SETTINGS])
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def set_slash(self, interaction: discord.Interaction[TriviaBot], name: str, value: str) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await change_setting(self.bot, interaction.guild_id, name, value)
        await interaction.followup.send(text, ephemeral=True)

    @trivia.command(name="report", cooldown_after_parsing=True)  # type: ignore[arg-type]
    @commands.cooldown(3, 60.0, commands.BucketType.member)
    @app_commands.describe(reason="What is wrong with the question or its answer")
    async def report(self, ctx: commands.Context[TriviaBot], *, reason: str = "") -> None:
        """Report the current question (or the one that just ended) to the server's admins."""
        assert ctx.guild is not None
        question = self.desk.reportable(ctx.channel.id, self.sessions.get(ctx.channel.id))
        if not reason.strip():
            raise commands.BadArgument(say("error.report_reason", prefix=self.bot.settings.prefix))
        await self.desk.file(ctx.guild.id, question, ctx.author.id, reason)
        await acknowledge(ctx, say("report.thanks", question=question.id))

    @trivia.command(name="reports", with_app_command=False)
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def reports(self, ctx: commands.Context[TriviaBot], action: str = "", question_id: str = "") -> None:
        """Open question reports (`reports`), or close a question's (`reports clear <question id>`)."""
        assert ctx.guild is not None
        if action:
            await ctx.send(await self.desk.clear(ctx.guild.id, action, question_id))
            return
        pages = await self.desk.pages(ctx.guild.id)
        view = Pager.of(pages, ctx.author.id)
        message = await ctx.send(pages[0], view=view)  # type: ignore[arg-type]
        if view is not None:
            view.message = message

    @admin.command(name="reports", description="Open question reports, or close those of one question")
    @app_commands.describe(clear="The id of a question whose reports to close")
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def reports_slash(self, interaction: discord.Interaction[TriviaBot], clear: str | None = None) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        if clear:
            text = await self.desk.clear(interaction.guild_id, "clear", clear)
            await interaction.followup.send(text, ephemeral=True)
            return
        pages = await self.desk.pages(interaction.guild_id)
        view = Pager.of(pages, interaction.user.id)
        await interaction.followup.send(pages[0], ephemeral=True, view=view or discord.utils.MISSING)

    @trivia.command(name="hint")  # type: ignore[arg-type]
    async def hint(self, ctx: commands.Context[TriviaBot]) -> None:
        """A hint for the current question (it lowers the prize)."""
        session = self.sessions.get(ctx.channel.id)
        if session is None:
            raise NoGameRunning()
        given = session.hint()
        if isinstance(given, HintRefusal):  # quietly: the channel's messages are the game's
            if ctx.interaction is not None:
                await ctx.send(say(given.value), ephemeral=True)
            else:
                await react(ctx, QUIET if given is HintRefusal.TOO_SOON else "🚫")
        elif ctx.interaction is not None:
            await ctx.send(say("hint.posted"), ephemeral=True)

    @trivia.command(name="categories")  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, commands.BucketType.member)
    async def categories(self, ctx: commands.Context[TriviaBot]) -> None:
        """The question categories, with how many questions each has."""
        if not await self._public_reply(ctx):
            return
        prefix = self.bot.settings.prefix
        listed = [say("categories.item", name=term(n), count=c) for n, c in self.bot.bank.categories().items()]
        text = say("categories.list", categories=", ".join(listed), prefix=prefix)
        await ctx.send(text)

    @trivia.command(name="stop")  # type: ignore[arg-type]
    async def stop(self, ctx: commands.Context[TriviaBot]) -> None:
        """End this channel's game and post the final standings."""
        session = self._controlled_session(ctx)
        session.stop()
        await acknowledge(ctx, say("game.stopping"))

    @trivia.command(name="skip")  # type: ignore[arg-type]
    async def skip(self, ctx: commands.Context[TriviaBot]) -> None:
        """Reveal the answer of the current question and move on."""
        session = self._controlled_session(ctx)
        if session.skip():
            await acknowledge(ctx, say("game.skipping"))
        else:
            await self.replies.refuse(ctx, say("error.no_skip"))

    @trivia.command(name="leaderboard", aliases=["top", "scores"])  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, commands.BucketType.member)
    @app_commands.describe(period="all time (the default), this week (from Monday, UTC) or this month")
    async def leaderboard(self, ctx: commands.Context[TriviaBot], period: Period = "all") -> None:
        """This server's top 10: all time, this week or this month."""
        assert ctx.guild is not None
        if not await self._public_reply(ctx):
            return
        guild, store, start = ctx.guild, self.bot.store, since(period)
        players = await store.board_size(guild.id, start)
        mine = await store.board_place(guild.id, start, ctx.author.id)

        async def render(page: int) -> str:
            rows = await store.board(guild.id, start, PAGE, page * PAGE)
            return board_text(guild.name, period, rows, players, page, mine)

        view = Pager(ctx.author.id, math.ceil(players / PAGE), render) if players > PAGE else None
        message = await ctx.send(await render(0), view=view)  # type: ignore[arg-type]
        if view is not None:
            view.message = message

    @trivia.command(name="stats")  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, commands.BucketType.member)
    @app_commands.describe(member="Whose stats to show (default: yours)")
    async def stats(self, ctx: commands.Context[TriviaBot], *, member: discord.Member = NO_MEMBER) -> None:
        """Points, correct answers, games, win rate, best streak, fastest answer, favourite category, rank."""
        # `member` is not Optional: a name that matches no one is an error ("no such
        # member"), where Optional would quietly show the caller's own stats. It takes
        # the rest of the line, so a name with spaces needs no quotes.
        assert ctx.guild is not None
        if not await self._public_reply(ctx):
            return
        who = member or ctx.author
        found = await self.bot.store.profile(ctx.guild.id, who.id)
        categories = {q.id: q.category for q in self.bot.bank}
        liked = favourite(found.answered, categories) if found else None
        await ctx.send(stats_text(who.display_name, found, liked))

    # The prefix form only: as a slash command, reload lives in /trivia-admin, which
    # Discord shows only to members with Manage Server (defaults apply to top-level
    # commands, so it cannot be a hidden subcommand of /trivia).
    @trivia.command(name="reload", with_app_command=False)
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def reload(self, ctx: commands.Context[TriviaBot]) -> None:
        """Re-read the question file; a broken file keeps the current questions."""
        await ctx.send(await self._reload())

    @admin.command(name="reload", description="Re-read the question file; a broken file keeps the current questions")
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def reload_slash(self, interaction: discord.Interaction[TriviaBot]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)  # a big file may take a while
        await interaction.followup.send(await self._reload(), ephemeral=True)

    async def _reload(self) -> str:
        text = await reload_bank(self.bot, len(self.sessions))
        offer_categories(list(self.bot.bank.categories()))  # the slash choices, synced at the next start
        return text

    @trivia.command(name="help")  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, commands.BucketType.member)
    async def help(self, ctx: commands.Context[TriviaBot]) -> None:
        """How to play."""
        if await self._public_reply(ctx):
            await ctx.send(say("help.text", p=self.bot.settings.prefix))

    # --- Typed answers where the bot cannot read messages (TRIVIA_MESSAGE_CONTENT=0; answers.py)

    @trivia.command(name="answer")  # type: ignore[arg-type]
    @app_commands.describe(guess="Your answer to the current question")
    async def answer(self, ctx: commands.Context[TriviaBot], *, guess: str) -> None:
        """Answer the current question (for servers where the bot cannot read messages)."""
        reply = typed_answer(self.sessions.get(ctx.channel.id), Player(ctx.author.id, ctx.author.display_name), guess)
        if ctx.interaction is not None:  # typed, the answer was judged as any message: no reply
            await ctx.send(reply, ephemeral=True)

    # ---

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None:
            return
        session = self.sessions.get(message.channel.id)
        if session is None or not message.content:
            return
        session.guess(Player(message.author.id, message.author.display_name), guess_text(message.content))

    async def _public_reply(self, ctx: commands.Context[TriviaBot]) -> bool:
        """Whether to answer at all: a member gets one public reply per window (a repeat
        gets a reaction). A slash command is deferred: its answer needs the database,
        and Discord waits only 3 seconds for the first response."""
        if ctx.interaction is not None:
            await ctx.defer()
            return True
        if self.replies.claim(ctx):
            return True
        await react(ctx, QUIET)
        return False

    async def _start(self, ctx: commands.Context[TriviaBot], words: list[str]) -> None:
        assert ctx.guild is not None
        if missing := missing_for_game(ctx):
            raise MissingChannelPermissions(missing)
        finishing = self.sessions.get(ctx.channel.id)
        if ctx.interaction is not None and (finishing is None or finishing.game.ended is not None):
            await ctx.defer()  # the draw reads the database, and the last game may still be finishing
        server = await self.bot.server_settings(ctx.guild.id)
        if not server.allows_channel(ctx.channel.id, getattr(ctx.channel, "parent_id", None)):
            raise WrongChannel(server.channels)
        options = parse_start(words, self.bot.bank.categories(), self.bot.settings.prefix, server.rounds)
        output = ChannelOutput(ctx.channel, ctx.channel.id, functools.partial(self.desk.round_ended, ctx.channel.id))
        player = Player(ctx.author.id, ctx.author.display_name)
        session = await new_session(self.bot, ctx.guild.id, ctx.channel.id, player, output, server, options, self.rng)
        await self.sessions.reserve_when_free(session)  # raises GameAlreadyRunning
        try:
            await ctx.send(intro_text(self.bot, session.game, server, options))
        except BaseException:
            self.sessions.release(session)
            raise
        session.posted()
        self.sessions.launch(session)

    def _controlled_session(self, ctx: commands.Context[TriviaBot]) -> GameSession:
        session = self.sessions.get(ctx.channel.id)
        if session is None:
            raise NoGameRunning()
        starter = session.starter_controls and ctx.author.id == session.game.started_by.id
        if not starter and not is_moderator(ctx.author):
            raise NotGameController(session.starter_controls)
        return session

    async def cog_app_command_error(  # type: ignore[override]
        self, interaction: discord.Interaction[TriviaBot], error: app_commands.AppCommandError
    ) -> None:
        """Errors of the pure slash commands (/trivia-admin); hybrid ones go below."""
        await self.replies.on_app_error(interaction, error)

    async def cog_command_error(self, ctx: commands.Context[TriviaBot], error: Exception) -> None:  # type: ignore[override]
        await self.replies.on_error(ctx, error)


async def setup(bot: TriviaBot) -> None:
    await bot.add_cog(Trivia(bot))
