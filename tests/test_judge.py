"""The judge against the judged set, plus properties that hold for any input."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.judge import judge
from bot.core.normalize import normalize
from bot.core.questions import QuestionBank

from .judge_cases import CASES, Case


def test_the_judged_set_is_large_and_covers_both_directions() -> None:
    assert len(CASES) >= 250
    directions = Counter(c.accept for c in CASES)
    assert directions[True] >= 100 and directions[False] >= 100


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.family}:{c.question}:{c.guess[:30]}")
def test_judged_case(case: Case, bank: QuestionBank) -> None:
    question = next(q for q in bank if q.id == case.question)
    verdict = judge(case.guess, question.key)
    assert verdict.correct is case.accept, f"{case.guess!r} for {question.answer!r}: {verdict}"


@given(st.text(max_size=60))
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=74))
def test_the_judge_never_raises(bank: QuestionBank, guess: str, index: int) -> None:
    question = bank.questions[index % len(bank)]
    verdict = judge(guess, question.key)
    assert verdict.correct in (True, False)


@given(st.data())
def test_every_accepted_form_is_accepted_with_noise_around_it(bank: QuestionBank, data: st.DataObject) -> None:
    question = data.draw(st.sampled_from(bank.questions))
    answer = data.draw(st.sampled_from(question.answers))
    shout = data.draw(st.sampled_from([str.upper, str.lower, str.title, lambda s: s]))
    tail = data.draw(st.sampled_from(["", "!", "?", ".", " 🎉", "!!"]))
    assert judge(shout(answer) + tail, question.key).correct


def test_a_near_miss_that_is_another_answer_of_the_bank_is_refused() -> None:
    from bot.core.questions import parse_bank

    item = (
        "  - id: {id}\n    category: c\n    difficulty: easy\n    question: {q}\n"
        "    answers: [{a}]\n    explanation: E.\n"
    )
    surgeon, nurse = parse_bank(
        "questions:\n"
        + item.format(id="a", q="Who plays the surgeon?", a="Park Jae-won")
        + item.format(id="b", q="Who plays the nurse?", a="Park Jae-wan")
    ).questions
    assert judge("Park Jae-wonn", surgeon.key).correct  # one slip, nearer this answer than any other
    for guess in ("Park Jae-wan", "Park Jae-wen"):  # as close (or closer) to the nurse's actor
        refused = judge(guess, surgeon.key)
        assert not refused.correct and refused.reason == "closer to another answer"
    assert judge("Park Jae-wan", nurse.key).correct
