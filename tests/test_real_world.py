"""The judge on real-world answers (tests/real_world_cases.py): every listed answer as
written, one-swap typos, no answer of another question, and each class of the issue."""

from __future__ import annotations

import pytest

from bot.core.bank import Question, QuestionBank, parse_bank
from bot.core.judging import judge

from .real_world_cases import bank as real_world_bank
from .real_world_cases import cross_cases, rows, typo_cases


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return real_world_bank()


@pytest.fixture(scope="module")
def by_answer(bank: QuestionBank) -> dict[str, Question]:
    return {q.answer: q for q in bank}


def test_the_corpus_covers_every_kind(bank: QuestionBank) -> None:
    categories = {category for _, category, _, _ in rows()}
    assert {"letters", "titles", "numbers", "dates", "truth", "people", "places", "science"} <= categories
    assert len(bank) >= 340


def test_every_listed_answer_is_accepted_as_written(bank: QuestionBank) -> None:
    refused = [(q.id, a) for q in bank for a in q.answers if not judge(a, q.key).correct]
    assert refused == []


def test_one_swap_typos_are_accepted(bank: QuestionBank) -> None:
    cases = typo_cases(bank)
    refused = [(typo, q.answer) for typo, q in cases if not judge(typo, q.key).correct]
    assert len(cases) > 2000
    assert len(refused) <= len(cases) * 0.005, refused


def test_no_answer_of_another_question_is_accepted(bank: QuestionBank) -> None:
    cases = cross_cases(bank)
    accepted = [(guess, q.id, q.answer) for guess, q in cases if judge(guess, q.key).correct]
    assert len(cases) > 100_000
    assert accepted == []


@pytest.mark.parametrize(
    ("answer", "right", "wrong"),
    [
        ("C++", ["C++", "c++", "It's C++", "C ++"], ["C", "C#", "c+"]),
        ("C#", ["C#", "c#!", "C♯", "C sharp"], ["C", "C++", "F#"]),
        ("O-", ["O-", "o−", "O negative"], ["O", "O+", "A-"]),
        ("O+", ["O+", "o+", "O positive"], ["O", "O-"]),
        ("A+", ["A+", "a+"], ["A", "A-"]),
        ("R", ["R", "r", "R!"], ["C", "B", "Ruby"]),
        ("B", ["B", "b."], ["C", "Be"]),
    ],
)
def test_one_character_and_sign_answers_match_as_written(
    by_answer: dict[str, Question], answer: str, right: list[str], wrong: list[str]
) -> None:
    question = by_answer[answer]
    assert [g for g in right if not judge(g, question.key).correct] == []
    assert [g for g in wrong if judge(g, question.key).correct] == []


def test_the_loader_takes_one_character_and_sign_answers() -> None:
    item = "  - id: q{n}\n    category: c\n    difficulty: easy\n    question: Q{n}?\n"
    item += "    answers: [{a}]\n    explanation: E.\n"
    answers = ['"C"', '"A+"', '"O+"', '"F#"']
    bank = parse_bank("questions:\n" + "".join(item.format(n=n, a=a) for n, a in enumerate(answers)))
    assert [q.answer for q in bank] == ["C", "A+", "O+", "F#"]


LOOKALIKES = ["night", "fight", "eight", "light", "might", "sight", "tight", "Night!", "eight?"]


def test_a_word_that_looks_like_right_is_no_typo_of_it(by_answer: dict[str, Question]) -> None:
    true_questions = [q for q in by_answer.values() if q.key.truth is True]
    question = true_questions[0]
    assert [g for g in LOOKALIKES if judge(g, question.key).correct] == []
    assert all(judge(g, question.key).correct for g in ["right", "rihgt", "True", "yes", "correct", "corretc"])


def test_typos_of_false_stay_typos(bank: QuestionBank) -> None:
    question = next(q for q in bank if q.key.truth is False)
    assert all(judge(g, question.key).correct for g in ["flase", "fasle", "Falsee", "wrogn", "incorect"])
    assert not any(judge(g, question.key).correct for g in ["else", "walls", "correct", "wring"])


