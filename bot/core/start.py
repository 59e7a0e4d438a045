"""What `!trivia start` was asked for: rounds, category, difficulty and mode (typed
answers, or buttons), in any order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import TriviaError
from .questions import DIFFICULTIES

MAX_ROUNDS = 50
DEFAULT_ROUNDS = 10
MODES = ("open", "choices")


class BadStartOptions(TriviaError):
    """A word after `start` that is no number of rounds, category or difficulty."""


@dataclass(frozen=True)
class StartOptions:
    rounds: int = DEFAULT_ROUNDS
    category: str | None = None
    difficulty: str | None = None
    mode: str | None = None  # "open" or "choices"; None: the server's default

    def describe(self) -> str:
        """The category and difficulty chosen ("production, hard"); "" for the whole bank."""
        return ", ".join(part for part in (self.category, self.difficulty) if part)


def parse_start(
    words: Sequence[str], categories: Iterable[str], prefix: str = "!", default_rounds: int = DEFAULT_ROUNDS
) -> StartOptions:
    known = {c.casefold(): c for c in categories}
    rounds: int | None = None
    category: str | None = None
    difficulty: str | None = None
    mode: str | None = None
    usage = (
        f"Start with `{prefix}trivia start [rounds] [category] [difficulty] [choices]`, in any order. "
        f"Categories: {', '.join(known.values())}. Difficulties: {', '.join(DIFFICULTIES)}. "
        "`choices` plays with buttons, `open` with typed answers."
    )
    for word in words:
        folded = word.casefold()
        if folded.lstrip("+-").isdigit():
            if rounds is not None:
                raise BadStartOptions(f"Give the number of questions once. {usage}")
            rounds = int(folded)
            if not 1 <= rounds <= MAX_ROUNDS:
                raise BadStartOptions(f"The number of questions must be between 1 and {MAX_ROUNDS}, not {rounds}.")
        elif folded in DIFFICULTIES and difficulty is None:
            difficulty = folded
        elif folded in known and category is None:
            category = known[folded]
        elif folded in MODES and mode is None:
            mode = folded
        else:
            shown = word if len(word) <= 30 else word[:29] + "…"
            raise BadStartOptions(f"I don't know “{shown}” here. {usage}")
    return StartOptions(rounds or default_rounds, category, difficulty, mode)
