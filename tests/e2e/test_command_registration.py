"""The slash commands as the bot registers them with Discord (issue #10, points 1 and 11):
synced once and not again while unchanged, a refused or long-held sync in nobody's way,
offered in servers only, every option described, the bank's categories as choices."""

from __future__ import annotations

import asyncio
import time

import pytest

from ..helpers import eventually
from .conftest import World, WorldFactory
from .fake_discord import FakeDiscord

SYNC = r"^/applications/\d+/commands$"


def syncs(fake: FakeDiscord) -> int:
    return sum(1 for method, path in fake.requests if method == "PUT" and path.endswith("/commands"))


async def test_commands_are_synced_once_and_not_again_while_unchanged(fake: FakeDiscord, world: World) -> None:
    await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the sync")
    assert syncs(fake) == 1 and [c["name"] for c in fake.commands] == ["trivia", "trivia-admin"]
    await world.restart()  # same database, same commands
    await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the check")
    assert syncs(fake) == 1


async def test_a_refused_sync_is_one_log_line_and_the_bot_plays_on(
    fake: FakeDiscord, make_world: WorldFactory, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail_next("PUT", SYNC, 400, code=30034, message="Max number of daily application command creates (200)")
    async with make_world() as world:
        await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the sync")
        warnings = [r for r in caplog.records if "register the slash commands" in r.getMessage()]
        assert len(warnings) == 1 and "30034" in warnings[0].getMessage() and warnings[0].exc_info is None
        question = await world.start_game(rounds=1)  # the ! commands work
        assert "Question 1/1" in question.content
        await world.restart()  # the next start tries again, and succeeds
        await eventually(lambda: world.bot.sync_task is not None and world.bot.sync_task.done(), what="the retry")
        assert world.bot.sync_task is not None and world.bot.sync_task.result() is True


async def test_a_sync_held_by_a_long_429_keeps_nobody_waiting(fake: FakeDiscord, make_world: WorldFactory) -> None:
    fake.fail_next("PUT", SYNC, 429, retry_after=60)
    started = time.monotonic()
    async with make_world() as world:
        assert time.monotonic() - started < 10  # ready while discord.py waits out the 60 s
        question = await world.start_game(rounds=1)
        assert "Question 1/1" in question.content and world.bot.sync_task is not None
        assert not world.bot.sync_task.done()
        await asyncio.wait_for(world.stop(), timeout=5)  # and the shutdown does not wait for it


async def test_slash_commands_are_guild_only_and_every_option_is_described(world: World) -> None:
    await eventually(lambda: bool(world.fake.commands), what="the sync")
    for command in world.fake.commands:
        assert command.get("contexts") == [0] or command.get("dm_permission") is False, command["name"]

    def options(items: list) -> list:  # type: ignore[type-arg]
        return [o for item in items for o in [item, *options(item.get("options") or [])]]

    for option in options(world.fake.commands):
        assert option.get("description") and option["description"] != "…", option["name"]


async def test_slash_start_offers_the_bank_categories_as_choices(world: World) -> None:
    await eventually(lambda: bool(world.fake.commands), what="the sync")
    trivia = next(c for c in world.fake.commands if c["name"] == "trivia")
    start = next(o for o in trivia["options"] if o["name"] == "start")
    options = {o["name"]: o for o in start["options"]}
    assert [c["value"] for c in options["category"]["choices"]] == list(world.bank.categories())
    assert [c["value"] for c in options["difficulty"]["choices"]] == ["easy", "medium", "hard"]
    assert [c["value"] for c in options["mode"]["choices"]] == ["open", "choices"]
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1, category="cast", difficulty="easy")
    refusal = await world.fake.next_message(world.channel, mark)  # the bank has no easy cast question
    assert refusal.content == "There is no question for “cast, easy”. See `/trivia categories`."
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "start", rounds=1, category="cast")
    intro = await world.fake.next_message(world.channel, mark)
    assert intro.content.startswith("🩺 **Trauma Code trivia!** 1 question,") and "(cast)" in intro.content
