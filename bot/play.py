"""`python -m bot play`: the same game, judge, bank and store, in a terminal.

Each line typed (or piped in) is one guess at the open question, so a game can be
scripted: `printf 'Canada\\n8\\n' | python -m bot play --rounds 2 --seed 1`. End of
input or Ctrl-C ends the game with the score shown and saved.
"""

from __future__ import annotations

import asyncio
import getpass
import random
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from .core.game import Game, GameEnd, Player, Round, RoundEnd
from .core.questions import QuestionBank
from .core.session import GameSession
from .core.store import AsyncScoreStore, PlayerStats

LOCAL_GUILD = 0  # scores of the terminal mode are kept apart from every Discord server
LOCAL_CHANNEL = 0

_ROUND_ENDS = {RoundEnd.TIMED_OUT: "Time's up!", RoundEnd.SKIPPED: "Skipped.", RoundEnd.STOPPED: "Stopped."}


class TerminalOutput:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.round_open = asyncio.Event()
        self.total: PlayerStats | None = None

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    async def show_question(self, game: Game, round_: Round) -> None:
        self.say(f"\nQuestion {round_.number}/{game.total_rounds} ({round_.seconds:g} s)")
        self.say(round_.question.text)
        self.round_open.set()

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        self.round_open.clear()
        answer = round_.question.answer
        if round_.winner is not None:
            self.say(f"Correct! The answer is {answer}.")
            if save_error:
                self.say(f"Your point could not be saved: {save_error}")
            self.total = stats or self.total
        else:
            assert round_.ended is not None
            self.say(f"{_ROUND_ENDS[round_.ended]} The answer was {answer}.")
        self.say(f"Did you know? {round_.question.explanation}")

    async def show_end(self, game: Game) -> None:
        self.round_open.clear()
        # A question cut short by /quit, Ctrl-C or end of input was not played.
        played = sum(1 for r in game.rounds if r.ended not in (None, RoundEnd.STOPPED))
        correct = sum(game.points.values())
        reason = {GameEnd.IDLE: " (no answer for 3 questions in a row)"}.get(game.ended, "")  # type: ignore[arg-type]
        self.say(f"\nGame over{reason}: {correct} of {played} correct.")
        if self.total is not None:
            self.say(f"You have {self.total.points} points in total (saved).")


def _read_lines(stream: TextIO, queue: asyncio.Queue[str | None], loop: asyncio.AbstractEventLoop) -> None:
    """Runs in a daemon thread: a blocked read must never keep the program from exiting."""
    for line in stream:
        loop.call_soon_threadsafe(queue.put_nowait, line.rstrip("\n"))
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def _next_event(*aws: asyncio.Future[Any]) -> None:
    await asyncio.wait(aws, return_when=asyncio.FIRST_COMPLETED)


async def play(
    bank: QuestionBank,
    db_path: Path,
    *,
    rounds: int,
    seed: int | None,
    seconds: float,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """Play one game in the terminal; returns the points scored."""
    store = await AsyncScoreStore(db_path).open()
    output = TerminalOutput(stdout)
    player = Player(0, getpass.getuser())
    game = Game(bank.draw(rounds, random.Random(seed)), started_by=player, round_seconds=seconds)
    session = GameSession(game, output, store, guild_id=LOCAL_GUILD, channel_id=LOCAL_CHANNEL, pause=0)
    lines: asyncio.Queue[str | None] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    threading.Thread(target=_read_lines, args=(stdin, lines, loop), daemon=True).start()
    output.say(f"{bank.title or 'Trivia'}: {game.total_rounds} questions. Type your answer; /skip skips, /quit ends.")
    task = session.start()
    try:
        await _feed(session, output, lines, task, player)
        await task
    except (KeyboardInterrupt, asyncio.CancelledError):
        session.stop()
        await asyncio.shield(task)
    finally:
        await store.close()
    return sum(game.points.values())


async def _feed(
    session: GameSession,
    output: TerminalOutput,
    lines: asyncio.Queue[str | None],
    task: asyncio.Task[None],
    player: Player,
) -> None:
    """Hand each line to the open round; lines read before a question wait for it."""
    while not task.done():
        opened = asyncio.ensure_future(output.round_open.wait())
        await _next_event(opened, task)
        opened.cancel()
        if task.done():
            return
        getter = asyncio.ensure_future(lines.get())
        await _next_event(getter, task)
        if not getter.done():
            getter.cancel()
            return
        line = getter.result()
        if line is None or line.strip() == "/quit":
            session.stop()
            return
        if line.strip() == "/skip":
            session.skip()
        elif not session.guess(player, line) and line.strip():
            output.say("Not quite, try again.")
        current = session.game.current
        if current is None or not current.is_open:
            output.round_open.clear()  # the next line belongs to the next question
