"""The command line's mistakes, as a newcomer makes them: each is one line on standard
error, in the chosen language, with exit status 2; the options take what the
environment takes; the token is checked before anything connects."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.bank import QuestionBank

from .conftest import PROJECT
from .test_cli import run

HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["play", "--seconds", "abc"], "error: --seconds must be a number, not “abc”"),
        (["play", "--seconds", "1"], "error: --seconds must be between 5 and 600, not 1"),
        (["play", "--rounds", "abc"], "error: --rounds must be a whole number, not “abc”"),
        (["play", "--rounds", "51"], "error: --rounds must be between 1 and 50, not 51"),
        (["play", "--rounds"], "error: --rounds needs a value. Usage: python -m bot play [-h] [--rounds ROUNDS]"),
        (["play", "--lang", "fr"], "error: --lang must be en (English) or ko (Korean), not “fr”"),
        (["play", "--bogus"], "error: python -m bot play has no option --bogus. Usage: python -m bot play [-h]"),
        (["play", "--category", "nope"], "error: --category must be one of cast, characters, people, production,"),
        (["play", "--difficulty", "brutal"], "error: --difficulty must be one of easy, medium, hard, not “brutal”"),
        (["play", "--questions", "nope.yaml"], "error: nope.yaml: cannot read the file: No such file or directory"),
        (["plya"], "error: there is no command “plya”; the commands: run, sync, play, check, db, backup"),
        (["--bogus"], "error: python -m bot has no option --bogus. Usage: python -m bot [-h] {run,sync,play,"),
        (
            ["check", "a.yaml", "b.yaml"],
            "error: python -m bot check does not take “b.yaml”. Usage: python -m bot check",
        ),
        (["backup"], "error: python -m bot backup needs TARGET. Usage: python -m bot backup [-h] target"),
        (["sync", "--guild", "here"], "error: --guild must be a whole number, not “here”"),
    ],
)
def test_every_command_line_error_is_one_line_and_exit_2(tmp_path: Path, args: list[str], line: str) -> None:
    result = run(args, tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(line) and result.stderr.count("\n") == 1, result.stderr
    assert "usage:" not in result.stderr and result.stdout == ""  # no argparse usage block before it


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["play", "--lang", "ko", "--rounds", "abc"], {}),
        (["play", "--rounds", "abc", "--lang=한국어"], {}),
        (["play", "--bogus"], {"TRIVIA_LANGUAGE": "korean"}),
        (["play", "--category", "없는분류", "--lang", "KO"], {}),
        (["play", "--questions", "nope.yaml"], {"TRIVIA_LANGUAGE": "ko"}),
        (["play", "--seconds", "abc"], {"TRIVIA_LANGUAGE": "ko"}),
        ([], {"TRIVIA_LANGUAGE": "ko"}),  # no token
    ],
)
def test_errors_are_said_in_the_chosen_language(tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
    result = run(args, tmp_path, **env)
    assert result.returncode == 2 and result.stderr.startswith("오류: ") and result.stderr.count("\n") == 1
    assert HANGUL.search(result.stderr.removeprefix("오류: ")), result.stderr


def test_a_broken_question_file_is_one_line_that_says_how_to_see_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("questions:\n  - id: q1\n    category: x\n")
    result = run(["play", "--questions", str(bad)], tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert (
        result.stderr == f"error: {bad}:2:5: question 'q1' has no difficulty (and 3 more: python -m bot check {bad})\n"
    )


def test_the_language_takes_its_name_in_either_language(tmp_path: Path) -> None:
    for word in ("korean", "KO", "한국어", "Korean"):
        result = run(["play", "--lang", word, "--rounds", "1", "--seed", "4"], tmp_path)
        assert result.returncode == 0 and result.stdout.startswith("〈중증외상센터〉 퀴즈: 1문제,"), (
            word,
            result.stderr,
        )
    english = run(["play", "--lang", "영어", "--rounds", "1", "--seed", "4"], tmp_path, TRIVIA_LANGUAGE="ko")
    assert "1 question, 30 seconds each." in english.stdout.splitlines()[0]


def test_categories_and_difficulties_in_any_case_and_in_korean(tmp_path: Path, bank: QuestionBank) -> None:
    show = {q.text for q in bank.candidates("show")}
    easy_show = {q.text for q in bank.candidates("show", "easy")}
    for words in (["Show"], ["SHOW"], ["작품"], ["show", "--difficulty", "Easy"], ["작품", "--difficulty", "쉬움"]):
        result = run(["play", "--rounds", "3", "--seed", "1", "--category", *words], tmp_path)
        assert result.returncode == 0, (words, result.stderr)
        asked = result.stdout.splitlines()[4]  # the first question, after the intro and its heading
        assert asked in (easy_show if "--difficulty" in words else show), (words, result.stdout)


def test_check_counts_in_good_grammar_in_both_languages(tmp_path: Path, bank: QuestionBank) -> None:
    one = tmp_path / "one.yaml"
    one.write_text(
        "questions:\n  - id: q1\n    category: cast\n    difficulty: easy\n    question: Who?\n"
        "    answers: [Ju Ji-hoon]\n    explanation: He plays the lead.\n"
    )
    assert run(["check", str(one)], tmp_path).stdout.startswith(f"{one}: 1 question OK\n")
    assert f"{PROJECT / 'questions.yaml'}: {len(bank)} questions OK" in run(["check"], tmp_path).stdout
    korean = run(["check", str(one), "--lang", "ko"], tmp_path).stdout
    assert korean.startswith(f"{one}: 문제 1개, 이상 없어요\n") and "출연진 (cast)" in korean and "쉬움: 1" in korean
    bad = tmp_path / "bad.yaml"
    bad.write_text(one.read_text().replace("    difficulty: easy\n", ""))
    result = run(["check", str(bad)], tmp_path)
    assert result.returncode == 1 and result.stdout.endswith("\n1 problem found.\n")
    assert run(["check", str(bad)], tmp_path, TRIVIA_LANGUAGE="ko").stdout.endswith("\n문제점을 1개 찾았어요.\n")


@pytest.mark.parametrize(
    ("token", "line"),
    [
        ("   ", "error: DISCORD_TOKEN is blank."),
        ("paste-your-token-here", "error: DISCORD_TOKEN is still the placeholder “paste-your-token-here”"),
        ("your-token", "error: DISCORD_TOKEN is still the placeholder “your-token”"),
    ],
)
def test_a_blank_or_placeholder_token_is_refused_before_connecting(tmp_path: Path, token: str, line: str) -> None:
    # Through the fake Discord's entry point: were the bot to connect, it would reach the
    # fake (and log that it logs in), never the real Discord.
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.bot_process"],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env={"PATH": os.environ.get("PATH", ""), "TRIVIA_DB": str(tmp_path / "t.db"), "DISCORD_TOKEN": token}
        | {"FAKE_DISCORD_URL": "http://127.0.0.1:9"},
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(line) and result.stderr.count("\n") == 1, result.stderr  # no log line before it


def test_logs_have_no_colour_codes_when_standard_error_is_not_a_terminal(tmp_path: Path, bank: QuestionBank) -> None:
    log = tmp_path / "bot.log"
    with log.open("w") as stderr:
        subprocess.run(
            [sys.executable, "-m", "tests.e2e.bot_process"],
            stderr=stderr,
            stdout=subprocess.DEVNULL,
            cwd=PROJECT,
            env={"PATH": os.environ.get("PATH", ""), "TRIVIA_DB": str(tmp_path / "t.db")}
            | {"FAKE_DISCORD_URL": "http://127.0.0.1:9", "DISCORD_TOKEN": "secret-token-123"},
            timeout=60,
        )
    text = log.read_text()
    assert f"[INFO    ] bot: loaded {len(bank)} questions" in text and "error: cannot reach Discord" in text
    assert "\x1b[" not in text


@pytest.mark.skipif(shutil.which("git") is None or not (PROJECT / ".git").exists(), reason="needs the git checkout")
def test_score_databases_and_backups_are_ignored_by_git() -> None:
    paths = ["backups/trivia-2025-01-01.db", "data/trivia.db", "data/trivia.db-wal"]
    ignored = subprocess.run(["git", "check-ignore", *paths], capture_output=True, text=True, cwd=PROJECT)
    assert ignored.stdout.split() == paths
