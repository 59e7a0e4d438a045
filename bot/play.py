"""`python -m bot play`: the same game, judge, bank and store, in a terminal.

Each line typed (or piped in) is one guess at the open question, so a game can be
scripted: `printf 'Canada\\n8\\n' | python -m bot play --rounds 2 --seed 1`. End of
input or Ctrl-C ends the game with the score shown and saved.
"""

from __future__ import annotations

import asyncio
import getpass
import os
import random
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from .core.bank import QuestionBank, pick, questions_as_shown
from .core.catalogue import say, set_language
from .core.game import Choice, Game, GameEnd, GameSession, HintRefusal, Player, Round, RoundEnd, draw_for
from .core.store import PlayerStats, store_at

LOCAL_GUILD = 0  # scores of the terminal mode are kept apart from every Discord server
LOCAL_CHANNEL = 0
LETTERS = "ABCD"

_ROUND_ENDS = {RoundEnd.TIMED_OUT: "timed_out", RoundEnd.SKIPPED: "skipped", RoundEnd.STOPPED: "stopped"}


class TerminalOutput:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.round_open = asyncio.Event()
        self.total: PlayerStats | None = None

    def say(self, text: str = "") -> None:
        try:
            print(text, file=self.out, flush=True)
        except BrokenPipeError:  # piped into a program that stopped reading (`| head`): play on, quietly
            if self.out is sys.stdout:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())

    async def show_question(self, game: Game, round_: Round) -> None:
        self.say(
            say(
                "terminal.question",
                number=round_.number,
                total=game.total_rounds,
                seconds=f"{round_.seconds:g}",
                prize=round_.top_prize,
                text=round_.question.text,
            )
        )
        for index, option in enumerate(round_.options):
            self.say(f"  {LETTERS[index]}. {option}")
        self.round_open.set()

    async def close_choices(self, game: Game, round_: Round) -> None:
        pass  # the options were printed; nothing to take back

    async def show_hint(self, game: Game, round_: Round, hint: str) -> None:
        total = len(round_.hints)  # the ladder, at most three
        points = round_.top_prize
        self.say(say("terminal.hint", number=round_.hints_shown, total=total, hint=hint, prize=points))

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        self.round_open.clear()
        answer = round_.question.answer
        if round_.winner is not None:
            assert round_.elapsed is not None
            bonus = say("terminal.bonus", bonus=round_.bonus) if round_.bonus else ""
            streak = say("terminal.streak", streak=round_.streak) if round_.streak >= 2 else ""
            self.say(
                say(
                    "terminal.won",
                    elapsed=f"{round_.elapsed:.1f}",
                    points=round_.points,
                    bonus=bonus,
                    streak=streak,
                    answer=answer,
                )
            )
            if save_error:
                self.say(say("terminal.unsaved", error=save_error))
            self.total = stats or self.total
        else:
            assert round_.ended is not None
            self.say(say("terminal.revealed", how=say(f"terminal.{_ROUND_ENDS[round_.ended]}"), answer=answer))
            if round_.broken is not None:
                self.say(say("terminal.streak_ended", length=round_.broken[1]))
        self.say(say("terminal.explanation", explanation=round_.question.explanation))

    async def show_end(self, game: Game) -> None:
        self.round_open.clear()
        # A question cut short by /quit, Ctrl-C or end of input was not played.
        played = sum(1 for r in game.rounds if r.ended not in (None, RoundEnd.STOPPED))
        correct = sum(1 for r in game.rounds if r.winner is not None)
        reason = say("terminal.idle", silent=game.max_silent_rounds) if game.ended is GameEnd.IDLE else ""
        self.say(say("terminal.game_over", reason=reason, correct=correct, played=played))
        if self.total is not None:
            self.say(say("terminal.total", points=self.total.points))


def _read_lines(stream: TextIO, queue: asyncio.Queue[str | None], loop: asyncio.AbstractEventLoop) -> None:
    """Runs in a daemon thread: a blocked read must never keep the program from exiting."""
    for line in stream:
        loop.call_soon_threadsafe(queue.put_nowait, line.rstrip("\n"))
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def _next_event(*aws: asyncio.Future[Any]) -> None:
    await asyncio.wait(aws, return_when=asyncio.FIRST_COMPLETED)


async def play(
    bank: QuestionBank,
    db_path: str | Path,  # a SQLite file or a PostgreSQL URL (TRIVIA_DB)
    *,
    rounds: int,
    seed: int | None,
    seconds: float,
    category: str | None = None,
    difficulty: str | None = None,
    auto_hint: bool = True,
    choices: bool = False,
    language: str = "en",
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """Play one game in the terminal, in `language`; returns the points scored. The
    questions follow the database's rotation, like a Discord server's."""
    set_language(language)
    store = await store_at(db_path).open()
    output = TerminalOutput(stdout)
    player = Player(0, getpass.getuser())
    candidates = bank.candidates(category, difficulty)
    rng = random.Random(seed)
    if seed is None:
        questions = await draw_for(store, LOCAL_GUILD, candidates, rounds, rng, bank.conflicts)
    else:  # a repeatable game: the same seed asks the same questions, outside the rotation
        questions = pick(candidates, rounds, rng, conflicts=bank.conflicts)[0]
    asked, options = questions_as_shown(questions, bank.questions, rng, language, choices)
    game = Game(asked, started_by=player, round_seconds=seconds, auto_hint=auto_hint, options=options)
    session = GameSession(
        game,
        output,
        store,
        guild_id=LOCAL_GUILD,
        channel_id=LOCAL_CHANNEL,
        pause=0,
        rotation=seed is None,
        language=language,
    )
    lines: asyncio.Queue[str | None] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    threading.Thread(target=_read_lines, args=(stdin, lines, loop), daemon=True).start()
    plural = "s" * (game.total_rounds != 1)
    title = bank.titles.get(language, bank.title) or "Trivia"
    output.say(say("terminal.intro", title=title, rounds=game.total_rounds, s=plural))
    task = session.start()
    try:
        await _feed(session, output, lines, task, player)
        await task
    except (KeyboardInterrupt, asyncio.CancelledError):
        session.stop()
        await asyncio.shield(task)
    finally:
        await store.close()
    return sum(game.points.values())  # the points scored, speed and streak bonuses included


def _letter(line: str, session: GameSession) -> int | None:
    """The option a line picks (`a` to `d`) in a multiple-choice round, if it is one."""
    current = session.game.current
    letter = line.strip().upper()
    if current is None or not current.options or len(letter) != 1 or letter not in LETTERS[: len(current.options)]:
        return None
    return LETTERS.index(letter)


def _choose(session: GameSession, output: TerminalOutput, player: Player, index: int) -> None:
    current = session.game.current
    assert current is not None
    result = session.choose(player, current.token, index)
    if result is Choice.WRONG:
        output.say(say("terminal.wrong_choice"))
    elif result is Choice.ALREADY:
        output.say(say("terminal.already_chosen"))


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
        if line.strip() == "/hint":
            if isinstance(refusal := session.hint(), HintRefusal):
                output.say(say(refusal.value))
        elif line.strip() == "/skip":
            session.skip()
        elif (index := _letter(line, session)) is not None:
            _choose(session, output, player, index)
        elif not session.guess(player, line) and line.strip():
            output.say(say("terminal.not_quite"))
        current = session.game.current
        if current is None or not current.is_open:
            output.round_open.clear()  # the next line belongs to the next question
