"""What the player types, one line at a time: at a prompt on a terminal, or from a pipe.

At a terminal, the game prints hints and results while the player may be typing.
`PromptLines.show` prints each line of output above the prompt with prompt_toolkit's
`run_in_terminal`, which takes the prompt off, prints, and draws it again below with
what was typed so far, so a half-typed answer stays whole (a plain `input()` would see
the output land in the middle of it). It runs in the game's own event loop, so a line
printed as one prompt ends and the next begins is never drawn across it (prompt_toolkit's
`patch_stdout` writes from a thread of its own, and did: it stays on, for any other
output, such as a warning logged). The prompt also gives line editing and, with the
arrow keys, the lines typed before.

From a pipe (a script, a test), each line is read as it comes, by a thread: a read
that blocks must never keep the game from ending.
"""

from __future__ import annotations

import asyncio
import functools
import os
import sys
import threading
from types import TracebackType
from typing import Protocol, TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.application import get_app_or_none, run_in_terminal
from prompt_toolkit.patch_stdout import patch_stdout

PROMPT = "› "


class Lines(Protocol):
    async def __aenter__(self) -> Lines: ...

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None: ...

    async def read(self) -> str | None:
        """The next line, without its end; None at the end of input (Ctrl-D, Ctrl-C, a
        pipe's end)."""

    def show(self, text: str) -> None:
        """Print `text` and a line end for the player to read."""

    async def stop_reading(self, reading: asyncio.Future[str | None]) -> None:
        """The game is over: end the `read` in progress (a prompt leaves no trace)."""


class PromptLines:
    """Lines typed at a prompt that stays whole while the game prints."""

    def __init__(self, prompt: str = PROMPT) -> None:
        self.prompt = prompt
        self._session: PromptSession[str] = PromptSession()
        self._patch = patch_stdout()
        self._terminal = sys.stdout  # the terminal itself, as patch_stdout replaces sys.stdout
        self._printing: set[asyncio.Future[None]] = set()  # lines waiting to go above the prompt
        self._over = False

    async def __aenter__(self) -> PromptLines:
        self._patch.__enter__()  # from here on, print() goes above the prompt
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._printing:
            await asyncio.wait(self._printing)  # every line shown, in order
        self._patch.__exit__(kind, error, trace)  # prints what is left, and gives stdout back

    async def read(self) -> str | None:
        if self._over:
            return None
        try:
            return await self._session.prompt_async(self.prompt)
        except (EOFError, KeyboardInterrupt):  # Ctrl-D, Ctrl-C
            return None

    def show(self, text: str) -> None:
        app = get_app_or_none()
        if app is not None and app.is_running:  # above the prompt, which is drawn again below
            printing = asyncio.ensure_future(run_in_terminal(functools.partial(self._print, text), in_executor=False))
            self._printing.add(printing)
            printing.add_done_callback(self._printing.discard)
        else:
            self._print(text)

    async def stop_reading(self, reading: asyncio.Future[str | None]) -> None:
        """Take the prompt off the screen (rather than leave an empty `›` line) and end it."""
        self._over = True
        app = self._session.app
        if app.is_running:
            app.erase_when_done = True
            app.exit(exception=EOFError)  # read() takes it as the end of input
        await asyncio.wait({reading}, timeout=2.0)
        reading.cancel()  # had it not started its prompt yet

    def _print(self, text: str) -> None:
        print(text, file=self._terminal, flush=True)


class PipedLines:
    """Lines read from a stream that is not a terminal, as they come."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()

    async def __aenter__(self) -> PipedLines:
        loop = asyncio.get_running_loop()
        threading.Thread(target=self._read_all, args=(loop,), daemon=True).start()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        pass  # the thread is a daemon: it ends with the program

    def _read_all(self, loop: asyncio.AbstractEventLoop) -> None:
        """Runs in its own thread, until the end of the stream or of the game's loop."""
        try:
            for line in self.stream:
                loop.call_soon_threadsafe(self._lines.put_nowait, line.rstrip("\r\n"))
            loop.call_soon_threadsafe(self._lines.put_nowait, None)
        except RuntimeError:  # the loop is closed: the game is over, nobody reads
            return

    async def read(self) -> str | None:
        return await self._lines.get()

    async def stop_reading(self, reading: asyncio.Future[str | None]) -> None:
        reading.cancel()
        await asyncio.wait({reading})

    def show(self, text: str) -> None:
        try:
            print(text, flush=True)
        except BrokenPipeError:  # piped into a program that stopped reading (`| head`): play on, quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
