"""SQLite's side of the schema and of every write: migrations applied in order at
start-up (see schema.py), and the transaction each write runs in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .schema import SCHEMA_VERSION, statements
from .store import StoreError


def migrate(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {version}, newer than this bot's {SCHEMA_VERSION}; "
            "upgrade the bot or point TRIVIA_DB at another file"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(db):
            for statement in statements(target):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")


class transaction:
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


def snapshot(path: str | Path) -> sqlite3.Connection:
    """A connection reading the file in one transaction, which sees one state of it throughout."""
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    return reader
