"""The question bank: questions as loaded (see loader.py), and how a game draws them."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import Problem
from ..judging import AnswerKey

DIFFICULTIES = ("easy", "medium", "hard")
LANGUAGES = ("en", "ko")
# Longest texts that still fit a Discord message (2,000 characters) once framed: the
# result message holds an answer and the explanation, the question message the text.
MAX_LENGTHS = {"id": 64, "category": 40, "question": 1000, "explanation": 1000, "answer": 200, "hint": 200}


@dataclass(frozen=True)
class Translation:
    """A question's text, answers, explanation and hints in another language."""

    text: str
    answers: tuple[str, ...]
    explanation: str
    hints: tuple[str, ...] = ()
    options: tuple[str, ...] = ()  # wrong options for the buttons, written by the bank's author


@dataclass(frozen=True)
class Question:
    id: str
    category: str
    difficulty: str
    text: str
    answers: tuple[str, ...]
    explanation: str
    hints: tuple[str, ...]
    key: AnswerKey
    line: int
    ko: Translation | None = None
    language: str = "en"
    options: tuple[str, ...] = ()  # wrong options for the buttons, written by the bank's author

    @property
    def answer(self) -> str:
        """The canonical answer, the one shown to players."""
        return self.answers[0]

    def in_language(self, language: str) -> Question:
        """The question as shown in `language` (English where it has no translation).
        The judge accepts the answers of every language either way."""
        translation = self.ko if language == "ko" else None
        if translation is None or language == self.language:
            return self
        return dataclasses.replace(
            self,
            text=translation.text,
            answers=translation.answers,
            explanation=translation.explanation,
            hints=translation.hints,
            options=translation.options,
            language=language,
        )


@dataclass(frozen=True)
class QuestionBank:
    questions: tuple[Question, ...]
    title: str = ""
    source: str = ""
    version: str = ""
    path: str = ""
    titles: Mapping[str, str] = field(default_factory=dict)  # the title in other languages
    # For each question id, the questions whose answer it gives away (found once, at load).
    conflicts: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    format: str = "trivia"  # "trivia": this project's format; "red": a Red-DiscordBot trivia list
    round_seconds: float | None = None  # a Red list's own time per question (its CONFIG delay)
    # What the loader read but does not use, or changed, with where: a Red list's
    # CONFIG keys that have no meaning here, its questions listed twice.
    notes: tuple[Problem, ...] = field(default=(), compare=False)

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def candidates(self, category: str | None = None, difficulty: str | None = None) -> list[Question]:
        return [
            q
            for q in self.questions
            if (category is None or q.category == category) and (difficulty is None or q.difficulty == difficulty)
        ]

    def categories(self) -> dict[str, int]:
        """Each category with its number of questions, by name."""
        return dict(sorted(Counter(q.category for q in self.questions).items()))

    def in_language(self, language: str) -> QuestionBank:
        """The bank as shown in `language` (see Question.in_language)."""
        if language == "en":
            return self
        return dataclasses.replace(self, questions=tuple(q.in_language(language) for q in self.questions))

    def draw(self, count: int, rng: random.Random) -> list[Question]:
        """`count` distinct questions in random order (fewer if the bank is smaller), no
        two of which give each other away."""
        return pick(self.questions, count, rng, conflicts=self.conflicts)[0]


def pick(
    candidates: Sequence[Question],
    count: int,
    rng: random.Random,
    asked: Iterable[str] = (),
    conflicts: Mapping[str, frozenset[str]] | None = None,
) -> tuple[list[Question], bool]:
    """Up to `count` questions for one game, and whether the rotation started over.

    Questions not yet asked come first, in random order; when they run out, the
    rotation starts over with the rest. No two chosen questions give each other away
    (a question that would is passed over while another fits).
    """
    conflicts = conflicts or {}
    done = set(asked)
    fresh = [q for q in candidates if q.id not in done]
    stale = [q for q in candidates if q.id in done]
    rng.shuffle(fresh)
    rng.shuffle(stale)
    chosen: list[Question] = []
    banned: set[str] = set()
    for question in fresh + stale:
        if len(chosen) == count:
            break
        if question.id in banned:
            continue
        chosen.append(question)
        banned |= conflicts.get(question.id, frozenset())
    started_over = any(q.id in done for q in chosen) or (not fresh and bool(candidates))
    return chosen, started_over
