"""Commands as members really type them (issue #10, points 2, 3, 9 and 10): a mistyped
subcommand, the same command again and again, another bot's command, and a member
looked up by the name people know them by."""

from __future__ import annotations

import asyncio
import dataclasses
import logging

import pytest

from .conftest import World
from .fake_discord import User, snowflake


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
