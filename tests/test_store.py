"""The score store: per-server separation, durability, concurrency, schema versions."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.core.errors import StoreUnavailable
from bot.core.store import SCHEMA_VERSION, SqliteDatabase, SqliteStore, Store, StoreError

from .db_faults import FAULTS, Fault, Immutable


def award(store: SqliteDatabase, guild: int, user: int, name: str = "p", question: str = "q") -> None:
    store.award(guild_id=guild, channel_id=1, game_id=None, user_id=user, name=name, question_id=question, points=1)


async def award_async(store: Store, guild: int, user: int) -> None:
    await store.award(guild_id=guild, channel_id=1, game_id=None, user_id=user, name="p", question_id="q", points=1)


def test_scores_are_kept_per_server(tmp_path: Path) -> None:
    store = SqliteDatabase.open(tmp_path / "s.db")
    award(store, guild=1, user=7)
    award(store, guild=1, user=7)
    award(store, guild=2, user=7)
    one, two = store.stats(1, 7), store.stats(2, 7)
    assert one is not None and two is not None
    assert (one.points, two.points) == (2, 1)
    assert store.stats(3, 7) is None


def test_scores_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = SqliteDatabase.open(path)
    award(store, guild=1, user=7, name="Ana")
    store.close()
    again = SqliteDatabase.open(path)
    stats = again.stats(1, 7)
    assert stats is not None and (stats.name, stats.points, stats.rank) == ("Ana", 1, 1)


def test_leaderboard_ranks_by_points_and_shares_ties(tmp_path: Path) -> None:
    store = SqliteDatabase.open(tmp_path / "s.db")
    for user, points in ((1, 3), (2, 5), (3, 3), (4, 1)):
        for _ in range(points):
            award(store, guild=9, user=user, name=f"u{user}")
    rows = store.leaderboard(9, limit=3)
    assert [(r.user_id, r.points, r.rank) for r in rows] == [(2, 5, 1), (1, 3, 2), (3, 3, 2)]
    assert store.player_count(9) == 4
    assert store.leaderboard(10) == []


def test_latest_display_name_is_shown(tmp_path: Path) -> None:
    store = SqliteDatabase.open(tmp_path / "s.db")
    award(store, guild=1, user=7, name="old")
    award(store, guild=1, user=7, name="new")
    assert [r.name for r in store.leaderboard(1)] == ["new"]


async def test_concurrent_awards_are_all_kept(tmp_path: Path) -> None:
    store = await SqliteStore(tmp_path / "s.db").open()
    try:
        await asyncio.gather(*(award_async(store, guild=1, user=i % 5) for i in range(200)))
        rows = await store.leaderboard(1, 10)
        assert sum(r.points for r in rows) == 200
        assert {r.points for r in rows} == {40}
    finally:
        await store.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.execute("CREATE TABLE keep_me (x)")
    with pytest.raises(StoreError, match="newer"):
        SqliteDatabase.open(path)
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert tables == {"keep_me"}


def test_a_new_database_gets_the_current_schema_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "data" / "nested" / "s.db"
    SqliteDatabase.open(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    store = SqliteDatabase.open(tmp_path / "s.db")
    award(store, guild=1, user=7)
    store.backup(tmp_path / "copy.db")
    copy = SqliteDatabase.open(tmp_path / "copy.db")
    stats = copy.stats(1, 7)
    assert stats is not None and stats.points == 1


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
async def test_a_database_that_refuses_writes_gives_a_clear_error_and_saving_resumes_after(
    tmp_path: Path, fault: Fault
) -> None:
    if isinstance(fault, Immutable) and not Immutable.possible():
        pytest.skip("chattr +i needs root on a file system that supports it")
    store = await SqliteStore(tmp_path / "s.db", busy_timeout=0.2).open()
    try:
        await award_async(store, guild=1, user=7)
        await fault.breaks(store)
        try:
            with pytest.raises(StoreUnavailable, match=fault.cause):
                await award_async(store, guild=1, user=7)
        finally:
            await fault.repairs(store)
        await award_async(store, guild=1, user=7)
        stats = await store.stats(1, 7)
        assert stats is not None and stats.points == 2  # the failed award left nothing behind
    finally:
        await store.close()
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_version_1_database_is_migrated_with_its_totals(tmp_path: Path) -> None:
    from bot.core.store import MIGRATIONS as _MIGRATIONS

    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as db:  # a file as the first release wrote it
        db.executescript(_MIGRATIONS[1])
        db.execute(
            "INSERT INTO games (id, guild_id, channel_id, started_by, rounds, started_at) VALUES (1, 5, 1, 7, 3, 0)"
        )
        db.execute(
            "INSERT INTO games (id, guild_id, channel_id, started_by, rounds, started_at) VALUES (2, 5, 1, 7, 3, 0)"
        )
        db.executemany("INSERT INTO game_players VALUES (?, ?)", [(1, 7), (2, 7), (2, 8)])
        db.executemany(
            "INSERT INTO correct_answers (guild_id, channel_id, game_id, user_id, question_id, points, answered_at)"
            " VALUES (5, 1, ?, ?, 'q', 1, 0)",
            [(1, 7), (1, 7), (2, 7)],
        )
        db.execute("INSERT INTO players VALUES (5, 7, 'Ana')")
        db.execute("PRAGMA user_version = 1")
    store = SqliteDatabase.open(path)
    ana = store.stats(5, 7)
    assert ana is not None and (ana.name, ana.points, ana.correct, ana.games, ana.rank) == ("Ana", 3, 3, 2, 1)
    assert store.stats(5, 8) is None  # played, never scored
    award(store, guild=5, user=8)
    bo = store.stats(5, 8)
    assert bo is not None and (bo.points, bo.games, bo.rank) == (1, 1, 2)  # the game they played was counted
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6


def test_remembered_facts_survive_reopening_and_can_be_replaced(tmp_path: Path) -> None:
    path = tmp_path / "meta.db"
    store = SqliteDatabase.open(path)
    assert store.get_meta("command-hash") is None
    store.set_meta("command-hash", "abc")
    store.set_meta("command-hash", "def")
    store.close()
    reopened = SqliteDatabase.open(path)
    assert reopened.get_meta("command-hash") == "def"
    reopened.close()


def test_the_rotation_survives_reopening_and_starts_over_on_request(tmp_path: Path) -> None:
    path = tmp_path / "rotation.db"
    store = SqliteDatabase.open(path)
    store.mark_asked(1, "a")
    store.mark_asked(1, "b")
    store.mark_asked(2, "a")
    store.close()
    store = SqliteDatabase.open(path)
    assert store.asked(1) == {"a", "b"} and store.asked(2) == {"a"}
    store.forget_asked(1, ["a", "zzz"])
    assert store.asked(1) == {"b"} and store.asked(2) == {"a"}
    store.close()


def test_v3_scores_keep_their_points_after_the_speed_points_migration(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    store = SqliteDatabase.open(path)
    award(store, guild=5, user=7)
    store.close()
    with sqlite3.connect(path) as db:  # back to a v3 file: no seconds or streak columns
        db.execute("DROP TABLE guild_settings")
        db.execute("DROP TABLE reports")
        db.execute("DROP INDEX correct_answers_by_time")
        db.execute("ALTER TABLE correct_answers DROP COLUMN seconds")
        db.execute("ALTER TABLE correct_answers DROP COLUMN streak")
        db.execute("DROP TABLE asked")
        db.execute("DROP TABLE packs")
        db.execute("PRAGMA user_version = 3")
    store = SqliteDatabase.open(path)
    before = store.stats(5, 7)
    assert before is not None and before.points == 1
    store.award(guild_id=5, channel_id=1, game_id=None, user_id=7, name="Ana", question_id="q", points=9, seconds=2.5)
    after = store.stats(5, 7)
    assert after is not None and (after.points, after.correct) == (10, 2)
    store.close()
