"""Slash commands and clicks as Discord really runs them (issue #18, items 1, 3, 4, 5, 7):
who sees a deferred answer, which option types and names Discord shows, clicks
answered whatever their age, and a guild sync that lists each command once."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import pytest

from bot.core.catalogue import TERMS
from bot.core.store import SqliteDatabase

from ..helpers import eventually
from .conftest import World
from .fake_discord import CommandUnavailable
from .test_server_features import seed_answers


def option(command: dict[str, Any], *path: str) -> dict[str, Any]:
    """A subcommand or option of a registered command, by its English names."""
    found = command
    for name in path:
        found = next(o for o in found.get("options") or [] if o["name"] == name)
    return found


async def synced(world: World) -> dict[str, Any]:
    await eventually(lambda: bool(world.fake.commands), what="the sync")
    return next(c for c in world.fake.commands if c["name"] == "trivia")


# --- 1. refusals after a deferred response ------------------------------------------------


async def test_a_slash_start_refused_for_the_channel_is_private(world: World) -> None:
    await world.reply_to(world.admin, f"!trivia set channels <#{world.other_channel}>")
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1)
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.content == f"Trivia games on this server are played in <#{world.other_channel}>."
    assert refusal.ephemeral  # only Bo sees it, not the whole channel
    assert world.fake.public(world.channel, mark) == []


async def test_a_slash_start_with_no_question_is_refused_privately_and_a_good_one_starts(world: World) -> None:
    await synced(world)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1, category="cast", difficulty="easy")
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.content == "There is no question for “cast, easy”. See `/trivia categories`."
    assert refusal.ephemeral
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1, category="cast")
    intro = await world.fake.next_message(world.channel, mark, where=lambda m: m.content.startswith("🩺 **"))
    assert not intro.ephemeral and "(cast)" in intro.content  # the game itself is for everyone
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    assert not question.ephemeral
    assert [m.content for m in world.fake.sent[mark:] if m.ephemeral] == ["▶️ The game starts in this channel."]


async def test_a_slash_board_the_database_cannot_read_is_refused_privately(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: SqliteDatabase, guild_id: int, since: float | None) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SqliteDatabase, "board_size", broken)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "leaderboard")
    refusal = await world.fake.next_message(world.channel, mark)
    assert "disk I/O error" in refusal.content and refusal.ephemeral


# --- 3. localised choices -------------------------------------------------------------------


async def test_korean_clients_see_every_category_choice_in_korean(world: World) -> None:
    trivia = await synced(world)
    categories = [c["value"] for c in option(trivia, "start", "category")["choices"]]
    assert categories == list(world.bank.categories())
    seen = world.fake.as_seen("trivia", "ko")  # what a Korean Discord client shows
    shown = option(seen, "시작", "카테고리")["choices"]
    assert [c["name"] for c in shown] == [TERMS["ko"][c] for c in categories]  # 출연진, 등장인물, …
    assert "출연진" in [c["name"] for c in shown]


# --- 7. option types as registered ------------------------------------------------------------


async def test_slash_rounds_is_a_whole_number_from_1_to_50(world: World) -> None:
    rounds = option(await synced(world), "start", "rounds")
    assert (rounds["type"], rounds.get("min_value"), rounds.get("max_value")) == (4, 1, 50)  # INTEGER
    for refused in (0, 51, "10문제"):  # Discord's client does not let anyone send these
        with pytest.raises(CommandUnavailable):
            world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=refused)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=2)
    intro = await world.fake.next_message(world.channel, mark, where=lambda m: m.content.startswith("🩺 **"))
    assert "2 questions" in intro.content


# --- 4. clicks answered whatever their age ----------------------------------------------------


async def test_page_buttons_answer_after_a_restart_and_unknown_buttons_privately(world: World) -> None:
    fake = world.fake
    seed_answers(world, [(1000 + n, f"Player {n:02d}", 100 + n, time.time()) for n in range(25)])
    board = await world.reply_to(world.ana, "!trivia leaderboard")
    message = next(m for m in reversed(fake.sent) if m.content == board)
    await world.restart()  # the pager's view is gone with the old process
    click = fake.inject_click(message, world.ana, fake.buttons(message)[1]["custom_id"])
    assert await fake.answered(click)
    await eventually(lambda: "Page 2 of 3" in message.content, what="page 2")
    assert fake.buttons(message)[0]["disabled"] is False  # ◀ now leads back
    mark = len(fake.sent)
    click = fake.inject_click(message, world.bo, fake.buttons(message)[1]["custom_id"])
    refusal = await fake.next_message(world.channel, mark)
    assert refusal.ephemeral and refusal.content == "Only the member who asked can turn these pages."
    old = fake.old_message(world.channel, "An old board", ["b2f0e8d4c1a39c7e0d5f4a6b8c2e1d3f"])
    mark = len(fake.sent)
    click = fake.inject_click(old, world.bo, "b2f0e8d4c1a39c7e0d5f4a6b8c2e1d3f")  # an old version's button
    assert await fake.answered(click)
    told = await fake.next_message(world.channel, mark)
    assert told.ephemeral and told.content == "These buttons no longer work. Run the command again."


async def test_slash_report_pages_answer_after_a_restart(world: World) -> None:
    fake = world.fake
    store = SqliteDatabase.open(world.settings.db_path)
    try:
        for question in list(world.bank)[:12]:  # more reports than one message holds
            store.add_report(world.guild.id, question.id, world.bo.id, "the answer is wrong " * 12)
    finally:
        store.close()
    mark = len(fake.sent)
    fake.inject_slash(world.channel, world.admin, "trivia-admin", "reports")
    listing = await fake.next_message(world.channel, mark, where=lambda m: "Open question reports" in m.content)
    assert listing.ephemeral and [b["label"] for b in fake.buttons(listing)] == ["◀", "▶"]
    await world.restart()
    first = listing.content
    click = fake.inject_click(listing, world.admin, fake.buttons(listing)[1]["custom_id"])
    assert await fake.answered(click)
    await eventually(lambda: listing.content != first, what="the second page")


# --- 5. a guild sync for development ---------------------------------------------------------


async def test_a_guild_sync_lists_each_command_once_and_stays_fresh(world: World) -> None:
    fake = world.fake
    await synced(world)  # the start-up sync, global
    assert await world.bot.sync_now(world.guild.id)  # `python -m bot sync --guild ID`
    assert sorted(fake.offered(world.guild)) == ["trivia", "trivia-admin"]  # once each, not twice
    questions = world.settings.questions_path
    questions.write_text(questions.read_text().replace("category: people", "category: crew", 1))
    await world.restart()  # with a changed command
    await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the sync")
    assert sorted(fake.offered(world.guild)) == ["trivia", "trivia-admin"]
    guild_trivia = next(c for c in fake.guild_commands[world.guild.id] if c["name"] == "trivia")
    assert "crew" in [c["value"] for c in option(guild_trivia, "start", "category")["choices"]]  # refreshed
    assert await world.bot.sync_now()  # `python -m bot sync`: every server again
    assert fake.guild_commands[world.guild.id] == []
    assert sorted(fake.offered(world.guild)) == ["trivia", "trivia-admin"]
