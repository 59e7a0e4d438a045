"""Per-server settings: their names, allowed values, defaults, and how they read.

Pure: a setting parses the text an admin typed, or says what is allowed. The
defaults come from the bot's global configuration (the environment), so a
server that never changes a setting plays as the environment says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..catalogue import LANGUAGES, say
from ..errors import CatalogueError

ON = {"on", "yes", "true", "1", "enabled"}
OFF = {"off", "no", "false", "0", "disabled"}
MODES = ("open", "choices")
STOP_BY = ("starter", "moderators")
# What an admin may type for a language: its code, or its name in English or in itself.
LANGUAGE_NAMES = {"en": "en", "english": "en", "ko": "ko", "kr": "ko", "korean": "ko", "한국어": "ko"}
_CHANNEL = re.compile(r"<#(\d{15,20})>|(\d{15,20})")


class BadSetting(CatalogueError):
    """A setting name or value that is not allowed; the message says what is."""


@dataclass(frozen=True)
class ServerSettings:
    round_seconds: float = 30
    rounds: int = 10
    auto_hint: bool = True
    mode: str = "open"
    channels: tuple[int, ...] = ()  # empty: every channel
    stop_by: str = "starter"  # the starter and moderators, or moderators only
    language: str = "en"

    def allows_channel(self, channel_id: int, parent_id: int | None = None) -> bool:
        """Games may start in every channel, or in the listed ones (and their threads)."""
        return not self.channels or channel_id in self.channels or parent_id in self.channels


@dataclass(frozen=True)
class Setting:
    name: str
    parse: Callable[[str], Any]
    show: Callable[[Any], str]

    @property
    def allowed(self) -> str:
        """What an admin may type, said in words."""
        return say(f"setting.allowed.{self.name}")


def _integer(name: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise BadSetting("setting.whole_number", name=name, low=low, high=high, text=text) from None
        if not low <= value <= high:
            raise BadSetting("setting.range", name=name, low=low, high=high, value=value)
        return value

    return parse


def _switch(text: str) -> bool:
    folded = text.casefold()
    if folded in ON:
        return True
    if folded in OFF:
        return False
    raise BadSetting("setting.switch", name="auto_hint", text=text)


def _one_of(name: str, values: tuple[str, ...]) -> Callable[[str], str]:
    def parse(text: str) -> str:
        folded = text.casefold()
        if folded not in values:
            raise BadSetting("setting.one_of", name=name, values=", ".join(values), text=text)
        return folded

    return parse


def _language(text: str) -> str:
    found = LANGUAGE_NAMES.get(text.casefold())
    if found is None:
        raise BadSetting("setting.one_of", name="language", values=", ".join(LANGUAGES), text=text)
    return found


def _channels(text: str) -> tuple[int, ...]:
    if text.casefold() in {"all", "any", "everywhere"}:
        return ()
    found = [int(a or b) for a, b in _CHANNEL.findall(text)]
    leftover = _CHANNEL.sub(" ", text).replace(",", " ").split()
    if not found or leftover:
        raise BadSetting("setting.channels")
    return tuple(dict.fromkeys(found))


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("round_seconds", _integer("round_seconds", 10, 120), lambda v: f"{v:g}"),
        Setting("rounds", _integer("rounds", 1, 50), str),
        Setting("auto_hint", _switch, lambda v: "on" if v else "off"),
        Setting("mode", _one_of("mode", MODES), str),
        Setting("channels", _channels, lambda v: " ".join(f"<#{c}>" for c in v) if v else "all"),
        Setting("stop_by", _one_of("stop_by", STOP_BY), str),
        Setting("language", _language, str),
    )
}


def setting(name: str) -> Setting:
    found = SETTINGS.get(name.casefold())
    if found is None:
        raise BadSetting("setting.unknown", name=name, settings=", ".join(SETTINGS))
    return found


def parse_value(name: str, text: str) -> Any:
    """The value `text` means for setting `name`, or BadSetting saying what is allowed."""
    return setting(name).parse(text.strip())


def apply(defaults: ServerSettings, stored: Mapping[str, str]) -> ServerSettings:
    """A server's settings: the stored values over the defaults. A stored value that
    no longer parses (a setting's range changed) falls back to the default."""
    values: dict[str, Any] = {}
    for name, text in stored.items():
        if name in SETTINGS:
            try:
                values[name] = SETTINGS[name].parse(text)
            except BadSetting:
                continue
    return replace(defaults, **values)


def setting_text(value: Any, name: str) -> str:
    return SETTINGS[name].show(value)


def stored_text(name: str, value: Any) -> str:
    """How a parsed value is kept in the database (it parses back to itself)."""
    if name == "channels":
        return " ".join(str(c) for c in value) if value else "all"
    return setting_text(value, name)
