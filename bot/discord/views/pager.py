"""Page buttons under a board or the reports list."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from ...core.catalogue import language, say, set_language


class Pager(discord.ui.View):
    """◀ ▶ through pages (a board, the reports), for the member who asked; the buttons
    go grey after two minutes."""

    TIMEOUT = 120.0  # seconds

    def __init__(self, owner: int, pages: int, render: Callable[[int], Awaitable[str]]) -> None:
        super().__init__(timeout=self.TIMEOUT)
        self.owner = owner
        self.pages = max(1, pages)
        self.page = 0
        self.render = render
        self.message: discord.Message | discord.InteractionMessage | None = None
        self.language = language()  # its pages and replies, whoever clicks
        self._sync()

    @classmethod
    def of(cls, pages: list[str], owner: int) -> Pager | None:
        """A pager over ready-made pages; None when one page says it all."""
        if len(pages) < 2:
            return None

        async def render(number: int) -> str:
            return pages[number]

        return cls(owner, len(pages), render)

    def _sync(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= self.pages - 1

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        set_language(self.language)  # a click runs in a task of its own
        if interaction.user.id == self.owner:
            return True
        await interaction.response.send_message(say("pages.not_yours"), ephemeral=True)
        return False

    async def _turn(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.page = min(self.pages - 1, max(0, self.page + step))
        self._sync()
        await interaction.response.edit_message(content=await self.render(self.page), view=self)

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        await self._turn(interaction, +1)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self)
