"""Several bot processes on one PostgreSQL database (issue #22): real `python -m bot`
processes (bot_process.py), one shard each, against the fake Discord in sharded mode
and a throwaway PostgreSQL server (tests/postgres_server.py)."""

from __future__ import annotations

import asyncio
import re
import signal
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import pytest

from bot.core.bank import load_bank
from bot.settings import PROJECT_ROOT

from ..helpers import eventually
from ..postgres_server import PostgresServer
from .fake_discord import FakeDiscord, Guild, User, snowflake
from .processes import BotProcess, spawn

ANSWERS = {q.text: q.answer for q in load_bank(PROJECT_ROOT / "questions.yaml")}
POINTS = re.compile(r"\*\*\+(\d+) points\*\*")


async def start_process(fake: FakeDiscord, folder: Path, name: str, db: str, **env: str) -> BotProcess:
    """Start the bot with `env` (TRIVIA_SHARDS, ...) on database `db`; return once it is ready."""
    environment = {
        "DISCORD_TOKEN": fake.token,
        "TRIVIA_DB": db,
        "TRIVIA_QUESTIONS": str(PROJECT_ROOT / "questions.yaml"),
        "TRIVIA_ROUND_SECONDS": "10",
        "TRIVIA_PAUSE_SECONDS": "0",
        "TRIVIA_SYNC_COMMANDS": "1",
        "TRIVIA_SHARD_COUNT": "2",
    } | env
    started = await spawn(name, folder / f"{name}.log", fake.url, environment)
    process, log = started.process, started.log
    ready = log.read_text(errors="replace").count("logged in as") + 1

    def is_ready() -> bool:
        if process.returncode is not None:
            raise AssertionError(f"{name} exited with {process.returncode}:\n{started.output()}")
        return started.output().count("logged in as") >= ready

    await eventually(is_ready, timeout=30, what=f"{name} to be ready")
    return started


@pytest.fixture
async def database(postgres_server: PostgresServer) -> AsyncIterator[str]:
    url = await postgres_server.new_database()
    yield url
    await postgres_server.drop_database(url)


@dataclass
class Server:
    guild: Guild
    ana: User
    bo: User

    @property
    def channel(self) -> int:
        return self.guild.channels[0]


def two_servers(fake: FakeDiscord) -> tuple[Server, Server]:
    """A server on shard 0 and one on shard 1 of two, with the same two players in both."""
    ana, bo = User(snowflake(), "Ana"), User(snowflake(), "Bo")
    found = []
    for shard in (0, 1):
        guild = fake.add_guild(f"Shard {shard}", channels=2, shard=(shard, 2))
        guild.add_member(ana)
        guild.add_member(bo)
        found.append(Server(guild, ana, bo))
    return found[0], found[1]


async def win_a_round(fake: FakeDiscord, server: Server, channel: int | None = None, number: int = 1) -> int:
    """Answer question `number` of the game in the channel; the points announced."""
    channel = channel or server.channel
    question = await fake.next_message(channel, 0, timeout=20, where=lambda m: f"Question {number}/" in m.content)
    answer = next(a for text, a in ANSWERS.items() if text in question.content)
    mark = len(fake.sent)
    fake.inject_message(channel, server.bo, answer)
    won = await fake.next_message(channel, mark, timeout=20, where=lambda m: "got it in" in m.content)
    found = POINTS.search(won.content)
    assert found is not None, won.content
    return int(found.group(1))


SYNC = re.compile(r"/applications/\d+/commands")


def command_syncs(fake: FakeDiscord) -> int:
    return sum(1 for method, path in fake.requests if method == "PUT" and SYNC.fullmatch(path))


def intros(fake: FakeDiscord, channel: int) -> int:
    """How many games were announced in the channel: one per start, by one process."""
    return sum(1 for m in fake.messages(channel) if "seconds each" in m.content)  # the intro


async def stats(fake: FakeDiscord, server: Server) -> str:
    mark = len(fake.sent)
    fake.inject_message(server.channel, server.bo, "!trivia stats")
    return (await fake.next_message(server.channel, mark, timeout=20, where=lambda m: "📊" in m.content)).content


async def test_two_processes_one_shard_each_play_in_their_own_servers_and_register_the_commands_once(
    fake: FakeDiscord, tmp_path: Path, database: str
) -> None:
    even, odd = two_servers(fake)
    # Started together: the fake, as Discord, lets one shard identify in 5 s and answers
    # the other Invalid Session; discord.py identifies it again 5 s later.
    first, second = await asyncio.gather(
        start_process(fake, tmp_path, "shard-0", database, TRIVIA_SHARDS="0"),
        start_process(fake, tmp_path, "shard-1", database, TRIVIA_SHARDS="1"),
    )
    try:
        shards = {tuple(i["shard"]) for i in fake.identifies}
        assert shards == {(0, 2), (1, 2)} and len(fake.identifies) == 2
        assert "in 1 server(s), shard(s) 0 of 2" in first.output()
        assert "in 1 server(s), shard(s) 1 of 2" in second.output()
        for server in (even, odd):
            fake.inject_message(server.channel, server.ana, "!trivia start 1")
        points = [await win_a_round(fake, server) for server in (even, odd)]
        for server, won in zip((even, odd), points, strict=True):
            assert f"· {won} points · 1 correct answers" in await stats(fake, server)
        await eventually(lambda: "synced" in first.output(), timeout=20, what="the sync")
        assert command_syncs(fake) == 1
        assert "registered by the process that runs shard 0" in second.output()
    finally:
        codes = await asyncio.gather(first.stop(), second.stop())
    assert codes == [0, 0], first.output() + second.output()
    assert fake.global_rate_limit_violations == []


