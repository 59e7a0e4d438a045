"""The buttons of a multiple-choice question.

Each button's custom id names its channel, its round and its option
(`trivia:choice:<channel>:<round>:<option>`). They are discord.py dynamic items,
so a click is understood even on a message sent before a restart: a click on a
round that is over, or on a game that no longer runs, is told so privately.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from ...core.bank import OPTION_LETTERS
from ...core.catalogue import say, set_language
from ...core.game import ChoiceOutcome, Player, Round
from .. import limits

_TEMPLATE = r"trivia:choice:(?P<channel>[0-9]+):(?P<token>[0-9a-f]+):(?P<index>[0-9])"

_REPLIES = {
    ChoiceOutcome.WRONG: "choice.wrong",
    ChoiceOutcome.ALREADY: "choice.already",
    ChoiceOutcome.CLOSED: "choice.closed",
}


class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=_TEMPLATE):
    def __init__(
        self,
        channel_id: int,
        token: str,
        index: int,
        label: str = "?",
        style: discord.ButtonStyle = discord.ButtonStyle.primary,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=style,
                disabled=disabled,
                custom_id=f"trivia:choice:{channel_id}:{token}:{index}",
            )
        )
        self.channel_id, self.token, self.index = channel_id, token, index

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ChoiceButton:
        return cls(int(match["channel"]), match["token"], int(match["index"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Answered at once, within Discord's 3 seconds: a right click silently (the
        game posts the result), anything else privately."""
        cog = interaction.client.get_cog("Trivia")
        sessions = getattr(cog, "sessions", None)
        session = sessions.get(self.channel_id) if sessions is not None else None
        result = ChoiceOutcome.CLOSED
        if session is not None:
            set_language(session.language)
            player = Player(interaction.user.id, interaction.user.display_name)
            result = session.choose(player, self.token, self.index)
        else:  # a click after a restart: the server's language
            await interaction.client.speak_for(interaction.guild_id)
        if result is ChoiceOutcome.WON:
            await interaction.response.defer()
        else:
            await interaction.response.send_message(say(_REPLIES[result]), ephemeral=True)


def label(index: int, option: str) -> str:
    return limits.clip(f"{OPTION_LETTERS[index]}. {option}", 80)


def choice_view(channel_id: int, round_: Round, closed: bool = False) -> discord.ui.View:
    """The question's buttons; once closed, all greyed out but the right one, in green."""
    view = discord.ui.View(timeout=None)
    for index, option in enumerate(round_.options):
        right = option == round_.question.answer
        style = discord.ButtonStyle.success if closed and right else discord.ButtonStyle.secondary
        view.add_item(
            ChoiceButton(
                channel_id,
                round_.token,
                index,
                label(index, option),
                style if closed else discord.ButtonStyle.primary,
                disabled=closed,
            )
        )
    return view
