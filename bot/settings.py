"""Configuration: one typed object, read once at start-up.

Values come from the environment, then from an optional `.env` file; the
environment wins, so a deployment can override a checked-in `.env`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dotenv import dotenv_values

from .core.errors import CatalogueError
from .core.game import DEFAULT_CACHE_SIZE
from .core.store import LANGUAGE_NAMES, is_postgres_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ROUND_SECONDS_RANGE = (5.0, 600.0)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
PACK_CACHE_RANGE = (1, 10_000_000)
# A language by its code or its name, in English or in Korean ("KO", "korean", "한국어", "영어").
LANGUAGE_WORDS = {**LANGUAGE_NAMES, "영어": "en", "한국말": "ko", "한글": "ko"}
# What the README and the examples put where the token goes, and other obvious stand-ins.
_PLACEHOLDER = re.compile(r"your[-_ ]?(bot[-_ ]?)?token|paste|token[-_ ]?here|^<.*>$|^(x+|token|changeme)$", re.I)
# Discord allows a bot 50 requests a second in all (its global rate limit); the bot keeps
# below it by default, and TRIVIA_GLOBAL_RATE may lower it further (never raise it past 50).
GLOBAL_RATE_LIMIT = 50.0
MAX_SHARDS = 65_536


class SettingsError(CatalogueError):
    """A setting is missing or malformed; the message (a catalogue text, in the language
    spoken) says which and how to fix it."""


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
    pack_cache: int = DEFAULT_CACHE_SIZE  # questions of packs kept parsed in memory, all servers together
    pack_download_seconds: float = 10.0  # the longest an uploaded pack's download may take
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
        get = _values(environ, dotenv).get
        return cls(
            token=get("DISCORD_TOKEN"),
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
            pack_cache=_whole_number("TRIVIA_PACK_CACHE", get("TRIVIA_PACK_CACHE"), cls.pack_cache, *PACK_CACHE_RANGE),
            language=language_of("TRIVIA_LANGUAGE", get("TRIVIA_LANGUAGE")),
            **_scale_out(get),
        )

    @property
    def db_location(self) -> str | Path:
        """Where the store is (for store_at): the PostgreSQL URL, or the SQLite file."""
        return self.db_url or self.db_path

    def require_token(self, prog: str = "python -m bot") -> str:
        """The token, if it can be one: not missing, blank, spaced or a placeholder
        (checked before connecting, so the mistake is named at once)."""
        if self.token is None:
            raise SettingsError("cli.no_token", prog=prog)
        token = self.token.strip()
        if not token:
            raise SettingsError("cli.blank_token", prog=prog)
        if any(ch.isspace() for ch in token):
            raise SettingsError("cli.spaced_token")
        if _PLACEHOLDER.search(token):
            raise SettingsError("cli.placeholder_token", token=token if len(token) <= 40 else token[:39] + "…")
        return token

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


def language_in_env(environ: Mapping[str, str] | None = None, dotenv: str | Path | None = ".env") -> str | None:
    """TRIVIA_LANGUAGE, if it names a language (read before the settings, to say their
    errors in it); None if it is unset or names none."""
    raw = _values(environ, dotenv).get("TRIVIA_LANGUAGE") or ""
    return LANGUAGE_WORDS.get(raw.strip().casefold())


def _values(environ: Mapping[str, str] | None, dotenv: str | Path | None) -> dict[str, str]:
    """The environment over the `.env` file."""
    values: dict[str, str] = {}
    if dotenv is not None and Path(dotenv).is_file():
        values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
    values.update(os.environ if environ is None else environ)
    return values


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
    return _whole_number("TRIVIA_SHARD_COUNT", raw, 1, 1, MAX_SHARDS)


def _shard_ids(raw: str | None, count: int | None) -> tuple[int, ...] | None:
    """The shard ids of TRIVIA_SHARDS: numbers and ranges separated by commas ("0,2", "0-3")."""
    if raw is None or not raw.strip():
        return None
    if count is None:
        raise SettingsError("cli.shards_without_count", text=raw.strip())
    shards: list[int] = []
    for part in raw.split(","):
        low, high = _shard_range(part.strip(), raw, count)
        for shard in range(low, high + 1):
            if not 0 <= shard < count:
                raise SettingsError("cli.shard_out_of_range", shard=shard, count=count, last=count - 1)
            if shard in shards:
                raise SettingsError("cli.shard_twice", shard=shard, text=raw)
            shards.append(shard)
    return tuple(sorted(shards))


def _shard_range(part: str, raw: str, count: int) -> tuple[int, int]:
    """One item of TRIVIA_SHARDS: a shard id ("2") or a range of them ("0-3")."""
    first, dash, last = part.partition("-")
    if not first.strip().isdecimal() or (dash and not last.strip().isdecimal()):
        raise SettingsError("cli.shard_ids", last=count - 1, text=raw)
    low = int(first)
    high = int(last) if dash else low
    if low > high:
        raise SettingsError("cli.shard_range_backwards", text=part, low=high, high=low)
    return low, high


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
        raise SettingsError("cli.not_a_store", name=name, scheme=scheme)
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 (urlsplit checks the port when asked for it)
    except ValueError:
        raise SettingsError("cli.bad_port", name=name) from None
    if not parts.path.strip("/"):
        raise SettingsError("cli.no_database_name", name=name)
    return text


def _log_level(raw: str | None) -> str:
    if raw is None or not raw.strip():
        return Settings.log_level
    level = raw.strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError("cli.one_of", option="TRIVIA_LOG_LEVEL", values=", ".join(LOG_LEVELS), text=raw)
    return level


def language_of(name: str, raw: str | None) -> str:
    """A language by its code or name, in English or Korean, any case; the default
    one if `raw` is empty."""
    if raw is None or not raw.strip():
        return Settings.language
    found = LANGUAGE_WORDS.get(raw.strip().casefold())
    if found is None:
        raise SettingsError("cli.language", option=name, text=raw)
    return found


def _whole_number(name: str, raw: str | None, default: int, low: int, high: int) -> int:
    if raw is None or not raw.strip():
        return default
    if not raw.strip().isdigit():
        raise SettingsError("cli.whole_number", option=name, text=raw)
    if not low <= int(raw) <= high:
        raise SettingsError("cli.range", option=name, low=low, high=high, text=raw.strip())
    return int(raw)


def bounded_number(name: str, raw: str | None, default: float, low: float, high: float) -> float:
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError("cli.number", option=name, text=raw) from None
    if not low <= value <= high:  # NaN included
        raise SettingsError("cli.range", option=name, low=f"{low:g}", high=f"{high:g}", text=raw.strip())
    return value
