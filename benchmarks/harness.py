"""What the benchmarks share: the fake Discord in its own process, the real bot connected
to it in this process (`rig`) or as `python -m bot` processes running given shards
(`bot_processes`), a throwaway PostgreSQL database, a loop-lag probe and the resident
memory."""

from __future__ import annotations

import array
import asyncio
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import discord
import yarl
from checkout import ROOT

from bot.core.bank import load_bank
from bot.core.store import store_at
from bot.discord.client import TriviaBot
from bot.settings import Settings
from tests.e2e.processes import BotProcess, spawn


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class LagProbe:
    """Sleeps 5 ms at a time and records how much later than asked the loop woke it."""

    def __init__(self) -> None:
        # An array of doubles, not a list of floats: a soak takes 120,000 samples in 10
        # minutes, which as Python objects would show up as the process's own growth.
        self.samples = array.array("d")
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(0.005)
            self.samples.append(loop.time() - start - 0.005)

    def __enter__(self) -> LagProbe:
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()

    def quantiles(self) -> tuple[float, float]:
        """p50 and p99 in milliseconds."""
        return self.quantiles_of(self.samples)

    @staticmethod
    def quantiles_of(samples: Sequence[float]) -> tuple[float, float]:
        """p50 and p99 of lag samples (seconds), in milliseconds."""
        cuts = statistics.quantiles(samples, n=100)
        return cuts[49] * 1000, cuts[98] * 1000


class BurstProbe:
    """Counts the gateway events discord.py handles in one event-loop step.

    A diagnostic for the loop lag under a flood: it wraps discord.py's handler of
    gateway messages in this process (the bot's code is untouched) and, from a task
    that yields at every step, records how many events the step before handled and
    how long it took.
    """

    def __init__(self) -> None:
        self.events = 0
        self.steps: list[tuple[int, float]] = []  # (events, seconds) of each step with events
        self._task: asyncio.Task[None] | None = None
        self._original = discord.gateway.DiscordWebSocket.received_message

    async def _run(self) -> None:
        while True:
            seen, start = self.events, time.perf_counter()
            await asyncio.sleep(0)
            if self.events > seen:
                self.steps.append((self.events - seen, time.perf_counter() - start))

    def __enter__(self) -> BurstProbe:
        original = self._original

        async def counted(ws: discord.gateway.DiscordWebSocket, msg: Any, /) -> None:
            self.events += 1
            await original(ws, msg)

        discord.gateway.DiscordWebSocket.received_message = counted  # type: ignore[method-assign]
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()
        discord.gateway.DiscordWebSocket.received_message = self._original  # type: ignore[method-assign]

    def largest(self) -> tuple[int, float]:
        """The most events handled in one step, and that step's length in milliseconds."""
        events, seconds = max(self.steps, default=(0, 0.0))
        return events, seconds * 1000


