"""Classifying the accepted answers of a question, once, when the bank loads.

Each answer becomes a Form of its kind: a number ("8", "eight", "8th"), a date
("February 10") or text, normalised and folded (see normalize.py), with its typo
allowance and the screens that let the judge refuse most wrong guesses early
(screens.py). A question's forms make its AnswerKey, which the rules (judge.py) use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from . import names, screens
from .normalize import fold_romanisation, normalize
from .screens import first_letters, least_common, near

if TYPE_CHECKING:
    from .hangul import HangulKey

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_ORDINALS)
# "007" is a code, not the number 7: leading zeros keep a word out of number matching.
_DIGITS = re.compile(r"^(0|[1-9]\d*)(?:st|nd|rd|th)?$")

# Words a player wraps around an answer without naming anything else; folded like
# guesses are, so "think" is stored as "thing".
FILLER = frozenset(
    fold_romanisation(word)
    for word in """
    a an the i im m it its is was were be been s that thats this my our
    answer guess think thought believe maybe probably perhaps surely sure pretty
    definitely obviously certainly likely must would say id called named known as by
    in on at of to from for with no number num nr ok okay hmm um uh er well so oh
    mr mrs ms miss dr doctor director actor actress he she they his her their
    has have had are got came said place spot position rank ranked ranking ep eps
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
    TEXT = "text"


@dataclass(frozen=True)
class Date:
    month: int
    day: int
    year: int | None = None


@dataclass(frozen=True)
class Form:
    """One accepted answer, normalised once when the bank loads."""

    shown: str
    kind: Kind
    words: tuple[str, ...]  # normalised, romanisation folded
    compact: str  # the folded words joined: spacing never matters
    number: int | None = None
    date: Date | None = None
    plain: tuple[str, ...] = ()  # normalised, not folded
    typed: str = ""  # the plain words joined
    name: bool = False  # a Korean name: surname spellings are one, syllables are names
    # Derived (see __post_init__): the typos forgiven, and the lengths of a run of guess
    # words, folded or as typed, that can be within them.
    limit: int = field(init=False, compare=False, repr=False)
    folded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    typed_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    starts: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        limit = allowance(self.length)
        object.__setattr__(self, "limit", limit)
        object.__setattr__(self, "folded_ok", near(len(self.compact), limit))
        object.__setattr__(self, "typed_ok", near(len(self.typed), limit))
        object.__setattr__(self, "starts", first_letters(self.words, self.plain, allowance))

    @property
    def length(self) -> int:
        """Letters as written, which sets the typo allowance (folding can shorten a word)."""
        return len(self.typed)


@dataclass(frozen=True)
class AnswerKey:
    """Everything the judge needs about one question, computed once at load time."""

    forms: tuple[Form, ...]
    context: frozenset[str] = frozenset()
    # The compact text answers of the whole bank: one tuple shared by every question.
    rivals: tuple[str, ...] = field(default=(), compare=False, repr=False)
    refused: tuple[str, ...] = ()  # near forms the bank rules out ("Lee Do-hyun"), compact
    opposites: frozenset[str] = frozenset()  # words that contradict a true-or-false answer
    truth: bool | None = None  # the answer of a true-or-false question ("O" and "X" say it too)
    hangul: HangulKey | None = field(default=None, compare=False, repr=False)  # the Korean answers
    # Derived from `forms` (see __post_init__): the most words a matching run of guess
    # words can have, and the run lengths, folded or as typed, that any text form could
    # accept. Most runs of a wrong guess fail on length alone, before any string work.
    longest: int = field(init=False, compare=False, repr=False)
    folded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    typed_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    exact: tuple[Form, ...] = field(init=False, compare=False, repr=False)  # numbers and dates
    text: tuple[Form, ...] = field(init=False, compare=False, repr=False)
    starts: frozenset[str] | None = field(init=False, compare=False, repr=False)  # None: any letter
    names: bool = field(init=False, compare=False, repr=False)  # has a Korean name: fold surnames
    # (answer, least common subsequence) of each text form, folded and as typed (see may_match)
    folded_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)
    typed_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)
    folding_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        text = tuple(f for f in self.forms if f.kind is Kind.TEXT)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "exact", tuple(f for f in self.forms if f.kind is not Kind.TEXT))
        object.__setattr__(self, "names", any(f.name for f in text))
        object.__setattr__(self, "longest", max((len(f.words) for f in self.forms), default=0) + 1)
        object.__setattr__(self, "folded_ok", frozenset().union(*(f.folded_ok for f in text)))
        object.__setattr__(self, "typed_ok", frozenset().union(*(f.typed_ok for f in text)))
        constrained = all(f.starts for f in text)
        object.__setattr__(self, "starts", frozenset().union(*(f.starts for f in text)) if constrained else None)
        object.__setattr__(self, "folded_screens", least_common((f.compact, f.limit) for f in text))
        object.__setattr__(self, "typed_screens", least_common((f.typed, f.limit) for f in text))
        object.__setattr__(
            self, "folding_screens", least_common((f.typed, f.limit) for f in text if f.typed != f.compact)
        )

    def may_match(self, folded: str, typed: str) -> bool:
        """Could a run of words of this guess (folded, and as typed) be close enough to a text form?

        A run within `limit` typos of an answer shares all but at most `limit` of the
        answer's letters, in order (each typo costs at most one letter of their longest
        common subsequence), and the whole guess around the run shares at least as
        many. So one call to C per answer refuses most wrong guesses before any run of
        words is built. Forms that fold to the same letters are tested once.
        """
        return screens.may_match(self.folded_screens, self.typed_screens, self.folding_screens, folded, typed)


