"""Network trouble: a dropped gateway connection and Discord's rate limits."""

from __future__ import annotations

import asyncio
import dataclasses
import types

import discord
import pytest

from bot.settings import Settings

from ..helpers import eventually
from ..peek import rows
from .conftest import SCALED_RATE_LIMIT, World, WorldFactory
from .fake_discord import RATE_LIMIT, FakeDiscord


def points(world: World) -> list[tuple[int, str]]:
    return rows(world.settings.db_path, "SELECT user_id, question_id FROM correct_answers ORDER BY id")


async def test_the_game_carries_on_after_the_gateway_drops_and_resumes(world: World) -> None:
    question = await world.start_game(rounds=2)
    await world.fake.drop_gateway()
    mark = await world.say(world.bo, world.answer_to(question))  # sent while the bot is away
    win = await world.fake.next_message(world.channel, mark)
    assert f"<@{world.bo.id}>" in win.content
    assert world.fake.resumes == 1 and len(world.fake.identifies) == 1  # resumed, not re-identified
    second = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/2" in m.content)
    await world.say(world.ana, world.answer_to(second))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    assert [uid for uid, _ in points(world)] == [world.bo.id, world.ana.id]  # nothing lost, nothing twice
    assert sum("got it in" in m.content for m in world.fake.messages(world.channel)) == 2


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
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    assert world.fake.rate_limit_violations == []  # discord.py waited out the bucket instead


UNAIDED_SCALE = 0.1  # the next test's time: Discord's 5 s window is 0.5 s there
UNAIDED_WINDOW = RATE_LIMIT[1] * UNAIDED_SCALE


@pytest.mark.fake_discord(rate_limit=(RATE_LIMIT[0], UNAIDED_WINDOW), rate_limit_headers=False)
async def test_twenty_quick_rounds_with_hints_stay_within_the_limit_unaided(
    fake: FakeDiscord, make_world: WorldFactory
) -> None:
    """The bot's own pacing, not discord.py's limiter, keeps a game under 5 messages in 5 s.

    The fake sends no rate-limit headers, so discord.py never holds a message back and
    any message sent too fast is refused with a 429. Every round, a player asks for a
    hint and then answers at once, the most a game can post. Time is scaled by 1/10
    (a 0.5 s window, the default 3 s pause as 0.3 s), so twenty rounds take about 8 s.
    """
    defaults = Settings()
    async with make_world(
        pause_seconds=defaults.pause_seconds * UNAIDED_SCALE,
        round_seconds=defaults.round_seconds * UNAIDED_SCALE,
        channel_window=UNAIDED_WINDOW,
        auto_hint=True,
    ) as world:
        question = await world.start_game(rounds=20)
        for n in range(2, 22):
            mark, reactions = await world.say(world.ana, "!trivia hint"), len(fake.reactions)
            await eventually(  # the hint is posted, or refused with a reaction (no room in the channel)
                lambda m=mark, r=reactions: len(fake.reactions) > r or any("Hint" in x.content for x in fake.sent[m:])
            )
            await world.say(world.bo, world.answer_to(question))
            if n == 21:
                break
            header = f"Question {n}/20"
            question = await fake.next_message(world.channel, mark, where=lambda m, h=header: h in m.content)
        await fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    hints = [m for m in fake.messages(world.channel) if m.content.startswith("💡 Hint")]
    assert len(hints) >= 5  # granted whenever the channel had room (and refused with a reaction otherwise)
    assert len(fake.messages(world.channel)) == 1 + 20 * 2 + len(hints) + 1  # intro, questions, results, end
    assert fake.rate_limit_violations == []
    assert len(points(world)) == 20


