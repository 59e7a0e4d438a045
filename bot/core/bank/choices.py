"""Multiple choice: the right answer and three wrong ones of the same kind.

Wrong options the bank's author wrote (`options:`) come first. Otherwise a number
gets nearby numbers, a date nearby dates, a real person other people and a
character other characters, a country other countries (a city cities, a university
universities), anything else the answers of questions that ask for the same thing
("which actors", "what kind of teams") before other answers of its category; a
true-or-false question gets True and False. A wrong option is never an accepted form
of the right answer (the judge refuses it), never the same as another option, and never
the answer of another question of the same game (it would give that one away).
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
OPTION_LETTERS = "ABCD"  # how players name the options, on buttons and in the terminal
MONTHS = ("January February March April May June July August September October November December").split()
PEOPLE = {
    "en": ["Kim Min-jae", "Park Seo-jun", "Lee Min-ho", "Song Joong-ki", "Choi Woo-shik", "Han So-hee", "Kim Tae-ri"],
    "ko": ["김민재", "박서준", "이민호", "송중기", "최우식", "한소희", "김태리"],
}
# Places by what the question asks for.
PLACES = {
    "country": {
        "en": ["Japan", "Australia", "United States", "China", "France", "Germany", "Vietnam", "Thailand"],
        "ko": ["일본", "호주", "미국", "중국", "프랑스", "독일", "베트남", "태국"],
    },
    "city": {
        "en": ["Busan", "Incheon", "Tokyo", "Daegu", "Gwangju", "Osaka", "Jeju"],
        "ko": ["부산", "인천", "도쿄", "대구", "광주", "오사카", "제주"],
    },
    "university": {
        "en": ["Yonsei University", "Korea University", "Seoul National University", "Chung-Ang University"],
        "ko": ["연세대학교", "고려대학교", "서울대학교", "중앙대학교"],
    },
}
BOOLEANS = {"en": ("True", "False"), "ko": ("참", "거짓")}
_PERSON = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
_ASKED = re.compile(r"\b(?:which|what kind of|what)\s+([a-z]+)")


class AnswerKind(Enum):
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "true or false"
    PERSON = "person"
    CHARACTER = "character"
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
        return AnswerKind.CHARACTER if _asks_for_a_character(question) else AnswerKind.PERSON
    if place_noun(question) is not None:
        return AnswerKind.PLACE
    return AnswerKind.OTHER


def _asks_for_a_character(question: Question) -> bool:
    return question.category == "characters" or "character" in question.text.casefold()


def asked_noun(question: Question) -> str | None:
    """What a question asks for: the noun after its "which", "what kind of" or "what"
    ("which actors" -> "actors"), or None."""
    match = _ASKED.search(question.text.casefold())
    return match.group(1) if match else None


def place_noun(question: Question) -> str | None:
    """The kind of place a question asks for ("country", "city", "university"), or None."""
    noun = asked_noun(question)
    if noun in PLACES:
        return noun
    return None


def questions_as_shown(
    questions: Sequence[Question], bank: Sequence[Question], rng: random.Random, language: str, with_options: bool
) -> tuple[list[Question], dict[str, tuple[str, ...]]]:
    """A game's questions as shown in `language`, and their buttons if it has them: no
    button shows the answer of another question of the game."""
    options = {}
    if with_options:
        for question in questions:
            others = [q for q in questions if q.id != question.id]
            options[question.id] = tuple(options_for(question, bank, rng, language, others))
    return [q.in_language(language) for q in questions], options


def options_for(
    question: Question,
    bank: Sequence[Question],
    rng: random.Random,
    language: str = "en",
    game: Sequence[Question] = (),
) -> list[str]:
    """The buttons of a question, in `language`: its answer among wrong ones of the same
    kind, shuffled, none of them the answer of another question of the same `game`. The
    kind is read from the question as written (in English)."""
    kind = kind_of(question)
    shown = question.in_language(language)
    if kind is AnswerKind.BOOLEAN:
        return list(BOOLEANS.get(shown.language, BOOLEANS["en"]))
    near, rest = _pool(question, kind, bank, shown)
    rng.shuffle(near)
    rng.shuffle(rest)
    if kind is AnswerKind.OTHER:  # like-sized answers first, so that length gives nothing away
        size = len(shown.answer.split())
        near.sort(key=lambda option: abs(len(option.split()) - size))
        rest.sort(key=lambda option: abs(len(option.split()) - size))
    chosen = [shown.answer]
    seen = {normalize(shown.answer)}
    for option in near + rest:  # the best of the kind first, fillers after them
        if len(chosen) == OPTIONS:
            break
        folded = normalize(option)
        if not folded or folded in seen or judge(option, question.key).correct:
            continue
        if any(judge(option, other.key).correct for other in game):
            continue  # it would answer another question of this game
        chosen.append(option)
        seen.add(folded)
    rng.shuffle(chosen)
    return chosen


def _pool(
    question: Question, kind: AnswerKind, bank: Sequence[Question], shown: Question
) -> tuple[list[str], list[str]]:
    """Wrong options of the kind, in the language shown: the best first, then fillers."""
    language = shown.language
    same_kind = [q for q in bank if q.id != question.id and kind_of(q) is kind]
    others = [q.in_language(language).answer for q in same_kind]
    if shown.options:  # the bank's author wrote them
        return list(shown.options), others
    if kind is AnswerKind.NUMBER:
        number = int(re.sub(r"\D", "", question.answer) or 0)
        return [_renumbered(shown.answer, n) for n in _numbers(number)], others
    if kind is AnswerKind.DATE:
        return _dates(question.answer, language), others
    if kind is AnswerKind.PERSON:  # "which actor": other actors first
        noun = asked_noun(question)
        alike = [q.in_language(language).answer for q in same_kind if noun is not None and asked_noun(q) == noun]
        return alike, others + PEOPLE.get(language, PEOPLE["en"])
    if kind is AnswerKind.CHARACTER:  # the bank's other characters; invented names only if too few
        return others, PEOPLE.get(language, PEOPLE["en"])
    if kind is AnswerKind.PLACE:
        noun = place_noun(question) or "country"
        alike = [q.in_language(language).answer for q in same_kind if place_noun(q) == noun]
        return alike, PLACES[noun].get(language, PLACES[noun]["en"])
    noun = asked_noun(question)
    alike = [q.in_language(language).answer for q in same_kind if noun is not None and asked_noun(q) == noun]
    kin = [q.in_language(language).answer for q in same_kind if q.category == question.category]
    return alike, kin + others


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
