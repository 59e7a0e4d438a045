"""A flood of wrong guesses into 200 running games, against the fake Discord.

    python benchmarks/flood.py [--channels 200] [--guesses 20000] [--repeat 3] [--rate 0] [--korean]
    python benchmarks/flood.py --judge-only [--guesses 20000] [--korean]

The fake Discord runs in its own process; the bot runs here, unmodified, with a
probe that measures how late the event loop wakes up (loop lag). The fake has twice
`--channels` channels: a game runs in one half, the other half stays idle. Floods of
`--guesses` distinct wrong guesses go alternately to the idle half (discord.py's
parsing and the listener's early exit) and to the playing half (every guess judged),
`--repeat` times each in the order idle, games, games, idle, ..., so that drift on a
shared machine falls on both sides. Each flood ends with a sentinel command whose
reply marks the end, and starts after a full garbage collection, so that every flood
finds the collector in the same state (a collection of the oldest generation takes
about 100 ms here, and would otherwise fall at random on either side).

Reports messages processed per second (median of the repeats), the ratio of the
two (the cost of judging), the bot process's CPU time per message and the ratio of
those (the same cost, less disturbed by other programs on a shared machine), the
same for the fastest flood of each kind (other programs only ever slow a flood
down, so the fastest is the least disturbed), the loop lag p50/p99 over all floods
of each kind, and the process's resident memory.
`--rate` paces the floods (messages per second) to see the loop lag at a given
load; 0 sends as fast as the socket takes them.
`--bursts` also reports the most gateway events discord.py handled in one loop step,
which bounds the loop lag from below whatever the bot does with the messages.

`--judge-only` starts no Discord: it times the judge alone, in this process, on the
same guesses, each against the next question of the bank in turn (the best and the
median of 7 passes, in microseconds per judgment).

`BENCHMARK_CHECKOUT=DIR` measures the bot of another checkout with this benchmark
(see checkout.py and alternate.py).

`--json-lib both` compares discord.py's JSON parsers in one run: the floods alternate
between orjson (what discord.py uses when its `speed` extra is installed, as here)
and the standard library's json, on both halves, so the two are measured side by
side on the same machine state. `--json-lib json` runs everything on the standard
library's parser.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import discord.utils
from harness import (
    ROOT,
    BurstProbe,
    Control,
    LagProbe,
    Rig,
    bot_processes,
    fake_server,
    postgres_database,
    rig,
    rss_mib,
)

from bot.core.bank import load_bank
from bot.core.judging import judge

SENTINEL = "!trivia help"
_OPENERS = ["", "", "", "i think", "maybe", "is it", "hmm", "definitely", "pretty sure it's", "no idea but"]
_WORDS = """
    japan tokyo disney hulu paris london busan incheon nurse surgeon pilot lawyer chef
    purple elephant blue green coffee pizza monday winter summer bicycle guitar robot
    kim min-jun park seo-joon lee min-ho song joong-ki hyun bin gong yoo choi woo-shik
    1999 2004 42 seventeen three hundred apple samsung kakao naver bts blackpink
    lol idk what wait huh nope yes no okay again sorry haha
""".split()


_OPENERS_KO = ["", "", "", "제 생각엔", "아마", "혹시", "음", "정답은", "확실히", "모르겠지만"]
_WORDS_KO = """
    일본 도쿄 디즈니 파리 런던 부산 인천 간호사 조종사 변호사 요리사 보라색 코끼리 파란색 커피 피자
    월요일 겨울 여름 자전거 기타 로봇 김민재 박서준 이민호 송중기 현빈 공유 최우식 삼성 카카오 네이버
    방탄소년단 블랙핑크 모르겠어요 ㅋㅋㅋ 헐 잠깐 뭐지 다시 미안 하하 2013년 아홉 편 3월 5일 17위
