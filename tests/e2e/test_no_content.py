"""Without the Message Content intent (issue #22): a bot in more than 100 servers needs
Discord's approval for it. With TRIVIA_MESSAGE_CONTENT=0 the bot connects without it
and says so; games default to buttons, and typed answers count when they reply to the
bot or mention it, and as `/trivia answer <text>`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import pytest

from .conftest import World, WorldFactory
from .fake_discord import MESSAGE_CONTENT_INTENT, Sent

# Discord does not grant this bot the Message Content intent.
pytestmark = pytest.mark.fake_discord(grant_message_content=False)


@pytest.fixture
async def quiet(make_world: WorldFactory, caplog: pytest.LogCaptureFixture) -> AsyncIterator[World]:
    caplog.set_level(logging.INFO, logger="bot")
    async with make_world(message_content=False, round_seconds=30.0) as world:
        yield world


async def slash_start(world: World, rounds: int = 3, **options: str) -> Sent:
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.ana, "trivia", "start", rounds=rounds, **options)
    return await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/" in m.content)


async def test_the_bot_connects_without_the_intent_says_so_and_games_default_to_buttons(
    quiet: World, caplog: pytest.LogCaptureFixture
) -> None:
    assert not quiet.fake.identifies[-1]["intents"] & MESSAGE_CONTENT_INTENT
    logged = " ".join(r.getMessage() for r in caplog.get_records("setup"))
    assert "connecting without the Message Content intent" in logged
    mark = len(quiet.fake.sent)
    question = await slash_start(quiet)
    assert len(quiet.fake.buttons(question)) >= 2  # choices mode, though nobody asked for it
    intro = next(m for m in quiet.fake.messages(quiet.channel)[mark:] if "questions, 30 seconds each" in m.content)
    assert "/trivia answer" in intro.content and "Type your answers" not in intro.content
    # the prefix commands still work when they mention the bot
    reply = await quiet.reply_to(quiet.bo, f"<@{quiet.fake.bot_user.id}> trivia settings")
    assert "`mode`: **choices**" in reply


async def test_a_typed_answer_counts_as_a_reply_to_the_question_or_a_mention_but_not_alone(quiet: World) -> None:
    question = await slash_start(quiet, mode="open")
    answer = quiet.answer_to(question)
    mark = await quiet.say(quiet.bo, answer)  # Discord withholds it: the bot never sees it
    await asyncio.sleep(0.3)
    assert not [m for m in quiet.fake.messages(quiet.channel)[mark:] if "got it in" in m.content]
    mark = len(quiet.fake.sent)
    quiet.fake.inject_message(quiet.channel, quiet.bo, answer, reply_to=question, ping=False)  # no ping: withheld
    await asyncio.sleep(0.3)
    assert not [m for m in quiet.fake.messages(quiet.channel)[mark:] if "got it in" in m.content]
    quiet.fake.inject_message(quiet.channel, quiet.bo, answer, reply_to=question)  # a reply that pings the bot
    win = await quiet.fake.next_message(quiet.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{quiet.bo.id}>" in win.content
    second = await quiet.fake.next_message(quiet.channel, mark, where=lambda m: "Question 2/" in m.content)
    mark = await quiet.say(quiet.mod, f"<@{quiet.fake.bot_user.id}> {quiet.answer_to(second)}")
    win = await quiet.fake.next_message(quiet.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{quiet.mod.id}>" in win.content


async def test_trivia_answer_takes_a_typed_answer_and_replies_privately(quiet: World) -> None:
    fake = quiet.fake
    mark = len(fake.sent)
    fake.inject_slash(quiet.channel, quiet.bo, "trivia", "answer", guess="Canada")
    none = await fake.next_message(quiet.channel, mark)
    assert none.ephemeral and none.content == "No trivia game is running in this channel."
    question = await slash_start(quiet)
    mark = len(fake.sent)
    fake.inject_slash(quiet.channel, quiet.bo, "trivia", "answer", guess="certainly not this")
    wrong = await fake.next_message(quiet.channel, mark)
    assert wrong.ephemeral and wrong.content.startswith("❌")
    mark = len(fake.sent)
    fake.inject_slash(quiet.channel, quiet.ana, "trivia", "answer", guess=quiet.answer_to(question))
    right = await fake.next_message(quiet.channel, mark, where=lambda m: m.ephemeral)
    assert right.content.startswith("✅")
    win = await fake.next_message(quiet.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{quiet.ana.id}>" in win.content and not win.ephemeral
    assert not [r for r in fake.refused if r[3] in (10062, 40060)]  # answered in time, once


@pytest.mark.fake_discord()  # this one, granted the intent
async def test_with_the_intent_trivia_answer_works_too_and_games_stay_open(world: World) -> None:
    mark = await world.say(world.ana, "!trivia start 1")
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/" in m.content)
    assert world.fake.buttons(question) == []
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "answer", guess=world.answer_to(question))
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{world.bo.id}>" in win.content


async def test_where_the_bot_cannot_read_messages_its_texts_show_commands_as_mentions(quiet: World) -> None:
    """`!trivia start` never reaches a bot without the intent: help shows the form that does."""
    bot_name = quiet.fake.bot_user.name
    reply = await quiet.reply_to(quiet.bo, f"<@{quiet.fake.bot_user.id}> trivia help")
    assert f"`@{bot_name} trivia start" in reply
    assert "`!trivia" not in reply
