"""Answer judging: forgive typos, never accept a wrong answer.

A single 0-100 similarity ratio cannot separate "Canda" (a typo of Canada) from
"2013" (a wrong year) or "Baek" (a fragment of "Baek Kang-hyuk"), so each accepted
answer is classified once, when the bank loads, and compared by its kind:

* numbers and dates must be equal after normalisation ("eight" == "8", "Feb 10th"
  == "February 10"), however close another number looks;
* text is compared by edit distance (optimal string alignment, so a swapped pair of
  letters is one typo) with an allowance that grows with the answer's length, over
  the best run of words in the guess, so "I think it's Canada" is judged on "canada".

A guess that also names something else ("Netflix Disney Hulu") scores nothing, and
a near-miss that is at least as close to another answer of the bank is refused,
because it most likely names that other person or thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .normalize import fold_romanisation, normalize

MAX_GUESS_CHARS = 200
"""A longer message cannot be a single fair guess; refusing it early bounds the work."""

MAX_GUESS_WORDS = 16

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

# Words a player wraps around an answer without naming anything else; folded like
# guesses are, so "think" is stored as "thing".
FILLER = frozenset(
    fold_romanisation(word)
    for word in [
        "a",
        "an",
        "the",
        "i",
        "im",
        "i",
        "m",
        "it",
        "its",
        "is",
        "was",
        "were",
        "be",
        "been",
        "its",
        "it",
        "s",
        "that",
        "thats",
        "this",
        "my",
        "our",
        "answer",
        "guess",
        "think",
        "thought",
        "believe",
        "maybe",
        "probably",
        "perhaps",
        "surely",
        "sure",
        "pretty",
        "definitely",
        "obviously",
        "certainly",
        "likely",
        "must",
        "would",
        "say",
        "id",
        "called",
        "named",
        "by",
        "in",
        "on",
        "at",
        "of",
        "to",
        "from",
        "for",
        "with",
        "no",
        "number",
        "num",
        "nr",
        "ok",
        "okay",
        "hmm",
        "um",
        "uh",
        "er",
        "well",
        "so",
        "oh",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "doctor",
        "director",
        "actor",
        "actress",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
    ]
)


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
    words: tuple[str, ...]
    compact: str
    number: int | None = None
    date: Date | None = None


@dataclass(frozen=True)
class AnswerKey:
    """Everything the judge needs about one question, computed once at load time."""

    forms: tuple[Form, ...]
    context: frozenset[str] = frozenset()
    # The compact text answers of the whole bank: one tuple shared by every question.
    rivals: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Verdict:
    correct: bool
    matched: str | None = None
    distance: int = 0
    reason: str = ""


def allowance(length: int) -> int:
    """Typos forgiven in an answer of `length` letters: none when short, two when long."""
    if length <= 4:
        return 0
    if length <= 7:
        return 1
    return 2


def _number(word: str) -> int | None:
    match = _DIGITS.match(word)
    if match:
        return int(match.group(1))
    return _UNITS.get(word, _ORDINALS.get(word))


def _folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold_romanisation(w) for w in normalize(text).split())


def _find_dates(words: Sequence[str]) -> tuple[list[Date], set[int]]:
    """Dates written as "February 10", "Feb 10th", "10 February" or "10th of Feb", with
    an optional year after them; also the indexes of the words they used."""
    dates: list[Date] = []
    used: set[int] = set()
    for i, word in enumerate(words):
        month = _MONTHS.get(word)
        if month is None:
            continue
        day_at = None
        for j in (i + 1, i - 1):
            if 0 <= j < len(words) and j not in used:
                value = _number(words[j])
                if value is not None and 1 <= value <= 31:
                    day_at = j
                    break
        if day_at is None and i >= 2 and words[i - 1] == "of":
            value = _number(words[i - 2])
            if value is not None and 1 <= value <= 31:
                day_at = i - 2
                used.add(i - 1)
        if day_at is None:
            continue
        day = _number(words[day_at])
        assert day is not None
        year = None
        year_at = max(i, day_at) + 1
        if year_at < len(words) and re.fullmatch(r"\d{4}", words[year_at]):
            year = int(words[year_at])
            used.add(year_at)
        used.update({i, day_at})
        dates.append(Date(month, day, year))
    return dates, used


def classify(answer: str) -> Form:
    """Turn one accepted answer from the question file into a Form."""
    plain = tuple(normalize(answer).split())
    folded = tuple(fold_romanisation(w) for w in plain)
    compact = "".join(folded)
    dates, used = _find_dates(plain)
    if len(dates) == 1 and all(i in used or w in FILLER for i, w in enumerate(plain)):
        return Form(answer, Kind.DATE, folded, compact, date=dates[0])
    numbers = [n for n in (_number(w) for w in plain) if n is not None]
    rest = [w for w in plain if _number(w) is None and w not in FILLER]
    if len(numbers) == 1 and not rest:
        return Form(answer, Kind.NUMBER, folded, compact, number=numbers[0])
    return Form(answer, Kind.TEXT, folded, compact)


def _variants(answer: str) -> list[str]:
    """The answer plus "B and A" for an answer "A and B": a pair may be named in either order."""
    parts = re.split(r"\s+(?:and|&)\s+", answer)
    if len(parts) == 2:
        return [answer, f"{parts[1]} and {parts[0]}"]
    return [answer]


def _context_words(question: str) -> frozenset[str]:
    """Lower-case words of the question, which a player may repeat ("8 episodes").

    Capitalised words and the words around "or" are left out: they name the
    candidates ("Canada or Japan", "accept it or decline it"), and a guess that
    repeats both candidates is a shotgun guess, not an answer.
    """
    tokens = re.findall(r"[\w'-]+", question)
    choices = {i + d for i, t in enumerate(tokens) if t.lower() == "or" for d in (-2, -1, 1, 2)}
    kept = [t for i, t in enumerate(tokens) if not t[:1].isupper() and i not in choices]
    return frozenset(_folded_words(" ".join(kept)))


def prepare(answers: Iterable[str], question: str = "") -> AnswerKey:
    """Normalise a question's accepted answers once, at load time."""
    forms = tuple(classify(v) for answer in answers for v in _variants(answer))
    return AnswerKey(forms=forms, context=_context_words(question))


