"""Question packs in the database: each server's own question files (table `packs`,
schema version 6). The statements are written once, in SQLite's SQL, and run by both
backends (PostgresStore renders them, see sql.py); the functions here are
SqliteDatabase's.

A pack is replaced in one transaction, and the limit of packs per server is counted
in that same transaction, so two uploads at once cannot both squeeze past it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from .records import PackInfo
from .sqlite_tools import transaction

INFO = "SELECT name, filename, format, questions, categories, digest, uploaded_by, uploaded_at FROM packs"
UPSERT = """
    INSERT INTO packs (guild_id, name, filename, format, source, digest, questions, categories, uploaded_by,
                       uploaded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (guild_id, name) DO UPDATE SET
        filename = excluded.filename, format = excluded.format, source = excluded.source,
        digest = excluded.digest, questions = excluded.questions, categories = excluded.categories,
        uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at
"""


COUNT_OTHERS = "SELECT COUNT(*) FROM packs WHERE guild_id = ? AND name <> ?"
LIST = f"{INFO} WHERE guild_id = ? ORDER BY name"
ONE = f"{INFO} WHERE guild_id = ? AND name = ?"
SOURCE = "SELECT source FROM packs WHERE guild_id = ? AND name = ?"
DELETE = "DELETE FROM packs WHERE guild_id = ? AND name = ?"
FORGET_ASKED = "DELETE FROM asked WHERE guild_id = ? AND substr(question_id, 1, ?) = ?"
FORGET_DEFAULT = "DELETE FROM guild_settings WHERE guild_id = ? AND name = 'pack' AND value = ?"


def row_values(guild_id: int, info: PackInfo, source: bytes) -> tuple[object, ...]:
    """The values of UPSERT for a pack."""
    categories = json.dumps(info.categories, ensure_ascii=False, sort_keys=True)
    return (
        guild_id, info.name, info.filename, info.format, source, info.digest, info.questions, categories,
        info.uploaded_by, info.uploaded_at,
    )  # fmt: skip


def info_of(row: Sequence[object]) -> PackInfo:
    """A PackInfo from a row of INFO."""
    name, filename, kind, questions, categories, digest, uploaded_by, uploaded_at = row
    return PackInfo(
        name=str(name),
        filename=str(filename),
        format=str(kind),
        questions=int(str(questions)),
        categories=dict(json.loads(str(categories))),
        digest=str(digest),
        uploaded_by=int(str(uploaded_by)),
        uploaded_at=int(str(uploaded_at)),
    )


def put(db: sqlite3.Connection, guild_id: int, info: PackInfo, source: bytes, limit: int) -> bool:
    """Store (or replace) a pack; False, storing nothing, when the server already holds
    `limit` other packs."""
    with transaction(db):
        (others,) = db.execute(COUNT_OTHERS, (guild_id, info.name)).fetchone()
        if others >= limit:
            return False
        db.execute(UPSERT, row_values(guild_id, info, source))
    return True


def listing(db: sqlite3.Connection, guild_id: int) -> list[PackInfo]:
    rows = db.execute(LIST, (guild_id,)).fetchall()
    return [info_of(row) for row in rows]


def info(db: sqlite3.Connection, guild_id: int, name: str) -> PackInfo | None:
    row = db.execute(ONE, (guild_id, name)).fetchone()
    return None if row is None else info_of(row)


def source(db: sqlite3.Connection, guild_id: int, name: str) -> bytes | None:
    row = db.execute(SOURCE, (guild_id, name)).fetchone()
    return None if row is None else bytes(row[0])


def remove(db: sqlite3.Connection, guild_id: int, name: str, question_prefix: str) -> bool:
    """Forget a pack, the rotation of its questions (ids starting with `question_prefix`)
    and, if it was the server's default pack, that setting; False if there was none."""
    with transaction(db):
        cursor = db.execute(DELETE, (guild_id, name))
        if cursor.rowcount == 0:
            return False
        db.execute(FORGET_ASKED, (guild_id, len(question_prefix), question_prefix))
        db.execute(FORGET_DEFAULT, (guild_id, name))
    return True
