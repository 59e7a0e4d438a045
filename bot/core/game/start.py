"""What `!trivia start` was asked for: rounds, category, difficulty and mode (typed
answers, or buttons), in any order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..bank import DIFFICULTIES
from ..catalogue import TERMS, say, term
from ..errors import CatalogueError

MAX_ROUNDS = 50
DEFAULT_ROUNDS = 10
MODES = ("open", "choices")


class BadStartOptions(CatalogueError):
    """A word after `start` that is no number of rounds, category, difficulty or mode."""


@dataclass(frozen=True)
class StartOptions:
    rounds: int = DEFAULT_ROUNDS
    category: str | None = None
    difficulty: str | None = None
    mode: str | None = None  # "open" or "choices"; None: the server's default
    pack: str | None = None  # a question pack named by the start; None: the server's default pack

    def describe(self) -> str:
        """The pack, category and difficulty chosen ("mypack, production, hard"); "" for
        the whole of the server's default pack."""
        named = [term(part) for part in (self.category, self.difficulty) if part]
        return ", ".join([self.pack, *named] if self.pack else named)


# The start words in Korean: the slash choices' Korean names (catalogue.TERMS), and the
# usual words for the two modes.
WORDS_KO = {korean.replace(" ", ""): english for english, korean in TERMS["ko"].items()} | {
    "버튼": "choices",
    "객관식": "choices",
    "보기": "choices",
    "주관식": "open",
    "입력": "open",
}


def parse_start(
    words: Sequence[str], categories: Iterable[str], prefix: str = "!", default_rounds: int = DEFAULT_ROUNDS
) -> StartOptions:
    known = {c.casefold(): c for c in categories}
    rounds: int | None = None
    category: str | None = None
    difficulty: str | None = None
    mode: str | None = None
    usage = say(
        "start.usage",
        prefix=prefix,
        categories=", ".join(map(term, known.values())),
        difficulties=", ".join(map(term, DIFFICULTIES)),
    )
    for word in words:
        folded = word.casefold()
        if folded[:1].isdigit():
            folded = folded.removesuffix("문제")  # "10문제"
        folded = WORDS_KO.get(folded, folded)  # "10문제 쉬움 버튼" reads as "10 easy choices"
        if folded.lstrip("+-").isdigit():
            if rounds is not None:
                raise BadStartOptions("start.rounds_twice", usage=usage)
            rounds = int(folded)
            if not 1 <= rounds <= MAX_ROUNDS:
                raise BadStartOptions("start.rounds_range", most=MAX_ROUNDS, rounds=rounds)
        elif folded in DIFFICULTIES and difficulty is None:
            difficulty = folded
        elif folded in known and category is None:
            category = known[folded]
        elif folded in MODES and mode is None:
            mode = folded
        else:
            shown = word if len(word) <= 30 else word[:29] + "…"
            raise BadStartOptions("start.unknown_word", word=shown, usage=usage)
    return StartOptions(rounds or default_rounds, category, difficulty, mode)


def named(word: str, names: Iterable[str]) -> str | None:
    """The one of `names` (the categories, the difficulties) that `word` names, as a
    player may type it: in any case, in English or in Korean ("Cast", "출연진", "쉬움")."""
    known = {name.casefold(): name for name in names}
    folded = word.strip().casefold()
    return known.get(WORDS_KO.get(folded.replace(" ", ""), folded))
