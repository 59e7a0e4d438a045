"""Small helpers for asynchronous tests."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def eventually(predicate: Callable[[], object], timeout: float = 5.0, what: str = "condition") -> None:
    """Wait (in real time, polling) until `predicate()` is true; fail after `timeout`.

    Work that crosses a thread (the SQLite worker) cannot be awaited step by step
    from a test, so tests wait for its visible effect instead of sleeping blindly.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.002)
