"""The shortcuts of the Korean judge refuse early only what the full rules refuse, and
a guess in any script never crashes it."""

from __future__ import annotations

import dataclasses
import functools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.bank import QuestionBank
from bot.core.judging import judge
from bot.core.judging.hangul import HangulForm, HangulKey
from bot.core.text import korean

# Numerals, counters, months, endings and syllables that start like numerals ("일본").
_PIECES = """
    일 이 삼 십 백 천 만 영 공 여덟 열두 스물 하나 두 세 네 아홉 첫 시월 유월 월 일 년 편 부작 위 번째 회 해
    본 민호 버 성 요 이요 은 는 화 부 차 일본 네이버 이민호 공부 영화 다시 아마 서울 판타지
""".split()
_SYLLABLES = "가나다라이도윤백강혁서울판타지현실"


@settings(max_examples=400)
@given(st.lists(st.sampled_from([*_PIECES, "8", "2025", "10", " "]), min_size=1, max_size=6))
def test_a_guess_with_no_number_word_reads_no_number(pieces: list[str]) -> None:
    tokens = korean.tokens("".join(pieces))
    if not korean.may_say_number(tokens):
        reading = korean.read(tokens)
        assert reading.numbers == () and reading.dates == (), tokens


def _every_cut(word: str) -> tuple[int, str] | None:
    """split_number as written before its shortcuts: every cut, longest first."""
    for cut in range(len(word), 0, -1):
        if cut < len(word) and word[:cut] in ("영", "공"):
            continue
        value = korean.numeral(word[:cut])
        rest = korean.stem(word[cut:]) if cut < len(word) else ""
        if value is not None and (not rest or rest in korean.COUNTERS or rest in ("월", "일")):
            return value, rest
    return None


def test_a_word_splits_into_number_and_counter_as_with_every_cut_tried() -> None:
    numerals = "일 이 삼 십 십일 이십 백 천 만 영 공 여덟 열두 스물 하나 두 세 네 아홉 첫 8 10 2025 시월".split()
    rests = "월 일 년 편 부작 위 번째 회 해 본 민호 버 성 요 이요 은 화 부 차 편이요 부작이에요 년도 살 개".split()
    words = [*numerals, *rests, *(n + r for n in numerals for r in rests)]
    assert [(w, korean.split_number(w)) for w in words] == [(w, _every_cut(w)) for w in words]


@given(st.text(alphabet=_SYLLABLES + " ", min_size=1, max_size=20))
def test_plain_hangul_is_cut_into_words_as_any_text_is(text: str) -> None:
    assert korean.tokens(text) == korean.tokens(text + "!")  # "!" takes the general way, and is no word


def test_a_digit_that_int_does_not_read_is_no_number(bank: QuestionBank) -> None:
    question = next(q for q in bank.questions if q.key.exact and q.ko is not None)
    for guess in ("፩ 부작", "፩부작", "²부작", "൧൨ 편"):
        assert not judge(guess, question.key).correct


class _Unscreened(HangulKey):
    """A Korean key whose letter screen lets every form through."""

    @functools.cached_property
    def screens(self) -> tuple[tuple[HangulForm, int], ...]:
        return tuple((form, 0) for form in self.forms)


def _typo(word: str, at: int, letter: str) -> str:
    """`word` with its letter at `at` (counted in jamo) replaced by `letter`."""
    letters = korean.jamo(word)
    at %= len(letters)
    return unicodedata.normalize("NFC", letters[:at] + letter + letters[at + 1 :])


@settings(max_examples=300)
@given(
    st.data(),
    st.sampled_from(["", "요", "이요", "은", "이에요", " 감독님", " ㅋㅋ", " 서울", " 맞아요"]),
    st.sampled_from(["", "제 생각엔 ", "정답은 ", "8 ", "아마 "]),
    st.integers(0, 40),
    st.sampled_from(["", "\u1161", "\u110b", "\u11ab", "\u1175"]),  # no typo, or one letter: ㅏ, ㅇ, final ㄴ, ㅣ
)
def test_the_korean_shortcuts_never_change_a_verdict(
    bank: QuestionBank, data: st.DataObject, after: str, before: str, at: int, letter: str
) -> None:
    question = data.draw(st.sampled_from([q for q in bank.questions if q.ko is not None]))
    answer = data.draw(st.sampled_from(question.ko.answers if question.ko else ()))
    guess = before + (_typo(answer, at, letter) if letter else answer) + after
    key = question.key
    assert key.hangul is not None
    ko = key.hangul
    bare = dataclasses.replace(
        key, hangul=_Unscreened(ko.forms, ko.context, ko.places, ko.refused, ko.rivals, ko.truth)
    )
    assert judge(guess, key) == judge(guess, bare), guess
