"""The Discord client: an AutoShardedBot that owns the question bank, the servers'
question packs and the score store.

Shards (TRIVIA_SHARD_COUNT, TRIVIA_SHARDS): without them the bot runs as many shards as
Discord recommends, all in this process; with them, this process runs the shards named,
and Discord sends it only their servers' events, so a game lives in the process whose
shard holds its server. Every process paces its requests to its share of Discord's
global limit (GlobalPace in limits.py). With TRIVIA_MESSAGE_CONTENT=0 the bot connects without the
Message Content intent, and games default to buttons.

Which language the bot speaks on a server: its `language` setting, else the
environment's TRIVIA_LANGUAGE. Every command, slash command and button click runs in
its own asyncio task; each sets the server's language for itself first (`invoke`,
`TriviaTree.interaction_check` and the buttons call `speak_for`), so its replies and
errors come in that language. A game speaks the language it started with
(GameSession). The setting is read once per server and kept until it changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..core.bank import QuestionBank
from ..core.catalogue import set_language
from ..core.errors import StoreUnavailable
from ..core.game import PackLibrary
from ..core.store import ServerSettings, Store, apply
from ..settings import Settings
from .limits import GlobalPace, is_chat
from .sync import CatalogueTranslator, end_development, sync_if_changed, sync_to_guild

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.discord.cogs.trivia",)


class TriviaTree(app_commands.CommandTree["TriviaBot"]):
    async def interaction_check(self, interaction: discord.Interaction[TriviaBot]) -> bool:
        """Every slash command speaks its server's language, errors included."""
        await interaction.client.speak_for(interaction.guild_id)
        return True


