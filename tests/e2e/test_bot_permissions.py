"""What the bot may not do in a channel, as Discord's permission overwrites decide it
(issue #10, points 4 and 5): it refuses to start a game where it may not post, and a
reaction it may not add costs nothing visible."""

from __future__ import annotations

import asyncio

from ..helpers import eventually
from .conftest import World
from .fake_discord import ADD_REACTIONS, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS


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
