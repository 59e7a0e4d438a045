"""Leaderboards by period and player profiles, read from the score database.

All time reads the running totals; a week or a month sums the answer events since
its start, through the index on (guild, time, user, points), so a busy server's
weekly board stays quick (benchmarks/boards.py).
"""

from __future__ import annotations

import sqlite3

from .records import BoardRow, Profile

# Each player's points and correct answers: all time from the running totals, or
# summed over the answers since a time, through the index on (guild, time, user,
# points) (SQLite would otherwise walk every answer of the server in player order).
_TOTALS = "SELECT user_id, points, correct FROM player_totals WHERE guild_id = ? AND correct > 0"
_SINCE = """
    SELECT user_id, SUM(points) AS points, COUNT(*) AS correct
    FROM correct_answers INDEXED BY correct_answers_by_time
    WHERE guild_id = ? AND answered_at >= ? GROUP BY user_id
"""
_ORDER = "ORDER BY points DESC, correct DESC, user_id"


def _scores(guild_id: int, since: float | None) -> tuple[str, tuple[float, ...]]:
    return (_TOTALS, (guild_id,)) if since is None else (_SINCE, (guild_id, since))


def board(db: sqlite3.Connection, guild_id: int, since: float | None, limit: int, offset: int = 0) -> list[BoardRow]:
    """One page of a server's board, from `since` (None: all time). Players with equal
    points share a rank ("1, 1, 3"), listed by correct answers."""
    scores, args = _scores(guild_id, since)
    ranked = f"SELECT *, RANK() OVER (ORDER BY points DESC) AS place FROM ({scores})"
    rows = db.execute(
        f"SELECT s.place, s.user_id, COALESCE(p.name, CAST(s.user_id AS TEXT)), s.points, s.correct"
        f" FROM ({ranked} {_ORDER} LIMIT ? OFFSET ?) s"
        " LEFT JOIN players p ON p.guild_id = ? AND p.user_id = s.user_id"
        f" {_ORDER.replace('user_id', 's.user_id')}",
        (*args, limit, offset, guild_id),
    ).fetchall()
    return [BoardRow(*row) for row in rows]


def board_size(db: sqlite3.Connection, guild_id: int, since: float | None) -> int:
    scores, args = _scores(guild_id, since)
    return int(db.execute(f"SELECT COUNT(*) FROM ({scores})", args).fetchone()[0])


def board_place(db: sqlite3.Connection, guild_id: int, since: float | None, user_id: int) -> BoardRow | None:
    """A player's own row of a board, wherever it is (ranked as `board` ranks); None if
    they scored nothing then."""
    scores, args = _scores(guild_id, since)
    mine = db.execute(f"SELECT points, correct FROM ({scores}) WHERE user_id = ?", (*args, user_id)).fetchone()
    if mine is None:
        return None
    points, correct = mine
    ahead = db.execute(f"SELECT COUNT(*) FROM ({scores}) WHERE points > ?", (*args, points)).fetchone()[0]
    name = db.execute("SELECT name FROM players WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)).fetchone()
    return BoardRow(int(ahead) + 1, user_id, name[0] if name else str(user_id), points, correct)


def profile(db: sqlite3.Connection, guild_id: int, user_id: int) -> Profile | None:
    totals = db.execute(
        "SELECT points, correct, games FROM player_totals WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    ).fetchone()
    if totals is None:
        return None
    points, correct, games = totals
    rank = (
        1
        + db.execute(
            "SELECT COUNT(*) FROM player_totals WHERE guild_id = ? AND points > ?", (guild_id, points)
        ).fetchone()[0]
    )
    players = db.execute(
        "SELECT COUNT(*) FROM player_totals WHERE guild_id = ? AND correct > 0", (guild_id,)
    ).fetchone()[0]
    rounds = db.execute(
        "SELECT COALESCE(SUM(g.rounds), 0) FROM game_players gp JOIN games g ON g.id = gp.game_id"
        " WHERE g.guild_id = ? AND gp.user_id = ?",
        (guild_id, user_id),
    ).fetchone()[0]
    best, fastest = db.execute(
        "SELECT MAX(streak), MIN(seconds) FROM correct_answers WHERE guild_id = ? AND user_id = ?",
        (guild_id, user_id),
    ).fetchone()
    answered = dict(
        db.execute(
            "SELECT question_id, COUNT(*) FROM correct_answers WHERE guild_id = ? AND user_id = ? GROUP BY question_id",
            (guild_id, user_id),
        ).fetchall()
    )
    return Profile(points, correct, games, int(rank), int(players), int(rounds), best, fastest, answered)
