"""How often a game would hold a question that gives another's answer away.

    python benchmarks/giveaways.py [--games 1000] [--rounds 10]

Counts the giveaway pairs the bank loader finds, then draws `--games` games of
`--rounds` questions twice with the same seeds: plainly at random, and as the bot
draws them (`QuestionBank.draw`), and prints how many games hold a pair.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.bank import Question, load_bank  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--games", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    bank = load_bank(ROOT / "questions.yaml")
    conflicts = bank.conflicts

    def has_pair(game: list[Question]) -> bool:
        ids = {q.id for q in game}
        return any(conflicts.get(q.id, frozenset()) & ids for q in game)

    plain = sum(has_pair(random.Random(s).sample(list(bank), args.rounds)) for s in range(args.games))
    drawn = sum(has_pair(bank.draw(args.rounds, random.Random(s))) for s in range(args.games))
    pairs = sum(len(others) for others in conflicts.values()) // 2
    print(f"giveaways: {pairs} pairs among {len(conflicts)} of the bank's {len(bank)} questions")
    print(
        f"  {args.games:,} games of {args.rounds} questions: {plain:,} hold a pair drawn at random, {drawn:,} as drawn"
    )


if __name__ == "__main__":
    main()
