"""The game in Korean, and answers typed in Hangul, end to end (the Korean-fans issue)."""

from __future__ import annotations

import re

from ..helpers import eventually
from .conftest import World, WorldFactory
from .fake_discord import FakeDiscord
from .fake_rules import command_problems

HANGUL = re.compile("[\uac00-\ud7a3]")


async def test_an_admin_switches_the_server_to_korean_and_the_whole_game_follows(
    fake: FakeDiscord, world: World
) -> None:
    reply = await world.reply_to(world.admin, "!trivia set language fr")
    assert reply == "language must be one of en, ko, not “fr”."
    reply = await world.reply_to(world.admin, "!trivia set language ko")
    assert reply.startswith("✅ `language` is now **ko**")  # said in the language it was asked in
    assert await world.reply_to(world.ana, "!trivia stop") == "이 채널에서 진행 중인 퀴즈 게임이 없어요."
    assert "〈중증외상센터〉 퀴즈" in await world.reply_to(world.ana, "!trivia help")

    mark = await world.say(world.ana, "!trivia start 2")
    intro = await fake.next_message(world.channel, mark)
    assert intro.content.startswith("🩺 **중증외상센터 퀴즈!** 2문제, 문제마다 2초")
    question = await fake.next_message(world.channel, mark, where=lambda m: "문제 1/2" in m.content)
    assert HANGUL.search(question.content.split("\n", 1)[1]), "the question itself is in Korean"
    answer = world.answer_to(question)
    assert HANGUL.search(answer) or answer.isascii()  # the Korean answer (a few are names in Latin letters)
    mark = await world.say(world.bo, answer + "요")  # with a particle, as people type
    won = await fake.next_message(world.channel, mark, where=lambda m: "맞혔어요" in m.content)
    assert f"<@{world.bo.id}> 님이" in won.content and "정답: **" in won.content
    end = await fake.next_message(world.channel, mark, where=lambda m: bool(m.embeds))
    embed = end.embeds[0]
    assert embed["title"] == "최종 순위" and "Bo: " in embed["description"]
    assert [f["name"] for f in embed["fields"]][:1] == ["⚡ 가장 빠른 정답"]


async def test_trivia_language_sets_the_default_and_hangul_wins_an_english_game(
    fake: FakeDiscord, make_world: WorldFactory
) -> None:
    """TRIVIA_LANGUAGE=ko speaks Korean until a server chooses; Korean answers count
    whatever the game's language."""
    async with make_world(language="ko") as world:  # TRIVIA_LANGUAGE=ko
        assert await world.reply_to(world.ana, "!trivia hint") == "이 채널에서 진행 중인 퀴즈 게임이 없어요."
        reply = await world.reply_to(world.admin, "!trivia set language en")
        assert reply.startswith("✅ `language`이(가) 이제 **en**예요(기본값 ko).")
        question = await world.start_game(rounds=1)
        english = next(q for q in world.bank if q.text in question.content)
        assert english.ko is not None
        mark = await world.say(world.bo, english.ko.answers[0])
        won = await fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
        assert f"The answer: **{english.answer}**" in won.content  # shown in the game's language


async def test_buttons_in_korean_show_korean_options(fake: FakeDiscord, make_world: WorldFactory) -> None:
    async with make_world(language="ko") as world:
        mark = await world.say(world.ana, "!trivia start 1 choices")
        question = await fake.next_message(world.channel, mark, where=lambda m: "문제 1/1" in m.content)
        labels = [b["label"] for b in fake.buttons(question)]
        assert len(labels) in (2, 4) and all(HANGUL.search(label) or label[3:].isascii() for label in labels)
        answer = world.answer_to(question)
        right = next(b for b in fake.buttons(question) if b["label"].endswith(f". {answer}"))
        wrong = next(b for b in fake.buttons(question) if b is not right)
        fake.inject_click(question, world.bo, wrong["custom_id"])
        private = await fake.next_message(world.channel, mark, where=lambda m: m.ephemeral)
        assert private.content.startswith("❌ 아쉽지만 틀렸어요.")


async def test_slash_commands_carry_korean_names_discord_accepts(fake: FakeDiscord, world: World) -> None:
    await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the sync")
    assert world.bot.sync_task is not None and world.bot.sync_task.result() is True
    trivia = next(c for c in fake.commands if c["name"] == "trivia")
    assert trivia["name_localizations"] == {"ko": "퀴즈"}
    assert trivia["description_localizations"]["ko"] == "이 채널에서 퀴즈 게임을 시작해요."
    start = next(o for o in trivia["options"] if o["name"] == "start")
    assert start["name_localizations"]["ko"] == "시작"
    difficulty = next(o for o in start["options"] if o["name"] == "difficulty")
    assert {c["name_localizations"]["ko"] for c in difficulty["choices"]} == {"쉬움", "보통", "어려움"}
    # What Discord refuses, the fake refuses: a name with a space, or over 32 characters.
    assert command_problems([trivia | {"name_localizations": {"ko": "퀴즈 게임"}}])
    assert command_problems([trivia | {"name_localizations": {"ko": "퀴" * 33}}])
    assert not command_problems(fake.commands)
    # A Korean server's slash replies are Korean too.
    await world.reply_to(world.admin, "!trivia set language ko")
    mark = len(fake.sent)
    fake.inject_slash(world.channel, world.ana, "trivia", "skip")
    reply = await fake.next_message(world.channel, mark)
    assert reply.ephemeral and reply.content == "이 채널에서 진행 중인 퀴즈 게임이 없어요."
