"""Judging a guess against a question's accepted answers: answer forms (answers), the
screens that refuse most wrong guesses early (screens), answer keys built once per
question (keys), Hangul answers (hangul) and the rules (judge).

The front door of the package: other packages import from here only.
"""

from .answers import Kind, Verdict
from .judge import MAX_GUESS_CHARS, judge
from .keys import AnswerKey, prepare, rival_answers, with_rivals

__all__ = [
    "MAX_GUESS_CHARS",
    "AnswerKey",
    "Kind",
    "Verdict",
    "judge",
    "prepare",
    "rival_answers",
    "with_rivals",
]