""".split()


def wrong_guesses(count: int, seed: int = 7, korean: bool = False) -> list[str]:
    """`count` distinct guesses that no question of the bank accepts (in Hangul, with
    `korean`).

    Distinct, so that nothing on the way (a cache, a warm regex) is measured instead
    of judging; wrong, so that no round ends and every guess goes through the judge.
    """
    rng = random.Random(seed)
    keys = [q.key for q in load_bank(ROOT / "questions.yaml").questions]
    openers, vocabulary = (_OPENERS_KO, _WORDS_KO) if korean else (_OPENERS, _WORDS)
    found: set[str] = set()
    while len(found) < count:
        words = rng.sample(vocabulary, rng.randint(1, 4))
        guess = " ".join([rng.choice(openers), *words]).strip()
        if rng.random() < 0.3:
            guess = guess.capitalize() + rng.choice(["?", "!", "...", " 🤔"])
        if guess not in found and not any(judge(guess, key).correct for key in keys):
            found.add(guess)
    return sorted(found, key=lambda _: rng.random())


def judge_alone(count: int, korean: bool) -> None:
    """The judge on the flood's guesses, each against the next question of the bank."""
    questions = load_bank(ROOT / "questions.yaml").questions
    guesses = wrong_guesses(count, korean=korean)
    pairs = [(guess, questions[n % len(questions)].key) for n, guess in enumerate(guesses)]
    passes = []
    for _ in range(7):
        gc.collect()
        start = time.perf_counter()
        for guess, key in pairs:
            judge(guess, key)
        passes.append((time.perf_counter() - start) / len(pairs))
    language = " in Hangul" if korean else ""
    best, median = min(passes) * 1e6, statistics.median(passes) * 1e6
    print(f"judge alone: {count:,} distinct wrong guesses{language}, each against the next of {len(questions)}")
    print(f"  questions: {best:.2f} us per judgment (best of 7 passes), median {median:.2f} us")


async def flood(
    rig_: Rig, channels: list[int], guesses: list[str], rate: float, user: int
) -> tuple[float, float, LagProbe]:
    """Send `guesses` over `channels`, then the sentinel; messages per second, the bot
    process's CPU seconds per message, and the lag."""
    await prepare(rig_, channels, guesses, [[channels[0], user, SENTINEL]])
    gc.collect()
    with LagProbe() as probe:
        cpu = time.process_time()
        per_second = await timed_flood(rig_, len(guesses), rate, 1)
        cpu = time.process_time() - cpu
    return per_second, cpu / (len(guesses) + 1), probe


async def prepare(control: Control, channels: list[int], guesses: list[str], sentinels: list[list[Any]]) -> None:
    """Have the fake encode a flood of `guesses` over `channels`, then one sentinel command
    per shard, before any clock starts: encoding costs the fake more than sending."""
    body = {"count": len(guesses), "contents": guesses, "channels": channels, "last": sentinels}
    await control.prepare_flood(body)


async def timed_flood(control: Control, guesses: int, rate: float, sentinels: int) -> float:
    """Send the prepared flood; the messages handled per second, from the moment the fake
    started sending until the last sentinel's reply reached it, both on the fake's clock."""
    mark, _ = await control.sent()
    started = await control.flood(rate)
    replied = await control.wait_for(mark, "Trivia about", count=sentinels)
    return (guesses + sentinels) / (max(replied) - started)


async def start_games(rig_: Control, channels: list[int]) -> None:
    mark, _ = await rig_.sent()
    users = rig_.info["users"]
    for n, channel in enumerate(channels):
        await rig_.say(channel, users[n % len(users)], "!trivia start 50")
    # every game has posted its intro and first question
    await rig_.wait_for(mark, "**Question 1/", count=len(channels))  # the rotation may make some shorter


PARSERS: dict[str, Any] = {"orjson": discord.utils._from_json, "json": json.loads}


def use_parser(name: str) -> None:
    """The JSON parser discord.py's gateway uses for each event (looked up per call)."""
    if name == "orjson" and not discord.utils.HAS_ORJSON:
        raise SystemExit("orjson is not installed: pip install 'discord.py[speed]'")
    discord.utils._from_json = PARSERS[name]  # type: ignore[attr-defined]


