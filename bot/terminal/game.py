"""`python -m bot play`: the same game, judge, bank and store as on Discord, for one
player at a terminal.

It is a solo game (core.game's `solo`): no channel to spare messages for, a hint
whenever one is asked, and a wrong letter in a multiple-choice round ends the round
with the answer shown. At a terminal the player types at a prompt that stays whole
while the game prints, and a short pause separates the rounds. From a pipe, each
line is one guess at the open question, so a game can be scripted:
`printf 'Canada\\n8\\n' | python -m bot play --rounds 2 --seed 1`. /quit, Ctrl-C,
Ctrl-D or the end of input ends the game, with the score shown and saved.
"""

from __future__ import annotations

import asyncio
import getpass
import random
import sys
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

from ..core.bank import OPTION_LETTERS, QuestionBank, pick, questions_as_shown, title_for
from ..core.catalogue import say, set_language
from ..core.game import Game, GameSession, HintRefusal, Player, draw_for
from ..core.store import Store, store_at
from .commands import Command, command_in
from .lines import Lines, PipedLines, PromptLines
from .screen import Screen

LOCAL_GUILD = 0  # scores of the terminal mode are kept apart from every Discord server
LOCAL_CHANNEL = 0

T = TypeVar("T")


async def play(
    bank: QuestionBank,
    db_location: str | Path,  # a SQLite file or a PostgreSQL URL (TRIVIA_DB)
    *,
    rounds: int,
    seed: int | None,
    seconds: float,
    category: str | None = None,
    difficulty: str | None = None,
    auto_hint: bool = True,
    choices: bool = False,
    language: str = "en",
    pause: float = 3.0,
) -> int:
    """Play one game in the terminal, in `language`; returns the points scored. The
    questions follow the database's rotation, like a Discord server's; with a `seed`,
    the same seed asks the same questions. `pause` separates the rounds at a terminal
    (from a pipe, nobody reads along: no pause)."""
    set_language(language)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    player = Player(0, getpass.getuser())
    async with await store_at(db_location).open() as store:
        game = await _new_game(bank, store, player, rounds, seed, seconds, category, difficulty, choices, language)
        game.auto_hint = auto_hint
        lines: Lines = PromptLines() if interactive else PipedLines(sys.stdin)
        screen = Screen(store, player, LOCAL_GUILD, lines.show, choices=choices)
        session = GameSession(
            game,
            screen,
            store,
            guild_id=LOCAL_GUILD,
            channel_id=LOCAL_CHANNEL,
            pause=pause if interactive else 0,
            rotation=seed is None,
            language=language,
        )
        async with lines:
            screen.say(_intro(bank, game, screen, language))
            task = session.start()
            try:
                await _feed(session, screen, lines, task, player, interactive)
                await task
            except (KeyboardInterrupt, asyncio.CancelledError):
                session.stop()
                await asyncio.shield(task)
    return sum(game.points.values())  # the points scored, speed and streak bonuses included


async def _new_game(
    bank: QuestionBank,
    store: Store,
    player: Player,
    rounds: int,
    seed: int | None,
    seconds: float,
    category: str | None,
    difficulty: str | None,
    choices: bool,
    language: str,
) -> Game:
    candidates = bank.candidates(category, difficulty)
    rng = random.Random(seed)
    if seed is None:
        questions = await draw_for(store, LOCAL_GUILD, candidates, rounds, rng, bank.conflicts)
    else:  # a repeatable game: the same seed asks the same questions, outside the rotation
        questions = pick(candidates, rounds, rng, conflicts=bank.conflicts)[0]
    asked, options = questions_as_shown(questions, bank.questions, rng, language, choices)
    return Game(asked, started_by=player, round_seconds=seconds, options=options, solo=True)


def _intro(bank: QuestionBank, game: Game, screen: Screen, language: str) -> str:
    rounds = game.total_rounds
    title = title_for(bank, game.questions, language) or say("terminal.title")  # naming none of the answers
    seconds = f"{game.round_seconds:g}"
    return say(
        "terminal.intro", title=title, rounds=rounds, s="s" * (rounds != 1), seconds=seconds, how=screen.how_to_answer()
    )


async def _feed(
    session: GameSession, screen: Screen, lines: Lines, task: asyncio.Task[None], player: Player, interactive: bool
) -> None:
    """Hand each line to the game until it ends or the player leaves. At a terminal, a
    line is taken as it is typed; from a pipe, it waits for a question to answer."""
    while not task.done():
        if not interactive and not await _question(session, screen, task):
            return
        reading = asyncio.ensure_future(lines.read())
        await asyncio.wait({reading, task}, return_when=asyncio.FIRST_COMPLETED)
        if not reading.done():  # the game ended first
            await lines.stop_reading(reading)
            return
        line = reading.result()
        if line is not None and not interactive and not await _question(session, screen, task):
            return  # a piped line that came as its question closed is for the next one
        if line is None or not _take(line, session, screen, player, interactive):
            session.stop()
            return


async def _question(session: GameSession, screen: Screen, task: asyncio.Task[None]) -> bool:
    """Wait until a question takes answers; False if the game ends first."""
    current = session.game.current
    if current is None or not current.is_open:
        screen.round_open.clear()  # it may be over before the screen has shown its result
    return await _unless_over(screen.round_open.wait(), task)


async def _unless_over(waiting: Awaitable[T], game: asyncio.Task[None]) -> bool:
    """Wait for `waiting`, unless the game ends first (then cancel it): True if it came."""
    future = asyncio.ensure_future(waiting)
    await asyncio.wait({future, game}, return_when=asyncio.FIRST_COMPLETED)
    if future.done():
        return True
    future.cancel()
    await asyncio.wait({future})
    return False


def _take(line: str, session: GameSession, screen: Screen, player: Player, interactive: bool) -> bool:
    """Act on one line; False when the player quits."""
    command = command_in(line)
    if command is Command.QUIT:
        return False
    if command is Command.UNKNOWN:
        screen.say(say("terminal.unknown_command", typed=line.strip()))
        screen.show_help()
    elif command is Command.HELP:
        screen.show_help()
    elif command is Command.HINT:
        if isinstance(refusal := session.hint(), HintRefusal):
            screen.say(say(refusal.value))
    elif command is Command.SKIP:
        if not session.skip():
            screen.say(say("error.no_skip"))
    elif line.strip():
        _guess(line, session, screen, player, interactive)
    return True


def _guess(line: str, session: GameSession, screen: Screen, player: Player, interactive: bool) -> None:
    current = session.game.current
    if current is None or not current.is_open:
        if interactive:
            screen.say(say("terminal.between_rounds"))
        return
    letter = line.strip().upper()
    if current.options and len(letter) == 1 and letter in OPTION_LETTERS[: len(current.options)]:
        session.choose(player, current.token, OPTION_LETTERS.index(letter))  # the result says if it was right
    elif not session.guess(player, line):
        screen.say(say("terminal.not_quite"))
