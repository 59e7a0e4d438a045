"""The rules of one game, with plain numbers for time: no clock, no tasks."""

from __future__ import annotations

import pytest

from bot.core.bank import QuestionBank
from bot.core.game import Game, GameEnd, Player, RoundEnd

ANA, BO = Player(1, "Ana"), Player(2, "Bo")


def new_game(bank: QuestionBank, rounds: int = 4) -> Game:
    return Game(list(bank.questions[:rounds]), started_by=ANA, round_seconds=30)


def test_first_correct_guess_wins_and_closes_the_round(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    game.next_round()
    game.open_round(now=0)
    assert game.guess(BO, "Japan", now=1) is None
    assert game.guess(ANA, "canada", now=2) is not None
    assert game.guess(BO, "Canada", now=2) is None  # a tick behind: the round is over
    assert game.current is not None and game.current.winner == ANA
    assert game.points == {ANA.id: 10}  # answered in the first third of the round: full points


def test_guess_at_or_after_the_deadline_does_not_count(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    game.next_round()
    game.open_round(now=100)
    game.question_shown(now=100)
    assert game.guess(ANA, "Canada", now=130) is None
    assert game.guess(ANA, "Canada", now=129.99) is not None


def test_the_countdown_starts_when_the_question_is_shown_not_when_it_is_sent(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    game.next_round()
    game.open_round(now=100)  # sent, but held back by a rate limit for 4 seconds
    assert game.guess(BO, "Japan", now=101) is None
    game.question_shown(now=104)
    assert game.current is not None and game.current.deadline == 134
    assert game.guess(ANA, "Canada", now=133) is not None


def test_a_guess_while_the_question_is_being_sent_counts(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    game.next_round()
    game.open_round(now=0)
    assert game.guess(ANA, "Canada", now=0.05) is not None


def test_guess_before_the_round_opens_does_not_count(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    game.next_round()
    assert game.guess(ANA, "Canada", now=0) is None


def play(game: Game, *outcomes: RoundEnd | Player) -> None:
    """Play one round per outcome: that player answers it, or it ends that way."""
    for outcome in outcomes:
        round_ = game.next_round()
        game.open_round(now=0)
        if isinstance(outcome, Player):
            assert game.guess(outcome, round_.question.answer, now=1)
        else:
            game.end_round(outcome)
        game.after_round()


def test_three_timed_out_rounds_in_a_row_end_the_game(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    play(game, RoundEnd.TIMED_OUT, RoundEnd.TIMED_OUT, RoundEnd.TIMED_OUT)
    assert game.ended is GameEnd.IDLE


def test_an_answered_round_resets_the_silence_count(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    play(game, RoundEnd.TIMED_OUT, RoundEnd.TIMED_OUT, BO, RoundEnd.TIMED_OUT)
    assert game.ended is GameEnd.COMPLETED


def test_skipped_rounds_do_not_count_as_silence(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    play(game, RoundEnd.SKIPPED, RoundEnd.SKIPPED, RoundEnd.SKIPPED)
    assert game.ended is None


def test_stop_ends_the_open_round_and_the_game(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    game.next_round()
    game.open_round(now=0)
    game.stop()
    assert game.ended is GameEnd.STOPPED
    assert game.current is not None and game.current.ended is RoundEnd.STOPPED
    assert game.guess(ANA, "Canada", now=1) is None
    with pytest.raises(RuntimeError):
        game.next_round()


def test_standings_rank_by_points(small_bank: QuestionBank) -> None:
    game = new_game(small_bank)
    play(game, BO, ANA, ANA)
    assert game.standings() == [(ANA, 21), (BO, 10)]  # Ana: 10, then 10 + 1 for two in a row
