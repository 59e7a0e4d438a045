"""Page buttons under a board or the reports list.

Each button says in its custom id which list it turns, whose it is and which page it
leads to (`trivia:page:<list>:<owner>:<page>:<prev|next>`). They are discord.py
dynamic items, like the answer buttons: a click is answered however old its message
is, after a restart too, by rendering that page again (the cog's `render_page`).
Nothing times out, so no token has to outlive Discord's 15 minutes to grey them out.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from ...core.catalogue import say

LISTS = ("all", "week", "month", "reports")  # the boards by period, and the open reports
_TEMPLATE = r"trivia:page:(?P<list>all|week|month|reports):(?P<owner>[0-9]+):(?P<page>[0-9]+):(?P<arrow>prev|next)"


class PageButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=_TEMPLATE):
    def __init__(self, listing: str, owner: int, page: int, arrow: str, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="◀" if arrow == "prev" else "▶",
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
                custom_id=f"trivia:page:{listing}:{owner}:{page}:{arrow}",
            )
        )
        self.listing, self.owner, self.page, self.arrow = listing, owner, page, arrow

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PageButton:
        return cls(match["list"], int(match["owner"]), int(match["page"]), match["arrow"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """The asker's click shows the page (acknowledged first: rendering reads the
        database); anyone else's is told privately that the pages are not theirs."""
        await interaction.client.speak_for(interaction.guild_id)
        if interaction.user.id != self.owner:
            await interaction.response.send_message(say("pages.not_yours"), ephemeral=True)
            return
        await interaction.response.defer()
        cog = interaction.client.get_cog("Trivia")
        text, page, pages = await cog.render_page(self.listing, interaction.guild, self.owner, self.page)
        await interaction.edit_original_response(content=text, view=page_view(self.listing, self.owner, page, pages))


def page_view(listing: str, owner: int, page: int, pages: int) -> discord.ui.View | None:
    """◀ ▶ for `owner` on page `page` (from 0) of `pages`; None when one page says it all."""
    if pages < 2:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(PageButton(listing, owner, max(0, page - 1), "prev", disabled=page <= 0))
    view.add_item(PageButton(listing, owner, min(pages - 1, page + 1), "next", disabled=page >= pages - 1))
    return view
