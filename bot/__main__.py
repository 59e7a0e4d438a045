"""Command line: `python -m bot` runs the Discord bot; `play`, `check` and `db` need no Discord.

Every mistake (a command line, a setting, a question file, the database, the token)
is one line on standard error, in the language of `--lang` or TRIVIA_LANGUAGE, and
exit status 2; `check` lists a question file's problems and exits 1 when it has any.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path

from . import database_cli
from .cli import language_asked, parse, prog
from .core.bank import DIFFICULTIES, QuestionBank, load_bank
from .core.catalogue import say, say_count, set_default_language, term
from .core.errors import QuestionFileError
from .core.game import DEFAULT_ROUNDS, named
from .core.store import StoreError, store_at
from .settings import Settings, SettingsError, language_in_env

log = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    set_default_language(language_asked(argv) or language_in_env() or "en")
    try:
        args = parse(argv)
        settings = Settings.from_env()
        if args.command == "check":
            set_default_language(args.lang or settings.language)
            return _check(args.file or settings.questions_path)
        if args.command == "play":
            return _play(settings, args)
        if args.command in database_cli.COMMANDS:
            return database_cli.run(settings, args)
        if args.command == "sync":
            return _run(settings, sync_guild=args.guild or 0)
        return _run(settings)
    except (SettingsError, StoreError) as error:
        return _fail(str(error))
    except QuestionFileError as error:
        return _fail(_first_problem(error))


def _first_problem(error: QuestionFileError) -> str:
    """A question file's first problem, and how to see the others."""
    first, *others = error.problems
    if not others:
        return say("cli.question_file", problem=first)
    return say("cli.more_problems", problem=first, more=len(others), prog=prog(), path=first.path)


def _check(path: Path) -> int:
    try:
        bank = load_bank(path)
    except QuestionFileError as error:
        for problem in error.problems:
            print(problem)
        print(say_count(len(error.problems), "cli.problems_found_one", "cli.problems_found"))
        return 1
    print(_summary(bank))
    return 0


def _summary(bank: QuestionBank) -> str:
    """Questions per category and difficulty, each by the name `play` takes."""
    lines = [say_count(len(bank), "cli.check_ok_one", "cli.check_ok", path=bank.path)]
    for category, count in bank.categories().items():
        label = category if term(category) == category else f"{term(category)} ({category})"
        lines.append(f"  {count:>4}  {label}")
    by_difficulty = (f"{term(d)}: {len(bank.candidates(None, d))}" for d in DIFFICULTIES)
    lines.append("  " + ", ".join(by_difficulty))
    lines += [f"note: {note}" for note in bank.notes]  # what a Red list's CONFIG asked that is ignored
    return "\n".join(lines)


def _play(settings: Settings, args: argparse.Namespace) -> int:
    from .terminal import play

    language = args.lang or settings.language
    set_default_language(language)
    bank = load_bank(args.questions or settings.questions_path)
    category = _category(bank, args.category)
    difficulty = _difficulty(args.difficulty)
    if not bank.candidates(category, difficulty):
        what = ", ".join(term(part) for part in (category, difficulty) if part)
        raise SettingsError("cli.no_questions", what=what, prog=prog())
    game = play(
        bank,
        settings.db_location,
        rounds=DEFAULT_ROUNDS if args.rounds is None else args.rounds,
        seed=args.seed,
        seconds=settings.round_seconds if args.seconds is None else args.seconds,
        category=category,
        difficulty=difficulty,
        auto_hint=settings.auto_hint,
        choices=args.choices,
        language=language,
        pause=settings.pause_seconds,
    )
    with contextlib.suppress(KeyboardInterrupt):  # play() already stopped the game and saved the score
        asyncio.run(game)
    return 0


def _category(bank: QuestionBank, word: str | None) -> str | None:
    """--category, as a player may type it: any case, English or Korean."""
    if word is None:
        return None
    found = named(word, bank.categories())
    if found is None:
        names = ", ".join(term(c) for c in bank.categories())
        raise SettingsError("cli.one_of", option="--category", values=names, text=word)
    return found


def _difficulty(word: str | None) -> str | None:
    if word is None:
        return None
    found = named(word, DIFFICULTIES)
    if found is None:
        names = ", ".join(term(d) for d in DIFFICULTIES)
        raise SettingsError("cli.one_of", option="--difficulty", values=names, text=word)
    return found


def _run(settings: Settings, sync_guild: int | None = None) -> int:
    """Run the bot; with `sync_guild`, only register the slash commands (0: globally)."""
    set_default_language(settings.language)  # where no server is known (direct messages)
    token = settings.require_token(prog())  # before anything connects
    import aiohttp
    import discord

    from .discord.client import TriviaBot

    _log_to_stderr(settings.log_level)
    bank = load_bank(settings.questions_path)
    log.info("loaded %d questions from %s", len(bank), settings.questions_path)

    async def runner() -> int:
        store = await store_at(settings.db_location).open()
        bot = TriviaBot(settings, bank, store, auto_sync=sync_guild is None)
        async with bot:
            if sync_guild is not None:
                await bot.login(token)
                return 0 if await bot.sync_now(sync_guild or None) else 1
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGINT):
                with contextlib.suppress(NotImplementedError):  # Windows has no add_signal_handler
                    loop.add_signal_handler(signum, lambda: asyncio.ensure_future(bot.close()))
            await bot.start(token)
        return 0

    try:
        return asyncio.run(runner())
    except discord.LoginFailure:
        return _fail(say("cli.token_refused"))
    except discord.PrivilegedIntentsRequired:
        return _fail(say("cli.intent"))
    except discord.ConnectionClosed as error:
        return _fail(_closed(error.code))
    except discord.HTTPException as error:
        return _fail(say("cli.refused", status=error.status, code=error.code, text=error.text or say("cli.no_details")))
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        return _fail(say("cli.offline", error=f"{type(error).__name__}: {error}"))


def _log_to_stderr(level: str) -> None:
    """discord.py's logging setup, with colours only on a terminal: it would colour a
    log file too where it guesses a container."""
    import discord

    if sys.stderr.isatty():
        discord.utils.setup_logging(level=getattr(logging, level), root=True)
        return
    plain = logging.Formatter("[{asctime}] [{levelname:<8}] {name}: {message}", "%Y-%m-%d %H:%M:%S", style="{")
    discord.utils.setup_logging(level=getattr(logging, level), root=True, formatter=plain)


def _closed(code: int) -> str:
    """Why Discord closed the gateway for good, and what to change."""
    if code == 4011:
        return say("cli.needs_shards")
    if code == 4010:
        return say("cli.shard_refused")
    return say("cli.closed", code=code)


def _fail(message: str) -> int:
    """One clear line on standard error, no traceback; exit status 2."""
    print(say("cli.error", message=message), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
