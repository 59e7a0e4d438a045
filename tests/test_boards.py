"""Boards by period, a player's place, and profiles, from stored answers."""

from __future__ import annotations

from pathlib import Path

from bot.core.store import SqliteDatabase

WEEK_START = 1_764_547_200.0  # Monday 2025-12-01 00:00 UTC


def answer(store: SqliteDatabase, user: int, points: int, at: float, question: str = "q", streak: int = 1) -> None:
    store.award(
        guild_id=1, channel_id=1, game_id=None, user_id=user, name=f"p{user}", question_id=question,
        points=points, at=at, seconds=points / 2, streak=streak,
    )  # fmt: skip


def test_the_week_counts_only_answers_since_monday(tmp_path: Path) -> None:
    store = SqliteDatabase.open(tmp_path / "b.db")
    answer(store, 1, 50, WEEK_START - 60)  # last Sunday night
    answer(store, 2, 8, WEEK_START + 60)
    answer(store, 3, 10, WEEK_START + 120)
    answer(store, 3, 5, WEEK_START + 180)
    week = store.board(1, WEEK_START)
    assert [(r.rank, r.name, r.points, r.correct) for r in week] == [(1, "p3", 15, 2), (2, "p2", 8, 1)]
    every = store.board(1, None)
    assert [(r.rank, r.name, r.points) for r in every] == [(1, "p1", 50), (2, "p3", 15), (3, "p2", 8)]
    assert store.board_size(1, WEEK_START) == 2 and store.board_size(1, None) == 3
    assert store.board_place(1, WEEK_START, 1) is None  # scored only last week
    place = store.board_place(1, None, 2)
    assert place is not None and (place.rank, place.points) == (3, 8)
    store.close()


def test_ties_share_a_rank_and_pages_keep_the_ranks(tmp_path: Path) -> None:
    store = SqliteDatabase.open(tmp_path / "t.db")
    for user, points in ((1, 50), (2, 15), (3, 15), (4, 8)):
        answer(store, user, points, WEEK_START)
    assert [(r.rank, r.name) for r in store.board(1, None)] == [(1, "p1"), (2, "p2"), (2, "p3"), (4, "p4")]
    assert [(r.rank, r.name) for r in store.board(1, None, limit=2, offset=2)] == [(2, "p3"), (4, "p4")]
    place = store.board_place(1, None, 3)
    assert place is not None and place.rank == 2
    store.close()


def test_a_profile_has_streaks_speed_win_rate_and_answers_by_question(tmp_path: Path) -> None:
    store = SqliteDatabase.open(tmp_path / "p.db")
    game = store.begin_game(1, 1, 7, rounds=4)
    for n, (points, streak) in enumerate(((10, 1), (11, 2), (6, 3))):
        store.award(
            guild_id=1, channel_id=1, game_id=game, user_id=7, name="Ana", question_id=f"q{n % 2}",
            points=points, at=WEEK_START, seconds=1.5 + n, streak=streak,
        )  # fmt: skip
    store.end_game(game, [7])
    profile = store.profile(1, 7)
    assert profile is not None
    assert (profile.points, profile.correct, profile.games, profile.rank) == (27, 3, 1, 1)
    assert (profile.best_streak, profile.fastest, profile.rounds_played) == (3, 1.5, 4)
    assert profile.win_rate == 0.75 and profile.answered == {"q0": 2, "q1": 1}
    assert store.profile(1, 8) is None
    store.close()
