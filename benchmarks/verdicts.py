"""Every verdict of the judge on a fixed corpus of guesses, to compare two versions of it.

    python benchmarks/verdicts.py corpus FILE        # write the guesses
    python benchmarks/verdicts.py judge FILE > V     # one line per verdict
    BENCHMARK_CHECKOUT=DIR DIR/.venv/bin/python benchmarks/verdicts.py judge FILE > W
    cmp V W

Not a timing: a check for speed work, which must leave every verdict as it was. Write
the corpus once, judge it with this checkout and with another (BENCHMARK_CHECKOUT,
see checkout.py, run with that checkout's own interpreter), and compare the two
outputs with `cmp`.

The corpus: the flood's distinct wrong guesses in English and in Hangul
(benchmarks/flood.py), the guesses of the judged set (tests/judge_cases.py), every
accepted answer of the bank with Korean endings, titles, chat noise, numbers and
typos of one letter (jamo, for Hangul) around it, and random strings of Hangul,
letters and digits; each is judged against every question of the bank and of the
judged set. Then the real-world corpus (tests/real_world_cases.py): its typos and
cross-question guesses, each against its own question, as the tests judge them.
A line is the question, the guess and the verdict's repr (reason included).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from pathlib import Path
from typing import Any

from checkout import ROOT

_ENDINGS = ["", "요", "이요", "예요", "이에요", "은", "는", "이", "가", "을", "를", "로", "으로", "와", "과", "입니다"]
_AROUND = ["", "제 생각엔 ", "정답은 ", "아마 ", "혹시 "]
_AFTER = ["", " ㅋㅋ", "!!", "?", " 감독님", " 간호사", " 씨", " 선생님", " 🤔", " 맞아요", " 아니요"]
_NUMBERS = """
    8부작 여덟 편 여덟편 8 편 열두 해 12년 만에 2월 10일 이월 십일 2025년 2월 19일 2월 19일이요 시월 유월
    14위 열네 번째 1위 일 위 삼 3 세 번 백 천 만 이천십사년 2014년 이천십사 스물하나 두 번째 첫 번째 0 영화 공부
""".split()
_MIXED = ["Canada요", "Baek Kang-hyuk (백강혁)", "Seoul이요", "netflix 넷플릭스", "Ju Ji-hoon 주지훈"]
_MIXED += ["O", "X", "⭕", "❌", "참", "거짓이요", "맞아요 ㅋㅋ", "아니요 틀렸어"]


def _jamo_typos(word: str, rng: random.Random) -> list[str]:
    """`word` with one letter of one syllable changed, dropped or doubled."""
    letters = unicodedata.normalize("NFD", word)
    found = []
    for _ in range(4):
        at = rng.randrange(len(letters))
        change = rng.choice(("drop", "double", "swap", "other"))
        if change == "drop":
            typo = letters[:at] + letters[at + 1 :]
        elif change == "double":
            typo = letters[:at] + letters[at] + letters[at:]
        elif change == "swap" and at + 1 < len(letters):
            typo = letters[:at] + letters[at + 1] + letters[at] + letters[at + 2 :]
        else:
            typo = letters[:at] + chr(ord(letters[at]) + rng.choice((-1, 1))) + letters[at + 1 :]
        found.append(unicodedata.normalize("NFC", typo))
    return found


def _answer_guesses(answers: list[str], rng: random.Random) -> list[str]:
    found = []
    for answer in answers:
        found += [answer, answer.replace(" ", ""), " ".join(answer), answer.upper()]
        for _ in range(6):
            found.append(rng.choice(_AROUND) + answer + rng.choice(_ENDINGS) + rng.choice(_AFTER))
        if not answer.isascii():
            found += _jamo_typos(answer, rng)
            found += [typo + rng.choice(_ENDINGS) for typo in _jamo_typos(answer, rng)]
    return found


def _random_guesses(count: int, alphabet: str, rng: random.Random) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def write_corpus(path: Path) -> None:
    from flood import wrong_guesses  # imported here: it starts nothing, but loads discord.py

    from bot.core.bank import load_bank
    from tests.judge_cases import CASES

    rng = random.Random(20)
    bank = load_bank(ROOT / "questions.yaml")
    guesses = wrong_guesses(3000, seed=11) + wrong_guesses(3000, seed=11, korean=True)
    guesses += [c.guess for c in CASES]
    answers = [a for q in bank for a in (*q.answers, *(q.ko.answers if q.ko else ()))]
    guesses += _answer_guesses(answers, rng) + _NUMBERS + _MIXED
    guesses += [" ".join(rng.sample(_NUMBERS, 2)) for _ in range(300)]
    syllables = "".join(sorted({ch for a in answers for ch in a if "\uac00" <= ch <= "\ud7a3"}))
    guesses += _random_guesses(3000, syllables + "ㅋㅎㅠ 이요은는 0123456789 abcxyz.-!", rng)
    corpus = {"main": list(dict.fromkeys(guesses))}
    path.write_text(json.dumps(corpus, ensure_ascii=False))
    print(f"{len(corpus['main']):,} guesses written to {path}", file=sys.stderr)


def judge_corpus(path: Path) -> None:
    from bot.core.bank import load_bank
    from bot.core.judging import judge
    from tests.judge_cases import questions
    from tests.real_world_cases import bank as real_world_bank
    from tests.real_world_cases import cross_cases, typo_cases

    corpus: dict[str, Any] = json.loads(path.read_text())
    keys = questions(load_bank(ROOT / "questions.yaml"))
    lines = 0
    out = sys.stdout
    for guess in corpus["main"]:
        for qid, question in keys.items():
            out.write(f"{qid}\t{guess!r}\t{judge(guess, question.key)!r}\n")
            lines += 1
    real = real_world_bank()
    for guess, question in (*typo_cases(real), *cross_cases(real)):
        out.write(f"{question.id}\t{guess!r}\t{judge(guess, question.key)!r}\n")
        lines += 1
    print(f"{lines:,} verdicts", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("corpus", "judge"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.step == "corpus":
        write_corpus(args.file)
        return
    import bot

    print(f"judging with {Path(bot.__file__).parent}", file=sys.stderr)
    judge_corpus(args.file)


if __name__ == "__main__":
    main()
