"""Registering the slash commands with Discord, only when they changed.

Discord limits how often commands may be created (code 30034, 200 a day) and
rate-limits the endpoint; discord.py's maintainers advise syncing only when the
commands change. The bot remembers the hash of the payload it last synced (per
application, in the score database) and syncs at start-up only when it differs,
in the background: a sync that fails or waits on a 429 never keeps the bot offline.
`python -m bot sync [--guild ID]` syncs by hand.

A server shows its own (guild) commands beside the global ones, the same name twice
if both exist. So `sync --guild ID` is a development mode: the commands are
registered in that server only, the global ones are removed, and the bot remembers
the server, so that each start keeps that copy fresh instead of registering them
globally. `sync` (global) ends it: the server's copy is removed.

When the bot runs as several processes, one per group of shards, only the process
that runs shard 0 registers them (there is one shard 0, and each process knows
whether it runs it), even on a fresh database that holds no hash yet: the others
would race it to the same endpoint and its daily limit.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

import aiohttp
import discord
from discord import app_commands

from ..core.catalogue import TERMS
from ..core.errors import StoreUnavailable

log = logging.getLogger(__name__)


async def command_payload(tree: app_commands.CommandTree[Any]) -> list[dict[str, Any]]:
    """What `tree.sync()` sends for the global commands (translated, when a translator is set)."""
    commands = tree.get_commands()
    if tree.translator is not None:
        return [await c.get_translated_payload(tree, tree.translator) for c in commands]
    return [c.to_dict(tree) for c in commands]


async def payload_hash(tree: app_commands.CommandTree[Any]) -> str:
    text = json.dumps(await command_payload(tree), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _key(application_id: int | None) -> str:
    return f"command-sync-hash:{application_id}"


def _guild_key(application_id: int | None) -> str:
    return f"command-sync-guild:{application_id}"


async def development_guild(client: Any) -> int | None:
    """The server the commands are registered in only (development mode), if any."""
    try:
        value = await client.store.get_meta(_guild_key(client.application_id))
    except StoreUnavailable:
        return None
    return int(value) if value else None


async def sync_to_guild(client: Any, guild_id: int) -> list[Any]:
    """Register the commands in one server only (development mode), where they show at
    once, and remove the global ones, so that each shows once there. Raises Discord's
    and the network's refusals."""
    tree = client.tree
    guild = discord.Object(guild_id)
    tree.copy_global_to(guild=guild)
    synced: list[Any] = await tree.sync(guild=guild)
    kept = tree.get_commands()  # the tree keeps them: only Discord forgets them
    tree.clear_commands(guild=None)
    try:
        await tree.sync()
    finally:
        for command in kept:
            tree.add_command(command)
    try:
        await client.store.set_meta(_guild_key(client.application_id), str(guild_id))
        await client.store.set_meta(_key(client.application_id), f"guild {guild_id}:{await payload_hash(tree)}")
    except StoreUnavailable as error:
        log.warning("synced to server %s, but could not remember it (%s)", guild_id, error)
    return synced


async def end_development(client: Any) -> None:
    """Remove the commands of the development server, if there is one, and forget it."""
    guild_id = await development_guild(client)
    if guild_id is None:
        return
    tree, guild = client.tree, discord.Object(guild_id)
    tree.clear_commands(guild=guild)
    await tree.sync(guild=guild)
    await client.store.set_meta(_guild_key(client.application_id), "")


async def sync_if_changed(client: Any, force: bool = False) -> bool:
    """Sync the global commands if they changed since the last successful sync (or
    always, with `force`).

    Returns True if a sync was sent and succeeded. Never raises for Discord's or the
    network's refusals: it logs one line and the bot plays on with the `!` commands.
    """
    tree, store = client.tree, client.store
    if not force and not client.settings.runs_shard_zero:
        log.info(
            "slash commands are registered by the process that runs shard 0; this one runs shard(s) %s",
            client.settings.shards_text(),
        )
        return False
    guild_id = await development_guild(client)
    current = await payload_hash(tree)
    if guild_id is not None:
        current = f"guild {guild_id}:{current}"
    try:
        if not force and await store.get_meta(_key(client.application_id)) == current:
            log.info("slash commands unchanged since the last sync; not syncing")
            return False
    except StoreUnavailable as error:
        log.warning("could not read the last command sync (%s); syncing", error)
    try:
        synced = await (tree.sync() if guild_id is None else sync_to_guild(client, guild_id))
    except discord.HTTPException as error:
        log.warning(
            "could not register the slash commands with Discord (%s %s, code %s: %s); the ! commands work, "
            "and the next start will try again (or run: python -m bot sync)",
            error.status,
            error.response.reason if error.response is not None else "",
            error.code,
            error.text or "no details",
        )
        return False
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        log.warning("could not reach Discord to register the slash commands (%s); the next start will try again", error)
        return False
    try:
        await store.set_meta(_key(client.application_id), current)
    except StoreUnavailable as error:
        log.warning("synced, but could not remember it (%s); the next start syncs again", error)
    where = "with Discord" if guild_id is None else f"to server {guild_id} only (development mode)"
    log.info("synced %d slash command(s) %s", len(synced), where)
    return True


# Slash commands in the language of each Discord client: Discord shows a command's name
# and descriptions in the client's language when the command carries localisations;
# discord.py asks a Translator for them while it builds the payload it syncs.
_BY_LOCALE = {discord.Locale.korean: TERMS["ko"]}


class CatalogueTranslator(app_commands.Translator):
    async def translate(
        self, string: app_commands.locale_str, locale: discord.Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        """The text in `locale`, or None: Discord then shows the English one."""
        table = _BY_LOCALE.get(locale)
        return None if table is None else table.get(string.message)
