"""How long a busy server's leaderboards take to read.

    python benchmarks/boards.py [--events 100000] [--players 5000] [--repeat 20]

Fills a score database with `--events` correct answers by `--players` players of
one server, spread over the last eight weeks (and a second server of the same size
beside it), then times what `!trivia leaderboard week|month|all` reads: the first
page, the number of players, and one player's own place. Then again in the same run
with the queries as SQLite plans them without the hint to use the index on (guild,
time, user, points): it would walk every answer of the server in player order.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.store import (
    SqliteDatabase,
    boards,
    period_start,
)

# The end of a Sunday that ends a month (2026-05-31 23:59:59 UTC): the weekly board then
# holds a whole week of answers, one eighth of them, and the monthly one more than half.
NOW = 1_780_271_999.0
WEEKS = 8


def fill(store: SqliteDatabase, events: int, players: int) -> None:
    rng = random.Random(1)
    db = store._db
    db.execute("BEGIN")
    for guild in (1, 2):
        for n in range(events):
            user = rng.randrange(players)
            at = NOW - rng.random() * WEEKS * 7 * 86400
            db.execute(
                "INSERT INTO correct_answers (guild_id, channel_id, game_id, user_id, question_id, points,"
                " answered_at, seconds, streak) VALUES (?, 1, NULL, ?, ?, ?, ?, ?, 1)",
                (guild, user, f"q{n % 75}", rng.randint(1, 13), at, rng.random() * 30),
            )
        db.executemany(
            "INSERT INTO players (guild_id, user_id, name) VALUES (?, ?, ?)",
            [(guild, u, f"player {u}") for u in range(players)],
        )
        db.execute(
            "INSERT INTO player_totals (guild_id, user_id, points, correct)"
            " SELECT guild_id, user_id, SUM(points), COUNT(*) FROM correct_answers WHERE guild_id = ?"
            " GROUP BY user_id",
            (guild,),
        )
    db.execute("COMMIT")
    db.execute("ANALYZE")


def timed(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(store: SqliteDatabase, repeat: int, players: int) -> dict[str, float]:
    figures = {}
    for period in ("week", "month", "all"):
        since = period_start(period, NOW)
        user = players // 2

        def read(since: float | None = since, user: int = user) -> None:
            store.board(1, since, 10)
            store.board_size(1, since)
            store.board_place(1, since, user)

        figures[period] = timed(repeat, read)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--players", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteDatabase.open(Path(folder) / "boards.db")
        fill(store, args.events, args.players)
        indexed = measure(store, args.repeat, args.players)
        boards._SINCE = boards._SINCE.replace("INDEXED BY correct_answers_by_time", "")
        unhinted = measure(store, args.repeat, args.players)
        store.close()
    print(f"boards: {args.events:,} answers by {args.players:,} players in one server (and as many in another),")
    print(f"        over {WEEKS} weeks; page 1 + player count + one player's place, median of {args.repeat}")
    for period, ms in indexed.items():
        print(f"  {period:<6} {ms:8.2f} ms   as SQLite would plan it unhinted: {unhinted[period]:8.2f} ms")


if __name__ == "__main__":
    main()
