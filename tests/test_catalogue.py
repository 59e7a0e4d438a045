"""Every text a player sees comes from the catalogue: each key the code names exists,
and each template fills with the values the code gives it."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from bot.core.catalogue import CATALOGUES, EN, KO, say, say_in
from bot.core.catalogue.particles import KoreanFormatter

BOT = Path(__file__).resolve().parent.parent / "bot"
SAID = re.compile(r"""\bsay\(["']([a-z_.]+)["']""")  # say("board.title", ...)
QUOTED = re.compile(r"""["']([a-z_]+\.[a-z_.]+)["']""")  # any key-like string, passed to a helper
# Keys the code builds from a value (say(f"period.{period}")): each one it can build.
BUILT = (
    [f"discord.{k}" for k in ("timed_out", "skipped", "stopped")]
    + [f"terminal.{k}" for k in ("timed_out", "skipped", "stopped", "wrong_choice")]
    + [f"discord.end.{k}" for k in ("completed", "stopped", "idle", "failed")]
    + [f"period.{p}" for p in ("all", "week", "month")]
    + [f"board.{p}_note" for p in ("week", "month")]
    + ["hint.no_round", "hint.none_left", "hint.too_soon", "choice.wrong", "choice.already", "choice.closed"]
    + [f"permission.{p}" for p in ("view_channel", "send_messages", "send_messages_in_threads", "embed_links")]
)


def keys_in_code(pattern: re.Pattern[str]) -> set[str]:
    return {key for path in BOT.rglob("*.py") for key in pattern.findall(path.read_text())}


def test_every_key_the_code_names_is_in_the_catalogue() -> None:
    named = keys_in_code(SAID) | set(BUILT)
    assert len(named) > 80
    assert sorted(named - set(EN)) == []


def test_no_text_of_the_catalogue_is_left_unused() -> None:
    from bot.core.store import SETTINGS

    used = keys_in_code(QUOTED) | set(BUILT) | {f"setting.allowed.{name}" for name in SETTINGS}
    assert sorted(set(EN) - used) == []


@pytest.mark.parametrize(("language", "key"), [(lang, key) for lang in CATALOGUES for key in sorted(EN)])
def test_every_template_fills_with_its_own_placeholders(language: str, key: str) -> None:
    fields = {name for _, name, _, _ in string.Formatter().parse(EN[key]) if name}
    assert say_in(language, key, **dict.fromkeys(fields, "X"))  # no stray braces, nothing missing


# Korean texts that are only markup around values ("`{name}` ({count})").
_NO_WORDS = {"discord.about", "discord.explanation", "categories.item", "report.reason", "stats.head"}


@pytest.mark.parametrize("key", sorted(set(KO) - _NO_WORDS))
def test_the_korean_catalogue_is_written_in_korean(key: str) -> None:
    text = KoreanFormatter().vformat(KO[key], (), _Blank())
    assert re.search("[\uac00-\ud7a3]", text), f"{key} has no Korean: {KO[key]!r}"
    plural = _Blank(s="s")
    assert KoreanFormatter().vformat(KO[key], (), plural) == text, "an English plural ending shows"


class _Blank(dict[str, str]):
    """Every placeholder empty (unless given)."""

    def __missing__(self, key: str) -> str:
        return ""


def test_the_language_spoken_is_the_task_s_own() -> None:
    import asyncio

    from bot.core.catalogue import language, set_language, speaking

    async def game(lang: str) -> tuple[str, str]:
        set_language(lang)
        await asyncio.sleep(0)
        return language(), say("hint.posted")

    async def both() -> list[tuple[str, str]]:
        return await asyncio.gather(game("ko"), game("en"))

    assert asyncio.run(both()) == [("ko", "💡 힌트를 올렸어요."), ("en", "💡 Hint posted.")]
    with speaking("ko"):
        assert say("choice.closed") == "⏱️ 이 문제는 끝났어요."
    assert say("choice.closed") == "⏱️ This round is over."
    with pytest.raises(ValueError, match="unknown language"):
        set_language("fr")


def test_every_language_has_every_message_with_the_same_placeholders() -> None:
    def placeholders(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    plural = {"ko": {"s"}}  # no plural ending in Korean: its texts leave the English `s` out
    for language, catalogue in CATALOGUES.items():
        assert set(catalogue) == set(EN), language
        for key, text in catalogue.items():
            assert placeholders(text) == placeholders(EN[key]) - plural.get(language, set()), (language, key)
