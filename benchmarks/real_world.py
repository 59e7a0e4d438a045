"""The judge on real-world answers (tests/real_world_cases.py): the three figures of the
real-world classes, measured on a bank of general-knowledge questions.

    .venv/bin/python benchmarks/real_world.py

  listed       every listed answer, as written, judged against its own question
  typos        every one-swap typo of a text answer of five letters or more
  cross        every listed answer judged against every other question (wrong accepts)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.judging import judge  # noqa: E402
from tests.real_world_cases import bank, cross_cases, typo_cases  # noqa: E402


def main() -> None:
    questions = bank()
    listed = [(a, q) for q in questions for a in q.answers]
    typos = typo_cases(questions)
    cross = cross_cases(questions)
    print(f"real-world bank: {len(questions)} questions, {len(listed)} listed answers")
    accepted = sum(judge(a, q.key).correct for a, q in listed)
    print(f"  listed answers accepted as written: {accepted}/{len(listed)} ({accepted / len(listed):.2%})")
    accepted = sum(judge(t, q.key).correct for t, q in typos)
    print(f"  one-swap typos accepted:            {accepted}/{len(typos)} ({accepted / len(typos):.2%})")
    start = time.perf_counter()
    wrong = [(g, q.answer) for g, q in cross if judge(g, q.key).correct]
    elapsed = time.perf_counter() - start
    print(f"  answers of another question accepted: {len(wrong)}/{len(cross)}")
    print(f"  ({len(cross) / elapsed:,.0f} cross-question judgments per second)")
    for guess, answer in wrong[:20]:
        print(f"    {guess!r} accepted for {answer!r}")


if __name__ == "__main__":
    main()
