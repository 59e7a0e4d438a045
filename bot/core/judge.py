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

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel, LCSseq

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
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_ORDINALS)
_A_DIGIT = re.compile(r"\d")
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
    has have had are got came said
    """.split()
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
    words: tuple[str, ...]  # normalised, romanisation folded
    compact: str  # the folded words joined: spacing never matters
    number: int | None = None
    date: Date | None = None
    plain: tuple[str, ...] = ()  # normalised, not folded
    typed: str = ""  # the plain words joined
    # Derived (see __post_init__): the typos forgiven, and the lengths of a run of guess
    # words, folded or as typed, that can be within them.
    limit: int = field(init=False, compare=False, repr=False)
    folded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    typed_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    starts: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        limit = allowance(self.length)
        object.__setattr__(self, "limit", limit)
        object.__setattr__(self, "folded_ok", _near(len(self.compact), limit))
        object.__setattr__(self, "typed_ok", _near(len(self.typed), limit))
        object.__setattr__(self, "starts", self._starts())

    def _starts(self) -> frozenset[str]:
        """The letters a run of guess words must start with to match, or none if any will do.

        A short first word keeps its first letter (see `_close`), in the folded spelling
        and, where it is compared too, as typed.
        """
        if not self.words or allowance(len(self.words[0])) > 0:
            return frozenset()
        if len(self.plain) != len(self.words):  # the typed spelling is not compared
            return frozenset(self.words[0][:1])
        if allowance(len(self.plain[0])) > 0:
            return frozenset()
        return frozenset(self.words[0][:1] + self.plain[0][:1])

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
    # Derived from `forms` (see __post_init__): the most words a matching run of guess
    # words can have, and the run lengths, folded or as typed, that any text form could
    # accept. Most runs of a wrong guess fail on length alone, before any string work.
    longest: int = field(init=False, compare=False, repr=False)
    folded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    typed_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    exact: tuple[Form, ...] = field(init=False, compare=False, repr=False)  # numbers and dates
    text: tuple[Form, ...] = field(init=False, compare=False, repr=False)
    starts: frozenset[str] | None = field(init=False, compare=False, repr=False)  # None: any letter
    # (answer, least common subsequence) of each text form, folded and as typed (see may_match)
    folded_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)
    typed_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)
    folding_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        text = tuple(f for f in self.forms if f.kind is Kind.TEXT)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "exact", tuple(f for f in self.forms if f.kind is not Kind.TEXT))
        object.__setattr__(self, "longest", max((len(f.words) for f in self.forms), default=0) + 1)
        object.__setattr__(self, "folded_ok", frozenset().union(*(f.folded_ok for f in text)))
        object.__setattr__(self, "typed_ok", frozenset().union(*(f.typed_ok for f in text)))
        constrained = all(f.starts for f in text)
        object.__setattr__(self, "starts", frozenset().union(*(f.starts for f in text)) if constrained else None)
        object.__setattr__(self, "folded_screens", _screens((f.compact, f.limit) for f in text))
        object.__setattr__(self, "typed_screens", _screens((f.typed, f.limit) for f in text))
        object.__setattr__(self, "folding_screens", _screens((f.typed, f.limit) for f in text if f.typed != f.compact))

    def may_match(self, folded: str, typed: str) -> bool:
        """Could a run of words of this guess (folded, and as typed) be close enough to a text form?

        A run within `limit` typos of an answer shares all but at most `limit` of the
        answer's letters, in order (each typo costs at most one letter of their longest
        common subsequence), and the whole guess around the run shares at least as
        many. So one call to C per answer refuses most wrong guesses before any run of
        words is built. Forms that fold to the same letters are tested once.
        """
        similarity = LCSseq.similarity
        for answer, least in self.folded_screens:
            if similarity(answer, folded, score_cutoff=least):
                return True
        # As typed, unless neither side is changed by folding: then it was the same test.
        for answer, least in self.typed_screens if folded != typed else self.folding_screens:
            if similarity(answer, typed, score_cutoff=least):
                return True
        return False


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


def _screens(answers: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """Each distinct answer with the least common subsequence a guess within `limit` has."""
    return tuple(dict.fromkeys((answer, max(len(answer) - limit, 1)) for answer, limit in answers))


def _near(length: int, limit: int) -> frozenset[int]:
    """The lengths within `limit` of `length`."""
    return frozenset(range(max(length - limit, 0), length + limit + 1))


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
        return Form(answer, Kind.DATE, folded, compact, date=dates[0], plain=plain, typed="".join(plain))
    numbers = [n for n in (_number(w) for w in plain) if n is not None]
    rest = [w for w in plain if _number(w) is None and w not in FILLER]
    if len(numbers) == 1 and not rest:
        return Form(answer, Kind.NUMBER, folded, compact, number=numbers[0], plain=plain, typed="".join(plain))
    return Form(answer, Kind.TEXT, folded, compact, plain=plain, typed="".join(plain))


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
    kept = [t for i, t in enumerate(tokens) if (i == 0 or not t[:1].isupper()) and i not in choices]
    return frozenset(_folded_words(" ".join(kept)))


def _finest(forms: Sequence[Form]) -> tuple[Form, ...]:
    """Give every text form the finest word split among forms that fold to the same letters.

    "Lee Doyun" is judged as "Lee Do yun": a typo allowance belongs to each syllable,
    and a fused spelling must not turn two short syllables into one long word.
    """
    finest: dict[str, Form] = {}
    for form in forms:
        if form.kind is Kind.TEXT and len(form.words) > len(finest.get(form.compact, form).words):
            finest[form.compact] = form
        finest.setdefault(form.compact, form)
    return tuple(dataclasses.replace(f, words=finest[f.compact].words) if f.kind is Kind.TEXT else f for f in forms)


def prepare(answers: Iterable[str], question: str = "") -> AnswerKey:
    """Normalise a question's accepted answers once, at load time."""
    forms = _finest([classify(v) for answer in answers for v in _variants(answer)])
    return AnswerKey(forms=forms, context=_context_words(question))


