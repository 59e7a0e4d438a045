"""Question packs in the SQLite database: each server's own question files (table
`packs`, schema version 6), as SqliteDatabase reads and writes them.

A pack is replaced in one transaction, and the limit of packs per server is counted
in that same transaction, so two uploads at once cannot both squeeze past it.
"""

from __future__ import annotations

import json
import sqlite3

from .records import PackInfo
from .sqlite_tools import transaction

_INFO = "SELECT name, filename, format, questions, categories, digest, uploaded_by, uploaded_at FROM packs"
_UPSERT = """
    INSERT INTO packs (guild_id, name, filename, format, source, digest, questions, categories, uploaded_by,
                       uploaded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (guild_id, name) DO UPDATE SET
        filename = excluded.filename, format = excluded.format, source = excluded.source,
        digest = excluded.digest, questions = excluded.questions, categories = excluded.categories,
        uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at
"""


def _info(row: tuple[object, ...]) -> PackInfo:
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
        (others,) = db.execute(
            "SELECT COUNT(*) FROM packs WHERE guild_id = ? AND name <> ?", (guild_id, info.name)
        ).fetchone()
        if others >= limit:
            return False
        categories = json.dumps(info.categories, ensure_ascii=False, sort_keys=True)
        db.execute(
            _UPSERT,
            (
                guild_id,
                info.name,
                info.filename,
                info.format,
                source,
                info.digest,
                info.questions,
                categories,
                info.uploaded_by,
                info.uploaded_at,
            ),
        )
    return True


def listing(db: sqlite3.Connection, guild_id: int) -> list[PackInfo]:
    rows = db.execute(f"{_INFO} WHERE guild_id = ? ORDER BY name", (guild_id,)).fetchall()
    return [_info(row) for row in rows]


def info(db: sqlite3.Connection, guild_id: int, name: str) -> PackInfo | None:
    row = db.execute(f"{_INFO} WHERE guild_id = ? AND name = ?", (guild_id, name)).fetchone()
    return None if row is None else _info(row)


def source(db: sqlite3.Connection, guild_id: int, name: str) -> bytes | None:
    row = db.execute("SELECT source FROM packs WHERE guild_id = ? AND name = ?", (guild_id, name)).fetchone()
    return None if row is None else bytes(row[0])


def remove(db: sqlite3.Connection, guild_id: int, name: str, question_prefix: str) -> bool:
    """Forget a pack, the rotation of its questions (ids starting with `question_prefix`)
    and, if it was the server's default pack, that setting; False if there was none."""
    with transaction(db):
        cursor = db.execute("DELETE FROM packs WHERE guild_id = ? AND name = ?", (guild_id, name))
        if cursor.rowcount == 0:
            return False
        db.execute(
            "DELETE FROM asked WHERE guild_id = ? AND substr(question_id, 1, ?) = ?",
            (guild_id, len(question_prefix), question_prefix),
        )
        db.execute("DELETE FROM guild_settings WHERE guild_id = ? AND name = 'pack' AND value = ?", (guild_id, name))
    return True
