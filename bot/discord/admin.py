"""What the admin commands do: settings of a server (and how they read), and reloading the
question file."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from ..core.bank import load_bank
from ..core.catalogue import say
from ..core.errors import QuestionFileError
from ..core.store import (
    BUILTIN_PACK,
    SETTINGS,
    BadSetting,
    ServerSettings,
    parse_value,
    setting,
    setting_text,
    stored_text,
)
from . import limits

if TYPE_CHECKING:
    from .client import TriviaBot

log = logging.getLogger(__name__)
PROBLEMS_BUDGET = 1600  # of a message's 2,000 characters: the rest is the frame around them


async def change_setting(bot: TriviaBot, guild_id: int, name: str, value: str) -> str:
    if not name or not value:
        prefix = bot.shown_prefix
        return say("settings.usage", prefix=prefix, settings=", ".join(SETTINGS))
    try:
        key = setting(name).name
        text = None if value.strip().casefold() == "default" else stored_text(key, parse_value(key, value))
    except BadSetting as error:
        return str(error)
    if key == "pack" and text not in (None, BUILTIN_PACK) and await bot.store.pack_info(guild_id, text) is None:
        return say("pack.unknown", name=text, prefix=bot.shown_prefix)
    await bot.store.set_setting(guild_id, key, text)
    bot.languages.pop(guild_id, None)  # read again at the next command (see TriviaBot.speak_for)
    current = await bot.server_settings(guild_id)
    return changed_text(key, getattr(current, key), getattr(bot.default_settings(), key))


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


def settings_text(current: ServerSettings, defaults: ServerSettings, prefix: str) -> str:
    lines = [say("settings.title")]
    for name, spec in SETTINGS.items():
        value, default = getattr(current, name), getattr(defaults, name)
        lines.append(
            say(
                "settings.row",
                name=name,
                value=setting_text(value, name),
                mark="" if value == default else " ✏️",
                default=setting_text(default, name),
                allowed=spec.allowed,
            )
        )
    lines.append(say("settings.footer", prefix=prefix))
    return limits.content("\n".join(lines))


def changed_text(name: str, value: Any, default: Any) -> str:
    if value == default:
        return say("settings.reset", name=name, default=setting_text(default, name))
    return say("settings.changed", name=name, value=setting_text(value, name), default=setting_text(default, name))
