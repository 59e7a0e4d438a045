"""`python -m bot db ...`: what an admin does to the score database from the shell.

`db backup FILE` copies it consistently, even while the bot runs (`backup FILE` is
the same command under its first name); on PostgreSQL the copy is a SQLite file.
`db copy SOURCE DESTINATION` copies every table from one store to another (a SQLite
file, a PostgreSQL URL), and checks the copy.
`db forget --guild ID` erases everything kept of a server, one that has removed the bot say.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from .core.catalogue import say
from .core.errors import StoreUnavailable
from .core.store import DestinationNotEmpty, SqliteDatabase, StoreError, copy_store, shown, store_at
from .settings import Settings, SettingsError, store_location

COMMANDS = ("db", "backup")
T = TypeVar("T")


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    """The `db` command and its own commands, and `backup`, on the top-level parser."""
    db = sub.add_parser("db", help="look after the score database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    for commands in (db_sub, sub):
        backup_parser = commands.add_parser(
            "backup", help="copy the score database consistently, even while the bot runs"
        )
        backup_parser.add_argument("target", type=Path)
    add_forget_parser(db_sub)
    _add_copy_parser(db_sub)


def _add_copy_parser(db_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    copy_parser = db_sub.add_parser(
        "copy",
        help="copy every table from one store to another (a SQLite file or a postgresql:// URL)",
        description="Copy every table from SOURCE to DESTINATION, each a SQLite file or a "
        "postgresql://user@host:port/dbname URL, and check the copy (rows per table). Stop the bot first.",
    )
    copy_parser.add_argument("source", help="the store to copy: a SQLite file or a postgresql:// URL")
    copy_parser.add_argument("destination", help="the store to fill: a SQLite file or a postgresql:// URL")
    copy_parser.add_argument(
        "--replace", action="store_true", help="replace what the destination holds (refused without it)"
    )


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Carry out a `db` command (or `backup`)."""
    command = args.db_command if args.command == "db" else args.command
    if command == "backup":
        if settings.db_url is not None:
            return backup_postgres(settings.db_url, args.target)
        return backup(settings.db_path, args.target)
    if command == "copy":
        return copy(args.source, args.destination, replace=args.replace)
    if command == "forget":
        return forget(settings.db_url or settings.db_path, args.guild)
    raise SettingsError("cli.unknown_command", text=command, commands="backup, copy, forget")


def backup(source: Path, target: Path) -> int:
    """SQLite's backup API copies a consistent snapshot while games keep writing."""
    if not source.exists():
        raise SettingsError("cli.no_database", path=source)
    if target.exists():
        raise SettingsError("cli.exists", path=target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SettingsError("cli.cannot_create", path=target.parent, reason=error.strerror) from None
    store = SqliteDatabase.open(source)
    try:
        store.backup(target)
    finally:
        store.close()
    print(say("cli.backed_up", source=source, target=target, size=f"{target.stat().st_size:,}"))
    return 0


def backup_postgres(url: str, target: Path) -> int:
    """A PostgreSQL database as a SQLite file, read from one snapshot (pg_dump makes PostgreSQL's own)."""
    if target.exists():
        raise SettingsError("cli.exists", path=target)

    async def back_up() -> None:
        async with await store_at(url).open() as store:
            await store.backup(target)

    _run_on_stores(back_up())
    print(say("cli.backed_up", source=shown(url), target=target, size=f"{target.stat().st_size:,}"))
    return 0


def copy(source_text: str, destination_text: str, replace: bool = False) -> int:
    """`db copy`: every table, checked; 0 when the destination holds what the source holds."""
    source = store_location(source_text, "SOURCE")
    destination = store_location(destination_text, "DESTINATION")
    if isinstance(source, Path) and not source.is_file():
        raise SettingsError("cli.no_database", path=source)
    if _same(source, destination):
        raise SettingsError("cli.same_database")
    started = time.perf_counter()
    counts = _run_on_stores(_copy(source, destination, replace))
    print(f"  {'table':<16} {'rows':>12}")
    for table, rows in counts.items():
        print(f"  {table:<16} {rows:>12,}")
    print(
        f"Copied {sum(counts.values()):,} rows in {len(counts)} tables from {shown(source)} to {shown(destination)}"
        f" in {time.perf_counter() - started:.1f} s; the destination holds as many rows in each table."
    )
    return 0


async def _copy(source: str | Path, destination: str | Path, replace: bool) -> dict[str, int]:
    async with await store_at(source).open() as reading, await store_at(destination).open() as writing:
        try:
            return await copy_store(reading, writing, replace=replace)
        except DestinationNotEmpty as error:
            raise SettingsError("cli.destination_not_empty", destination=shown(destination), error=error) from None


def _run_on_stores(work: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on the stores; a store that fails mid-way is a StoreError, said in one line."""
    try:
        return asyncio.run(work)
    except StoreUnavailable as error:
        raise StoreError(f"the copy failed, and nothing was kept: {error}") from error


def _same(one: str | Path, other: str | Path) -> bool:
    if isinstance(one, Path) and isinstance(other, Path):
        return one.resolve() == other.resolve()
    return one == other


def add_forget_parser(db_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forget_parser = db_sub.add_parser("forget", help="erase everything kept of one server (by its id)")
    forget_parser.add_argument("--guild", type=_server_id, required=True, help="the server's id")


def _server_id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"a server id is a number (Developer Mode: Copy Server ID), not {text!r}")
    return int(text)


def forget(location: str | Path, guild_id: int) -> int:
    """Erase a server's scores, games, names, rotation, settings and reports, in one
    transaction (safe while the bot runs); members' data on other servers stays."""
    if isinstance(location, Path) and not location.exists():
        raise SettingsError(f"there is no score database at {location} (set TRIVIA_DB)")

    async def erase() -> dict[str, int]:
        async with await store_at(location).open() as store:
            return await store.forget_server(guild_id)

    try:
        erased = asyncio.run(erase())
    except StoreUnavailable as error:
        raise StoreError(f"nothing was erased: {error}") from error
    if not any(erased.values()):
        print(f"Nothing was kept of server {guild_id} in {shown(location)}.")
        return 0
    counts = ", ".join(f"{n:,} {table.replace('_', ' ')}" for table, n in erased.items() if n)
    print(f"Erased server {guild_id} from {shown(location)}: {counts}.")
    return 0
