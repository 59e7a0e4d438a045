"""English number words, ordinals and dates, as players write them.

"8", "eight" and "8th" are one number, "fifty two" is 52 and "foruteen" 14; "February 10", "Feb 10th", "10 February",
"10th of Feb", "2/10" and "2025-02-10" are dates, a misspelt month ("Febuary")
included when it is within the typo allowance of its length.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from .lookalikes import ENGLISH_LOOKALIKES
from .normalize import allowance

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
# "007" is a code, not the number 7: leading zeros keep a word out of number matching.
_DIGITS = re.compile(r"^(0|[1-9]\d*)(?:st|nd|rd|th)?$")


@dataclass(frozen=True)
class Date:
    month: int
    day: int
    year: int | None = None


def _swaps(word: str) -> list[str]:
    """`word` with one pair of neighbouring letters swapped, every way."""
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1) if word[i] != word[i + 1]]


def _misspelt_numbers() -> dict[str, int]:
    """One swap in a spelled-out number ("foruteen", "sitxeen"), where the slip is no
    English word ("there" for "three") and no slip of another number."""
    seen: dict[str, set[int]] = {}
    for word, value in (*_UNITS.items(), *_ORDINALS.items()):
        for slip in _swaps(word):
            seen.setdefault(slip, set()).add(value)
    return {
        slip: values.pop()
        for slip, values in seen.items()
        if len(values) == 1 and slip not in ENGLISH_LOOKALIKES and slip not in _UNITS and slip not in _ORDINALS
    }


_MISSPELT = _misspelt_numbers()
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_ORDINALS)
SPELLED_NUMBERS = NUMBER_WORDS | frozenset(_MISSPELT)  # number words, and one swap in one


def number_of(word: str) -> int | None:
    """The number one word says ("8", "8th", "eight", "eighth", "foruteen"), or None."""
    match = _DIGITS.match(word)
    if match:
        return int(match.group(1))
    return _UNITS.get(word, _ORDINALS.get(word, _MISSPELT.get(word)))


def read_numbers(words: Sequence[str]) -> tuple[list[int], set[int]]:
    """The numbers said in `words`, a number of several words counted once ("fifty two"
    is 52, "two hundred and six" 206), and the indexes of the words they used."""
    numbers: list[int] = []
    used: set[int] = set()
    at = 0
    while at < len(words):
        value = number_of(words[at])
        if value is None:
            at += 1
            continue
        start = at
        at += 1
        if 1 <= value <= 9 and at < len(words) and words[at] == "hundred":  # "two hundred (and) six"
            value *= 100
            at += 1
            if at + 1 < len(words) and words[at] == "and" and _below_hundred(words[at + 1]):
                at += 1
            if at < len(words) and _below_hundred(words[at]):
                rest, at = _tens_and_units(words, at)
                value += rest
        elif value in _TENS and at < len(words) and _unit(words[at]):  # "fifty two", "twenty first"
            value += number_of(words[at]) or 0
            at += 1
        numbers.append(value)
        used.update(range(start, at))
    return numbers, used


_TENS = frozenset(range(20, 100, 10))


def _unit(word: str) -> bool:
    value = number_of(word)
    return value is not None and 1 <= value <= 9 and not word[:1].isdigit()


def _below_hundred(word: str) -> bool:
    value = number_of(word)
    return value is not None and 1 <= value <= 99 and not word[:1].isdigit()


def _tens_and_units(words: Sequence[str], at: int) -> tuple[int, int]:
    value = number_of(words[at]) or 0
    at += 1
    if value in _TENS and at < len(words) and _unit(words[at]):
        value += number_of(words[at]) or 0
        at += 1
    return value, at


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
