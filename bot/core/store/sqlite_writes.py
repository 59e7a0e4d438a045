"""How the SQLite backend writes: one transaction at a time, taking the write lock up
front (`transaction`), and the schema's versions applied that way (`migrate`)."""

from __future__ import annotations

import sqlite3

from .schema import SCHEMA_VERSION, statements
from .store import StoreError


def migrate(db: sqlite3.Connection) -> None:
    """Bring the database up to SCHEMA_VERSION, one version per transaction; refuse a newer one."""
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
