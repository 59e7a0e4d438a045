"""The store when things go wrong: PostgreSQL restarted mid-game, a process killed
with SIGKILL (both backends), a database that cannot be opened."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.bank import QuestionBank
from bot.core.game import FakeClock, Game, GameSession, Player, Round
from bot.core.store import PlayerStats, StoreError, store_at

from .conftest import PROJECT, require_postgresql
from .helpers import eventually
from .postgres_server import PostgresServer
from .store_backends import fetch
from .test_session import Recorder

ANA, BO = Player(1, "Ana"), Player(2, "Bo")
GUILD, CHANNEL = 10, 20


@pytest.fixture(scope="module")
def restartable_server() -> Iterator[PostgresServer]:
    """A server of this module's own, so that stopping it stops no other test's."""
    require_postgresql()
    server = PostgresServer.start()
    yield server
    server.close()


class PostgresRecorder(Recorder):
    """Remembers what the game showed, and how many points the database held when a winner was announced."""

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        if round_.winner is not None:
            self.events.append(("winner", (round_.winner.id, stats.points if stats else None, save_error)))
        else:
            self.events.append(("reveal", round_.ended))

    def winners(self) -> list[object]:
        return [event for kind, event in self.events if kind == "winner"]


async def test_postgresql_restarted_mid_game_the_game_plays_on_and_saving_resumes(
    restartable_server: PostgresServer, small_bank: QuestionBank, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    url = await restartable_server.new_database()
    async with await store_at(url, busy_timeout=2).open() as store:
        out = PostgresRecorder(db_path="")
        game = Game(list(small_bank.questions[:3]), started_by=ANA, round_seconds=30, auto_hint=False)
        session = GameSession(game, out, store, guild_id=GUILD, channel_id=CHANNEL, clock=clock, pause=0)
        session.start()
        await eventually(lambda: out.kinds() == ["question"])
        assert session.guess(BO, "Canada")
        await eventually(lambda: out.kinds() == ["question", "winner", "question"])

        await asyncio.to_thread(restartable_server.stop)  # the server goes down mid-game
        assert session.guess(ANA, "8")
        await eventually(lambda: len(out.winners()) == 2, what="the winner to be told")
        await clock.advance(5)  # the channel's 5 messages in 5 seconds: room for the next question
        await eventually(lambda: out.kinds().count("question") == 3, what="the game to go on")
        await asyncio.to_thread(restartable_server.start_again)  # and comes back

        assert session.guess(BO, "Seoul")
        await eventually(lambda: session.task is not None and session.task.done())
        (first, bo_first, _), lost, (_, bo_total, saved) = out.winners()  # type: ignore[misc]
        assert (first, saved) == (BO.id, None) and bo_first is not None and bo_total > bo_first
        # the winner is told once that the point was not saved, and why; the log says it once too
        assert lost == (ANA.id, None, "The score could not be saved (the database server cannot be reached).")
        assert [r.getMessage() for r in caplog.records if "could not save a point" in r.getMessage()] == [
            f"could not save a point in channel {CHANNEL}: "
            "The score could not be saved (the database server cannot be reached)."
        ]
        assert await store.stats(GUILD, ANA.id) is None
    assert await fetch(url, "SELECT user_id, CAST(SUM(points) AS INTEGER) FROM correct_answers GROUP BY user_id") == [
        (BO.id, bo_total)
    ]


async def test_a_process_killed_with_sigkill_loses_no_announced_point(db_location: str | Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.award_process", str(db_location), cwd=PROJECT, stdout=asyncio.subprocess.PIPE
    )
    assert process.stdout is not None
    announced = 0
    while announced < 40:
        line = await asyncio.wait_for(process.stdout.readline(), timeout=30)
        assert line, "the awarding process ended by itself"
        announced = int(line.split()[1])
    process.send_signal(signal.SIGKILL)
    rest = await process.stdout.read()  # what it printed before it died
    await process.wait()
    assert process.returncode == -signal.SIGKILL
    if rest.strip():
        announced = int(rest.split()[-1])
    async with await store_at(db_location).open() as store:  # opens cleanly after the kill
        board = await store.leaderboard(1, 10)
    ((events, points),) = await fetch(db_location, "SELECT COUNT(*), CAST(SUM(points) AS INTEGER) FROM correct_answers")
    assert announced <= events <= announced + 1  # at most the one in flight, saved but never announced
    assert (sum(r.correct for r in board), sum(r.points for r in board)) == (events, points)  # no half-saved award


async def test_a_postgresql_database_that_cannot_be_used_is_a_clear_error(postgres_server: PostgresServer) -> None:
    unreachable = postgres_server.url("x").replace(str(postgres_server.port), "9").replace("trivia@", "trivia:pw@")
    with pytest.raises(StoreError) as caught:
        await store_at(unreachable, busy_timeout=2).open()
    assert str(caught.value) == (
        "cannot use the PostgreSQL database postgresql://trivia:***@127.0.0.1:9/x: "
        "the database server cannot be reached"
    )
    with pytest.raises(StoreError, match=r'cannot use the PostgreSQL database .*: database "nowhere" does not exist'):
        await store_at(postgres_server.url("nowhere")).open()
