"""Classifying the accepted answers of a question, once, when the bank loads.

Each answer becomes a Form of its kind: a number ("8", "eight", "8th"), a date
("February 10"), a literal that only the answer as written matches ("C", "C#", "O-"),
or text, normalised and folded (see text/normalize.py), with its typo
allowance and the first letters it can start with (screens.py). A question's forms
make its AnswerKey (keys.py), which the rules (judge.py) use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..text import (
    Date,
    allowance,
    find_dates,
    fold_romanisation,
    is_literal,
    literal_words,
    names,
    normalize,
    read_numbers,
)
from .screens import first_letters, near

# Words a player wraps around an answer without naming anything else (what kind of
# thing it is, a title before a name, chat noise); folded like guesses are, so "think"
# is stored as "thing".
FILLER = frozenset(
    fold_romanisation(word)
    for word in """
    a an the i im m it its is was were be been s that thats this my our
    answer guess think thought believe maybe probably perhaps surely sure pretty
    definitely obviously certainly likely must would say id called named known as by
    in on at of to from for with no number num nr ok okay hmm um uh er well so oh
    mr mrs ms miss dr doctor director actor actress he she they his her their
    has have had are got came said place spot position rank ranked ranking ep eps
    film movie drama series show book novel title song album character role
    professor prof nurse sir lol lmao lmfao haha hahaha hehe xd rofl omg
    """.split()
)


@dataclass(frozen=True)
class Verdict:
    correct: bool
    matched: str | None = None
    distance: int = 0
    reason: str = ""


class Kind(Enum):
    NUMBER = "number"
    DATE = "date"
    LITERAL = "literal"  # one character, or told apart by a sign: "C", "C++", "O-"
    TEXT = "text"


@dataclass(frozen=True)
class Form:
    """One accepted answer, normalised once when the bank loads."""

    shown: str
    kind: Kind
    words: tuple[str, ...]  # normalised, romanisation folded
    compact: str  # the folded words joined: spacing never matters (a literal: its words, signs kept)
    number: int | None = None
    date: Date | None = None
    plain: tuple[str, ...] = ()  # normalised, not folded
    unfolded: str = ""  # the plain words joined: normalised, romanisation not folded
    name: bool = False  # a Korean name: surname spellings are one, syllables are names
    # Derived (see __post_init__): the typos forgiven, and the lengths of a run of guess
    # words, folded or unfolded, that can be within them.
    limit: int = field(init=False, compare=False, repr=False)
    folded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    unfolded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    starts: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        limit = allowance(self.length)
        object.__setattr__(self, "limit", limit)
        object.__setattr__(self, "folded_ok", near(len(self.compact), limit))
        object.__setattr__(self, "unfolded_ok", near(len(self.unfolded), limit))
        object.__setattr__(self, "starts", first_letters(self.words, self.plain, allowance))

    @property
    def length(self) -> int:
        """Letters as written, which sets the typo allowance (folding can shorten a word)."""
        return len(self.unfolded)


def folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold_romanisation(w) for w in normalize(text).split())


def classify(answer: str) -> Form:
    """Turn one accepted answer from the question file into a Form."""
    plain = tuple(normalize(answer).split())
    folded = tuple(fold_romanisation(w) for w in plain)
    name = names.is_name(folded)
    if name:
        folded = tuple(names.canonical(list(folded)))
    compact = "".join(folded)
    dates, used = find_dates(plain)
    if len(dates) == 1 and all(i in used or w in FILLER for i, w in enumerate(plain)):
        return Form(answer, Kind.DATE, folded, compact, date=dates[0], plain=plain, unfolded="".join(plain))
    numbers, said = read_numbers(plain)
    rest = [w for i, w in enumerate(plain) if i not in said and w not in FILLER]
    if len(numbers) == 1 and not rest:
        return Form(answer, Kind.NUMBER, folded, compact, number=numbers[0], plain=plain, unfolded="".join(plain))
    if is_literal(answer):
        written = "".join(literal_words(answer))
        return Form(answer, Kind.LITERAL, (written,), written, plain=(written,), unfolded=written)
    return Form(answer, Kind.TEXT, folded, compact, plain=plain, unfolded="".join(plain), name=name)