async def test_a_question_discord_keeps_failing_to_take_ends_only_that_game_with_a_log_entry(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # discord.py retries a 5xx five times, waiting 1 to 9 s in between (25 s in all);
    # this test runs discord.py's waits 100 times faster, and nothing else.
    fast = types.SimpleNamespace(**{**vars(asyncio), "sleep": lambda delay, *a: asyncio.sleep(delay / 100, *a)})
    monkeypatch.setattr(discord.http, "asyncio", fast)
    first = await world.start_game(rounds=3, channel=world.channel)
    other = await world.start_game(rounds=3, channel=world.other_channel)
    world.fake.fail_next("POST", rf"^/channels/{world.channel}/messages$", 502, times=100, content="Question 2/3")
    await world.say(world.bo, world.answer_to(first))
    await eventually(lambda: world.bot.get_cog("Trivia").sessions.get(world.channel) is None)  # type: ignore[union-attr]
    tries = [f for f in world.fake.served_failures if f == ("POST", f"/channels/{world.channel}/messages", 502)]
    assert len(tries) == 5  # bounded: discord.py's five tries, then the game gives up
    assert any("crashed" in r.getMessage() and r.exc_info for r in caplog.records if r.levelname == "ERROR")
    mark = await world.say(world.bo, world.answer_to(other), channel=world.other_channel)
    assert "got it in" in (await world.fake.next_message(world.other_channel, mark)).content  # the other plays on
    assert len(points(world)) == 2  # the first channel's point was saved before its question failed
    said = [m.text for m in world.fake.messages(world.channel)]
    assert "⚠️ The game stopped because of an error. Every point announced is saved." in said[-1]
    assert "🥇 Bo: 10 points" in said[-1]  # with the standings so far
    await asyncio.sleep(SCALED_RATE_LIMIT[1])  # discord.py's own waits run 100 times faster here
    await world.start_game(rounds=1, channel=world.channel)  # and the channel is free for a new game


async def test_losing_permission_in_one_channel_ends_only_that_game(world: World) -> None:
    first = await world.start_game(rounds=3, channel=world.channel)
    other = await world.start_game(rounds=3, channel=world.other_channel)
    world.fake.fail_next("POST", rf"^/channels/{world.channel}/messages$", 403, times=10)
    await world.say(world.bo, world.answer_to(first))  # the win cannot be posted: 403
    await eventually(lambda: world.bot.get_cog("Trivia").sessions.get(world.channel) is None)  # type: ignore[union-attr]
    mark = await world.say(world.bo, world.answer_to(other), channel=world.other_channel)
    win = await world.fake.next_message(world.other_channel, mark)
    assert "got it in" in win.content  # the other channel plays on
    assert len(points(world)) == 2  # the point in the forbidden channel was saved before the post failed


HOSTILE = [
    "x" * 4000,
    "\u200b\u200c\u200d\ufeff",
    "\u202eadanaC\u202c",  # right-to-left override
    "W\u0301r\u0300o\u0302n\u0303g\u0304",  # combining marks (on a word that answers nothing)
    "🩺🚁🇰🇷" * 50,
    "ＣＡＮＡＤＡ？？ nope",
    "Канада 캐나다 カナダ",
    "@everyone @here <@&1> <@1> <#1> <:emoji:1>",
    "```py\nimport os\nos.system('rm -rf /')\n```",
    "**__~~||spoiler||~~__**",
    "> quoted\n# heading\n- list",
    "\n\n\n",
]


async def test_hostile_input_neither_crashes_nor_answers_and_play_goes_on(world: World) -> None:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=30)
    question = await world.start_game(rounds=2)
    mark = len(world.fake.sent)
    for content in HOSTILE:
        await world.say(world.bo, content)
    picture = {"id": "1", "filename": "a.png", "size": 10, "url": "http://x/a.png", "proxy_url": "http://x/a.png"}
    world.fake.inject_message(world.channel, world.bo, "", attachments=[picture])  # an image, no text
    edited = world.fake.inject_message(world.channel, world.ana, "wrong")
    await world.say(world.ana, "!trivia leaderboard")  # a command round trip: everything before it was handled
    await world.fake.next_message(world.channel, mark, where=lambda m: "No scores yet" in m.content)
    world.fake.dispatch("MESSAGE_UPDATE", edited | {"content": world.answer_to(question)})  # edits are not guesses
    mark_edit = await world.say(world.mod, "!trivia leaderboard")
    await world.fake.next_message(world.channel, mark_edit, where=lambda m: "No scores yet" in m.content)
    assert not any("got it in" in m.content for m in world.fake.sent[mark:])
    mark = await world.say(world.bo, world.answer_to(question))
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{world.bo.id}>" in win.content


async def test_a_game_sends_two_messages_a_round_and_nothing_else(world: World) -> None:
    question = await world.start_game(rounds=3)
    for n in (2, 3):
        mark = await world.say(world.bo, world.answer_to(question))
        header = f"Question {n}/3"
        question = await world.fake.next_message(world.channel, mark, where=lambda m, h=header: h in m.content)
    mark = await world.say(world.bo, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    kinds = [m.content.split("\n")[0][:12] for m in world.fake.messages(world.channel)]
    assert len(kinds) == 1 + 3 * 2 + 1, kinds  # intro, (question, result) x 3, standings
    assert world.fake.edits == [] and world.fake.reactions == []


async def test_a_server_error_on_sending_is_retried_by_discord_py(world: World) -> None:
    question = await world.start_game(rounds=2)
    world.fake.fail_next("POST", rf"^/channels/{world.channel}/messages$", 502, times=1)
    mark = await world.say(world.bo, world.answer_to(question))
    win = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    assert f"<@{world.bo.id}>" in win.content
    assert ("POST", f"/channels/{world.channel}/messages", 502) in world.fake.served_failures
    assert len(points(world)) == 1