@dataclass
class Control:
    """The fake Discord process, driven over its control API (tests/e2e/fake_server.py)."""

    http: aiohttp.ClientSession
    info: dict[str, Any]

    @property
    def url(self) -> str:
        return str(self.info["url"])

    async def say(self, channel: int, user: int, content: str) -> None:
        async with self.http.post(
            f"{self.url}/_control/say", json={"channel": channel, "user": user, "content": content}
        ):
            pass

    async def sent(self, after: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """The bot's messages from index `after` on, and the total so far."""
        async with self.http.get(f"{self.url}/_control/sent", params={"after": str(after)}) as response:
            data = await response.json()
        return int(data["total"]), list(data["messages"])

    async def wait_for(self, after: int, text: str, count: int = 1, limit: float = 300) -> list[float]:
        """When (the fake's clock) the first `count` bot messages from `after` on containing
        `text` arrived; raises TimeoutError if they do not within `limit` seconds (the fake waits)."""
        query = {"after": str(after), "text": text, "count": str(count), "timeout": str(limit)}
        async with self.http.get(f"{self.url}/_control/wait", params=query, timeout=None) as response:
            data = await response.json()
        if data["timed_out"]:
            raise TimeoutError(f"{len(data['at'])} of {count} replies containing {text!r}")
        return [float(at) for at in data["at"]]

    async def prepare_flood(self, body: dict[str, Any]) -> None:
        """Have the fake encode a flood (see fake_server.py), to send with `flood`."""
        async with self.http.post(f"{self.url}/_control/flood", json=body | {"prepare": True}) as response:
            response.raise_for_status()

    async def flood(self, rate: float = 0) -> float:
        """Send the prepared flood; when the fake started sending it (its clock)."""
        body = {"go": True, "rate": rate}
        async with self.http.post(f"{self.url}/_control/flood", json=body, timeout=None) as response:
            response.raise_for_status()
            return float((await response.json())["started"])

    async def stats(self) -> dict[str, Any]:
        """The 429s the fake served (per channel, global) and the shards that identified."""
        async with self.http.get(f"{self.url}/_control/stats") as response:
            return dict(await response.json())


@dataclass
class Rig(Control):
    bot: TriviaBot
    db_path: Path


@contextlib.asynccontextmanager
async def fake_server(*server_args: str) -> AsyncIterator[Control]:
    """Start the fake Discord in its own process; stop it at the end."""
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.e2e.fake_server", *server_args, cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    assert server.stdout is not None
    try:
        info = json.loads(await server.stdout.readline())
        async with aiohttp.ClientSession() as http:
            yield Control(http, info)
    finally:
        server.kill()
        await server.wait()


@contextlib.asynccontextmanager
async def rig(*server_args: str, round_seconds: float, pause_seconds: float = 0) -> AsyncIterator[Rig]:
    """Start the fake Discord process, point discord.py at it, and connect the real bot."""
    async with fake_server(*server_args) as control:
        url = control.url
        discord.http.Route.BASE = f"{url}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url.replace("http://", "ws://") + "/gateway")
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                token="fake-token",
                db_path=Path(tmp) / "bench.db",
                round_seconds=round_seconds,
                pause_seconds=pause_seconds,
                sync_commands=False,
            )
            store = await store_at(settings.db_path).open()
            bot = TriviaBot(settings, load_bank(settings.questions_path), store, guild_ready_timeout=0.05)
            await bot.login("fake-token")
            runner = asyncio.create_task(bot.connect())
            await bot.wait_until_ready()
            try:
                yield Rig(control.http, control.info, bot, settings.db_path)
            finally:
                await bot.close()
                await runner


@contextlib.asynccontextmanager
async def bot_processes(
    control: Control, shard_count: int, shard_sets: list[str | None], db: str, folder: Path, **settings: str
) -> AsyncIterator[list[BotProcess]]:
    """Start one bot process per entry of `shard_sets` (its TRIVIA_SHARDS; None: all of
    `shard_count`) on database `db`, each with `settings` (TRIVIA_... variables); yield
    them once every one is ready; stop them all at the end."""
    started: list[BotProcess] = []
    try:
        for shards in shard_sets:
            env = {
                "DISCORD_TOKEN": "fake-token",
                "TRIVIA_DB": db,
                "TRIVIA_SHARD_COUNT": str(shard_count),
                "TRIVIA_SYNC_COMMANDS": "0",
            } | settings
            if shards is not None:
                env["TRIVIA_SHARDS"] = shards
            handle, log = tempfile.mkstemp(prefix="bot-", suffix=".log", dir=folder)  # a new file for each start
            os.close(handle)
            started.append(await spawn(shards or "all", Path(log), control.url, env))
        for bot in started:
            while "logged in as" not in bot.output():
                if bot.process.returncode is not None:
                    raise RuntimeError(f"the bot process (shards {bot.name}) exited:\n{bot.output()}")
                await asyncio.sleep(0.1)
        yield started
    finally:
        for bot in started:
            await bot.stop()


@contextlib.asynccontextmanager
async def postgres_database() -> AsyncIterator[str]:
    """A database on a throwaway PostgreSQL server (durable: fsync on); its URL."""
    from tests.postgres_server import PostgresServer

    server = PostgresServer.start(durable=True)
    try:
        yield await server.new_database()
    finally:
        server.close()
