"""The question pack commands, part of the trivia cog (cogs/trivia.py joins them to its
`!trivia` and `/trivia-admin` groups; packs.py does the work):

* `!trivia pack add <name>` with one attached .yaml file, `remove <name>`, `get <name>`
  (Manage Server or the bot's owner), and `/trivia-admin pack add|remove|get`, the
  file as an attachment option;
* `!trivia packs` and `/trivia packs`: the server's packs, with the bot's own;
* the autocomplete of a pack's name (`/trivia start pack:`, `/trivia-admin pack ...`).

A mixin, as Red's cogs split their commands across files: the commands are the trivia
cog's, with its checks, error replies and message budget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ...core.catalogue import say
from ...core.errors import CatalogueError
from ..checks import trivia_admin, trivia_admin_slash
from ..packs import PackDesk
from ..replies import Reply

if TYPE_CHECKING:
    from ..client import TriviaBot
    from ..replies import Replies


class PackCommands:
    bot: TriviaBot
    replies: Replies
    pack_desk: PackDesk

    # The bodies of `!trivia pack`, `pack add|remove|get` (the prefix form only: as slash
    # commands they live in /trivia-admin, see reload) and `packs`, made commands of the
    # `!trivia` group by the trivia cog, whose copies discord.py binds to each cog. Each
    # subcommand has the check itself: a group invoked without a subcommand of its own
    # (`invoke_without_command`) does not run its checks before its subcommands'.
    @trivia_admin()  # type: ignore[untyped-decorator]
    async def pack_usage(self, ctx: commands.Context[TriviaBot]) -> None:
        """This server's question packs: `pack add <name>` (with a .yaml file), `remove <name>`, `get <name>`."""
        await ctx.send(say("pack.usage", prefix=self.bot.shown_prefix))

    @trivia_admin()  # type: ignore[untyped-decorator]
    async def add_pack(self, ctx: commands.Context[TriviaBot], name: str = "") -> None:
        """Add a question pack, or replace the one of that name: attach its .yaml file."""
        assert ctx.guild is not None
        await ctx.send(await self.pack_desk.add(ctx.guild.id, name, ctx.message.attachments, ctx.author.id))

    @trivia_admin()  # type: ignore[untyped-decorator]
    async def remove_pack(self, ctx: commands.Context[TriviaBot], name: str = "") -> None:
        """Remove one of this server's question packs."""
        assert ctx.guild is not None
        await ctx.send(await self.pack_desk.remove(ctx.guild.id, name))

    @trivia_admin()  # type: ignore[untyped-decorator]
    async def get_pack(self, ctx: commands.Context[TriviaBot], name: str = "") -> None:
        """A question pack's file, to edit and upload again."""
        assert ctx.guild is not None
        if not ctx.channel.permissions_for(ctx.me).attach_files:  # type: ignore[arg-type]
            await ctx.send(say("pack.no_attach"))
            return
        try:
            text, file = await self.pack_desk.file(ctx.guild.id, name)
        except CatalogueError as error:  # no such pack: said like the other admin replies, unthrottled
            await ctx.send(str(error))
            return
        try:
            await ctx.send(text, file=file)
        except discord.Forbidden:  # the permission went between the check and the upload
            await ctx.send(say("pack.no_attach"))

    @commands.cooldown(1, 10.0, commands.BucketType.member)
    async def list_packs(self, ctx: commands.Context[TriviaBot]) -> None:
        """This server's question packs, with how many questions each has."""
        assert ctx.guild is not None
        guild_id = ctx.guild.id

        async def make() -> Reply:
            return await self.pack_desk.listing(guild_id), None

        await self.replies.answer(ctx, make)

    pack_admin = app_commands.Group(name="pack", description="This server's question packs (Manage Server)")

    @pack_admin.command(name="add", description="Add a question pack, or replace the one of that name")
    @app_commands.describe(name="The pack's name: one lower-case word", file="The pack's .yaml file")
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def pack_add_slash(
        self, interaction: discord.Interaction[TriviaBot], name: str, file: discord.Attachment
    ) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)  # a download and a parse
        text = await self.pack_desk.add(interaction.guild_id, name, [file], interaction.user.id)
        await interaction.followup.send(text, ephemeral=True)

    @pack_admin.command(name="remove", description="Remove one of this server's question packs")
    @app_commands.describe(name="The pack")
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def pack_remove_slash(self, interaction: discord.Interaction[TriviaBot], name: str) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send(await self.pack_desk.remove(interaction.guild_id, name), ephemeral=True)

    @pack_admin.command(name="get", description="A question pack's file, to edit and upload again")
    @app_commands.describe(name="The pack")
    @trivia_admin_slash()  # type: ignore[untyped-decorator]
    async def pack_get_slash(self, interaction: discord.Interaction[TriviaBot], name: str) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            text, file = await self.pack_desk.file(interaction.guild_id, name)
        except CatalogueError as error:
            await interaction.followup.send(str(error), ephemeral=True)
            return
        await interaction.followup.send(text, file=file, ephemeral=True)

    @pack_remove_slash.autocomplete("name")
    async def stored_pack_choices(
        self, interaction: discord.Interaction[TriviaBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._choices(interaction, current, builtin=False)

    @pack_get_slash.autocomplete("name")
    async def any_pack_choices(
        self, interaction: discord.Interaction[TriviaBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._choices(interaction, current, builtin=True)

    async def pack_choices(
        self, interaction: discord.Interaction[TriviaBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """The autocomplete of `/trivia start pack:` (registered by the trivia cog)."""
        return await self._choices(interaction, current, builtin=True)

    async def _choices(
        self, interaction: discord.Interaction[TriviaBot], current: str, builtin: bool
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        await interaction.client.speak_for(interaction.guild_id)
        found = await self.pack_desk.choices(interaction.guild_id, current, builtin)
        return [app_commands.Choice(name=label, value=name) for label, name in found]
