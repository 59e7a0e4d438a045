"""Peeks into a score database from outside the program that writes it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any


def rows(db_path: str | Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """The rows `sql` selects, read on a separate connection: what has been committed,
    and nothing a writer holds in an open transaction.

    The connection is read-only (a peek at a missing file fails instead of creating
    one, and cannot change the database) and is closed before this returns.
    """
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        return db.execute(sql, params).fetchall()
