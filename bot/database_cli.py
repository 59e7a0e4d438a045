"""`python -m bot db ...`: what an admin does to the score database from the shell.

`db backup FILE` copies it consistently, even while the bot runs (`backup FILE` is
the same command under its first name).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .core.store import SqliteDatabase
from .settings import Settings, SettingsError

COMMANDS = ("db", "backup")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `db` command and its own commands, and `backup`, on the top-level parser."""
    db = sub.add_parser("db", help="look after the score database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    for commands in (db_sub, sub):
        backup_parser = commands.add_parser(
            "backup", help="copy the score database consistently, even while the bot runs"
        )
        backup_parser.add_argument("target", type=Path)


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Carry out a `db` command (or `backup`)."""
    command = args.db_command if args.command == "db" else args.command
    if command == "backup":
        return backup(settings.db_path, args.target)
    raise SettingsError(f"unknown database command {command!r}")


def backup(source: Path, target: Path) -> int:
    """SQLite's backup API copies a consistent snapshot while games keep writing."""
    if not source.exists():
        raise SettingsError(f"there is no score database at {source} (set TRIVIA_DB)")
    if target.exists():
        raise SettingsError(f"{target} already exists; choose a new file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SettingsError(f"cannot create the folder {target.parent}: {error.strerror}") from None
    store = SqliteDatabase.open(source)
    try:
        store.backup(target)
    finally:
        store.close()
    print(f"Backed up {source} to {target} ({target.stat().st_size:,} bytes).")
    return 0
