"""Permission checks, as small predicates shared by the prefix and slash forms."""

from __future__ import annotations

from typing import Any

import discord
from discord.ext import commands


def is_moderator(member: discord.abc.User) -> bool:
    """Members who may stop or skip anyone's game: Manage Messages or Manage Server."""
    if not isinstance(member, discord.Member):
        return False
    perms = member.guild_permissions
    return perms.manage_messages or perms.manage_guild


def trivia_admin() -> Any:
    """Manage Server permission, or the bot's owner (who may not be a member with it)."""
    return commands.check_any(commands.has_guild_permissions(manage_guild=True), commands.is_owner())


class NotGameController(commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(
            "Only the player who started this game, or members with Manage Messages or Manage Server, can do that."
        )
