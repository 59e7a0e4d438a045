"""The answer to a click on any other component: a button of an older version of the
bot, or one whose message no handler knows any more.

discord.py ignores a click nobody handles, and the member sees "This interaction
failed". This dynamic item takes every custom id that none of the bot's own buttons
would (`trivia:choice:`, `trivia:page:`, `trivia:forget:`), and answers privately.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from ...core.catalogue import say

_TEMPLATE = r"(?!trivia:(?:choice|page|forget):).{1,100}"


class LeftoverButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=_TEMPLATE):
    def __init__(self, custom_id: str) -> None:
        super().__init__(discord.ui.Button(label="?", custom_id=custom_id))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> LeftoverButton:
        return cls(match.group(0))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.client.speak_for(interaction.guild_id)
        await interaction.response.send_message(say("buttons.gone"), ephemeral=True)
