"""The button that confirms erasing a member's trivia data on a server.

`!trivia forget me` (or an admin's `!trivia forget <member>`) only asks; the erasing
is this click, by the member who asked (`trivia:forget:<asker>:<member>`). A dynamic
item: the question can be answered after a restart too. Who may erase whom is checked
again at the click: oneself, or anyone with Manage Server.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from ...core.catalogue import say
from ...core.errors import StoreUnavailable
from ..checks import ADMIN_ONLY, is_trivia_admin

_TEMPLATE = r"trivia:forget:(?P<asker>[0-9]+):(?P<member>[0-9]+)"


class ForgetButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=_TEMPLATE):
    def __init__(self, asker: int, member: int, label: str = "?") -> None:
        super().__init__(
            discord.ui.Button(
                label=label, style=discord.ButtonStyle.danger, custom_id=f"trivia:forget:{asker}:{member}"
            )
        )
        self.asker, self.member = asker, member

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ForgetButton:
        return cls(int(match["asker"]), int(match["member"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = interaction.client
        await bot.speak_for(interaction.guild_id)
        if interaction.user.id != self.asker:
            await interaction.response.send_message(say("forget.not_yours"), ephemeral=True)
            return
        if self.member != self.asker and not await is_trivia_admin(bot, interaction.user):
            await interaction.response.send_message(ADMIN_ONLY, ephemeral=True)
            return
        await interaction.response.defer()  # erasing writes to the database
        try:
            erased = await bot.store.forget_player(interaction.guild_id, self.member)
        except StoreUnavailable as error:
            await interaction.followup.send(str(error), ephemeral=True)
            return
        done = say("forget.done", who=f"<@{self.member}>", answers=erased)
        await interaction.edit_original_response(content=done, view=None)


def forget_view(asker: int, member: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ForgetButton(asker, member, say("forget.button")))
    return view
