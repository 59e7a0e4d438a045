"""`python -m bot db ...`: what an admin does to the score database from the shell.

`db backup FILE` copies it consistently, even while the bot runs (`backup FILE` is
the same command under its first name). `db forget --guild ID` erases everything kept
of a server, one that has removed the bot say.
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
    add_forget_parser(db_sub)


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Carry out a `db` command (or `backup`)."""
    command = args.db_command if args.command == "db" else args.command
    if command == "backup":
        return backup(settings.db_path, args.target)
    if command == "forget":
        return forget(settings.db_path, args.guild)
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


def add_forget_parser(db_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forget_parser = db_sub.add_parser("forget", help="erase everything kept of one server (by its id)")
    forget_parser.add_argument("--guild", type=_server_id, required=True, help="the server's id")


def _server_id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"a server id is a number (Developer Mode: Copy Server ID), not {text!r}")
    return int(text)


def forget(path: Path, guild_id: int) -> int:
    """Erase a server's scores, games, names, rotation, settings and reports, in one
    transaction (safe while the bot runs); members' data on other servers stays."""
    if not path.exists():
        raise SettingsError(f"there is no score database at {path} (set TRIVIA_DB)")
    store = SqliteDatabase.open(path)
    try:
        erased = store.forget_server(guild_id)
    finally:
        store.close()
    if not any(erased.values()):
        print(f"Nothing was kept of server {guild_id} in {path}.")
        return 0
    counts = ", ".join(f"{n:,} {table.replace('_', ' ')}" for table, n in erased.items() if n)
    print(f"Erased server {guild_id} from {path}: {counts}.")
    return 0
