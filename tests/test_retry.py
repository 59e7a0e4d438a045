"""A game rides out failures that pass (core.game.retry), over the fake clock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from bot.core.bank import QuestionBank
from bot.core.game import Backoff, FakeClock, Game, GameEnd, PassingFailure, Round
from bot.core.store import Store

from .helpers import eventually
from .test_session import Recorder, make_session


class Flaky(Recorder):
    """Fails the next `failures` tries of `what` with a failure that passes, then shows it."""

    def __init__(self, db_path: str, what: str, failures: int, clock: FakeClock) -> None:
        super().__init__(db_path)
        self.what, self.failures, self.clock = what, failures, clock
        self.tries: list[float] = []  # when each try of `what` came

    async def _flaky(self) -> None:
        self.tries.append(self.clock.now())
        if self.failures > 0:
            self.failures -= 1
            raise PassingFailure("503 Service Unavailable")

    async def show_question(self, game: Game, round_: Round) -> None:
        if self.what == "question":
            await self._flaky()
        await super().show_question(game, round_)

    async def close_choices(self, game: Game, round_: Round) -> None:
        if self.what == "closed":
            await self._flaky()
        await super().close_choices(game, round_)


async def step_until(clock: FakeClock, done: Callable[[], bool], step: float = 0.5) -> None:
    """Move the fake clock, `step` at a time, until `done()`. The store writes on its own
    thread, so each step also lets a little real time pass; fail after 20 s of it."""
    deadline = time.monotonic() + 20
    while not done():
        assert time.monotonic() < deadline, "the game did not get there"
        await clock.advance(step)
        await asyncio.sleep(0.001)


async def run_with(
    bank: QuestionBank, store: Store, clock: FakeClock, what: str, failures: int
) -> tuple[Flaky, GameEnd | None, object]:
    """A one-question game nobody answers, over the fake clock, to its end."""
    session, _ = make_session(bank, store, clock, rounds=1)
    flaky = Flaky(str(store.path), what, failures, clock)
    session.output = flaky
    task = session.start()
    await step_until(clock, task.done)  # the pauses, the round's 30 s, the end
    (outcome,) = await asyncio.gather(task, return_exceptions=True)
    return flaky, session.game.ended, outcome


async def test_a_question_that_fails_twice_is_shown_on_the_third_try(
    bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    flaky, ended, outcome = await run_with(bank, store, clock, "question", failures=2)
    assert ended is GameEnd.COMPLETED and outcome is None  # played to its end, no error
    assert flaky.kinds()[:1] == ["question"] and len(flaky.tries) == 3
    pauses = [b - a for a, b in zip(flaky.tries, flaky.tries[1:], strict=False)]
    assert pauses[0] >= 0.5 and pauses[1] >= 1.0  # a growing pause between tries


async def test_a_failure_that_persists_ends_the_game_after_a_bounded_number_of_tries(
    bank: QuestionBank, store: Store, clock: FakeClock
) -> None:
    flaky, ended, outcome = await run_with(bank, store, clock, "question", failures=100)
    assert ended is GameEnd.FAILED and isinstance(outcome, PassingFailure)
    assert len(flaky.tries) == Backoff().tries == 5
    assert flaky.tries[-1] - flaky.tries[0] <= 10  # within about ten seconds
    assert flaky.kinds() == ["end"]  # the players are told the game stopped


async def test_closing_the_buttons_never_ends_a_game(bank: QuestionBank, store: Store, clock: FakeClock) -> None:
    session, _ = make_session(bank, store, clock, rounds=1)
    flaky = Flaky(str(store.path), "closed", 100, clock)
    session.output = flaky
    question = session.game.questions[0]
    session.game.options[question.id] = (question.answer, "Busan")  # a multiple-choice round
    task = session.start()
    await eventually(lambda: flaky.kinds() == ["question"])
    session.stop()
    await step_until(clock, task.done)
    await task
    assert session.game.ended is GameEnd.STOPPED and flaky.kinds() == ["question", "reveal", "end"]
    assert len(flaky.tries) == Backoff().tries


async def test_each_try_counts_in_the_channel_budget(bank: QuestionBank, store: Store, clock: FakeClock) -> None:
    session, _ = make_session(bank, store, clock, rounds=1)
    flaky = Flaky(str(store.path), "question", 4, clock)
    session.output = flaky
    session.backoff = Backoff((0.0, 0.0, 0.0, 0.0))  # no pause: only the budget spaces the tries
    task = session.start()
    await step_until(clock, lambda: bool(flaky.kinds()), step=0.25)
    session.stop()
    await step_until(clock, task.done)
    await task
    tries = flaky.tries
    assert len(tries) == 5
    assert tries[3] - tries[0] < 1  # no pause: four tries at once, each a slot of the channel's five
    assert tries[4] - tries[0] >= session.budget.window  # the fifth waits, keeping a slot for the result


def test_the_default_backoff_is_a_few_tries_within_ten_seconds(tmp_path: Path) -> None:
    backoff = Backoff()
    assert 3 <= backoff.tries <= 6 and backoff.longest_wait <= 10
