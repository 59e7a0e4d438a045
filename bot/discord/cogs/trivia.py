"""The trivia cog: `!trivia` / `/trivia` commands and guesses, around the game core.

Commands only start or signal a game and return; each game runs as its own task
(see core.session). Domain errors raised by the core become replies (replies.py),
posted at most once per member per window so that no one can flood a channel. Every
command runs in a server (`cog_check`), so each takes a GuildContext (context.py).

The `type: ignore[arg-type]` on the hybrid decorators works around discord.py's
hybrid command signatures, which mypy cannot solve (Rapptz/discord.py#9788).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import random
from typing import Annotated, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from ...core.catalogue import say, term
from ...core.errors import NoGameRunning
from ...core.game import DEFAULT_ROUNDS, MAX_ROUNDS, GameSession, HintRefusal, Player, Sessions, parse_start
from ...core.store import BUILTIN_PACK, SETTINGS
from ..admin import change_setting, reload_bank, settings_text
from ..boards import board_page, favourite, stats_text
from ..checks import NotGameController, NotTriviaAdmin, is_moderator, is_trivia_admin, trivia_admin, trivia_admin_slash
from ..client import TriviaBot
from ..context import GuildContext, MemberOrMe, RoundsOption, Target, per_member_and_arguments
from ..games import WrongChannel, intro_text, new_session, typed_answer
from ..limits import guess_text, is_chat
from ..output import ChannelOutput
from ..packs import PackDesk
from ..replies import (
    QUIET,
    MissingChannelPermissions,
    Replies,
    Reply,
    UnknownSubcommand,
    acknowledge,
    missing_for_game,
    react,
)
from ..reports import ReportDesk
from ..views import DYNAMIC_ITEMS, forget_view, page_view
from .packs import PackCommands

log = logging.getLogger(__name__)

Rounds = Annotated[int, RoundsOption]  # an INTEGER option from 1 to 50, in any order for `!`
Whom = Annotated[Target, MemberOrMe]  # `me`, a member, or an id; a USER option
Difficulty = Literal["easy", "medium", "hard"]
Period = Literal["all", "week", "month"]
Mode = Literal["open", "choices"]
Command = commands.HybridCommand[Any, ..., Any]
# The choices of `/trivia start category`: the bank's categories, filled in place when the
# cog loads and on reload. They are part of the command's payload, so new categories
# are synced at the next start (or by `python -m bot sync`).
CATEGORY_CHOICES: list[app_commands.Choice[str]] = []


def offer_categories(categories: list[str]) -> None:
    """The category choices, each name marked for translation (as discord.py marks only
    the choices it finds when the command is built): Korean clients see 출연진, 등장인물…"""
    CATEGORY_CHOICES[:] = [app_commands.Choice(name=app_commands.locale_str(c), value=c) for c in categories[:25]]


NO_MEMBER = commands.param(default=None)  # the caller, when no member is named


@app_commands.guild_only()
class Trivia(PackCommands, commands.Cog):
    def __init__(self, bot: TriviaBot) -> None:
        self.bot = bot
        self.sessions = Sessions()
        self.rng = random.Random()
        self.replies = Replies()
        self.pack_desk = PackDesk(bot)
        self.desk = ReportDesk(bot, self.pack_desk.question_texts)
        offer_categories(list(bot.bank.categories()))

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)  # every click answered, even from before a restart

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)
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
    async def trivia(self, ctx: GuildContext, *, text: str = "") -> None:
        """Start a trivia game in this channel."""
        # discord.py runs the group for any word it does not know, with the rest of
        # the line as `text`: `!trivia leaderbord` is a typo, not a start.
        if words := text.split():
            known = sorted(self.trivia.all_commands)  # names and aliases
            raise UnknownSubcommand(self.bot.shown_prefix, words[0], known)
        await self._start(ctx, [])

    # The pack commands, their bodies in cogs/packs.py: `!trivia pack ...`, `packs`, `/trivia-admin pack`.
    pack_group: commands.HybridGroup[Any, ..., Any] = trivia.group(
        name="pack", with_app_command=False, invoke_without_command=True
    )(PackCommands.pack_usage)
    pack_add: Command = pack_group.command(name="add", with_app_command=False)(PackCommands.add_pack)
    pack_remove: Command = pack_group.command(name="remove", with_app_command=False)(PackCommands.remove_pack)
    pack_get: Command = pack_group.command(name="get", with_app_command=False)(PackCommands.get_pack)
    packs_list: Command = trivia.command(name="packs")(PackCommands.list_packs)
    admin.add_command(PackCommands.pack_admin)

    # A mistyped argument does not use up a cooldown (cooldown_after_parsing).
    @trivia.command(name="start", cooldown_after_parsing=True)  # type: ignore[arg-type]
    @commands.cooldown(3, 10.0, commands.BucketType.member)
    @app_commands.describe(
        pack="The question pack (default: the server's pack setting)",
        rounds=f"How many questions (1 to {MAX_ROUNDS}, default {DEFAULT_ROUNDS})",
        category="Only questions of this category (default: all)",
        difficulty="Only questions of this difficulty (default: all)",
        mode="open: type the answers; choices: four buttons (default: the server's setting)",
    )
    @app_commands.choices(category=CATEGORY_CHOICES)
    async def start(
        self,
        ctx: GuildContext,
        pack: str | None = None,
        rounds: Rounds | None = None,
        category: str | None = None,
        difficulty: Difficulty | None = None,
        mode: Mode | None = None,
    ) -> None:
        """Start a trivia game here: `start [pack] [rounds] [category] [difficulty]`, in any order."""
        if ctx.interaction is None:  # the prefix form takes its words in any order
            words = ctx.message.content[len(ctx.prefix or "") :].split()[len(ctx.invoked_parents) + 1 :]
            pack = None
        else:
            words = [str(w) for w in (rounds, category, difficulty, mode) if w is not None]
        await self._start(ctx, words, pack)

    start.autocomplete("pack")(PackCommands.pack_choices)

    @trivia.command(name="settings")  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, commands.BucketType.member)
    async def settings(self, ctx: GuildContext) -> None:
        """This server's settings, with their defaults."""

        async def make() -> Reply:
            current = await self.bot.server_settings(ctx.guild.id)
            return settings_text(current, self.bot.default_settings(), self.bot.shown_prefix), None

        await self.replies.answer(ctx, make)

    @trivia.command(name="set", with_app_command=False)
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def set_setting(self, ctx: GuildContext, name: str = "", *, value: str = "") -> None:
        """Change a setting of this server: `set <name> <value>`, or `set <name> default`."""
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
    async def report(self, ctx: GuildContext, *, reason: str = "") -> None:
        """Report the current question (or the one that just ended) to the server's admins."""
        question = self.desk.reportable(ctx.channel.id, self.sessions.get(ctx.channel.id))
        if not reason.strip():
            raise commands.BadArgument(say("error.report_reason", prefix=self.bot.shown_prefix))
        await self.desk.file(ctx.guild.id, question, ctx.author.id, reason)
        await acknowledge(ctx, say("report.thanks", question=question.id))

    @trivia.command(name="reports", with_app_command=False)
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def reports(self, ctx: GuildContext, action: str = "", question_id: str = "") -> None:
        """Open question reports (`reports`), or close a question's (`reports clear <question id>`)."""
        if action:
            await ctx.send(await self.desk.clear(ctx.guild.id, action, question_id))
            return
        text, page, pages = await self.render_page("reports", ctx.guild, ctx.author.id, 0)
        await ctx.send(text, view=page_view("reports", ctx.author.id, page, pages))  # type: ignore[arg-type]

    @admin.command(name="reports", description="Open question reports, or close those of one question")
    @app_commands.describe(clear="The id of a question whose reports to close")
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def reports_slash(self, interaction: discord.Interaction[TriviaBot], clear: str | None = None) -> None:
        assert interaction.guild is not None  # guild_only
        await interaction.response.defer(ephemeral=True, thinking=True)
        if clear:
            text = await self.desk.clear(interaction.guild.id, "clear", clear)
            await interaction.followup.send(text, ephemeral=True)
            return
        owner = interaction.user.id
        text, page, pages = await self.render_page("reports", interaction.guild, owner, 0)
        view = page_view("reports", owner, page, pages)
        await interaction.followup.send(text, ephemeral=True, view=view or discord.utils.MISSING)

    @trivia.command(name="hint")  # type: ignore[arg-type]
    async def hint(self, ctx: GuildContext) -> None:
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
    async def categories(self, ctx: GuildContext) -> None:
        """The question categories, with how many questions each has."""

        async def make() -> Reply:
            server = await self.bot.server_settings(ctx.guild.id)
            bank = await self.pack_desk.default_bank(ctx.guild.id, server.pack)
            listed = [say("categories.item", name=term(n), count=c) for n, c in bank.categories().items()]
            return say("categories.list", categories=", ".join(listed), prefix=self.bot.shown_prefix), None

        await self.replies.answer(ctx, make)

    @trivia.command(name="stop")  # type: ignore[arg-type]
    async def stop(self, ctx: GuildContext) -> None:
        """End this channel's game and post the final standings."""
        session = self._controlled_session(ctx)
        session.stop()
        await acknowledge(ctx, say("game.stopping"))

    @trivia.command(name="skip")  # type: ignore[arg-type]
    async def skip(self, ctx: GuildContext) -> None:
        """Reveal the answer of the current question and move on."""
        session = self._controlled_session(ctx)
        if session.skip():
            await acknowledge(ctx, say("game.skipping"))
        else:
            await self.replies.refuse(ctx, say("error.no_skip"))

    # A repeat is the same command with the same arguments: `leaderboard week`, then
    # `leaderboard month`, are two boards (cooldown_after_parsing: the key needs them).
    @trivia.command(name="leaderboard", aliases=["top", "scores"], cooldown_after_parsing=True)  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, per_member_and_arguments)
    @app_commands.describe(period="all time (the default), this week (from Monday, UTC) or this month")
    async def leaderboard(self, ctx: GuildContext, period: Period = "all") -> None:
        """This server's top 10: all time, this week or this month."""

        async def make() -> Reply:
            text, page, pages = await self.render_page(period, ctx.guild, ctx.author.id, 0)
            return text, page_view(period, ctx.author.id, page, pages)

        await self.replies.answer(ctx, make)

    @trivia.command(name="stats", cooldown_after_parsing=True)  # type: ignore[arg-type]
    @commands.cooldown(1, 10.0, per_member_and_arguments)
    @app_commands.describe(member="Whose stats to show (default: yours)")
    async def stats(self, ctx: GuildContext, *, member: discord.Member = NO_MEMBER) -> None:
        """Points, correct answers, games, win rate, best streak, fastest answer, favourite category, rank."""
        # `member` is not Optional: a name that matches no one is an error ("no such
        # member"), where Optional would quietly show the caller's own stats. It takes
        # the rest of the line, so a name with spaces needs no quotes.
        who = member or ctx.author

        async def make() -> Reply:
            found = await self.bot.store.profile(ctx.guild.id, who.id)
            liked = favourite(found.answered, {q.id: q.category for q in self.bot.bank}) if found else None
            return stats_text(who.display_name, found, liked), None

        await self.replies.answer(ctx, make)

    @trivia.command(name="forget", cooldown_after_parsing=True)  # type: ignore[arg-type]
    @commands.cooldown(2, 30.0, commands.BucketType.member)
    @app_commands.describe(member="Whose trivia data to erase (default: yours; another member's needs Manage Server)")
    async def forget(self, ctx: GuildContext, *, member: Whom | None = None) -> None:
        """Erase your trivia data on this server (with Manage Server, a member's), once you confirm."""
        target = member or ctx.author
        if target.id != ctx.author.id and not await is_trivia_admin(self.bot, ctx.author):
            raise NotTriviaAdmin()

        async def make() -> Reply:
            return say("forget.ask", who=f"<@{target.id}>"), forget_view(ctx.author.id, target.id)

        await self.replies.answer(ctx, make, private=True)

    # The prefix form only: as a slash command, reload lives in /trivia-admin, which
    # Discord shows only to members with Manage Server (defaults apply to top-level
    # commands, so it cannot be a hidden subcommand of /trivia).
    @trivia.command(name="reload", with_app_command=False)
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def reload(self, ctx: GuildContext) -> None:
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
    async def help(self, ctx: GuildContext) -> None:
        """How to play."""

        async def make() -> Reply:
            prefix = self.bot.shown_prefix
            return say("help.text", p=prefix) + "\n" + say("help.forget", p=prefix), None

        await self.replies.answer(ctx, make)

    async def render_page(self, listing: str, guild: discord.Guild, asker: int, page: int) -> tuple[str, int, int]:
        """Page `page` of a board (`listing`: its period) or of the reports, for `asker`:
        its text, its number (within range) and how many pages there are."""
        if listing == "reports":
            pages = await self.desk.pages(guild.id)
            shown = min(page, len(pages) - 1)
            return pages[shown], shown, len(pages)
        return await board_page(self.bot.store, guild, listing, asker, page)

    # --- Typed answers where the bot cannot read messages (TRIVIA_MESSAGE_CONTENT=0; games.typed_answer)

    @trivia.command(name="answer")  # type: ignore[arg-type]
    @app_commands.describe(guess="Your answer to the current question")
    async def answer(self, ctx: GuildContext, *, guess: str) -> None:
        """Answer the current question (for servers where the bot cannot read messages)."""
        reply = typed_answer(self.sessions.get(ctx.channel.id), Player(ctx.author.id, ctx.author.display_name), guess)
        if ctx.interaction is not None:  # typed, the answer was judged as any message: no reply
            await ctx.send(reply, ephemeral=True)

    # ---

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None or not is_chat(message):
            return  # a thread's name, a boost or a new channel name is no guess
        session = self.sessions.get(message.channel.id)
        if session is None or not message.content:
            return
        session.guess(Player(message.author.id, message.author.display_name), guess_text(message.content))

    async def _start(self, ctx: GuildContext, words: list[str], pack: str | None = None) -> None:
        if missing := missing_for_game(ctx):
            raise MissingChannelPermissions(missing)
        if ctx.interaction is not None:
            # Privately: after a deferred response, the first follow-up keeps its visibility,
            # and a refusal (wrong channel, no such question, a game running) is the starter's.
            await ctx.defer(ephemeral=True)
        server = await self.bot.server_settings(ctx.guild.id)
        if not server.allows_channel(ctx.channel.id, getattr(ctx.channel, "parent_id", None)):
            raise WrongChannel(server.channels)
        name, bank, words = await self.pack_desk.for_start(ctx.guild.id, words, server.pack, pack)
        options = parse_start(words, bank.categories(), self.bot.shown_prefix, server.rounds)
        options = dataclasses.replace(options, pack=None if name == BUILTIN_PACK else name)
        output = ChannelOutput(ctx.channel, ctx.channel.id, functools.partial(self.desk.round_ended, ctx.channel.id))
        player = Player(ctx.author.id, ctx.author.display_name)
        guild, channel = ctx.guild.id, ctx.channel.id
        session = await new_session(self.bot, bank, guild, channel, player, output, server, options, self.rng)
        await self.sessions.reserve_when_free(session)  # raises GameAlreadyRunning
        try:
            await ctx.channel.send(intro_text(self.bot, session.game, server, options))  # for everyone
        except BaseException:
            self.sessions.release(session)
            raise
        session.count_own_message()
        self.sessions.launch(session)
        if ctx.interaction is not None:
            await ctx.send(say("game.started"), ephemeral=True)

    def _controlled_session(self, ctx: GuildContext) -> GameSession:
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
