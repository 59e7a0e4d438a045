"""Configuration: one typed object, read once at start-up.

Values come from the environment, then from an optional `.env` file; the
environment wins, so a deployment can override a checked-in `.env`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dotenv import dotenv_values

from .core.store import LANGUAGE_NAMES, is_postgres_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ROUND_SECONDS_RANGE = (5.0, 600.0)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# Discord allows a bot 50 requests a second in all (its global rate limit); the bot keeps
# below it by default, and TRIVIA_GLOBAL_RATE may lower it further (never raise it past 50).
GLOBAL_RATE_LIMIT = 50.0
MAX_SHARDS = 65_536


class SettingsError(Exception):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    # repr=False: the token must never end up in a log line or a traceback.
    token: str | None = field(default=None, repr=False)
    questions_path: Path = PROJECT_ROOT / "questions.yaml"
    db_path: Path = PROJECT_ROOT / "data" / "trivia.db"  # TRIVIA_DB as a path: the SQLite file
    # TRIVIA_DB as a postgresql:// URL: the store is that PostgreSQL database (repr=False: it may hold a password).
    db_url: str | None = field(default=None, repr=False)
    prefix: str = "!"
    round_seconds: float = 30.0
    pause_seconds: float = 3.0
    sync_commands: bool = True
    auto_hint: bool = True
    channel_window: float = 5.0  # Discord's window of 5 messages per channel (tests scale it)
    log_level: str = "INFO"
    language: str = "en"  # a server's language until its admins set one
    # Scale-out (see docs/operations.md): how many shards the bot has in all (None: the
    # count Discord recommends), which of them this process runs (None: all of them),
    # the requests a second the whole bot may make (each process takes its shards'
    # share), and whether it asks for the Message Content intent.
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    global_rate: float = 45.0
    message_content: bool = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, dotenv: str | Path | None = ".env") -> Settings:
        values: dict[str, str] = {}
        if dotenv is not None and Path(dotenv).is_file():
            values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        values.update(os.environ if environ is None else environ)
        get = values.get
        return cls(
            token=get("DISCORD_TOKEN") or None,
            questions_path=Path(get("TRIVIA_QUESTIONS") or cls.questions_path),
            db_path=Path(_sqlite_path(get("TRIVIA_DB")) or cls.db_path),
            db_url=_postgres_url(get("TRIVIA_DB")),
            prefix=get("TRIVIA_PREFIX") or cls.prefix,
            round_seconds=bounded_number(
                "TRIVIA_ROUND_SECONDS", get("TRIVIA_ROUND_SECONDS"), cls.round_seconds, *ROUND_SECONDS_RANGE
            ),
            pause_seconds=bounded_number("TRIVIA_PAUSE_SECONDS", get("TRIVIA_PAUSE_SECONDS"), cls.pause_seconds, 0, 60),
            sync_commands=_flag(get("TRIVIA_SYNC_COMMANDS")),
            auto_hint=_flag(get("TRIVIA_AUTO_HINT")),
            log_level=_log_level(get("TRIVIA_LOG_LEVEL")),
            language=_language(get("TRIVIA_LANGUAGE")),
            **_scale_out(get),
        )

    @property
    def db_location(self) -> str | Path:
        """Where the store is (for store_at): the PostgreSQL URL, or the SQLite file."""
        return self.db_url or self.db_path

    def require_token(self) -> str:
        if not self.token:
            raise SettingsError(
                "DISCORD_TOKEN is not set. Put your bot's token in the environment or in a .env file "
                "(see README, 'Run it on Discord'); to play without Discord, run: python -m bot play"
            )
        return self.token

    @property
    def runs_shard_zero(self) -> bool:
        """Whether this process runs shard 0: the one that registers the slash commands."""
        return self.shard_ids is None or 0 in self.shard_ids

    @property
    def rate_share(self) -> float:
        """The requests a second this process may make: the bot's global rate, shared out
        among its processes by the number of shards each runs."""
        if self.shard_count is None or self.shard_ids is None:
            return self.global_rate
        return self.global_rate * len(self.shard_ids) / self.shard_count

    def shards_text(self) -> str:
        """Which shards this process runs, for the log: "0, 2 of 4", "all of 4", "all"."""
        if self.shard_count is None:
            return "all (as many as Discord recommends)"
        if self.shard_ids is None:
            return f"all {self.shard_count}"
        return f"{', '.join(map(str, self.shard_ids))} of {self.shard_count}"


def _scale_out(get: Callable[[str], str | None]) -> dict[str, Any]:
    """TRIVIA_SHARD_COUNT, TRIVIA_SHARDS, TRIVIA_GLOBAL_RATE and TRIVIA_MESSAGE_CONTENT."""
    count = _shard_count(get("TRIVIA_SHARD_COUNT"))
    return {
        "shard_count": count,
        "shard_ids": _shard_ids(get("TRIVIA_SHARDS"), count),
        "global_rate": bounded_number(
            "TRIVIA_GLOBAL_RATE", get("TRIVIA_GLOBAL_RATE"), Settings.global_rate, 1, GLOBAL_RATE_LIMIT
        ),
        "message_content": _flag(get("TRIVIA_MESSAGE_CONTENT")),
    }


def _shard_count(raw: str | None) -> int | None:
    if raw is None or not raw.strip():
        return None
    try:
        count = int(raw.strip())
    except ValueError:
        raise SettingsError(
            f"TRIVIA_SHARD_COUNT must be a whole number of shards (the bot's total, across every process), got {raw!r}"
        ) from None
    if not 1 <= count <= MAX_SHARDS:
        raise SettingsError(f"TRIVIA_SHARD_COUNT must be between 1 and {MAX_SHARDS:,}, got {raw!r}")
    return count


def _shard_ids(raw: str | None, count: int | None) -> tuple[int, ...] | None:
    """The shard ids of TRIVIA_SHARDS: numbers and ranges separated by commas ("0,2", "0-3")."""
    if raw is None or not raw.strip():
        return None
    if count is None:
        raise SettingsError(
            "TRIVIA_SHARDS needs TRIVIA_SHARD_COUNT: set it to the number of shards of the whole bot "
            f"(TRIVIA_SHARDS={raw.strip()} names only those this process runs)"
        )
    shards: list[int] = []
    for part in raw.split(","):
        first, dash, last = part.strip().partition("-")
        try:
            low = int(first)
            high = int(last) if dash else low
        except ValueError:
            raise SettingsError(
                f"TRIVIA_SHARDS must list shard ids from 0 to {count - 1}, separated by commas (like 0,2 or 0-3), "
                f"got {raw!r}"
            ) from None
        if low > high:
            raise SettingsError(f"TRIVIA_SHARDS: the range {part.strip()!r} runs backwards; write {high}-{low}")
        for shard in range(low, high + 1):
            if not 0 <= shard < count:
                raise SettingsError(
                    f"TRIVIA_SHARDS names shard {shard}, but with TRIVIA_SHARD_COUNT={count} "
                    f"the shard ids are 0 to {count - 1}"
                )
            if shard in shards:
                raise SettingsError(f"TRIVIA_SHARDS names shard {shard} twice, got {raw!r}")
            shards.append(shard)
    return tuple(sorted(shards))


def _flag(raw: str | None) -> bool:
    """On unless set to 0, false, no or off."""
    return (raw or "1").strip().lower() not in {"0", "false", "no", "off"}


def _sqlite_path(raw: str | None) -> str | None:
    """TRIVIA_DB when it names a file."""
    text = (raw or "").strip()
    return None if not text or "://" in text else text


def _postgres_url(raw: str | None) -> str | None:
    """TRIVIA_DB when it is a URL (checked)."""
    location = store_location(raw or "", "TRIVIA_DB")
    return location if isinstance(location, str) else None


def store_location(text: str, name: str) -> str | Path:
    """Where a store is, as an admin wrote it (TRIVIA_DB, or an argument `name` of a
    `db` command): a SQLite file's path, or a PostgreSQL URL,
    postgresql://user[:password]@host[:port]/dbname, checked for its scheme, port and
    database (asyncpg reads the rest, PGPASSWORD and ~/.pgpass included)."""
    text = text.strip()
    if "://" not in text:
        return Path(text)
    if not is_postgres_url(text):
        scheme = text.partition("://")[0]
        raise SettingsError(f"{name} must be a file path or a postgresql://user@host:port/dbname URL, not {scheme}://")
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 (urlsplit checks the port when asked for it)
    except ValueError:
        raise SettingsError(f"{name}: the port of a postgresql:// URL must be a number from 0 to 65535") from None
    if not parts.path.strip("/"):
        raise SettingsError(f"{name} names no database: postgresql://user@host:port/dbname")
    return text


def _log_level(raw: str | None) -> str:
    if raw is None or not raw.strip():
        return Settings.log_level
    level = raw.strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"TRIVIA_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {raw!r}")
    return level


def _language(raw: str | None) -> str:
    if raw is None or not raw.strip():
        return Settings.language
    found = LANGUAGE_NAMES.get(raw.strip().casefold())
    if found is None:
        raise SettingsError(f"TRIVIA_LANGUAGE must be en or ko, got {raw!r}")
    return found


def bounded_number(name: str, raw: str | None, default: float, low: float, high: float) -> float:
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low:g} and {high:g}, got {raw!r}")
    return value