def rival_answers(keys: Iterable[AnswerKey]) -> tuple[str, ...]:
    """Every text answer of a bank, once, for `with_rivals`."""
    return tuple(dict.fromkeys(f.compact for key in keys for f in key.forms if f.kind is Kind.TEXT))


def with_rivals(key: AnswerKey, rivals: tuple[str, ...]) -> AnswerKey:
    """The same key, judged also against the other answers of the bank (see `judge`)."""
    return AnswerKey(forms=key.forms, context=key.context, rivals=rivals)


def _is_filler(word: str, key: AnswerKey) -> bool:
    return word in FILLER or word in key.context


def _judge_number(words: Sequence[str], form: Form, key: AnswerKey) -> bool:
    numbers = {n for n in (_number(w) for w in words) if n is not None}
    rest = [w for w in words if _number(w) is None]
    return numbers == {form.number} and all(_is_filler(w, key) for w in rest)


def _judge_date(words: Sequence[str], form: Form, key: AnswerKey) -> bool:
    assert form.date is not None
    dates, used = _find_dates(words)
    if len(dates) != 1:
        return False
    guess, answer = dates[0], form.date
    if (guess.month, guess.day) != (answer.month, answer.day):
        return False
    if answer.year is not None and guess.year not in (None, answer.year):
        return False
    rest = [w for i, w in enumerate(words) if i not in used]
    return all(_is_filler(w, key) for w in rest)


def _word_allowance(word: str) -> int:
    return max(1, allowance(len(word)))


def _words_close(window: Sequence[str], form: Form) -> bool:
    """Each word may carry only its own small share of typos, so "Jung Jae-won" is not
    "Yang Jae-won" although the whole is only two letters off.

    The first word (a family name, in most answers of this kind) is checked however
    the guess is spaced; with the same number of words, every word is checked.
    """
    if len(window) == len(form.words):
        return all(
            OSA.distance(g, a, score_cutoff=_word_allowance(a)) <= _word_allowance(a)
            for g, a in zip(window, form.words, strict=True)
        )
    if len(form.words) < 2:
        return True
    first, joined = form.words[0], "".join(window)
    limit = _word_allowance(first)
    heads = (joined[: len(first) + d] for d in (-1, 0, 1))
    return min(OSA.distance(h, first, score_cutoff=limit) for h in heads) <= limit


def _best_text_match(words: Sequence[str], form: Form) -> tuple[int, int, int] | None:
    """(distance, start, size) of the run of guess words closest to `form`, if within allowance."""
    limit = allowance(len(form.compact))
    best: tuple[int, int, int] | None = None
    n = len(form.words)
    for size in {n - 1, n, n + 1}:
        if size < 1 or size > len(words):
            continue
        for start in range(len(words) - size + 1):
            window = words[start : start + size]
            distance = OSA.distance("".join(window), form.compact, score_cutoff=limit)
            if distance > limit or not _words_close(window, form):
                continue
            if best is None or distance < best[0]:
                best = (distance, start, size)
    return best


def _rival_as_close(window: str, distance: int, key: AnswerKey) -> bool:
    """Is another answer of the bank (not one of this question's) within `distance`?"""
    own = {f.compact for f in key.forms}
    nearest = process.extract(window, key.rivals, scorer=OSA.distance, score_cutoff=distance, limit=len(own) + 1)
    return any(choice not in own for choice, _, _ in nearest)


def _judge_text(words: Sequence[str], form: Form, key: AnswerKey) -> Verdict | None:
    match = _best_text_match(words, form)
    if match is None:
        return None
    distance, start, size = match
    rest = list(words[:start]) + list(words[start + size :])
    if not all(_is_filler(w, key) for w in rest):
        return Verdict(False, reason="the guess names something else too")
    if distance and _rival_as_close("".join(words[start : start + size]), distance, key):
        return Verdict(False, reason="closer to another answer")
    return Verdict(True, matched=form.shown, distance=distance)


def judge(guess: str, key: AnswerKey) -> Verdict:
    """Decide whether `guess` answers the question whose accepted answers are `key`.

    Never raises for any string.
    """
    if len(guess) > MAX_GUESS_CHARS:
        return Verdict(False, reason="too long to be one guess")
    words = _folded_words(guess)
    if not words or len(words) > MAX_GUESS_WORDS:
        return Verdict(False, reason="not a guess")
    if len(words) == 1 and len(words[0]) == 1 and not words[0].isdigit():
        return Verdict(False, reason="not a guess")
    refusal: Verdict | None = None
    for form in key.forms:
        if form.kind is Kind.NUMBER and _judge_number(words, form, key):
            return Verdict(True, matched=form.shown)
        if form.kind is Kind.DATE and _judge_date(words, form, key):
            return Verdict(True, matched=form.shown)
        if form.kind is Kind.TEXT:
            verdict = _judge_text(words, form, key)
            if verdict is not None and verdict.correct:
                return verdict
            refusal = refusal or verdict
    return refusal or Verdict(False, reason="no match")
