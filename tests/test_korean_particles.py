"""Korean particles agree with the word before them, in every text of the catalogue.

Each placeholder of each Korean text is filled in turn with values that end in each kind
of sound (a final consonant, ㄹ, none; numbers read the Sino-Korean way; Latin letters),
and the particle that follows it, if any, must agree: 13이에요, 30으로, 5000은, 99는. After
a value in Latin letters no particle may follow at all: the text phrases around it.
"""

from __future__ import annotations

import re
import string

import pytest

from bot.core.catalogue import KO, say_in
from bot.core.catalogue.particles import KoreanFormatter, counted

# Each value, with the final consonant a Korean reader ends it on ("" for a vowel), read
# by hand: 13 is 십삼, 30 삼십, 99 구십구, 1000 천, 5000 오천, 0 영.
ENDINGS: dict[object, str] = {
    "서울": "ㄹ",
    "한국": "ㄱ",
    "캐나다": "",
    "〈좋은 친구들〉": "ㄹ",
    1: "ㄹ",
    2: "",
    3: "ㅁ",
    10: "ㅂ",
    13: "ㅁ",
    30: "ㅂ",
    99: "",
    1000: "ㄴ",
    5000: "ㄴ",
    0: "ㅇ",
    "12": "",
}
LATIN = ["rounds", "on", "Bo", "round_seconds"]
# The placeholders with a Korean format spec, each filled by the code with a number only
# (start.py: the rounds asked for; server_settings.py: a whole number out of range;
# hints.py: how many digits).
NUMBERS = {("start.rounds_range", "rounds"), ("setting.range", "value"), ("hint.digits", "digits")}
# Particles by the sound before them: (after a final consonant, after a vowel).
PAIRS = [
    ("이에요", "예요"),
    ("이라는", "라는"),
    ("이라고", "라고"),
    ("으로", "로"),
    ("이랑", "랑"),
    ("이나", "나"),
    ("과", "와"),
    ("은", "는"),
    ("을", "를"),
    ("이", "가"),
]
PARTICLES = sorted({p for pair in PAIRS for p in pair}, key=len, reverse=True)
CLOSING = '”’」』〉》)]*`_~"'
BOTH_FORMS = re.compile(r"\((이|은|을|과|으)\)|(이|은|을|과)\((가|는|를|와)\)|\(으\)로")


def _fields(template: str) -> list[tuple[str, str, str]]:
    """Each placeholder of `template` with its format spec and the text that follows it."""
    parts = list(string.Formatter().parse(template))
    found = []
    for index, (_, name, spec, _) in enumerate(parts):
        if name:
            after = parts[index + 1][0] if index + 1 < len(parts) else ""
            found.append((name, spec or "", after))
    return found


def _particle_after(text: str) -> str | None:
    rest = text.lstrip(CLOSING)
    return next((p for p in PARTICLES if rest.startswith(p)), None)


def _agrees(particle: str, final: str) -> bool:
    for after_consonant, after_vowel in PAIRS:
        if particle == after_consonant:
            return final != "" and not (after_vowel == "로" and final == "ㄹ")
        if particle == after_vowel:
            return final == "" or (after_vowel == "로" and final == "ㄹ")
    return True


CASES = [(key, name, spec, after) for key, text in sorted(KO.items()) for name, spec, after in _fields(text)]


@pytest.mark.parametrize(("key", "name", "spec", "after"), CASES, ids=lambda v: str(v)[:20])
def test_a_particle_after_a_value_agrees_with_it(key: str, name: str, spec: str, after: str) -> None:
    formatter = KoreanFormatter()
    for value, final in ENDINGS.items():
        shown = formatter.format_field(value, spec)
        filled = shown[len(str(value)) :] + after if shown.startswith(str(value)) else after
        particle = _particle_after(filled)
        assert particle is None or _agrees(particle, final), f"{key}: {value}{filled[:8]!r}"
    if spec:
        assert (key, name) in NUMBERS, f"{key}: `{name}` has a Korean format spec; is it always a number?"
        return
    for value in LATIN:
        assert _particle_after(after) is None, f"{key}: a particle after `{name}` = {value}"


def test_the_cases_cover_the_catalogue() -> None:
    assert len({key for key, *_ in CASES}) > 80
    assert any(spec for *_, spec, _ in CASES if spec), "no text uses a particle pair"


@pytest.mark.parametrize("key", sorted(KO))
def test_no_text_shows_both_forms_of_a_particle(key: str) -> None:
    fields = _fields(KO[key])
    for value in (*ENDINGS, *LATIN):
        values = {name: 7 if (key, name) in NUMBERS else value for name, _, _ in fields}
        assert not BOTH_FORMS.search(say_in("ko", key, **values)), key


@pytest.mark.parametrize(
    ("key", "values", "expected"),
    [
        ("start.rounds_range", {"most": 50, "rounds": 13}, "13은 안 돼요"),
        ("start.rounds_range", {"most": 50, "rounds": 99}, "99는 안 돼요"),
        ("setting.range", {"name": "rounds", "low": 1, "high": 50, "value": 5000}, "5000은 안 돼요"),
        ("setting.range", {"name": "round_seconds", "low": 10, "high": 120, "value": 30}, "30은 안 돼요"),
        ("hint.digits", {"digits": 1, "s": ""}, "한 자리 숫자예요"),
        ("hint.digits", {"digits": 4, "s": "s"}, "네 자리 숫자예요"),
        ("settings.changed", {"name": "rounds", "value": "13", "default": "10"}, "`rounds` 설정을 바꿨어요: **13**"),
    ],
)
def test_texts_read_as_a_fan_writes_them(key: str, values: dict[str, object], expected: str) -> None:
    assert expected in say_in("ko", key, **values)


def test_counts_before_a_counter_are_native_korean() -> None:
    assert [counted(n) for n in (1, 2, 3, 4, 10, 12, 20, 21, 100)] == [
        "한", "두", "세", "네", "열", "열두", "스무", "스물한", "100",
    ]  # fmt: skip
