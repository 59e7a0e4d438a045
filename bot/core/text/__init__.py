"""Text as players write it: normalising and folding (normalize), romanised and Hangul
names (names), Korean words and numbers (korean), English numbers and dates (english).

The front door of the package: other packages import from here only.
"""

from . import korean, names
from .english import NUMBER_WORDS, Date, find_dates, number_of, numeric_dates, same_day
from .names import HANGUL_NAME_SYLLABLES, HANGUL_SURNAMES
from .normalize import allowance, fold_romanisation, normalize

__all__ = [
    "HANGUL_NAME_SYLLABLES",
    "HANGUL_SURNAMES",
    "NUMBER_WORDS",
    "Date",
    "allowance",
    "find_dates",
    "fold_romanisation",
    "korean",
    "names",
    "normalize",
    "number_of",
    "numeric_dates",
    "same_day",
]
