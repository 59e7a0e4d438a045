"""Playing trivia on (fake) Discord through the real discord.py client."""

from __future__ import annotations

import asyncio
import dataclasses

from ..helpers import eventually
from ..peek import rows
from .conftest import World
from .fake_discord import Sent


def pings_nobody_but(message: Sent, *user_ids: int) -> bool:
    """True if Discord would ping no one but `user_ids` for this message."""
    allowed = message.allowed_mentions
    if allowed is None:
        return False  # Discord's default parses every mention in the text
    allowed_users = {int(u) for u in allowed.get("users", [])}
    return not allowed.get("parse") and not allowed.get("roles") and allowed_users <= set(user_ids)


def awards_in_db(world: World) -> list[tuple[int, int]]:
    """(user, points) of each correct answer stored."""
    return rows(world.settings.db_path, "SELECT user_id, points FROM correct_answers ORDER BY id")


async def test_a_correct_answer_is_announced_with_a_mention_and_the_canonical_answer(world: World) -> None:
    question = await world.start_game(rounds=2)
    assert "Question 1/2" in question.content and "2 seconds" in question.content
    answer = world.answer_to(question)
    mark = await world.say(world.bo, answer.lower() + "!")
    win = await world.fake.next_message(world.channel, mark)
    assert win.id != question.id  # a new message, not an edit
    assert f"<@{world.bo.id}>" in win.content and f"**{answer}**" in win.content
    assert win.allowed_mentions is not None and [int(u) for u in win.allowed_mentions.get("users", [])] == [world.bo.id]
    assert pings_nobody_but(win, world.bo.id)
    assert awards_in_db(world) == [(world.bo.id, 10)]  # within the first third of the round: full points


async def test_wrong_guesses_get_no_message_and_the_answer_is_revealed_at_time_out(world: World) -> None:
    question = await world.start_game(rounds=1)
    mark = len(world.fake.sent)
    for guess in ("Japan", "2013", "Baek", "no idea", "Netflix Disney Hulu"):
        await world.say(world.bo, guess)
    await asyncio.sleep(0.5)
    assert world.fake.messages(world.channel)[-1].id == question.id  # nothing new: silence
    reveal = await world.fake.next_message(world.channel, mark, timeout=4)
    assert "Time's up!" in reveal.content and world.answer_to(question) in reveal.content
    end = await world.fake.next_message(
        world.channel,
        len(world.fake.sent) - 1,
        where=lambda m: "standings" in m.text or "Nobody scored" in m.text,
    )
    assert "Nobody scored" in end.text


async def test_three_unanswered_rounds_end_the_game(world: World) -> None:
    world.bot.settings = dataclasses.replace(world.settings, round_seconds=0.3)
    await world.start_game(rounds=10)
    end = await world.fake.next_message(world.channel, 0, timeout=6, where=lambda m: "in a row" in m.text)
    questions = [m for m in world.fake.messages(world.channel) if "**Question" in m.content]
    assert len(questions) == 3 and "💤 Nobody answered 3 questions in a row" in end.text


async def test_ten_simultaneous_correct_answers_award_exactly_one_point(world: World) -> None:
    question = await world.start_game(rounds=1)
    answer = world.answer_to(question)
    players = [world.ana, world.bo, world.mod, world.admin]
    mark = len(world.fake.sent)
    for i in range(10):  # dispatched back to back, before the bot can reply to any
        world.fake.inject_message(world.channel, players[i % 4], answer)
    win = await world.fake.next_message(world.channel, mark)
    assert f"<@{players[0].id}>" in win.content  # first by arrival order
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    assert awards_in_db(world) == [(players[0].id, 10)]
    assert sum("got it in" in m.content for m in world.fake.messages(world.channel)) == 1


async def test_one_game_per_channel_and_games_in_two_channels_run_apart(world: World) -> None:
    q1 = await world.start_game(rounds=2, channel=world.channel)
    mark = await world.say(world.bo, "!trivia start")
    refusal = await world.fake.next_message(world.channel, mark)
    assert "already running" in refusal.content
    q2 = await world.start_game(rounds=2, channel=world.other_channel)
    mark = await world.say(world.bo, world.answer_to(q2), channel=world.other_channel)
    await world.fake.next_message(world.other_channel, mark, where=lambda m: "got it in" in m.content)
    # the first channel's question is still open and can still be won
    mark = await world.say(world.ana, world.answer_to(q1))
    win = await world.fake.next_message(world.channel, mark)
    assert f"<@{world.ana.id}>" in win.content


