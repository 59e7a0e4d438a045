"""This checkout against another, in one run: the flood and the judge alone, alternating.

    python benchmarks/alternate.py --against DIR [--rounds 3] [--repeat 3] [--guesses 20000]

Ratios measured on different days cannot be compared on a shared machine, so each
round runs this benchmark folder's flood.py against the other checkout's bot
(BENCHMARK_CHECKOUT=DIR, with DIR/.venv/bin/python) and then against this one's,
in English and then in Hangul: other English, this English, other Hangul, this
Hangul. Each run is a separate process, as `python benchmarks/flood.py` is. Then the
judge alone (`flood.py --judge-only`), alternating the same way.

Prints each run's figures as they come, then the median of the rounds: the rate
ratio (messages per second with 200 games over without), the bot's CPU per message
without and with games, and their ratio (what the rate ratio would be on an unshared
core).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOD = HERE / "flood.py"
_RATE = re.compile(r"rate with games / without: ([\d.]+)%")
_CPU = re.compile(r"CPU per message: (\d+) us idle, (\d+) us with games; CPU ratio ([\d.]+)%")
_RATES = re.compile(r"^\s+(?:no game running|\d+ games)\s+([\d,]+) messages/s", re.MULTILINE)
_FASTEST = re.compile(r"fastest flood of each kind: (\d+) us idle, (\d+) us with games; CPU ratio ([\d.]+)%")
_ALONE = re.compile(r"([\d.]+) us per judgment \(best of 7 passes\), median ([\d.]+) us")


def run(checkout: Path | None, *options: str) -> str:
    """flood.py with `options`, against `checkout`'s bot (None: this one's)."""
    env = dict(os.environ)
    python = sys.executable
    if checkout is not None:
        env["BENCHMARK_CHECKOUT"] = str(checkout)
        python = str(checkout / ".venv" / "bin" / "python")
    done = subprocess.run([python, str(FLOOD), *options], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def flood_figures(output: str) -> dict[str, float]:
    rate, cpu, fastest = _RATE.search(output), _CPU.search(output), _FASTEST.search(output)
    rates = _RATES.findall(output)
    if rate is None or cpu is None or fastest is None or len(rates) != 2:
        raise SystemExit(f"unexpected output of flood.py:\n{output}")
    idle_rate, games_rate = (float(r.replace(",", "")) for r in rates)
    return {
        "rate ratio": float(rate.group(1)),
        "idle us": float(cpu.group(1)),
        "games us": float(cpu.group(2)),
        "CPU ratio": float(cpu.group(3)),
        "fastest ratio": float(fastest.group(3)),
        "idle msg/s": idle_rate,
        "games msg/s": games_rate,
    }


def show(figures: dict[str, float]) -> str:
    cpu = f"{figures['idle us']:.0f} -> {figures['games us']:.0f} us"
    rates = f"{figures['idle msg/s']:,.0f} / {figures['games msg/s']:,.0f} msg/s"
    ratios = f"rate ratio {figures['rate ratio']:5.1f}%, CPU ratio {figures['CPU ratio']:5.1f}%"
    ratios += f" (fastest floods {figures['fastest ratio']:5.1f}%)"
    return f"{ratios}  CPU/message {cpu}  ({rates})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, required=True, help="the other checkout, with its own .venv")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="floods of each kind per run (flood.py --repeat)")
    parser.add_argument("--guesses", type=int, default=20_000)
    args = parser.parse_args()
    other = args.against.resolve()
    sides = {"other": other, "this": None}
    names = {"other": str(other), "this": str(HERE.parent)}
    languages = {"English": [], "Hangul": ["--korean"]}
    size = ["--guesses", str(args.guesses)]
    floods: dict[tuple[str, str], list[dict[str, float]]] = {}
    print(f"other: {names['other']}\nthis:  {names['this']}")
    for round_ in range(1, args.rounds + 1):
        for language, flag in languages.items():
            for side, checkout in sides.items():
                figures = flood_figures(run(checkout, *flag, *size, "--repeat", str(args.repeat)))
                floods.setdefault((language, side), []).append(figures)
                print(f"round {round_}  {language:<7} {side:<5} {show(figures)}", flush=True)
    alone: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for round_ in range(1, args.rounds + 1):
        for language, flag in languages.items():
            for side, checkout in sides.items():
                found = _ALONE.search(run(checkout, "--judge-only", *flag, *size))
                assert found is not None
                alone.setdefault((language, side), []).append((float(found.group(1)), float(found.group(2))))
                best, median = alone[language, side][-1]
                print(f"round {round_}  {language:<7} {side:<5} judge alone {best:.2f} us (median {median:.2f})")
    print(f"\nmedians of {args.rounds} rounds:")
    for language in languages:
        for side in sides:
            runs = floods[language, side]
            median = {name: statistics.median(r[name] for r in runs) for name in runs[0]}
            judged = statistics.median(best for best, _ in alone[language, side])
            print(f"  {language:<7} {side:<5} {show(median)}  judge alone {judged:.2f} us")


if __name__ == "__main__":
    main()
