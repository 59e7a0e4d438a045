"""Progressive hints, built from the canonical answer.

A round offers at most three hints: the question's own `hints:` from the file come
first, then these, each telling more than the last:

1. the shape: every letter or digit as `_`, spaces, hyphens and punctuation kept
   (for a number: how many digits it has);
2. the first letter of each word;
3. about a third of the letters.

A hint never shows the whole answer, and never more than half of its letters.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .catalogue import say

MAX_HINTS = 3
HINT_GAP = 5.0  # seconds between two hints in one channel
BLANK = "_"


def ladder(answer: str, written: Sequence[str] = (), key: str = "") -> list[str]:
    """The hints of a question, in the order they are shown (at most MAX_HINTS).
    `key` seeds which letters the last hint reveals, so a question's hints are stable."""
    return [*written, *generated(answer, key)][:MAX_HINTS]


def generated(answer: str, key: str = "") -> list[str]:
    text = answer.strip()
    if text.isdigit():
        digits = len(text)
        hints = [say("hint.digits", digits=digits, s="s" * (digits != 1))]
        if digits >= 2:
            hints.append(say("hint.starts", shape=text[0] + BLANK * (digits - 1)))
        return hints
    letters = [i for i, ch in enumerate(text) if ch.isalnum()]
    if len(letters) < 2:
        return [_shape(text, set())]
    initials = [i for i in letters if i == 0 or not text[i - 1].isalnum()]
    budget = len(letters) // 2  # never more than half
    first = set(initials[:budget])
    hints = [_shape(text, set()), _shape(text, first)]
    third = max(len(first), min(budget, -(-len(letters) // 3)))
    if third > len(first):
        rest = [i for i in letters if i not in first]
        chosen = first | set(random.Random(f"{key}:{text}").sample(rest, third - len(first)))
        hints.append(_shape(text, chosen))
    return [h for n, h in enumerate(hints) if n == 0 or h != hints[n - 1]]


def _shape(text: str, shown: set[int]) -> str:
    """`text` with every letter or digit blanked except those at `shown`, as code, so
    that Discord shows the blanks as they are (`__` would otherwise be underline)."""
    blanked = "".join(ch if i in shown or not ch.isalnum() else BLANK for i, ch in enumerate(text))
    return "`" + blanked.replace("`", "'") + "`"


def revealed(hint: str) -> int:
    """How many letters or digits a generated shape hint shows."""
    return sum(1 for ch in hint if ch.isalnum())
