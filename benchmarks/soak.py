"""A soak run: hundreds of games in many servers for minutes, against the fake Discord.

    python benchmarks/soak.py [--guilds 50] [--channels 10] [--minutes 10]

Every channel plays game after game; simulated players answer each question at a
random moment, right or wrong. When the time is up no new game starts, the running
ones finish, and the run reports what must hold after months in busy servers:
  points announced == points stored, no asyncio task left behind, resident memory
  before and after, and the event loop's lag (p50/p99) over the whole run.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import time

from harness import LagProbe, Rig, rig, rss_mib

from bot.core.questions import load_bank
from bot.settings import Settings

WRONG = ["no idea", "Tokyo", "1999", "Kim Min-jun", "is it busan", "Hulu"]
END_MARKERS = ("That's the last question", "The game was stopped", "in a row, so the game is over", "ended because")


class Channels:
    """What the players see in each channel: the open question, if any, and whether a game runs."""

    def __init__(self, channels: list[int]) -> None:
        self.question: dict[int, str | None] = dict.fromkeys(channels)
        self.running: dict[int, bool] = dict.fromkeys(channels, False)
        self.announced = 0
        self.seen = 0

    async def update(self, rig_: Rig) -> None:
        total, messages = await rig_.sent(self.seen)
        self.seen = total
        for message in messages:
            channel, text = message["channel"], message["content"]
            if text.startswith("**Question"):
                self.question[channel] = text.split("\n", 1)[1]
            elif "got it!" in text or text.startswith(("⏰", "⏭️", "⏹️")):
                self.question[channel] = None
                self.announced += "got it!" in text and "could not be saved" not in text
            # A start sent the instant the previous game's standings appear can find that game
            # still finishing (its channel is freed once the post returns): try again later.
            if any(marker in text for marker in END_MARKERS) or "already running" in text:
                self.running[channel] = False


async def play(rig_: Rig, minutes: float, seed: int) -> Channels:
    rng = random.Random(seed)
    answers = {q.text: q.answer for q in load_bank(Settings().questions_path)}
    users: list[int] = rig_.info["users"]
    state = Channels(rig_.info["channels"])
    deadline = time.monotonic() + minutes * 60
    shown = time.monotonic()
    while time.monotonic() < deadline or any(state.running.values()):
        await state.update(rig_)
        for channel, running in state.running.items():
            if not running and time.monotonic() < deadline:
                state.running[channel] = True
                await rig_.say(channel, rng.choice(users), "!trivia start 5")
            question = state.question[channel]
            if question and time.monotonic() < deadline and rng.random() < 0.15:  # about one try a second
                guess = answers[question] if rng.random() < 0.5 else rng.choice(WRONG)
                await rig_.say(channel, rng.choice(users), guess)
        await asyncio.sleep(0.2)
        if time.monotonic() - shown > 30:
            shown = time.monotonic()
            live = len(rig_.bot.get_cog("Trivia").sessions)  # type: ignore[union-attr]
            print(f"  ... {live} games running, {state.announced:,} points, {rss_mib():.1f} MiB", flush=True)
    await asyncio.sleep(1)
    await state.update(rig_)
    return state


async def main(guilds: int, channels: int, minutes: float) -> None:
    server = ("--guilds", str(guilds), "--channels", str(channels), "--players", "200")
    async with rig(*server, round_seconds=8, pause_seconds=1) as rig_:
        await asyncio.sleep(0.5)
        tasks_before, rss_before = len(asyncio.all_tasks()), rss_mib()
        with LagProbe() as probe:
            state = await play(rig_, minutes, seed=1)
        await asyncio.sleep(0.1)  # let the cancelled probe task finish before counting tasks
        cog = rig_.bot.get_cog("Trivia")
        running = len(cog.sessions) if cog is not None else -1  # type: ignore[attr-defined]
        tasks_after, rss_after = len(asyncio.all_tasks()), rss_mib()
        with sqlite3.connect(rig_.db_path) as db:
            stored, games = db.execute(
                "SELECT (SELECT COALESCE(SUM(points), 0) FROM correct_answers), (SELECT COUNT(*) FROM games)"
            ).fetchone()
    p50, p99 = probe.quantiles()
    print(f"soak: {guilds * channels} channels in {guilds} guilds, {minutes:g} min, {games:,} games played")
    verdict = "equal" if state.announced == stored else "DIFFERENT"
    print(f"  points announced {state.announced:,}, points stored {stored:,}: {verdict}")
    print(f"  games still running after the end: {running}; asyncio tasks before {tasks_before}, after {tasks_after}")
    print(f"  resident memory: {rss_before:.1f} MiB before, {rss_after:.1f} MiB after all games ended")
    print(f"  loop lag over the run: p50 {p50:.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--guilds", type=int, default=50)
    parser.add_argument("--channels", type=int, default=10, help="per guild")
    parser.add_argument("--minutes", type=float, default=10)
    args = parser.parse_args()
    asyncio.run(main(args.guilds, args.channels, args.minutes))
