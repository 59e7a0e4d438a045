"""What the player types, one line at a time: at a prompt on a terminal, or from a pipe.

At a terminal, the game prints hints and results while the player may be typing.
prompt_toolkit's `patch_stdout` prints each line of output above the prompt and
redraws the prompt below it with what was typed so far, so a half-typed answer stays
whole (a plain `input()` would see the output land in the middle of it). The prompt
also gives line editing and, with the arrow keys, the lines typed before.

From a pipe (a script, a test), each line is read as it comes, by a thread: a read
that blocks must never keep the game from ending.
"""

from __future__ import annotations

import asyncio
import threading
from types import TracebackType
from typing import Protocol, TextIO

from prompt_toolkit import PromptSession
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


class PromptLines:
    """Lines typed at a prompt that stays whole while the game prints."""

    def __init__(self, prompt: str = PROMPT) -> None:
        self.prompt = prompt
        self._session: PromptSession[str] = PromptSession()
        self._patch = patch_stdout()

    async def __aenter__(self) -> PromptLines:
        self._patch.__enter__()  # from here on, print() goes above the prompt
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._patch.__exit__(kind, error, trace)  # prints what is left, and gives stdout back

    async def read(self) -> str | None:
        try:
            return await self._session.prompt_async(self.prompt)
        except (EOFError, KeyboardInterrupt):  # Ctrl-D, Ctrl-C
            return None


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
