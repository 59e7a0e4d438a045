"""Which backend a store location names (TRIVIA_DB): a file path is a SQLite database."""

from __future__ import annotations

from pathlib import Path

from .sqlite import SqliteStore
from .store import Store


def store_at(location: str | Path, busy_timeout: float = 5.0) -> Store:
    """The store at `location`, not yet opened: `await store_at(...).open()`."""
    return SqliteStore(location, busy_timeout=busy_timeout)
