"""The store on PostgreSQL, for several bot processes sharing one database.

asyncpg, with a pool of connections: the calls run on the event loop, never block it,
and a process's games write at once on as many connections as the pool holds. Each
write is one transaction, committed (durable on the server, as PostgreSQL commits by
default) before the call returns: a point is saved before the game announces it,
whatever then happens to the bot's process. Two processes adding points to the same
player add up: the totals are updated in place (`points = points + excluded.points`),
which PostgreSQL serialises per row; a transaction PostgreSQL rolled back to break a
deadlock is tried again, whole.

A server that cannot be reached, or that goes away (restarted, say), raises
StoreUnavailable; the pool connects again on the next call, so saving resumes on its
own once the server is back. The schema is created and migrated at start-up, one
process at a time (an advisory lock), to the versions of schema.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from ..errors import StoreUnavailable
from . import boards, sql
from .records import BoardRow, PlayerStats, Profile
from .schema import SCHEMA_VERSION, TABLES, statements
from .sqlite import SqliteStore
from .store import Batch, Store, StoreError

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

    Connection = PoolConnectionProxy[asyncpg.Record]

T = TypeVar("T")
_MIGRATION_LOCK = 0x7472_6976_6961  # "trivia": the advisory lock a migrating process holds
_RETRIED = (asyncpg.DeadlockDetectedError, asyncpg.SerializationError)
_TRIES = 3

# An award in one statement, so in one round trip and one transaction: what SQLite's
# store does in five (sql.ADD_ANSWER, NAME_PLAYER, JOIN_GAME, COUNT_GAME, ADD_POINTS,
# then STATS), with PostgreSQL's data-modifying WITH. The game counts once per player
# (`joined` holds a row only the first time they score in it); the rank counts the
# players with more points, as the statement found them (this player's own row is the
# only one it changes). Parameters: guild, channel, game, user, name, question,
# points, time, seconds, streak.
_AWARD = """
    WITH answer AS (
        INSERT INTO correct_answers (guild_id, channel_id, game_id, user_id, question_id, points,
                                     answered_at, seconds, streak)
        VALUES ($1, $2, $3, $4, $6, $7, $8, $9, $10)
    ), player AS (
        INSERT INTO players (guild_id, user_id, name) VALUES ($1, $4, $5)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET name = excluded.name
    ), joined AS (
        INSERT INTO game_players (game_id, user_id) SELECT $3, $4 WHERE $3::BIGINT IS NOT NULL
        ON CONFLICT DO NOTHING RETURNING game_id
    ), totals AS (
        INSERT INTO player_totals (guild_id, user_id, points, correct, games)
        VALUES ($1, $4, $7, 1, (SELECT COUNT(*) FROM joined))
        ON CONFLICT (guild_id, user_id) DO UPDATE SET points = player_totals.points + excluded.points,
            correct = player_totals.correct + 1, games = player_totals.games + excluded.games
        RETURNING points, correct, games
    )
    SELECT $4::BIGINT, $5::TEXT, t.points, t.correct, t.games,
           1 + (SELECT COUNT(*) FROM player_totals o WHERE o.guild_id = $1 AND o.points > t.points)
    FROM totals t
"""


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)))


def _cause(error: BaseException) -> str:
    """What went wrong, as the players' message repeats it."""
    if isinstance(error, OSError | TimeoutError):
        return "the database server cannot be reached"
    if isinstance(error, asyncpg.ConnectionDoesNotExistError | asyncpg.InterfaceError):
        return "the connection to the database server was lost"
    return str(error)


@contextlib.contextmanager
def _unavailable() -> Iterator[None]:
    """The driver's errors as StoreUnavailable."""
    try:
        yield
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
        raise StoreUnavailable(_cause(error)) from error


