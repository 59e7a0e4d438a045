"""Per-server settings, boards by period, player stats and question reports (issue #12)."""

from __future__ import annotations

import sqlite3
import time

from bot.core.store import SqliteDatabase, period_start

from ..helpers import eventually
from .conftest import World, WorldFactory
from .fake_discord import FakeDiscord


async def test_an_admin_changes_settings_a_member_may_not_and_they_survive_a_restart(
    fake: FakeDiscord, make_world: WorldFactory
) -> None:
    async with make_world(round_seconds=30.0) as world:
        reply = await world.reply_to(world.bo, "!trivia set round_seconds 45")
        assert reply == "You need the Manage Server permission to do that."
        reply = await world.reply_to(world.admin, "!trivia set round_seconds 5")
        assert reply == "round_seconds must be between 10 and 120, not 5."
        reply = await world.reply_to(world.admin, "!trivia set round_seconds 45")
        assert reply.startswith("✅ `round_seconds` is now **45** (default 30).")
        reply = await world.reply_to(world.mod, "!trivia set rounds 2")
        assert reply == "You need the Manage Server permission to do that."  # Manage Messages is not enough
        mark = len(fake.sent)
        fake.inject_slash(world.channel, world.admin, "trivia-admin", "set", name="rounds", value="2")
        done = await fake.next_message(world.channel, mark)
        assert done.ephemeral and done.content.startswith("✅ `rounds` is now **2** (default 10).")
        await world.restart()
        listing = await world.reply_to(world.ana, "!trivia settings")
        assert "`round_seconds`: **45** ✏️ · default 30 · 10 to 120" in listing
        assert "`rounds`: **2** ✏️ · default 10" in listing and "`mode`: **open** · default open" in listing
        question = await world.start_game(rounds=2)  # the question shows the server's time
        assert "45 seconds" in question.content
        intro = next(m for m in fake.messages(world.channel) if "🩺 **The Trauma Code" in m.content)
        assert "45 seconds each" in intro.content
        mark = await world.say(world.ana, "!trivia stop")
        await fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
        reply = await world.reply_to(world.admin, "!trivia set round_seconds default")
        assert reply.startswith("✅ `round_seconds` is back to its default, **30**.")
        mark = await world.say(world.ana, "!trivia")  # the server's default game length: 2 questions
        await fake.next_message(world.channel, mark, where=lambda m: "Question 1/2" in m.content)


async def test_games_start_only_in_the_listed_channels(world: World) -> None:
    reply = await world.reply_to(world.admin, f"!trivia set channels <#{world.other_channel}>")
    assert reply.startswith(f"✅ `channels` is now **<#{world.other_channel}>**")
    reply = await world.reply_to(world.ana, "!trivia start 1")
    assert reply == f"Trivia games on this server are played in <#{world.other_channel}>."
    question = await world.start_game(rounds=1, channel=world.other_channel)
    assert "Question 1/1" in question.content


async def test_with_stop_by_moderators_the_starter_may_not_stop(world: World) -> None:
    await world.reply_to(world.admin, "!trivia set stop_by moderators")
    await world.start_game(rounds=3)  # by Ana
    reply = await world.reply_to(world.ana, "!trivia stop")
    assert reply == "Only members with Manage Messages or Manage Server can do that."
    mark = await world.say(world.mod, "!trivia stop")
    await world.fake.next_message(world.channel, mark, where=lambda m: "The game was stopped" in m.text)


def seed_answers(world: World, rows: list[tuple[int, str, int, float]]) -> None:
    """Answers as if played before: (user, name, points, when)."""
    with sqlite3.connect(world.settings.db_path) as db:
        store = SqliteDatabase(db)
        db.isolation_level = None
        for user, name, points, at in rows:
            store.award(
                guild_id=world.guild.id, channel_id=world.channel, game_id=None, user_id=user, name=name,
                question_id="moved-country", points=points, at=at, seconds=3.0, streak=1,
            )  # fmt: skip


