"""What the bot keeps, behind one async interface (store: Store) whatever the backend:
SQLite by default (sqlite, schema), chosen by its location (location); the records it
returns (records), leaderboards (boards) and their periods, and each server's settings
(server_settings).

The front door of the package: other packages import from here only.
"""

from .location import store_at
from .periods import period_start
from .records import BoardRow, PackInfo, PlayerStats, Profile
from .schema import MIGRATIONS, SCHEMA_VERSION
from .server_settings import (
    BUILTIN_PACK,
    LANGUAGE_NAMES,
    PACK_NAME,
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
from .store import Store, StoreError

__all__ = [
    "BUILTIN_PACK",
    "LANGUAGE_NAMES",
    "MIGRATIONS",
    "PACK_NAME",
    "SCHEMA_VERSION",
    "SETTINGS",
    "BadSetting",
    "BoardRow",
    "PackInfo",
    "PlayerStats",
    "Profile",
    "ServerSettings",
    "SqliteDatabase",
    "SqliteStore",
    "Store",
    "StoreError",
    "apply",
    "parse_value",
    "period_start",
    "setting",
    "setting_text",
    "store_at",
    "stored_text",
]
