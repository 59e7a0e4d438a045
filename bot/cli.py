"""The command line's grammar: its commands and options, and its errors in one line.

argparse reads the command line; what it would print on a mistake (a usage block,
then an English message, exit status 2) is said here instead as one line in the
player's language (`--lang`, else TRIVIA_LANGUAGE), naming the command's usage. The
checks of values (`--rounds`, `--seconds`, `--lang`, ...) raise SettingsError
themselves, with the same texts as the environment's settings.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import database_cli
from .core.bank import DIFFICULTIES
from .core.game import DEFAULT_ROUNDS, MAX_ROUNDS
from .settings import ROUND_SECONDS_RANGE, SettingsError, bounded_number, language_of

COMMANDS = ("run", "sync", "play", "check", "db", "backup")


class CommandLineError(SettingsError):
    """A command line argparse could not read: one line, in the language spoken."""


def prog() -> str:
    """How the user ran us: `python -m bot`, or the `trivia-bot` script."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m bot" if name in ("", "__main__.py", "-c") else name


def language_asked(argv: Sequence[str]) -> str | None:
    """The language `--lang` asks for, if it names one (read before the whole command
    line, so that the errors in it are said in that language)."""
    for index, word in enumerate(argv):
        value = argv[index + 1] if word == "--lang" and index + 1 < len(argv) else None
        if word.startswith("--lang="):
            value = word.removeprefix("--lang=")
        if value is not None:
            try:
                return language_of("--lang", value)
            except SettingsError:
                return None  # the parser says what is wrong with it
    return None


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes are CommandLineErrors, never a usage block."""

    def one_line_usage(self) -> str:
        return " ".join(self.format_usage().split()).removeprefix("usage: ")

    def error(self, message: str) -> NoReturn:
        for pattern, explain in _ARGPARSE_ERRORS:
            if found := pattern.match(message):
                raise explain(self, found)
        raise CommandLineError("cli.as_said", message=message)  # a case argparse added later: as it says


def _needs_value(parser: _Parser, found: re.Match[str]) -> CommandLineError:
    return CommandLineError("cli.needs_value", option=found["option"], usage=parser.one_line_usage())


def _missing(parser: _Parser, found: re.Match[str]) -> CommandLineError:
    names = found["names"].upper()
    return CommandLineError("cli.missing", command=parser.prog, names=names, usage=parser.one_line_usage())


def _ambiguous(parser: _Parser, found: re.Match[str]) -> CommandLineError:
    return CommandLineError("cli.ambiguous", option=found["option"], matches=found["matches"])


def _unknown_command(parser: _Parser, found: re.Match[str]) -> CommandLineError:
    return CommandLineError("cli.unknown_command", text=found["text"].strip("'\""), commands=", ".join(COMMANDS))


# argparse's own messages (stable since Python 2.7), each with the error it becomes.
_ARGPARSE_ERRORS = (
    (re.compile(r"argument (?P<option>\S+): expected one argument$"), _needs_value),
    (re.compile(r"the following arguments are required: (?P<names>.+)$"), _missing),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)$"), _ambiguous),
    (re.compile(r"argument command: invalid choice: (?P<text>.+?) \(choose from"), _unknown_command),
)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The command line read, or a CommandLineError (or SettingsError) saying what is
    wrong with it in one line. `--help` prints the help and exits, as usual."""
    parser, commands = _parsers()
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        raise CommandLineError("cli.unknown_command", text=argv[0], commands=", ".join(COMMANDS))
    args, extra = parser.parse_known_args(argv)
    if extra:
        command = commands.get(args.command or "", parser)
        word = extra[0]
        usage = command.one_line_usage()
        if word.startswith("-") and word != "-":
            raise CommandLineError("cli.unknown_option", command=command.prog, option=word, usage=usage)
        raise CommandLineError("cli.unexpected", command=command.prog, text=word, usage=usage)
    return args


def _parsers() -> tuple[_Parser, dict[str, _Parser]]:
    """The top parser, and each command's."""
    parser = _Parser(prog=prog(), description="The Trauma Code trivia bot.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("run", help="run the Discord bot (the default)")
    sync = sub.add_parser("sync", help="register the slash commands with Discord now")
    sync.add_argument("--guild", type=_WholeNumber("--guild"), default=None, help="only in this server (shows at once)")
    play = sub.add_parser("play", help="play in this terminal, no Discord needed")
    play.add_argument(
        "--rounds",
        type=_rounds,
        default=None,
        help=f"number of questions, 1 to {MAX_ROUNDS} (default {DEFAULT_ROUNDS})",
    )
    play.add_argument("--seed", type=_WholeNumber("--seed"), default=None, help="repeatable question order")
    play.add_argument("--questions", type=Path, default=None, help="question file (default TRIVIA_QUESTIONS)")
    play.add_argument("--seconds", type=_seconds, default=None, help="seconds per question, 5 to 600 (default 30)")
    play.add_argument("--category", default=None, help="only questions of this category, in English or Korean")
    play.add_argument(
        "--difficulty", default=None, help=f"only questions of this difficulty: {', '.join(DIFFICULTIES)}"
    )
    play.add_argument("--choices", action="store_true", help="multiple choice: answer with a letter, A to D")
    play.add_argument("--lang", type=_language, default=None, help="en or ko, korean, 한국어 (default TRIVIA_LANGUAGE)")
    check = sub.add_parser("check", help="validate a question file")
    check.add_argument("file", nargs="?", type=Path, default=None)
    check.add_argument("--lang", type=_language, default=None, help="en or ko (default TRIVIA_LANGUAGE)")
    database_cli.add_parsers(sub)
    commands = {name: p for name, p in sub.choices.items() if isinstance(p, _Parser)}
    return parser, commands


class _WholeNumber:
    """The type of an option that takes a whole number."""

    def __init__(self, option: str) -> None:
        self.option = option

    def __call__(self, text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise SettingsError("cli.whole_number", option=self.option, text=text) from None


def _rounds(text: str) -> int:
    rounds = _WholeNumber("--rounds")(text)
    if not 1 <= rounds <= MAX_ROUNDS:
        raise SettingsError("cli.range", option="--rounds", low=1, high=MAX_ROUNDS, text=rounds)
    return rounds


def _seconds(text: str) -> float:
    """--seconds: the same range as TRIVIA_ROUND_SECONDS."""
    return bounded_number("--seconds", text, ROUND_SECONDS_RANGE[0], *ROUND_SECONDS_RANGE)


def _language(text: str) -> str:
    return language_of("--lang", text)
