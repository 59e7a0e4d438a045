"""Question packs: how soon an uploaded pack is ready, and what packs cost in memory.

    python benchmarks/packs.py [--servers 100] [--packs 25] [--questions 500] [--playing 50]
                               [--upload 2000] [--cache 10000] [--repeat 3] [--quick]

In one run, on a real SQLite store in a temporary folder, with the bot's own bank loaded:

* upload to ready: a pack of `--upload` questions, in this project's format and as a
  Red trivia list, from its bytes to stored and playable (`PackLibrary.add`: parse off
  the event loop, validate, store), then the same pack read cold from the store by a
  fresh library (a restart), and a game's draw from it;
* memory: `--servers` servers each store `--packs` packs of `--questions` questions;
  then `--playing` of them each start a game on three of their packs, and the games are
  kept as running games are. The resident memory (VmRSS) is printed against the bot's
  own bank alone: after storing every pack, and as the servers start playing, with the
  cache of `--cache` questions (TRIVIA_PACK_CACHE).

Figures in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bank_load import generate  # noqa: E402
from harness import rss_mib  # noqa: E402

from bot.core.bank import load_bank, questions_as_shown, read_pack  # noqa: E402
from bot.core.game import DEFAULT_CACHE_SIZE, Game, PackLibrary, Player, draw_for, info_of  # noqa: E402
from bot.core.store import store_at  # noqa: E402


def red_list(count: int, seed: int) -> str:
    """A Red trivia list of `count` questions, answers as Red lists write them."""
    rng = random.Random(seed)
    lines = ["AUTHOR: Benchmark", "CONFIG:", "  delay: 20"]
    for n in range(count):
        answer = rng.choice(["365", "Seoul", "Barack Obama", "March 3", "trauma center"])
        lines += [f'"Generated question {n} about case {rng.randint(1, 10**6)}?":', f"- {answer} {n}", f"- alt {n}"]
    return "\n".join(lines) + "\n"


async def upload_to_ready(library: PackLibrary, store_path: Path, count: int, repeat: int) -> None:
    print(f"upload to ready, a pack of {count:,} questions, best and worst of {repeat}:")
    formats = (
        ("this project's format", "big", generate(count, seed=7)),
        ("a Red trivia list", "big-red", red_list(count, 7)),
    )
    for label, name, source in formats:
        data = source.encode()
        ready, cold = [], []
        for attempt in range(repeat):
            start = time.perf_counter()
            added = await library.add(1, f"{name}-{attempt}", data, f"{name}.yaml", uploaded_by=1)
            ready.append(time.perf_counter() - start)
            assert len(added.bank) == count
            cold_store = await store_at(store_path).open()
            try:
                start = time.perf_counter()
                bank = await PackLibrary(cold_store).bank(1, f"{name}-{attempt}")
                assert bank is not None
                drawn = await draw_for(cold_store, 1, bank.questions, 10, random.Random(1), bank.conflicts)
                cold.append(time.perf_counter() - start)
            finally:
                await cold_store.close()
            assert len(drawn) == 10
        print(
            f"  {label:<22} {len(data) / 1024:4.0f} KiB: stored and ready"
            f" {min(ready) * 1000:5.0f} / {max(ready) * 1000:5.0f} ms;"
            f" read back cold (a restart) and drawn {min(cold) * 1000:5.0f} / {max(cold) * 1000:5.0f} ms"
        )


async def memory(args: argparse.Namespace, store_path: Path, baseline: float) -> None:
    store = await store_at(store_path).open()
    library = PackLibrary(store, cache_size=args.cache)
    sources = [generate(args.questions, seed=100 + n).encode() for n in range(args.packs)]
    shape = read_pack(sources[0], "pack0", "p.yaml")  # every generated pack has its questions and categories
    infos = [info_of(shape, f"pack{n}", "p.yaml", data, 1, 0) for n, data in enumerate(sources)]
    del shape
    start = time.perf_counter()
    for guild in range(1000, 1000 + args.servers):
        for info, data in zip(infos, sources, strict=True):
            assert await store.put_pack(guild, info, data, limit=args.packs)
    stored = args.servers * args.packs
    gc.collect()
    after_store = rss_mib()
    size = sum(map(len, sources)) * args.servers / 2**20
    print(
        f"memory: {args.servers} servers x {args.packs} packs x {args.questions} questions stored"
        f" ({stored:,} packs, {size:,.0f} MiB of files) in {time.perf_counter() - start:.1f} s"
    )
    print(f"  the bot's own bank alone:            {baseline:7.1f} MiB")
    print(f"  every pack stored, none parsed:      {after_store:7.1f} MiB ({after_store / baseline:.2f}x)")
    rng = random.Random(5)
    games: list[Game] = []  # kept, as running games are
    step = max(1, args.playing // 5)
    start = time.perf_counter()
    for n, guild in enumerate(range(1000, 1000 + args.playing), start=1):
        for pack in rng.sample(range(args.packs), 3):
            bank = await library.bank(guild, f"pack{pack}")
            assert bank is not None
            drawn = await draw_for(store, guild, bank.questions, 10, rng, bank.conflicts)
            shown, options = questions_as_shown(drawn, bank.questions, rng, "en", with_options=True)
            games.append(Game(questions=shown, options=options, started_by=Player(1, "p")))
        if n % step == 0 or n == args.playing:
            gc.collect()
            now = rss_mib()
            print(
                f"  {n:3} servers playing, {len(games):3} games, {len(library.cache):3} packs"
                f" ({library.cache.questions:,} questions) cached:"
                f" {now:7.1f} MiB ({now / baseline:.2f}x)"
            )
    per_game = (time.perf_counter() - start) / len(games)
    print(f"  a game's start on a pack, cache misses included: {per_game * 1000:.0f} ms on average")
    await store.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--servers", type=int, default=100)
    parser.add_argument("--packs", type=int, default=25)
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--playing", type=int, default=50)
    parser.add_argument("--upload", type=int, default=2000)
    parser.add_argument("--cache", type=int, default=DEFAULT_CACHE_SIZE, help="questions (TRIVIA_PACK_CACHE)")
    parser.add_argument("--repeat", type=int, default=3, help="uploads of each format")
    parser.add_argument("--quick", action="store_true", help="small figures, for CI: that it runs")
    args = parser.parse_args()
    if args.quick:
        args.servers, args.packs, args.questions, args.playing, args.upload, args.cache = 6, 4, 60, 4, 300, 240
        args.repeat = 1
    bank = load_bank(ROOT / "questions.yaml")
    gc.collect()
    baseline = rss_mib()
    print(f"the bot's own bank: {len(bank)} questions")
    with tempfile.TemporaryDirectory() as folder:
        await memory(args, Path(folder) / "servers.db", baseline)  # first: nothing else has grown the heap
        path = Path(folder) / "upload.db"
        store = await store_at(path).open()
        try:
            await upload_to_ready(PackLibrary(store), path, args.upload, args.repeat)
        finally:
            await store.close()


if __name__ == "__main__":
    asyncio.run(main())