@pytest.mark.parametrize(
    ("answer", "typos"),
    [
        ("Castle in the Sky", ["Castle in hte sky", "castle ni the sky", "Catsle in the Sky"]),
        ("The Wheel of Time", ["Wheel fo Time", "The Wheel of Tmie", "hTe Wheel of Time"]),
        ("Lord of the Flies", ["Lord Of hTe Flies", "lrod of the flies"]),
        ("In the Army Now", ["in hte army now", "In the Army Nwo"]),
    ],
)
def test_a_swap_in_a_short_word_of_a_long_title(by_answer: dict[str, Question], answer: str, typos: list[str]) -> None:
    assert [t for t in typos if not judge(t, by_answer[answer].key).correct] == []


@pytest.mark.parametrize(
    ("answer", "right", "wrong"),
    [
        ("Fourteen", ["foruteen", "Fourteen", "14", "fuorteen"], ["forty", "fifteen", "4", "40"]),
        ("Sixteen", ["sitxeen", "sixteen", "16"], ["sixty", "six", "60"]),
        ("Thirteen", ["thriteen", "13", "thirteen"], ["thirty", "three", "there"]),
        ("Three", ["three", "3", "htree"], ["there", "tree", "thee"]),
        ("Fifty-two", ["52", "fifty two", "fifty-two", "fitfy two"], ["50", "2", "fifty", "twenty five"]),
        ("206", ["206", "two hundred and six", "two hundred six"], ["260", "two hundred", "six"]),
    ],
)
def test_spelled_out_numbers(by_answer: dict[str, Question], answer: str, right: list[str], wrong: list[str]) -> None:
    question = by_answer[answer]
    assert [g for g in right if not judge(g, question.key).correct] == []
    assert [g for g in wrong if judge(g, question.key).correct] == []


KOREAN_ITEM = (
    "  - id: {id}\n    category: c\n    difficulty: easy\n    question: Q {id}?\n    answers: [{en}]\n"
    "    explanation: E.\n    ko:\n      question: 질문 {id}?\n      answers: [{ko}]\n      explanation: 설명이에요.\n"
)
KOREAN = [
    ("job", "Trauma surgeon", '"외상외과 의사", "외상외과 전문의"'),
    ("nurse", "Cheon Jang-mi", "천장미"),
    ("skater", "Kim Yuna", "김연아"),
    ("pair", "Fantasy and reality", '"판타지와 현실"'),
    ("dept", "Theater and Film", "연극영화과"),
    ("city", "Seoul", "서울"),
]


@pytest.fixture(scope="module")
def korean_bank() -> dict[str, Question]:
    text = "questions:\n" + "".join(KOREAN_ITEM.format(id=i, en=en, ko=ko) for i, en, ko in KOREAN)
    return {q.id: q for q in parse_bank(text)}


@pytest.mark.parametrize(
    ("qid", "right", "wrong"),
    [
        ("job", ["외상외과의사", "외상외과 의사", "외상외과전문의요", "외상외과 의사예요 ㅋㅋ"], ["외과", "간호사"]),
        ("nurse", ["천장미 간호사", "천장미 간호사님", "천장미요", "천장미간호사"], ["천장비", "한유림"]),
        ("skater", ["김연아 선수", "김연아요", "김연아 ㅎㅎ", "김연아였어요"], ["김연우", "김유나"]),
        ("pair", ["판타지와 현실", "현실과 판타지", "판타지랑 현실"], ["판타지", "현실"]),
        ("dept", ["연극영화과", "연극영화과요", "연극영화과예요"], ["영화과", "연극"]),
        ("city", ["서울이요", "서울이에요!!", "서울 ㅋㅋㅋ", "서울로"], ["부산", "서울 부산"]),
    ],
)
def test_korean_endings_compounds_titles_and_noise(
    korean_bank: dict[str, Question], qid: str, right: list[str], wrong: list[str]
) -> None:
    key = korean_bank[qid].key
    assert [g for g in right if not judge(g, key).correct] == []
    assert [g for g in wrong if judge(g, key).correct] == []


@pytest.mark.parametrize(
    "guess",
    ["the film Castle in the Sky", "Castle in the Sky (1986)", "castle in the sky lol", "Castle in the Sky ㅋㅋ"],
)
def test_descriptive_words_years_and_chat_noise_around_a_right_answer(
    by_answer: dict[str, Question], guess: str
) -> None:
    assert judge(guess, by_answer["Castle in the Sky"].key).correct


def test_a_guess_that_also_names_another_answer_scores_nothing(by_answer: dict[str, Question]) -> None:
    key = by_answer["Castle in the Sky"].key
    for guess in ("Castle in the Sky or Spirited Away", "the film Spirited Away", "Castle in the Sky (Frozen)"):
        assert not judge(guess, key).correct, guess
