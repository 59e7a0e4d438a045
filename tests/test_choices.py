"""Multiple choice: wrong options of the same kind, never an accepted form of the answer."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.bank import AnswerKind, QuestionBank, kind_of, options_for
from bot.core.judging import judge
from bot.core.text import normalize


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(["en", "ko"]))
def test_every_question_gets_its_answer_and_distinct_wrong_options(
    bank: QuestionBank, seed: int, language: str
) -> None:
    rng = random.Random(seed)
    for question in bank:
        options = options_for(question, bank.questions, rng, language)
        assert question.in_language(language).answer in options
        assert len(options) == (2 if kind_of(question) is AnswerKind.BOOLEAN else 4)
        assert len({normalize(o) for o in options}) == len(options)  # no option twice
        wrong = [o for o in options if o != question.in_language(language).answer]
        assert not any(judge(o, question.key).correct for o in wrong), (question.id, wrong)


def test_wrong_options_are_of_the_same_kind(bank: QuestionBank) -> None:
    by_id = {q.id: q for q in bank}
    rng = random.Random(1)
    episodes = options_for(by_id["episodes"], bank.questions, rng)
    assert all(o.isdigit() for o in episodes) and "8" in episodes
    date = options_for(by_id["fan-meeting-date"], bank.questions, rng)
    assert all(o.split()[0] in {"January", "February", "March", "December"} for o in date)
    people = options_for(by_id["recommender"], bank.questions, rng)
    assert all(len(o.split()) == 2 and "-" in o for o in people)  # Korean names, as "Ju Ji-hoon"
    place = options_for(by_id["moved-country"], bank.questions, rng)
    assert kind_of(by_id["moved-country"]) is AnswerKind.PLACE and "Canada" in place
    assert options_for(by_id["tf-episodes"], bank.questions, rng) == ["True", "False"]


def test_korean_options_are_written_as_the_korean_answer_is(bank: QuestionBank) -> None:
    by_id = {q.id: q for q in bank}
    rng = random.Random(2)
    episodes = options_for(by_id["episodes"], bank.questions, rng, "ko")
    assert "8부작" in episodes and all(re.fullmatch(r"\d+부작", o) for o in episodes)
    date = options_for(by_id["fan-meeting-date"], bank.questions, rng, "ko")
    assert "2월 10일" in date and all(re.fullmatch(r"\d+월 \d+일", o) for o in date)
    people = options_for(by_id["recommender"], bank.questions, rng, "ko")
    assert "주지훈" in people and all(re.fullmatch("[\uac00-\ud7a3]{2,4}", o) for o in people)
    assert options_for(by_id["tf-praise"], bank.questions, rng, "ko") == ["참", "거짓"]


def test_no_button_shows_the_answer_of_another_question_of_the_game(bank: QuestionBank) -> None:
    from bot.core.bank import questions_as_shown

    for seed in range(40):
        rng = random.Random(seed)
        game = bank.draw(10, rng)
        for language in ("en", "ko"):
            _, options = questions_as_shown(game, bank.questions, rng, language, with_options=True)
            for question in game:
                if kind_of(question) is AnswerKind.BOOLEAN:
                    continue  # True and False are every true-or-false question's buttons
                shown = question.in_language(language).answer
                others = [q for q in game if q.id != question.id]
                given = [o for o in options[question.id] if o != shown and any(judge(o, q.key).correct for q in others)]
                assert given == [], (question.id, given)


def test_options_are_of_the_answers_kind(bank: QuestionBank) -> None:
    by_id = {q.id: q for q in bank}
    rng = random.Random(5)
    characters = {q.answer for q in bank if kind_of(q) is AnswerKind.CHARACTER}
    assert set(options_for(by_id["lead-character"], bank.questions, rng)) <= characters
    ko_places = options_for(by_id["studied-department"], bank.questions, rng, "ko")
    assert "연극영화과" in ko_places and all(o.endswith("과") for o in ko_places)  # departments, not countries
    teams = options_for(by_id["before-debut"], bank.questions, rng)
    assert all(o.endswith(("teams", "crews")) for o in teams)
    assert kind_of(by_id["studied-where"]) is AnswerKind.PLACE
    assert all(o.endswith("University") for o in options_for(by_id["studied-where"], bank.questions, rng))


def test_a_wrong_option_the_judge_would_accept_is_a_problem_of_the_file() -> None:
    from bot.core.bank import parse_bank
    from bot.core.errors import QuestionFileError

    item = "questions:\n  - id: q\n    category: c\n    difficulty: easy\n    question: Q?\n"
    item += "    answers: [Canada]\n    explanation: E.\n    options: [Japan, Canda]\n"
    try:
        parse_bank(item, "bank.yaml")
    except QuestionFileError as error:
        assert "the wrong option 'Canda' would be accepted as its answer" in str(error)
    else:
        raise AssertionError("the file loaded")