async def test_boards_by_week_month_and_all_time_with_pages_for_the_asker(world: World) -> None:
    now = time.time()
    week, month = period_start("week", now), period_start("month", now)
    assert week is not None and month is not None
    old = min(week, month) - 86400  # before this week and this month
    recent = max(week, month) + 1  # in both
    seed_answers(world, [(1000 + n, f"Player {n:02d}", 100 + n, recent) for n in range(25)])
    seed_answers(world, [(5000, "Veteran", 10_000, old), (world.ana.id, "Ana", 7, recent)])
    board = await world.reply_to(world.ana, "!trivia leaderboard week")
    lines = board.splitlines()
    assert lines[0] == "🏆 **Trivia leaderboard · Trauma Fans · this week**"
    assert lines[1] == "-# Weeks start on Monday, 00:00 UTC."
    assert lines[2] == "1. Player 24: 124 points, 1 correct" and "Veteran" not in board
    assert "You: 26. Ana: 7 points, 1 correct" in board and "Page 1 of 3 · 26 players" in board
    message = next(m for m in reversed(world.fake.sent) if m.content == board)
    labels = [b["label"] for b in world.fake.buttons(message)]
    assert labels == ["◀", "▶"] and world.fake.buttons(message)[0]["disabled"] is True
    mark = len(world.fake.sent)
    world.fake.inject_click(message, world.bo, world.fake.buttons(message)[1]["custom_id"])  # not the asker
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.ephemeral and refusal.content == "Only the member who asked can turn these pages."
    world.fake.inject_click(message, world.ana, world.fake.buttons(message)[1]["custom_id"])
    await eventually(lambda: "Page 2 of 3" in message.content, what="page 2")
    assert message.content.splitlines()[2] == "11. Player 14: 114 points, 1 correct"
    board = await world.reply_to(world.mod, "!trivia leaderboard month")
    assert "· this month**" in board and "Months start on the 1st, 00:00 UTC." in board
    board = await world.reply_to(world.admin, "!trivia leaderboard")
    assert "· all time**" in board and "1. Veteran: 10000 points, 1 correct" in board
    assert not [r for r in world.fake.refused if r[3] in (10062, 40060, 50035)]


async def test_players_report_questions_and_admins_list_and_close_them(world: World) -> None:
    reply = await world.reply_to(world.bo, "!trivia report the answer is wrong")
    assert reply == "There is no question to report here: report during a round or up to 2 minutes after it."
    question = await world.start_game(rounds=1)
    asked = next(q for q in world.bank if q.text in question.content)
    mark = await world.say(world.bo, "!trivia report the answer is wrong")  # during the round
    await eventually(lambda: any(r[2] == "✅" for r in world.fake.reactions), what="a ✅")
    mark = await world.say(world.ana, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.mod, "trivia", "report", reason="the answer is wrong")  # after it
    thanks = await world.fake.next_message(world.channel, mark)
    assert (
        thanks.ephemeral and thanks.content == f"🚩 Thanks: question `{asked.id}` is reported to the server's admins."
    )
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.ana, "trivia", "report", reason="typo in   the @everyone text")
    await world.fake.next_message(world.channel, mark)
    refusal = await world.reply_to(world.bo, "!trivia reports")
    assert refusal == "You need the Manage Server permission to do that."
    listing = await world.reply_to(world.admin, "!trivia reports")
    assert f"**{asked.id}** · " in listing and "3 reports" in listing
    assert "  • 2× the answer is wrong" in listing and "  • 1× typo in the @\u200beveryone text" in listing
    reply = await world.reply_to(world.admin, f"!trivia reports clear {asked.id}")
    assert reply == f"✅ Closed 3 reports of question `{asked.id}`."
    assert await world.reply_to(world.guild.owner, "!trivia reports") == "No open question reports on this server."