async def test_stop_and_skip_need_the_starter_or_a_moderator(world: World) -> None:
    await world.start_game(rounds=5)  # started by Ana
    mark = await world.say(world.bo, "!trivia skip")
    refusal = await world.fake.next_message(world.channel, mark)
    assert "Only the player who started this game" in refusal.content
    mark = await world.say(world.bo, "!trivia stop")  # the same refusal again: a reaction this time
    await eventually(lambda: any(r[2] == "⏳" for r in world.fake.reactions), what="a ⏳ reaction")
    assert world.fake.public(world.channel, mark) == []
    mark = await world.say(world.ana, "!trivia skip")
    skipped = await world.fake.next_message(world.channel, mark, where=lambda m: "Skipped" in m.content)
    assert "The answer was" in skipped.content
    await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/5" in m.content)
    mark = await world.say(world.mod, "!trivia stop")
    end = await world.fake.next_message(world.channel, mark, where=lambda m: "stopped" in m.text)
    assert "⏹️ The game was stopped." in end.text
    mark = await world.say(world.mod, "!trivia stop")
    none = await world.fake.next_message(world.channel, mark)
    assert "No trivia game is running" in none.content


async def test_leaderboard_and_stats(world: World) -> None:
    mark = await world.say(world.bo, "!trivia leaderboard")
    assert (await world.fake.next_message(world.channel, mark)).content == "No scores yet on this server."
    question = await world.start_game(rounds=2)
    mark = await world.say(world.bo, world.answer_to(question))
    second = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/2" in m.content)
    await world.say(world.ana, world.answer_to(second))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    for alias, who in (("leaderboard", world.ana), ("top", world.mod), ("scores", world.admin)):
        mark = await world.say(who, f"!trivia {alias}")
        board = await world.fake.next_message(world.channel, mark)
        assert "1. Ana: 10 points, 1 correct" in board.content and "1. Bo: 10 points, 1 correct" in board.content
        assert pings_nobody_but(board)
    mark = await world.say(world.ana, f"!trivia stats <@{world.bo.id}>")
    stats = await world.fake.next_message(world.channel, mark)
    category = next(q.category for q in world.bank if q.text in question.content)
    assert stats.content == (
        "📊 **Bo** · rank 1 of 2 · 10 points · 1 correct answers · 1 games played · win rate 50% · "
        f"fastest answer {stats.content.split('fastest answer ')[1].split(' s')[0]} s · favourite category: {category}"
    )
    assert pings_nobody_but(stats)


async def test_mentions_typed_by_players_never_ping(world: World) -> None:
    mark = await world.say(world.bo, "!trivia stats @everyone <@&123> <@1>")
    await world.fake.next_message(world.channel, mark)
    question = await world.start_game(rounds=1)
    await world.say(world.bo, f"@everyone @here <@&{world.guild.id}> {world.answer_to(question)}")
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    for message in world.fake.messages(world.channel):
        winner = [world.bo.id] if "got it in" in message.content else []
        assert pings_nobody_but(message, *winner), message.content


async def test_display_names_cannot_inject_mentions_or_markdown(world: World) -> None:
    world.bo.name = "@everyone **boss**"
    world.fake.join(world.guild, world.bo)
    question = await world.start_game(rounds=1)
    mark = await world.say(world.bo, world.answer_to(question))
    end = await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    assert "@\u200beveryone" in end.text and "\\*\\*boss\\*\\*" in end.text
    assert pings_nobody_but(end)


async def test_per_server_scores_are_separate(world: World) -> None:
    second = world.fake.add_guild("Other Server", channels=1)
    second.add_member(world.bo)
    await asyncio.sleep(0.2)  # let the GUILD_CREATE land
    question = await world.start_game(rounds=1)
    mark = await world.say(world.bo, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    other = second.channels[0]
    mark = await world.say(world.bo, "!trivia stats", channel=other)
    reply = await world.fake.next_message(other, mark)
    assert reply.content == "Bo has no trivia points on this server yet."
    mark = await world.say(world.bo, "!trivia leaderboard", channel=other)
    assert (await world.fake.next_message(other, mark)).content == "No scores yet on this server."


async def test_help(world: World) -> None:
    mark = await world.say(world.bo, "!trivia help")
    reply = await world.fake.next_message(world.channel, mark)
    assert "`!trivia start [rounds] [category] [difficulty] [choices]`" in reply.content and "reload" in reply.content
    mark = await world.say(world.bo, "!help trivia")
    reply = await world.fake.next_message(world.channel, mark)
    assert "leaderboard" in reply.content


async def test_bad_rounds_get_a_clear_reply(world: World) -> None:
    for text, expected in (("!trivia start 0", "must be between 1 and 50"), ("!trivia start lots", "know “lots”")):
        mark = await world.say(world.bo, text)
        assert expected in (await world.fake.next_message(world.channel, mark)).content


async def test_a_member_repeating_a_command_gets_one_reply_and_then_reactions(world: World) -> None:
    mark = len(world.fake.sent)
    for _ in range(3):
        await world.say(world.bo, "!trivia leaderboard")
    await world.fake.next_message(world.channel, mark)
    await eventually(lambda: sum(r[2] == "⏳" for r in world.fake.reactions) == 2, what="two ⏳ reactions")
    await asyncio.sleep(0.3)  # anything else the bot would post
    assert [m.content for m in world.fake.public(world.channel, mark)] == ["No scores yet on this server."]
    mark = await world.say(world.ana, "!trivia leaderboard")  # others are not slowed down
    assert (await world.fake.next_message(world.channel, mark)).content == "No scores yet on this server."
