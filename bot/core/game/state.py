"""The state of one trivia game: rounds, guesses, hints, points. Synchronous and pure.

Every method takes what it depends on as an argument (the current time, the name of a
new round), so the rules (deadlines, first correct guess wins, speed points, streaks,
hints, three silent rounds end the game) are decided here without any clock, random
source, task or network; `session.GameSession` drives a Game in real time. The numbers
live in `scoring` and `hints`.

A game in a channel and a solo game (one player at a terminal) differ in two rules:
in a channel, hints come at most one every `hint_gap` seconds and a wrong choice puts
its player out of the round while the others play on; alone, hints come when asked
and a wrong choice ends the round with the answer shown.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from ..bank import Question
from ..judging import Verdict, judge
from . import hints as hint_rules
from .scoring import Streak, prize, streak_bonus


class Player(NamedTuple):
    """Who guessed: made for every message in a channel with a game, so kept cheap."""

    id: int
    name: str


class RoundEnd(Enum):
    ANSWERED = "answered"
    TIMED_OUT = "timed out"
    SKIPPED = "skipped"
    WRONG_CHOICE = "chose wrong"  # a solo game: the one player chose a wrong option
    STOPPED = "stopped"

    @property
    def key(self) -> str:
        """The end's name in the catalogue keys that say it ("timed_out")."""
        return self.name.lower()


class GameEnd(Enum):
    COMPLETED = "all rounds played"
    STOPPED = "stopped"
    IDLE = "nobody answered"
    FAILED = "an error"


@dataclass
class Round:
    number: int
    question: Question
    seconds: float
    opened_at: float | None = None
    shown_at: float | None = None
    ended: RoundEnd | None = None
    winner: Player | None = None
    verdict: Verdict | None = None
    hints_shown: int = 0
    elapsed: float | None = None  # how long the winner took, from the question's showing
    prize: int = 0  # the speed prize, after hints
    bonus: int = 0  # the streak bonus
    streak: int = 0  # the winner's rounds in a row, this one included
    ended_streak: tuple[Player, int] | None = None  # a streak of 3 or more that this round ended: holder, length
    options: tuple[str, ...] = ()  # multiple choice: the buttons, in order (empty: typed answers only)
    locked: set[int] = field(default_factory=set)  # players who chose wrong: out for this round
    token: str = ""  # names this round on its buttons, so a click on an old round is told apart (see next_round)

    @property
    def points(self) -> int:
        return self.prize + self.bonus

    @property
    def deadline(self) -> float:
        """When time runs out: counted from when the question was shown, so a message
        held back by Discord's rate limit does not eat the players' time."""
        start = self.shown_at if self.shown_at is not None else self.opened_at
        assert start is not None, "the round has not opened"
        return start + self.seconds

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None and self.ended is None

    @property
    def top_prize(self) -> int:
        """What a right answer is worth now at best: the full speed prize, less the hints shown."""
        return prize(0, self.seconds, self.hints_shown)

    @functools.cached_property
    def hints(self) -> list[str]:
        """This round's hint ladder (the question's own hints first), built once."""
        question = self.question
        return hint_rules.ladder(question.answer, question.hints, question.id)


class ChoiceOutcome(Enum):
    """What a player's choice of an option (a button, a letter) did."""

    WON = "won"
    WRONG = "wrong"
    ALREADY = "already answered"
    CLOSED = "closed"


class HintRefusal(Enum):
    """Why no hint now; the value is the catalogue key of what to say."""

    NO_ROUND = "hint.no_round"
    NONE_LEFT = "hint.none_left"
    TOO_SOON = "hint.too_soon"


