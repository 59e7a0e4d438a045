"""The score store: per-server separation, durability, concurrency, schema versions.

The store's contract is tested on both backends (`db_location`: a SQLite file, a
PostgreSQL database); SQLite's own faults and file formats after it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.core.errors import StoreUnavailable
from bot.core.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    TABLES,
    SqliteDatabase,
    SqliteStore,
    Store,
    StoreError,
    store_at,
)

from .db_faults import FAULTS, Fault, Immutable
from .store_backends import columns, execute, fetch, schema_version, set_schema_version

DISCORD_ID = 1_234_567_890_123_456_789  # a snowflake: more than 32 bits


async def award(store: Store, guild: int, user: int, name: str = "p", question: str = "q", points: int = 1) -> None:
    await store.award(
        guild_id=guild, channel_id=1, game_id=None, user_id=user, name=name, question_id=question, points=points
    )


async def test_scores_are_kept_per_server(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await award(store, guild=1, user=7)
        await award(store, guild=1, user=7)
        await award(store, guild=2, user=7)
        one, two = await store.stats(1, 7), await store.stats(2, 7)
        assert one is not None and two is not None
        assert (one.points, two.points) == (2, 1)
        assert await store.stats(3, 7) is None


async def test_scores_survive_reopening(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await award(store, guild=1, user=7, name="Ana")
    async with await store_at(db_location).open() as again:
        stats = await again.stats(1, 7)
    assert stats is not None and (stats.name, stats.points, stats.rank) == ("Ana", 1, 1)


async def test_discord_ids_are_kept_whole(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        game = await store.begin_game(DISCORD_ID, DISCORD_ID + 1, DISCORD_ID + 2, rounds=3)
        await store.award(
            guild_id=DISCORD_ID, channel_id=DISCORD_ID + 1, game_id=game, user_id=DISCORD_ID + 3, name="Ana",
            question_id="q", points=5, seconds=1.25, streak=2,
        )  # fmt: skip
        await store.end_game(game, [DISCORD_ID + 3])
        stats = await store.stats(DISCORD_ID, DISCORD_ID + 3)
        assert stats is not None and (stats.user_id, stats.points, stats.games) == (DISCORD_ID + 3, 5, 1)
        await store.set_setting(DISCORD_ID, "channels", str(DISCORD_ID + 1))
        assert await store.settings(DISCORD_ID) == {"channels": str(DISCORD_ID + 1)}


async def test_leaderboard_ranks_by_points_and_shares_ties(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        for user, points in ((1, 3), (2, 5), (3, 3), (4, 1)):
            for _ in range(points):
                await award(store, guild=9, user=user, name=f"u{user}")
        rows = await store.leaderboard(9, limit=3)
        assert [(r.user_id, r.points, r.rank) for r in rows] == [(2, 5, 1), (1, 3, 2), (3, 3, 2)]
        assert await store.player_count(9) == 4
        assert await store.leaderboard(10) == []


async def test_latest_display_name_is_shown(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await award(store, guild=1, user=7, name="old")
        await award(store, guild=1, user=7, name="new")
        assert [r.name for r in await store.leaderboard(1)] == ["new"]


async def test_a_game_counts_once_per_player_however_often_they_score(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        game = await store.begin_game(1, 1, 7, rounds=3)
        for question in ("a", "b"):
            await store.award(
                guild_id=1, channel_id=1, game_id=game, user_id=7, name="Ana", question_id=question, points=2
            )
        await store.end_game(game, [7, 8])  # Bo took part and never scored
        ana, bo = await store.stats(1, 7), await store.stats(1, 8)
        assert ana is not None and (ana.points, ana.correct, ana.games) == (4, 2, 1)
        assert bo is None and await store.player_count(1) == 1
        later = await store.begin_game(1, 1, 7, rounds=3)
        assert later > game


async def test_concurrent_awards_are_all_kept(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await asyncio.gather(*(award(store, guild=1, user=i % 5) for i in range(200)))
        rows = await store.leaderboard(1, 10)
        assert sum(r.points for r in rows) == 200
        assert {r.points for r in rows} == {40}


async def test_two_stores_on_one_database_awarding_at_once_lose_and_double_nothing(db_location: str | Path) -> None:
    """As two bot processes do: each its own store (its own connections) on one database."""
    async with await store_at(db_location).open() as one, await store_at(db_location).open() as two:
        games = [await one.begin_game(1, 1, 0, rounds=5), await two.begin_game(1, 2, 0, rounds=5)]

        async def play(store: Store, game: int, base: int) -> None:
            for n in range(60):
                await store.award(
                    guild_id=1, channel_id=1, game_id=game, user_id=n % 4, name=f"p{n % 4}",
                    question_id=f"q{base + n}", points=1 + n % 3,
                )  # fmt: skip
            await store.end_game(game, range(4))

        await asyncio.gather(*(play(one, games[0], 0), play(two, games[1], 100), play(one, games[0], 200)))
        rows = await two.leaderboard(1, 10)
    events = await fetch(db_location, "SELECT user_id, SUM(points), COUNT(*) FROM correct_answers GROUP BY user_id")
    assert sorted((r.user_id, r.points, r.correct) for r in rows) == sorted(events)
    assert sum(r.correct for r in rows) == 180 and sum(r.points for r in rows) == 3 * 120
    assert {r.games for r in rows} == {2}  # each player in both games, each counted once


async def test_a_database_from_a_newer_version_is_refused_untouched(db_location: str | Path) -> None:
    await execute(db_location, "CREATE TABLE keep_me (x INTEGER)")
    await set_schema_version(db_location, SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="newer"):
        await store_at(db_location).open()
    assert set(await columns(db_location)) == {"keep_me"}
    assert await schema_version(db_location) == SCHEMA_VERSION + 1


async def test_a_new_database_gets_the_current_schema(db_location: str | Path) -> None:
    async with await store_at(db_location).open():
        pass
    assert await schema_version(db_location) == SCHEMA_VERSION
    assert await columns(db_location) == TABLES  # what `db copy` copies is every table there is


async def test_a_version_1_database_is_migrated_with_its_totals(db_location: str | Path) -> None:
    await execute(  # a database as the first release wrote it
        db_location,
        *[statement for statement in MIGRATIONS[1].split(";") if statement.strip()],
        "INSERT INTO games (id, guild_id, channel_id, started_by, rounds, started_at) VALUES (1, 5, 1, 7, 3, 0)",
        "INSERT INTO games (id, guild_id, channel_id, started_by, rounds, started_at) VALUES (2, 5, 1, 7, 3, 0)",
        "INSERT INTO game_players VALUES (1, 7), (2, 7), (2, 8)",
        "INSERT INTO correct_answers (guild_id, channel_id, game_id, user_id, question_id, points, answered_at)"
        " VALUES (5, 1, 1, 7, 'q', 1, 0), (5, 1, 1, 7, 'q', 1, 0), (5, 1, 2, 7, 'q', 1, 0)",
        "INSERT INTO players VALUES (5, 7, 'Ana')",
    )
    await set_schema_version(db_location, 1)
    async with await store_at(db_location).open() as store:
        ana = await store.stats(5, 7)
        assert ana is not None and (ana.name, ana.points, ana.correct, ana.games, ana.rank) == ("Ana", 3, 3, 2, 1)
        assert await store.stats(5, 8) is None  # played, never scored
        await award(store, guild=5, user=8)
        bo = await store.stats(5, 8)
        assert bo is not None and (bo.points, bo.games, bo.rank) == (1, 1, 2)  # the game they played was counted
    assert await schema_version(db_location) == SCHEMA_VERSION == 5


async def test_remembered_facts_survive_reopening_and_can_be_replaced(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        assert await store.get_meta("command-hash") is None
        await store.set_meta("command-hash", "abc")
        await store.set_meta("command-hash", "def")
    async with await store_at(db_location).open() as reopened:
        assert await reopened.get_meta("command-hash") == "def"


async def test_the_rotation_survives_reopening_and_starts_over_on_request(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await store.mark_asked(1, "a")
        await store.mark_asked(1, "b")
        await store.mark_asked(1, "a")  # asked again: still once
        await store.mark_asked(2, "a")
    async with await store_at(db_location).open() as store:
        assert await store.asked(1) == {"a", "b"} and await store.asked(2) == {"a"}
        await store.forget_asked(1, ["a", "zzz"])
        assert await store.asked(1) == {"b"} and await store.asked(2) == {"a"}


async def test_reports_are_counted_by_question_and_closed_together(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await store.add_report(1, "q1", 7, "typo")
        await store.add_report(1, "q2", 7, "wrong answer")
        await store.add_report(1, "q2", 8, "wrong answer")
        await store.add_report(1, "q2", 9, "typo")
        await store.add_report(2, "q1", 7, "typo")
        assert await store.open_reports(1) == [("q2", "wrong answer", 2), ("q2", "typo", 1), ("q1", "typo", 1)]
        assert await store.close_reports(1, "q2") == 3
        assert await store.close_reports(1, "q2") == 0
        assert await store.open_reports(1) == [("q1", "typo", 1)]


async def test_backup_is_a_consistent_copy(db_location: str | Path, tmp_path: Path) -> None:
    async with await store_at(db_location).open() as store:
        await award(store, guild=1, user=7)
        await store.backup(tmp_path / "copy.db")
    copy = SqliteDatabase.open(tmp_path / "copy.db")
    stats = copy.stats(1, 7)
    assert stats is not None and stats.points == 1
    copy.close()


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
async def test_a_database_that_refuses_writes_gives_a_clear_error_and_saving_resumes_after(
    tmp_path: Path, fault: Fault
) -> None:
    if isinstance(fault, Immutable) and not Immutable.possible():
        pytest.skip("chattr +i needs root on a file system that supports it")
    store = await SqliteStore(tmp_path / "s.db", busy_timeout=0.2).open()
    try:
        await award(store, guild=1, user=7)
        await fault.breaks(store)
        try:
            with pytest.raises(StoreUnavailable, match=fault.cause):
                await award(store, guild=1, user=7)
        finally:
            await fault.repairs(store)
        await award(store, guild=1, user=7)
        stats = await store.stats(1, 7)
        assert stats is not None and stats.points == 2  # the failed award left nothing behind
    finally:
        await store.close()
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_new_sqlite_file_is_in_wal_mode_in_its_own_folder(tmp_path: Path) -> None:
    path = tmp_path / "data" / "nested" / "s.db"
    SqliteDatabase.open(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_v3_scores_keep_their_points_after_the_speed_points_migration(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    store = SqliteDatabase.open(path)
    store.award(guild_id=5, channel_id=1, game_id=None, user_id=7, name="p", question_id="q", points=1)
    store.close()
    with sqlite3.connect(path) as db:  # back to a v3 file: no seconds or streak columns
        db.execute("DROP TABLE guild_settings")
        db.execute("DROP TABLE reports")
        db.execute("DROP INDEX correct_answers_by_time")
        db.execute("ALTER TABLE correct_answers DROP COLUMN seconds")
        db.execute("ALTER TABLE correct_answers DROP COLUMN streak")
        db.execute("DROP TABLE asked")
        db.execute("PRAGMA user_version = 3")
    store = SqliteDatabase.open(path)
    before = store.stats(5, 7)
    assert before is not None and before.points == 1
    store.award(guild_id=5, channel_id=1, game_id=None, user_id=7, name="Ana", question_id="q", points=9, seconds=2.5)
    after = store.stats(5, 7)
    assert after is not None and (after.points, after.correct) == (10, 2)
    store.close()
