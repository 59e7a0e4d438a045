"""Fair rotation across games and restarts, and games without giveaways."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.bank import QuestionBank, giveaways, pick
from bot.core.game import draw_for
from bot.core.store import store_at


def test_the_bank_knows_which_questions_give_others_away(bank: QuestionBank) -> None:
    conflicts = bank.conflicts
    by_id = {q.id: q for q in bank}
    # The example of the issue: a question naming Jeong Jae-kwang and "Which actor plays Park Gyeong-won?"
    assert "park-gyeong-won-actor" in conflicts["jeong-character"]
    assert all(a in conflicts[b] for a, others in conflicts.items() for b in others)  # symmetric
    assert "tf-episodes" not in conflicts.get("tf-praise", frozenset())  # "True or false" names no answer
    assert giveaways(list(bank)) == conflicts and set(conflicts) <= set(by_id)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.integers(1, 20))
def test_no_drawn_game_holds_a_giveaway_pair(bank: QuestionBank, seed: int, rounds: int) -> None:
    game = bank.draw(rounds, random.Random(seed))
    ids = {q.id for q in game}
    assert len(ids) == len(game) == rounds
    assert not any(bank.conflicts.get(q.id, frozenset()) & ids for q in game)


def test_unasked_questions_come_first_and_the_rotation_starts_over_when_they_run_out(bank: QuestionBank) -> None:
    questions = list(bank)[:12]
    asked = {q.id for q in questions[:9]}
    chosen, started_over = pick(questions, 3, random.Random(1), asked)
    assert {q.id for q in chosen} == {q.id for q in questions[9:]} and not started_over
    chosen, started_over = pick(questions, 5, random.Random(1), asked)
    assert {q.id for q in questions[9:]} <= {q.id for q in chosen} and started_over


async def test_every_question_is_asked_once_before_any_repeats_across_reopened_stores(
    bank: QuestionBank, db_location: str | Path
) -> None:
    candidates = bank.candidates(category="production")
    seen: list[str] = []
    rng = random.Random(5)
    for _ in range(len(candidates) // 4 + 1):  # a new store each game: as after a restart
        store = await store_at(db_location).open()
        game = await draw_for(store, 42, candidates, 4, rng, bank.conflicts)
        for question in game:  # what the session does as it shows each question
            await store.mark_asked(42, question.id)
        seen += [q.id for q in game]
        await store.close()
    first_round = seen[: len(candidates)]
    assert sorted(first_round) == sorted(q.id for q in candidates)  # all of them, none twice
    assert len(seen) > len(candidates)  # and then it starts over


def test_new_questions_join_the_rotation_and_removed_ones_leave_it(bank: QuestionBank) -> None:
    questions = list(bank)[:6]
    asked = {q.id for q in questions[:5]} | {"removed-from-the-file"}
    chosen, started_over = pick(questions, 1, random.Random(3), asked)
    assert [q.id for q in chosen] == [questions[5].id] and not started_over


def test_an_answer_shared_by_many_questions_is_not_a_giveaway() -> None:
    from bot.core.bank import parse_bank

    body = "".join(
        f"""
  - id: q{n}
    category: c
    difficulty: easy
    question: Question {n} about the hospital?
    answers: [Hospital]
    explanation: It is the hospital.
"""
        for n in range(20)
    )
    bank = parse_bank("questions:" + body.replace("Question 0 about", "Which place, seen by Ju Ji-hoon, is"))
    assert bank.conflicts == {}  # "hospital" answers 20 questions: a word of the bank, not a giveaway
