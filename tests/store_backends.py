"""Reaching a store's database behind the store's back, the same way on each backend:
SQLite's SQL (as the store writes it) run on the file, or rendered for PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import asyncpg

from bot.core.store import sql


async def execute(location: str | Path, *statements: str) -> None:
    """Run statements in one transaction."""
    if isinstance(location, Path):
        with sqlite3.connect(location) as db:
            for statement in statements:
                db.execute(statement)
        return
    connection = await asyncpg.connect(location)
    try:
        async with connection.transaction():
            for statement in statements:
                await connection.execute(sql.postgres(statement))
    finally:
        await connection.close()


async def fetch(location: str | Path, statement: str, *args: Any) -> list[tuple[Any, ...]]:
    if isinstance(location, Path):
        with sqlite3.connect(location) as db:
            return db.execute(statement, args).fetchall()
    connection = await asyncpg.connect(location)
    try:
        return [tuple(row) for row in await connection.fetch(sql.postgres(statement), *args)]
    finally:
        await connection.close()


async def schema_version(location: str | Path) -> int:
    if isinstance(location, Path):
        return int((await fetch(location, "PRAGMA user_version"))[0][0])
    return int((await fetch(location, "SELECT MAX(version) FROM schema_version"))[0][0])


async def set_schema_version(location: str | Path, version: int) -> None:
    """Mark the database as made by the bot of schema `version` (creating the mark if need be)."""
    if isinstance(location, Path):
        await execute(location, f"PRAGMA user_version = {version}")
        return
    await execute(
        location,
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
        "DELETE FROM schema_version",
        f"INSERT INTO schema_version VALUES ({version})",
    )


async def columns(location: str | Path) -> dict[str, tuple[str, ...]]:
    """Each table of the database (but PostgreSQL's schema_version) and its columns, in order."""
    if isinstance(location, Path):
        tables = [name for (name,) in await fetch(location, "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: tuple(row[1] for row in await fetch(location, f"PRAGMA table_info({t})")) for t in tables}
    rows = await fetch(
        location,
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name <> 'schema_version'"
        " ORDER BY table_name, ordinal_position",
    )
    found: dict[str, tuple[str, ...]] = {}
    for table, column in rows:
        found[table] = (*found.get(table, ()), column)
    return found
