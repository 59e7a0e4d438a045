"""One running game: a Game driven in real time by its own asyncio task.

As in Red's TriviaSession, each channel's game is one object with one task, and a
done-callback reports how the task ended; a command only starts or signals it and
returns at once. Guesses are judged synchronously as messages arrive, so the first
correct guess by arrival order wins, with no lock and no race.

The session talks to the outside through `GameOutput` (the cog posts to Discord,
the terminal mode prints) and never imports discord. What the output fails to show
for a reason that passes (it raises PassingFailure) is shown again after a short
pause (retry.py); only a failure that persists ends the game.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Protocol

from ..catalogue import set_language
from ..errors import GameAlreadyRunning, StoreUnavailable
from ..store import PlayerStats, Store
from .budget import MessageBudget, NoBudget
from .clock import Clock, LoopClock
from .retry import Backoff, PassingFailure
from .state import ChoiceOutcome, Game, GameEnd, HintRefusal, Player, Round, RoundEnd

log = logging.getLogger(__name__)


class GameOutput(Protocol):
    """What a game shows its players, in order: each round one question, up to three
    hints, the buttons closed (multiple choice only) and one result; then the end, once.
    The session awaits each call before it makes the next. A call that raises
    PassingFailure is made again with the same arguments, so a retried message must
    not appear twice."""

    async def show_question(self, game: Game, round_: Round) -> None: ...

    async def show_hint(self, game: Game, round_: Round, hint: str) -> None:
        """Called once for each hint shown, as it is taken (asked for, or at half time)."""

    async def close_choices(self, game: Game, round_: Round) -> None:
        """A multiple-choice round is over: its buttons stop taking clicks (one edit)."""

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        """The round is over: a winner (with their new totals, or why they were not
        saved), or the answer revealed after a time-out, skip or stop."""

    async def show_end(self, game: Game) -> None: ...


class GameSession:
    def __init__(
        self,
        game: Game,
        output: GameOutput,
        store: Store,
        *,
        guild_id: int,
        channel_id: int,
        clock: Clock | None = None,
        pause: float = 3.0,
        budget: MessageBudget | None = None,
        rotation: bool = True,
        starter_controls: bool = True,
        language: str = "en",
        backoff: Backoff | None = None,
    ) -> None:
        """`budget` counts the channel's messages (Discord's 5 per 5 s): the game posts a
        question or a hint only while a slot stays free for the round's result. A solo
        game (`game.solo`: one player at a terminal) has no channel and counts nothing."""
        self.game = game
        self.output = output
        self.store = store
        self.guild_id = guild_id
        self.channel_id = channel_id
        self.clock: Clock = clock or LoopClock()
        self.pause = pause
        self.game_id: int | None = None
        self.task: asyncio.Task[None] | None = None
        self.budget = budget or (NoBudget() if game.solo else MessageBudget())
        self.rotation = rotation  # mark each question shown as asked in the server's rotation
        self.starter_controls = starter_controls  # may the starter skip and stop (else moderators only)
        self.language = language  # everything the game says, it says in this language
        self.backoff = backoff or Backoff()  # how a failure that passes is ridden out
        self._wake = asyncio.Event()
        self._hints: list[str] = []  # asked for, not yet posted

    def start(self, on_done: Callable[[GameSession], None] | None = None) -> asyncio.Task[None]:
        self.task = asyncio.create_task(self._run(), name=f"trivia-game-{self.channel_id}")
        self.task.add_done_callback(lambda task: self._finished(task, on_done))
        return self.task

    def guess(self, player: Player, text: str) -> bool:
        """Judge a guess now; True if it won the round."""
        won = self.game.guess(player, text, self.clock.now()) is not None
        if won:
            self._wake.set()
        return won

    def skip(self) -> bool:
        """Reveal the answer of the open round and move on; False if no round is open."""
        current = self.game.current
        if current is None or not current.is_open:
            return False
        self.game.end_round(RoundEnd.SKIPPED)
        self._wake.set()
        return True

    def stop(self) -> None:
        self.game.stop()
        self._wake.set()

    def choose(self, player: Player, token: str, index: int) -> ChoiceOutcome:
        """A player clicks button `index` of the round named `token`."""
        result = self.game.choose(player, token, index, self.clock.now())
        if result is ChoiceOutcome.WON or (result is ChoiceOutcome.WRONG and self.game.solo):
            self._wake.set()  # the round is over: won, or chosen wrong by the one player
        return result

    def _closing(self, round_: Round) -> int:
        """Messages a round still needs after its question: the result, and the edit that
        closes its buttons."""
        return 2 if round_.options else 1

    def _hint_refusal(self, now: float) -> HintRefusal | None:
        """Why no hint may go out now: the game's rules, or no room in the channel for
        the hint and what still closes the round."""
        refusal = self.game.hint_refusal(now)
        current = self.game.current
        if refusal is None and current is not None and self.budget.free(now) < 1 + self._closing(current):
            return HintRefusal.TOO_SOON
        return refusal

    def hint(self) -> str | HintRefusal:
        """A player asks for a hint: it is posted at once, or refused with the reason."""
        now = self.clock.now()
        if (refusal := self._hint_refusal(now)) is not None:
            return refusal
        hint = self.game.take_hint(now)
        self._hints.append(hint)
        self._wake.set()
        return hint

    def count_own_message(self) -> None:
        """The adapter posted a message of its own in the channel (the intro): count it
        against the channel's budget."""
        self.budget.record(self.clock.now())

    async def _run(self) -> None:
        set_language(self.language)  # this task's own: other games speak their own
        game = self.game
        self.game_id = await self._save_quietly(
            self.store.begin_game, self.guild_id, self.channel_id, game.started_by.id, game.total_rounds
        )
        try:
            while game.ended is None:
                await self._play_round(game.next_round(token=secrets.token_hex(4)))
                game.after_round()
                if game.ended is None and self.pause > 0:
                    # The winning guess that woke the round must not also end the pause,
                    # which keeps a quick game under Discord's 5 messages per 5 seconds.
                    self._wake.clear()
                    await self._wait(self.pause)
        except asyncio.CancelledError:
            game.stop()
            raise
        except Exception:
            game.ended = GameEnd.FAILED
            await self._say_failed()
            raise
        finally:
            if self.game_id is not None:
                await self._save_quietly(self.store.end_game, self.game_id, sorted(game.participants))
        await self._post(1)
        await self._show(self.output.show_end, game)

    async def _say_failed(self) -> None:
        """Tell the players the game stopped (its points are saved), if the channel still
        takes messages; the error that stopped it is logged by the task's callback."""
        try:
            await self.output.show_end(self.game)
        except Exception as error:  # noqa: BLE001 - the game has already failed; say why in the log
            log.warning("could not say in channel %s that its game stopped: %s", self.channel_id, error)

    async def _play_round(self, round_: Round) -> None:
        self._wake.clear()
        if self.rotation:  # bookkeeping: a failure only risks asking this question again soon
            await self._save_quietly(self.store.mark_asked, self.guild_id, round_.question.id, level=logging.WARNING)
        await self._post(1 + self._closing(round_))  # the question, and room to close the round
        self.game.open_round(self.clock.now())
        await self._show(self.output.show_question, self.game, round_, keep=self._closing(round_))
        self.game.question_shown(self.clock.now())
        auto_hint = True
        while round_.is_open:  # not yet won, skipped or stopped
            self._wake.clear()
            await self._show_hints(round_)
            at = self.game.auto_hint_at() if auto_hint else None
            until = round_.deadline if at is None else min(at, round_.deadline)
            await self._wait(until - self.clock.now())
            now = self.clock.now()
            if at is not None and now >= at and round_.is_open:
                auto_hint = False  # once a round, at half time, if the channel has room
                if self._hint_refusal(now) is None:
                    self._hints.append(self.game.take_hint(now))
            if now >= round_.deadline:
                self.game.end_round(RoundEnd.TIMED_OUT)  # no-op if it was answered meanwhile
        self._hints.clear()  # asked for as the round ended: too late to show
        if round_.options:
            self.budget.record(self.clock.now())
            with contextlib.suppress(PassingFailure):  # the buttons stay; a click is told the round is over
                await self._show(self.output.close_choices, self.game, round_, keep=1)
        stats, error = None, None
        if round_.winner is not None:
            stats, error = await self._award(round_)
        self.budget.record(self.clock.now())
        await self._show(self.output.show_result, self.game, round_, stats, error)

    async def _show_hints(self, round_: Round) -> None:
        while self._hints and round_.is_open:
            self.budget.record(self.clock.now())
            await self._show(self.output.show_hint, self.game, round_, self._hints.pop(0), keep=self._closing(round_))

    async def _show(self, show: Callable[..., Awaitable[None]], *args: object, keep: int = 0) -> None:
        """Show something; after a failure that passes, again, until the backoff runs
        out and the failure ends the game. Each new try waits for a slot of the channel's
        budget, with `keep` more still free for what must follow (a round's result)."""
        for pause in self.backoff.pauses:
            try:
                await show(*args)
                return
            except PassingFailure as failure:
                what = getattr(show, "__name__", "a message")
                log.warning("channel %s: %s failed (%s); trying again", self.channel_id, what, failure)
            await self.clock.sleep(pause)
            await self._post(1 + keep)
        await show(*args)

    async def _post(self, slots: int) -> None:
        """Wait until the channel's budget has `slots` free, then count the first as posted."""
        while (delay := self.budget.wait(self.clock.now(), slots)) > 0:
            await self.clock.sleep(delay)
        self.budget.record(self.clock.now())

    async def _award(self, round_: Round) -> tuple[PlayerStats | None, str | None]:
        """Commit the point before anyone is told about it."""
        assert round_.winner is not None
        try:
            stats = await self.store.award(
                guild_id=self.guild_id,
                channel_id=self.channel_id,
                game_id=self.game_id,
                user_id=round_.winner.id,
                name=round_.winner.name,
                question_id=round_.question.id,
                points=round_.points,
                at=self.clock.wall(),
                seconds=round_.elapsed,
                streak=round_.streak,
            )
        except StoreUnavailable as error:
            log.error("could not save a point in channel %s: %s", self.channel_id, error)
            return None, str(error)
        return stats, None

    async def _wait(self, seconds: float) -> None:
        """Sleep for `seconds` or until a winning guess, skip or stop wakes the game."""
        sleeper = asyncio.ensure_future(self.clock.sleep(seconds))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()

    async def _save_quietly(
        self, write: Callable[..., Awaitable[int | None]], *args: object, level: int = logging.ERROR
    ) -> int | None:
        """Bookkeeping writes (game rows, the rotation) must not stop play when the disk is unhappy."""
        try:
            return await write(*args)
        except StoreUnavailable as error:
            log.log(level, "could not record the game in channel %s: %s", self.channel_id, error)
            return None

    def _finished(self, task: asyncio.Task[None], on_done: Callable[[GameSession], None] | None) -> None:
        if on_done is not None:
            on_done(self)
        if task.cancelled():
            log.info("game in channel %s was cancelled", self.channel_id)
        elif (error := task.exception()) is not None:
            log.error("game in channel %s crashed", self.channel_id, exc_info=error)


