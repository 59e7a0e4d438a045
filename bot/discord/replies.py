"""How the bot answers commands without spending the channel's message budget.

A game needs the channel's 5 messages per 5 seconds for its questions. So a member
who repeats a prefix command gets its answer (or the same refusal) once per 10 s,
and at most two public answers per 5 s in all (`ReplyThrottle`); past that, a ⏳
reaction. A slash command's refusal is private.
A reaction the bot may not add (403) costs nothing visible.
"""

from __future__ import annotations

import contextlib
import difflib
import logging
import math
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..core.catalogue import say
from ..core.errors import TriviaError
from ..core.game import ReplyThrottle
from . import limits

log = logging.getLogger(__name__)

QUIET = "⏳"  # "seen; already answered": a repeat within the throttle window, or a cooldown


class UnknownSubcommand(commands.UserInputError):
    def __init__(self, prefix: str, typed: str, known: list[str]) -> None:
        shown = limits.plain(limits.clip(typed, 40))
        if typed.isdigit():
            hint = say("error.unknown_command.start", rounds=typed[:6], prefix=prefix)
        elif close := difflib.get_close_matches(typed.lower(), known, n=1, cutoff=0.6):
            hint = say("error.unknown_command.close", command=close[0], prefix=prefix)
        else:
            hint = ""
        super().__init__(say("error.unknown_command", typed=shown, hint=hint, prefix=prefix))


class MissingChannelPermissions(TriviaError):
    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        names = say("error.permissions.and").join(f"**{m}**" for m in missing)
        super().__init__(say("error.permissions", names=names, s="s" * (len(missing) > 1)))


def missing_for_game(ctx: commands.Context[Any]) -> list[str]:
    """The permissions the bot lacks to post a game in this channel (empty if none).

    A slash command carries the bot's channel permissions (`app_permissions`); for a
    prefix command they are computed from the roles and overwrites. In a thread,
    posting needs Send Messages in Threads rather than Send Messages. The final
    standings are an embed, which needs Embed Links.
    """
    interaction = ctx.interaction
    perms = interaction.app_permissions if interaction else ctx.channel.permissions_for(ctx.me)  # type: ignore[arg-type]
    send = "send_messages_in_threads" if isinstance(ctx.channel, discord.Thread) else "send_messages"
    needed = ("view_channel", send, "embed_links")
    return [say(f"permission.{flag}") for flag in needed if not getattr(perms, flag)]


class Replies:
    """Answers commands: public once per member per window, quiet after that."""

    def __init__(self) -> None:
        self.throttle = ReplyThrottle()

    def claim(self, ctx: commands.Context[Any], what: str | None = None) -> bool:
        """True if this member may get a public reply in this channel now (and it counts).

        `what` says which reply it would be: the same refusal is not repeated within
        10 s; by default, the command's name."""
        if ctx.interaction is not None:
            return True  # an interaction's reply does not use the channel's message budget
        what = what if what is not None else (ctx.command.qualified_name if ctx.command else "")
        return self.throttle.allow((ctx.channel.id, ctx.author.id), what, time.monotonic())

    async def refuse(self, ctx: commands.Context[Any], text: str) -> None:
        """A refusal or error: privately for slash, in public at most once per window."""
        if ctx.interaction is None and not self.claim(ctx, text):
            await react(ctx, QUIET)
            return
        try:
            await ctx.send(limits.content(text), ephemeral=True)
        except discord.Forbidden:  # the bot may not post here: tell the member directly, if they allow it
            with contextlib.suppress(discord.HTTPException):
                await ctx.author.send(limits.content(text))

    async def on_error(self, ctx: commands.Context[Any], error: BaseException) -> None:
        cause = unwrap(error)
        if isinstance(cause, commands.CommandOnCooldown):
            if ctx.interaction is None:
                await react(ctx, QUIET)  # the member has just had their answer
                return
            wait = max(1, math.ceil(cause.retry_after))
            await self.refuse(ctx, say("error.slow_down", wait=wait, s="s" * (wait != 1)))
        elif isinstance(cause, commands.MemberNotFound):
            who = limits.plain(limits.clip(cause.argument, 40))
            await self.refuse(ctx, say("error.no_member", who=who))
        elif isinstance(cause, commands.UserInputError) and not isinstance(cause, UnknownSubcommand):
            await self.refuse(ctx, limits.plain(str(cause)))
        elif isinstance(cause, TriviaError | commands.CheckFailure | commands.UserInputError):
            await self.refuse(ctx, str(cause) or say("error.not_here"))
        else:
            log.error("command %s failed", ctx.command, exc_info=cause)
            await self.refuse(ctx, say("error.failed"))

    async def on_app_error(self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError) -> None:
        """Errors of the pure slash commands (/trivia-admin): always private."""
        if isinstance(error, app_commands.CheckFailure):
            message = str(error) or say("error.not_here")
        else:
            name = interaction.command and interaction.command.qualified_name
            log.error("slash command %s failed", name, exc_info=error)
            message = say("error.failed")
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)


async def react(ctx: commands.Context[Any], emoji: str) -> None:
    """A reaction on the member's message; without the permission (403), nothing."""
    with contextlib.suppress(discord.HTTPException):
        await ctx.message.add_reaction(emoji)


async def acknowledge(ctx: commands.Context[Any], text: str) -> None:
    """Confirm a command whose effect the game itself will show.

    A slash command must be answered, so it gets a private reply; a prefix command
    gets a reaction, because every message counts against the channel's limit of
    5 messages per 5 seconds, which the game's own messages need.
    """
    if ctx.interaction is not None:
        await ctx.send(text, ephemeral=True)
    else:
        await react(ctx, "✅")


def unwrap(error: BaseException) -> BaseException:
    """The exception a command raised, out of discord.py's wrappers (prefix, hybrid, slash)."""
    while True:
        inner = getattr(error, "original", None)
        if not isinstance(inner, BaseException):
            return error
        error = inner
