"""The judge against two common rules, on the judged set (tests/judge_cases.py).

    python benchmarks/judge_accuracy.py [--quick]

Rules compared in one run, on the same cases and the same bank:
  judge      this project's bot.core.judging.judge
  wratio85   rapidfuzz.fuzz.WRatio(guess, answer) >= 85 for any accepted answer, as
             fuzzy-matching quiz bots commonly do
  exact-word a guess wins if a multi-word answer appears in it, or one of its
             space-separated words equals a one-word answer (case-insensitive); the
             rule of Red-DiscordBot's trivia, written from its description
Speed is judgments per second on one core, for the whole set and for a typical
wrong guess (a short sentence), which is what a busy channel mostly sends.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable

from checkout import ROOT
from rapidfuzz import fuzz, utils

from bot.core.bank import Question, load_bank
from bot.core.judging import judge
from tests.judge_cases import CASES, questions

Rule = Callable[[str, Question], bool]


def ours(guess: str, question: Question) -> bool:
    return judge(guess, question.key).correct


def wratio85(guess: str, question: Question) -> bool:
    return any(fuzz.WRatio(guess, a, processor=utils.default_process) >= 85 for a in question.answers)


def exact_word(guess: str, question: Question) -> bool:
    text = guess.lower().replace("\u2019", "'").replace("\u2018", "'")
    for answer in (a.lower() for a in question.answers):
        if " " in answer and answer in text:
            return True
        if any(word == answer for word in text.split(" ")):
            return True
    return False


RULES: dict[str, Rule] = {"judge": ours, "wratio85": wratio85, "exact-word": exact_word}


def per_second(rule: Rule, pairs: list[tuple[str, Question]], seconds: float) -> float:
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for guess, question in pairs:
            rule(guess, question)
        done += len(pairs)
    return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="short timing runs (for CI)")
    args = parser.parse_args()
    bank = questions(load_bank(ROOT / "questions.yaml"))
    cases = [(c, bank[c.question]) for c in CASES]

    print(f"judged set: {len(cases)} cases ({sum(c.accept for c, _ in cases)} to accept), bank of {len(bank)}")
    print(f"{'rule':<11} {'accuracy':>9} {'wrong accepts':>14} {'wrong rejects':>14}")
    by_family: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, rule in RULES.items():
        wrong_accepts = wrong_rejects = 0
        for case, question in cases:
            verdict = rule(case.guess, question)
            tally = by_family[case.family][name]
            tally[0] += verdict == case.accept
            tally[1] += 1
            wrong_accepts += verdict and not case.accept
            wrong_rejects += case.accept and not verdict
        right = len(cases) - wrong_accepts - wrong_rejects
        print(f"{name:<11} {right / len(cases):>8.1%} {wrong_accepts:>14} {wrong_rejects:>14}")

    print("\nright answers per family (judge / wratio85 / exact-word):")
    for family, tallies in by_family.items():
        cells = " / ".join(f"{tallies[n][0]:>3}" for n in RULES)
        print(f"  {family:<13} {cells}   of {tallies['judge'][1]}")

    seconds = 0.2 if args.quick else 2.0
    typical = bank["moved-country"], "i think it was japan maybe"
    typical_ko = bank["moved-country"], "제 생각엔 일본인 것 같아요"
    # A hostile 4,000-character message must not cost much more than a short guess.
    long_guess = ("canada japan korea " * 250)[:4000]
    short_rate = per_second(ours, [(typical[1], typical[0])], seconds)
    long_rate = per_second(ours, [(long_guess, typical[0])], seconds)
    print(f"\njudge: a 4,000-character message costs {short_rate / long_rate:.2f}x a short guess")
    print(f"\njudgments per second, one core ({seconds:g} s per figure):")
    for name, rule in RULES.items():
        whole = per_second(rule, [(c.guess, q) for c, q in cases], seconds)
        wrong = per_second(rule, [(typical[1], typical[0])], seconds)
        print(f"  {name:<11} whole set {whole:>10,.0f}/s   typical wrong guess {wrong:>10,.0f}/s")
    korean = per_second(ours, [(typical_ko[1], typical_ko[0])], seconds)
    print(f"  judge, a typical wrong guess in Hangul ({typical_ko[1]!r}): {korean:,.0f}/s")


if __name__ == "__main__":
    main()
