"""Shards in one process (issue #22): the fake Discord routes each server to shard
`(guild_id >> 22) % N`, and a bot runs the shards TRIVIA_SHARDS names (all by default,
as many as Discord recommends); only the process with shard 0 registers the commands;
the bot keeps under Discord's global limit of 50 requests a second."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.discord.client import TriviaBot

from ..helpers import eventually
from .conftest import make_settings, run_bot, stop_bot
from .fake_discord import FakeDiscord, Guild, User, shard_of, snowflake

SYNC = ("PUT", r"/applications/\d+/commands")


def server_on(fake: FakeDiscord, shard: int, count: int, name: str) -> tuple[Guild, User]:
    guild = fake.add_guild(name, channels=2, shard=(shard, count))
    return guild, guild.add_member(User(snowflake(), f"{name} player"))


async def question_after(fake: FakeDiscord, guild: Guild, player: User, timeout: float = 12.0) -> str:
    """`!trivia start 1` in the server's first channel; the first question's text."""
    channel = guild.channels[0]
    mark = len(fake.sent)
    fake.inject_message(channel, player, "!trivia start 1")
    found = await fake.next_message(channel, mark, timeout=timeout, where=lambda m: "Question 1/1" in m.content)
    return found.content


def syncs(fake: FakeDiscord) -> int:
    return sum(1 for method, path in fake.requests if method == SYNC[0] and path.endswith("/commands"))


async def test_a_process_runs_only_its_shards_and_plays_only_in_their_servers(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    even, ana = server_on(fake, 0, 2, "Even")
    odd, bo = server_on(fake, 1, 2, "Odd")
    bot, task = await run_bot(make_settings(tmp_path, shard_count=2, shard_ids=(1,)))
    try:
        assert isinstance(bot, TriviaBot) and bot.shard_count == 2 and bot.shard_ids == [1]
        assert [g.id for g in bot.guilds] == [odd.id] and bot.guilds[0].shard_id == shard_of(odd.id, 2) == 1
        assert [i.get("shard") for i in fake.identifies] == [[1, 2]]
        assert "Question 1/1" in await question_after(fake, odd, bo)
        mark = len(fake.sent)
        fake.inject_message(even.channels[0], ana, "!trivia start 1")  # shard 0: no process runs it yet
        await asyncio.sleep(0.5)
        assert fake.messages(even.channels[0])[mark:] == []
        other, other_task = await run_bot(make_settings(tmp_path, shard_count=2, shard_ids=(0,)))
        try:
            assert [g.id for g in other.guilds] == [even.id]
            assert "Question 1/1" in await question_after(fake, even, ana)
        finally:
            await stop_bot(other, other_task)
    finally:
        await stop_bot(bot, task)
    assert fake.unhandled == [] and fake.bad_requests == []


async def test_without_a_shard_count_one_process_runs_the_count_discord_recommends(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from .conftest import SCALED_RATE_LIMIT, start_fake

    fake = await start_fake(monkeypatch, rate_limit=SCALED_RATE_LIMIT, recommended_shards=2)
    try:
        servers = [server_on(fake, n, 2, f"Server {n}") for n in range(2)]
        bot, task = await run_bot(make_settings(tmp_path))
        try:
            # discord.py connects the shards one after another, 5 seconds apart (Discord's
            # limit on identifying): the bot is ready once both hold their servers.
            assert bot.shard_count == 2 and sorted(bot.shards) == [0, 1]
            assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
            assert {g.id for g in bot.guilds} == {guild.id for guild, _ in servers}
            for guild, player in servers:
                assert "Question 1/1" in await question_after(fake, guild, player)
        finally:
            await stop_bot(bot, task)
    finally:
        await fake.close()


async def test_only_the_process_that_runs_shard_0_registers_the_commands_even_on_a_fresh_database(
    fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server_on(fake, 0, 2, "Even")
    server_on(fake, 1, 2, "Odd")
    caplog.set_level(logging.INFO, logger="bot")
    second, second_task = await run_bot(make_settings(tmp_path, shard_count=2, shard_ids=(1,), sync_commands=True))
    try:
        await asyncio.sleep(0.5)  # time enough for a sync it should not make
        assert syncs(fake) == 0 and fake.commands == []
        assert "registered by the process that runs shard 0" in caplog.text
        first, first_task = await run_bot(make_settings(tmp_path, shard_count=2, shard_ids=(0,), sync_commands=True))
        try:
            await eventually(lambda: syncs(fake) == 1, what="the commands to be registered")
            await eventually(lambda: first.sync_task is not None and first.sync_task.done(), what="the sync")
            assert first.sync_task is not None and first.sync_task.result() is True
            assert {c["name"] for c in fake.commands} >= {"trivia", "trivia-admin"}
        finally:
            await stop_bot(first, first_task)
    finally:
        await stop_bot(second, second_task)
    assert syncs(fake) == 1


async def test_sixty_games_started_at_once_keep_under_the_global_limit(fake: FakeDiscord, tmp_path: Path) -> None:
    """Each start posts an intro and a question: 120 messages asked for in a moment, more
    than Discord's 50 requests a second, which the bot spreads over seconds itself."""
    guild = fake.add_guild("Busy", channels=60)
    players = [guild.add_member(User(snowflake(), f"player{n}")) for n in range(60)]
    bot, task = await run_bot(make_settings(tmp_path, round_seconds=30.0))
    try:
        mark = len(fake.sent)
        for channel, player in zip(guild.channels, players, strict=True):
            fake.inject_message(channel, player, "!trivia start 2")
        for channel in guild.channels:
            await fake.next_message(channel, mark, timeout=20, where=lambda m: "Question 1/2" in m.content)
        assert len(fake.sent) - mark == 120
        assert fake.global_rate_limit_violations == []
    finally:
        await stop_bot(bot, task)
