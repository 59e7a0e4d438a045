"""A solo game (one player at a terminal) keeps the game's rules and drops the channel's:
no message budget, a hint whenever one is asked, and a wrong choice ends the round."""

from __future__ import annotations

import asyncio

from bot.core.bank import QuestionBank
from bot.core.game import ChoiceOutcome, FakeClock, Game, GameEnd, GameSession, HintRefusal, RoundEnd
from bot.core.store import Store

from .helpers import eventually
from .test_session import ANA, BO, CHANNEL, GUILD, Recorder

ANSWERS = {"country": "Canada", "episodes": "8", "city": "Seoul", "platform": "Netflix"}


def solo_session(
    bank: QuestionBank, store: Store, clock: FakeClock, *, solo: bool = True, choices: bool = False
) -> tuple[GameSession, Recorder]:
    questions = list(bank.questions)
    # Multiple choice: the answer is always B.
    options = {q.id: ("Lima", q.answer, "Oslo", "Quito") for q in questions} if choices else {}
    game = Game(questions, started_by=ANA, round_seconds=30, auto_hint=True, options=options, solo=solo)
    recorder = Recorder(str(store.path))
    session = GameSession(game, recorder, store, guild_id=GUILD, channel_id=CHANNEL, clock=clock, pause=0)
    return session, recorder


async def test_alone_hints_come_as_fast_as_they_are_asked_for(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = solo_session(small_bank, store, clock)
    session.start()
    await eventually(lambda: out.kinds() == ["question"])
    hints = [session.hint() for _ in range(4)]  # the clock does not move
    assert hints[:3] == session.game.rounds[0].hints and hints[3] is HintRefusal.NONE_LEFT
    await eventually(lambda: out.kinds() == ["question", "hint", "hint", "hint"])
    session.stop()
    await session.task  # type: ignore[misc]


async def test_in_a_channel_the_second_hint_waits(small_bank: QuestionBank, store: Store, clock: FakeClock) -> None:
    session, out = solo_session(small_bank, store, clock, solo=False)
    session.start()
    await eventually(lambda: out.kinds() == ["question"])
    assert isinstance(session.hint(), str) and session.hint() is HintRefusal.TOO_SOON
    session.stop()
    await session.task  # type: ignore[misc]


async def quick_game(session: GameSession, out: Recorder, clock: FakeClock) -> bool:
    """Answer every question at once, a hint first each time, without moving the clock:
    True if the game reached its end that way."""
    session.start()
    for n in range(1, session.game.total_rounds + 1):
        try:
            await eventually(lambda n=n: out.kinds().count("question") == n, timeout=1)  # type: ignore[misc]
        except AssertionError:
            return False  # held back, waiting for room in the channel
        if isinstance(session.hint(), str):
            await eventually(lambda n=n: out.kinds().count("hint") == n)  # type: ignore[misc]
        assert session.guess(BO, ANSWERS[session.game.rounds[-1].question.id])
    await eventually(lambda: session.task is not None and session.task.done())
    return out.kinds()[-1] == "end"


async def test_alone_nothing_waits_for_room_in_a_channel(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = solo_session(small_bank, store, clock)
    assert await quick_game(session, out, clock)
    assert out.kinds().count("winner") == 4 and out.kinds().count("hint") == 4


async def test_in_a_channel_the_same_quick_game_waits_for_room(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = solo_session(small_bank, store, clock, solo=False)
    assert not await quick_game(session, out, clock)  # Discord's 5 messages per 5 seconds
    assert out.kinds().count("question") < 4
    session.stop()
    for _ in range(100):  # the end waits for room too
        if session.task is not None and session.task.done():
            break
        await clock.advance(0.5)
        await asyncio.sleep(0.01)
    assert out.kinds()[-1] == "end"


async def test_alone_a_wrong_choice_ends_the_round_at_once_and_shows_the_answer(
    small_bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    session, out = solo_session(small_bank, store, clock, choices=True)
    session.start()
    await eventually(lambda: out.kinds() == ["question"])
    first = session.game.rounds[0]
    assert session.choose(ANA, first.token, 1) is ChoiceOutcome.WON  # a streak of one
    await eventually(lambda: out.kinds().count("question") == 2)
    second = session.game.rounds[1]
    assert session.choose(ANA, second.token, 0) is ChoiceOutcome.WRONG  # the clock does not move
    await eventually(lambda: out.kinds()[-2:] == ["reveal", "question"])
    assert out.events[out.kinds().index("reveal")] == ("reveal", RoundEnd.WRONG_CHOICE)
    assert second.winner is None and session.game.streak.length == 0  # the streak is over
    assert "hint" not in out.kinds()  # no automatic hint for a round that is over
    session.stop()
    await session.task  # type: ignore[misc]
    assert session.game.ended is GameEnd.STOPPED


def test_a_wrong_choice_puts_its_player_out_in_a_channel_and_ends_the_round_alone(small_bank: QuestionBank) -> None:
    city = next(q for q in small_bank.questions if q.id == "city")  # Seoul
    for solo in (False, True):
        game = Game([city], started_by=ANA, options={"city": ("Lima", "Seoul")}, solo=solo)
        round_ = game.next_round(token="ab12")
        game.open_round(0.0)
        assert game.choose(BO, "ab12", 0, 1.0) is ChoiceOutcome.WRONG
        if not solo:  # the others play on
            assert round_.is_open and game.choose(BO, "ab12", 1, 2.0) is ChoiceOutcome.ALREADY
            assert game.choose(ANA, "ab12", 1, 2.0) is ChoiceOutcome.WON
        else:
            assert round_.ended is RoundEnd.WRONG_CHOICE and round_.winner is None
            assert game.choose(BO, "ab12", 1, 2.0) is ChoiceOutcome.CLOSED
