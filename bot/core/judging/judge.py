"""The rules: does a guess answer a question? Forgive typos, never accept a wrong answer.

The accepted answers were classified once, when the bank loaded (answers.py: numbers,
dates and text; keys.py: the forms a player may also write and what refutes them), so
this module only compares a guess with them, by kind:

* numbers and dates must be equal after normalisation ("eight" == "8", "Feb 10th"
  == "February 10"), however close another number looks;
* text is compared by edit distance (optimal string alignment, so a swapped pair of
  letters is one typo) with an allowance that grows with the answer's length, over
  the best run of words in the guess, so "I think it's Canada" is judged on "canada".

A guess that also names something else ("Netflix Disney Hulu") scores nothing, and
a near-miss that is at least as close to another answer of the bank is refused,
because it most likely names that other person or thing. Guesses in Hangul go to
hangul.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..text import (
    SPELLED_NUMBERS,
    allowance,
    find_dates,
    fold_romanisation,
    korean,
    literal_words,
    names,
    normalize,
    numeric_dates,
    read_numbers,
    same_day,
)
from .answers import FILLER, Form, Kind, Verdict
from .hangul import judge_hangul
from .keys import AnswerKey, prepare

__all__ = ["MAX_GUESS_CHARS", "MAX_GUESS_WORDS", "AnswerKey", "Kind", "Verdict", "judge", "prepare"]

MAX_GUESS_CHARS = 200
"""A longer message cannot be a single fair guess; refusing it early bounds the work."""

MAX_GUESS_WORDS = 16

_A_DIGIT = re.compile(r"\d")
_BRACKETED_YEAR = re.compile(r"[(\[]\s*(?:1[89]|20)\d\d\s*[)\]]")


def _is_filler(word: str, key: AnswerKey) -> bool:
    """A word that names nothing: filler, or a word of the question in another form
    ("ranked" for "rank", "episode" for "episodes")."""
    if word in FILLER or word in key.context:
        return True
    return len(word) >= 4 and any(len(c) >= 4 and (word.startswith(c) or c.startswith(word)) for c in key.context)


def _judge_number(words: Sequence[str], form: Form, key: AnswerKey) -> bool:
    numbers, used = read_numbers(words)
    rest = [w for i, w in enumerate(words) if i not in used]
    return set(numbers) == {form.number} and all(_is_filler(w, key) for w in rest)


def _judge_date(words: Sequence[str], form: Form, key: AnswerKey) -> bool:
    dates, used = find_dates(words)
    if len(dates) != 1 or not same_day(dates[0], form.date):
        return False
    rest = [w for i, w in enumerate(words) if i not in used]
    return all(_is_filler(w, key) for w in rest)


def _close(guess: str, answer: str, name: bool) -> bool:
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
    if _swapped(guess, answer):  # "hte" for "the", "fo" for "of": a slip, however short the word
        return not (name and names.another_name(guess, answer))
    if guess[:1] != answer[:1] or names.another_name(guess, answer):
        return False  # "Kang-hyun" names someone else than "Kang-hyuk"
    if len(answer) <= 2:  # "Ji" is not "Ju", "Doh" is not "Do": only a doubled letter is a slip
        return len(guess) == len(answer) + 1 and any(
            guess[i] == guess[i + 1] and guess[:i] + guess[i + 1 :] == answer for i in range(len(answer))
        )
    return OSA.distance(guess, answer, score_cutoff=1) <= 1


def _swapped(guess: str, answer: str) -> bool:
    """Is `guess` `answer` with two neighbouring letters swapped?"""
    if len(guess) != len(answer) or not answer.isalpha():
        return False
    differ = [i for i, (g, a) in enumerate(zip(guess, answer, strict=True)) if g != a]
    if len(differ) != 2:
        return False
    first, second = differ
    return second == first + 1 and guess[first] == answer[second] and guess[second] == answer[first]


def _segments_close(joined: str, words: Sequence[str], name: bool) -> bool:
    """Can `joined` (a guess without its spaces) be cut into pieces, one per answer word,
    each close to its word? That judges "Baekkanghyk" syllable by syllable."""

    @functools.cache
    def fits(at: int, index: int) -> bool:
        if index == len(words):
            return at == len(joined)
        word = words[index]
        return any(
            _close(joined[at : at + size], word, name) and fits(at + size, index + 1)
            for size in (len(word), len(word) - 1, len(word) + 1)
            if size > 0 and at + size <= len(joined)
        )

    return fits(0, 0)


def _words_close(window: Sequence[str], plain: Sequence[str], form: Form) -> bool:
    """Each word carries only its own small share of typos, so "Jung Jae-won" is not
    "Yang Jae-won" although the whole is only two letters off. Checked as typed and as
    folded for romanisation ("Soeul" is one swap from "Seoul" only as typed)."""
    pairs = zip(window, form.words, strict=True)
    if len(window) == len(form.words) and all(_close(g, a, form.name) for g, a in pairs):
        return True
    if _swapped("".join(window), form.compact) or _swapped("".join(plain), form.unfolded):
        return True  # one swap, across syllables too: "Kim Ynua"
    if _segments_close("".join(window), form.words, form.name):
        return True
    # As typed, only where the answer is written syllable by syllable: a fused spelling
    # ("Kyungwon") would lend one long word the allowance of two short ones.
    return len(form.plain) == len(form.words) and _segments_close("".join(plain), form.plain, form.name)


Window = tuple[int, int, str, str]  # start, size, folded words joined, unfolded words joined


def _windows(words: Sequence[str], plain: Sequence[str], key: AnswerKey) -> list[Window]:
    """The runs of up to `key.longest` consecutive guess words whose length some text
    form of `key` could accept, each joined once per guess."""
    folded_ok, unfolded_ok = key.folded_ok, key.unfolded_ok
    too_long = max(folded_ok | unfolded_ok, default=0)
    starts = key.starts
    found: list[Window] = []
    for start in range(len(words)):
        if starts is not None and words[start][0] not in starts and plain[start][0] not in starts:
            continue
        folded = unfolded = 0
        for end in range(start + 1, min(start + key.longest, len(words)) + 1):
            folded += len(words[end - 1])
            unfolded += len(plain[end - 1])
            if folded > too_long and unfolded > too_long:
                break  # longer runs from `start` only grow
            if folded in folded_ok or unfolded in unfolded_ok:
                found.append((start, end - start, "".join(words[start:end]), "".join(plain[start:end])))
    return found


def _best_text_match(
    words: Sequence[str], plain: Sequence[str], windows: Sequence[Window], form: Form
) -> tuple[int, int, int] | None:
    """(distance, start, size) of the run of guess words closest to `form`, if within allowance."""
    limit = form.limit
    best: tuple[int, int, int] | None = None
    longest = len(form.words) + 1
    for start, size, folded, unfolded in windows:
        if size > longest:
            continue
        # A run whose length is more than `limit` off cannot be within `limit` edits.
        as_folded, as_unfolded = len(folded) in form.folded_ok, len(unfolded) in form.unfolded_ok
        if not (as_folded or as_unfolded):
            continue
        distance = min(
            OSA.distance(folded, form.compact, score_cutoff=limit) if as_folded else limit + 1,
            OSA.distance(unfolded, form.unfolded, score_cutoff=limit) if as_unfolded else limit + 1,
        )
        if distance > limit or not _words_close(words[start : start + size], plain[start : start + size], form):
            continue
        if best is None or distance < best[0]:
            best = (distance, start, size)
    return best


def _rival_as_close(window: str, distance: int, key: AnswerKey) -> bool:
    """Is another answer of the bank (not one of this question's), or a form the bank
    rules out, within `distance`?"""
    own = {f.compact for f in key.forms}
    if any(OSA.distance(window, r, score_cutoff=distance) <= distance for r in key.refused):
        return True
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
    if not all(_is_filler(w, key) for w in rest) or not key.opposites.isdisjoint(rest):
        return Verdict(False, reason="the guess names something else too")
    window = "".join(words[start : start + size])
    # A swap keeps the answer's letters: only another answer written alike is closer.
    if _swapped(window, form.compact) or _swapped("".join(plain[start : start + size]), form.unfolded):
        distance_to_rivals = 0
    else:
        distance_to_rivals = distance
    if distance and _rival_as_close(window, distance_to_rivals, key):
        return Verdict(False, reason="closer to another answer")
    return Verdict(True, matched=form.shown, distance=distance)


_TOO_LONG = Verdict(False, reason="too long to be one guess")
_NOT_A_GUESS = Verdict(False, reason="not a guess")
_NO_MATCH = Verdict(False, reason="no match")
# The marks of an O/X quiz, as letters or emoji, for a true-or-false question.
_MARKS = {
    "o": True,
    "x": False,
    "⭕": True,
    "✅": True,
    "✔": True,
    "🙆": True,
    "❌": False,
    "❎": False,
    "✖": False,
    "🙅": False,
}


def judge(guess: str, key: AnswerKey) -> Verdict:
    """Decide whether `guess` answers the question whose accepted answers are `key`.

    Never raises for any string. Most guesses are wrong, so the work is ordered to
    refuse them early: words are split only for a guess that could match.
    """
    if len(guess) > MAX_GUESS_CHARS:
        return _TOO_LONG
    if key.literals and (literal := _judge_literal(guess, key)) is not None:
        return literal
    if not guess.isascii() and key.hangul is not None and korean.has_hangul(guess):
        return _judge_korean(guess, key)
    if "(" in guess or "[" in guess:  # "Confession (2014)": a year in brackets says which one
        without_year = _BRACKETED_YEAR.sub(" ", guess)
        if normalize(without_year):
            guess = without_year
    normalized = normalize(guess)
    if len(normalized) <= 1 and not normalized.isdigit():  # a letter, an emoji, nothing
        return _judge_mark(guess, normalized, key)
    if normalized.count(" ") >= MAX_GUESS_WORDS:
        return _NOT_A_GUESS
    # Folding never reaches across a space, so the whole text folds like its words.
    folded = fold_romanisation(normalized)
    if key.names:  # "Yi", "Rhee" and "Lee" are one surname
        folded = " ".join(names.canonical(folded.split()))
    if key.exact and _has_number(normalized):  # every date has its day number
        if "/" in guess or "-" in guess or "." in guess:
            for date in numeric_dates(guess):
                for form in key.exact:
                    if form.kind is Kind.DATE and same_day(date, form.date):
                        return Verdict(True, matched=form.shown)
        words = folded.split()
        for form in key.exact:
            judged = _judge_number if form.kind is Kind.NUMBER else _judge_date
            if judged(words, form, key):
                return Verdict(True, matched=form.shown)
    near = key.near_forms(folded, normalized)
    if not near:
        return _NO_MATCH
    words, plain = folded.split(), normalized.split()
    windows = _windows(words, plain, key)
    if not windows:  # no run of words has a length any answer could have
        return _NO_MATCH
    refusal: Verdict | None = None
    for form in near:
        verdict = _judge_text(words, plain, windows, form, key)
        if verdict is not None and verdict.correct:
            return verdict
        refusal = refusal or verdict
    return refusal or _NO_MATCH


def _has_number(normalized: str) -> bool:
    return _A_DIGIT.search(normalized) is not None or not SPELLED_NUMBERS.isdisjoint(normalized.split())


def _judge_literal(guess: str, key: AnswerKey) -> Verdict | None:
    """An answer only the answer as written matches ("C", "C#", "O-"), alone or among
    filler ("it's C#"), spaced or not ("C ++"); None when the guess does not say it."""
    said = literal_words(guess)
    for form in key.literals:
        for start in range(len(said)):
            end = start + 1
            while end < len(said) and len("".join(said[start:end])) < len(form.compact):
                end += 1
            if "".join(said[start:end]) != form.compact:
                continue
            rest = [fold_romanisation(w) for w in normalize(" ".join(said[:start] + said[end:])).split()]
            if all(_is_filler(w, key) for w in rest):
                return Verdict(True, matched=form.shown)
    return None


def _judge_mark(guess: str, normalized: str, key: AnswerKey) -> Verdict:
    """No word to judge; but O or X (or ⭕, ❌) answers a true-or-false question."""
    if key.truth is None:
        return _NOT_A_GUESS
    if normalized:  # O or X, with nothing but punctuation around it: "O-" is a blood type
        mark = _MARKS.get(normalized) if literal_words(guess) == [normalized] else None
    else:  # an emoji
        mark = _MARKS.get(guess.strip().rstrip("\ufe0f"))
    if mark is None:
        return _NOT_A_GUESS
    return Verdict(True, matched=key.forms[0].shown) if mark is key.truth else _NO_MATCH


def _judge_korean(guess: str, key: AnswerKey) -> Verdict:
    """A guess with Hangul in it is judged against the Korean answers; words in other
    letters around Korean particles ("Canada요") against the others."""
    assert key.hangul is not None
    tokens = korean.tokens(guess)
    verdict = judge_hangul(tokens, key.hangul, key.exact)
    if verdict.correct:
        return verdict
    if not key.digits_in_text and not korean.has_other_letters("".join(tokens)):
        return verdict  # Hangul and digits alone, and the digits were read with the Hangul ("8부작")
    # "Canada요", or both scripts at once: "Baek Kang-hyuk (백강혁)".
    latin: list[str] = []
    hangul: list[str] = []
    for token in tokens:  # a token is a run of one script: its first letter says which
        if "\uac00" <= token[0] <= "\ud7a3" or korean.has_hangul(token):
            hangul.append(token)
        else:
            latin.append(token)
    if not latin:
        return verdict
    if not key.digits_in_text and all(t.isdigit() for t in latin):
        return verdict  # numbers were read with the Hangul around them ("8부작", "2월 10일")
    said = judge(" ".join(latin), key)
    if not said.correct:
        return verdict
    if all(korean.is_noise(t) or korean.stem(t) in korean.FILLER or korean.stem(t) in korean.COUNTERS for t in hangul):
        return said
    return said if judge_hangul(hangul, key.hangul, key.exact).correct else verdict
