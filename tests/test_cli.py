"""The command line as a newcomer uses it: play, check, and a clear error without a token."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.bank import QuestionBank

from .conftest import PROJECT
from .peek import rows


def run(args: list[str], tmp_path: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT), "TRIVIA_DB": str(tmp_path / "t.db")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no stray .env
        env=environ | env,
        timeout=60,
    )


def test_play_with_piped_answers_scores_and_saves(tmp_path: Path, bank: QuestionBank) -> None:
    answers = [q.answer for q in bank.draw(2, random.Random(7))]
    result = run(["play", "--rounds", "2", "--seed", "7"], tmp_path, stdin="\n".join(["wrong guess", *answers]) + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Correct!") == 2 and "Not quite, try again." in result.stdout
    assert "Game over: 2 of 2 correct, 21 points (all-time total: 21 points)." in result.stdout
    assert rows(tmp_path / "t.db", "SELECT SUM(points) FROM correct_answers WHERE guild_id = 0") == [(21,)]


def test_the_same_seed_asks_the_same_questions(tmp_path: Path) -> None:
    first = run(["play", "--rounds", "3", "--seed", "5"], tmp_path, stdin="")
    second = run(["play", "--rounds", "3", "--seed", "5"], tmp_path, stdin="")
    assert first.stdout.splitlines()[:4] == second.stdout.splitlines()[:4]


def test_end_of_input_ends_the_game_cleanly(tmp_path: Path, bank: QuestionBank) -> None:
    first = bank.draw(3, random.Random(1))[0]
    result = run(["play", "--rounds", "3", "--seed", "1"], tmp_path, stdin=first.answer + "\n")
    assert result.returncode == 0, result.stderr
    assert "Stopped. The answer: " in result.stdout and "Game over: 1 of 1 correct, " in result.stdout


def test_a_silent_player_sees_the_answer_when_time_runs_out(tmp_path: Path) -> None:
    environ = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT), "TRIVIA_DB": str(tmp_path / "t.db")}
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "play", "--rounds", "1", "--seconds", "5"],
        stdin=subprocess.PIPE,  # kept open and silent: no end of input
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environ,
    ) as player:
        assert player.stdout is not None
        lines = [player.stdout.readline() for _ in range(9)]
        player.kill()
    assert any(line.startswith("Time's up! The answer: ") for line in lines), lines


def test_check_prints_a_summary_for_a_good_file(tmp_path: Path) -> None:
    result = run(["check", str(PROJECT / "questions.yaml")], tmp_path)
    assert result.returncode == 0
    assert "questions OK" in result.stdout and "easy:" in result.stdout


def test_check_lists_problems_and_fails_for_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("questions:\n  - id: q1\n    category: x\n")
    result = run(["check", str(bad)], tmp_path)
    assert result.returncode == 1
    assert f"{bad}:2:5: question 'q1' has no difficulty" in result.stdout
    assert result.stdout.endswith("\n4 problems found.\n")


def test_running_without_a_token_explains_what_to_do(tmp_path: Path) -> None:
    result = run([], tmp_path)
    assert result.returncode == 2
    assert "DISCORD_TOKEN is not set" in result.stderr and "python -m bot play" in result.stderr


def test_backup_copies_the_scores_and_refuses_to_overwrite(tmp_path: Path, bank: QuestionBank) -> None:
    answer = bank.draw(1, random.Random(2))[0].answer
    assert run(["play", "--rounds", "1", "--seed", "2"], tmp_path, stdin=answer + "\n").returncode == 0
    copy = tmp_path / "copy.db"
    result = run(["backup", str(copy)], tmp_path)
    assert result.returncode == 0 and result.stdout.startswith(f"Backed up {tmp_path / 't.db'} to {copy}")
    assert rows(copy, "SELECT COUNT(*), SUM(points) > 0 FROM correct_answers") == [(1, 1)]
    again = run(["backup", str(copy)], tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_db_forget_erases_one_server_and_keeps_the_others(tmp_path: Path) -> None:
    from bot.core.store import SqliteDatabase

    db = SqliteDatabase.open(tmp_path / "t.db")
    for guild in (111, 222):
        db.award(guild_id=guild, channel_id=1, game_id=None, user_id=5, name="Ana", question_id="q1", points=10)
    db.set_setting(111, "rounds", "5")
    db.close()
    result = run(["db", "forget", "--guild", "111"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Erased server 111 from {tmp_path / 't.db'}: 1 correct answers,")
    kept = rows(tmp_path / "t.db", "SELECT guild_id FROM correct_answers UNION SELECT guild_id FROM guild_settings")
    assert kept == [(222,)]
    again = run(["db", "forget", "--guild", "111"], tmp_path)
    assert again.returncode == 0 and again.stdout.startswith("Nothing was kept of server 111")
    wrong = run(["db", "forget", "--guild", "Trauma Fans"], tmp_path)
    assert wrong.returncode == 2 and "a server id is a number" in wrong.stderr


def test_a_database_that_cannot_be_used_is_a_clear_error_at_start(tmp_path: Path) -> None:
    (tmp_path / "t.db").write_bytes(b"not a database, just some text " * 100)
    for args, env in (([], {"DISCORD_TOKEN": "secret-token-123"}), (["play"], {})):
        result = run(args, tmp_path, **env)
        assert result.returncode == 2, result.stderr
        assert f"error: cannot use the score database {tmp_path / 't.db'}: file is not a database" in result.stderr
        assert "Traceback" not in result.stderr and "secret-token-123" not in result.stderr + result.stdout


def test_no_route_to_discord_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    # Port 9 on loopback: nothing listens, so the connection is refused at once.
    environ = {"FAKE_DISCORD_URL": "http://127.0.0.1:9", "DISCORD_TOKEN": "secret-token-123"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.bot_process"],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env={"PATH": os.environ.get("PATH", ""), "TRIVIA_DB": str(tmp_path / "t.db")} | environ,
        timeout=60,
    )
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower() or "Traceback" in line]
    assert len(errors) == 1 and errors[0].startswith("error: cannot reach Discord"), result.stderr
    assert "secret-token-123" not in result.stderr + result.stdout
    assert "voice will NOT be supported" not in result.stderr


def test_backup_creates_the_folder_it_is_asked_to_write_into(tmp_path: Path) -> None:
    run(["play", "--rounds", "1"], tmp_path, stdin="")  # makes the database
    result = run(["backup", "backups/nested/trivia.db"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "backups" / "nested" / "trivia.db").stat().st_size > 0


def test_round_seconds_and_log_level_are_checked(tmp_path: Path) -> None:
    for seconds in ("-5", "0", "601", "soon"):
        result = run(["play", "--seconds", seconds], tmp_path)
        assert result.returncode == 2 and "--seconds" in result.stderr, (seconds, result.stderr)
        assert "between 5 and 600" in result.stderr or "must be a number" in result.stderr
    result = run(["play"], tmp_path, TRIVIA_LOG_LEVEL="LOUD")
    assert result.returncode == 2 and "TRIVIA_LOG_LEVEL must be one of DEBUG, INFO" in result.stderr


def test_help_names_the_command_as_it_was_run(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "trivia-bot"
    if not script.exists():
        pytest.skip("the trivia-bot script is installed by `pip install -e .`")
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("usage: trivia-bot")
    assert run(["--help"], tmp_path).stdout.startswith("usage: python -m bot")


def test_a_close_answer_is_confirmed_once(tmp_path: Path, bank: QuestionBank) -> None:
    def first_of(seed: int) -> str:
        return bank.draw(1, random.Random(seed))[0].answer

    seed = next(n for n in range(500) if first_of(n).isalpha() and len(first_of(n)) >= 9)
    first = bank.draw(1, random.Random(seed))[0]
    a = first.answer
    typo = a[:4] + a[5] + a[4] + a[6:]  # two letters swapped: one slip, still right
    result = run(["play", "--rounds", "1", "--seed", str(seed)], tmp_path, stdin=typo + "\n")
    line = next(x for x in result.stdout.splitlines() if x.startswith("Correct!"))
    assert line.startswith(f"Correct! {first.answer} (in ") and line.count(first.answer) == 1


def test_play_with_choices_takes_a_letter(tmp_path: Path, bank: QuestionBank) -> None:
    from bot.core.bank import options_for, pick

    rng = random.Random(4)  # as `play --seed 4` draws: the questions, then their options
    (question,) = pick(bank.questions, 1, rng, conflicts=bank.conflicts)[0]
    options = options_for(question, bank.questions, rng)
    right = "ABCD"[options.index(question.answer)]
    wrong = next(letter for letter in "ABCD"[: len(options)] if letter != right)
    result = run(["play", "--rounds", "1", "--seed", "4", "--choices"], tmp_path, stdin=f"{wrong.lower()}\n{right}\n")
    assert "Answer with a letter, A to D." in result.stdout
    assert f"  {right}. {question.answer}" in result.stdout
    # Alone, a wrong letter ends the round: the answer at once, no waiting, no second try.
    assert f"Not quite! The answer: {right}. {question.answer}\n" in result.stdout
    assert "Correct!" not in result.stdout and "Game over: 0 of 1 correct, 0 points" in result.stdout
    result = run(["play", "--rounds", "1", "--seed", "4", "--choices"], tmp_path, stdin=f"{right}\n")
    assert f"Correct! {question.answer} (in " in result.stdout and "Game over: 1 of 1 correct, " in result.stdout


def test_output_piped_into_a_program_that_stops_reading_ends_quietly(tmp_path: Path) -> None:
    environ = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT), "TRIVIA_DB": str(tmp_path / "t.db")}
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "play", "--rounds", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environ,
    ) as player:
        assert player.stdout is not None and player.stdin is not None and player.stderr is not None
        player.stdout.readline()  # like `| head -1`
        player.stdout.close()
        player.stdin.write("/hint\nnot it\n/skip\n/quit\n")
        player.stdin.close()
        assert player.wait(timeout=60) == 0
        assert "Traceback" not in player.stderr.read()


def test_play_in_korean_asks_and_answers_in_korean(tmp_path: Path, bank: QuestionBank) -> None:
    first = bank.draw(2, random.Random(4))[0]
    assert first.ko is not None
    result = run(["play", "--lang", "ko", "--rounds", "2", "--seed", "4"], tmp_path, stdin=first.ko.answers[0] + "요\n")
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.startswith("〈중증외상센터〉 퀴즈: 2문제, 문제마다 30초예요.") and first.ko.text in result.stdout
    )
    assert f"정답! {first.ko.answers[0]} (" in result.stdout and "게임 끝: 1문제 중 1문제 정답, " in result.stdout
    default = run(["play", "--rounds", "1", "--seed", "4"], tmp_path, stdin="", TRIVIA_LANGUAGE="ko")
    assert default.stdout.startswith("〈중증외상센터〉 퀴즈: 1문제,")  # TRIVIA_LANGUAGE sets the default
    refused = run(["play", "--lang", "fr"], tmp_path)
    assert refused.returncode == 2 and refused.stderr == "error: --lang must be en (English) or ko (Korean), not “fr”\n"
