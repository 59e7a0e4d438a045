"""Multiple choice with buttons, through Discord's component interactions (issue #12)."""

from __future__ import annotations

import asyncio
import dataclasses

from ..helpers import eventually
from .conftest import World, WorldFactory
from .fake_discord import FakeDiscord, Sent, User, snowflake


def right_and_wrong(world: World, question: Sent) -> tuple[str, list[str]]:
    """The custom id of the right button, and those of the wrong ones."""
    answer = world.answer_to(question)
    right, wrong = "", []
    for button in world.fake.buttons(question):
        if button["label"].split(". ", 1)[1] == answer:
            right = button["custom_id"]
        else:
            wrong.append(button["custom_id"])
    return right, wrong


async def start_choices(world: World, rounds: int = 2) -> Sent:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=30)
    mark = await world.say(world.ana, f"!trivia start {rounds} choices")
    return await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/" in m.content)


async def test_four_buttons_a_wrong_click_privately_a_double_click_and_a_right_click_wins(world: World) -> None:
    question = await start_choices(world)
    buttons = world.fake.buttons(question)
    assert [b["label"][:3] for b in buttons] in (["A. ", "B. ", "C. ", "D. "], ["A. ", "B. "])
    right, wrong = right_and_wrong(world, question)
    assert right and len({b["label"] for b in buttons}) == len(buttons)
    mark = len(world.fake.sent)
    world.fake.inject_click(question, world.bo, wrong[0])
    told = await world.fake.next_message(world.channel, mark)
    assert told.ephemeral and told.content.startswith("❌ Not quite. You are out for this question")
    mark = len(world.fake.sent)
    world.fake.inject_click(question, world.bo, right)  # locked out: even the right one does not count
    again = await world.fake.next_message(world.channel, mark)
    assert again.ephemeral and again.content == "You have already answered this question."
    mark = await world.say(world.bo, world.answer_to(question))  # nor does typing it
    world.fake.inject_click(question, world.mod, right)
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{world.mod.id}>" in win.content and "**+10 points**" in win.content
    closed = world.fake.buttons(question)  # one edit: greyed out, the right one in green
    assert all(b["disabled"] for b in closed)
    assert [b["style"] for b in closed if b["custom_id"] == right] == [3]
    assert [(m, e) for m, e in world.fake.edits if m == question.id][-1][1]["components"]
    assert not [r for r in world.fake.refused if r[3] in (10062, 40060, 50035)]


async def test_a_click_on_a_finished_round_is_told_privately(world: World) -> None:
    question = await start_choices(world)
    right, _ = right_and_wrong(world, question)
    mark = await world.say(world.bo, world.answer_to(question))  # typed answers still count
    await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    await eventually(lambda: all(b["disabled"] for b in world.fake.buttons(question)), what="closed buttons")
    mark = len(world.fake.sent)
    world.fake.inject_click(question, world.ana, right)  # a button of the closed round
    late = await world.fake.next_message(world.channel, mark)
    assert late.ephemeral and late.content == "⏱️ This round is over."


async def test_a_click_after_a_restart_gets_this_round_is_over(fake: FakeDiscord, world: World) -> None:
    question = await start_choices(world)
    right, _ = right_and_wrong(world, question)
    await world.restart()
    mark = len(fake.sent)
    fake.inject_click(question, world.bo, right)
    told = await fake.next_message(world.channel, mark)
    assert told.ephemeral and told.content == "⏱️ This round is over."  # never "This interaction failed"
    assert not [r for r in fake.refused if r[3] in (10062, 40060)]


async def test_the_server_default_mode_and_a_slash_mode_option(world: World) -> None:
    mark = await world.say(world.admin, "!trivia set mode choices")
    await world.fake.next_message(world.channel, mark)
    question = await world.start_game(rounds=1)  # `!trivia start 1`: the server's default
    assert world.fake.buttons(question)
    mark = await world.say(world.ana, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    await asyncio.sleep(1.0)  # the channel's message window
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1, mode="open")
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    assert world.fake.buttons(question) == []


async def test_twenty_clicked_rounds_stay_within_the_channel_budget(
    fake: FakeDiscord, make_world: WorldFactory
) -> None:
    """Question, closing edit and result each round, answered at once by a click."""
    async with make_world(round_seconds=30.0) as world:
        players = [User(snowflake(), f"P{n}") for n in range(3)]
        for player in players:
            world.guild.add_member(player)
        mark = await world.say(world.ana, "!trivia start 20 choices")
        for n in range(1, 21):
            question = await fake.next_message(
                world.channel, mark, where=lambda m, n=n: f"Question {n}/20" in m.content
            )
            right, _ = right_and_wrong(world, question)
            mark = len(fake.sent)
            fake.inject_click(question, players[n % 3], right)
        await fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text, timeout=30)
    posts = [m.at for m in fake.messages(world.channel)]
    assert fake.rate_limit_violations == [] and len(posts) == 1 + 20 * 2 + 1
