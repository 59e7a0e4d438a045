"""Text as players write it: normalising and folding (normalize), romanised and Hangul
names (names), Korean words and numbers (korean), English numbers and dates (english).

The front door of the package: other packages import from here only.
"""

from . import korean, names
from .english import SPELLED_NUMBERS, Date, find_dates, number_of, numeric_dates, read_numbers, same_day
from .lookalikes import ENGLISH_LOOKALIKES
from .names import HANGUL_NAME_SYLLABLES, HANGUL_SURNAMES
from .normalize import allowance, fold_romanisation, is_literal, literal_words, normalize

__all__ = [
    "ENGLISH_LOOKALIKES",
    "HANGUL_NAME_SYLLABLES",
    "HANGUL_SURNAMES",
    "SPELLED_NUMBERS",
    "Date",
    "allowance",
    "find_dates",
    "fold_romanisation",
    "is_literal",
    "korean",
    "literal_words",
    "names",
    "normalize",
    "number_of",
    "numeric_dates",
    "read_numbers",
    "same_day",
]
