"""Boards by period, a player's place, and profiles, from stored answers, on both backends."""

from __future__ import annotations

from pathlib import Path

from bot.core.store import Store, store_at

WEEK_START = 1_764_547_200.0  # Monday 2025-12-01 00:00 UTC


async def answer(store: Store, user: int, points: int, at: float, question: str = "q", streak: int = 1) -> None:
    await store.award(
        guild_id=1, channel_id=1, game_id=None, user_id=user, name=f"p{user}", question_id=question,
        points=points, at=at, seconds=points / 2, streak=streak,
    )  # fmt: skip


async def test_the_week_counts_only_answers_since_monday(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        await answer(store, 1, 50, WEEK_START - 60)  # last Sunday night
        await answer(store, 2, 8, WEEK_START + 60)
        await answer(store, 3, 10, WEEK_START + 120)
        await answer(store, 3, 5, WEEK_START + 180)
        week = await store.board(1, WEEK_START)
        assert [(r.rank, r.name, r.points, r.correct) for r in week] == [(1, "p3", 15, 2), (2, "p2", 8, 1)]
        assert all(type(r.points) is int and type(r.rank) is int for r in week)  # not PostgreSQL's NUMERIC sums
        every = await store.board(1, None)
        assert [(r.rank, r.name, r.points) for r in every] == [(1, "p1", 50), (2, "p3", 15), (3, "p2", 8)]
        assert await store.board_size(1, WEEK_START) == 2 and await store.board_size(1, None) == 3
        assert await store.board_place(1, WEEK_START, 1) is None  # scored only last week
        place = await store.board_place(1, None, 2)
        assert place is not None and (place.rank, place.name, place.points, place.correct) == (3, "p2", 8, 1)
        mine = await store.board_place(1, WEEK_START, 3)
        assert mine is not None and (mine.rank, mine.points, mine.correct) == (1, 15, 2)
        assert await store.board(2, None) == [] and await store.board_size(2, WEEK_START) == 0


async def test_ties_share_a_rank_and_pages_keep_the_ranks(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        for user, points in ((1, 50), (2, 15), (3, 15), (4, 8)):
            await answer(store, user, points, WEEK_START)
        assert [(r.rank, r.name) for r in await store.board(1, None)] == [(1, "p1"), (2, "p2"), (2, "p3"), (4, "p4")]
        assert [(r.rank, r.name) for r in await store.board(1, None, limit=2, offset=2)] == [(2, "p3"), (4, "p4")]
        assert [(r.rank, r.name) for r in await store.board(1, WEEK_START, limit=2, offset=1)] == [(2, "p2"), (2, "p3")]
        place = await store.board_place(1, None, 3)
        assert place is not None and place.rank == 2


async def test_a_profile_has_streaks_speed_win_rate_and_answers_by_question(db_location: str | Path) -> None:
    async with await store_at(db_location).open() as store:
        game = await store.begin_game(1, 1, 7, rounds=4)
        for n, (points, streak) in enumerate(((10, 1), (11, 2), (6, 3))):
            await store.award(
                guild_id=1, channel_id=1, game_id=game, user_id=7, name="Ana", question_id=f"q{n % 2}",
                points=points, at=WEEK_START, seconds=1.5 + n, streak=streak,
            )  # fmt: skip
        await store.end_game(game, [7])
        await answer(store, 8, 40, WEEK_START)
        profile = await store.profile(1, 7)
        assert profile is not None
        assert (profile.points, profile.correct, profile.games, profile.rank, profile.players) == (27, 3, 1, 2, 2)
        assert (profile.best_streak, profile.fastest, profile.rounds_played) == (3, 1.5, 4)
        assert type(profile.rounds_played) is int
        assert profile.win_rate == 0.75 and profile.answered == {"q0": 2, "q1": 1}
        assert await store.profile(1, 9) is None
