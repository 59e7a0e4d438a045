"""Command line: `python -m bot` runs the Discord bot; `play` and `check` need no Discord."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path

from . import database_cli
from .core.bank import DIFFICULTIES, load_bank
from .core.catalogue import LANGUAGES, set_default_language
from .core.errors import QuestionFileError
from .core.store import StoreError, store_at
from .settings import ROUND_SECONDS_RANGE, Settings, SettingsError, bounded_number

log = logging.getLogger("bot")


def _prog() -> str:
    """How the user ran us: `python -m bot`, or the `trivia-bot` script."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m bot" if name in ("", "__main__.py", "-c") else name


def _seconds(text: str) -> float:
    """--seconds: the same range as TRIVIA_ROUND_SECONDS."""
    try:
        return bounded_number("--seconds", text, ROUND_SECONDS_RANGE[0], *ROUND_SECONDS_RANGE)
    except SettingsError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--seconds ")) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=_prog(), description="The Trauma Code trivia bot.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the Discord bot (the default)")
    sync = sub.add_parser("sync", help="register the slash commands with Discord now")
    sync.add_argument("--guild", type=int, default=None, help="only in this server (shows at once; for testing)")
    play = sub.add_parser("play", help="play in this terminal, no Discord needed")
    play.add_argument("--rounds", type=int, default=None, help="number of questions (default 10)")
    play.add_argument("--seed", type=int, default=None, help="repeatable question order")
    play.add_argument("--questions", type=Path, default=None, help="question file (default TRIVIA_QUESTIONS)")
    play.add_argument("--seconds", type=_seconds, default=None, help="seconds per question, 5 to 600 (default 30)")
    play.add_argument("--category", default=None, help="only questions of this category (see: check)")
    play.add_argument("--difficulty", choices=DIFFICULTIES, default=None, help="only questions of this difficulty")
    play.add_argument("--choices", action="store_true", help="multiple choice: answer with a letter, A to D")
    play.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="the game's language: en or ko (default TRIVIA_LANGUAGE)"
    )
    check = sub.add_parser("check", help="validate a question file")
    check.add_argument("file", nargs="?", type=Path, default=None)
    database_cli.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        if args.command == "check":
            return _check(args.file or settings.questions_path)
        if args.command == "play":
            return _play(settings, args)
        if args.command in database_cli.COMMANDS:
            return database_cli.run(settings, args)
        if args.command == "sync":
            return _run(settings, sync_guild=args.guild or 0)
        return _run(settings)
    except (SettingsError, StoreError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except QuestionFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _check(path: Path) -> int:
    try:
        bank = load_bank(path)
    except QuestionFileError as error:
        for problem in error.problems:
            print(problem)
        print(f"{len(error.problems)} problem(s) found.")
        return 1
    print(bank.summary())
    return 0


def _play(settings: Settings, args: argparse.Namespace) -> int:
    from .play import play

    bank = load_bank(args.questions or settings.questions_path)
    rounds = 10 if args.rounds is None else args.rounds
    if not 1 <= rounds <= 50:
        raise SettingsError(f"--rounds must be between 1 and 50, got {rounds}")
    seconds = settings.round_seconds if args.seconds is None else args.seconds
    categories = bank.categories()
    if args.category is not None and args.category not in categories:
        raise SettingsError(f"--category must be one of {', '.join(categories)}, got {args.category!r}")
    if not bank.candidates(args.category, args.difficulty):
        raise SettingsError("no question has that category and difficulty")
    game = play(
        bank,
        settings.db_location,
        rounds=rounds,
        seed=args.seed,
        seconds=seconds,
        category=args.category,
        difficulty=args.difficulty,
        auto_hint=settings.auto_hint,
        choices=args.choices,
        language=args.lang or settings.language,
    )
    with contextlib.suppress(KeyboardInterrupt):  # play() already stopped the game and saved the score
        asyncio.run(game)
    return 0


def _run(settings: Settings, sync_guild: int | None = None) -> int:
    set_default_language(settings.language)  # where no server is known (direct messages)
    """Run the bot; with `sync_guild`, only register the slash commands (0: globally)."""
    import aiohttp
    import discord

    from .discord.client import TriviaBot

    token = settings.require_token()
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
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
        return _fail("Discord refused the token in DISCORD_TOKEN; check it in the Developer Portal (Bot tab)")
    except discord.PrivilegedIntentsRequired:
        return _fail(
            "enable the Message Content intent for this bot in the Developer Portal (Bot tab), "
            "or set TRIVIA_MESSAGE_CONTENT=0 to run without it"
        )
    except discord.ConnectionClosed as error:
        return _fail(_closed(error.code))
    except discord.HTTPException as error:
        return _fail(f"Discord refused the request ({error.status}, code {error.code}): {error.text or 'no details'}")
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        return _fail(f"cannot reach Discord ({type(error).__name__}: {error}); check the network connection")


def _closed(code: int) -> str:
    """Why Discord closed the gateway for good, and what to change."""
    if code == 4011:
        return (
            "Discord requires more shards for this bot's servers (close code 4011): raise TRIVIA_SHARD_COUNT, "
            "or leave it unset to run as many shards as Discord recommends"
        )
    if code == 4010:
        return "Discord refused a shard (close code 4010): check TRIVIA_SHARD_COUNT and TRIVIA_SHARDS"
    return f"Discord closed the connection (close code {code}) and the bot cannot reconnect"


def _fail(message: str) -> int:
    """One clear line on standard error, no traceback; exit status 2."""
    print(f"error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
