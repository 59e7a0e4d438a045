"""Leaderboards with pages, and player stats, as shown on Discord."""

from __future__ import annotations

import contextlib
import math
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import discord

from ..core.boards import BoardRow, Profile
from ..core.periods import TITLES, period_start
from . import limits

PAGE = 10
NO_PINGS = discord.AllowedMentions.none()


def board_text(
    guild_name: str, period: str, rows: list[BoardRow], players: int, page: int, mine: BoardRow | None
) -> str:
    if not rows:
        return f"No scores {TITLES[period]} on this server yet." if period != "all" else "No scores yet on this server."
    pages = max(1, math.ceil(players / PAGE))
    lines = [f"🏆 **Trivia leaderboard · {limits.name(guild_name, 100)} · {TITLES[period]}**"]
    if period == "week":
        lines.append("-# Weeks start on Monday, 00:00 UTC.")
    elif period == "month":
        lines.append("-# Months start on the 1st, 00:00 UTC.")
    lines += [f"{r.rank}. {limits.name(r.name)}: {r.points} points, {r.correct} correct" for r in rows]
    if mine is not None and all(r.user_id != mine.user_id for r in rows):
        lines.append(f"…\nYou: {mine.rank}. {limits.name(mine.name)}: {mine.points} points, {mine.correct} correct")
    if pages > 1:
        lines.append(f"-# Page {page + 1} of {pages} · {players} players")
    return limits.content("\n".join(lines))


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
        if interaction.user.id == self.owner:
            return True
        await interaction.response.send_message("Only the member who asked can turn these pages.", ephemeral=True)
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


def report_pages(reports: list[tuple[str, str, int]], texts: Mapping[str, str], prefix: str) -> list[str]:
    """The open reports grouped by question, as pages that each fit a message."""
    blocks: list[str] = []
    by_question: dict[str, list[tuple[str, int]]] = {}
    for question_id, reason, count in reports:
        by_question.setdefault(question_id, []).append((reason, count))
    for question_id, reasons in by_question.items():
        total = sum(count for _, count in reasons)
        text = limits.clip(texts.get(question_id, "(no longer in the question file)"), 200)
        lines = [f"**{limits.name(question_id, 64)}** · {limits.name(text, 200)} · {total} report{'s' * (total != 1)}"]
        lines += [f"  • {count}× {limits.name(reason, 300)}" for reason, count in reasons[:10]]
        if len(reasons) > 10:
            lines.append(f"  • …and {len(reasons) - 10} other reasons")
        blocks.append("\n".join(lines))
    head = f"🚩 **Open question reports** · close with `{prefix}trivia reports clear <question id>`"
    pages: list[str] = []
    current: list[str] = []
    for block in blocks:
        if current and len("\n\n".join([head, *current, block])) > 1800:
            pages.append("\n\n".join([head, *current]))
            current = []
        current.append(block)
    if current:
        pages.append("\n\n".join([head, *current]))
    return [limits.content(p) for p in pages] or ["No open question reports on this server."]


def since(period: str) -> float | None:
    return period_start(period, time.time())


def favourite(answered: Mapping[str, int], categories: Mapping[str, str]) -> str | None:
    """The category of most of a player's correct answers (questions no longer in the
    bank do not count)."""
    by_category: Counter[str] = Counter()
    for question_id, count in answered.items():
        if (category := categories.get(question_id)) is not None:
            by_category[category] += count
    return by_category.most_common(1)[0][0] if by_category else None


def stats_text(name: str, profile: Profile | None, favourite_category: str | None) -> str:
    shown = limits.name(name)
    if profile is None or profile.correct == 0:
        return f"{shown} has no trivia points on this server yet."
    parts = [
        f"rank {profile.rank} of {profile.players}",
        f"{profile.points} points",
        f"{profile.correct} correct answers",
        f"{profile.games} games played",
        f"win rate {profile.win_rate:.0%}",
    ]
    if profile.best_streak and profile.best_streak >= 2:
        parts.append(f"best streak {profile.best_streak}")
    if profile.fastest is not None:
        parts.append(f"fastest answer {profile.fastest:.1f} s")
    if favourite_category:
        parts.append(f"favourite category: {favourite_category}")
    return limits.content(f"📊 **{shown}** · " + " · ".join(parts))
