"""Which language the bot speaks on a server: its `language` setting, else the
environment's TRIVIA_LANGUAGE.

Every command, slash command and button click runs in its own asyncio task; each sets
the server's language for itself first (see TriviaBot.invoke, TriviaTree and the
buttons), so its replies and errors come in that language. A game speaks the language
it started with (GameSession). The setting is read once per server and kept until it
changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.catalogue import set_language
from .admin import server_settings

if TYPE_CHECKING:
    from .client import TriviaBot


async def server_language(bot: TriviaBot, guild_id: int | None) -> str:
    if guild_id is None:
        return bot.settings.language
    known = bot.languages.get(guild_id)
    if known is None:
        known = bot.languages[guild_id] = (await server_settings(bot, guild_id)).language
    return known


async def speak_for(bot: TriviaBot, guild_id: int | None) -> str:
    """Speak the server's language in the current task from now on."""
    language = await server_language(bot, guild_id)
    set_language(language)
    return language
