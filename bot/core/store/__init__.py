"""What the bot keeps: the score store on SQLite (store, schema), leaderboards (boards),
their periods, and each server's settings (server_settings).

The front door of the package: other packages import from here only.
"""

from .boards import BoardRow, Profile
from .periods import period_start
from .schema import MIGRATIONS, SCHEMA_VERSION
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
from .store import AsyncScoreStore, PlayerStats, ScoreStore, StoreError

__all__ = [
    "LANGUAGE_NAMES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SETTINGS",
    "AsyncScoreStore",
    "BadSetting",
    "BoardRow",
    "PlayerStats",
    "Profile",
    "ScoreStore",
    "ServerSettings",
    "StoreError",
    "apply",
    "parse_value",
    "period_start",
    "setting",
    "setting_text",
    "stored_text",
]
