"""Permission checks, as small predicates shared by the prefix and slash forms."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..core.catalogue import say


def is_moderator(member: discord.abc.User) -> bool:
    """Members who may stop or skip anyone's game: Manage Messages or Manage Server."""
    if not isinstance(member, discord.Member):
        return False
    perms = member.guild_permissions
    return perms.manage_messages or perms.manage_guild


async def is_trivia_admin(bot: commands.bot.BotBase, user: discord.abc.User) -> bool:
    """Members with Manage Server, and the bot's owner (who may not be a member with it)."""
    if isinstance(user, discord.Member) and user.guild_permissions.manage_guild:
        return True
    return await bot.is_owner(user)


ADMIN_ONLY = say("error.admin_only")


class NotTriviaAdmin(commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(ADMIN_ONLY)


def trivia_admin() -> Any:
    """The prefix form of `is_trivia_admin`, as a command check."""

    async def predicate(ctx: commands.Context[Any]) -> bool:
        if not await is_trivia_admin(ctx.bot, ctx.author):
            raise NotTriviaAdmin()
        return True

    return commands.check(predicate)


def trivia_admin_slash() -> Any:
    """The slash form of `is_trivia_admin`. Discord already hides the command from members
    without Manage Server (its default permissions), but a server can change who sees
    it, and a command synced before may lack them: the bot checks for itself too."""

    async def predicate(interaction: discord.Interaction[Any]) -> bool:
        if not await is_trivia_admin(interaction.client, interaction.user):
            raise app_commands.CheckFailure(ADMIN_ONLY)
        return True

    return app_commands.check(predicate)


class NotGameController(commands.CheckFailure):
    def __init__(self, starter_may: bool = True) -> None:
        super().__init__(say("error.not_controller" if starter_may else "error.moderators_only"))
