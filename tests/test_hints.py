"""Hints tell more and more, but never the answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.bank import QuestionBank
from bot.core.catalogue import speaking
from bot.core.game import MAX_HINTS, generated, hidden, ladder, plain, revealed
from bot.core.judging import judge


def test_the_ladder_for_a_name() -> None:
    shape, initials, third = generated("Baek Kang-hyuk", "q")
    assert (shape, initials) == ("`____ ____-____`", "`B___ K___-h___`")
    assert 4 <= revealed(third, "Baek Kang-hyuk") <= 6 and third.startswith("`B") and third != "`Baek Kang-hyuk`"


def test_the_third_hint_shows_half_of_the_letters_spread_over_the_words() -> None:
    answer = "Talk and hospital"  # 15 letters: the initials show 3, the third hint 7
    shape, initials, third = generated(answer, "q")
    assert (plain(shape), plain(initials)) == ("____ ___ ________", "T___ a__ h_______")
    assert revealed(third, answer) == 7 and plain(third)[0] == "T"
    assert all(sum(ch != "_" for ch in word) >= 2 for word in plain(third).split())  # every word says more
    assert generated(answer, "q") == [shape, initials, third]  # the same every time


def test_hints_in_plain_text_have_no_code_marks() -> None:
    assert [plain(h) for h in generated("Baek Kang-hyuk", "q")][:2] == ["____ ____-____", "B___ K___-h___"]
    assert plain("It starts with `2___`.") == "It starts with 2___."
    assert plain("It is in North America.") == "It is in North America."


def test_numbers_say_how_many_digits() -> None:
    assert generated("8") == ["A number with 1 digit."]
    assert generated("2014") == ["A number with 4 digits.", "It starts with `2___`."]


def test_korean_hints_keep_counters_and_show_initial_consonants() -> None:
    with speaking("ko"):
        assert generated("2014년") == ["네 자리 숫자예요.", "`2___년` 꼴이에요."]
        assert generated("8부작") == ["한 자리 숫자예요."]
        assert generated("2월 10일")[:2] == ["`_월 __일`", "`2월 __일`"]
        shape, consonants, third = generated("백강혁", "q")
    assert (shape, consonants) == ("`___`", "`ㅂㄱㅎ`") and revealed(third, "백강혁") == 1


def test_written_hints_come_first_and_there_are_at_most_three() -> None:
    assert ladder("Canada", ["It is in North America."])[0] == "It is in North America."
    assert len(ladder("Canada", ["a", "b", "c", "d"])) == MAX_HINTS


def check(answer: str, key: str) -> None:
    letters = len(hidden(answer.strip()))
    shown = []
    for hint in generated(answer, key):
        if hint.startswith("`"):
            assert revealed(hint, answer) <= letters // 2, (answer, hint)  # never more than half
            assert not shown or revealed(hint, answer) >= shown[-1]  # each tells at least as much as the last
            shown.append(revealed(hint, answer))
        assert hint.strip("`") != answer.strip()
    if len(shown) == 3 and letters // 2 - shown[1] >= 2:
        assert shown[2] - shown[1] >= 2, (answer, shown)  # the third is a real step, where half allows


def test_no_hint_of_the_bank_gives_the_answer_away(bank: QuestionBank) -> None:
    for question in bank:
        for shown in (question, question.in_language("ko")):
            for answer in shown.answers:
                check(answer, question.id)
            for hint in generated(shown.answer, question.id):
                assert not judge(hint.strip("`"), question.key).correct, (question.id, hint)


@settings(max_examples=400)
@given(
    st.text(
        st.one_of(st.characters(), st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), st.sampled_from("0123 ")),
        min_size=1,
        max_size=60,
    ).filter(lambda a: any(ch.isalnum() for ch in a)),
    st.text(max_size=8),
)
def test_no_hint_shows_more_than_half_of_any_answer(answer: str, key: str) -> None:
    check(answer, key)  # answers have a letter or digit (the loader refuses others)
