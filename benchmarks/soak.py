"""A soak run: hundreds of games in many servers for minutes, against the fake Discord.

    python benchmarks/soak.py [--guilds 50] [--channels 10] [--minutes 10] [--waves 5] [--trace]
                              [--processes N [--postgres | --db URL]]

Every channel plays game after game; simulated players answer each question at a
random moment, right or wrong. The minutes are cut into waves: at the end of each,
no new game starts, the running ones finish, and the resident memory is taken with
every game over. The run reports what must hold after months in busy servers:
  points announced == points stored, no asyncio task left behind, resident memory
  after each wave (flat once caches are full), and the event loop's lag (p50/p99).
`--trace` also compares Python allocations (tracemalloc) between the end of the
second wave and the end of the last, by line: what still grows, if anything. (The
snapshots it keeps then add to the memory figures themselves.)

`--processes N` runs the bot as N `python -m bot` processes, one shard each, on one
database: a throwaway PostgreSQL server with `--postgres`, the database at `--db`, or
else one SQLite file; the fake spreads the servers over the shards. It then reports
the points announced and stored, and each process's memory after each wave.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import gc
import random
import re
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import harness
from harness import BotProcess, Control, LagProbe, bot_processes, fake_server, postgres_database, rig, rss_mib

from bot.core.bank import load_bank
from bot.core.store import store_at
from bot.settings import Settings

WRONG = ["no idea", "Tokyo", "1999", "Kim Min-jun", "is it busan", "Hulu"]
END_MARKERS = ("That's the last question", "The game was stopped", "in a row, so the game is over", "stopped because")


STALE = 60.0  # seconds without a message in a channel that is thought to be playing
POINTS = re.compile(r"\*\*\+(\d+) points\*\*")  # "got it in 2.1 s! **+8 points**"


class Channels:
    """What the players see in each channel: the open question, if any, and whether a game runs."""

    def __init__(self, channels: list[int]) -> None:
        self.question: dict[int, str | None] = dict.fromkeys(channels)
        self.running: dict[int, bool] = dict.fromkeys(channels, False)
        self.heard: dict[int, float] = dict.fromkeys(channels, 0.0)  # when the bot last posted there
        self.announced = 0
        self.seen = 0

    async def update(self, rig_: Control) -> None:
        total, messages = await rig_.sent(self.seen)
        self.seen = total
        for message in messages:
            channel, text = message["channel"], message["content"]
            self.heard[channel] = time.monotonic()
            if text.startswith("**Question"):
                self.question[channel] = text.split("\n", 1)[1]
            elif "got it in" in text or text.startswith(("⏰", "⏭️", "⏹️")):
                self.question[channel] = None
                won = POINTS.search(text)
                if won and "could not be saved" not in text:
                    self.announced += int(won.group(1))
            # A refused start (the channel still busy) is simply tried again later; one
            # answered with a reaction only (a repeat) is noticed by `stale` below.
            if any(marker in text for marker in (*END_MARKERS, "already running", "Slow down")):
                self.running[channel] = False


async def play(
    rig_: Control, state: Channels, minutes: float, seed: int, memory: Callable[[], list[float]] = lambda: [rss_mib()]
) -> None:
    """One wave: games for `minutes`, then until every game has finished."""
    rng = random.Random(seed)
    answers = {q.text: q.answer for q in load_bank(Settings().questions_path)}
    users: list[int] = rig_.info["users"]
    deadline = time.monotonic() + minutes * 60
    shown = time.monotonic()
    while time.monotonic() < deadline or any(state.running.values()):
        await state.update(rig_)
        for channel, running in state.running.items():
            if running and time.monotonic() - state.heard[channel] > STALE:  # a start answered with ⏳ only
                state.running[channel] = running = False
            if not running and time.monotonic() < deadline:
                state.heard[channel] = time.monotonic()
                state.running[channel] = True
                await rig_.say(channel, rng.choice(users), "!trivia start 5")
            question = state.question[channel]
            if question and time.monotonic() < deadline and rng.random() < 0.15:  # about one try a second
                guess = answers[question] if rng.random() < 0.5 else rng.choice(WRONG)
                await rig_.say(channel, rng.choice(users), guess)
        await asyncio.sleep(0.2)
        if time.monotonic() - shown > 30:
            shown = time.monotonic()
            live = sum(state.running.values())
            print(f"  ... {live} games running, {state.announced:,} points, {_mib(memory())}", flush=True)
    await asyncio.sleep(1)
    await state.update(rig_)


@dataclass
class Memory:
    """The process's memory with every game over: what the OS sees, what Python holds."""

    rss: float  # MiB resident
    blocks: int  # Python objects' memory blocks still allocated
    trimmed: float  # MiB resident once glibc has returned its free memory to the OS

    @classmethod
    def now(cls) -> Memory:
        gc.collect()
        rss = rss_mib()
        return cls(rss, sys.getallocatedblocks(), _trimmed_rss())

    def __str__(self) -> str:
        return f"{self.rss:.1f} MiB ({self.trimmed:.1f} after malloc_trim), {self.blocks:,} blocks"


