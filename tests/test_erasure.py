"""Erasing a member's data on a server, and a whole server's (store.forget_player,
store.forget_server; `python -m bot db forget --guild ID` in test_cli.py), on each
backend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.store import SqliteDatabase, Store, store_at

from .store_backends import fetch

A, B = 100, 200  # servers
ANA, BO = 1, 2


async def played(store: Store) -> None:
    """Ana and Bo play a game on server A; Ana plays on server B too and reports a question."""
    game = await store.begin_game(A, 10, ANA, rounds=2)
    await store.award(guild_id=A, channel_id=10, game_id=game, user_id=ANA, name="Ana", question_id="q1", points=10)
    await store.award(guild_id=A, channel_id=10, game_id=game, user_id=BO, name="Bo", question_id="q2", points=8)
    await store.end_game(game, [ANA, BO])
    await store.award(guild_id=B, channel_id=20, game_id=None, user_id=ANA, name="Ana", question_id="q1", points=7)
    await store.add_report(A, "q1", ANA, "typo")
    await store.mark_asked(A, "q1")
    await store.set_setting(A, "rounds", "5")


@pytest.fixture
async def store(db_location: str | Path) -> AsyncIterator[Store]:
    opened = await store_at(db_location).open()
    yield opened
    await opened.close()


async def count(location: str | Path, sql: str, *args: object) -> int:
    ((value,),) = await fetch(location, sql, *args)
    return int(value)


async def test_a_member_s_data_on_one_server_is_erased_and_nothing_else(store: Store, db_location: str | Path) -> None:
    await played(store)
    assert await store.forget_player(A, ANA) == 1
    assert await store.stats(A, ANA) is None and await store.profile(A, ANA) is None
    assert [p.name for p in await store.leaderboard(A)] == ["Bo"]
    assert await store.open_reports(A) == []
    stats = await store.stats(A, BO)
    assert stats is not None and (stats.points, stats.games) == (8, 1)  # the others keep everything
    assert (await store.stats(B, ANA)) is not None  # and so does Ana's other server
    assert await count(db_location, "SELECT COUNT(*) FROM game_players WHERE user_id = ?", ANA) == 0
    assert await count(db_location, "SELECT COUNT(*) FROM games WHERE started_by = ?", ANA) == 0  # the game stays
    assert await count(db_location, "SELECT COUNT(*) FROM games") == 1
    assert await store.forget_player(A, ANA) == 0  # twice: nothing left


async def test_a_whole_server_is_erased_and_the_others_stay(store: Store) -> None:
    await played(store)
    erased = await store.forget_server(A)
    assert erased["correct_answers"] == 2 and erased["games"] == 1 and erased["guild_settings"] == 1
    assert await store.leaderboard(A) == [] and await store.settings(A) == {} and await store.asked(A) == set()
    assert await store.open_reports(A) == []
    assert [p.name for p in await store.leaderboard(B)] == ["Ana"]
    assert set((await store.forget_server(A)).values()) == {0}


def test_erased_rows_are_overwritten_in_the_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = SqliteDatabase.open(path)
    marker = "Zelda-the-unforgettable"
    db.award(guild_id=A, channel_id=10, game_id=None, user_id=ANA, name=marker, question_id="q1", points=10)
    db.forget_player(A, ANA)
    db.close()  # the last connection checkpoints the write-ahead log into the file
    assert marker.encode() not in path.read_bytes()
