"""The Discord client: a commands.Bot that owns the question bank and the score store."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord.ext import commands

from ..core.questions import QuestionBank
from ..core.store import AsyncScoreStore
from ..settings import Settings

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.discord.cogs.trivia",)


class TriviaBot(commands.Bot):
    def __init__(self, settings: Settings, bank: QuestionBank, store: AsyncScoreStore, **options: Any) -> None:
        """`options` go to commands.Bot as they are (for example `guild_ready_timeout`)."""
        intents = discord.Intents.default()
        intents.message_content = True  # guesses are ordinary messages
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.prefix),
            intents=intents,
            # Nothing the bot says pings anyone unless a message opts in (the winner).
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=commands.DefaultHelpCommand(),
            **options,
        )
        self.settings = settings
        self.bank = bank
        self.store = store

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.settings.sync_commands:
            synced = await self.tree.sync()
            log.info("synced %d application command(s)", len(synced))

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("logged in as %s (%s) in %d server(s)", self.user, self.user.id, len(self.guilds))

    async def close(self) -> None:
        await super().close()  # unloads the cog, which stops its games
        await self.store.close()