async def test_a_process_killed_and_restarted_loses_nothing_and_the_other_plays_on(
    fake: FakeDiscord, tmp_path: Path, database: str
) -> None:
    even, odd = two_servers(fake)
    first = await start_process(fake, tmp_path, "shard-0", database, TRIVIA_SHARDS="0")
    second = await start_process(fake, tmp_path, "shard-1", database, TRIVIA_SHARDS="1")
    try:
        fake.inject_message(odd.channel, odd.ana, "!trivia start 3")
        fake.inject_message(even.channel, even.ana, "!trivia start 3")
        won_odd = await win_a_round(fake, odd)
        assert (intros(fake, odd.channel), intros(fake, even.channel)) == (1, 1)
        second.kill()  # the instant its point is announced
        assert await asyncio.wait_for(second.process.wait(), 10) == -signal.SIGKILL
        won_even = await win_a_round(fake, even)  # the other process plays on meanwhile
        won_even += await win_a_round(fake, even, number=2)
        second = await start_process(fake, tmp_path, "shard-1", database, TRIVIA_SHARDS="1")
        assert f"· rank 1 of 1 · {won_odd} points · 1 correct answers" in await stats(fake, odd)
        assert f"· {won_even} points · 2 correct answers" in await stats(fake, even)
        first_again = first
        await first_again.stop()
        first = await start_process(fake, tmp_path, "shard-0", database, TRIVIA_SHARDS="0")
        assert "slash commands unchanged since the last sync" in first.output()
        assert command_syncs(fake) == 1  # registered once, by shard 0, and remembered in the database
    finally:
        await asyncio.gather(first.stop(), second.stop())
    connection = await asyncpg.connect(database)
    try:
        rows = await connection.fetch("SELECT guild_id, SUM(points) FROM correct_answers GROUP BY guild_id")
    finally:
        await connection.close()
    assert {row[0]: row[1] for row in rows} == {odd.guild.id: won_odd, even.guild.id: won_even}


async def test_awards_from_two_processes_at_once_add_up(fake: FakeDiscord, tmp_path: Path, database: str) -> None:
    """Two games in each server, on two processes, the same player winning everywhere at
    once: every point announced is stored, once, and the totals agree with the answers."""
    even, odd = two_servers(fake)
    # Started together: the fake, as Discord, lets one shard identify in 5 s and answers
    # the other Invalid Session; discord.py identifies it again 5 s later.
    first, second = await asyncio.gather(
        start_process(fake, tmp_path, "shard-0", database, TRIVIA_SHARDS="0"),
        start_process(fake, tmp_path, "shard-1", database, TRIVIA_SHARDS="1"),
    )
    rounds = 4
    try:
        games = [(server, channel) for server in (even, odd) for channel in server.guild.channels]
        for server, channel in games:
            fake.inject_message(channel, server.ana, f"!trivia start {rounds}")

        async def play(server: Server, channel: int) -> int:
            return sum([await win_a_round(fake, server, channel, number) for number in range(1, rounds + 1)])

        announced = await asyncio.gather(*(play(server, channel) for server, channel in games))
        assert [intros(fake, channel) for _, channel in games] == [1] * len(games)
        assert sorted(tuple(i["shard"]) for i in fake.identifies) == [(0, 2), (1, 2)]
    finally:
        await asyncio.gather(first.stop(), second.stop())
    connection = await asyncpg.connect(database)
    try:
        stored = await connection.fetchval("SELECT SUM(points) FROM correct_answers")
        answers = await connection.fetchval("SELECT COUNT(*) FROM correct_answers")
        totals = await connection.fetch("SELECT guild_id, user_id, points FROM player_totals WHERE points > 0")
        by_answers = await connection.fetch(
            "SELECT guild_id, user_id, SUM(points) FROM correct_answers GROUP BY guild_id, user_id"
        )
    finally:
        await connection.close()
    assert (stored, answers) == (sum(announced), rounds * len(games))
    assert sorted(map(tuple, totals)) == sorted(map(tuple, by_answers))
    assert {row[0] for row in totals} == {even.guild.id, odd.guild.id}


async def test_too_few_shards_for_discord_is_one_clear_error(fake: FakeDiscord, tmp_path: Path) -> None:
    fake.max_guilds_per_shard = 1  # Discord's 2,500, made small
    two_servers(fake)
    with pytest.raises(AssertionError, match="exited with 2") as failed:
        await start_process(fake, tmp_path, "unsharded", str(tmp_path / "trivia.db"), TRIVIA_SHARD_COUNT="1")
    assert "error: Discord requires more shards for this bot's servers (close code 4011)" in str(failed.value)
    assert "Traceback" not in str(failed.value)
