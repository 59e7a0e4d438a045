"""Korean particles that agree with the word before them.

A Korean particle has two forms, chosen by how the word before it ends: after a final
consonant 이, 은, 을, 과, 으로, 이에요; after a vowel 가, 는, 를, 와, 로, 예요 (and 로
after ㄹ too: 서울로). A template writes the pair, `{rounds:이/가}`, and the value picks
its form. Numbers are read the Sino-Korean way: 3 삼, 10 십, 13 십삼, 1000 천, so
"13이에요", "30으로", "5000은", "99는". A value that ends in a Latin letter is not
read: the catalogue phrases around it instead (`rounds` 설정을). A count before a
counter is said the native way: "{digits:한/두/세} 자리" is "한 자리", "두 자리".
"""

from __future__ import annotations

import string
from typing import Any

_SYLLABLES = range(0xAC00, 0xD7A4)
_RIEUL = 8  # ㄹ as a final consonant
# The Sino-Korean reading of the last digit (0 is 영) and of the units a round number ends in.
_DIGIT_FINALS = {
    "0": "영",
    "1": "일",
    "2": "이",
    "3": "삼",
    "4": "사",
    "5": "오",
    "6": "육",
    "7": "칠",
    "8": "팔",
    "9": "구",
}
_ROUND_FINALS = ((10**12, "조"), (10**8, "억"), (10**4, "만"), (1000, "천"), (100, "백"), (10, "십"))
# Each pair as a template writes it: (after a final consonant, after a vowel).
PAIRS = {
    "이/가": ("이", "가"),
    "은/는": ("은", "는"),
    "을/를": ("을", "를"),
    "과/와": ("과", "와"),
    "으로/로": ("으로", "로"),
    "이에요/예요": ("이에요", "예요"),
    "이라는/라는": ("이라는", "라는"),
    "이라고/라고": ("이라고", "라고"),
    "이나/나": ("이나", "나"),
}


def final_consonant(syllable: str) -> int | None:
    """The final consonant of a Hangul syllable (0: none, 8: ㄹ), or None for another character."""
    if len(syllable) != 1 or ord(syllable) not in _SYLLABLES:
        return None
    return (ord(syllable) - _SYLLABLES.start) % 28


def reading_end(value: str) -> str | None:
    """The syllable a Korean reader ends `value` on: its last Hangul syllable, or a number
    read the Sino-Korean way (13 십삼, 5000 오천); None when it ends in anything else."""
    text = value.rstrip(" )]}\"'”’」』〉》*`_~.,!?")
    if not text:
        return None
    last = text[-1]
    if final_consonant(last) is not None:
        return last
    if not last.isdigit():
        return None
    digits = text[len(text.rstrip("0123456789")) :]
    number = int(digits)
    if digits.endswith("0") and number:
        for unit, name in _ROUND_FINALS:
            if number % unit == 0:
                return name
    return _DIGIT_FINALS[digits[-1]]


def particle(value: object, pair: str) -> str:
    """The form of `pair` ("이/가") that agrees with `value`, or both ("이(가)") when the
    value ends in a sound that is not read (the catalogue phrases around those)."""
    after_consonant, after_vowel = PAIRS[pair]
    end = reading_end(str(value))
    if end is None:
        return f"{after_consonant}({after_vowel})" if len(after_consonant) == 1 else f"({after_consonant}){after_vowel}"
    final = final_consonant(end)
    if final == 0 or (after_vowel == "로" and final == _RIEUL):
        return after_vowel
    return after_consonant


_NATIVE_UNITS = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
COUNTING = "한/두/세"  # the format spec of a number said before a counter: "한 자리", "두 자리"


def counted(number: int) -> str:
    """A count said the native Korean way before a counter (1 한, 2 두, 20 스무, 21 스물한),
    or in digits from 100 on, as Koreans write them."""
    if not 1 <= number <= 99:
        return str(number)
    if number == 20:
        return "스무"
    return _NATIVE_TENS[number // 10] + _NATIVE_UNITS[number % 10]


class KoreanFormatter(string.Formatter):
    """`str.format` with Korean format specs: a particle pair ("{rounds:이/가}" gives
    "13이") or a count before a counter ("{digits:한/두/세} 자리" gives "한 자리")."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec in PAIRS:
            shown = format(value)
            return shown + particle(shown, format_spec)
        if format_spec == COUNTING:
            return counted(value) if isinstance(value, int) else format(value)
        return str(super().format_field(value, format_spec))
