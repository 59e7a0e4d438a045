"""What the admin commands do: settings of a server, and reloading the question file."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from ..core.catalogue import say
from ..core.errors import QuestionFileError, StoreUnavailable
from ..core.questions import load_bank
from ..core.server_settings import SETTINGS, BadSetting, ServerSettings, apply, parse_value, setting, stored_text
from ..core.store import ScoreStore
from . import limits
from .server_text import changed_text

if TYPE_CHECKING:  # the client calls back into this module (see language.py)
    from .client import TriviaBot

log = logging.getLogger(__name__)
PROBLEMS_BUDGET = 1600  # of a message's 2,000 characters: the rest is the frame around them


def default_settings(bot: TriviaBot) -> ServerSettings:
    """What a server plays with until an admin changes something: the environment's values."""
    config = bot.settings
    return ServerSettings(round_seconds=config.round_seconds, auto_hint=config.auto_hint, language=config.language)


async def server_settings(bot: TriviaBot, guild_id: int) -> ServerSettings:
    try:
        stored = await bot.store.run(ScoreStore.settings, guild_id)
    except StoreUnavailable as error:
        log.warning("could not read the settings of server %s: %s", guild_id, error)
        stored = {}
    return apply(default_settings(bot), stored)


async def change_setting(bot: TriviaBot, guild_id: int, name: str, value: str) -> str:
    if not name or not value:
        prefix = bot.settings.prefix
        return say("settings.usage", prefix=prefix, settings=", ".join(SETTINGS))
    try:
        key = setting(name).name
        text = None if value.strip().casefold() == "default" else stored_text(key, parse_value(key, value))
    except BadSetting as error:
        return str(error)
    await bot.store.run(ScoreStore.set_setting, guild_id, key, text)
    bot.languages.pop(guild_id, None)  # read again at the next command (see language.py)
    current = await server_settings(bot, guild_id)
    return changed_text(key, getattr(current, key), getattr(default_settings(bot), key))


async def reload_bank(bot: TriviaBot, running: int) -> str:
    """Load the question file off the event loop and swap the bank in only if it is valid."""
    path = bot.settings.questions_path
    try:
        bank = await asyncio.to_thread(load_bank, path)
    except QuestionFileError as error:
        kept = len(bot.bank)
        problems = limits.clip("\n".join(str(p) for p in error.problems), PROBLEMS_BUDGET)
        return say("reload.failed", kept=kept, count=len(error.problems), problems=problems)
    bot.bank = bank
    log.info("reloaded %d questions from %s", len(bank), path)
    note = say("reload.running", running=running) if running else ""
    return say("reload.done", count=len(bank), file=path.name, note=note)
