"""Progressive hints, built from the canonical answer.

A round offers at most three hints: the question's own `hints:` from the file come
first, then these, each telling more than the last:

1. the shape: every letter or digit as `_`, spaces, hyphens and punctuation kept
   (for a number: how many digits it has, then its first digit);
2. the first letter of each word (for Hangul: every syllable's first consonant,
   ㅂㄱㅎ, as Korean quizzes do);
3. half of the letters (rounded down), the first letter of each word among them.

A hint never shows the whole answer, and never more than half of its letters. Shapes
are written as Discord code (`B___`), so that Discord shows the blanks as they are;
`plain` gives a hint without that markup, for a terminal.
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
    half = len(letters) // 2  # a hint never shows more
    first = set(initials[:half])
    hangul = all(_is_syllable(text[i]) for i in letters)
    hints = [_shape(text, set()), _initial_consonants(text) if hangul else _shape(text, first)]
    third = _spread(text, letters, set(initials), first, half - len(first), key)
    if third != first or (hangul and first):  # after ㅂㄱㅎ, even the first syllables alone say more
        hints.append(_shape(text, third))
    return [h for n, h in enumerate(hints) if n == 0 or h != hints[n - 1]]


def _spread(text: str, letters: list[int], initials: set[int], shown: set[int], count: int, key: str) -> set[int]:
    """`shown` and `count` more of the `letters`, spread over the words: each one from
    the word with the largest share of its letters still hidden (the first such word
    on a tie), at a place drawn with a seed of the question, so that a question's hints
    are the same every time."""
    words: list[list[int]] = []
    for i in letters:
        if i in initials or not words:
            words.append([])
        words[-1].append(i)
    rng = random.Random(f"{key}:{text}".encode("utf-8", "surrogatepass"))  # any text, even a lone surrogate
    still_hidden = [[i for i in word if i not in shown] for word in words]
    for places in still_hidden:
        rng.shuffle(places)
    chosen = set(shown)
    for _ in range(count):
        most_hidden = max(range(len(words)), key=lambda n: len(still_hidden[n]) / len(words[n]))
        chosen.add(still_hidden[most_hidden].pop())
    return chosen


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


_CODE = re.compile(r"`([^`]*)`")


def plain(hint: str) -> str:
    """A hint without the code marks around its shapes: `B___ K___` -> B___ K___."""
    return _CODE.sub(r"\1", hint)


def revealed(hint: str, answer: str) -> int:
    """How many of the answer's hidden letters a shape hint shows, in place."""
    shown = hint.strip().removeprefix("`").removesuffix("`")
    text = answer.strip().replace("`", "'")
    return sum(1 for i in hidden(text) if i < len(shown) and shown[i] == text[i])
