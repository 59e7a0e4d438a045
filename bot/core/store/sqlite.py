"""The store on SQLite, the default backend.

Each correct answer is an event row (who, where, which question, when), committed
with `synchronous=FULL` before the game announces it, so a point that players saw
announced survives a crash or `kill -9`. Totals are derived from the events, which
leaves room for later features (streaks, points that decay, richer stats) without
a migration of stored totals.

`SqliteDatabase` is plain blocking sqlite3; `SqliteStore` offers it as the async
`Store` interface, running every call on one dedicated worker thread so the event loop
never waits on the disk.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
import time
from collections.abc import AsyncGenerator, AsyncIterable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from ..errors import StoreUnavailable
from . import boards, sql
from .records import BoardRow, PlayerStats, Profile
from .schema import SCHEMA_VERSION, TABLES, statements
from .store import Batch, Store, StoreError


class SqliteDatabase:
    """Blocking access to the score database; one instance per thread."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    @classmethod
    def open(cls, path: str | Path, busy_timeout: float = 5.0) -> SqliteDatabase:
        """Open (creating or migrating) the database at `path`.

        `busy_timeout` is how long a write waits for another process's lock (a backup
        tool, say) before it gives up with an error instead of hanging a game.
        """
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(path), isolation_level=None, timeout=busy_timeout)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the score database {path}: {error}") from error
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            _migrate(db)
        except sqlite3.Error as error:
            db.close()
            raise StoreError(f"cannot use the score database {path}: {error}") from error
        except BaseException:
            db.close()
            raise
        return cls(db)

    def close(self) -> None:
        self._db.close()

    def begin_game(self, guild_id: int, channel_id: int, started_by: int, rounds: int, at: float | None = None) -> int:
        with _transaction(self._db):
            cursor = self._db.execute(sql.BEGIN_GAME, (guild_id, channel_id, started_by, rounds, at or time.time()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def end_game(self, game_id: int, participants: Iterable[int], at: float | None = None) -> None:
        with _transaction(self._db):
            self._db.execute(sql.END_GAME, (at or time.time(), game_id))
            (guild_id,) = self._db.execute(sql.GAME_GUILD, (game_id,)).fetchone()
            for user_id in participants:
                self._join_game(guild_id, game_id, user_id)

    def award(
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
        with _transaction(self._db):
            self._db.execute(
                sql.ADD_ANSWER,
                (guild_id, channel_id, game_id, user_id, question_id, points, at or time.time(), seconds, streak),
            )
            self._db.execute(sql.NAME_PLAYER, (guild_id, user_id, name))
            if game_id is not None:
                self._join_game(guild_id, game_id, user_id)
            self._db.execute(sql.ADD_POINTS, (guild_id, user_id, points))
            stats = self.stats(guild_id, user_id)
        assert stats is not None
        return stats

    def _join_game(self, guild_id: int, game_id: int, user_id: int) -> None:
        """Count a game once per player, however often they score in it."""
        if self._db.execute(sql.JOIN_GAME, (game_id, user_id)).rowcount == 1:
            self._db.execute(sql.COUNT_GAME, (guild_id, user_id))

    def leaderboard(self, guild_id: int, limit: int = 10) -> list[PlayerStats]:
        return [PlayerStats(*row) for row in self._db.execute(sql.LEADERBOARD, (guild_id, limit)).fetchall()]

    def stats(self, guild_id: int, user_id: int) -> PlayerStats | None:
        """A player's totals on a server; None if they have never scored there."""
        row = self._db.execute(sql.STATS, (guild_id, user_id)).fetchone()
        return PlayerStats(*row) if row else None

    def player_count(self, guild_id: int) -> int:
        """How many players have scored on this server (for "rank 3 of 41")."""
        return int(self._db.execute(sql.PLAYER_COUNT, (guild_id,)).fetchone()[0])

    def asked(self, guild_id: int) -> set[str]:
        """The questions this server has been asked since its rotation last started over."""
        return {row[0] for row in self._db.execute(sql.ASKED, (guild_id,)).fetchall()}

    def mark_asked(self, guild_id: int, question_id: str, at: float | None = None) -> None:
        with _transaction(self._db):
            self._db.execute(sql.MARK_ASKED, (guild_id, question_id, at or time.time()))

    def forget_asked(self, guild_id: int, question_ids: Iterable[str]) -> None:
        """Start the rotation over for these questions."""
        with _transaction(self._db):
            self._db.executemany(sql.FORGET_ASKED, [(guild_id, q) for q in question_ids])

    def settings(self, guild_id: int) -> dict[str, str]:
        """A server's changed settings, as stored text (see core.server_settings)."""
        return dict(self._db.execute(sql.SETTINGS, (guild_id,)).fetchall())

    def set_setting(self, guild_id: int, name: str, value: str | None) -> None:
        """Store a setting's value, or forget it (None: back to the default)."""
        with _transaction(self._db):
            if value is None:
                self._db.execute(sql.FORGET_SETTING, (guild_id, name))
            else:
                self._db.execute(sql.SET_SETTING, (guild_id, name, value))

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute(sql.GET_META, (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with _transaction(self._db):
            self._db.execute(sql.SET_META, (key, value))

    def board(self, guild_id: int, since: float | None, limit: int = 10, offset: int = 0) -> list[BoardRow]:
        """A page of the server's board since `since` (None: all time)."""
        return boards.board_rows(self._db.execute(*boards.board(guild_id, since, limit, offset)).fetchall())

    def board_size(self, guild_id: int, since: float | None) -> int:
        return int(self._db.execute(*boards.board_size(guild_id, since)).fetchone()[0])

    def board_place(self, guild_id: int, since: float | None, user_id: int) -> BoardRow | None:
        return next(iter(boards.board_rows(self._db.execute(*boards.board_place(guild_id, since, user_id)))), None)

    def profile(self, guild_id: int, user_id: int) -> Profile | None:
        totals, answered = boards.profile(guild_id, user_id)
        row = self._db.execute(*totals).fetchone()
        return None if row is None else boards.profile_of(row, self._db.execute(*answered).fetchall())

    def add_report(self, guild_id: int, question_id: str, reporter: int, reason: str, at: float | None = None) -> None:
        with _transaction(self._db):
            self._db.execute(sql.ADD_REPORT, (guild_id, question_id, reporter, reason, at or time.time()))

    def open_reports(self, guild_id: int) -> list[tuple[str, str, int]]:
        """(question id, reason, how many) of the open reports, most reported questions first."""
        return self._db.execute(sql.OPEN_REPORTS, (guild_id,)).fetchall()

    def close_reports(self, guild_id: int, question_id: str) -> int:
        """Close a question's open reports; how many there were."""
        with _transaction(self._db):
            cursor = self._db.execute(sql.CLOSE_REPORTS, (guild_id, question_id))
        return cursor.rowcount

    def backup(self, target: str | Path) -> None:
        """A consistent copy of the live database, safe while games are running."""
        copy = sqlite3.connect(str(target))
        try:
            self._db.backup(copy)
        finally:
            copy.close()

    def row_counts(self) -> dict[str, int]:
        return {table: int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]) for table in TABLES}

    def begin_load(self) -> None:
        """Start the transaction of a load, and empty every table in it (those referring to others first)."""
        self._db.execute("BEGIN IMMEDIATE")
        for table in reversed(TABLES):
            self._db.execute(f"DELETE FROM {table}")

    def load_rows(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        columns = TABLES[table]
        marks = ", ".join("?" for _ in columns)
        self._db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def end_load(self, keep: bool) -> None:
        """Commit the load, or roll it back."""
        if keep:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:
            self._db.execute("ROLLBACK")


def _migrate(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {version}, newer than this bot's {SCHEMA_VERSION}; "
            "upgrade the bot or point TRIVIA_DB at another file"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with _transaction(db):
            for statement in statements(target):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error.

    IMMEDIATE takes the write lock up front, so a busy database fails fast at BEGIN
    (after the busy timeout) instead of half-way through.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            try:
                self._db.execute("COMMIT")
            except BaseException:
                self._rollback()  # or the next BEGIN fails: a transaction within a transaction
                raise
        else:
            self._rollback()

    def _rollback(self) -> None:
        if self._db.in_transaction:
            # SQLite has already rolled back after some errors (a full disk, say); a
            # second ROLLBACK would fail and hide the error that says why.
            self._db.execute("ROLLBACK")


T = TypeVar("T")


class SqliteStore(Store):
    """The Store on a SQLite file: every call runs on one worker thread.

    One thread, not a pool: sqlite3 connections belong to the thread that made them,
    and serialising writes here is what SQLite does anyway.
    """

    def __init__(self, path: str | Path, busy_timeout: float = 5.0) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="trivia-db")
        self._db: SqliteDatabase | None = None

    async def open(self) -> SqliteStore:
        self._db = await self._submit(SqliteDatabase.open, self.path, self.busy_timeout)
        return self

    async def close(self) -> None:
        if self._db is not None:
            await self._submit(self._db.close)
            self._db = None
        self._executor.shutdown(wait=True)

    async def run(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call `SqliteDatabase.<method>` on the worker thread; sqlite errors become StoreUnavailable."""
        db = self._db
        if db is None:
            raise StoreUnavailable("the database is not open")
        try:
            return await self._submit(method, db, *args, **kwargs)
        except sqlite3.Error as error:
            raise StoreUnavailable(str(error)) from error

    async def _submit(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    async def begin_game(
        self, guild_id: int, channel_id: int, started_by: int, rounds: int, at: float | None = None
    ) -> int:
        return await self.run(SqliteDatabase.begin_game, guild_id, channel_id, started_by, rounds, at)

    async def end_game(self, game_id: int, participants: Iterable[int], at: float | None = None) -> None:
        await self.run(SqliteDatabase.end_game, game_id, participants, at)

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
        return await self.run(
            SqliteDatabase.award, guild_id=guild_id, channel_id=channel_id, game_id=game_id, user_id=user_id,
            name=name, question_id=question_id, points=points, at=at, seconds=seconds, streak=streak,
        )  # fmt: skip

    async def leaderboard(self, guild_id: int, limit: int = 10) -> list[PlayerStats]:
        return await self.run(SqliteDatabase.leaderboard, guild_id, limit)

    async def stats(self, guild_id: int, user_id: int) -> PlayerStats | None:
        return await self.run(SqliteDatabase.stats, guild_id, user_id)

    async def player_count(self, guild_id: int) -> int:
        return await self.run(SqliteDatabase.player_count, guild_id)

    async def asked(self, guild_id: int) -> set[str]:
        return await self.run(SqliteDatabase.asked, guild_id)

    async def mark_asked(self, guild_id: int, question_id: str, at: float | None = None) -> None:
        await self.run(SqliteDatabase.mark_asked, guild_id, question_id, at)

    async def forget_asked(self, guild_id: int, question_ids: Iterable[str]) -> None:
        await self.run(SqliteDatabase.forget_asked, guild_id, question_ids)

    async def settings(self, guild_id: int) -> dict[str, str]:
        return await self.run(SqliteDatabase.settings, guild_id)

    async def set_setting(self, guild_id: int, name: str, value: str | None) -> None:
        await self.run(SqliteDatabase.set_setting, guild_id, name, value)

    async def get_meta(self, key: str) -> str | None:
        return await self.run(SqliteDatabase.get_meta, key)

    async def set_meta(self, key: str, value: str) -> None:
        await self.run(SqliteDatabase.set_meta, key, value)

    async def board(self, guild_id: int, since: float | None, limit: int = 10, offset: int = 0) -> list[BoardRow]:
        return await self.run(SqliteDatabase.board, guild_id, since, limit, offset)

    async def board_size(self, guild_id: int, since: float | None) -> int:
        return await self.run(SqliteDatabase.board_size, guild_id, since)

    async def board_place(self, guild_id: int, since: float | None, user_id: int) -> BoardRow | None:
        return await self.run(SqliteDatabase.board_place, guild_id, since, user_id)

    async def profile(self, guild_id: int, user_id: int) -> Profile | None:
        return await self.run(SqliteDatabase.profile, guild_id, user_id)

    async def add_report(
        self, guild_id: int, question_id: str, reporter: int, reason: str, at: float | None = None
    ) -> None:
        await self.run(SqliteDatabase.add_report, guild_id, question_id, reporter, reason, at)

    async def open_reports(self, guild_id: int) -> list[tuple[str, str, int]]:
        return await self.run(SqliteDatabase.open_reports, guild_id)

    async def close_reports(self, guild_id: int, question_id: str) -> int:
        return await self.run(SqliteDatabase.close_reports, guild_id, question_id)

    async def backup(self, target: str | Path) -> None:
        await self.run(SqliteDatabase.backup, target)

    async def row_counts(self) -> dict[str, int]:
        return await self.run(SqliteDatabase.row_counts)

    async def dump(self, batch: int = 5000) -> AsyncGenerator[Batch]:
        """Read on a connection of its own, in one read transaction: one snapshot of the file."""
        reader = await self._submit(_snapshot, self.path)
        try:
            for table, columns in TABLES.items():
                cursor = await self._submit(reader.execute, f"SELECT {', '.join(columns)} FROM {table}")
                while rows := await self._submit(cursor.fetchmany, batch):
                    yield table, rows
        except sqlite3.Error as error:
            raise StoreUnavailable(str(error)) from error
        finally:
            await self._submit(reader.close)

    async def load(self, batches: AsyncIterable[Batch]) -> None:
        await self.run(SqliteDatabase.begin_load)
        keep = False
        try:
            async for table, rows in batches:
                await self.run(SqliteDatabase.load_rows, table, rows)
            keep = True
        finally:
            await self.run(SqliteDatabase.end_load, keep)


def _snapshot(path: str | Path) -> sqlite3.Connection:
    """A connection reading the file in one transaction, which sees one state of it throughout."""
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    return reader
