"""How long a large question file takes to parse and validate.

    python benchmarks/bank_load.py [--questions 10000] [--repeat 3] [--write FILE]

Generates a valid bank of N questions (names, numbers, dates and phrases as answers,
as in the real bank), then times `parse_bank` with libyaml's C parser and with
PyYAML's pure-Python parser, in the same run. Prints the best of `repeat` runs.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from bot.core.bank import parse_bank, yaml_nodes

SYLLABLES = ["ba", "kang", "hyuk", "ji", "hoon", "do", "yun", "jae", "won", "mi", "rim", "gyeong", "ho", "young"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
WORDS = ["trauma", "center", "webtoon", "reality", "fantasy", "surgeon", "hospital", "helicopter", "genre"]


def generate(count: int, seed: int = 1) -> str:
    """A valid bank of `count` questions with realistic answer shapes."""
    rng = random.Random(seed)
    lines = ['title: "Generated bank"', 'version: "1"', "questions:"]
    for n in range(count):
        kind = n % 4
        if kind == 0:
            name = " ".join(rng.choice(SYLLABLES).title() + "-" + rng.choice(SYLLABLES) for _ in range(2))
            answers = [name, name.replace("-", "")]
        elif kind == 1:
            answers = [str(rng.randint(1, 3000)), "number " + str(rng.randint(1, 9))]
        elif kind == 2:
            answers = [f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"]
        else:
            answers = [" ".join(rng.sample(WORDS, 2)), rng.choice(WORDS)]
        quoted = ", ".join(f'"{a}"' for a in answers)
        lines += [
            f"  - id: q{n}",
            f"    category: c{n % 7}",
            f"    difficulty: {('easy', 'medium', 'hard')[n % 3]}",
            f"    question: Generated question number {n} about {rng.choice(WORDS)}?",
            f"    answers: [{quoted}]",
            f"    explanation: Explanation {n}.",
        ]
    return "\n".join(lines) + "\n"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", type=Path, help="also write the generated file here")
    args = parser.parse_args()

    source = generate(args.questions)
    if args.write:
        args.write.write_text(source)
    bank = parse_bank(source, "generated.yaml")
    assert len(bank) == args.questions

    fast = best_of(args.repeat, lambda: parse_bank(source, "generated.yaml"))
    c_loader = yaml_nodes._Loader
    yaml_nodes._Loader = yaml_nodes._PyLoader  # the pure-Python parser, for comparison
    try:
        slow = best_of(args.repeat, lambda: parse_bank(source, "generated.yaml"))
    finally:
        yaml_nodes._Loader = c_loader

    size = len(source.encode()) / 1024
    print(f"bank: {args.questions} questions, {size:.0f} KiB; best of {args.repeat}")
    print(
        f"  parse + validate, libyaml C parser ({c_loader.__name__}): {fast * 1000:8.1f} ms"
        f"  ({fast / args.questions * 1e6:.1f} us/question)"
    )
    print(f"  parse + validate, pure-Python parser (_PyLoader):  {slow * 1000:8.1f} ms")
    print(f"  ratio pure-Python / C: {slow / fast:.2f}x")


if __name__ == "__main__":
    main()