async def main(
    channels: int, count: int, repeat: int, rate: float, bursts: bool, json_lib: str, korean: bool = False
) -> None:
    if json_lib != "orjson":
        use_parser("json")
    if json_lib == "both":
        await compare_parsers(channels, count, repeat, rate)
        return
    guesses = wrong_guesses(count, korean=korean)
    # enough players that no one starts more than 2 games or asks for help twice in
    # 10 s (start has a cooldown of 3 per 10 s, help 1 per 10 s)
    async with rig("--channels", str(2 * channels), "--players", str(max(40, channels)), round_seconds=600) as rig_:
        idle_rss = rss_mib()
        all_channels, users = rig_.info["channels"], rig_.info["users"]
        playing, idle = all_channels[:channels], all_channels[channels:]
        await start_games(rig_, playing)
        games_rss = rss_mib()
        rates: dict[str, list[float]] = {"idle": [], "games": []}
        cpu: dict[str, list[float]] = {"idle": [], "games": []}
        lag: dict[str, list[float]] = {"idle": [], "games": []}
        # a first, unmeasured flood into both halves: one-time costs (first judgments,
        # allocator growth) would otherwise fall on whichever kind comes first
        for n, half in enumerate((idle, playing)):  # each flood's sentinel from a new player (help's cooldown)
            await flood(rig_, half, guesses[: count // 10], rate, users[-2 * repeat - 1 - n])
        order = [kind for n in range(repeat) for kind in (("idle", "games") if n % 2 == 0 else ("games", "idle"))]
        with BurstProbe() if bursts else contextlib.nullcontext() as burst_probe:
            for n, kind in enumerate(order):
                target = playing if kind == "games" else idle
                per_second, cpu_per_message, probe = await flood(rig_, target, guesses, rate, users[-1 - n])
                rates[kind].append(per_second)
                cpu[kind].append(cpu_per_message)
                lag[kind].extend(probe.samples)
        ratios = [g / i for g, i in zip(rates["games"], rates["idle"], strict=True)]
    pace = f"paced at {rate:,.0f}/s" if rate else "as fast as the socket takes them"
    language = " in Hangul" if korean else ""
    print(f"flood: {count:,} distinct wrong guesses{language}, {repeat} times into {channels} idle channels and")
    print(f"       {repeat} times into {channels} channels with a game running, {pace}")
    for kind, label in (("idle", "no game running"), ("games", f"{channels} games")):
        p50, p99 = LagProbe.quantiles_of(lag[kind])
        print(
            f"  {label:<16} {statistics.median(rates[kind]):>9,.0f} messages/s (median)"
            f"   loop lag p50 {p50:6.2f} ms  p99 {p99:6.2f} ms"
        )
    ratio = statistics.median(rates["games"]) / statistics.median(rates["idle"])
    print(f"  rate with games / without: {ratio:.1%} (pairs: {', '.join(f'{r:.1%}' for r in ratios)})")
    idle_cpu, games_cpu = statistics.median(cpu["idle"]), statistics.median(cpu["games"])
    print(
        f"  the bot's CPU per message: {idle_cpu * 1e6:.0f} us idle, {games_cpu * 1e6:.0f} us with games;"
        f" CPU ratio {idle_cpu / games_cpu:.1%} (what the rate ratio is on an unshared core)"
    )
    fastest_idle, fastest_games = min(cpu["idle"]), min(cpu["games"])
    print(
        f"  the fastest flood of each kind: {fastest_idle * 1e6:.0f} us idle, {fastest_games * 1e6:.0f} us with games;"
        f" CPU ratio {fastest_idle / fastest_games:.1%} (the least disturbed by other programs)"
    )
    print(f"  resident memory: {idle_rss:.1f} MiB idle, {games_rss:.1f} MiB with {channels} games")
    if burst_probe is not None:
        events, ms = burst_probe.largest()
        print(f"  most gateway events handled in one loop step: {events} ({ms:.1f} ms)")


async def compare_parsers(channels: int, count: int, repeat: int, rate: float) -> None:
    """orjson against json, alternating flood by flood (orjson, json, json, orjson, ...)."""
    guesses = wrong_guesses(count)
    async with rig("--channels", str(2 * channels), "--players", str(max(40, channels)), round_seconds=600) as rig_:
        all_channels, users = rig_.info["channels"], rig_.info["users"]
        playing, idle = all_channels[:channels], all_channels[channels:]
        await start_games(rig_, playing)
        for n, half in enumerate((idle, playing)):  # warm-up, unmeasured
            await flood(rig_, half, guesses[: count // 10], rate, users[-4 * repeat - 1 - n])
        runs = {(lib, kind): ([], []) for lib in PARSERS for kind in ("idle", "games")}  # rates, lag samples
        order = [lib for n in range(repeat) for lib in (("orjson", "json") if n % 2 == 0 else ("json", "orjson"))]
        n = 0
        for lib in order:
            use_parser(lib)
            for kind, target in (("idle", idle), ("games", playing)):
                per_second, _, probe = await flood(rig_, target, guesses, rate, users[-1 - n])
                n += 1
                runs[lib, kind][0].append(per_second)
                runs[lib, kind][1].extend(probe.samples)
    print(f"flood: {count:,} distinct wrong guesses, {repeat} times per parser into {channels} idle channels")
    print(f"       and into {channels} channels with a game running, parsers alternating in one run")
    for kind, label in (("idle", "no game running"), ("games", f"{channels} games")):
        for lib in PARSERS:
            rates, samples = runs[lib, kind]
            p50, p99 = LagProbe.quantiles_of(samples)
            print(
                f"  {label:<16} {lib:<7} {statistics.median(rates):>9,.0f} messages/s (median)"
                f"   loop lag p50 {p50:6.2f} ms  p99 {p99:6.2f} ms"
            )
        gain = statistics.median(runs["orjson", kind][0]) / statistics.median(runs["json", kind][0])
        print(f"  {label:<16} orjson / json: {gain:.2f}x")


async def compare_processes(processes: int, channels: int, count: int, repeat: int, floods: int, db: str) -> None:
    """N processes with one shard each against one process with all N shards, alternating
    (one, N, N, one, ...), `repeat` times each; every time, `--channels` games across N
    servers (one per shard), a warm-up flood, then `floods` measured floods of wrong
    guesses into the games, each ended by one sentinel per server."""
    if db == "postgres":
        async with postgres_database() as url:
            await compare_processes(processes, channels, count, repeat, floods, url)
        return
    ceilings = [await parallel_ceiling(processes)]
    guesses = wrong_guesses(count)
    server_args = ("--guilds", str(processes), "--channels", str(channels // processes), "--spread", str(processes))
    async with fake_server(*server_args, "--players", str(max(40, channels))) as control:
        layouts = {"one": [None], "many": [str(shard) for shard in range(processes)]}
        rates: dict[str, list[float]] = {"one": [], "many": []}
        cpu: dict[str, list[list[float]]] = {"one": [], "many": []}
        order = [kind for n in range(repeat) for kind in (("one", "many") if n % 2 == 0 else ("many", "one"))]
        users: list[int] = control.info["users"]
        sentinel_users = iter(users[::-1])
        with tempfile.TemporaryDirectory() as folder:
            for run, kind in enumerate(order):
                location = db or str(Path(folder) / f"run-{run}.db")
                settings = {"TRIVIA_ROUND_SECONDS": "600", "TRIVIA_PAUSE_SECONDS": "0"}
                async with bot_processes(control, processes, layouts[kind], location, Path(folder), **settings) as bots:
                    await start_games(control, control.info["channels"])
                    ceilings.append(await parallel_ceiling(processes, repeat=1))  # the bots idle meanwhile
                    servers = _by_server(control)
                    for n in range(floods + 1):  # the first: a warm-up, unmeasured
                        sentinels = [[server[n % len(server)], next(sentinel_users), SENTINEL] for server in servers]
                        batch = guesses if n else guesses[: count // 10]
                        await prepare(control, control.info["channels"], batch, sentinels)
                        before = [bot.cpu_seconds() for bot in bots]
                        per_second = await timed_flood(control, len(batch), 0, len(sentinels))
                        if n:
                            rates[kind].append(per_second)
                            cpu[kind].append([bot.cpu_seconds() - b for bot, b in zip(bots, before, strict=True)])
        stats = await control.stats()
    ceilings.append(await parallel_ceiling(processes))
    one, many = statistics.median(rates["one"]), statistics.median(rates["many"])
    print(f"flood: {count:,} distinct wrong guesses into {channels} games in {processes} servers (one per shard),")
    print(f"       {repeat * floods} floods each: {processes} processes of 1 shard, 1 process of {processes} shards,")
    print(f"       alternating; the bots run as `python -m bot` processes, on {'PostgreSQL' if db else 'SQLite'}")
    print(f"  1 process, {processes} shards:   {one:>9,.0f} messages/s (median; {_listed(rates['one'])})")
    print(f"  {processes} processes, 1 shard each: {many:>9,.0f} messages/s (median; {_listed(rates['many'])})")
    print(f"  {processes} processes / 1 process: {many / one:.2f}x")
    for kind, label in (("one", "1 process"), ("many", f"{processes} processes")):
        shares = [f"{sum(seconds) / len(cpu[kind]):.2f}" for seconds in zip(*cpu[kind], strict=True)]
        print(f"  CPU seconds a flood, {label}: {', '.join(shares)}")
    print(
        f"  the machine itself, the ceiling of that ratio: {processes} processes of plain Python did"
        f" {statistics.median(ceilings):.2f}x the work of one (median; before the run, at each start, after:"
        f" {', '.join(f'{c:.2f}' for c in ceilings)})"
    )
    served = stats["global_rate_limit_violations"], stats["rate_limit_violations"]
    print(f"  429s served by the fake over the whole run: {served[0]} global, {served[1]} per channel")


_SPIN = "n = 0\nfor i in range(8_000_000):\n    n += i"


async def parallel_ceiling(processes: int, repeat: int = 3) -> float:
    """How much more work `processes` CPU-bound Python processes do at once than one alone
    (the median of `repeat` pairs, one alone then all at once): on a machine whose cores
    are shared, often well under `processes`."""
    ratios = []
    for _ in range(repeat):
        alone = await _spin(1)
        together = await _spin(processes)
        ratios.append(processes * alone / together)
    return statistics.median(ratios)


async def _spin(processes: int) -> float:
    start = time.perf_counter()
    spinners = [await asyncio.create_subprocess_exec(sys.executable, "-c", _SPIN) for _ in range(processes)]
    await asyncio.gather(*(spinner.wait() for spinner in spinners))
    return time.perf_counter() - start


def _by_server(control: Control) -> list[list[int]]:
    """The channels of each server (the fake lists them server by server)."""
    channels: list[int] = control.info["channels"]
    per_server = len(channels) // len(control.info["guilds"])
    return [channels[n : n + per_server] for n in range(0, len(channels), per_server)]


def _listed(rates: list[float]) -> str:
    return ", ".join(f"{rate:,.0f}" for rate in rates)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--channels", type=int, default=200, help="channels with a game (as many stay idle)")
    parser.add_argument("--guesses", type=int, default=20_000, help="messages per flood")
    parser.add_argument("--repeat", type=int, default=3, help="floods of each kind")
    parser.add_argument("--rate", type=float, default=0, help="messages per second; 0: as fast as possible")
    parser.add_argument("--bursts", action="store_true", help="also count gateway events per loop step")
    parser.add_argument("--korean", action="store_true", help="guesses in Hangul (judged by the Korean rules)")
    parser.add_argument("--judge-only", action="store_true", help="time the judge alone on the guesses, no Discord")
    parser.add_argument(
        "--json-lib", choices=("orjson", "json", "both"), default="orjson", help="discord.py's JSON parser"
    )
    parser.add_argument(
        "--processes", type=int, default=0, help="N: N processes of one shard each against one process of N shards"
    )
    parser.add_argument("--floods", type=int, default=2, help="with --processes: measured floods per start")
    parser.add_argument("--db", default="", help="with --processes: TRIVIA_DB (default: a new SQLite file)")
    parser.add_argument("--postgres", action="store_true", help="with --processes: on a throwaway PostgreSQL")
    args = parser.parse_args()
    if args.judge_only:
        judge_alone(args.guesses, args.korean)
    elif args.processes:
        db = "postgres" if args.postgres else args.db
        asyncio.run(compare_processes(args.processes, args.channels, args.guesses, args.repeat, args.floods, db))
    else:
        asyncio.run(main(args.channels, args.guesses, args.repeat, args.rate, args.bursts, args.json_lib, args.korean))
