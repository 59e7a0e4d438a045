"""Erasing what the store keeps of a member on a server, or of a whole server.

Plain SQL on a connection, run by the backend inside one transaction of its own:
each answer, total, name, game taken part in and report of the member goes; the
games they started stay, without their id, as part of the others' history. The
database is opened with `secure_delete`, so the erased rows are overwritten, not left
in free pages.
"""

from __future__ import annotations

import sqlite3

_PLAYER = (
    "DELETE FROM correct_answers WHERE guild_id = :guild AND user_id = :user",
    "DELETE FROM players WHERE guild_id = :guild AND user_id = :user",
    "DELETE FROM player_totals WHERE guild_id = :guild AND user_id = :user",
    "DELETE FROM game_players WHERE user_id = :user AND game_id IN (SELECT id FROM games WHERE guild_id = :guild)",
    "DELETE FROM reports WHERE guild_id = :guild AND reporter = :user",
    "UPDATE games SET started_by = 0 WHERE guild_id = :guild AND started_by = :user",
)
_SERVER = (
    "DELETE FROM game_players WHERE game_id IN (SELECT id FROM games WHERE guild_id = :guild)",
    "DELETE FROM correct_answers WHERE guild_id = :guild",
    "DELETE FROM games WHERE guild_id = :guild",
    "DELETE FROM players WHERE guild_id = :guild",
    "DELETE FROM player_totals WHERE guild_id = :guild",
    "DELETE FROM asked WHERE guild_id = :guild",
    "DELETE FROM guild_settings WHERE guild_id = :guild",
    "DELETE FROM reports WHERE guild_id = :guild",
)


def forget_player(db: sqlite3.Connection, guild_id: int, user_id: int) -> int:
    """Erase a member's data on a server; how many right answers of theirs there were."""
    values = {"guild": guild_id, "user": user_id}
    counts = [db.execute(statement, values).rowcount for statement in _PLAYER]
    return counts[0]


def forget_server(db: sqlite3.Connection, guild_id: int) -> dict[str, int]:
    """Erase everything of a server; how many rows each table lost."""
    values = {"guild": guild_id}
    counts: dict[str, int] = {}
    for statement in _SERVER:
        table = statement.split()[2]
        counts[table] = db.execute(statement, values).rowcount
    return counts
