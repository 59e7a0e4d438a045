"""The store: what the bot keeps, behind one async interface whatever the backend.

Every method the game, boards, settings and reports use is a coroutine of `Store`;
a backend (SqliteStore, on a file; see sqlite.py) implements them all. A write returns
only once it is durable: a point is committed before the game announces it. A backend
that cannot be reached raises StoreUnavailable (a game plays on, and says the point
could not be saved); one that cannot be used at all raises StoreError when it opens.

A store is opened and closed in one place: `async with await store_at(...).open()`,
or `open()` then `close()`.

`copy_store` copies every table of one store into another, whatever their backends
(`python -m bot db copy`), through three methods every backend has: `row_counts`,
`dump` (every row, from one snapshot) and `load` (every row, in one transaction).
"""

from __future__ import annotations

import abc
import contextlib
from collections.abc import AsyncGenerator, AsyncIterable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from .records import BoardRow, PlayerStats, Profile
from .schema import TABLES

# What `dump` yields and `load` takes: a table's name and some of its rows, each a
# tuple of the table's columns in the order TABLES gives them.
Batch = tuple[str, list[tuple[Any, ...]]]


class StoreError(Exception):
    """The database cannot be used at all (for example it was made by a newer version)."""


class DestinationNotEmpty(StoreError):
    """A copy would overwrite a store that already holds data."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        held = ", ".join(f"{table}: {rows:,}" for table, rows in counts.items())
        super().__init__(f"the destination already holds data ({held})")


class Store(abc.ABC):
    """Scores, answers, games, settings, the rotation and reports of every server."""

    @abc.abstractmethod
    async def open(self) -> Self:
        """Connect, creating or migrating the schema; raise StoreError if that cannot be done."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Close the connection; the store is not used again."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.close()

    @abc.abstractmethod
    async def begin_game(
        self, guild_id: int, channel_id: int, started_by: int, rounds: int, at: float | None = None
    ) -> int:
        """Record that a game started; its id."""

    @abc.abstractmethod
    async def end_game(self, game_id: int, participants: Iterable[int], at: float | None = None) -> None:
        """Record that a game ended, and count it once for each player who took part."""

    @abc.abstractmethod
    async def award(
        self,
        *,
        guild_id: int,
        channel_id: int,
        game_id: int | None,
        user_id: int,
        name: str,
        question_id: str,
        points: int,
        at: float | None = None,
        seconds: float | None = None,
        streak: int | None = None,
    ) -> PlayerStats:
        """Record a correct answer durably and return the player's new totals."""

    @abc.abstractmethod
    async def leaderboard(self, guild_id: int, limit: int = 10) -> list[PlayerStats]:
        """The server's players with the most points, best first."""

    @abc.abstractmethod
    async def stats(self, guild_id: int, user_id: int) -> PlayerStats | None:
        """A player's totals on a server; None if they have never scored there."""

    @abc.abstractmethod
    async def player_count(self, guild_id: int) -> int:
        """How many players have scored on this server (for "rank 3 of 41")."""

    @abc.abstractmethod
    async def asked(self, guild_id: int) -> set[str]:
        """The questions this server has been asked since its rotation last started over."""

    @abc.abstractmethod
    async def mark_asked(self, guild_id: int, question_id: str, at: float | None = None) -> None:
        """Remember that the server has been asked this question (the rotation)."""

    @abc.abstractmethod
    async def forget_asked(self, guild_id: int, question_ids: Iterable[str]) -> None:
        """Start the rotation over for these questions."""

    @abc.abstractmethod
    async def settings(self, guild_id: int) -> dict[str, str]:
        """A server's changed settings, as stored text (see core.server_settings)."""

    @abc.abstractmethod
    async def set_setting(self, guild_id: int, name: str, value: str | None) -> None:
        """Store a setting's value, or forget it (None: back to the default)."""

    @abc.abstractmethod
    async def get_meta(self, key: str) -> str | None:
        """A value the bot keeps for itself (such as the hash of the synced commands)."""

    @abc.abstractmethod
    async def set_meta(self, key: str, value: str) -> None:
        """Keep a value for the bot itself."""

    @abc.abstractmethod
    async def board(self, guild_id: int, since: float | None, limit: int = 10, offset: int = 0) -> list[BoardRow]:
        """A page of the server's board since `since` (None: all time)."""

    @abc.abstractmethod
    async def board_size(self, guild_id: int, since: float | None) -> int:
        """How many players have scored on the server since `since` (None: all time)."""

    @abc.abstractmethod
    async def board_place(self, guild_id: int, since: float | None, user_id: int) -> BoardRow | None:
        """A player's row of the board since `since`; None if they have not scored then."""

    @abc.abstractmethod
    async def profile(self, guild_id: int, user_id: int) -> Profile | None:
        """A player's profile on a server (for stats); None if they have never scored there."""

    @abc.abstractmethod
    async def add_report(
        self, guild_id: int, question_id: str, reporter: int, reason: str, at: float | None = None
    ) -> None:
        """Record a player's report of a question."""

    @abc.abstractmethod
    async def open_reports(self, guild_id: int) -> list[tuple[str, str, int]]:
        """(question id, reason, how many) of the open reports, most reported questions first."""

    @abc.abstractmethod
    async def close_reports(self, guild_id: int, question_id: str) -> int:
        """Close a question's open reports; how many there were."""

    @abc.abstractmethod
    async def backup(self, target: str | Path) -> None:
        """A consistent copy of the live database, safe while games are running."""

    @abc.abstractmethod
    async def row_counts(self) -> dict[str, int]:
        """How many rows each table (TABLES) holds."""

    @abc.abstractmethod
    def dump(self, batch: int = 5000) -> AsyncGenerator[Batch]:
        """Every row of every table, in TABLES' order and a batch at a time, all read
        from one snapshot of the database (consistent even while games write)."""

    @abc.abstractmethod
    async def load(self, batches: AsyncIterable[Batch]) -> None:
        """In one transaction: empty every table, then add the rows of `batches`, ids
        included, so that the ids given next follow the highest ones loaded."""


async def copy_store(source: Store, destination: Store, replace: bool = False) -> dict[str, int]:
    """Copy every table of `source` into `destination` and check the copy: the rows
    each table of the destination holds afterwards are the rows read, and the source
    still holds as many (it did not change meanwhile). Returns the rows per table.

    A destination that already holds data is refused (DestinationNotEmpty) unless
    `replace`; then its data is replaced, in the same transaction as the copy.
    """
    held = {table: rows for table, rows in (await destination.row_counts()).items() if rows}
    if held and not replace:
        raise DestinationNotEmpty(held)
    copied = dict.fromkeys(TABLES, 0)

    async def counted() -> AsyncGenerator[Batch]:
        async with contextlib.aclosing(source.dump()) as batches:
            async for table, rows in batches:
                copied[table] += len(rows)
                yield table, rows

    await destination.load(counted())
    landed = await destination.row_counts()
    if landed != copied:
        raise StoreError(f"the copy failed its check: read {_counts(copied)}; the destination holds {_counts(landed)}")
    now = await source.row_counts()
    if now != copied:
        raise StoreError(
            f"the source changed during the copy (it holds {_counts(now)}, {_counts(copied)} were copied): "
            "stop the bot and copy again"
        )
    return copied


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{table} {rows:,}" for table, rows in counts.items())
