"""Write bot/core/text/lookalikes.py: the English words near the words the judge forgives
typos of without an answer's context (true or false, yes or no, spelled-out numbers).

    .venv/bin/python tools/lookalikes.py        # rewrite the module
    .venv/bin/python tools/lookalikes.py --check  # exit 1 if the module is out of date

The words come from pyspellchecker's English dictionary (a development dependency;
the bot itself only reads the module), the common ones only.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.text import allowance  # noqa: E402
from bot.core.text.english import NUMBER_WORDS  # noqa: E402

MODULE = ROOT / "bot" / "core" / "text" / "lookalikes.py"
COMMON = 100  # times seen in pyspellchecker's corpus: rarer words are no player's guess
# The words of a true-or-false answer a typo is forgiven in (see judging/keys.py, SAYS).
TRUTH_WORDS = "false correct right wrong incorrect untrue".split()

HEADER = '''"""Common English words near the words the judge forgives a typo in without an answer
of the bank to compare with (those words included): "night" and "eight" are words, not
slips for "right"; "there" is not a slip for "three". Written by tools/lookalikes.py;
do not edit.
"""

from __future__ import annotations

'''


def lookalikes() -> list[str]:
    dictionary = SpellChecker().word_frequency.dictionary
    words = [w for w, count in dictionary.items() if w.isascii() and w.isalpha() and count >= COMMON]
    found: set[str] = set()
    for word in (*TRUTH_WORDS, *sorted(NUMBER_WORDS)):
        # A guess within a typo of `word` is as close to another word within twice that;
        # a spelled-out number forgives one swap only.
        reach = 2 * allowance(len(word)) if word in TRUTH_WORDS else 1
        near = process.extract(word, words, scorer=OSA.distance, score_cutoff=reach, limit=None)
        found |= {w for w, _, _ in near}
    return sorted(found)


def module_text() -> str:
    body = textwrap.fill(" ".join(lookalikes()), width=100, initial_indent="    ", subsequent_indent="    ")
    return HEADER + 'ENGLISH_LOOKALIKES = frozenset(\n    """\n' + body + '\n    """.split()\n)\n'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is out of date")
    args = parser.parse_args()
    text = module_text()
    if args.check:
        sys.exit(0 if MODULE.read_text() == text else 1)
    MODULE.write_text(text)


if __name__ == "__main__":
    main()
