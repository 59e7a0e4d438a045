"""The store on SQLite and on PostgreSQL, side by side in one run.

    python benchmarks/store.py [--answers 100000] [--players 5000] [--awards 2000] [--games 20]
                               [--repeat 10] [--url postgresql://...] [--quick]

Fills a SQLite file with `--answers` right answers by `--players` players of one
server over the last eight weeks (and a second server as big beside it) through the
store's own bulk load, copies it to PostgreSQL with `copy_store` (what `python -m bot
db copy` does), then on each backend times:

* the leaderboards: what `!trivia leaderboard week|month|all` reads (the first page,
  the number of players, one player's place), the median of `--repeat`;
* awards per second: `--awards` points saved (each committed, durably, before it
  returns) by one game at a time, then by `--games` games at once (each its own
  server, as many processes' games would be).

PostgreSQL is a throwaway server started for the run (tests/postgres_server.py) with
its durable defaults (fsync on, synchronous commit), like SQLite's `synchronous=FULL`,
or the server at `--url` (an empty database). `--quick` is a small run for CI.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.store import TABLES, Batch, Store, copy_store, period_start, store_at
from tests.postgres_server import PostgresServer

# The end of a Sunday that ends a month (2026-05-31 23:59:59 UTC): the weekly board then
# holds a whole week of answers, one eighth of them, and the monthly one more than half.
NOW = 1_780_271_999.0
WEEKS = 8
BATCH = 10_000


async def answers(count: int, players: int) -> AsyncIterator[Batch]:
    """Two servers' answers, players and totals, as `Store.load` takes them."""
    rng = random.Random(1)
    rows: list[tuple[object, ...]] = []
    totals: dict[tuple[int, int], list[int]] = {}
    for n in range(1, 2 * count + 1):
        guild, user, points = 1 + (n > count), rng.randrange(players), rng.randint(1, 13)
        at = NOW - rng.random() * WEEKS * 7 * 86400
        rows.append((n, guild, 1, None, user, f"q{n % 75}", points, at, rng.random() * 30, 1))
        total = totals.setdefault((guild, user), [0, 0])
        total[0] += points
        total[1] += 1
        if len(rows) == BATCH or n == 2 * count:
            yield "correct_answers", rows
            rows = []
    yield "players", [(guild, user, f"player {user}") for guild, user in totals]
    yield "player_totals", [(guild, user, points, correct, 0) for (guild, user), (points, correct) in totals.items()]


async def analyse(location: str | Path) -> None:
    """Statistics for the planners, as a database in use has them (autovacuum, ANALYZE)."""
    if isinstance(location, Path):
        with sqlite3.connect(location) as db:
            db.execute("ANALYZE")
        return
    connection = await asyncpg.connect(location)
    try:
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


async def timed(repeat: int, work: Callable[[], Awaitable[object]]) -> float:
    """The median of `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        await work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


async def boards(store: Store, repeat: int, players: int) -> dict[str, float]:
    figures = {}
    for period in ("week", "month", "all"):
        since = period_start(period, NOW)

        async def read(since: float | None = since) -> None:
            await store.board(1, since, 10)
            await store.board_size(1, since)
            await store.board_place(1, since, players // 2)

        figures[period] = await timed(repeat, read)
    return figures


async def awards(store: Store, count: int, games: int) -> dict[str, float]:
    """Awards per second by one game, then by `games` at once (servers 10, 11, ...)."""

    async def game(guild: int, many: int) -> None:
        for n in range(many):
            await store.award(
                guild_id=guild, channel_id=1, game_id=None, user_id=n % 50, name=f"p{n % 50}",
                question_id=f"q{n}", points=10, at=NOW,
            )  # fmt: skip

    start = time.perf_counter()
    await game(10, count)
    one = count / (time.perf_counter() - start)
    start = time.perf_counter()
    await asyncio.gather(*(game(11 + g, count // games) for g in range(games)))
    together = games * (count // games) / (time.perf_counter() - start)
    return {"one game": one, f"{games} games": together}


async def run(args: argparse.Namespace, url: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sqlite_file = Path(folder) / "store.db"
        figures: dict[str, dict[str, float]] = {}
        async with await store_at(sqlite_file).open() as sqlite, await store_at(url).open() as postgres:
            start = time.perf_counter()
            await sqlite.load(answers(args.answers, args.players))
            loaded = time.perf_counter() - start
            start = time.perf_counter()
            copied = await copy_store(sqlite, postgres)
            copy_seconds = time.perf_counter() - start
            for location in (sqlite_file, url):
                await analyse(location)
            for name, store in (("SQLite", sqlite), ("PostgreSQL", postgres)):
                figures[name] = await boards(store, args.repeat, args.players)
            for name, store in (("SQLite", sqlite), ("PostgreSQL", postgres)):
                figures[name] |= await awards(store, args.awards, args.games)
    rows = sum(copied.values())
    print(f"store: {args.answers:,} answers by {args.players:,} players in one server (and as many in another),")
    print(f"       over {WEEKS} weeks; boards: page 1 + player count + one player's place, median of {args.repeat}")
    print(f"  loaded into SQLite in {loaded:.2f} s; copied to PostgreSQL (db copy: {rows:,} rows in {len(TABLES)}")
    print(f"  tables, checked) in {copy_seconds:.2f} s")
    print(f"  {'':<22} {'SQLite':>12} {'PostgreSQL':>12} {'PostgreSQL/SQLite':>18}")
    for key in figures["SQLite"]:
        lite, pg = figures["SQLite"][key], figures["PostgreSQL"][key]
        unit = "awards/s" if "game" in key else "ms"
        label = f"{key} board" if unit == "ms" else f"awards/s, {key}"
        print(f"  {label:<22} {lite:>12,.2f} {pg:>12,.2f} {pg / lite:>17.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--players", type=int, default=5_000)
    parser.add_argument("--awards", type=int, default=2_000)
    parser.add_argument("--games", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--url", default=None, help="an empty PostgreSQL database (default: a throwaway server)")
    parser.add_argument("--quick", action="store_true", help="a small run: it must run, its figures are rough")
    args = parser.parse_args()
    if args.quick:
        args.answers, args.players, args.awards, args.games, args.repeat = 10_000, 1_000, 200, 10, 3
    if args.url is not None:
        asyncio.run(run(args, args.url))
        return
    try:
        server = PostgresServer.start(durable=True)
    except RuntimeError as error:
        sys.exit(f"error: {error}; install PostgreSQL (Debian: apt-get install postgresql) or give --url")
    try:
        asyncio.run(run(args, asyncio.run(server.new_database())))
    finally:
        server.close()


if __name__ == "__main__":
    main()