class PostgresStore(Store):
    """The Store on a PostgreSQL database, given as a postgresql:// URL (TRIVIA_DB).

    `timeout` bounds a connection attempt and each statement (seconds), so a server
    that does not answer fails a call instead of hanging a game; `pool_size` is the
    most connections this process opens.
    """

    def __init__(self, url: str, timeout: float = 5.0, pool_size: int = 10) -> None:
        self.url = url
        self.timeout = timeout
        self.pool_size = pool_size
        self._pool: asyncpg.Pool[asyncpg.Record] | None = None

    async def open(self) -> PostgresStore:
        try:
            self._pool = await asyncpg.create_pool(
                self.url, min_size=0, max_size=self.pool_size, timeout=self.timeout, command_timeout=self.timeout
            )
            async with self._pool.acquire(timeout=self.timeout) as connection:
                await _migrate(connection)
        except (OSError, TimeoutError, ValueError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            await self.close()
            detail = _cause(error) if isinstance(error, OSError | TimeoutError) else str(error)
            raise StoreError(f"cannot use the PostgreSQL database {redacted(self.url)}: {detail}") from error
        except BaseException:
            await self.close()
            raise
        return self

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    @contextlib.asynccontextmanager
    async def _connection(self) -> AsyncIterator[Connection]:
        if self._pool is None:
            raise StoreUnavailable("the database is not open")
        async with self._pool.acquire(timeout=self.timeout) as connection:
            yield connection

    async def _write(self, work: Callable[[Connection], Awaitable[T]], transaction: bool = True) -> T:
        """Run `work` in one transaction, committed when it returns (without `transaction`:
        `work` is one statement, a transaction of its own)."""
        for attempt in range(1, _TRIES + 1):
            try:
                with _unavailable():
                    async with self._connection() as connection:
                        if not transaction:
                            return await work(connection)
                        async with connection.transaction():
                            return await work(connection)
            except StoreUnavailable as error:
                if not isinstance(error.__cause__, _RETRIED) or attempt == _TRIES:
                    raise
        raise AssertionError("unreachable")

    async def _rows(self, statement: str, *args: Any) -> list[asyncpg.Record]:
        with _unavailable():
            async with self._connection() as connection:
                return await connection.fetch(sql.postgres(statement), *args)

    async def _row(self, statement: str, *args: Any) -> asyncpg.Record | None:
        rows = await self._rows(statement, *args)
        return rows[0] if rows else None

    async def begin_game(
        self, guild_id: int, channel_id: int, started_by: int, rounds: int, at: float | None = None
    ) -> int:
        row = await self._row(f"{sql.BEGIN_GAME} RETURNING id", guild_id, channel_id, started_by, rounds, _now(at))
        assert row is not None
        return int(row[0])

    async def end_game(self, game_id: int, participants: Iterable[int], at: float | None = None) -> None:
        players = list(participants)

        async def work(connection: Connection) -> None:
            guild_id = await connection.fetchval(sql.postgres(f"{sql.END_GAME} RETURNING guild_id"), _now(at), game_id)
            for user_id in sorted(players):  # one order for every writer: no deadlock between two
                await _join_game(connection, guild_id, game_id, user_id)

        await self._write(work)

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
        answer = (guild_id, channel_id, game_id, user_id, name, question_id, points, _now(at), seconds, streak)

        async def work(connection: Connection) -> PlayerStats:
            stats = await connection.fetchrow(_AWARD, *answer)
            assert stats is not None
            return PlayerStats(*stats)

        return await self._write(work, transaction=False)

    async def leaderboard(self, guild_id: int, limit: int = 10) -> list[PlayerStats]:
        return [PlayerStats(*row) for row in await self._rows(sql.LEADERBOARD, guild_id, limit)]

    async def stats(self, guild_id: int, user_id: int) -> PlayerStats | None:
        row = await self._row(sql.STATS, guild_id, user_id)
        return PlayerStats(*row) if row else None

    async def player_count(self, guild_id: int) -> int:
        row = await self._row(sql.PLAYER_COUNT, guild_id)
        return int(row[0]) if row else 0

    async def asked(self, guild_id: int) -> set[str]:
        return {row[0] for row in await self._rows(sql.ASKED, guild_id)}

    async def mark_asked(self, guild_id: int, question_id: str, at: float | None = None) -> None:
        await self._execute(sql.MARK_ASKED, guild_id, question_id, _now(at))

    async def forget_asked(self, guild_id: int, question_ids: Iterable[str]) -> None:
        forgotten = [(guild_id, q) for q in question_ids]

        async def work(connection: Connection) -> None:
            await connection.executemany(sql.postgres(sql.FORGET_ASKED), forgotten)

        await self._write(work)

    async def settings(self, guild_id: int) -> dict[str, str]:
        return {name: value for name, value in await self._rows(sql.SETTINGS, guild_id)}

    async def set_setting(self, guild_id: int, name: str, value: str | None) -> None:
        if value is None:
            await self._execute(sql.FORGET_SETTING, guild_id, name)
        else:
            await self._execute(sql.SET_SETTING, guild_id, name, value)

    async def get_meta(self, key: str) -> str | None:
        row = await self._row(sql.GET_META, key)
        return None if row is None else str(row[0])

    async def set_meta(self, key: str, value: str) -> None:
        await self._execute(sql.SET_META, key, value)

    async def board(self, guild_id: int, since: float | None, limit: int = 10, offset: int = 0) -> list[BoardRow]:
        return boards.board_rows(await self._rows(*_spread(boards.board(guild_id, since, limit, offset))))

    async def board_size(self, guild_id: int, since: float | None) -> int:
        row = await self._row(*_spread(boards.board_size(guild_id, since)))
        return int(row[0]) if row else 0

    async def board_place(self, guild_id: int, since: float | None, user_id: int) -> BoardRow | None:
        rows = boards.board_rows(await self._rows(*_spread(boards.board_place(guild_id, since, user_id))))
        return rows[0] if rows else None

    async def profile(self, guild_id: int, user_id: int) -> Profile | None:
        totals, answered = boards.profile(guild_id, user_id)
        row = await self._row(*_spread(totals))
        return None if row is None else boards.profile_of(row, await self._rows(*_spread(answered)))

    async def add_report(
        self, guild_id: int, question_id: str, reporter: int, reason: str, at: float | None = None
    ) -> None:
        await self._execute(sql.ADD_REPORT, guild_id, question_id, reporter, reason, _now(at))

    async def open_reports(self, guild_id: int) -> list[tuple[str, str, int]]:
        return [(question, reason, count) for question, reason, count in await self._rows(sql.OPEN_REPORTS, guild_id)]

    async def close_reports(self, guild_id: int, question_id: str) -> int:
        return sql.changed_rows(await self._execute(sql.CLOSE_REPORTS, guild_id, question_id))

    async def backup(self, target: str | Path) -> None:
        """A consistent copy as a new SQLite file at `target` (pg_dump makes PostgreSQL's own)."""
        if await asyncio.to_thread(Path(target).exists):
            raise StoreError(f"{target} already exists; choose a new file")
        async with await SqliteStore(target).open() as copy:
            await copy.load(self.dump())

    async def row_counts(self) -> dict[str, int]:
        counts = " UNION ALL ".join(f"SELECT '{table}', COUNT(*) FROM {table}" for table in TABLES)
        return {table: int(rows) for table, rows in await self._rows(counts)}

    async def dump(self, batch: int = 5000) -> AsyncGenerator[Batch]:
        """Read in one repeatable-read transaction: one snapshot of the whole database."""
        with _unavailable():
            async with self._connection() as connection, connection.transaction(isolation="repeatable_read"):
                for table, columns in TABLES.items():
                    rows: list[tuple[Any, ...]] = []
                    async for record in connection.cursor(f"SELECT {', '.join(columns)} FROM {table}"):
                        rows.append(tuple(record))
                        if len(rows) == batch:
                            yield table, rows
                            rows = []
                    if rows:
                        yield table, rows

    async def load(self, batches: AsyncIterable[Batch]) -> None:
        """COPY the rows in, then move each identity column's sequence past its highest id."""

        async def work(connection: Connection) -> None:
            await connection.execute(f"TRUNCATE {', '.join(TABLES)}")
            async for table, rows in batches:
                await connection.copy_records_to_table(table, records=rows, columns=TABLES[table])
            identities = await connection.fetch(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND is_identity = 'YES'"
            )
            for table, column in identities:
                await connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                    f' COALESCE(MAX("{column}"), 0) + 1, false) FROM "{table}"'
                )

        await self._write(work)

    async def _execute(self, statement: str, *args: Any) -> str:
        async def work(connection: Connection) -> str:
            return await connection.execute(sql.postgres(statement), *args)

        return await self._write(work, transaction=False)


