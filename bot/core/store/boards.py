"""Leaderboards by period and player profiles: the queries both backends run.

All time reads the running totals; a week or a month sums the answer events since
its start, through the index on (guild, time, user, points), so a busy server's
weekly board stays quick (benchmarks/boards.py, benchmarks/store.py). Each function
returns one statement in SQLite's dialect with its parameters (see sql.py for how
PostgreSQL reads it); the backends run it and make the records.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .records import BoardRow, Profile

Query = tuple[str, tuple[Any, ...]]

# Each player's points and correct answers: all time from the running totals, or
# summed over the answers since a time, through the index on (guild, time, user,
# points) (SQLite would otherwise walk every answer of the server in player order).
_TOTALS = "SELECT user_id, points, correct FROM player_totals WHERE guild_id = ? AND correct > 0"
_SINCE = """
    SELECT user_id, CAST(SUM(points) AS INTEGER) AS points, COUNT(*) AS correct
    FROM correct_answers INDEXED BY correct_answers_by_time
    WHERE guild_id = ? AND answered_at >= ? GROUP BY user_id
"""
_ORDER = "ORDER BY points DESC, correct DESC, user_id"


def _scores(guild_id: int, since: float | None) -> Query:
    return (_TOTALS, (guild_id,)) if since is None else (_SINCE, (guild_id, since))


def board(guild_id: int, since: float | None, limit: int, offset: int = 0) -> Query:
    """One page of a server's board, from `since` (None: all time). Players with equal
    points share a rank ("1, 1, 3"), listed by correct answers."""
    scores, args = _scores(guild_id, since)
    ranked = f"SELECT *, RANK() OVER (ORDER BY points DESC) AS place FROM ({scores}) AS scores"
    return (
        "SELECT s.place, s.user_id, COALESCE(p.name, CAST(s.user_id AS TEXT)), s.points, s.correct"
        f" FROM ({ranked} {_ORDER} LIMIT ? OFFSET ?) AS s"
        " LEFT JOIN players p ON p.guild_id = ? AND p.user_id = s.user_id"
        f" {_ORDER.replace('user_id', 's.user_id')}",
        (*args, limit, offset, guild_id),
    )


def board_size(guild_id: int, since: float | None) -> Query:
    scores, args = _scores(guild_id, since)
    return f"SELECT COUNT(*) FROM ({scores}) AS scores", args


def board_place(guild_id: int, since: float | None, user_id: int) -> Query:
    """A player's own row of a board, wherever it is (ranked as `board` ranks); no row
    if they scored nothing then."""
    scores, args = _scores(guild_id, since)
    return (
        f"SELECT 1 + (SELECT COUNT(*) FROM ({scores}) AS o WHERE o.points > m.points),"
        " m.user_id, COALESCE(p.name, CAST(m.user_id AS TEXT)), m.points, m.correct"
        f" FROM ({scores}) AS m LEFT JOIN players p ON p.guild_id = ? AND p.user_id = m.user_id"
        " WHERE m.user_id = ?",
        (*args, *args, guild_id, user_id),
    )


def board_rows(rows: Iterable[Iterable[Any]]) -> list[BoardRow]:
    return [BoardRow(*row) for row in rows]


_PROFILE = """
    SELECT t.points, t.correct, t.games,
        1 + (SELECT COUNT(*) FROM player_totals o WHERE o.guild_id = t.guild_id AND o.points > t.points),
        (SELECT COUNT(*) FROM player_totals o WHERE o.guild_id = t.guild_id AND o.correct > 0),
        (SELECT CAST(COALESCE(SUM(g.rounds), 0) AS INTEGER) FROM game_players gp JOIN games g ON g.id = gp.game_id
         WHERE g.guild_id = t.guild_id AND gp.user_id = t.user_id),
        (SELECT MAX(streak) FROM correct_answers c WHERE c.guild_id = t.guild_id AND c.user_id = t.user_id),
        (SELECT MIN(seconds) FROM correct_answers c WHERE c.guild_id = t.guild_id AND c.user_id = t.user_id)
    FROM player_totals t WHERE t.guild_id = ? AND t.user_id = ?
"""
_ANSWERED = "SELECT question_id, COUNT(*) FROM correct_answers WHERE guild_id = ? AND user_id = ? GROUP BY question_id"


def profile(guild_id: int, user_id: int) -> tuple[Query, Query]:
    """The player's totals, rank, rounds, best streak and fastest answer (one row, or
    none), and their correct answers by question."""
    return (_PROFILE, (guild_id, user_id)), (_ANSWERED, (guild_id, user_id))


def profile_of(totals: Iterable[Any], answered: Iterable[Iterable[Any]]) -> Profile:
    points, correct, games, rank, players, rounds, best, fastest = totals
    by_question = {question: count for question, count in answered}
    return Profile(points, correct, games, rank, players, rounds, best, fastest, by_question)
