"""`python -m bot db copy SOURCE DESTINATION`: every table, from a SQLite file to each
backend (`db_location`) and back, checked; the bot on the copy shows the same boards
and keeps saving."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Any

import pytest

from bot.core.store import TABLES, Batch, SqliteStore, Store, StoreError, copy_store, period_start, store_at

from .conftest import PROJECT
from .postgres_server import PostgresServer
from .store_backends import fetch

NOW = 1_780_271_999.0  # Sunday 2026-05-31 23:59:59 UTC: a week and a month with answers before them
DAY = 86_400.0


def db(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot db ...` as an admin runs it."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "db", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT)} | env,
        timeout=120,
    )


async def fill(store: Store, players: int = 12, games: int = 6) -> None:
    """What a few weeks of play leave behind: games, answers, settings, the rotation, reports."""
    for g in range(games):  # 9 days apart, the last a day ago: in this week, this month, before
        at, guild = NOW - (games - 1 - g) * 9 * DAY - DAY, 100 + (games - 1 - g) % 2
        game = await store.begin_game(guild, 7, 1, rounds=5, at=at)
        for n in range(8):
            user = (g * 5 + n * 3) % players
            await store.award(
                guild_id=guild, channel_id=7, game_id=game, user_id=user, name=f"player {user}",
                question_id=f"q{n}", points=1 + (g + n) % 7, at=at + n * 30, seconds=2.5 + n, streak=1 + n % 3,
            )  # fmt: skip
        await store.end_game(game, range(0, players, 2), at=at + 600)
    await store.begin_game(100, 7, 1, rounds=3, at=NOW - 60)  # still running: never ended
    await store.set_setting(100, "mode", "choices")
    await store.set_setting(101, "language", "ko")
    await store.mark_asked(100, "q1", at=NOW - DAY)
    await store.add_report(100, "q3", 5, "typo", at=NOW - DAY)
    await store.close_reports(100, "q3")
    await store.add_report(100, "q4", 6, "wrong answer", at=NOW - DAY)
    await store.set_meta("command-hash", "abc123")


async def shown(store: Store) -> dict[str, Any]:
    """Everything the bot shows of the stored data: the boards, profiles, settings, reports."""
    seen: dict[str, Any] = {}
    for guild in (100, 101):
        for period in ("week", "month", "all"):
            since = period_start(period, NOW)
            seen[f"{guild} {period}"] = (await store.board(guild, since, 50), await store.board_size(guild, since))
        seen[f"{guild} leaderboard"] = await store.leaderboard(guild, 50)
        seen[f"{guild} profiles"] = [await store.profile(guild, user) for user in range(12)]
        seen[f"{guild} settings"] = await store.settings(guild)
        seen[f"{guild} asked"] = await store.asked(guild)
        seen[f"{guild} reports"] = await store.open_reports(guild)
    seen["meta"] = await store.get_meta("command-hash")
    return seen


async def test_a_copy_to_each_backend_and_back_shows_the_same_boards_and_keeps_saving(
    tmp_path: Path, db_location: str | Path
) -> None:
    source = tmp_path / "source.db"
    async with await store_at(source).open() as store:
        await fill(store)
        before = await shown(store)
        counts = await store.row_counts()
    assert 0 < before["100 week"][1] < before["100 month"][1] < before["100 all"][1]

    result = db("copy", str(source), str(db_location), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for table, rows in counts.items():
        assert f"  {table:<16} {rows:>12,}\n" in result.stdout
    assert f"Copied {sum(counts.values()):,} rows in {len(TABLES)} tables" in result.stdout

    async with await store_at(db_location).open() as copy:
        assert await shown(copy) == before
        highest = (await fetch(db_location, "SELECT MAX(id) FROM games"))[0][0]
        game = await copy.begin_game(100, 7, 1, rounds=2, at=NOW)  # the ids go on after the copied ones
        assert game == highest + 1
        stats = await copy.award(
            guild_id=100, channel_id=7, game_id=game, user_id=3, name="player 3", question_id="q9", points=4, at=NOW
        )
        old = next(row for row in before["100 leaderboard"] if row.user_id == 3)
        assert (stats.points, stats.correct, stats.games) == (old.points + 4, old.correct + 1, old.games + 1)
        await copy.add_report(100, "q5", 7, "typo", at=NOW)
        ids = await fetch(db_location, "SELECT id FROM reports ORDER BY id")
        assert [i for (i,) in ids] == [1, 2, 3]
        after = await shown(copy)

    back = tmp_path / "back.db"
    result = db("copy", str(db_location), str(back), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    async with await store_at(back).open() as again:
        assert await shown(again) == after


async def test_a_destination_that_holds_data_is_refused_unless_told_to_replace_it(
    tmp_path: Path, db_location: str | Path
) -> None:
    source = tmp_path / "source.db"
    async with await store_at(source).open() as store:
        await fill(store, games=2)
        before = await shown(store)
    async with await store_at(db_location).open() as store:
        await store.award(
            guild_id=100, channel_id=1, game_id=None, user_id=99, name="other", question_id="x", points=50
        )
        kept = await shown(store)

    refused = db("copy", str(source), str(db_location), cwd=tmp_path)
    assert refused.returncode == 2
    assert "already holds data (players: 1, correct_answers: 1, player_totals: 1)" in refused.stderr
    assert "nothing was copied. Add --replace" in refused.stderr and "Traceback" not in refused.stderr
    async with await store_at(db_location).open() as store:
        assert await shown(store) == kept

    replaced = db("copy", str(source), str(db_location), "--replace", cwd=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    async with await store_at(db_location).open() as store:
        assert await shown(store) == before  # the other data is gone, not mixed in


def test_a_missing_source_or_a_copy_onto_itself_is_refused_and_creates_nothing(tmp_path: Path) -> None:
    missing = db("copy", str(tmp_path / "nope.db"), str(tmp_path / "new.db"), cwd=tmp_path)
    assert missing.returncode == 2 and f"there is no score database at {tmp_path / 'nope.db'}" in missing.stderr
    assert not (tmp_path / "new.db").exists()
    (tmp_path / "one.db").touch()
    itself = db("copy", str(tmp_path / "one.db"), "./one.db", cwd=tmp_path)
    assert itself.returncode == 2 and "SOURCE and DESTINATION are the same database" in itself.stderr
    wrong = db("copy", str(tmp_path / "one.db"), "mysql://root@localhost/trivia", cwd=tmp_path)
    assert wrong.returncode == 2
    assert "DESTINATION must be a file path or a postgresql://user@host:port/dbname URL, not mysql://" in wrong.stderr


class ChangingSource(SqliteStore):
    """A source the bot keeps writing to while it is copied (a point scored meanwhile)."""

    async def dump(self, batch: int = 5000) -> AsyncGenerator[Batch]:
        async for table, rows in super().dump(batch):
            yield table, rows
            if table == "games":
                await self.award(
                    guild_id=100, channel_id=7, game_id=None, user_id=1, name="late", question_id="q", points=1
                )


async def test_a_source_that_changes_during_the_copy_fails_the_check(tmp_path: Path) -> None:
    async with await store_at(tmp_path / "source.db").open() as store:
        await fill(store, games=1)
    changing, destination = ChangingSource(tmp_path / "source.db"), store_at(tmp_path / "copy.db")
    async with await changing.open() as source, await destination.open() as copy:
        with pytest.raises(StoreError, match="the source changed during the copy"):
            await copy_store(source, copy)


async def test_db_backup_of_a_postgresql_database_is_a_sqlite_file_of_it(
    tmp_path: Path, postgres_server: PostgresServer
) -> None:
    url = await postgres_server.new_database()
    async with await store_at(url).open() as store:
        await fill(store, games=2)
        before = await shown(store)
    result = db("backup", "backup.db", cwd=tmp_path, TRIVIA_DB=url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Backed up {url} to backup.db (")
    async with await store_at(tmp_path / "backup.db").open() as backup:
        assert await shown(backup) == before
