"""A game in real (fake-clock) time: task, timers, store and output together."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.core.bank import QuestionBank
from bot.core.errors import GameAlreadyRunning
from bot.core.game import FakeClock, Game, GameEnd, GameSession, HintRefusal, Player, Round, RoundEnd, Sessions
from bot.core.store import PlayerStats, Store, store_at

from .db_faults import FAULTS, Fault, Immutable
from .helpers import eventually
from .peek import rows

ANA, BO = Player(1, "Ana"), Player(2, "Bo")
GUILD, CHANNEL = 10, 20


@dataclass
class Recorder:
    """A GameOutput that remembers what it showed, and what the database held then."""

    db_path: str
    events: list[tuple[str, object]] = field(default_factory=list)
    saved_when_announced: list[int] = field(default_factory=list)

    async def show_question(self, game: Game, round_: Round) -> None:
        self.events.append(("question", round_.question.id))

    async def show_hint(self, game: Game, round_: Round, hint: str) -> None:
        self.events.append(("hint", hint))

    async def close_choices(self, game: Game, round_: Round) -> None:
        self.events.append(("closed", round_.token))

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        if round_.winner is not None:
            committed = rows(self.db_path, "SELECT COUNT(*) FROM correct_answers")
            self.saved_when_announced.append(committed[0][0])
            self.events.append(("winner", (round_.winner.id, stats.points if stats else None, save_error)))
        else:
            self.events.append(("reveal", round_.ended))

    async def show_end(self, game: Game) -> None:
        self.events.append(("end", game.ended))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


def make_session(
    bank: QuestionBank,
    store: Store,
    clock: FakeClock,
    channel: int = CHANNEL,
    rounds: int = 4,
    pause: float = 0,
    auto_hint: bool = False,
) -> tuple[GameSession, Recorder]:
    recorder = Recorder(str(store.path))
    game = Game(list(bank.questions[:rounds]), started_by=ANA, round_seconds=30, auto_hint=auto_hint)
    session = GameSession(game, recorder, store, guild_id=GUILD, channel_id=channel, clock=clock, pause=pause)
    return session, recorder


async def first_question_shown(
    bank: QuestionBank, store: Store, clock: FakeClock, rounds: int = 4, pause: float = 0
) -> tuple[GameSession, Recorder]:
    """A session started on its own task, once its first question is up."""
    session, out = make_session(bank, store, clock, rounds=rounds, pause=pause)
    session.start()
    await eventually(lambda: out.kinds() == ["question"])
    return session, out


async def won_first_round_with_a_pause(
    bank: QuestionBank, store: Store, clock: FakeClock
) -> tuple[GameSession, Recorder]:
    """A game with a 3 s pause whose first question has just been won."""
    session, out = await first_question_shown(bank, store, clock, pause=3)
    assert session.guess(BO, bank.questions[0].answer)
    await eventually(lambda: out.kinds() == ["question", "winner"])
    return session, out


async def test_the_pause_after_a_correct_answer_is_kept(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    """The winning guess wakes the round early; it must not also cut the pause short,
    which spaces the messages under Discord's limit of 5 per 5 seconds."""
    session, out = await won_first_round_with_a_pause(small_bank, store, clock)
    await clock.advance(2.9)
    assert out.kinds() == ["question", "winner"]
    await clock.advance(0.1)
    await eventually(lambda: out.kinds() == ["question", "winner", "question"])
    session.stop()
    await session.task  # type: ignore[misc]


