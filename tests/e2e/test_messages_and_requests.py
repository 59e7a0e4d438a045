"""Which messages the bot reads, how often it answers, and what it never asks Discord
for (issue #18, items 6, 8 and 9)."""

from __future__ import annotations

import asyncio
import dataclasses
import time

from ..helpers import eventually
from .conftest import World
from .fake_discord import ADD_REACTIONS, CHANNEL_NAME_CHANGE, SEND_MESSAGES, USER_PREMIUM_GUILD_SUBSCRIPTION
from .test_server_features import seed_answers

# --- 6. system messages -------------------------------------------------------------------


async def test_a_thread_named_as_the_answer_wins_nothing_and_a_reply_does(world: World) -> None:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=30)
    question = await world.start_game(rounds=1)
    answer = world.answer_to(question)
    mark = len(world.fake.sent)
    world.fake.add_thread(world.guild, world.channel, name=answer, by=world.bo)  # THREAD_CREATED, content: its name
    world.fake.inject_message(world.channel, world.ana, answer, type=CHANNEL_NAME_CHANGE)
    world.fake.inject_message(world.channel, world.mod, answer, type=USER_PREMIUM_GUILD_SUBSCRIPTION)
    world.fake.inject_message(world.channel, world.bo, "!trivia stop", type=CHANNEL_NAME_CHANGE)  # nobody's command
    await world.say(world.admin, "!trivia categories")  # a round trip: everything before it was handled
    await world.fake.next_message(world.channel, mark, where=lambda m: "Categories" in m.content)
    assert not any("got it" in m.content for m in world.fake.sent[mark:])
    assert world.bot.get_cog("Trivia").sessions.get(world.channel) is not None  # type: ignore[union-attr]
    reply = {"message_id": str(question.id), "channel_id": str(world.channel)}
    world.fake.inject_message(world.channel, world.ana, answer, type=19, message_reference=reply)  # a REPLY
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it" in m.content)
    assert f"<@{world.ana.id}>" in win.content


# --- 8. repeats are the same command with the same arguments ---------------------------------


async def test_two_boards_from_one_member_are_both_answered_and_a_repeat_is_not(world: World) -> None:
    seed_answers(world, [(1000, "Veteran", 50, time.time())])
    mark = await world.say(world.ana, "!trivia leaderboard week")
    week = await world.fake.next_message(world.channel, mark)
    assert "· this week**" in week.content
    mark = await world.say(world.ana, "!trivia leaderboard month")  # a different board, a moment later
    month = await world.fake.next_message(world.channel, mark)
    assert "· this month**" in month.content
    await asyncio.sleep(1.0)
    mark, reactions = await world.say(world.ana, "!trivia leaderboard week"), len(world.fake.reactions)
    await eventually(lambda: len(world.fake.reactions) > reactions, what="a ⏳ for the repeat")
    assert world.fake.reactions[-1][2] == "⏳" and world.fake.public(world.channel, mark) == []
    mark = await world.say(world.bo, "!trivia stats")
    assert "Bo has no trivia points" in (await world.fake.next_message(world.channel, mark)).content
    mark = await world.say(world.bo, f"!trivia stats {world.ana.id}")  # stats for another member
    assert "Ana has no trivia points" in (await world.fake.next_message(world.channel, mark)).content


# --- 9. invalid requests ---------------------------------------------------------------------


async def test_a_stream_of_commands_without_reaction_or_send_rights_makes_no_invalid_request(world: World) -> None:
    world.fake.invalid_request_limit = 20  # Discord's 10,000 in 10 minutes, scaled to this test
    world.guild.overwrite(world.channel, world.guild.id, deny=ADD_REACTIONS)
    world.guild.overwrite(world.other_channel, world.guild.id, deny=SEND_MESSAGES)
    for room in (world.channel, world.other_channel):
        world.fake.dispatch("CHANNEL_UPDATE", world.guild.rooms[room].payload(world.guild.id))
    await asyncio.sleep(0.2)
    question = await world.start_game(rounds=1)
    for n in range(30):  # repeats (a ⏳ each), hints refused (🚫), and commands where the bot may not post
        await world.say((world.ana, world.bo, world.mod)[n % 3], "!trivia leaderboard")
        await world.say(world.bo, "!trivia help", channel=world.other_channel)
    mark = await world.say(world.bo, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert world.fake.invalid_requests == [] and not world.fake.banned


async def test_a_403_is_never_tried_again(world: World) -> None:
    question = await world.start_game(rounds=3)
    path = f"/channels/{world.channel}/messages"
    world.fake.fail_next("POST", f"^{path}$", 403, times=10)
    await world.say(world.bo, world.answer_to(question))  # the win cannot be posted: 403
    await eventually(lambda: world.bot.get_cog("Trivia").sessions.get(world.channel) is None)  # type: ignore[union-attr]
    await asyncio.sleep(0.3)
    assert world.fake.served_failures.count(("POST", path, 403)) <= 2  # the result, and the final word