class TriviaBot(commands.AutoShardedBot):
    def __init__(
        self, settings: Settings, bank: QuestionBank, store: Store, *, auto_sync: bool = True, **options: Any
    ) -> None:
        """`options` go to commands.AutoShardedBot as they are (for example
        `guild_ready_timeout`). `auto_sync` False: no sync at start-up (for `python -m bot
        sync`, which syncs itself)."""
        # The bot has no voice: discord.py's start-up warnings about voice libraries are noise.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        intents = discord.Intents.default()
        # Guesses are ordinary messages; without the intent, only those that mention the bot
        # (or reply to it) come with their text.
        intents.message_content = settings.message_content
        self.pace = GlobalPace(settings.rate_share)
        # No shard count: as many shards as Discord recommends; no shard ids: all of them.
        shards: dict[str, Any] = {"shard_count": settings.shard_count}
        if settings.shard_ids is not None:
            shards["shard_ids"] = list(settings.shard_ids)
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.prefix),
            tree_cls=TriviaTree,
            intents=intents,
            # Nothing the bot says pings anyone unless a message opts in (the winner).
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=commands.DefaultHelpCommand(),
            http_trace=self.pace.trace_config(),
            **shards,
            **options,
        )
        self.settings = settings
        self.bank = bank
        self.store = store
        self.packs = PackLibrary(store, settings.pack_cache)  # each server's own question files
        self.auto_sync = auto_sync and settings.sync_commands
        self.sync_task: asyncio.Task[bool] | None = None
        self.languages: dict[int, str] = {}  # each server's language, once read (see speak_for)

    async def on_message(self, message: discord.Message) -> None:
        """Commands come only from what members type: a system message (a thread named
        `!trivia stop`, a channel renamed so) is nobody's command."""
        if is_chat(message):
            await self.process_commands(message)

    async def invoke(self, ctx: commands.Context[Any]) -> None:
        """Every prefix command speaks its server's language, errors included (discord.py
        calls this for every message: a guess, which is not a command, needs no language)."""
        if ctx.invoked_with:
            await self.speak_for(ctx.guild.id if ctx.guild else None)
        await super().invoke(ctx)

    @property
    def shown_prefix(self) -> str:
        """The prefix that texts show before a text command: TRIVIA_PREFIX, or where the bot
        cannot read messages (TRIVIA_MESSAGE_CONTENT=0) a mention of it, the one way a typed
        command reaches it (`@TriviaBot trivia start`)."""
        if self.settings.message_content:
            return self.settings.prefix
        name = self.user.display_name if self.user is not None else "TriviaBot"
        return f"@{name} "

    def default_settings(self) -> ServerSettings:
        """What a server plays with until an admin changes something: the environment's values."""
        config = self.settings
        return ServerSettings(
            round_seconds=config.round_seconds,
            auto_hint=config.auto_hint,
            language=config.language,
            # Without the Message Content intent, typed answers reach the bot only as replies
            # and mentions: buttons are the way most players answer.
            mode="open" if config.message_content else "choices",
        )

    async def server_settings(self, guild_id: int) -> ServerSettings:
        """A server's settings; the defaults where the database cannot be read."""
        try:
            stored = await self.store.settings(guild_id)
        except StoreUnavailable as error:
            log.warning("could not read the settings of server %s: %s", guild_id, error)
            stored = {}
        return apply(self.default_settings(), stored)

    async def speak_for(self, guild_id: int | None) -> str:
        """Speak the server's language in the current task from now on."""
        if guild_id is None:
            language = self.settings.language
        elif (known := self.languages.get(guild_id)) is not None:
            language = known
        else:
            language = self.languages[guild_id] = (await self.server_settings(guild_id)).language
        set_language(language)
        return language

    async def setup_hook(self) -> None:
        log.info("running shard(s) %s; at most %g requests a second", self.settings.shards_text(), self.pace.limit)
        if not self.settings.message_content:
            log.info(
                "connecting without the Message Content intent (TRIVIA_MESSAGE_CONTENT=0): games default to "
                "buttons, and typed answers count as replies to the bot, mentions of it and /trivia answer"
            )
        await self.tree.set_translator(CatalogueTranslator())
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.auto_sync:
            # In the background: the gateway connects meanwhile, whatever Discord answers.
            self.sync_task = asyncio.create_task(sync_if_changed(self), name="trivia-command-sync")

    async def sync_now(self, guild_id: int | None = None) -> bool:
        """Register the slash commands now: globally (which ends a development mode), or
        in one server only, where they show at once (development mode; see sync.py).
        Errors are raised for the caller to report."""
        if guild_id is None:
            await end_development(self)
            return await sync_if_changed(self, force=True)
        commands = await sync_to_guild(self, guild_id)
        log.info("synced %d slash command(s) to server %s only; the global ones are removed", len(commands), guild_id)
        return True

    async def on_command_error(self, ctx: commands.Context[Any], error: commands.CommandError) -> None:
        """Errors no cog handled. Other bots' commands (`!play`) are not ours: ignore them."""
        if isinstance(error, commands.CommandNotFound):
            log.debug("ignored an unknown command: %s", ctx.invoked_with)
            return
        if ctx.cog is not None and ctx.cog.has_error_handler():
            return  # the cog has answered it
        log.error("command %s failed", ctx.command, exc_info=error)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        log.info(
            "removed from server %s (%s); its trivia data is kept until: python -m bot db forget --guild %s",
            guild.name,
            guild.id,
            guild.id,
        )

    async def on_ready(self) -> None:
        assert self.user is not None
        shards = ", ".join(str(n) for n in sorted(self.shards))
        log.info(
            "logged in as %s (%s) in %d server(s), shard(s) %s of %s",
            self.user,
            self.user.id,
            len(self.guilds),
            shards,
            self.shard_count,
        )

    async def close(self) -> None:
        if self.sync_task is not None and not self.sync_task.done():
            self.sync_task.cancel()  # a sync waiting out a 429 must not hold up the shutdown
            with contextlib.suppress(asyncio.CancelledError):
                await self.sync_task
        await super().close()  # unloads the cog, which stops its games
        await self.store.close()
