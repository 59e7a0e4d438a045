"""The terminal game as a player meets it: typed into a pseudo-terminal key by key, the
screen read as the player sees it, with hints and results arriving while they type."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from bot.core.bank import Question, QuestionBank, names_an_answer, pick, questions_as_shown
from bot.core.game import hidden, ladder, plain
from bot.core.judging import judge

from .terminal_player import TerminalPlayer
from .test_cli import run

RULE = "─" * 40


def questions_for(
    bank: QuestionBank, seed: int, rounds: int, language: str = "en", choices: bool = False
) -> tuple[list[Question], dict[str, tuple[str, ...]]]:
    """The questions (and options) `play --seed` asks, drawn as it draws them."""
    rng = random.Random(seed)
    drawn = pick(bank.questions, rounds, rng, conflicts=bank.conflicts)[0]
    return questions_as_shown(drawn, bank.questions, rng, language, choices)


def seed_where(
    bank: QuestionBank, rounds: int, wanted: Callable[[Sequence[Question]], bool], language: str = "en"
) -> int:
    """The first seed whose `play --rounds N --seed S` asks questions that `wanted` likes:
    the tests pick their game from the bank, whatever it holds."""
    return next(seed for seed in range(1000) if wanted(questions_for(bank, seed, rounds, language)[0]))


def hints_of(question: Question) -> list[str]:
    """The hints of a question as the terminal shows them, in order."""
    return [plain(hint) for hint in ladder(question.answer, question.hints, question.id)]


def count_initials(answer: str) -> int:
    """How many words (split at spaces and hyphens) an answer has: the letters they start with."""
    return sum(1 for i in hidden(answer) if i == 0 or not answer[i - 1].isalnum())


def has_three_shapes(question: Question) -> bool:
    """An answer of several words, hinted by three shapes of it, each showing more: no
    hint written in the file, not a number, more letters to it than twice its words."""
    answer = question.answer
    has_more_letters = count_initials(answer) < len(hidden(answer)) // 2
    return not question.hints and " " in answer and len(hints_of(question)) == 3 and has_more_letters


def shown_letters(hint_line: str) -> int:
    """How many letters a plain shape hint ("Hint 2/3: Y___ K____-h_ (...)") shows."""
    shape = hint_line.split(": ", 1)[1].rsplit(" (", 1)[0]
    return sum(1 for ch in shape if ch.isalnum())


def test_hints_come_when_asked_in_plain_text_and_the_third_tells_more(tmp_path: Path, bank: QuestionBank) -> None:
    seed = seed_where(bank, 2, lambda questions: has_three_shapes(questions[0]))
    (question, _), _ = questions_for(bank, seed, 2)
    shape, initials, _ = hints_of(question)  # e.g. "__ __-____", "J_ J_-h___"
    player = TerminalPlayer(["--rounds", "2", "--seed", str(seed)], tmp_path / "t.db")
    player.wait_for("Question 1/2")
    player.enter("/hint")  # about a second into the question
    player.wait_for(f"Hint 1/3: {shape} (now up to 8 points)")
    player.enter("/hint")  # right after the first: alone, nothing to wait for
    player.wait_for(f"Hint 2/3: {initials} (now up to 6 points)")
    player.enter("/hint")
    screen = player.wait_for("Hint 3/3: ")
    assert "One hint at a time" not in screen and "`" not in screen
    lines = screen.splitlines()
    second = next(line for line in lines if line.startswith("Hint 2/3: "))
    third = next(line for line in lines if line.startswith("Hint 3/3: "))
    assert shown_letters(second) == count_initials(question.answer)  # the first letter of each word
    assert shown_letters(third) == len(hidden(question.answer)) // 2 > shown_letters(second)  # half: more
    player.enter("/quit")
    assert player.finish() == 0


def test_output_arriving_mid_line_leaves_the_half_typed_answer_whole(tmp_path: Path, bank: QuestionBank) -> None:
    seed = seed_where(bank, 2, lambda questions: has_three_shapes(questions[0]))
    (question, _), _ = questions_for(bank, seed, 2)
    half = len(question.answer) // 2
    # 6 seconds a question: the automatic hint comes at 3 s, while the player is typing.
    player = TerminalPlayer(["--rounds", "2", "--seed", str(seed), "--seconds", "6"], tmp_path / "t.db")
    player.wait_for("Question 1/2")
    player.type(question.answer[:half])
    screen = player.wait_for("Hint 1/3: ")
    lines = screen.splitlines()
    hint = next(n for n, line in enumerate(lines) if line.startswith("Hint 1/3: "))
    assert lines[hint] == f"Hint 1/3: {hints_of(question)[0]} (now up to 8 points)"  # not mixed with the typing
    assert player.prompt_line() == "› " + question.answer[:half]  # the typing, whole, below it
    player.enter(question.answer[half:])
    screen = player.wait_for("Correct! ")
    assert f"› {question.answer}\nCorrect! {question.answer} (in " in screen
    player.enter("/quit")
    assert player.finish() == 0


def test_rounds_are_set_apart_by_a_rule_and_a_pause(tmp_path: Path, bank: QuestionBank) -> None:
    (first, second), _ = questions_for(bank, 2, 2)
    # A screen wide enough that no question wraps onto a second line.
    player = TerminalPlayer(["--rounds", "2", "--seed", "2"], tmp_path / "t.db", columns=400, TRIVIA_PAUSE_SECONDS="3")
    player.wait_for("Question 1/2")
    player.enter(first.answer)
    screen = player.wait_for("Did you know? ")
    assert "Question 2/2" not in screen  # the pause: time to read what the article says
    screen = player.wait_for("Question 2/2")
    lines = screen.splitlines()
    known = next(n for n, line in enumerate(lines) if line.startswith("Did you know? "))
    heading = lines.index("Question 2/2 (30 s, up to 10 points)")
    assert lines[heading - 2 : heading] == [RULE, ""] and known < heading - 2
    assert lines[heading + 1] == second.text
    player.enter("/quit")
    assert player.finish() == 0


def test_time_running_out_names_the_answer_without_a_capital_mid_sentence(tmp_path: Path, bank: QuestionBank) -> None:
    seed = seed_where(bank, 1, lambda questions: questions[0].answer == "True")  # a true-or-false question
    player = TerminalPlayer(["--rounds", "1", "--seed", str(seed), "--seconds", "5"], tmp_path / "t.db")
    player.wait_for("Question 1/1")
    screen = player.wait_for("Time's up!", timeout=15)
    assert "Time's up! The answer: True\n" in screen
    assert player.finish() == 0


def test_in_multiple_choice_a_wrong_letter_ends_the_round_at_once(tmp_path: Path, bank: QuestionBank) -> None:
    (first, _), options = questions_for(bank, 4, 2, choices=True)
    right = "ABCD"[options[first.id].index(first.answer)]
    wrong = next(letter for letter in "abcd"[: len(options[first.id])] if letter.upper() != right)
    player = TerminalPlayer(["--rounds", "2", "--seed", "4", "--choices"], tmp_path / "t.db")
    screen = player.wait_for("Question 1/2")
    assert "Answer with a letter, A to D. Commands: /hint, /skip, /quit, /help." in screen
    player.enter(wrong)
    screen = player.wait_for("Question 2/2", timeout=10)  # well before the hint at half time
    assert f"› {wrong}\nNot quite! The answer: {right}. {first.answer}\n" in screen
    assert "you are out" not in screen and "Hint" not in screen
    player.enter("/quit")
    assert player.finish() == 0


def test_the_end_shows_this_game_s_score_beside_the_all_time_total(tmp_path: Path, bank: QuestionBank) -> None:
    (question,), _ = questions_for(bank, 6, 1)
    db = tmp_path / "t.db"
    player = TerminalPlayer(["--rounds", "1", "--seed", "6"], db)
    player.wait_for("Question 1/1")
    player.enter(question.answer)
    screen = player.wait_for("Game over")
    points = int(re.search(r"\+(\d+) points", screen)[1])  # type: ignore[index]
    assert f"Game over: 1 of 1 correct, {points} points (all-time total: {points} points)." in screen
    assert player.finish() == 0
    again = TerminalPlayer(["--rounds", "1", "--seed", "6"], db)  # the same game again: nothing scored
    again.wait_for("Question 1/1")
    again.enter("/skip")
    assert f"Game over: 0 of 1 correct, 0 points (all-time total: {points} points)." in again.wait_for("Game over")
    assert again.finish() == 0
    quitting = TerminalPlayer(["--rounds", "3", "--seed", "6"], db)
    quitting.wait_for("Question 1/3")
    quitting.enter("/quit")  # during question 1
    assert f"Game over: no question was played (all-time total: {points} points)." in quitting.wait_for("Game over")
    assert quitting.finish() == 0


def test_commands_in_any_case_and_in_korean_and_help_for_the_unknown(tmp_path: Path, bank: QuestionBank) -> None:
    seed = seed_where(bank, 2, lambda questions: has_three_shapes(questions[0]))
    (first, second), _ = questions_for(bank, seed, 2)
    player = TerminalPlayer(["--rounds", "2", "--seed", str(seed)], tmp_path / "t.db")
    player.wait_for("Question 1/2")
    player.enter("/Hint")
    player.wait_for("Hint 1/3: ")
    player.enter("/힌트")
    player.wait_for("Hint 2/3: ")
    player.enter("/help")
    screen = player.wait_for("/skip   show the answer and go on")
    assert "In Korean: /힌트, /넘기기, /그만, /도움말." in screen
    player.enter("/hnit")
    screen = player.wait_for("There is no command /hnit.")
    assert screen.count("/skip   show the answer and go on") == 2  # answered by the help
    assert "Not quite" not in screen  # no command was taken for a guess
    player.enter("/넘기기")
    player.wait_for(f"Skipped. The answer: {first.answer}")
    player.wait_for("Question 2/2")
    player.enter("/SKIP")
    player.wait_for(f"Skipped. The answer: {second.answer}")
    assert player.finish() == 0
    assert "›" not in player.lines()  # the prompt went away with the game: no empty prompt left


@pytest.mark.parametrize("leave", ["quit", "/exit", "/QUIT", "/그만", "ctrl-c", "ctrl-d"])
def test_every_way_out_ends_the_game_with_its_score(tmp_path: Path, bank: QuestionBank, leave: str) -> None:
    (first, _), _ = questions_for(bank, 2, 2)
    player = TerminalPlayer(["--rounds", "2", "--seed", "2"], tmp_path / "t.db")
    player.wait_for("Question 1/2")
    if leave.startswith("ctrl-"):
        player.control(leave[-1])
    else:
        player.enter(leave)
    screen = player.wait_for("Game over")
    assert f"Stopped. The answer: {first.answer}" in screen and "Not quite" not in screen
    assert "Game over: no question was played (all-time total: 0 points)." in screen
    assert player.finish() == 0


def test_a_game_in_korean_from_start_to_end(tmp_path: Path, bank: QuestionBank) -> None:
    def fits(questions: Sequence[Question]) -> bool:
        first, second = questions
        return (
            not names_an_answer(bank.titles["ko"], questions)  # the intro shows the whole title
            and not first.hints
            and len(hints_of(first)) == 3
            and all(is_syllable(ch) for ch in first.answer.replace(" ", ""))
            and not judge("이도현", second.key).correct
        )

    seed = seed_where(bank, 2, fits, language="ko")
    (first, second), _ = questions_for(bank, seed, 2, language="ko")
    shape, initials, _ = hints_of(first)  # e.g. "___", "ㅇㄱㅎ"
    player = TerminalPlayer(["--rounds", "2", "--seed", str(seed), "--lang", "ko"], tmp_path / "t.db")
    screen = player.wait_for("문제 1/2")
    assert screen.startswith(
        "〈중증외상센터〉 퀴즈: 2문제, 문제마다 30초예요.\n답을 입력하고 Enter를 누르세요. 명령어: "
    )
    assert "명령어: /힌트, /넘기기, /그만, /도움말." in screen
    player.enter("/힌트")
    player.wait_for(f"힌트 1/3: {shape} (이제 최대 8점)")
    player.enter("/힌트")
    player.wait_for(f"힌트 2/3: {initials} (이제 최대 6점)")
    assert all(is_initial_consonant(ch) for ch in initials.replace(" ", ""))  # each syllable's first consonant
    player.enter(first.answer)
    player.wait_for(f"정답! {first.answer} (")
    player.wait_for("문제 2/2")
    player.enter("이도현")  # a wrong name
    player.wait_for("아쉬워요, 다시 해 보세요.")
    player.enter("/그만")
    screen = player.wait_for("게임 끝")
    points = int(re.search(r"\+(\d+)점", screen)[1])  # type: ignore[index]
    assert f"멈췄어요. 정답: {second.answer}\n" in screen
    assert f"게임 끝: 1문제 중 1문제 정답, {points}점 (누적 {points}점)." in screen
    assert player.finish() == 0
    assert "›" not in player.lines()  # the prompt went away with the game: no empty prompt left


def is_syllable(ch: str) -> bool:
    return "가" <= ch <= "힣"


def is_initial_consonant(ch: str) -> bool:
    return "ㄱ" <= ch <= "ㅎ"


def test_the_banner_never_gives_an_answer_away(tmp_path: Path, bank: QuestionBank) -> None:
    def asks_the_title(seed: int) -> bool:
        return any("Heroes on Call" in q.answers for q in questions_for(bank, seed, 3)[0])

    giving_away = next(seed for seed in range(1000) if asks_the_title(seed))
    result = run(["play", "--rounds", "3", "--seed", str(giving_away)], tmp_path)
    assert result.stdout.startswith("The Trauma Code: 3 questions, 30 seconds each.")  # the part before the colon
    other = next(seed for seed in range(1000) if not asks_the_title(seed))
    result = run(["play", "--rounds", "3", "--seed", str(other)], tmp_path)
    assert result.stdout.startswith("The Trauma Code: Heroes on Call: 3 questions, 30 seconds each.")
    # In Korean the title has no colon: a game it answers ("외상센터") has a plain one.
    naming = seed_where(bank, 3, lambda questions: names_an_answer(bank.titles["ko"], questions), language="ko")
    result = run(["play", "--rounds", "3", "--seed", str(naming), "--lang", "ko"], tmp_path)
    assert result.stdout.startswith("퀴즈: 3문제, 문제마다 30초예요.")
