"""Korean as players type it: words, particles and titles, numerals and dates.

The judge compares Hangul with Hangul (see hangul.py). Before that, a guess is cut
into words the way a reader would: digits, Hangul and Latin letters apart ("8부작"
is "8" and "부작"), with trailing particles and endings dropped ("백강혁이요" is
"백강혁") and titles treated as filler ("이도윤 감독님" is "이도윤").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .english import Date

HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_TOKENS = re.compile(r"[\uac00-\ud7a3]+|\d+|[^\W\d_\uac00-\ud7a3]+")
_SYLLABLE = re.compile("^[\uac00-\ud7a3]+$")
_SYLLABLES_AND_SPACES = re.compile("[\uac00-\ud7a3 ]+")
_OTHER_LETTER = re.compile("[^\\W\\d_\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def joins(word: str, joiner: str) -> bool:
    """Can `joiner` be "and" after `word`? 과 follows a final consonant (현실과), 와 a vowel
    (판타지와); "외상외과" is one word, not "외상외" and."""
    if joiner not in ("와", "과") or not is_hangul(word[-1:]):
        return True
    has_final = (ord(word[-1]) - 0xAC00) % 28 != 0
    return has_final == (joiner == "과")


def has_hangul(text: str) -> bool:
    return not text.isascii() and HANGUL.search(text) is not None


def has_other_letters(text: str) -> bool:
    """Has `text` a letter of another script than Hangul ("Canada요")? Digits are no letters."""
    return _OTHER_LETTER.search(text) is not None


def is_hangul(word: str) -> bool:
    return _SYLLABLE.match(word) is not None


def jamo(text: str) -> str:
    """Hangul syllables as their letters (혁 is ㅎ ㅕ ㄱ): typos are counted in letters."""
    return unicodedata.normalize("NFD", text)


def initial(syllable: str) -> str:
    """The first consonant of a Hangul syllable."""
    return jamo(syllable)[:1]


def tokens(text: str) -> list[str]:
    """Hangul runs, digit runs and other letter runs of `text`, lower-cased."""
    if _SYLLABLES_AND_SPACES.fullmatch(text):  # most Korean guesses: nothing to normalise or cut
        return text.split()
    if not unicodedata.is_normalized("NFKC", text):  # most other text is: a quick check, no copy
        text = unicodedata.normalize("NFKC", text)
    return _TOKENS.findall(text.lower())


# Endings and particles a player may leave on an answer, longest first. They are cut
# only where two syllables remain ("서울로" and "백강혁이요" are cut, "가로" is not). The
# judge tries a word as typed and after each cut (`stages`), so an answer that ends
# like a particle ("연극영화과") still matches.
_ENDINGS = sorted(
    """
    이었습니다 였습니다 이었어요 였어요 이었다 였다 입니다 이에요 예요 이요 인가요 일까요 인가 일까 이죠 이지
    이라고 라고 이래요 래요 이랍니다 랍니다 같아요 같은데 아닐까요 아닐까 맞죠 맞지 인듯 인것 인거
    했습니다 했어요 했어 했다 했죠 했음 하다 해요 인 함 이다
    에서 에게 께서 으로 이랑 하고 한테 이나 까지 부터 처럼 보다 요 로 은 는 이 가 을 를 와 과 의 에 도 만 랑 나
    """.split(),
    key=len,
    reverse=True,
)
_ANY_ENDING = tuple(_ENDINGS)
_TITLES = (
    "선생님", "감독님", "배우님", "교수님", "작가님", "간호사님", "과장님", "선수님", "간호사", "선생", "감독", "배우",
    "교수", "작가", "과장", "선수", "님", "씨",
)  # fmt: skip
_ANY_TITLE = tuple(_TITLES)

# Words that name nothing: fillers, titles, joiners and common sentence endings.
FILLER = frozenset(
    """
    정답 답 답은 제 저 저는 내 제생각엔 생각 생각엔 생각에는 아마 아마도 그냥 혹시 음 어 아 그 것 거 같아 같다 같네
    아닌가 일걸 이거 그거 바로 당연히 분명 확실히 꼭 정말 진짜 이름 씨 님 감독 배우 교수 작가
    선생님 그리고 및 하고 와 과 랑 이다 입니다 이에요 예요 이요 요
    갔어 갔다 갔죠 갔음 있었어 있었다 있어 있다 했어 했다 해 하는 된 됐어 됐다 돼 나왔어 나왔다 봤어 같은데
    듯 듯해 일듯 거예 거야 겁니다 거같아 것같아 아닐까 인가 일까 아닌 만 만에 만이 총 모두 전부 전체 다
    간호사 간호사님 선생 과장 과장님 선수 선수님 영화 드라마 작품 웹툰 시리즈
    """.split()
)
_NOISE = re.compile("^[\u1100-\u11ff\u3131-\u318e]+$")  # letters alone: ㅋㅋ, ㅎㅎ, ㅠㅠ, ㄷㄷ


def is_noise(token: str) -> bool:
    """Is `token` chat noise made of Hangul letters alone ("ㅋㅋㅋ", "ㅠㅠ")?"""
    return _NOISE.match(token) is not None


JOINERS = frozenset({"그리고", "및", "와", "과", "랑", "하고", "and", "&"})
# Words that say true, and words that say false, to a true-or-false question.
TRUE_WORDS = frozenset(
    "참 참이다 참이요 참이에요 맞다 맞아 맞아요 맞습니다 맞음 네 예 응 그렇다 그래 사실 사실이다 진실 o".split()
)
FALSE_WORDS = frozenset(
    "거짓 거짓이다 거짓말 아니다 아니요 아니오 아뇨 아니 아님 틀렸다 틀려 틀림 틀리다 틀렸어 사실이아니다 x".split()
)

# Counters said after a number: episodes, times, people, years, ranks, items.
COUNTERS = frozenset(
    "해 달 부작 부 화 편 회 회차 명 년 위 등 개 번 번째 째 살 차 작품 에피소드 시즌 년도 등수 순위".split()
)


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """`word` without trailing particles, endings and titles (at most three cuts)."""
    return stages(word)[-1]


@functools.lru_cache(maxsize=8192)
def stages(word: str) -> tuple[str, ...]:
    """`word` as typed, then after each cut: "연극영화과요" is also "연극영화과" and
    "연극영화" (과 may be a particle or the end of a word)."""
    found = [word]
    for _ in range(3):
        cut = _cut(found[-1])
        if cut == found[-1]:
            break
        found.append(cut)
    return tuple(found)


def _cut(word: str) -> str:
    if not word.endswith(_ANY_ENDING) and not word.endswith(_ANY_TITLE):
        return word  # most words: one call into C
    for title in _TITLES:
        if word.endswith(title) and len(word) - len(title) >= 2:
            return word[: -len(title)]
    for ending in _ENDINGS:
        if word.endswith(ending):
            rest = word[: -len(ending)]
            # 요 is polite speech after any word ("뒤요", "참요"); the others only after two syllables
            if len(rest) >= 2 or rest in COUNTERS or rest in ("월", "일") or (ending in ("요", "이요") and rest):
                return rest
    return word


# --- numerals ---------------------------------------------------------------------------------

_SINO_DIGITS = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
}
_SINO_UNITS = {"십": 10, "백": 100, "천": 1000, "만": 10000}
_NATIVE_UNITS = {
    "하나": 1, "한": 1, "첫": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6,
    "일곱": 7, "여덟": 8, "아홉": 9,
}  # fmt: skip
_NATIVE_TENS = {
    "열": 10,
    "스물": 20,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
_MONTHS = {"시월": 10, "유월": 6}
_NUMERALS = (*_SINO_DIGITS, *_SINO_UNITS, *_NATIVE_UNITS, *_NATIVE_TENS)
_NUMERAL_STARTS = frozenset(w[0] for w in _NUMERALS)
_NUMERAL_SYLLABLES = frozenset("".join(_NUMERALS))  # every syllable a numeral is written with
_NUMBER_STARTS = _NUMERAL_STARTS | frozenset(w[0] for w in _MONTHS)  # and a month's name (시월)
_COUNTER_STARTS = frozenset(w[0] for w in (*COUNTERS, "월", "일"))  # what may follow a numeral


def _sino(text: str) -> int | None:
    """A Sino-Korean numeral written in Hangul (이천십사 is 2014), or None."""
    if not text or any(ch not in _SINO_DIGITS and ch not in _SINO_UNITS for ch in text):
        return None
    total = 0  # the ten-thousands read so far (만)
    section = 0  # below ten thousand: 천, 백 and 십 read so far
    digit: int | None = None  # a digit waiting for its unit
    for ch in text:
        if ch in _SINO_DIGITS:
            if digit is not None:
                return None  # two digits in a row: not a numeral
            digit = _SINO_DIGITS[ch]
            continue
        unit = _SINO_UNITS[ch]
        if unit == 10000:  # 만 multiplies everything before it: 삼십만 is 300,000
            before = section + (digit or 0)
            if before == 0:
                before = 1  # 만 alone is 10,000
            total += before * unit
            section = 0
        else:  # 십, 백, 천 multiply the digit before them, or one: 백 is 100
            if digit is None:
                digit = 1
            section += digit * unit
        digit = None
    return total + section + (digit or 0)


def _native(text: str) -> int | None:
    """A native Korean numeral (여덟, 열두, 스물하나), or None."""
    for size in (1, 2):  # the tens are written in one syllable (열, 쉰) or two (스물, 서른)
        value = _NATIVE_TENS.get(text[:size])
        if value is not None:
            rest = text[size:]
            if not rest:
                return value
            unit = _NATIVE_UNITS.get(rest)
            return None if unit is None or rest == "첫" else value + unit
    return _NATIVE_UNITS.get(text)


def numeral(word: str) -> int | None:
    """The number a Hangul word says on its own (팔, 여덟, 열두), or None."""
    if word.isdecimal():  # not isdigit: "፩" and "²" are digits that int() does not read
        return int(word) if word == "0" or not word.startswith("0") else None
    native = _native(word)
    return native if native is not None else _sino(word)


def split_number(word: str) -> tuple[int, str] | None:
    """A word that starts with a numeral: (number, the rest), taking the longest numeral
    whose rest is a counter or nothing ("여덟부작" is 8 and "부작")."""
    if not word[:1].isdigit() and word[:1] not in _NUMERAL_STARTS:
        return None
    longest = 0  # a numeral is written in digits or numeral syllables alone: of "이민호", only "이"
    while longest < len(word) and (word[longest].isdigit() or word[longest] in _NUMERAL_SYLLABLES):
        longest += 1
    for cut in range(longest, 0, -1):
        if cut < len(word) and word[cut] not in _COUNTER_STARTS:
            continue  # what follows is no counter: "일본" is no number
        if cut < len(word) and word[:cut] in ("영", "공"):
            continue  # zero with a counter is a word: 영화 is a film, 공부 is study
        value = numeral(word[:cut])
        rest = stem(word[cut:]) if cut < len(word) else ""
        if value is not None and (not rest or rest in COUNTERS or rest in ("월", "일")):
            return value, rest
    return None


def may_say_number(raw: Sequence[str]) -> bool:
    """Could `read(raw)` find a number or a date? Only where a word starts with a digit,
    or is a month's name, or starts with a numeral followed by a counter or nothing
    ("여덟부작", "십일"): "일본" and "네이버" start like numerals, and say none."""
    for token in raw:
        if token[:1].isdigit():
            return True
        if token[:1] in _NUMBER_STARTS and is_hangul(token):
            word = stem(token)
            if word in _MONTHS or split_number(word) is not None:
                return True
    return False


@dataclass(frozen=True)
class Reading:
    """What a Korean guess says: its numbers, its date, and the words left over."""

    numbers: tuple[int, ...]
    dates: tuple[Date, ...]
    rest: tuple[str, ...]


def read(raw: Sequence[str]) -> Reading:
    """Numbers with their counters, and dates (2월 10일, 2025년 2월 19일, 이월 십일), in
    the tokens of a guess (see `tokens`); other words come back stemmed."""
    words: list[str] = []
    for token in raw:  # "8 부작" and "10일이요": digits and what follows read as one word
        if words and words[-1].isdigit() and is_hangul(token):
            found = split_number(stem(words[-1] + token))
            if found is not None and found[1]:
                words[-1] = stem(words[-1] + token)
                continue
        words.append(stem(token) if is_hangul(token) else token)
    parts: list[tuple[int | None, str]] = []  # (number, its counter) or (None, word)
    for word in words:
        last = parts[-1] if parts else (None, "")
        if last[1] == "월" and word.endswith("일") and (day := numeral(word[:-1])) is not None:
            parts.append((day, "일"))  # 이월 십일: the 10th, not 11
        elif last[0] is not None and not last[1] and (word in COUNTERS or word in ("월", "일")):
            parts[-1] = (last[0], word)  # 열두 해, 여덟 편
        elif word in _MONTHS:
            parts.append((_MONTHS[word], "월"))
        elif word in FILLER:  # "12년 만에": 만 says "after", not 10,000
            parts.append((None, word))
        else:
            parts.append(split_number(word) or (None, word))
    return _dates(parts)


def _dates(parts: list[tuple[int | None, str]]) -> Reading:
    numbers: list[int] = []
    dates: list[Date] = []
    rest: list[str] = []
    year = month = None
    for index, (number, counter) in enumerate(parts):
        if number is None:
            rest.append(counter)
        elif counter == "년" and index + 1 < len(parts) and parts[index + 1][1] == "월":
            year = number
        elif counter == "월" and 1 <= number <= 12:
            month = number
        elif counter == "일" and month is not None and 1 <= number <= 31:
            dates.append(Date(month, number, year))
            year = month = None
        else:
            numbers.append(number)
    if month is not None:  # a month with no day is not a date of this bank
        numbers.append(month)
    return Reading(tuple(numbers), tuple(dates), tuple(rest))
