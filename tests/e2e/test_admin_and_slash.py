"""Reloading questions, permissions, and the slash forms of the commands."""

from __future__ import annotations

import pytest

from ..peek import rows
from .conftest import World
from .fake_discord import CommandUnavailable


async def test_an_admin_reloads_the_questions(world: World) -> None:
    path = world.settings.questions_path
    path.write_text(path.read_text().replace("id: director\n", "id: director-renamed\n"))
    mark = await world.say(world.admin, "!trivia reload")
    reply = await world.fake.next_message(world.channel, mark)
    assert reply.content == f"✅ Reloaded {len(world.bot.bank)} questions from `questions.yaml`."
    assert any(q.id == "director-renamed" for q in world.bot.bank)


async def test_a_member_may_not_reload(world: World) -> None:
    bank = world.bot.bank
    mark = await world.say(world.bo, "!trivia reload")
    reply = await world.fake.next_message(world.channel, mark)
    assert reply.content == "You need the Manage Server permission to do that."
    assert world.bot.bank is bank


async def test_the_bot_owner_may_reload_without_the_permission(world: World) -> None:
    world.guild.add_member(world.fake.app_owner)
    world.fake.dispatch(
        "GUILD_MEMBER_ADD", world.guild.member_payload(world.fake.app_owner.id) | {"guild_id": str(world.guild.id)}
    )
    mark = await world.say(world.fake.app_owner, "!trivia reload")
    assert (await world.fake.next_message(world.channel, mark)).content.startswith("✅ Reloaded")


async def test_a_broken_file_keeps_the_old_bank_and_says_where_it_is_broken(world: World) -> None:
    bank = world.bot.bank
    path = world.settings.questions_path
    lines = path.read_text().splitlines()
    at = lines.index("  - id: moved-country")
    broken = [line for line in lines[at : at + 8] if not line.strip().startswith("answers:")]
    path.write_text("\n".join(lines[:at] + broken + lines[at + 8 :]) + "\n")
    mark = await world.say(world.admin, "!trivia reload")
    reply = await world.fake.next_message(world.channel, mark)
    assert reply.content.startswith(f"❌ Reload failed; still using the {len(bank)} questions loaded before.")
    assert f"questions.yaml:{at + 1}:5: question 'moved-country' has no answers" in reply.content
    assert world.bot.bank is bank
    question = await world.start_game(rounds=1)  # the old bank still plays
    assert "Question 1/1" in question.content


async def test_a_game_running_during_a_reload_finishes_normally(world: World) -> None:
    question = await world.start_game(rounds=2)
    mark = await world.say(world.admin, "!trivia reload")
    reply = await world.fake.next_message(world.channel, mark, where=lambda m: "Reloaded" in m.content)
    assert "1 running game(s) finish with their current questions" in reply.content
    await world.say(world.bo, world.answer_to(question))
    second = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 2/2" in m.content)
    await world.say(world.bo, world.answer_to(second))
    end = await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    assert "🥇 Bo: 21 points" in end.text  # two fast answers in a row: 10, then 10 + 1 streak bonus


async def test_slash_trivia_start_plays_a_game(world: World) -> None:
    assert [c["name"] for c in world.fake.commands] == ["trivia", "trivia-admin"]
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1)
    intro = await world.fake.next_message(world.channel, mark, where=lambda m: m.content.startswith("🩺 **"))
    assert not intro.ephemeral and "1 question, " in intro.content  # posted in the channel, for everyone
    ack = await world.fake.next_message(world.channel, mark, where=lambda m: m.via_interaction)
    assert ack.ephemeral and ack.content == "▶️ The game starts in this channel."  # the deferred answer
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    assert not question.via_interaction
    mark = await world.say(world.ana, world.answer_to(question))
    win = await world.fake.next_message(world.channel, mark)
    assert f"<@{world.ana.id}>" in win.content


async def test_slash_stop_is_refused_privately_for_others_and_works_for_the_starter(world: World) -> None:
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=3)
    await world.fake.next_message(world.channel, 0, where=lambda m: "Question 1/3" in m.content)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.ana, "trivia", "stop")
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.ephemeral and "Only the player who started this game" in refusal.content
    world.fake.inject_slash(world.channel, world.bo, "trivia", "stop")
    ack = await world.fake.next_message(world.channel, mark, where=lambda m: "Stopping" in m.content)
    assert ack.ephemeral
    await world.fake.next_message(world.channel, mark, where=lambda m: "The game was stopped" in m.text)


async def test_slash_leaderboard_and_reload_refusal(world: World) -> None:
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "leaderboard")
    assert (await world.fake.next_message(world.channel, mark)).content == "No scores yet on this server."
    with pytest.raises(CommandUnavailable):  # Discord does not show it to a plain member
        world.fake.inject_slash(world.channel, world.bo, "trivia-admin", "reload")
    # A server may show it to more members (Integrations settings); the bot still checks.
    world.fake.commands = [c | {"default_member_permissions": None} for c in world.fake.commands]
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia-admin", "reload")
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.ephemeral and refusal.content == "You need the Manage Server permission to do that."
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.admin, "trivia-admin", "reload")
    done = await world.fake.next_message(world.channel, mark)
    assert done.ephemeral and done.content.startswith("✅ Reloaded")


async def test_scores_are_stored_per_server_in_the_database(world: World) -> None:
    question = await world.start_game(rounds=1)
    mark = await world.say(world.bo, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    stored = rows(world.settings.db_path, "SELECT guild_id, user_id, points FROM correct_answers")
    assert stored == [(world.guild.id, world.bo.id, 10)]
