"""Every text a game shows players, in one catalogue per language.

`say(key, **values)` fills a template of the language being spoken: the server's,
set once per command, button click or game (see `speaking`), or the default one
(`TRIVIA_LANGUAGE`). Keys starting with `discord.` use Discord's markdown;
`terminal.` ones are plain text. Every catalogue has the same keys with the same
placeholders (tests/test_catalogue.py); Korean texts choose their particles by the
value before them (particles.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from .en import EN
from .ko import KO
from .particles import KoreanFormatter
from .terms_ko import TERMS_KO

CATALOGUES = {"en": EN, "ko": KO}
# How each language fills its templates: Korean texts pick particles ("{rounds:이/가}").
_FORMATTERS = {"ko": KoreanFormatter()}
# The names of commands, options and their choices (categories, difficulties, modes),
# by their English name, in the languages that name them otherwise.
TERMS = {"ko": TERMS_KO}
LANGUAGES = tuple(CATALOGUES)
NAMES = {"en": "English", "ko": "한국어"}

# A context variable, as in Red-DiscordBot's i18n: each command, click and game runs in
# its own asyncio task, and a task sees the language its own code set.
_spoken: ContextVar[str | None] = ContextVar("language", default=None)
_default_language = "en"  # see set_default_language


def set_default_language(language: str) -> None:
    """The language wherever none is set (the environment's TRIVIA_LANGUAGE)."""
    global _default_language
    _default_language = _known(language)


def set_language(language: str) -> None:
    """Speak `language` in the current task (and the tasks it starts) from now on."""
    _spoken.set(_known(language))


def language() -> str:
    """The language spoken here."""
    return _spoken.get() or _default_language


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak `language` inside the block only."""
    token = _spoken.set(_known(language))
    try:
        yield
    finally:
        _spoken.reset(token)


def _known(language: str) -> str:
    if language not in CATALOGUES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    return language


def term(word: str) -> str:
    """A command word (a category, a difficulty) as the language spoken here names it."""
    return TERMS.get(language(), {}).get(word, word)


def say(key: str, /, **values: object) -> str:
    """The text `key` in the language spoken here, with its placeholders filled."""
    return say_in(language(), key, **values)


def say_in(language: str, key: str, /, **values: object) -> str:
    """The text `key` in `language`, with its placeholders filled."""
    template = CATALOGUES[language][key]
    formatter = _FORMATTERS.get(language)
    return formatter.format(template, **values) if formatter else template.format(**values)


def say_count(count: int, one: str, other: str, /, **values: object) -> str:
    """The text `one` when `count` is 1 ("1 question"), else `other` ("2 questions"),
    with `count` among its values; a language without plural endings writes both alike."""
    return say(one if count == 1 else other, count=count, **values)
