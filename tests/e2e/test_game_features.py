"""Hints, speed points, streaks, categories and rotation, through Discord (issue #11)."""

from __future__ import annotations

import asyncio
import dataclasses
import re

from bot.core.game import ladder

from ..helpers import eventually
from ..peek import rows
from .conftest import World, WorldFactory
from .fake_discord import FakeDiscord


async def test_hints_on_request_then_quietly_refused_when_none_are_left(world: World) -> None:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=30, channel_window=0.2)
    question = await world.start_game(rounds=1)
    asked = next(q for q in world.bank if q.text in question.content)
    total = len(ladder(asked.answer, asked.hints, asked.id))  # 3, or 2 for some numbers
    hints = []
    for n in range(1, total + 1):
        mark = await world.say(world.ana, "!trivia hint")
        hint = await world.fake.next_message(world.channel, mark, where=lambda m: "Hint" in m.content)
        assert hint.content.startswith(f"💡 Hint {n}/{total}: ") and f"now up to {10 - 2 * n} points" in hint.content
        assert world.answer_to(question) not in hint.content
        hints.append(hint)
        await asyncio.sleep(0.25)  # one hint per window (scaled here to 0.2 s)
    mark = await world.say(world.ana, "!trivia hint")
    await eventually(lambda: any(r[2] == "🚫" for r in world.fake.reactions), what="a 🚫 reaction")
    assert world.fake.public(world.channel, mark) == []  # nothing posted: none left
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "hint")
    private = await world.fake.next_message(world.channel, mark)
    assert private.ephemeral and private.content == "No hints left for this question."
    mark = await world.say(world.bo, world.answer_to(question))
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"**+{10 - 2 * total} points**" in win.content  # 10 for speed, less 2 for each hint


async def test_an_automatic_hint_at_half_time(fake: FakeDiscord, make_world: WorldFactory) -> None:
    async with make_world(auto_hint=True, round_seconds=2.0) as world:
        question = await world.start_game(rounds=1)
        hint = await fake.next_message(world.channel, 0, where=lambda m: m.content.startswith("💡 Hint 1/"))
        assert 0.9 <= hint.at - question.at <= 1.5  # at half of the 2-second round
        reveal = await fake.next_message(world.channel, 0, where=lambda m: "Time's up" in m.content)
        assert reveal.at - question.at >= 2.0


async def test_the_result_is_one_message_with_time_points_answer_and_explanation(world: World) -> None:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=30)
    question = await world.start_game(rounds=3)
    answer = world.answer_to(question)
    explanation = next(q.explanation for q in world.bank if q.text in question.content)
    assert "up to 10 points" in question.content and "30 seconds" in question.content
    mark = await world.say(world.bo, answer)
    win = await world.fake.next_message(world.channel, mark)
    assert re.match(rf"🎉 <@{world.bo.id}> got it in \d+\.\d s! \*\*\+10 points\*\* · 10 in total", win.content)
    assert f"The answer: **{answer}**" in win.content and explanation in win.content
    assert [int(u) for u in (win.allowed_mentions or {}).get("users", [])] == [world.bo.id]  # the only ping
    second = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/3" in m.content)
    mark = await world.say(world.bo, world.answer_to(second))
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert "**+11 points** (+1 streak bonus) · 🔥 2 in a row · 21 in total" in win.content
    third = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 3/3" in m.content)
    mark = await world.say(world.bo, world.answer_to(third))
    end = await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    (embed,) = end.embeds
    assert "🥇 Bo: 33 points" in embed["description"]  # 10, 11, 12
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["🔥 Longest streak"] == "Bo, 3 in a row" and fields["❓ Questions"] == "3 of 3"
    assert fields["⚡ Fastest answer"].startswith("Bo, ")


async def test_breaking_a_long_streak_is_announced(world: World) -> None:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=30)
    question = await world.start_game(rounds=4)
    for n in range(2, 5):
        mark = await world.say(world.bo, world.answer_to(question))
        question = await world.fake.next_message(
            world.channel, mark, where=lambda m, n=n: f"Question {n}/4" in m.content
        )
    mark = await world.say(world.ana, world.answer_to(question))
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{world.ana.id}>" in win.content and "💥 Ana ended Bo's streak of 3!" in win.content


async def test_categories_and_a_start_with_its_words_in_any_order(world: World) -> None:
    mark = await world.say(world.bo, "!trivia categories")
    listing = await world.fake.next_message(world.channel, mark)
    for name, count in world.bank.categories().items():
        assert f"`{name}` ({count})" in listing.content
    mark = await world.say(world.ana, "!trivia start easy 2 Production")
    intro = await world.fake.next_message(world.channel, mark)
    assert intro.content.startswith("🩺 **Trauma Code trivia!** 2 questions") and "(production, easy)" in intro.content
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/2" in m.content)
    asked = next(q for q in world.bank if q.text in question.content)
    assert (asked.category, asked.difficulty) == ("production", "easy")


async def test_no_question_repeats_across_a_restart_until_all_have_been_asked(
    fake: FakeDiscord, make_world: WorldFactory
) -> None:
    asked: list[str] = []
    async with make_world(round_seconds=30.0) as world:
        candidates = {q.id for q in world.bank.candidates("reception")}

        async def play_one_game(rounds: int) -> None:
            mark = len(fake.sent)
            await world.say(world.ana, f"!trivia start {rounds} reception")
            for n in range(1, rounds + 1):
                question = await fake.next_message(
                    world.channel, mark, where=lambda m, n=n: f"Question {n}/" in m.content
                )
                asked.append(next(q.id for q in world.bank if q.text in question.content))
                mark = await world.say(world.bo, world.answer_to(question))
            await fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)

        await play_one_game(len(candidates) - 2)  # of the category's questions: two are left
        await world.restart()  # the same server, the same database
        await asyncio.sleep(1.0)  # the channel's message window
        await play_one_game(2)  # the two left
    assert len(candidates) >= 10 and sorted(asked) == sorted(candidates), asked  # none twice before all were asked
    stored = {row[0] for row in rows(world.settings.db_path, "SELECT question_id FROM asked")}
    assert stored <= candidates
