"""Multiple choice: the right answer and three wrong ones of the same kind.

A number gets nearby numbers, a date nearby dates, a person other people, a place
other places, anything else other answers of the bank; a true-or-false question
gets True and False. A wrong option is never an accepted form of the right answer
(the judge refuses it) and never the same as another option.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from enum import Enum

from ..judging import Kind, judge
from ..text import normalize
from .questions import Question

OPTIONS = 4
MONTHS = ("January February March April May June July August September October November December").split()
PEOPLE = {
    "en": ["Kim Min-jae", "Park Seo-jun", "Lee Min-ho", "Song Joong-ki", "Choi Woo-shik", "Han So-hee", "Kim Tae-ri"],
    "ko": ["김민재", "박서준", "이민호", "송중기", "최우식", "한소희", "김태리"],
}
PLACES = {
    "en": ["Japan", "Australia", "United States", "Busan", "Incheon", "Tokyo", "China", "France", "Yonsei University"],
    "ko": ["일본", "호주", "미국", "부산", "인천", "도쿄", "중국", "프랑스", "연세대학교"],
}
BOOLEANS = {"en": ("True", "False"), "ko": ("참", "거짓")}
_PERSON = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
_PLACE_WORDS = ("country", "city", "where", "university", "place")


class AnswerKind(Enum):
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "true or false"
    PERSON = "person"
    PLACE = "place"
    OTHER = "other"


def kind_of(question: Question) -> AnswerKind:
    form = question.key.forms[0]
    answer = question.answer
    if form.kind is Kind.NUMBER:
        return AnswerKind.NUMBER
    if form.kind is Kind.DATE:
        return AnswerKind.DATE
    if normalize(answer) in {"true", "false"}:
        return AnswerKind.BOOLEAN
    if _PERSON.match(answer):
        return AnswerKind.PERSON
    if answer in PLACES["en"] or any(word in question.text.casefold() for word in _PLACE_WORDS):
        return AnswerKind.PLACE
    return AnswerKind.OTHER


def questions_as_shown(
    questions: Sequence[Question], bank: Sequence[Question], rng: random.Random, language: str, with_options: bool
) -> tuple[list[Question], dict[str, tuple[str, ...]]]:
    """A game's questions as shown in `language`, and their buttons if it has them."""
    options = {q.id: tuple(options_for(q, bank, rng, language)) for q in questions} if with_options else {}
    return [q.in_language(language) for q in questions], options


def options_for(question: Question, bank: Sequence[Question], rng: random.Random, language: str = "en") -> list[str]:
    """The buttons of a question, in `language`: its answer among wrong ones of the same
    kind, shuffled. The kind is read from the question as written (in English)."""
    kind = kind_of(question)
    shown = question.in_language(language)
    if kind is AnswerKind.BOOLEAN:
        return list(BOOLEANS.get(shown.language, BOOLEANS["en"]))
    near, rest = _pool(question, kind, bank, shown)
    rng.shuffle(near)
    rng.shuffle(rest)
    pool = near + rest  # nearby numbers and dates first; other answers of the kind after them
    if kind is AnswerKind.OTHER:  # like-sized answers first, so that length gives nothing away
        size = len(shown.answer.split())
        pool.sort(key=lambda option: abs(len(option.split()) - size))
    chosen = [shown.answer]
    seen = {normalize(shown.answer)}
    for option in pool:
        if len(chosen) == OPTIONS:
            break
        folded = normalize(option)
        if folded and folded not in seen and not judge(option, question.key).correct:
            chosen.append(option)
            seen.add(folded)
    rng.shuffle(chosen)
    return chosen


def _pool(
    question: Question, kind: AnswerKind, bank: Sequence[Question], shown: Question
) -> tuple[list[str], list[str]]:
    """Wrong options of the kind, in the language shown: the best first, then fillers."""
    language = shown.language
    others = [q.in_language(language).answer for q in bank if q.id != question.id and kind_of(q) is kind]
    if kind is AnswerKind.NUMBER:
        number = int(re.sub(r"\D", "", question.answer) or 0)
        return [_renumbered(shown.answer, n) for n in _numbers(number)], others
    if kind is AnswerKind.DATE:
        return _dates(question.answer, language), others
    if kind is AnswerKind.PERSON:
        return others, PEOPLE.get(language, PEOPLE["en"])
    if kind is AnswerKind.PLACE:
        return others, PLACES.get(language, PLACES["en"])
    return others, [q.in_language(language).answer for q in bank if q.id != question.id]


def _renumbered(answer: str, number: str) -> str:
    """Another number written like the answer ("8부작" -> "9부작")."""
    return re.sub(r"\d+", number, answer, count=1) if re.search(r"\d", answer) else number


def _numbers(n: int) -> list[str]:
    steps = (1, 2, 3, -1, -2, -3) if n >= 1000 else (1, 2, -1, -2, 4, 6, n)
    return [str(n + step) for step in steps if n + step > 0]


def _dates(answer: str, language: str) -> list[str]:
    words = answer.split()
    month = next((m for m in MONTHS if m.casefold() in answer.casefold()), MONTHS[0])
    day = next((int(w) for w in words if w.isdigit() and int(w) <= 31), 1)
    index = MONTHS.index(month)
    nearby = [(index, d) for d in (day + 3, day - 3, day + 7, day - 7) if 1 <= d <= 28]
    nearby += [((index + step) % 12, day) for step in (1, -1)]
    if language == "ko":
        return [f"{m + 1}월 {d}일" for m, d in nearby]
    return [f"{MONTHS[m]} {d}" for m, d in nearby]
