"""The score database's schema, as numbered migrations, the same for every backend.

Each version is written once, in SQLite's SQL; PostgreSQL runs it as sql.postgres()
renders it (64-bit integers, double precision, identity ids). Each migration runs in
one transaction and records the version it reached (SQLite: `PRAGMA user_version`;
PostgreSQL: the table `schema_version`); a database made by an older bot is brought
up to date at start-up, one made by a newer bot is refused (the store says so).

TABLES names the tables of the current version and their columns, those referred to
first: what `db copy` copies, in that order.
"""

from __future__ import annotations

SCHEMA_VERSION = 5

TABLES: dict[str, tuple[str, ...]] = {
    "games": ("id", "guild_id", "channel_id", "started_by", "rounds", "started_at", "ended_at"),
    "game_players": ("game_id", "user_id"),
    "players": ("guild_id", "user_id", "name"),
    "correct_answers": (
        "id", "guild_id", "channel_id", "game_id", "user_id", "question_id", "points", "answered_at",
        "seconds", "streak",
    ),
    "player_totals": ("guild_id", "user_id", "points", "correct", "games"),
    "meta": ("key", "value"),
    "asked": ("guild_id", "question_id", "asked_at"),
    "guild_settings": ("guild_id", "name", "value"),
    "reports": ("id", "guild_id", "question_id", "reporter", "reason", "reported_at", "closed"),
}  # fmt: skip

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


def statements(version: int) -> list[str]:
    """The statements of one migration, in SQLite's SQL, one by one."""
    return [statement for statement in MIGRATIONS[version].split(";") if statement.strip()]
