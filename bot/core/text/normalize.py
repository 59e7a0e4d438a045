"""Text normalisation shared by the judge and the question loader.

Players type on phones, in other keyboard layouts and with autocorrect: the same
answer arrives as "Jì‑hoon", "ＪＩＨＯＯＮ" or "ji hoon!!". Everything is folded to
lowercase ASCII words here, once, so the judge only ever compares plain words.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# After transliteration the text is ASCII, so one byte table does the rest: letters
# are lowered, digits kept, and every other character separates words; apostrophes
# are deleted instead, because they join a word ("it's" -> "its"). Bytes, because
# bytes.translate is a plain table lookup, several times faster than str.translate.
_WORD_BYTES = bytes(c if chr(c).isalnum() else 32 for c in range(128)).lower() + b" " * 128
_APOSTROPHES = b"'`"

# Korean names reach players in several romanisations (Revised, McCune-Reischauer
# and the spellings actors choose for themselves). Folding them to one spelling
# makes "Kyung-ho", "Gyeong-ho" and "Kyeongho" the same word without loosening
# the typo allowance. k/g is folded everywhere, not only word-initially, so that
# "Baekkanghyuk" typed as one word folds like "Baek Kang-hyuk".


def _drop_invisible_and_symbols(text: str) -> str:
    """Remove zero-width and bidirectional controls (invisible, but they split words) and
    symbols such as emoji, which anyascii would otherwise spell out as words."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED)


_DROPPED = {"Cf", "So", "Sk", "Cs", "Co", "Cn"}


def normalize(text: str) -> str:
    """Fold `text` to lowercase ASCII words separated by single spaces.

    Idempotent: normalize(normalize(x)) == normalize(x).
    """
    if not text.isascii():  # NFKC, anyascii and format characters change nothing in ASCII
        text = anyascii(unicodedata.normalize("NFKC", _drop_invisible_and_symbols(text)))
    if "&" in text:
        text = text.replace("&", " and ")
    return b" ".join(text.encode("ascii").translate(_WORD_BYTES, _APOSTROPHES).split()).decode("ascii")


def words(text: str) -> list[str]:
    """The normalised words of `text`."""
    return normalize(text).split()


def fold_romanisation(word: str) -> str:
    """Fold one normalised word to a canonical romanisation (applied in this order)."""
    return word.replace("eo", "u").replace("oo", "u").replace("k", "g").replace("wu", "u")


def allowance(length: int) -> int:
    """Typos forgiven in an answer of `length` letters: none when short, two when long."""
    if length <= 4:
        return 0
    if length <= 7:
        return 1
    return 2


# Symbols that tell answers apart: "C", "C++" and "C#" are three languages, "O-" and
# "O+" two blood types, although their words are the same.
_SIGNS = re.compile(r"([+#]+)")
_MINUSES = str.maketrans({"−": "-", "–": "-", "—": "-", "‐": "-", "‑": "-", "♯": "#", "＃": "#", "＋": "+"})
_AROUND = ".,!?;:'\"()[]{}*_~`|"


def _literal_word(word: str) -> str:
    word = word.translate(_MINUSES).strip(_AROUND)
    pieces = [p if _SIGNS.fullmatch(p) else normalize(p).replace(" ", "") for p in _SIGNS.split(word)]
    kept = "".join(pieces)
    if kept and word.endswith("-"):  # "O-": a minus that ends a word is a sign, "Jay-Z" is a joiner
        kept += "-"
    return kept


def literal_words(text: str) -> list[str]:
    """The words of `text` with the signs that tell answers apart ("c++", "o-"), lower-cased,
    and the words that are left with nothing dropped."""
    return [kept for kept in (_literal_word(w) for w in text.split()) if kept]


def is_literal(answer: str) -> bool:
    """Is `answer` told apart by a sign ("A+", "C#", "O-") or one character ("C")? Then
    only the answer as written is right: "C" is not a typo of "R", nor "O-" of "O+"."""
    literal = "".join(literal_words(answer))
    return len(literal) == 1 or literal != normalize(answer).replace(" ", "")
