"""A player at a terminal: `python -m bot play` in a pseudo-terminal, typed into key by
key, its screen drawn by a terminal emulator (pyte) as a player would see it.

The emulator answers the game's terminal queries (where the cursor is) as a real
terminal does, so the prompt runs exactly as it would for a person.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pexpect
import pyte

from .conftest import PROJECT

ROWS, COLUMNS = 300, 100  # tall enough that a whole game stays on the screen


class TerminalPlayer:
    def __init__(self, args: list[str], db: Path, columns: int = COLUMNS, **env: str) -> None:
        environ = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(PROJECT),
            "TRIVIA_DB": str(db),
            "TERM": "xterm-256color",
            "TRIVIA_PAUSE_SECONDS": "1",
            "LANG": "C.UTF-8",
        } | env
        self.screen = pyte.Screen(columns, ROWS)
        self.stream = pyte.Stream(self.screen)
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "bot", "play", *args],
            env=environ,
            cwd=str(db.parent),
            dimensions=(ROWS, columns),
            encoding="utf-8",
            codec_errors="replace",
        )
        self.screen.write_process_input = self.child.send  # answers to the game's queries

    # What the player sees

    def lines(self) -> list[str]:
        """The screen's lines, without the blank ones below the last."""
        self._pump(0.05)
        shown = [line.rstrip() for line in self.screen.display]
        while shown and not shown[-1]:
            shown.pop()
        return shown

    def text(self) -> str:
        return "\n".join(self.lines())

    def prompt_line(self) -> str:
        """The line the cursor is on: the prompt, with what is typed so far."""
        self._pump(0.05)
        return self.screen.display[self.screen.cursor.y].rstrip()

    def wait_for(self, wanted: str | Callable[[str], bool], timeout: float = 20.0) -> str:
        """Wait until the screen shows `wanted` (a text, or a test of the whole screen)."""
        test = wanted if callable(wanted) else (lambda text: wanted in text)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.text()
            if test(text):
                return text
            if not self.child.isalive() and not self._pump(0.1):
                break
        raise AssertionError(f"the screen never showed {wanted!r}:\n{self.text()}")

    # What the player does

    def type(self, text: str, delay: float = 0.03) -> None:
        """Type `text` key by key, as a person does (no Enter)."""
        for key in text:
            self.child.send(key)
            self._pump(delay)

    def enter(self, text: str = "") -> None:
        self.type(text)
        self.child.send("\r")
        self._pump(0.1)

    def control(self, key: str) -> None:
        self.child.sendcontrol(key)
        self._pump(0.1)

    def finish(self, timeout: float = 30.0) -> int:
        """Wait for the game to end; its exit status."""
        deadline = time.monotonic() + timeout
        while self.child.isalive() and time.monotonic() < deadline:
            self._pump(0.1)
        self._pump(0.1)
        if self.child.isalive():
            self.child.terminate(force=True)
            raise AssertionError(f"the game did not end:\n{self.text()}")
        self.child.close()
        return int(self.child.exitstatus or 0)

    def _pump(self, seconds: float) -> bool:
        """Draw what the game printed for `seconds`; True if it printed anything."""
        deadline = time.monotonic() + seconds
        printed = False
        while not self.child.closed:
            try:
                data = self.child.read_nonblocking(65536, timeout=max(0.0, deadline - time.monotonic()))
            except (pexpect.TIMEOUT, pexpect.EOF):
                return printed
            self.stream.feed(data)
            printed = True
            if time.monotonic() >= deadline:
                return printed
        return printed
