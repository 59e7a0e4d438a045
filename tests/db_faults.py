"""Ways a score database stops taking writes, made real enough that SQLite itself fails.

Each fault breaks a running SqliteStore's database and repairs it again, so a
test can check the error players are told and that saving resumes afterwards.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import subprocess
import tempfile

from bot.core.store import SqliteDatabase, SqliteStore


class Fault:
    name = ""
    cause = ""  # what SQLite says, as the players' message repeats it

    async def breaks(self, store: SqliteStore) -> None:
        raise NotImplementedError

    async def repairs(self, store: SqliteStore) -> None:
        raise NotImplementedError


class Locked(Fault):
    """Another process holds the write lock for longer than the store's busy timeout."""

    name, cause = "locked", "database is locked"

    async def breaks(self, store: SqliteStore) -> None:
        self._blocker = sqlite3.connect(store.path, isolation_level=None)
        self._blocker.execute("BEGIN EXCLUSIVE")

    async def repairs(self, store: SqliteStore) -> None:
        self._blocker.execute("ROLLBACK")
        self._blocker.close()


class ReadOnly(Fault):
    """The store's connection may only read, as it can on a file it may not write."""

    name, cause = "read-only", "attempt to write a readonly database"

    async def breaks(self, store: SqliteStore) -> None:
        await store.run(_pragma, "query_only = ON")

    async def repairs(self, store: SqliteStore) -> None:
        await store.run(_pragma, "query_only = OFF")


class Immutable(Fault):
    """The files themselves refuse writes (`chattr +i`; the shared-memory index stays
    writable, because SQLite maps it into memory and a write there is a SIGBUS)."""

    name, cause = "immutable files", "disk I/O error"

    @staticmethod
    def possible() -> bool:
        """chattr needs root (CAP_LINUX_IMMUTABLE) and a file system that keeps the flag."""
        if shutil.which("chattr") is None:
            return False
        with tempfile.NamedTemporaryFile() as probe:
            if subprocess.run(["chattr", "+i", probe.name], capture_output=True).returncode != 0:
                return False
            subprocess.run(["chattr", "-i", probe.name], check=True)
        return True

    def _files(self, store: SqliteStore) -> list[str]:
        return [str(store.path), f"{store.path}-wal"]

    async def breaks(self, store: SqliteStore) -> None:
        await self._chattr("+i", store)

    async def repairs(self, store: SqliteStore) -> None:
        await self._chattr("-i", store)

    async def _chattr(self, flag: str, store: SqliteStore) -> None:
        process = await asyncio.create_subprocess_exec("chattr", flag, *self._files(store))
        assert await process.wait() == 0


class Full(Fault):
    """No room for another page: SQLite's own limit on the file's size, filled up to the
    last row, fails a write exactly as a full disk does (SQLITE_FULL)."""

    name, cause = "full", "database or disk is full"

    async def breaks(self, store: SqliteStore) -> None:
        await store.run(_fill)

    async def repairs(self, store: SqliteStore) -> None:
        await store.run(_pragma, "max_page_count = 1073741823")


FAULTS = [Locked(), ReadOnly(), Immutable(), Full()]


def _pragma(store: SqliteDatabase, setting: str) -> None:
    store._db.execute(f"PRAGMA {setting}")


def _fill(store: SqliteDatabase) -> None:
    """Cap the file at its size, then add the smallest rows (of another server) until
    one no longer fits: no award fits after that."""
    db = store._db
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    db.execute(f"PRAGMA max_page_count = {pages}")
    for _ in range(100_000):
        try:
            db.execute(
                "INSERT INTO correct_answers (guild_id, channel_id, game_id, user_id, question_id, points, answered_at)"
                " VALUES (-1, 0, NULL, 0, '', 0, 0)"
            )
        except sqlite3.OperationalError as error:
            assert "full" in str(error)
            return
    raise AssertionError("the database never filled up")