def rival_answers(keys: Iterable[AnswerKey]) -> tuple[str, ...]:
    """Every text answer of a bank, once, for `with_rivals`."""
    return tuple(dict.fromkeys(f.compact for key in keys for f in key.forms if f.kind is Kind.TEXT))


def with_rivals(key: AnswerKey, rivals: tuple[str, ...]) -> AnswerKey:
    """The same key, judged also against the other answers of the bank (see `judge`)."""
    return AnswerKey(forms=key.forms, context=key.context, rivals=rivals)


def _is_filler(word: str, key: AnswerKey) -> bool:
    """A word that names nothing: filler, or a word of the question in another form
    ("ranked" for "rank", "episode" for "episodes")."""
    if word in FILLER or word in key.context:
        return True
    return len(word) >= 4 and any(len(c) >= 4 and (word.startswith(c) or c.startswith(word)) for c in key.context)


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


def _close(guess: str, answer: str) -> bool:
    """One word against one word, with the word's own share of typos.

    Long words forgive edit-distance slips in proportion to length. A short word (a
    Korean syllable, mostly) keeps its first letter and forgives one slip after it:
    "Le" for "Lee" and "Do-yum" for "Do-yun" are typos, but "Do-hoon" is another name.
    """
    if guess == answer:
        return True
    limit = allowance(len(answer))
    if limit:
        return OSA.distance(guess, answer, score_cutoff=limit) <= limit
    if guess[:1] != answer[:1]:
        return False
    if len(answer) <= 2:  # "Ji" is not "Ju": only a doubled letter is a slip
        return Indel.distance(guess, answer, score_cutoff=1) <= 1
    return OSA.distance(guess, answer, score_cutoff=1) <= 1


def _segments_close(joined: str, words: Sequence[str]) -> bool:
    """Can `joined` (a guess without its spaces) be cut into pieces, one per answer word,
    each close to its word? That judges "Baekkanghyk" syllable by syllable."""

    @functools.cache
    def fits(at: int, index: int) -> bool:
        if index == len(words):
            return at == len(joined)
        word = words[index]
        return any(
            _close(joined[at : at + size], word) and fits(at + size, index + 1)
            for size in (len(word), len(word) - 1, len(word) + 1)
            if size > 0 and at + size <= len(joined)
        )

    return fits(0, 0)


def _words_close(window: Sequence[str], plain: Sequence[str], form: Form) -> bool:
    """Each word carries only its own small share of typos, so "Jung Jae-won" is not
    "Yang Jae-won" although the whole is only two letters off. Checked as typed and as
    folded for romanisation ("Soeul" is one swap from "Seoul" only as typed)."""
    if len(window) == len(form.words) and all(_close(g, a) for g, a in zip(window, form.words, strict=True)):
        return True
    if _segments_close("".join(window), form.words):
        return True
    # As typed, only where the answer is written syllable by syllable: a fused spelling
    # ("Kyungwon") would lend one long word the allowance of two short ones.
    return len(form.plain) == len(form.words) and _segments_close("".join(plain), form.plain)


Window = tuple[int, int, str, str]  # start, size, folded words joined, typed words joined