async def test_stop_during_the_pause_ends_the_game_at_once(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = await won_first_round_with_a_pause(small_bank, store, clock)
    session.stop()  # the clock does not move: the pause must not hold the end back
    await eventually(lambda: out.kinds() == ["question", "winner", "end"])


async def test_unanswered_round_reveals_the_answer_after_the_time_limit(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = await first_question_shown(small_bank, store, clock)
    await clock.advance(29.9)
    assert out.kinds() == ["question"]
    await clock.advance(0.1)
    await eventually(lambda: out.kinds()[:3] == ["question", "reveal", "question"])
    assert out.events[1] == ("reveal", RoundEnd.TIMED_OUT)
    session.stop()
    await session.task  # type: ignore[misc]


async def test_three_silent_rounds_end_the_game(small_bank: QuestionBank, store: Store, clock: FakeClock) -> None:
    session, out = make_session(small_bank, store, clock)
    session.start()
    for n in range(1, 4):
        await eventually(lambda n=n: out.kinds().count("question") == n)  # type: ignore[misc]
        await clock.advance(30)
    await eventually(lambda: session.task is not None and session.task.done())
    assert out.kinds() == ["question", "reveal"] * 3 + ["end"]
    assert out.events[-1] == ("end", GameEnd.IDLE)


async def test_point_is_committed_before_the_winner_is_announced(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = await first_question_shown(small_bank, store, clock, rounds=2)
    assert session.guess(BO, "canada!")
    assert not session.guess(ANA, "Canada")  # second correct guess of the round scores nothing
    await eventually(lambda: "winner" in out.kinds())
    assert out.saved_when_announced == [1]
    assert out.events[1] == ("winner", (BO.id, 10, None))


async def test_a_whole_game_ends_with_its_rounds_and_records_participants(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = await first_question_shown(small_bank, store, clock, rounds=2)
    session.guess(ANA, "wrong")
    session.guess(BO, "Canada")
    await eventually(lambda: out.kinds().count("question") == 2)
    session.guess(BO, "eight")
    await eventually(lambda: session.task is not None and session.task.done())
    assert out.kinds() == ["question", "winner", "question", "winner", "end"]
    assert out.events[-1] == ("end", GameEnd.COMPLETED)
    ana = await store.stats(GUILD, ANA.id)
    bo = await store.stats(GUILD, BO.id)
    assert ana is None  # played (guessed) but never scored
    assert bo is not None and (bo.points, bo.correct, bo.games) == (21, 2, 1)  # 10, then 10 + 1 (two in a row)


async def test_skip_reveals_and_moves_on_and_stop_ends(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = await first_question_shown(small_bank, store, clock)
    assert session.skip()
    await eventually(lambda: out.kinds() == ["question", "reveal", "question"])
    assert out.events[1] == ("reveal", RoundEnd.SKIPPED)
    session.stop()
    await eventually(lambda: session.task is not None and session.task.done())
    assert out.events[-2:] == [("reveal", RoundEnd.STOPPED), ("end", GameEnd.STOPPED)]


async def test_games_in_two_channels_do_not_interfere(small_bank: QuestionBank, store: Store, clock: FakeClock) -> None:
    sessions = Sessions()
    one, out_one = make_session(small_bank, store, clock, channel=1)
    two, out_two = make_session(small_bank, store, clock, channel=2)
    sessions.start(one)
    sessions.start(two)
    await eventually(lambda: out_one.kinds() == ["question"] and out_two.kinds() == ["question"])
    assert one.guess(ANA, "Canada")
    await eventually(lambda: "winner" in out_one.kinds())
    assert out_two.kinds() == ["question"]  # channel 2's round is still open
    assert two.guess(BO, "Canada")
    await eventually(lambda: "winner" in out_two.kinds())
    one.stop()
    two.stop()
    await eventually(lambda: len(sessions) == 0, what="both channels freed")


async def test_a_second_game_in_the_same_channel_is_refused(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    sessions = Sessions()
    first, _ = make_session(small_bank, store, clock)
    second, _ = make_session(small_bank, store, clock)
    sessions.start(first)
    with pytest.raises(GameAlreadyRunning):
        sessions.start(second)
    with pytest.raises(GameAlreadyRunning):  # a game being played is refused at once
        await sessions.reserve_when_free(second)
    first.stop()
    await eventually(lambda: len(sessions) == 0)


async def test_a_start_as_the_last_game_posts_its_standings_waits_for_them(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    sessions = Sessions()
    first, out = make_session(small_bank, store, clock, rounds=1)
    posted = asyncio.Event()
    show_end = out.show_end

    async def slow_end(game: Game) -> None:  # the standings are on their way to Discord
        await posted.wait()
        await show_end(game)

    out.show_end = slow_end  # type: ignore[method-assign]
    sessions.start(first)
    await eventually(lambda: out.kinds() == ["question"])
    assert first.guess(BO, small_bank.questions[0].answer)  # the only round: the game is over
    await eventually(lambda: first.game.ended is not None)
    second, _ = make_session(small_bank, store, clock)
    claim = asyncio.ensure_future(sessions.reserve_when_free(second))
    await asyncio.sleep(0.01)
    assert not claim.done() and sessions.get(CHANNEL) is first
    posted.set()
    await claim  # no "already running": the new game has the channel
    assert sessions.get(CHANNEL) is second and out.kinds()[-1] == "end"


async def test_a_crashing_output_ends_only_that_game_and_frees_the_channel(
    small_bank: QuestionBank, store: Store, clock: FakeClock, caplog: object
) -> None:
    class Broken(Recorder):
        async def show_question(self, game: Game, round_: Round) -> None:
            raise RuntimeError("channel is gone")

    sessions = Sessions()
    game = Game(list(small_bank.questions[:2]), started_by=ANA)
    broken = GameSession(game, Broken(str(store.path)), store, guild_id=GUILD, channel_id=5, clock=clock, pause=0)
    healthy, out = make_session(small_bank, store, clock, channel=6)
    sessions.start(broken)
    sessions.start(healthy)
    await eventually(lambda: sessions.get(5) is None, what="the broken game to be released")
    assert game.ended is GameEnd.FAILED
    assert healthy.guess(BO, "Canada")
    await eventually(lambda: "winner" in out.kinds())
    healthy.stop()
    await eventually(lambda: len(sessions) == 0)


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
async def test_a_point_that_cannot_be_saved_is_announced_as_such_and_the_game_goes_on(
    small_bank: QuestionBank, tmp_path: Path, clock: FakeClock, fault: Fault, caplog: pytest.LogCaptureFixture
) -> None:
    if isinstance(fault, Immutable) and not Immutable.possible():
        pytest.skip("chattr +i needs root on a file system that supports it")
    store = await store_at(tmp_path / "s.db", busy_timeout=0.2).open()
    try:
        session, out = await first_question_shown(small_bank, store, clock, rounds=2)
        await fault.breaks(store)
        try:
            assert session.guess(BO, "Canada")
            await eventually(lambda: out.kinds() == ["question", "winner", "question"])
        finally:
            await fault.repairs(store)
        # the winner is told once, with the cause; the error is logged with it too
        assert out.events[1] == ("winner", (BO.id, None, f"The score could not be saved ({fault.cause})."))
        assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
            f"could not save a point in channel {CHANNEL}: The score could not be saved ({fault.cause})."
        ]
        assert session.guess(ANA, "8")  # writable again: saving resumes
        await eventually(lambda: session.task is not None and session.task.done())
        assert out.events[3] == ("winner", (ANA.id, 10, None))
    finally:
        await store.close()


async def test_an_automatic_hint_comes_at_half_time_and_lowers_the_prize(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = make_session(small_bank, store, clock, rounds=2, auto_hint=True)
    session.start()
    await eventually(lambda: out.kinds() == ["question"] and bool(clock._sleepers))  # the game waits
    await clock.advance(14.9)
    assert out.kinds() == ["question"]
    await clock.advance(0.1)
    await eventually(lambda: out.kinds() == ["question", "hint"])
    assert out.events[1] == ("hint", "`______`")  # Canada's shape
    assert session.guess(BO, "Canada")
    await eventually(lambda: "winner" in out.kinds())
    round_ = session.game.rounds[0]
    assert (round_.elapsed, round_.prize) == (15.0, 7)  # 15 s of 30: 10 × 0.875 = 8.75 → 9, less 2 for the hint
    session.stop()
    await session.task  # type: ignore[misc]


async def test_hints_on_request_at_most_three_and_five_seconds_apart(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = await first_question_shown(small_bank, store, clock)
    assert session.hint() == "`______`"
    assert session.hint() is HintRefusal.TOO_SOON  # one every 5 seconds in a channel
    await clock.advance(5)
    assert session.hint() == "`C_____`"
    await clock.advance(5)
    assert session.hint() == session.game.rounds[0].hints[2]
    await clock.advance(5)
    assert session.hint() is HintRefusal.NONE_LEFT
    await eventually(lambda: out.kinds() == ["question", "hint", "hint", "hint"])
    session.stop()
    await session.task  # type: ignore[misc]
    assert session.hint() is HintRefusal.NO_ROUND


async def test_a_quick_game_keeps_within_five_messages_in_five_seconds_by_itself(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    """Every round answered at once, a hint asked for each time: the game waits for room."""
    session, out = make_session(small_bank, store, clock, rounds=4, auto_hint=True)
    times: list[float] = []
    for name in ("show_question", "show_hint", "show_result", "show_end"):
        shown = getattr(out, name)

        async def timed(*args: object, shown: object = shown) -> None:
            times.append(clock.now())
            await shown(*args)  # type: ignore[operator]

        setattr(out, name, timed)
    session.start()
    answers = {"country": "Canada", "episodes": "8", "city": "Seoul", "platform": "Netflix"}
    for n in range(1, 5):
        await eventually(lambda n=n: out.kinds().count("question") == n)  # type: ignore[misc]
        session.hint()
        await eventually(lambda n=n: out.kinds().count("hint") == n or clock._sleepers != [])  # type: ignore[misc]
        assert session.guess(BO, answers[session.game.rounds[-1].question.id])
        while out.kinds().count("winner") < n or (n < 4 and out.kinds().count("question") == n):
            await clock.advance(0.25)
            await asyncio.sleep(0.005)  # the point is saved on the database's thread, in real time
    for _ in range(100):  # the standings may wait for room in the channel too
        if session.task is not None and session.task.done():
            break
        await clock.advance(0.25)
        await asyncio.sleep(0.01)
    assert session.task is not None and session.task.done() and out.kinds()[-1] == "end"
    assert all(sum(1 for t in times if s <= t < s + 5.0) <= 5 for s in times), times
