"""The state of one trivia game: rounds, guesses, points. Synchronous and pure.

Every method takes the current time as an argument, so the rules (deadlines, first
correct guess wins, three silent rounds end the game) are decided here without any
clock, task or network; `session.GameSession` drives a Game in real time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from .judge import Verdict, judge
from .questions import Question


class Player(NamedTuple):
    """Who guessed: made for every message in a channel with a game, so kept cheap."""

    id: int
    name: str


class RoundEnd(Enum):
    ANSWERED = "answered"
    TIMED_OUT = "timed out"
    SKIPPED = "skipped"
    STOPPED = "stopped"


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


@dataclass
class Game:
    questions: list[Question]
    started_by: Player
    round_seconds: float = 30.0
    max_silent_rounds: int = 3
    points_per_answer: int = 1
    rounds: list[Round] = field(default_factory=list)
    points: Counter[int] = field(default_factory=Counter)
    names: dict[int, str] = field(default_factory=dict)
    participants: set[int] = field(default_factory=set)
    ended: GameEnd | None = None

    @property
    def total_rounds(self) -> int:
        return len(self.questions)

    @property
    def current(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None

    def next_round(self) -> Round:
        """Prepare the next round; it accepts guesses once `open_round` is called."""
        if self.ended is None and len(self.rounds) >= self.total_rounds:
            self.ended = GameEnd.COMPLETED
        if self.ended is not None:
            raise RuntimeError("the game is over")
        current = self.current
        if current is not None and current.ended is None:
            raise RuntimeError("the current round has not ended")
        round_ = Round(len(self.rounds) + 1, self.questions[len(self.rounds)], self.round_seconds)
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
        verdict = judge(text, round_.question.key)
        if not verdict.correct:
            return None
        round_.ended, round_.winner, round_.verdict = RoundEnd.ANSWERED, player, verdict
        self.points[player.id] += self.points_per_answer
        self.names[player.id] = player.name
        return verdict

    def end_round(self, how: RoundEnd) -> Round:
        """Close the current round without a winner (time out, skip or stop)."""
        round_ = self.current
        assert round_ is not None
        if round_.ended is None:
            round_.ended = how
        return round_

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
