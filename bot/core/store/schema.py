"""The score database's schema, as numbered migrations, and how they are applied.

Each migration runs in one transaction and sets `PRAGMA user_version`; a file made
by an older bot is brought up to date at start-up, one made by a newer bot is
refused (the store says so). `transaction` is the one way the SQLite backend writes.
"""

from __future__ import annotations

import sqlite3

from .store import StoreError

SCHEMA_VERSION = 5

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE players (
        guild_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (guild_id, user_id)
    );
    CREATE TABLE games (
        id INTEGER PRIMARY KEY,
        guild_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        started_by INTEGER NOT NULL,
        rounds INTEGER NOT NULL,
        started_at REAL NOT NULL,
        ended_at REAL
    );
    CREATE TABLE game_players (
        game_id INTEGER NOT NULL REFERENCES games (id),
        user_id INTEGER NOT NULL,
        PRIMARY KEY (game_id, user_id)
    );
    CREATE TABLE correct_answers (
        id INTEGER PRIMARY KEY,
        guild_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL,
        game_id INTEGER REFERENCES games (id),
        user_id INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        points INTEGER NOT NULL,
        answered_at REAL NOT NULL
    );
    CREATE INDEX correct_answers_by_player ON correct_answers (guild_id, user_id);
    CREATE INDEX games_by_guild ON games (guild_id);
    """,
    # v2: running totals, kept in the same transaction as each event. Summing every
    # event of a server for each announcement made a busy server's games slow down
    # hour by hour (found by benchmarks/soak.py). The totals of a v1 file are
    # computed from its events.
    2: """
    CREATE TABLE player_totals (
        guild_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        points INTEGER NOT NULL DEFAULT 0,
        correct INTEGER NOT NULL DEFAULT 0,
        games INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (guild_id, user_id)
    );
    CREATE INDEX player_totals_by_points ON player_totals (guild_id, points DESC);
    INSERT INTO player_totals (guild_id, user_id)
        SELECT guild_id, user_id FROM correct_answers
        UNION SELECT g.guild_id, gp.user_id FROM game_players gp JOIN games g ON g.id = gp.game_id;
    UPDATE player_totals SET
        points = (SELECT COALESCE(SUM(c.points), 0) FROM correct_answers c
                  WHERE c.guild_id = player_totals.guild_id AND c.user_id = player_totals.user_id),
        correct = (SELECT COUNT(*) FROM correct_answers c
                   WHERE c.guild_id = player_totals.guild_id AND c.user_id = player_totals.user_id),
        games = (SELECT COUNT(*) FROM game_players gp JOIN games g ON g.id = gp.game_id
                 WHERE g.guild_id = player_totals.guild_id AND gp.user_id = player_totals.user_id);
    """,
    # v3: small facts the bot keeps between runs (the hash of the last slash commands synced).
    3: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # v4: speed points and streaks (how long an answer took, the streak it extended;
    # NULL on older rows, whose points stay as they were), and the rotation: which
    # questions each server has been asked since its rotation last started over.
    4: """
    ALTER TABLE correct_answers ADD COLUMN seconds REAL;
    ALTER TABLE correct_answers ADD COLUMN streak INTEGER;
    CREATE TABLE asked (
        guild_id INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        asked_at REAL NOT NULL,
        PRIMARY KEY (guild_id, question_id)
    );
    """,
    # v5: per-server settings, question reports, and answers by time (weekly and monthly boards).
    5: """
    CREATE TABLE guild_settings (
        guild_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (guild_id, name)
    );
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        guild_id INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        reporter INTEGER NOT NULL,
        reason TEXT NOT NULL,
        reported_at REAL NOT NULL,
        closed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX reports_open ON reports (guild_id, closed, question_id);
    CREATE INDEX correct_answers_by_time ON correct_answers (guild_id, answered_at, user_id, points);
    """,
}


def migrate(db: sqlite3.Connection) -> None:
    """Bring the database up to SCHEMA_VERSION, one migration per transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {version}, newer than this bot's {SCHEMA_VERSION}; "
            "upgrade the bot or point TRIVIA_DB at another file"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(db):
            for statement in MIGRATIONS[target].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")


class transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error.

    IMMEDIATE takes the write lock up front, so a busy database fails fast at BEGIN
    (after the busy timeout) instead of half-way through.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            try:
                self._db.execute("COMMIT")
            except BaseException:
                self._rollback()  # or the next BEGIN fails: a transaction within a transaction
                raise
        else:
            self._rollback()

    def _rollback(self) -> None:
        if self._db.in_transaction:
            # SQLite has already rolled back after some errors (a full disk, say); a
            # second ROLLBACK would fail and hide the error that says why.
            self._db.execute("ROLLBACK")
