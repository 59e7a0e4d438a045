"""Judging a guess typed in Hangul, against the Korean answers of a question.

Hangul is compared with Hangul, never through a romanisation (이도현 would pass for
이도윤 as "idohyeon"). The rules mirror the English ones:

* typos are counted in letters (jamo: 혁 is ㅎ ㅕ ㄱ), with the same allowance for the
  same number of letters; spacing never matters ("한양 대학교");
* particles, endings, titles and chat noise are dropped ("백강혁이요", "이도윤 감독님",
  "천장미 간호사", "ㅋㅋ");
* in a name, a syllable may slip only into one nobody is called, keeping its first
  consonant: 이도융 is a typo, 이도현 and 백강현 are other people;
* numbers and dates are read (8부작, 여덟 편, 2월 10일) and must be equal;
* the rest of the guess must be filler: "캐나다 일본" names two countries.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA, LCSseq

from ..text import HANGUL_NAME_SYLLABLES, HANGUL_SURNAMES, allowance, korean, same_day
from .answers import Form, Kind, Verdict

MAX_WORDS = 16

_similarity = LCSseq.similarity


@dataclass(frozen=True)
class HangulForm:
    """One Korean answer as the judge compares it."""

    shown: str
    words: tuple[str, ...]  # its words, joiners of a list left out
    letters: str  # the words joined, as jamo
    name: bool
    limit: int = field(init=False)  # typos forgiven, counted in letters
    syllables: str = field(init=False)  # the words joined
    slack: int = field(init=False)  # syllables a guess may have more or fewer

    def __post_init__(self) -> None:
        object.__setattr__(self, "limit", allowance(len(self.letters)))
        object.__setattr__(self, "syllables", "".join(self.words))
        # A syllable short or over is another word ("넷플릭"), unless the answer is long.
        object.__setattr__(self, "slack", int(len(self.syllables) >= 6))


def classify(answer: str, name: bool) -> tuple[list[HangulForm], list[Form]]:
    """A Korean answer: text forms (a list in either order; a name also given name
    first), or a number or date form."""
    raw = korean.tokens(answer)
    reading = korean.read(raw)
    # A number is written in digits, or as a numeral alone (여덟): 영화 is a film, not "0 episodes".
    numeric = any(ch.isdigit() for ch in answer) or korean.numeral(answer.strip()) is not None
    if numeric and not reading.rest and len(reading.numbers) + len(reading.dates) == 1:
        if reading.dates:
            return [], [Form(answer, Kind.DATE, (), "", date=reading.dates[0])]
        return [], [Form(answer, Kind.NUMBER, (), "", number=reading.numbers[0])]
    items: list[list[str]] = [[]]
    for index, token in enumerate(raw):  # "판타지와 현실": 와 joins two items of a list
        stemmed = korean.stem(token)
        joiner = token[len(stemmed) :]
        # 와 and 과 join a list only where they agree with the word: "외상외과" is one word
        if index < len(raw) - 1 and token != stemmed and joiner in korean.JOINERS and korean.joins(stemmed, joiner):
            items[-1].append(stemmed)
            items.append([])
        elif token in korean.JOINERS:
            items.append([])
        else:
            items[-1].append(token)
    items = [i for i in items if i]
    orders = [items, items[::-1]] if len(items) == 2 else [items]
    if name and len(raw) == 1 and 2 <= len(raw[0]) <= 4 and raw[0][0] in HANGUL_SURNAMES:
        orders.append([[raw[0][1:], raw[0][0]]])  # 지훈 주: the given name first
    forms = []
    for order in orders:
        words = tuple(w for item in order for w in item)
        forms.append(HangulForm(answer, words, korean.jamo("".join(words)), name))
    return forms, []


@dataclass(frozen=True)
class Word:
    stages: tuple[str, ...]  # as typed, then after each particle cut (see korean.stages)

    @property
    def stem(self) -> str:
        return self.stages[-1]


def _filler(word: Word, context: frozenset[str]) -> bool:
    if korean.is_noise(word.stages[0]):  # ㅋㅋ, ㅎㅎ, ㅠㅠ
        return True
    for text in word.stages:
        if text in korean.FILLER or text in context or text in korean.COUNTERS:
            return True
        if len(text) >= 2 and any(len(c) >= 2 and (text.startswith(c) or c.startswith(text)) for c in context):
            return True
    return False


def _same_name(guess: str, answer: str) -> bool:
    """Syllable by syllable: each changed syllable keeps its first consonant, changes by
    one letter at most, and is not itself a common name syllable."""
    if len(guess) != len(answer):
        return False
    for index, (g, a) in enumerate(zip(guess, answer, strict=True)):
        if g == a:
            continue
        common = HANGUL_SURNAMES if index == 0 and a in HANGUL_SURNAMES else HANGUL_NAME_SYLLABLES
        if g in common or korean.initial(g) != korean.initial(a):
            return False
        if OSA.distance(korean.jamo(g), korean.jamo(a), score_cutoff=1) > 1:
            return False
    return True


def _nearest(letters: str, others: Iterable[str], own: frozenset[str], distance: int) -> bool:
    """Is one of `others` (not this question's own) within `distance` of `letters`?"""
    return any(o not in own and OSA.distance(letters, o, score_cutoff=distance) <= distance for o in others)


@dataclass(frozen=True)
class HangulKey:
    """The Korean side of a question's AnswerKey."""

    forms: tuple[HangulForm, ...] = ()
    context: frozenset[str] = frozenset()  # words of the question
    places: frozenset[str] = frozenset()  # the places that hold the answer (see keys.py)
    refused: tuple[str, ...] = ()  # forms to refuse however close, as jamo
    rivals: tuple[str, ...] = ()  # every Korean text answer of the bank, as jamo
    truth: bool | None = None  # the answer of a true-or-false question

    @functools.cached_property
    def own(self) -> frozenset[str]:
        return frozenset(f.letters for f in self.forms)

    @functools.cached_property
    def filler(self) -> frozenset[str]:
        return self.context | self.places

    @functools.cached_property
    def screens(self) -> tuple[tuple[HangulForm, int], ...]:
        """Each form, with the letters a guess must share with it, in order, to hold a
        run of words within its allowance: all but `limit` of them (each typo costs at
        most one letter of their longest common subsequence)."""
        return tuple((form, len(form.letters) - form.limit) for form in self.forms)


_NO_MATCH = Verdict(False, reason="no match")
_NOT_A_GUESS = Verdict(False, reason="not a guess")


def judge_hangul(tokens: Sequence[str], key: HangulKey, exact: Sequence[Form]) -> Verdict:
    """Judge a guess with Hangul in it, cut into `tokens` (see korean.tokens)."""
    kept = tokens  # most guesses have no joiner ("와", "및") to leave out
    if not korean.JOINERS.isdisjoint(tokens):
        kept = [t for t in tokens if t not in korean.JOINERS]
    if not kept or len(kept) > MAX_WORDS:
        return _NOT_A_GUESS
    if exact and korean.may_say_number(tokens):
        reading = korean.read(tokens)
        if reading.numbers or reading.dates:
            verdict = _judge_exact(reading, exact, key)
            if verdict is not None:
                return verdict
    if key.truth is not None:
        return _judge_truth(kept, key)
    # Every run of words, however cut, is a subsequence of the whole guess: a form that
    # shares too few letters with the whole guess cannot be within its allowance. Most
    # wrong guesses end here, before any word is cut into its stages.
    letters = korean.jamo("".join(kept))
    near = []
    for form, least in key.screens:
        if _similarity(letters, form.letters, score_cutoff=least) >= least:
            near.append(form)
    if not near:
        return _NO_MATCH
    words = [Word(korean.stages(t)) for t in kept]
    best: Verdict | None = None
    for form in near:
        verdict = _judge_form(words, form, key)
        if verdict is not None and (verdict.correct or best is None):
            best = verdict
            if verdict.correct:
                break
    return best or _NO_MATCH


def _judge_exact(reading: korean.Reading, exact: Sequence[Form], key: HangulKey) -> Verdict | None:
    rest = [Word((w,)) for w in reading.rest]
    if not all(_filler(w, key.filler) for w in rest):
        return None
    for form in exact:
        if form.kind is Kind.NUMBER and not reading.dates and set(reading.numbers) == {form.number}:
            return Verdict(True, matched=form.shown)
        one_date = form.kind is Kind.DATE and not reading.numbers and len(reading.dates) == 1
        if one_date and same_day(reading.dates[0], form.date):
            return Verdict(True, matched=form.shown)
    return Verdict(False, reason="another number")


def _judge_truth(kept: Sequence[str], key: HangulKey) -> Verdict:
    """참/거짓 and the words that say them (맞아요, 아니요, O, X); a guess saying both is wrong."""
    said = set()
    for token in kept:
        for text in korean.stages(token):
            if text in korean.TRUE_WORDS:
                said.add(True)
            elif text in korean.FALSE_WORDS:
                said.add(False)
    if said != {key.truth}:  # most guesses say neither
        return _NO_MATCH
    words = [Word(korean.stages(t)) for t in kept]
    sayers = korean.TRUE_WORDS | korean.FALSE_WORDS
    plain = all(any(text in sayers for text in w.stages) for w in words if not _filler(w, key.filler))
    return Verdict(True, matched="참" if key.truth else "거짓") if plain else _NO_MATCH


def _judge_form(words: Sequence[Word], form: HangulForm, key: HangulKey) -> Verdict | None:
    """The closest run of guess words to `form`. Spacing never matters in Korean ("이 도
    윤"), so a run may have a word per syllable; each word is tried as typed and after
    each particle cut."""
    best: tuple[int, int, int] | None = None
    low, high = len(form.syllables) - form.slack, len(form.syllables) + form.slack
    for start in range(len(words)):
        shortest = longest = 0  # the run's length with each word cut to its stem, and as typed
        for end in range(start + 1, min(len(words), start + len(form.syllables) + 1) + 1):
            shortest += len(words[end - 1].stem)
            longest += len(words[end - 1].stages[0])
            if shortest > high:
                break  # longer runs only grow
            if longest < low:
                continue  # too short however its words are cut
            run = words[start:end]
            depth = max(len(w.stages) for w in run)
            joined = dict.fromkeys("".join(w.stages[min(k, len(w.stages) - 1)] for w in run) for k in range(depth))
            for text in joined:
                if not low <= len(text) <= high:
                    continue
                distance = OSA.distance(korean.jamo(text), form.letters, score_cutoff=form.limit)
                if distance > form.limit or (form.name and not _same_name(text, form.syllables)):
                    continue
                # the closest run; of runs as close, the longest ("촬영이 끝난 뒤요", not "촬영이 끝난")
                if best is None or (distance, start - end) < (best[0], best[1] - best[2]):
                    best = (distance, start, end)
    if best is None:
        return None
    distance, start, end = best
    if not all(_filler(w, key.filler) for w in (*words[:start], *words[end:])):
        return Verdict(False, reason="the guess names something else too")
    letters = korean.jamo("".join(w.stem for w in words[start:end]))  # for the rivals: the plainest form
    if distance and _nearest(letters, (*key.refused, *key.rivals), key.own, distance):
        return Verdict(False, reason="closer to another answer")
    if key.refused and letters in key.refused:
        return Verdict(False, reason="closer to another answer")
    return Verdict(True, matched=form.shown, distance=distance)