def _windows(words: Sequence[str], plain: Sequence[str], key: AnswerKey) -> list[Window]:
    """The runs of up to `key.longest` consecutive guess words whose length some text
    form of `key` could accept, each joined once per guess."""
    folded_ok, typed_ok = key.folded_ok, key.typed_ok
    too_long = max(folded_ok | typed_ok, default=0)
    starts = key.starts
    found: list[Window] = []
    for start in range(len(words)):
        if starts is not None and words[start][0] not in starts and plain[start][0] not in starts:
            continue
        folded = typed = 0
        for end in range(start + 1, min(start + key.longest, len(words)) + 1):
            folded += len(words[end - 1])
            typed += len(plain[end - 1])
            if folded > too_long and typed > too_long:
                break  # longer runs from `start` only grow
            if folded in folded_ok or typed in typed_ok:
                found.append((start, end - start, "".join(words[start:end]), "".join(plain[start:end])))
    return found


def _best_text_match(
    words: Sequence[str], plain: Sequence[str], windows: Sequence[Window], form: Form
) -> tuple[int, int, int] | None:
    """(distance, start, size) of the run of guess words closest to `form`, if within allowance."""
    limit = form.limit
    best: tuple[int, int, int] | None = None
    longest = len(form.words) + 1
    for start, size, folded, typed in windows:
        if size > longest:
            continue
        # A run whose length is more than `limit` off cannot be within `limit` edits.
        as_folded, as_typed = len(folded) in form.folded_ok, len(typed) in form.typed_ok
        if not (as_folded or as_typed):
            continue
        distance = min(
            OSA.distance(folded, form.compact, score_cutoff=limit) if as_folded else limit + 1,
            OSA.distance(typed, form.typed, score_cutoff=limit) if as_typed else limit + 1,
        )
        if distance > limit or not _words_close(words[start : start + size], plain[start : start + size], form):
            continue
        if best is None or distance < best[0]:
            best = (distance, start, size)
    return best


def _rival_as_close(window: str, distance: int, key: AnswerKey) -> bool:
    """Is another answer of the bank (not one of this question's) within `distance`?"""
    own = {f.compact for f in key.forms}
    nearest = process.extract(window, key.rivals, scorer=OSA.distance, score_cutoff=distance, limit=len(own) + 1)
    return any(choice not in own for choice, _, _ in nearest)


def _judge_text(
    words: Sequence[str], plain: Sequence[str], windows: Sequence[Window], form: Form, key: AnswerKey
) -> Verdict | None:
    match = _best_text_match(words, plain, windows, form)
    if match is None:
        return None
    distance, start, size = match
    rest = list(words[:start]) + list(words[start + size :])
    if not all(_is_filler(w, key) for w in rest):
        return Verdict(False, reason="the guess names something else too")
    if distance and _rival_as_close("".join(words[start : start + size]), distance, key):
        return Verdict(False, reason="closer to another answer")
    return Verdict(True, matched=form.shown, distance=distance)


_TOO_LONG = Verdict(False, reason="too long to be one guess")
_NOT_A_GUESS = Verdict(False, reason="not a guess")
_NO_MATCH = Verdict(False, reason="no match")


def judge(guess: str, key: AnswerKey) -> Verdict:
    """Decide whether `guess` answers the question whose accepted answers are `key`.

    Never raises for any string. Most guesses are wrong, so the work is ordered to
    refuse them early: words are split only for a guess that could match.
    """
    if len(guess) > MAX_GUESS_CHARS:
        return _TOO_LONG
    normalized = normalize(guess)
    if not normalized or normalized.count(" ") >= MAX_GUESS_WORDS:
        return _NOT_A_GUESS
    if len(normalized) == 1 and not normalized.isdigit():
        return _NOT_A_GUESS
    # Folding never reaches across a space, so the whole text folds like its words.
    folded = fold_romanisation(normalized)
    if key.exact and _has_number(normalized):  # every date has its day number
        words = folded.split()
        for form in key.exact:
            if _judge_number(words, form, key) if form.kind is Kind.NUMBER else _judge_date(words, form, key):
                return Verdict(True, matched=form.shown)
    if not key.may_match(folded, normalized):
        return _NO_MATCH
    words, plain = folded.split(), normalized.split()
    windows = _windows(words, plain, key)
    refusal: Verdict | None = None
    for form in key.text:
        verdict = _judge_text(words, plain, windows, form, key)
        if verdict is not None and verdict.correct:
            return verdict
        refusal = refusal or verdict
    return refusal or _NO_MATCH


def _has_number(normalized: str) -> bool:
    return _A_DIGIT.search(normalized) is not None or not _NUMBER_WORDS.isdisjoint(normalized.split())
