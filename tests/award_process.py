"""A process that scores as a bot does: each point saved, then announced (printed).

    python -m tests.award_process LOCATION

Awards points to seven players on the store at LOCATION (a SQLite file or a
PostgreSQL URL), one after another, printing `announced N` once the Nth is saved,
until it is killed (or after 100,000).
"""

from __future__ import annotations

import asyncio
import sys

from bot.core.store import store_at


async def main(location: str) -> None:
    async with await store_at(location).open() as store:
        game = await store.begin_game(1, 1, 0, rounds=100_000)
        for n in range(1, 100_001):
            await store.award(
                guild_id=1, channel_id=1, game_id=game, user_id=n % 7, name=f"p{n % 7}", question_id=f"q{n}",
                points=1 + n % 5,
            )  # fmt: skip
            print(f"announced {n}", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