class Sessions:
    """The running games, one per channel."""

    def __init__(self) -> None:
        self._by_channel: dict[int, GameSession] = {}

    def __len__(self) -> int:
        return len(self._by_channel)

    def get(self, channel_id: int) -> GameSession | None:
        return self._by_channel.get(channel_id)

    def reserve(self, session: GameSession) -> None:
        """Claim the session's channel; synchronous, so two starts cannot both succeed."""
        if session.channel_id in self._by_channel:
            raise GameAlreadyRunning()
        self._by_channel[session.channel_id] = session

    async def reserve_when_free(self, session: GameSession, finishing: float = 5.0) -> None:
        """Claim the channel, first letting a game that is over post its last message.

        A game frees its channel once its final standings are posted; a start typed the
        moment they appear may arrive before that, and "a game is already running"
        would be wrong. A game still being played is refused at once.
        """
        current = self._by_channel.get(session.channel_id)
        if current is not None and current.game.ended is not None and current.task is not None:
            await asyncio.wait({current.task}, timeout=finishing)
        self.reserve(session)

    def launch(self, session: GameSession) -> None:
        """Run a reserved session; it frees its channel when its task ends."""
        session.start(on_done=self.release)

    def start(self, session: GameSession) -> None:
        self.reserve(session)
        self.launch(session)

    def release(self, session: GameSession) -> None:
        if self._by_channel.get(session.channel_id) is session:
            del self._by_channel[session.channel_id]

    async def cancel_all(self) -> None:
        """Stop every game at shutdown; their points are already committed."""
        tasks = [s.task for s in self._by_channel.values() if s.task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
