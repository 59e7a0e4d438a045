"""Progressive hints, built from the canonical answer.

A round offers at most three hints: the question's own `hints:` from the file come
first, then these, each telling more than the last:

1. the shape: every letter or digit as `_`, spaces, hyphens and punctuation kept
   (for a number: how many digits it has, then its first digit);
2. the first letter of each word (for Hangul: every syllable's first consonant,
   ㅂㄱㅎ, as Korean quizzes do);
3. about a third of the letters.

A hint never shows the whole answer, and never more than half of its letters.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from ..catalogue import say

MAX_HINTS = 3
HINT_GAP = 5.0  # seconds between two hints in one channel
BLANK = "_"


def ladder(answer: str, written: Sequence[str] = (), key: str = "") -> list[str]:
    """The hints of a question, in the order they are shown (at most MAX_HINTS).
    `key` seeds which letters the last hint reveals, so a question's hints are stable."""
    return [*written, *generated(answer, key)][:MAX_HINTS]


_COUNTED = re.compile(r"^(\d+)(\D*)$")  # a number, maybe with its counter: "8", "2014년", "8부작"
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def generated(answer: str, key: str = "") -> list[str]:
    text = answer.strip()
    counted = _COUNTED.match(text)
    if counted:
        number, unit = counted.groups()
        digits = len(number)
        hints = [say("hint.digits", digits=digits, s="s" * (digits != 1))]
        if digits >= 2:
            hints.append(say("hint.starts", shape="`" + number[0] + BLANK * (digits - 1) + unit + "`"))
        return hints
    letters = hidden(text)
    if len(letters) < 2:
        return [_shape(text, set())]
    initials = [i for i in letters if i == 0 or not text[i - 1].isalnum()]
    budget = len(letters) // 2  # never more than half
    first = set(initials[:budget])
    hangul = all(_is_syllable(text[i]) for i in letters)
    hints = [_shape(text, set()), _initial_consonants(text) if hangul else _shape(text, first)]
    third = max(len(first), min(budget, -(-len(letters) // 3)))
    if third > len(first) or (hangul and first):  # after ㅂㄱㅎ, even the first syllables say more
        rest = [i for i in letters if i not in first]
        chosen = first | set(random.Random(f"{key}:{text}").sample(rest, third - len(first)))
        hints.append(_shape(text, chosen))
    return [h for n, h in enumerate(hints) if n == 0 or h != hints[n - 1]]


def hidden(text: str) -> list[int]:
    """The positions of the letters and digits a hint hides: all but a counter or an
    ending written after digits ("2월 10일" shows 월 and 일, "3rd" shows rd)."""
    found = []
    after_digit = False
    for i, ch in enumerate(text):
        if not ch.isalnum():
            after_digit = False
        elif ch.isdigit():
            after_digit = True
            found.append(i)
        elif not after_digit:
            found.append(i)
    return found


def _is_syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _initial_consonants(text: str) -> str:
    """Each Hangul syllable as its first consonant (백강혁 -> ㅂㄱㅎ), the classic Korean
    quiz hint: it shows no syllable."""
    return "`" + "".join(_INITIALS[(ord(ch) - 0xAC00) // 588] if _is_syllable(ch) else ch for ch in text) + "`"


def _shape(text: str, shown: set[int]) -> str:
    """`text` with every hidden letter or digit blanked except those at `shown`, as code,
    so that Discord shows the blanks as they are (`__` would otherwise be underline)."""
    hide = set(hidden(text)) - shown
    blanked = "".join(BLANK if i in hide else ch for i, ch in enumerate(text))
    return "`" + blanked.replace("`", "'") + "`"


def revealed(hint: str, answer: str) -> int:
    """How many of the answer's hidden letters a shape hint shows, in place."""
    shown = hint.strip().removeprefix("`").removesuffix("`")
    text = answer.strip().replace("`", "'")
    return sum(1 for i in hidden(text) if i < len(shown) and shown[i] == text[i])
