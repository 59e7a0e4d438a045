"""What the bot keeps, behind one async interface (store: Store) whatever the backend:
SQLite by default (sqlite), or PostgreSQL (postgres), chosen by its location
(location); one schema for both (schema) and the SQL they share (sql, boards); the
records it returns (records), leaderboards (boards) and their periods, and each
server's settings (server_settings).

The front door of the package: other packages import from here only.
"""

from .location import is_postgres_url, shown, store_at
from .periods import period_start
from .postgres import PostgresStore
from .records import BoardRow, PlayerStats, Profile
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES
from .server_settings import (
    LANGUAGE_NAMES,
    SETTINGS,
    BadSetting,
    ServerSettings,
    apply,
    parse_value,
    setting,
    setting_text,
    stored_text,
)
from .sqlite import SqliteDatabase, SqliteStore
from .store import Batch, DestinationNotEmpty, Store, StoreError, copy_store

__all__ = [
    "LANGUAGE_NAMES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SETTINGS",
    "TABLES",
    "BadSetting",
    "Batch",
    "BoardRow",
    "DestinationNotEmpty",
    "PlayerStats",
    "PostgresStore",
    "Profile",
    "ServerSettings",
    "SqliteDatabase",
    "SqliteStore",
    "Store",
    "StoreError",
    "apply",
    "copy_store",
    "is_postgres_url",
    "parse_value",
    "period_start",
    "setting",
    "setting_text",
    "shown",
    "store_at",
    "stored_text",
]