def _trimmed_rss() -> float:
    """Resident memory after malloc_trim(0): glibc keeps freed memory in its per-thread
    arenas, which looks like growth but is reused; what remains after a trim is held."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mib()


def growth(first: tracemalloc.Snapshot, last: tracemalloc.Snapshot, top: int = 8) -> list[str]:
    """The lines whose live allocations grew most between two snapshots (benchmark code left out)."""
    mine = tracemalloc.Filter(False, __file__), tracemalloc.Filter(False, harness.__file__)
    stats = last.filter_traces(mine).compare_to(first.filter_traces(mine), "lineno")
    return [f"    {s.size_diff / 1024:+9.1f} KiB {s.count_diff:+7,d} blocks  {s.traceback}" for s in stats[:top]]


async def main(guilds: int, channels: int, minutes: float, waves: int, trace: bool) -> None:
    server = ("--guilds", str(guilds), "--channels", str(channels), "--players", "200")
    if trace:
        tracemalloc.start()
    async with rig(*server, round_seconds=8, pause_seconds=1) as rig_:
        await asyncio.sleep(0.5)
        tasks_before, before = len(asyncio.all_tasks()), Memory.now()
        state = Channels(rig_.info["channels"])
        after_wave: list[Memory] = []
        snapshots: list[tracemalloc.Snapshot] = []
        with LagProbe() as probe:
            for wave in range(waves):
                await play(rig_, state, minutes / waves, seed=wave)
                after_wave.append(Memory.now())
                if trace:
                    snapshots.append(tracemalloc.take_snapshot())
                print(f"  wave {wave + 1}/{waves} over: {after_wave[-1]}, {state.announced:,} points", flush=True)
        await asyncio.sleep(0.1)  # let the cancelled probe task finish before counting tasks
        cog = rig_.bot.get_cog("Trivia")
        running = len(cog.sessions) if cog is not None else -1  # type: ignore[attr-defined]
        tasks_after = len(asyncio.all_tasks())
        with sqlite3.connect(rig_.db_path) as db:
            stored, games = db.execute(
                "SELECT (SELECT COALESCE(SUM(points), 0) FROM correct_answers), (SELECT COUNT(*) FROM games)"
            ).fetchone()
    p50, p99 = probe.quantiles()
    print(f"soak: {guilds * channels} channels in {guilds} guilds, {minutes:g} min in {waves} waves, {games:,} games")
    verdict = "equal" if state.announced == stored else "DIFFERENT"
    print(f"  points announced {state.announced:,}, points stored {stored:,}: {verdict}")
    print(f"  games still running after the end: {running}; asyncio tasks before {tasks_before}, after {tasks_after}")
    print(f"  memory before: {before}")
    print("  memory after each wave, every game over:")
    print("\n".join(f"    {n}: {memory}" for n, memory in enumerate(after_wave, 1)))
    print(f"  loop lag over the run: p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    if len(snapshots) >= 3:
        print(f"  allocations that grew from the end of wave 2 to the end of wave {waves}:")
        print("\n".join(growth(snapshots[1], snapshots[-1])))


async def soak_processes(guilds: int, channels: int, minutes: float, waves: int, processes: int, db: str) -> None:
    """The soak with the bot as `processes` processes of one shard each, on one database."""
    server = ("--guilds", str(guilds), "--channels", str(channels), "--players", "200", "--spread", str(processes))
    shards = [str(shard) for shard in range(processes)]
    settings = {"TRIVIA_ROUND_SECONDS": "8", "TRIVIA_PAUSE_SECONDS": "1"}
    async with contextlib.AsyncExitStack() as stack:
        control = await stack.enter_async_context(fake_server(*server))
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        location = db or str(Path(folder) / "soak.db")
        if db == "postgres":
            location = await stack.enter_async_context(postgres_database())
        started = bot_processes(control, processes, shards, location, Path(folder), **settings)
        bots = await stack.enter_async_context(started)
        state = Channels(control.info["channels"])
        memory: list[list[float]] = []
        for wave in range(waves):
            await play(control, state, minutes / waves, wave, lambda: [bot.rss_mib() for bot in bots])
            memory.append([bot.rss_mib() for bot in bots])
            print(f"  wave {wave + 1}/{waves} over: {_mib(memory[-1])}, {state.announced:,} points", flush=True)
        stats = await control.stats()
        for bot in bots:
            await bot.stop()
        stored, games = await _stored(location, control.info["guilds"])
        print(_summary(guilds, channels, minutes, waves, processes, location, bots))
    verdict = "equal" if state.announced == stored else "DIFFERENT"
    print(f"  points announced {state.announced:,}, points stored {stored:,}: {verdict}; {games:,} games")
    print("  resident memory of each process after each wave, every game over:")
    print("\n".join(f"    {n}: {_mib(sizes)}" for n, sizes in enumerate(memory, 1)))
    served = stats["global_rate_limit_violations"], stats["rate_limit_violations"]
    print(f"  429s served by the fake: {served[0]} global, {served[1]} per channel")


async def _stored(location: str, guilds: list[int]) -> tuple[int, int]:
    """The points stored on every server, and the games played, read through the store."""
    async with await store_at(location).open() as store:
        points = 0
        for guild in guilds:
            points += sum(row.points for row in await store.leaderboard(guild, limit=1_000_000))
        games = (await store.row_counts())["games"]
    return points, games


def _mib(sizes: list[float]) -> str:
    return ", ".join(f"{size:.1f} MiB" for size in sizes)


def _summary(
    guilds: int, channels: int, minutes: float, waves: int, processes: int, location: str, bots: list[BotProcess]
) -> str:
    where = "PostgreSQL" if location.startswith("postgres") else "one SQLite file"
    return (
        f"soak: {guilds * channels} channels in {guilds} guilds, {minutes:g} min in {waves} waves, "
        f"{processes} processes of one shard each ({', '.join(bot.name for bot in bots)}) on {where}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--guilds", type=int, default=50)
    parser.add_argument("--channels", type=int, default=10, help="per guild")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--waves", type=int, default=5, help="memory is taken at the end of each")
    parser.add_argument("--trace", action="store_true", help="compare allocations between waves (slower)")
    parser.add_argument("--processes", type=int, default=0, help="N bot processes of one shard each")
    parser.add_argument("--postgres", action="store_true", help="with --processes: on a throwaway PostgreSQL")
    parser.add_argument("--db", default="", help="with --processes: TRIVIA_DB (default: a new SQLite file)")
    args = parser.parse_args()
    if args.processes:
        db = "postgres" if args.postgres else args.db
        asyncio.run(soak_processes(args.guilds, args.channels, args.minutes, args.waves, args.processes, db))
    else:
        asyncio.run(main(args.guilds, args.channels, args.minutes, args.waves, args.trace))