def allowance(length: int) -> int:
    """Typos forgiven in an answer of `length` letters: none when short, two when long."""
    if length <= 4:
        return 0
    if length <= 7:
        return 1
    return 2


def number_of(word: str) -> int | None:
    match = _DIGITS.match(word)
    if match:
        return int(match.group(1))
    return _UNITS.get(word, _ORDINALS.get(word))


def folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold_romanisation(w) for w in normalize(text).split())


def find_dates(words: Sequence[str]) -> tuple[list[Date], set[int]]:
    """Dates written as "February 10", "Feb 10th", "10 February" or "10th of Feb", with
    an optional year after them; also the indexes of the words they used."""
    dates: list[Date] = []
    used: set[int] = set()
    for i, word in enumerate(words):
        month = _MONTHS.get(word) or _misspelt_month(word)
        if month is None:
            continue
        day_at = None
        after = i + 2 if i + 2 < len(words) and words[i + 1] == "the" else i + 1  # "February the 10th"
        for j in (after, i - 1):
            if 0 <= j < len(words) and j not in used:
                value = number_of(words[j])
                if value is not None and 1 <= value <= 31:
                    day_at = j
                    break
        if day_at is None and i >= 2 and words[i - 1] == "of":
            value = number_of(words[i - 2])
            if value is not None and 1 <= value <= 31:
                day_at = i - 2
                used.add(i - 1)
        if day_at is None:
            continue
        day = number_of(words[day_at])
        assert day is not None
        year = None
        year_at = max(i, day_at) + 1
        if year_at < len(words) and re.fullmatch(r"\d{4}", words[year_at]):
            year = int(words[year_at])
            used.add(year_at)
        used.update({i, day_at})
        dates.append(Date(month, day, year))
    return dates, used


_MONTH_NAMES = {name: number for name, number in _MONTHS.items() if len(name) > 4}


@functools.lru_cache(maxsize=4096)
def _misspelt_month(word: str) -> int | None:
    """ "Febuary", "Janurary": a month name within the typo allowance of its length."""
    if len(word) < 5 or not word.isalpha():
        return None
    found = {n for name, n in _MONTH_NAMES.items() if OSA.distance(word, name, score_cutoff=2) <= allowance(len(name))}
    return found.pop() if len(found) == 1 else None


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\s*$")


def same_day(guess: Date, answer: Date | None) -> bool:
    """The answer's day; and its year, if it has one and the guess names a year."""
    assert answer is not None
    same = (guess.month, guess.day) == (answer.month, answer.day)
    return same and (answer.year is None or guess.year in (None, answer.year))


def numeric_dates(text: str) -> list[Date]:
    """The dates "2/10", "10.2.2025" or "2025-02-10" may mean: day and month either way
    round (people write both), a year first only in the ISO order."""
    match = _NUMERIC_DATE.match(text)
    if match is None:
        return []
    first, second, third = (int(g) if g else None for g in match.groups())
    assert first is not None and second is not None
    if first > 31:  # 2025-02-10
        return [Date(second, third, first)] if third and 1 <= second <= 12 and 1 <= third <= 31 else []
    year = None if third is None else third + 2000 if third < 100 else third
    readings = [Date(m, d, year) for m, d in ((first, second), (second, first)) if 1 <= m <= 12 and 1 <= d <= 31]
    return list(dict.fromkeys(readings))


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
        return Form(answer, Kind.DATE, folded, compact, date=dates[0], plain=plain, typed="".join(plain))
    numbers = [n for n in (number_of(w) for w in plain) if n is not None]
    rest = [w for w in plain if number_of(w) is None and w not in FILLER]
    if len(numbers) == 1 and not rest:
        return Form(answer, Kind.NUMBER, folded, compact, number=numbers[0], plain=plain, typed="".join(plain))
    return Form(answer, Kind.TEXT, folded, compact, plain=plain, typed="".join(plain), name=name)
