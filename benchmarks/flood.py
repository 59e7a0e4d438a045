"""A flood of wrong guesses into 200 running games, against the fake Discord.

    python benchmarks/flood.py [--channels 200] [--guesses 20000] [--rate 0]

The fake Discord runs in its own process; the bot runs here, unmodified, with a
probe that measures how late the event loop wakes up (loop lag). Two floods of the
same wrong guesses, spread over the channels, each followed by a sentinel command
whose reply marks the end:
  1. with no game running (discord.py parsing and the listener's early exit), then
  2. with a game running in every channel (every guess judged).
Reports messages processed per second in both, their ratio (the cost of judging),
loop lag p50/p99 during each flood, and the process's resident memory. `--rate`
paces the flood (messages per second) to see the loop lag at a given load; 0 sends
as fast as the socket takes them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import discord
import yarl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.client import TriviaBot  # noqa: E402
from bot.core.questions import load_bank  # noqa: E402
from bot.core.store import AsyncScoreStore  # noqa: E402
from bot.settings import Settings  # noqa: E402

WRONG = [
    "i think it was japan maybe", "Tokyo", "Disney", "1999", "no idea", "Kim Min-jun", "purple elephant",
    "is it busan", "hmm the nurse?", "Hulu", "definitely paris", "Park Seo-joon", "42", "blue", "lol",
]  # fmt: skip
SENTINEL = "!trivia help"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class LagProbe:
    """Sleeps 5 ms at a time and records how much later than asked the loop woke it."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(0.005)
            self.samples.append(loop.time() - start - 0.005)

    def __enter__(self) -> LagProbe:
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()

    def quantiles(self) -> tuple[float, float]:
        cuts = statistics.quantiles(self.samples, n=100)
        return cuts[49] * 1000, cuts[98] * 1000


async def wait_for_reply(http: aiohttp.ClientSession, url: str, after: int, text: str, limit: float) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        async with http.get(f"{url}/_control/sent", params={"after": str(after)}) as response:
            data = await response.json()
        if any(text in m["content"] for m in data["messages"]):
            return int(data["total"])
        await asyncio.sleep(0.005)
    raise TimeoutError(f"no reply containing {text!r}")


async def sent_total(http: aiohttp.ClientSession, url: str) -> int:
    async with http.get(f"{url}/_control/sent", params={"after": "0"}) as response:
        return int((await response.json())["total"])


async def flood(
    http: aiohttp.ClientSession, info: dict[str, list[int] | str], count: int, rate: float
) -> tuple[float, LagProbe]:
    channels, users = info["channels"], info["users"]
    assert isinstance(channels, list) and isinstance(users, list)
    body = {"count": count, "contents": WRONG, "last": [channels[0], users[0], SENTINEL], "rate": rate}
    mark = await sent_total(http, str(info["url"]))
    with LagProbe() as probe:
        start = time.perf_counter()
        async with http.post(f"{info['url']}/_control/flood", json=body) as response:
            response.raise_for_status()
        await wait_for_reply(http, str(info["url"]), mark, "Trivia about", limit=300)
        elapsed = time.perf_counter() - start
    return (count + 1) / elapsed, probe


async def main(channels: int, guesses: int, rate: float) -> None:
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.e2e.fake_server", "--channels", str(channels),
        cwd=ROOT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert server.stdout is not None
    info = json.loads(await server.stdout.readline())
    url = info["url"]
    discord.http.Route.BASE = f"{url}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url.replace("http://", "ws://") + "/gateway")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            token="fake-token", db_path=Path(tmp) / "bench.db", round_seconds=600, pause_seconds=0, sync_commands=False
        )
        store = await AsyncScoreStore(settings.db_path).open()
        bot = TriviaBot(settings, load_bank(settings.questions_path), store, guild_ready_timeout=0.05)
        await bot.login("fake-token")
        runner = asyncio.create_task(bot.connect())
        await bot.wait_until_ready()
        try:
            async with aiohttp.ClientSession() as http:
                idle = rss_mib()
                quiet_rate, quiet = await flood(http, info, guesses, rate)
                mark = await sent_total(http, url)
                for channel in info["channels"]:
                    body = {"channel": channel, "user": info["users"][0], "content": "!trivia start 50"}
                    async with http.post(f"{url}/_control/say", json=body):
                        pass
                # every game has posted its intro and first question (polling the fake's record)
                while await sent_total(http, url) < mark + 2 * channels:  # noqa: ASYNC110
                    await asyncio.sleep(0.05)
                with_games = rss_mib()
                busy_rate, busy = await flood(http, info, guesses, rate)
        finally:
            await bot.close()
            await runner
            server.kill()
            await server.wait()
    q50, q99 = quiet.quantiles()
    b50, b99 = busy.quantiles()
    pace = f"paced at {rate:,.0f}/s" if rate else "as fast as the socket takes them"
    print(f"flood: {guesses:,} wrong guesses over {channels} channels, {pace}, then a sentinel command")
    rows = (("no game running", quiet_rate, q50, q99), (f"{channels} games", busy_rate, b50, b99))
    for label, rate, p50, p99 in rows:
        print(f"  {label:<16} {rate:>9,.0f} messages/s   loop lag p50 {p50:6.2f} ms  p99 {p99:6.2f} ms")
    print(f"  rate with games / without: {busy_rate / quiet_rate:.1%}")
    print(f"  resident memory: {idle:.1f} MiB idle, {with_games:.1f} MiB with {channels} games")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--channels", type=int, default=200)
    parser.add_argument("--guesses", type=int, default=20_000)
    parser.add_argument("--rate", type=float, default=0, help="messages per second; 0: as fast as possible")
    args = parser.parse_args()
    asyncio.run(main(args.channels, args.guesses, args.rate))