@dataclass
class Game:
    questions: list[Question]
    started_by: Player
    round_seconds: float = 30.0
    max_silent_rounds: int = 3
    auto_hint: bool = True
    hint_gap: float = hint_rules.HINT_GAP  # seconds between two hints in the channel
    solo: bool = False  # one player, no channel: no gap between hints, a wrong choice ends the round
    rounds: list[Round] = field(default_factory=list)
    points: Counter[int] = field(default_factory=Counter)
    names: dict[int, str] = field(default_factory=dict)
    participants: set[int] = field(default_factory=set)
    ended: GameEnd | None = None
    streak: Streak = field(default_factory=Streak)
    best_streak: tuple[Player, int] | None = None
    last_hint_at: float | None = None
    options: dict[str, tuple[str, ...]] = field(default_factory=dict)  # question id -> its buttons

    @property
    def total_rounds(self) -> int:
        return len(self.questions)

    @property
    def current(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None

    def next_round(self, token: str = "") -> Round:
        """Prepare the next round; it accepts guesses once `open_round` is called.

        `token` names the round on its buttons: the caller draws it (the session, at
        random), so that a click on a button of an earlier round or game is told apart."""
        if self.ended is None and len(self.rounds) >= self.total_rounds:
            self.ended = GameEnd.COMPLETED
        if self.ended is not None:
            raise RuntimeError("the game is over")
        current = self.current
        if current is not None and current.ended is None:
            raise RuntimeError("the current round has not ended")
        question = self.questions[len(self.rounds)]
        number = len(self.rounds) + 1
        round_ = Round(number, question, self.round_seconds, options=self.options.get(question.id, ()), token=token)
        self.rounds.append(round_)
        return round_

    def open_round(self, now: float) -> Round:
        """Accept guesses for the current round: called as its question is sent, because
        players may see it (and answer) before the bot hears back from Discord."""
        round_ = self.current
        assert round_ is not None and round_.opened_at is None
        round_.opened_at = now
        return round_

    def question_shown(self, now: float) -> None:
        """Start the countdown of the current round: its question is now visible."""
        round_ = self.current
        assert round_ is not None and round_.opened_at is not None
        round_.shown_at = now

    def guess(self, player: Player, text: str, now: float) -> Verdict | None:
        """Judge a guess; return its verdict if it won the round, else None.

        The first correct guess to arrive wins: it closes the round at once, so any
        later guess, however close behind, finds the round over.
        """
        round_ = self.current
        if round_ is None or not round_.is_open or (round_.shown_at is not None and now >= round_.deadline):
            return None
        self.participants.add(player.id)
        if player.id in round_.locked:
            return None  # chose a wrong button: out for this round
        verdict = judge(text, round_.question.key)
        if not verdict.correct:
            return None
        self._win(round_, player, verdict, now)
        return verdict

    def choose(self, player: Player, token: str, index: int, now: float) -> ChoiceOutcome:
        """A click on button `index` of the round named `token`: the first right one wins;
        a wrong one puts the player out of the round (in a solo game: ends the round),
        and each player chooses once."""
        round_ = self.current
        if round_ is None or round_.token != token or not round_.is_open:
            return ChoiceOutcome.CLOSED
        if round_.shown_at is not None and now >= round_.deadline:
            return ChoiceOutcome.CLOSED
        if player.id in round_.locked:
            return ChoiceOutcome.ALREADY
        self.participants.add(player.id)
        round_.locked.add(player.id)
        if not 0 <= index < len(round_.options) or round_.options[index] != round_.question.answer:
            if self.solo:
                self.end_round(RoundEnd.WRONG_CHOICE)
            return ChoiceOutcome.WRONG
        self._win(round_, player, Verdict(True, matched=round_.question.answer), now)
        return ChoiceOutcome.WON

    def _win(self, round_: Round, player: Player, verdict: Verdict, now: float) -> None:
        round_.ended, round_.winner, round_.verdict = RoundEnd.ANSWERED, player, verdict
        start = round_.shown_at if round_.shown_at is not None else round_.opened_at
        assert start is not None
        round_.elapsed = max(0.0, now - start)
        round_.prize = prize(round_.elapsed, round_.seconds, round_.hints_shown)
        self._update_streak(round_, player)
        round_.bonus = streak_bonus(round_.streak)
        self.points[player.id] += round_.points
        self.names[player.id] = player.name

    def end_round(self, how: RoundEnd) -> Round:
        """Close the current round without a winner (time out, skip, wrong choice or
        stop). A round that runs out, is skipped or chosen wrong ends any streak; a stop
        leaves the game as it was."""
        round_ = self.current
        assert round_ is not None
        if round_.ended is None:
            round_.ended = how
            if how in (RoundEnd.TIMED_OUT, RoundEnd.SKIPPED, RoundEnd.WRONG_CHOICE):
                self._update_streak(round_, None)
        return round_

    def _update_streak(self, round_: Round, winner: Player | None) -> None:
        self.streak, broken = self.streak.after(winner.id if winner else None)
        if broken is not None and broken.holder is not None:
            round_.ended_streak = (Player(broken.holder, self.names.get(broken.holder, "?")), broken.length)
        if winner is not None:
            round_.streak = self.streak.length
            if self.best_streak is None or round_.streak > self.best_streak[1]:
                self.best_streak = (winner, round_.streak)

    def hint_refusal(self, now: float) -> HintRefusal | None:
        """Why the open round can give no hint now, or None if it can: at most three a
        round, and in a channel one every `hint_gap` seconds (a solo game has no gap)."""
        round_ = self.current
        if round_ is None or not round_.is_open:
            return HintRefusal.NO_ROUND
        if round_.hints_shown >= len(round_.hints):
            return HintRefusal.NONE_LEFT
        if self.solo:
            return None
        if self.last_hint_at is not None and now - self.last_hint_at < self.hint_gap:
            return HintRefusal.TOO_SOON
        return None

    def take_hint(self, now: float) -> str:
        """The next hint of the open round (check `hint_refusal` first); it lowers the prize."""
        round_ = self.current
        assert round_ is not None and self.hint_refusal(now) is None
        round_.hints_shown += 1
        self.last_hint_at = now
        return round_.hints[round_.hints_shown - 1]

    def auto_hint_at(self) -> float | None:
        """When the open round gives its automatic hint (half time), if it does."""
        round_ = self.current
        if not self.auto_hint or round_ is None or not round_.is_open or round_.shown_at is None:
            return None
        if round_.hints_shown > 0 or not round_.hints:
            return None  # someone asked already, or there is nothing to show
        return round_.shown_at + round_.seconds / 2

    @property
    def fastest(self) -> Round | None:
        """The round won in the least time."""
        won = [r for r in self.rounds if r.winner is not None and r.elapsed is not None]
        return min(won, key=lambda r: r.elapsed or 0.0, default=None)

    def after_round(self) -> None:
        """Decide whether the game goes on once a round has been announced."""
        if self.ended is not None:
            return
        recent = self.rounds[-self.max_silent_rounds :]
        if len(recent) == self.max_silent_rounds and all(r.ended is RoundEnd.TIMED_OUT for r in recent):
            self.ended = GameEnd.IDLE
        elif len(self.rounds) >= self.total_rounds:
            self.ended = GameEnd.COMPLETED

    def stop(self) -> None:
        if self.ended is None:
            self.ended = GameEnd.STOPPED
        if self.current is not None:
            self.end_round(RoundEnd.STOPPED)

    def standings(self) -> list[tuple[Player, int]]:
        """This game's players by points, highest first; ties keep the order of scoring."""
        ranked = self.points.most_common()
        return [(Player(uid, self.names[uid]), pts) for uid, pts in ranked]
