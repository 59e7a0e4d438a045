"""What real Discord does that a naive bot stumbles on (issue #10): each scenario
teaches the fake one behaviour of the real service and checks the bot copes."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from pathlib import Path

import pytest

from bot.core.store import SqliteDatabase
from bot.discord.limits import name as limits_name

from ..helpers import eventually
from .conftest import World, build_world, stop_bot
from .fake_discord import ADD_REACTIONS, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, FakeDiscord, User, snowflake
from .fake_rules import EMBED_LIMITS

SYNC = r"^/applications/\d+/commands$"


def syncs(fake: FakeDiscord) -> int:
    return sum(1 for method, path in fake.requests if method == "PUT" and path.endswith("/commands"))


# --- 1. command sync ------------------------------------------------------------------


async def test_commands_are_synced_once_and_not_again_while_unchanged(fake: FakeDiscord, tmp_path: Path) -> None:
    world, task = await build_world(fake, tmp_path)
    await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the sync")
    assert syncs(fake) == 1 and [c["name"] for c in fake.commands] == ["trivia", "trivia-admin"]
    await stop_bot(world.bot, task)
    world, task = await build_world(fake, tmp_path)  # a restart, same database, same commands
    await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the check")
    assert syncs(fake) == 1
    await stop_bot(world.bot, task)


async def test_a_refused_sync_is_one_log_line_and_the_bot_plays_on(
    fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail_next("PUT", SYNC, 400, code=30034, message="Max number of daily application command creates (200)")
    world, task = await build_world(fake, tmp_path)
    try:
        await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the sync")
        warnings = [r for r in caplog.records if "register the slash commands" in r.getMessage()]
        assert len(warnings) == 1 and "30034" in warnings[0].getMessage() and warnings[0].exc_info is None
        question = await world.start_game(rounds=1)  # the ! commands work
        assert "Question 1/1" in question.content
    finally:
        await stop_bot(world.bot, task)
    world, task = await build_world(fake, tmp_path)  # the next start tries again, and succeeds
    await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the retry")
    assert world.bot.sync_task is not None and world.bot.sync_task.result() is True
    await stop_bot(world.bot, task)


async def test_a_sync_held_by_a_long_429_keeps_nobody_waiting(fake: FakeDiscord, tmp_path: Path) -> None:
    fake.fail_next("PUT", SYNC, 429, retry_after=60)
    started = time.monotonic()
    world, task = await build_world(fake, tmp_path)
    assert time.monotonic() - started < 10  # ready while discord.py waits out the 60 s
    question = await world.start_game(rounds=1)
    assert "Question 1/1" in question.content and world.bot.sync_task is not None
    assert not world.bot.sync_task.done()
    await asyncio.wait_for(stop_bot(world.bot, task), timeout=5)  # and the shutdown does not wait for it


# --- 2, 3, 10. the command surface ------------------------------------------------------


async def test_a_mistyped_subcommand_never_starts_a_game(world: World) -> None:
    mark = await world.say(world.bo, "!trivia leaderbord")
    reply = await world.fake.next_message(world.channel, mark)
    assert reply.content == "Unknown command `leaderbord`. Did you mean `!trivia leaderboard`? Try `!trivia help`."
    mark = await world.say(world.ana, "!trivia 5")
    assert "`!trivia start 5`" in (await world.fake.next_message(world.channel, mark)).content
    mark = await world.say(world.mod, "!trivia **zz** @everyone")
    reply = await world.fake.next_message(world.channel, mark)
    assert reply.content.startswith("Unknown command `\\*\\*zz\\*\\*`.") and "Did you mean" not in reply.content
    assert world.bot.get_cog("Trivia").sessions.get(world.channel) is None  # type: ignore[union-attr]
    question = await world.start_game(rounds=1)  # a bare `!trivia start` still starts one
    assert "Question 1/1" in question.content


async def test_repeated_commands_during_a_game_draw_one_public_reply(world: World) -> None:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=30)
    await world.start_game(rounds=3)
    for command, who in (("!trivia", world.bo), ("!trivia start", world.mod)):
        mark = len(world.fake.sent)
        for _ in range(8):
            await world.say(who, command)
        await world.fake.next_message(world.channel, mark, where=lambda m: "already running" in m.content)
        await asyncio.sleep(0.5)
        replies = [m for m in world.fake.public(world.channel, mark) if "**Question" not in m.content]
        assert [m.content for m in replies if "got it" not in m.content and "Time's up" not in m.content] == [
            "A trivia game is already running in this channel."
        ]


async def test_other_bots_commands_are_ignored_quietly(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    mark = await world.say(world.bo, "!play despacito")
    await world.say(world.bo, "!trivia help")  # a round trip: the first was handled before this
    await world.fake.next_message(world.channel, mark, where=lambda m: "Trivia about" in m.content)
    assert [m.content[:12] for m in world.fake.public(world.channel, mark)] == ["**Trivia abo"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# --- 4, 5. permissions -------------------------------------------------------------------


async def test_no_game_starts_where_the_bot_may_not_post(world: World) -> None:
    world.guild.overwrite(world.channel, world.fake.bot_user.id, deny=SEND_MESSAGES, member=True)
    world.fake.dispatch("CHANNEL_UPDATE", world.guild.rooms[world.channel].payload(world.guild.id))
    await asyncio.sleep(0.2)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=2)
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.ephemeral and "I need the **Send Messages**" in refusal.content
    assert world.bot.get_cog("Trivia").sessions.get(world.channel) is None  # type: ignore[union-attr]
    await world.say(world.bo, "!trivia start 2")  # the prefix form: told in a direct message
    await eventually(lambda: world.fake.direct, what="a direct message")
    ((to, text),) = world.fake.direct
    assert to == world.bo.id and text.startswith("I can't run a game here: I need the **Send Messages**")
    assert world.bot.get_cog("Trivia").sessions.get(world.channel) is None  # type: ignore[union-attr]


async def test_in_a_thread_the_bot_needs_send_messages_in_threads(world: World) -> None:
    thread = world.fake.add_thread(world.guild, world.channel)
    await asyncio.sleep(0.2)
    question = await world.start_game(rounds=1, channel=thread)  # allowed: the game plays in the thread
    assert question.channel_id == thread
    mark = await world.say(world.bo, world.answer_to(question), channel=thread)
    await world.fake.next_message(thread, mark, where=lambda m: "Final standings" in m.text)
    world.guild.overwrite(world.channel, world.guild.id, deny=SEND_MESSAGES_IN_THREADS)
    world.fake.dispatch("CHANNEL_UPDATE", world.guild.rooms[world.channel].payload(world.guild.id))
    await asyncio.sleep(0.2)
    mark = len(world.fake.sent)
    world.fake.inject_slash(thread, world.mod, "trivia", "start", rounds=1)
    refusal = await world.fake.next_message(thread, mark)
    assert refusal.ephemeral and "**Send Messages in Threads**" in refusal.content


async def test_a_stop_without_the_reaction_permission_still_stops_quietly(world: World) -> None:
    world.guild.overwrite(world.channel, world.guild.id, deny=ADD_REACTIONS)
    world.fake.dispatch("CHANNEL_UPDATE", world.guild.rooms[world.channel].payload(world.guild.id))
    await world.start_game(rounds=3)
    mark = await world.say(world.ana, "!trivia stop")
    end = await world.fake.next_message(world.channel, mark, where=lambda m: "stopped" in m.text)
    assert "⏹️ The game was stopped." in end.text
    await asyncio.sleep(0.2)
    assert not any("went wrong" in m.content for m in world.fake.sent)
    assert not [r for r in world.fake.requests if "/reactions/" in r[1]]  # not even tried: it would be a 403


# --- 6. length limits -------------------------------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        ["*_~`|>" * 5 + f"{n:02d}" for n in range(30)],  # 32 characters of markdown each
        [f"{'W' * 30}{n:02d}" for n in range(50)],  # 50 plain 32-character names
        ["*_~`|>" * 5 + f"{n:02d}" for n in range(99)],  # more than one embed can list
    ],
    ids=["markdown", "fifty", "ninety-nine"],
)
async def test_final_standings_fit_discord_whatever_the_names(
    fake: FakeDiscord, tmp_path: Path, names: list[str]
) -> None:
    world, task = await build_world(fake, tmp_path, round_seconds=30.0)
    try:
        await world.start_game(rounds=2)
        game = world.bot.get_cog("Trivia").sessions.get(world.channel).game  # type: ignore[union-attr]
        for name in names:  # the standings of a long game, each player with a point
            player = snowflake()
            game.points[player] += 1
            game.names[player] = name
        mark = await world.say(world.ana, "!trivia stop")
        end = await fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
        (embed,) = end.embeds
        assert len(embed["description"]) <= EMBED_LIMITS["description"]
        assert "🥇 " + limits_name(names[0]) in embed["description"]  # names shown, escaped
        shown = embed["description"].count(" point")
        assert shown == len(names) or f"…and {len(names) - shown} more players" in embed["description"]
        assert not [r for r in fake.refused if r[3] == 50035]
    finally:
        await stop_bot(world.bot, task)


# --- 8. the interaction deadline ------------------------------------------------------------


async def test_slash_leaderboard_answers_in_time_even_when_the_database_is_slow(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = SqliteDatabase.leaderboard

    def slow(self: SqliteDatabase, guild_id: int, limit: int = 10) -> list:  # type: ignore[type-arg]
        time.sleep(3.5)  # on the database thread, past Discord's 3 s
        return original(self, guild_id, limit)

    monkeypatch.setattr(SqliteDatabase, "leaderboard", slow)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "leaderboard")
    board = await world.fake.next_message(world.channel, mark, timeout=10)
    assert board.content == "No scores yet on this server."
    assert not [r for r in world.fake.refused if r[3] in (10062, 40060)]


async def test_slash_start_waiting_for_the_last_standings_is_deferred(world: World) -> None:
    question = await world.start_game(rounds=1)
    world.fake.delay_next("POST", r"^/channels/\d+/messages$", 3.5, content="Final standings")
    mark = await world.say(world.bo, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    await asyncio.sleep(0.1)  # the standings are on their (slow) way
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.mod, "trivia", "start", rounds=1)
    intro = await world.fake.next_message(world.channel, mark, where=lambda m: "Trauma Code trivia!" in m.content)
    assert not intro.ephemeral
    assert not [r for r in world.fake.refused if r[3] in (10062, 40060)]


# --- 9, 11. members and slash details ------------------------------------------------------


async def test_stats_find_members_by_name_nickname_or_global_name_and_refuse_strangers(world: World) -> None:
    kim = User(snowflake(), "kim_77", global_name="Kimmy")
    world.guild.add_member(kim, nick="Dr Kim")
    mark = await world.say(world.bo, "!trivia stats nobody_here")
    reply = await world.fake.next_message(world.channel, mark)
    assert reply.content == "No member called “nobody\\_here” was found on this server."
    for who, asker in (
        ("kim_77", world.ana),
        ("Kimmy", world.mod),
        ("Dr Kim", world.admin),
        (str(kim.id), world.guild.owner),
    ):
        mark = await world.say(asker, f"!trivia stats {who}")
        found = await world.fake.next_message(world.channel, mark)
        assert found.content == "Dr Kim has no trivia points on this server yet.", who
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, kim, "trivia", "stats", member=kim)  # a USER option
    found = await world.fake.next_message(world.channel, mark)
    assert found.content == "Dr Kim has no trivia points on this server yet."


async def test_slash_commands_are_guild_only_and_every_option_is_described(world: World) -> None:
    await eventually(lambda: bool(world.fake.commands), what="the sync")
    for command in world.fake.commands:
        assert command.get("contexts") == [0] or command.get("dm_permission") is False, command["name"]

    def options(items: list) -> list:  # type: ignore[type-arg]
        return [o for item in items for o in [item, *options(item.get("options") or [])]]

    for option in options(world.fake.commands):
        assert option.get("description") and option["description"] != "…", option["name"]


async def test_slash_start_offers_the_bank_categories_as_choices(world: World) -> None:
    await eventually(lambda: bool(world.fake.commands), what="the sync")
    trivia = next(c for c in world.fake.commands if c["name"] == "trivia")
    start = next(o for o in trivia["options"] if o["name"] == "start")
    options = {o["name"]: o for o in start["options"]}
    assert [c["value"] for c in options["category"]["choices"]] == list(world.bank.categories())
    assert [c["value"] for c in options["difficulty"]["choices"]] == ["easy", "medium", "hard"]
    assert [c["value"] for c in options["mode"]["choices"]] == ["open", "choices"]
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1, category="cast", difficulty="easy")
    refusal = await world.fake.next_message(world.channel, mark)  # the bank has no easy cast question
    assert refusal.content == "There is no question for “cast, easy”. See `/trivia categories`."
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1, category="cast")
    intro = await world.fake.next_message(world.channel, mark)
    assert intro.content.startswith("🩺 **Trauma Code trivia!** 1 question,") and "(cast)" in intro.content
