"""How the bot answers commands without spending the channel's message budget.

A game needs the channel's 5 messages per 5 seconds for its questions. So a member
who repeats a prefix command (the same command with the same arguments) gets its
answer (or the same refusal) once per 10 s, and at most two public answers per 5 s
in all (`ReplyThrottle`); past that, a ⏳ reaction. A slash command's refusal is
private: its answer is built before Discord is told anything (`answer`), because
after a public "thinking…" the first follow-up is public whatever its flags.
Nothing is tried that Discord would refuse with a 403 (a reaction without Add
Reactions, a message where the bot may not post): each refusal counts toward the
10,000 invalid requests in 10 minutes after which Discord blocks the bot's address.
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import logging
import math
import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..core.catalogue import say
from ..core.errors import TriviaError
from ..core.game import ReplyThrottle
from . import limits
from .context import invocation

log = logging.getLogger(__name__)

QUIET = "⏳"  # "seen; already answered": a repeat within the throttle window, or a cooldown
PROMPT = 2.0  # seconds a slash answer may take before it is deferred (Discord waits 3)
Reply = tuple[str, discord.ui.View | None]


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
    def __init__(self, missing: list[str], key: str = "error.permissions") -> None:
        self.missing = missing
        names = say("error.permissions.and").join(f"**{m}**" for m in missing)
        super().__init__(say(key, names=names, s="s" * (len(missing) > 1)))


def missing_permissions(ctx: commands.Context[Any], embeds: bool = False) -> list[str]:
    """The permissions the bot lacks to post in this channel (with `embeds`: an embed
    too, as a game's final standings are), empty if none.

    A slash command carries the bot's channel permissions (`app_permissions`); for a
    prefix command they are computed from the roles and overwrites. In a thread,
    posting needs Send Messages in Threads rather than Send Messages.
    """
    interaction = ctx.interaction
    perms = interaction.app_permissions if interaction else ctx.channel.permissions_for(ctx.me)  # type: ignore[arg-type]
    send = "send_messages_in_threads" if isinstance(ctx.channel, discord.Thread) else "send_messages"
    needed = ("view_channel", send, "embed_links") if embeds else ("view_channel", send)
    return [say(f"permission.{flag}") for flag in needed if not getattr(perms, flag)]


def missing_for_game(ctx: commands.Context[Any]) -> list[str]:
    """The permissions the bot lacks to post a game in this channel (empty if none)."""
    return missing_permissions(ctx, embeds=True)


class Replies:
    """Answers commands: public once per member per window, quiet after that."""

    def __init__(self) -> None:
        self.throttle = ReplyThrottle()

    def claim(self, ctx: commands.Context[Any], what: Hashable | None = None) -> bool:
        """True if this member may get a public reply in this channel now (and it counts).

        `what` says which reply it would be: the same refusal is not repeated within
        10 s; by default, the command with its arguments (`context.invocation`)."""
        if ctx.interaction is not None:
            return True  # an interaction's reply does not use the channel's message budget
        what = what if what is not None else invocation(ctx)
        return self.throttle.allow((ctx.channel.id, ctx.author.id), what, time.monotonic())

    async def answer(
        self, ctx: commands.Context[Any], make: Callable[[], Awaitable[Reply]], private: bool = False
    ) -> None:
        """A command's answer, built by `make`: public (`private`: a slash answer only the
        member sees, a prefix one in the channel).

        Prefix: once per member per window, a repeat gets ⏳; where the bot may not post,
        the member is told why instead. Slash: the answer is built first, so that a
        refusal raised meanwhile is the private first response; one that takes longer
        than PROMPT is deferred (only a refusal after that shows as the answer would)."""
        if ctx.interaction is None:
            if not self.claim(ctx):
                await react(ctx, QUIET)
                return
            if missing := missing_permissions(ctx):
                raise MissingChannelPermissions(missing, "error.permissions.reply")
            text, view = await make()
            await ctx.send(text, view=view)  # type: ignore[arg-type]
            return
        building = asyncio.ensure_future(make())
        done, _ = await asyncio.wait({building}, timeout=PROMPT)
        if not done:
            await ctx.defer(ephemeral=private)
        text, view = await building
        await ctx.send(text, view=view, ephemeral=private)  # type: ignore[arg-type]

    async def refuse(self, ctx: commands.Context[Any], text: str) -> None:
        """A refusal or error: privately for slash, in public at most once per window.
        Where the bot may not post, by direct message, if the member allows them."""
        if ctx.interaction is None and not self.claim(ctx, text):
            await react(ctx, QUIET)
            return
        if ctx.interaction is None and missing_permissions(ctx):
            with contextlib.suppress(discord.HTTPException):
                await ctx.author.send(limits.content(text))
            return
        try:
            await ctx.send(limits.content(text), ephemeral=True)
        except discord.Forbidden:  # a permission lost since the cache last heard of it
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
    """A reaction on the member's message, where the bot may add one. Discord needs Read
    Message History, and Add Reactions for the first reaction with an emoji; without
    them, nothing is tried (a try is a 403). A 403 anyway (a permission changed since
    the cache heard of it) is not tried again."""
    perms = ctx.channel.permissions_for(ctx.me)  # type: ignore[arg-type]
    if not (perms.add_reactions and perms.read_message_history):
        return
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
