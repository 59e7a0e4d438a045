"""Network trouble: a dropped gateway connection and Discord's rate limits."""

from __future__ import annotations

import sqlite3

from ..helpers import eventually
from .conftest import World


def points(world: World) -> list[tuple[int, str]]:
    with sqlite3.connect(world.settings.db_path) as db:
        return db.execute("SELECT user_id, question_id FROM correct_answers ORDER BY id").fetchall()


async def test_the_game_carries_on_after_the_gateway_drops_and_resumes(world: World) -> None:
    question = await world.start_game(rounds=2)
    await world.fake.drop_gateway()
    mark = await world.say(world.bo, world.answer_to(question))  # sent while the bot is away
    win = await world.fake.next_message(world.channel, mark)
    assert f"<@{world.bo.id}>" in win.content
    assert world.fake.resumes == 1 and len(world.fake.identifies) == 1  # resumed, not re-identified
    second = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/2" in m.content)
    await world.say(world.ana, world.answer_to(second))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.content)
    assert [uid for uid, _ in points(world)] == [world.bo.id, world.ana.id]  # nothing lost, nothing twice
    assert sum("got it!" in m.content for m in world.fake.messages(world.channel)) == 2


async def test_a_429_on_sending_is_retried_and_the_game_goes_on(world: World) -> None:
    question = await world.start_game(rounds=2)
    world.fake.fail_next("POST", r"^/channels/\d+/messages$", 429, retry_after=0.3)
    mark = await world.say(world.bo, world.answer_to(question))
    win = await world.fake.next_message(world.channel, mark)
    assert f"<@{world.bo.id}>" in win.content
    assert ("POST", f"/channels/{world.channel}/messages", 429) in world.fake.served_failures
    await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/2" in m.content)
    assert len(points(world)) == 1


async def test_a_quick_game_stays_within_the_channel_rate_limit(world: World) -> None:
    question = await world.start_game(rounds=4)
    mark = 0
    for n in range(2, 5):
        mark = await world.say(world.bo, world.answer_to(question))
        question = await world.fake.next_message(
            world.channel, mark, where=lambda m, n=n: f"Question {n}/4" in m.content
        )
    await world.say(world.bo, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.content)
    assert world.fake.rate_limit_violations == []  # discord.py waited out the bucket instead


async def test_losing_permission_in_one_channel_ends_only_that_game(world: World) -> None:
    first = await world.start_game(rounds=3, channel=world.channel)
    other = await world.start_game(rounds=3, channel=world.other_channel)
    world.fake.fail_next("POST", rf"^/channels/{world.channel}/messages$", 403, times=10)
    await world.say(world.bo, world.answer_to(first))  # the win cannot be posted: 403
    await eventually(lambda: world.bot.get_cog("Trivia").sessions.get(world.channel) is None)  # type: ignore[union-attr]
    mark = await world.say(world.bo, world.answer_to(other), channel=world.other_channel)
    win = await world.fake.next_message(world.other_channel, mark)
    assert "got it!" in win.content  # the other channel plays on
    assert len(points(world)) == 2  # the point in the forbidden channel was saved before the post failed
