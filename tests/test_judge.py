"""The judge against the judged set, plus properties that hold for any input."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from bot.core.bank import QuestionBank
from bot.core.judging import MAX_GUESS_CHARS, AnswerKey, judge, prepare
from bot.core.judging.answers import Form
from bot.core.text import fold_romanisation, normalize

from .judge_cases import CASES, Case, questions


def test_the_judged_set_is_large_and_covers_both_directions() -> None:
    assert len(CASES) >= 250
    directions = Counter(c.accept for c in CASES)
    assert directions[True] >= 100 and directions[False] >= 100


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.family}:{c.question}:{c.guess[:30]}")
def test_judged_case(case: Case, bank: QuestionBank) -> None:
    question = questions(bank)[case.question]
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
    from bot.core.bank import parse_bank

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


_LETTERS = "abcdeghijklmnorstuwy"  # heavy in the letters romanisation folding rewrites


def _edited(text: str, edits: list[tuple[int, int, str]]) -> str:
    """`text` after substitutions (0), insertions (1), deletions (2) and swaps (3)."""
    for kind, at, letter in edits:
        at %= len(text) + 1
        if kind == 0 and at < len(text):
            text = text[:at] + letter + text[at + 1 :]
        elif kind == 1:
            text = text[:at] + letter + text[at:]
        elif kind == 2 and len(text) > 1:
            text = text[:at] + text[at + 1 :]
        elif kind == 3 and at + 1 < len(text):
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    return text


@settings(max_examples=500)
# a slip that folding makes worse: "oo" folds to "u", so this is within reach only as typed
@example(answer_words=["nuhoawe"], edits=[(0, 4, "o")], before=["maybe"], after=[])
@given(
    st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=3),
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 20), st.sampled_from(_LETTERS)), max_size=2),
    st.lists(st.text(_LETTERS, min_size=1, max_size=7), max_size=3),
    st.lists(st.text(_LETTERS, min_size=1, max_size=7), max_size=3),
)
def test_the_quick_refusal_never_refuses_a_run_of_words_within_the_allowance(
    answer_words: list[str], edits: list[tuple[int, int, str]], before: list[str], after: list[str]
) -> None:
    """The judge refuses most wrong guesses on a cheap bound (`AnswerKey.may_match`) before it
    compares runs of words; that bound must hold for every run within the allowance."""
    key = prepare([" ".join(answer_words)])
    assume(len(key.text) == 1)
    (form,) = key.text
    guess = " ".join([*before, _edited(" ".join(answer_words), edits), *after])
    typed = normalize(guess)
    folded = fold_romanisation(typed)
    plain, words = typed.split(), folded.split()
    runs = [(start, end) for start in range(len(words)) for end in range(start + 1, len(words) + 1)]
    within = any(
        min(
            OSA.distance("".join(words[start:end]), form.compact),
            OSA.distance("".join(plain[start:end]), form.unfolded),
        )
        <= form.limit
        for start, end in runs
    )
    if within:
        assert key.may_match(folded, typed), (guess, form.shown)


class _Unscreened(AnswerKey):
    """The same answers with every shortcut off: each run of words is compared."""

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "starts", None)
        every_length = frozenset(range(MAX_GUESS_CHARS + 1))
        object.__setattr__(self, "folded_ok", every_length)
        object.__setattr__(self, "unfolded_ok", every_length)

    def may_match(self, folded: str, unfolded: str) -> bool:
        return True

    def near_forms(self, folded: str, unfolded: str) -> tuple[Form, ...]:
        return self.text


@settings(max_examples=400)
@given(
    st.data(),
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 30), st.sampled_from(_LETTERS)), max_size=2),
    st.lists(st.sampled_from(["i", "think", "it's", "maybe", "kim", "seoul", "doctor", "42"]), max_size=3),
)
def test_the_shortcuts_never_change_a_verdict(
    bank: QuestionBank, data: st.DataObject, edits: list[tuple[int, int, str]], around: list[str]
) -> None:
    question = data.draw(st.sampled_from(bank.questions))
    answer = data.draw(st.sampled_from(question.answers))
    guess = " ".join([*around[:1], _edited(answer, edits), *around[1:]])
    key = question.key
    bare = _Unscreened(
        forms=key.forms,
        context=key.context,
        rivals=key.rivals,
        refused=key.refused,
        opposites=key.opposites,
        truth=key.truth,
        hangul=key.hangul,
    )
    assert judge(guess, key) == judge(guess, bare), guess
