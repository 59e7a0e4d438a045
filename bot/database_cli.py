"""`python -m bot db ...`: what an admin does to the score database from the shell.

`db backup FILE` copies it consistently, even while the bot runs (`backup FILE` is
the same command under its first name); on PostgreSQL the copy is a SQLite file.
`db copy SOURCE DESTINATION` copies every table from one store to another (a SQLite
file, a PostgreSQL URL), and checks the copy.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from .core.errors import StoreUnavailable
from .core.store import DestinationNotEmpty, SqliteDatabase, StoreError, copy_store, shown, store_at
from .settings import Settings, SettingsError, store_location

COMMANDS = ("db", "backup")
T = TypeVar("T")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `db` command and its own commands, and `backup`, on the top-level parser."""
    db = sub.add_parser("db", help="look after the score database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    for commands in (db_sub, sub):
        backup_parser = commands.add_parser(
            "backup", help="copy the score database consistently, even while the bot runs"
        )
        backup_parser.add_argument("target", type=Path)
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


def backup_postgres(url: str, target: Path) -> int:
    """A PostgreSQL database as a SQLite file, read from one snapshot (pg_dump makes PostgreSQL's own)."""
    if target.exists():
        raise SettingsError(f"{target} already exists; choose a new file")

    async def back_up() -> None:
        async with await store_at(url).open() as store:
            await store.backup(target)

    _run_on_stores(back_up())
    print(f"Backed up {shown(url)} to {target} ({target.stat().st_size:,} bytes).")
    return 0


def copy(source_text: str, destination_text: str, replace: bool = False) -> int:
    """`db copy`: every table, checked; 0 when the destination holds what the source holds."""
    source = store_location(source_text, "SOURCE")
    destination = store_location(destination_text, "DESTINATION")
    if isinstance(source, Path) and not source.is_file():
        raise SettingsError(f"there is no score database at {source}")
    if _same(source, destination):
        raise SettingsError("SOURCE and DESTINATION are the same database")
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
            raise SettingsError(
                f"{shown(destination)}: {error}; nothing was copied. Add --replace to replace its data with the copy"
            ) from None


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
