"""Every terminal example in the README prints what the README says, however often it is run.

Two kinds of example are read out of README.md's fenced blocks:

* a piped game: a shell line `printf '...' | .venv/bin/python -m bot play ... # what it prints`;
  the text after `#` must be in its output;
* a transcript: a block whose first line is `$ .venv/bin/python -m bot play ...`, then
  what the game prints, with each line the player types marked `› `; it is replayed in
  a pseudo-terminal, typed line by line, and the screen must read as the block does.
  Two numbers are not the README's to promise: how many seconds an answer took (`in
  6.2 s`), and the all-time total, which grows with every game played.

Each example runs twice on the same database, which starts empty: the second run
prints what the first did (what the README says).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.bank import QuestionBank

from .conftest import PROJECT
from .terminal_player import TerminalPlayer
from .test_terminal import questions_for

README = PROJECT / "README.md"
FENCE = re.compile(r"^(?P<indent> *)```(?P<kind>[\w-]*)\n(?P<body>.*?)^(?P=indent)```", re.MULTILINE | re.DOTALL)
PIPED = re.compile(r"^(?P<command>printf .*\| *\.venv/bin/python -m bot play[^#]*?)\s+#\s*(?P<says>.+)$")
TYPED = "› "
# What may differ from one run to the next: how long an answer took, the all-time total.
VARYING = [
    (re.compile(r"in \d+\.\d s"), "in … s"),
    (re.compile(r"\(\d+\.\d초"), "(…초"),
    (re.compile(r"all-time total: \d+ points?"), "all-time total: … points"),
    (re.compile(r"누적 \d+점"), "누적 …점"),
]


@dataclass(frozen=True)
class Piped:
    command: str
    says: str


@dataclass(frozen=True)
class Transcript:
    args: list[str]  # after `python -m bot play`
    lines: list[str]  # what the screen shows, typed lines included


def examples(markdown: str) -> list[Piped | Transcript]:
    found: list[Piped | Transcript] = []
    for block in FENCE.finditer(markdown):
        lines = [line.removeprefix(block["indent"]) for line in block["body"].splitlines()]
        if lines and lines[0].startswith("$ ") and " -m bot play" in lines[0]:
            command = shlex.split(lines[0].removeprefix("$ "))
            found.append(Transcript(command[command.index("play") + 1 :], lines[1:]))
            continue
        for line in lines:
            if piped := PIPED.match(line.strip()):
                found.append(Piped(piped["command"], piped["says"].strip()))
    return found


EXAMPLES = examples(README.read_text())


def test_the_readme_has_terminal_examples_to_check() -> None:
    assert EXAMPLES, "no piped game or transcript found in README.md: has the way they are written changed?"


@pytest.mark.parametrize("example", [e for e in EXAMPLES if isinstance(e, Piped)], ids=lambda e: e.command)
def test_a_piped_example_prints_what_the_readme_says_every_time(tmp_path: Path, example: Piped) -> None:
    command = example.command.replace(".venv/bin/python", shlex.quote(sys.executable))
    environ = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT), "TRIVIA_DB": str(tmp_path / "t.db")}
    for _ in range(2):
        result = subprocess.run(
            ["bash", "-c", command], capture_output=True, text=True, cwd=tmp_path, env=environ, timeout=120
        )
        assert result.returncode == 0, result.stderr
        assert example.says in result.stdout, result.stdout


def masked(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        for pattern, stand_in in VARYING:
            line = pattern.sub(stand_in, line)
        out.append(line)
    return out


def replay(transcript: Transcript, db: Path) -> None:
    """Play the transcript's game at a terminal, typing its lines in turn; fail with the
    difference unless the screen reads as the transcript."""
    player = TerminalPlayer(transcript.args, db, columns=400, TRIVIA_PAUSE_SECONDS="0.5")
    expected = masked(transcript.lines)

    def shows(count: int) -> bool:
        screen = masked(player.lines())
        return screen[:count] == expected[:count] and screen[count : count + 1] in ([], [TYPED.strip()])

    for n, line in enumerate(transcript.lines):
        if line.startswith(TYPED):
            _wait(player, lambda n=n: shows(n), expected[:n])  # type: ignore[misc]
            player.enter(line.removeprefix(TYPED))
    player.finish()
    assert masked(player.lines()) == expected


def _wait(player: TerminalPlayer, ready: Callable[[], bool], expected: list[str], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            assert masked(player.lines()) == expected  # shows the difference
        time.sleep(0.05)


@pytest.mark.parametrize("example", [e for e in EXAMPLES if isinstance(e, Transcript)], ids=lambda e: " ".join(e.args))
def test_a_transcript_reads_as_the_game_plays_every_time(tmp_path: Path, example: Transcript) -> None:
    for _ in range(2):
        replay(example, tmp_path / "t.db")


def test_a_transcript_that_the_game_does_not_play_is_caught(tmp_path: Path, bank: QuestionBank) -> None:
    """The replay itself: a transcript taken from a game replays; one word changed, it fails."""
    (question,), _ = questions_for(bank, 6, 1)
    player = TerminalPlayer(["--rounds", "1", "--seed", "6"], tmp_path / "taken.db", columns=400)
    player.wait_for("Question 1/1")
    player.enter("/hint")
    player.wait_for("Hint 1/")
    player.enter(question.answer.lower())
    player.finish()
    lines = player.lines()
    assert f"{TYPED}{question.answer.lower()}" in lines and lines[-1].startswith("Game over: 1 of 1 correct, ")
    replay(Transcript(["--rounds", "1", "--seed", "6"], lines), tmp_path / "again.db")
    wrong = [line.replace("Correct!", "Right!") for line in lines]
    with pytest.raises(AssertionError):
        replay(Transcript(["--rounds", "1", "--seed", "6"], wrong), tmp_path / "wrong.db")
