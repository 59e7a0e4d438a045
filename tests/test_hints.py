"""Hints tell more and more, but never the answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.hints import MAX_HINTS, generated, ladder, revealed
from bot.core.judge import judge
from bot.core.questions import QuestionBank


def test_the_ladder_for_a_name() -> None:
    shape, initials, third = generated("Baek Kang-hyuk", "q")
    assert (shape, initials) == ("`____ ____-____`", "`B___ K___-h___`")
    assert 4 <= revealed(third) <= 6 and third.startswith("`B") and third != "`Baek Kang-hyuk`"


def test_numbers_say_how_many_digits() -> None:
    assert generated("8") == ["A number with 1 digit."]
    assert generated("2014") == ["A number with 4 digits.", "It starts with 2___."]


def test_written_hints_come_first_and_there_are_at_most_three() -> None:
    assert ladder("Canada", ["It is in North America."])[0] == "It is in North America."
    assert len(ladder("Canada", ["a", "b", "c", "d"])) == MAX_HINTS


def check(answer: str, key: str) -> None:
    letters = sum(ch.isalnum() for ch in answer)
    previous = -1
    for hint in generated(answer, key):
        if hint.startswith("`"):
            assert revealed(hint) <= letters // 2, (answer, hint)  # never more than half
            assert revealed(hint) >= previous  # each tells at least as much as the last
            previous = revealed(hint)
        assert hint.strip("`") != answer.strip()


def test_no_hint_of_the_bank_gives_the_answer_away(bank: QuestionBank) -> None:
    for question in bank:
        for answer in question.answers:
            check(answer, question.id)
        for hint in generated(question.answer, question.id):
            assert not judge(hint.strip("`"), question.key).correct, (question.id, hint)


@settings(max_examples=400)
@given(st.text(min_size=1, max_size=60).filter(lambda a: any(ch.isalnum() for ch in a)), st.text(max_size=8))
def test_no_hint_shows_more_than_half_of_any_answer(answer: str, key: str) -> None:
    check(answer, key)  # answers have a letter or digit (the loader refuses others)
