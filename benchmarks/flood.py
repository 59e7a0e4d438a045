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
import time
from typing import Any

from harness import LagProbe, Rig, rig, rss_mib

WRONG = [
    "i think it was japan maybe", "Tokyo", "Disney", "1999", "no idea", "Kim Min-jun", "purple elephant",
    "is it busan", "hmm the nurse?", "Hulu", "definitely paris", "Park Seo-joon", "42", "blue", "lol",
]  # fmt: skip
SENTINEL = "!trivia help"


async def wait_for_reply(rig_: Rig, after: int, text: str, limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        _, messages = await rig_.sent(after)
        if any(text in m["content"] for m in messages):
            return
        await asyncio.sleep(0.005)
    raise TimeoutError(f"no reply containing {text!r}")


async def flood(rig_: Rig, count: int, rate: float) -> tuple[float, LagProbe]:
    channels, users = rig_.info["channels"], rig_.info["users"]
    body: dict[str, Any] = {"count": count, "contents": WRONG, "last": [channels[0], users[0], SENTINEL], "rate": rate}
    mark, _ = await rig_.sent()
    with LagProbe() as probe:
        start = time.perf_counter()
        async with rig_.http.post(f"{rig_.url}/_control/flood", json=body) as response:
            response.raise_for_status()
        await wait_for_reply(rig_, mark, "Trivia about", limit=300)
        elapsed = time.perf_counter() - start
    return (count + 1) / elapsed, probe


async def main(channels: int, guesses: int, rate: float) -> None:
    # enough players that no one starts more than 2 games (start has a cooldown of 3 per 10 s)
    async with rig("--channels", str(channels), "--players", str(max(20, channels // 2)), round_seconds=600) as rig_:
        idle = rss_mib()
        quiet_rate, quiet = await flood(rig_, guesses, rate)
        mark, _ = await rig_.sent()
        users = rig_.info["users"]
        for n, channel in enumerate(rig_.info["channels"]):
            await rig_.say(channel, users[n % len(users)], "!trivia start 50")
        # every game has posted its intro and first question (polling the fake's record)
        while (await rig_.sent(mark))[0] < mark + 2 * channels:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        with_games = rss_mib()
        busy_rate, busy = await flood(rig_, guesses, rate)
    q50, q99 = quiet.quantiles()
    b50, b99 = busy.quantiles()
    pace = f"paced at {rate:,.0f}/s" if rate else "as fast as the socket takes them"
    print(f"flood: {guesses:,} wrong guesses over {channels} channels, {pace}, then a sentinel command")
    rows = (("no game running", quiet_rate, q50, q99), (f"{channels} games", busy_rate, b50, b99))
    for label, rate_, p50, p99 in rows:
        print(f"  {label:<16} {rate_:>9,.0f} messages/s   loop lag p50 {p50:6.2f} ms  p99 {p99:6.2f} ms")
    print(f"  rate with games / without: {busy_rate / quiet_rate:.1%}")
    print(f"  resident memory: {idle:.1f} MiB idle, {with_games:.1f} MiB with {channels} games")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--channels", type=int, default=200)
    parser.add_argument("--guesses", type=int, default=20_000)
    parser.add_argument("--rate", type=float, default=0, help="messages per second; 0: as fast as possible")
    args = parser.parse_args()
    asyncio.run(main(args.channels, args.guesses, args.rate))
