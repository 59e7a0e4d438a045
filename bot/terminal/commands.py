"""The terminal's command words, in English and in Korean, in any case.

A line that is a command word is a command; any other line starting with `/` is a
command the game does not know (answered with the help); every other line is a guess.
"""

from __future__ import annotations

from enum import Enum


class Command(Enum):
    HINT = "hint"
    SKIP = "skip"
    QUIT = "quit"
    HELP = "help"
    UNKNOWN = "unknown"  # a /word the game does not know


WORDS = {
    "/hint": Command.HINT,
    "/힌트": Command.HINT,
    "/skip": Command.SKIP,
    "/넘기기": Command.SKIP,
    "/quit": Command.QUIT,
    "/exit": Command.QUIT,
    "/그만": Command.QUIT,
    "/종료": Command.QUIT,
    "quit": Command.QUIT,
    "exit": Command.QUIT,
    "/help": Command.HELP,
    "/도움말": Command.HELP,
    "/?": Command.HELP,
}


def command_in(line: str) -> Command | None:
    """The command a typed line gives, or None for a guess."""
    word = line.strip().casefold()
    if word in WORDS:
        return WORDS[word]
    if word.startswith("/") and len(word) > 1:
        return Command.UNKNOWN
    return None
