"""Players' data as Discord's developer policy asks (issue #18, item 10): a member
erases their own on a server, once confirmed; an admin erases a member's."""

from __future__ import annotations

import time

from bot.core.store import SqliteDatabase

from ..helpers import eventually
from ..peek import rows
from .conftest import World
from .fake_discord import Sent
from .test_server_features import seed_answers


def rows_of(world: World, user_id: int) -> dict[str, int]:
    """What the database holds of a member on the test server, table by table."""
    guild = world.guild.id
    queries = {
        "correct_answers": "SELECT COUNT(*) FROM correct_answers WHERE guild_id = ? AND user_id = ?",
        "players": "SELECT COUNT(*) FROM players WHERE guild_id = ? AND user_id = ?",
        "player_totals": "SELECT COUNT(*) FROM player_totals WHERE guild_id = ? AND user_id = ?",
        "reports": "SELECT COUNT(*) FROM reports WHERE guild_id = ? AND reporter = ?",
    }
    return {table: rows(world.settings.db_path, sql, guild, user_id)[0][0] for table, sql in queries.items()}


def seed(world: World) -> None:
    now = time.time()
    seed_answers(world, [(world.ana.id, "Ana", 10, now), (world.ana.id, "Ana", 8, now), (world.bo.id, "Bo", 9, now)])
    db = SqliteDatabase.open(world.settings.db_path)
    try:
        db.add_report(world.guild.id, "director", world.ana.id, "typo", now)
    finally:
        db.close()


def erase_button(world: World, prompt: Sent) -> str:
    (button,) = world.fake.buttons(prompt)
    assert button["label"] == "Erase"
    return str(button["custom_id"])


async def test_a_member_erases_their_own_data_once_they_confirm(world: World) -> None:
    seed(world)
    mark = await world.say(world.ana, "!trivia forget me")
    prompt = await world.fake.next_message(world.channel, mark)
    assert prompt.content.startswith(f"🗑️ Erase the trivia data of <@{world.ana.id}> on this server")
    assert prompt.allowed_mentions is None or prompt.allowed_mentions.get("users") in (None, [])  # pings no one
    assert rows_of(world, world.ana.id)["correct_answers"] == 2  # nothing yet: only asked
    mark = len(world.fake.sent)
    world.fake.inject_click(prompt, world.bo, erase_button(world, prompt))  # someone else's click
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.ephemeral and refusal.content == "Only the member who asked can confirm this."
    click = world.fake.inject_click(prompt, world.ana, erase_button(world, prompt))
    assert await world.fake.answered(click)
    await eventually(lambda: "is erased" in prompt.content, what="the confirmation")
    assert prompt.content == f"✅ The trivia data of <@{world.ana.id}> on this server is erased (2 answers)."
    assert world.fake.buttons(prompt) == []
    assert rows_of(world, world.ana.id) == {"correct_answers": 0, "players": 0, "player_totals": 0, "reports": 0}
    assert rows_of(world, world.bo.id)["correct_answers"] == 1  # nobody else's
    board = await world.reply_to(world.mod, "!trivia leaderboard")
    assert "Ana" not in board and "1. Bo: 9 points" in board


async def test_the_slash_form_asks_privately(world: World) -> None:
    seed(world)
    await eventually(lambda: bool(world.fake.commands), what="the sync")
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "forget")
    prompt = await world.fake.next_message(world.channel, mark)
    assert prompt.ephemeral and f"<@{world.bo.id}>" in prompt.content
    world.fake.inject_click(prompt, world.bo, erase_button(world, prompt))
    await eventually(lambda: rows_of(world, world.bo.id)["correct_answers"] == 0, what="the erasing")
    assert rows_of(world, world.ana.id)["correct_answers"] == 2


async def test_only_an_admin_erases_another_member(world: World) -> None:
    seed(world)
    reply = await world.reply_to(world.bo, f"!trivia forget {world.ana.name}")
    assert reply == "You need the Manage Server permission to do that."
    mark = await world.say(world.admin, f"!trivia forget <@{world.ana.id}>")
    prompt = await world.fake.next_message(world.channel, mark)
    assert f"<@{world.ana.id}>" in prompt.content
    world.fake.inject_click(prompt, world.admin, erase_button(world, prompt))
    await eventually(lambda: "is erased" in prompt.content, what="the confirmation")
    assert rows_of(world, world.ana.id)["correct_answers"] == 0
    gone = 123456789012345678  # someone who has left the server: by id
    mark = await world.say(world.admin, f"!trivia forget {gone}")
    assert f"<@{gone}>" in (await world.fake.next_message(world.channel, mark)).content
