"""What the cog's commands receive: a server's context, and arguments that serve both
the prefix and the slash form.

`GuildContext` is the Context of a command that runs only in a server, as in
RoboDanny's cogs/utils/context.py: its guild is a Guild and its author a Member, so
the commands need no `assert ctx.guild is not None`. The cog's check (`cog_check`,
which refuses direct messages) makes that true before any command runs.

discord.py turns a prefix converter into a slash option only in simple cases
(`Optional[commands.Range]` becomes a STRING option, with no range). `RoundsOption`
and `MemberOrMe` are both: a converter for the prefix form and a transformer that
registers the slash option with its real type (INTEGER with 1 to 50; USER).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..core.game import MAX_ROUNDS
from .client import TriviaBot


class GuildContext(commands.Context[TriviaBot]):
    guild: discord.Guild
    author: discord.Member
    me: discord.Member
    channel: discord.TextChannel | discord.Thread | discord.VoiceChannel | discord.StageChannel


def invocation(ctx: commands.Context[Any]) -> tuple[Hashable, ...]:
    """What a member asked for: the command and its arguments (members by id). Two
    boards for two periods are two questions, not a repeat."""
    given = [a for a in ctx.args if a is not ctx and a is not ctx.cog] + list(ctx.kwargs.values())
    name = ctx.command.qualified_name if ctx.command else ""
    return (name, *(getattr(value, "id", value) for value in given))


def per_member_and_arguments(ctx: commands.Context[Any]) -> Hashable:
    """A cooldown bucket per member and per question asked (see `invocation`)."""
    guild = ctx.guild.id if ctx.guild else None
    return (guild, ctx.author.id, *invocation(ctx))


class RoundsOption(commands.Converter[int], app_commands.Transformer):
    """How many questions: a whole number from 1 to MAX_ROUNDS.

    Prefix form: a word that is not such a number is left for the next parameter
    (the start words come in any order). Slash form: an INTEGER option, which
    Discord's client lets players fill with a number in range only."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.integer

    @property
    def min_value(self) -> int:
        return 1

    @property
    def max_value(self) -> int:
        return MAX_ROUNDS

    async def convert(self, ctx: commands.Context[Any], argument: str) -> int:
        if not argument.isdigit() or not 1 <= int(argument) <= MAX_ROUNDS:
            raise commands.BadArgument(f"not a number of rounds: {argument[:20]}")
        return int(argument)

    async def transform(self, interaction: discord.Interaction[Any], value: Any) -> int:
        return int(value)


Target = discord.Member | discord.User | discord.Object
ME = ("me", "나", "저")  # `forget me`, `forget 나`


class MemberOrMe(commands.Converter[Target], app_commands.Transformer):
    """Whose data: `me`, a member (by mention, id or name), or the id of someone who has
    left the server. Slash form: a USER option."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.user

    async def convert(self, ctx: commands.Context[Any], argument: str) -> Target:
        if argument.strip().casefold() in ME:
            return ctx.author
        try:
            return await commands.MemberConverter().convert(ctx, argument)
        except commands.MemberNotFound:
            digits = argument.strip().removeprefix("<@").removeprefix("!").removesuffix(">")
            if digits.isdigit() and 15 <= len(digits) <= 20:  # a Discord id: someone who left
                return discord.Object(int(digits))
            raise

    async def transform(self, interaction: discord.Interaction[Any], value: Any) -> Target:
        if isinstance(value, discord.Member | discord.User):
            return value
        raise app_commands.TransformerError(value, self.type, self)