def _now(at: float | None) -> float:
    return at or time.time()


def _spread(query: boards.Query) -> tuple[Any, ...]:
    statement, args = query
    return statement, *args


async def _join_game(connection: Connection, guild_id: int, game_id: int, user_id: int) -> None:
    """Count a game once per player, however often they score in it."""
    if sql.changed_rows(await connection.execute(sql.postgres(sql.JOIN_GAME), game_id, user_id)) == 1:
        await connection.execute(sql.postgres(sql.COUNT_GAME), guild_id, user_id)


async def _migrate(connection: Connection) -> None:
    """Bring the schema up to SCHEMA_VERSION, one version per transaction, each under the
    advisory lock: processes starting together migrate one after the other."""
    while True:
        async with connection.transaction():
            await connection.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
            await connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            version = await connection.fetchval("SELECT MAX(version) FROM schema_version") or 0
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"the database has schema version {version}, newer than this bot's {SCHEMA_VERSION}; "
                    "upgrade the bot or point TRIVIA_DB at another database"
                )
            if version == SCHEMA_VERSION:
                return
            for statement in statements(version + 1):
                await connection.execute(sql.postgres(statement))
            await connection.execute("DELETE FROM schema_version")
            await connection.execute("INSERT INTO schema_version (version) VALUES ($1)", version + 1)
