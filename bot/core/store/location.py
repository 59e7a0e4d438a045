"""Which backend a store location names (TRIVIA_DB): a postgresql:// (or postgres://)
URL is a PostgreSQL database, anything else the path of a SQLite file."""

from __future__ import annotations

from pathlib import Path

from .postgres import PostgresStore, redacted
from .sqlite import SqliteStore
from .store import Store

POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.partition("://")[0].lower() in POSTGRES_SCHEMES and "://" in location


def store_at(location: str | Path, busy_timeout: float = 5.0) -> Store:
    """The store at `location`, not yet opened: `await store_at(...).open()`. `busy_timeout`
    is how long a call waits for a lock (SQLite) or for the server (PostgreSQL)."""
    if is_postgres_url(location):
        return PostgresStore(str(location), timeout=busy_timeout)
    return SqliteStore(location, busy_timeout=busy_timeout)


def shown(location: str | Path) -> str:
    """The location as messages show it: a URL without its password."""
    return redacted(location) if isinstance(location, str) and is_postgres_url(location) else str(location)
