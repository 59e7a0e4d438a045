"""Failures that pass, and those that do not (issue #18, item 2).

discord.py retries only 500, 502, 504 and 524 itself: a 503 from the proxy, a
connection reset (errno 104 on Linux) and aiohttp's ServerDisconnectedError reach
the bot at once. A game rides them out; a failure that persists, or a 403, ends it.
"""

from __future__ import annotations

import asyncio

from ..helpers import eventually
from ..peek import rows
from .conftest import World
from .test_choice_buttons import right_and_wrong, start_choices


def points(world: World) -> int:
    ((count,),) = rows(world.settings.db_path, "SELECT COUNT(*) FROM correct_answers")
    return int(count)


def game_of(world: World) -> object:
    return world.bot.get_cog("Trivia").sessions.get(world.channel)  # type: ignore[union-attr]


async def test_a_game_rides_out_a_503_and_dropped_connections_to_its_end(world: World) -> None:
    fake, channel = world.fake, world.channel
    messages = rf"^/channels/{channel}/messages$"
    question = await world.start_game(rounds=3)
    fake.fail_next("POST", messages, 503, content="Question 2/3")  # "upstream connect error…"
    fake.drop_next("POST", messages, "disconnect", content="got it in")  # ServerDisconnectedError
    mark = await world.say(world.bo, world.answer_to(question))
    second = await fake.next_message(channel, mark, where=lambda m: "Question 2/3" in m.content, timeout=20)
    fake.drop_next("POST", messages, "reset", after=True, content="Question 3/3")  # posted, its answer lost
    mark = await world.say(world.ana, world.answer_to(second))
    third = await fake.next_message(channel, mark, where=lambda m: "Question 3/3" in m.content, timeout=20)
    mark = await world.say(world.bo, world.answer_to(third))
    end = await fake.next_message(channel, mark, where=lambda m: "Final standings" in m.text, timeout=20)
    assert "🏁 That's the last question!" in end.text
    said = [m.text for m in fake.messages(channel)]
    assert not [text for text in said if "error" in text]
    assert [sum(f"Question {n}/3" in text for text in said) for n in (1, 2, 3)] == [1, 1, 1]  # each once
    assert sum("got it in" in text for text in said) == 3 and points(world) == 3
    path = f"/channels/{channel}/messages"
    assert fake.dropped == [("POST", path, "disconnect"), ("POST", path, "reset")]
    assert ("POST", path, 503) in fake.served_failures
    assert fake.rate_limit_violations == []


async def test_closing_the_buttons_on_a_dropped_connection_does_not_end_the_game(world: World) -> None:
    question = await start_choices(world, rounds=2)
    right, _ = right_and_wrong(world, question)
    world.fake.drop_next("PATCH", rf"^/channels/{world.channel}/messages/\d+$", "disconnect")
    mark = len(world.fake.sent)
    world.fake.inject_click(question, world.bo, right)
    await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/2" in m.content, timeout=20)
    await eventually(lambda: all(b["disabled"] for b in world.fake.buttons(question)), what="closed buttons")
    assert world.fake.dropped and game_of(world) is not None  # retried, and the game plays on


async def test_a_503_that_persists_ends_only_that_game_after_a_few_tries(world: World) -> None:
    question = await world.start_game(rounds=3)
    path = f"/channels/{world.channel}/messages"
    world.fake.fail_next("POST", f"^{path}$", 503, times=100, content="Question 2/3")
    await world.say(world.bo, world.answer_to(question))
    await eventually(lambda: game_of(world) is None, timeout=20, what="the game to end")
    assert world.fake.served_failures.count(("POST", path, 503)) == 5  # a few tries, then it gives up
    end = world.fake.messages(world.channel)[-1]
    assert "⚠️ The game stopped because of an error." in end.text
    await asyncio.sleep(0.2)
    assert points(world) == 1
