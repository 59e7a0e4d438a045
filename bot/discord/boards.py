"""Leaderboards with pages, and player stats, as shown on Discord."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Mapping

import discord

from ..core.catalogue import say, term
from ..core.store import BoardRow, Profile, Store, period_start
from . import limits

PAGE = 10


def board_text(
    guild_name: str, period: str, rows: list[BoardRow], players: int, page: int, mine: BoardRow | None
) -> str:
    title = say(f"period.{period}")
    if not rows:
        return say("board.empty_period", period=title) if period != "all" else say("board.empty")
    pages = max(1, math.ceil(players / PAGE))
    lines = [say("board.title", guild=limits.name(guild_name, 100), period=title)]
    if period in ("week", "month"):
        lines.append(say(f"board.{period}_note"))
    lines += [_row("board.row", r) for r in rows]
    if mine is not None and all(r.user_id != mine.user_id for r in rows):
        lines.append(_row("board.you", mine))
    if pages > 1:
        lines.append(say("board.page", page=page + 1, pages=pages, players=players))
    return limits.content("\n".join(lines))


async def board_page(store: Store, guild: discord.Guild, period: str, asker: int, page: int) -> tuple[str, int, int]:
    """Page `page` (from 0; the last one if past it) of a server's board since `period`,
    with the asker's own row: its text, its number and how many pages there are."""
    start = since(period)
    players = await store.board_size(guild.id, start)
    pages = max(1, math.ceil(players / PAGE))
    page = min(page, pages - 1)
    mine = await store.board_place(guild.id, start, asker)
    rows = await store.board(guild.id, start, PAGE, page * PAGE)
    return board_text(guild.name, period, rows, players, page, mine), page, pages


def _row(key: str, row: BoardRow) -> str:
    return say(key, rank=row.rank, name=limits.name(row.name), points=row.points, correct=row.correct)


def report_pages(reports: list[tuple[str, str, int]], texts: Mapping[str, str], prefix: str) -> list[str]:
    """The open reports grouped by question, as pages that each fit a message."""
    blocks: list[str] = []
    by_question: dict[str, list[tuple[str, int]]] = {}
    for question_id, reason, count in reports:
        by_question.setdefault(question_id, []).append((reason, count))
    for question_id, reasons in by_question.items():
        total = sum(count for _, count in reasons)
        text = limits.clip(texts.get(question_id, say("report.gone")), 200)
        lines = [
            say(
                "report.head",
                question=limits.name(question_id, 64),
                text=limits.name(text, 200),
                total=total,
                s="s" * (total != 1),
            )
        ]
        lines += [say("report.reason", count=count, reason=limits.name(reason, 300)) for reason, count in reasons[:10]]
        if len(reasons) > 10:
            lines.append(say("report.more", n=len(reasons) - 10))
        blocks.append("\n".join(lines))
    head = say("report.title", prefix=prefix)
    pages: list[str] = []
    current: list[str] = []
    for block in blocks:
        if current and len("\n\n".join([head, *current, block])) > 1800:
            pages.append("\n\n".join([head, *current]))
            current = []
        current.append(block)
    if current:
        pages.append("\n\n".join([head, *current]))
    return [limits.content(p) for p in pages] or [say("report.none")]


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
        return say("stats.none", name=shown)
    parts = [
        say("stats.rank", rank=profile.rank, players=profile.players),
        say("stats.points", points=profile.points),
        say("stats.correct", correct=profile.correct),
        say("stats.games", games=profile.games),
        say("stats.win_rate", rate=f"{profile.win_rate:.0%}"),
    ]
    if profile.best_streak and profile.best_streak >= 2:
        parts.append(say("stats.best_streak", streak=profile.best_streak))
    if profile.fastest is not None:
        parts.append(say("stats.fastest", seconds=f"{profile.fastest:.1f}"))
    if favourite_category:
        parts.append(say("stats.favourite", category=term(favourite_category)))
    return limits.content(say("stats.head", name=shown) + " · ".join(parts))
