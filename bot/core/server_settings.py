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

from .errors import TriviaError

ON = {"on", "yes", "true", "1", "enabled"}
OFF = {"off", "no", "false", "0", "disabled"}
MODES = ("open", "choices")
STOP_BY = ("starter", "moderators")
LANGUAGES = ("en",)
_CHANNEL = re.compile(r"<#(\d{15,20})>|(\d{15,20})")


class BadSetting(TriviaError):
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
    allowed: str  # what an admin may type, said in words
    parse: Callable[[str], Any]
    show: Callable[[Any], str]


def _integer(name: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise BadSetting(f"{name} must be a whole number between {low} and {high}, not “{text}”.") from None
        if not low <= value <= high:
            raise BadSetting(f"{name} must be between {low} and {high}, not {value}.")
        return value

    return parse


def _switch(text: str) -> bool:
    folded = text.casefold()
    if folded in ON:
        return True
    if folded in OFF:
        return False
    raise BadSetting(f"auto_hint must be on or off, not “{text}”.")


def _one_of(name: str, values: tuple[str, ...]) -> Callable[[str], str]:
    def parse(text: str) -> str:
        folded = text.casefold()
        if folded not in values:
            raise BadSetting(f"{name} must be one of {', '.join(values)}, not “{text}”.")
        return folded

    return parse


def _channels(text: str) -> tuple[int, ...]:
    if text.casefold() in {"all", "any", "everywhere"}:
        return ()
    found = [int(a or b) for a, b in _CHANNEL.findall(text)]
    leftover = _CHANNEL.sub(" ", text).replace(",", " ").split()
    if not found or leftover:
        raise BadSetting("channels must be `all` or one or more channel mentions (#trivia #games).")
    return tuple(dict.fromkeys(found))


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("round_seconds", "10 to 120", _integer("round_seconds", 10, 120), lambda v: f"{v:g}"),
        Setting("rounds", "1 to 50", _integer("rounds", 1, 50), str),
        Setting("auto_hint", "on or off", _switch, lambda v: "on" if v else "off"),
        Setting("mode", "open (typed answers) or choices (buttons)", _one_of("mode", MODES), str),
        Setting(
            "channels",
            "all, or channel mentions",
            _channels,
            lambda v: " ".join(f"<#{c}>" for c in v) if v else "all",
        ),
        Setting(
            "stop_by",
            "starter (the starter and moderators) or moderators",
            _one_of("stop_by", STOP_BY),
            str,
        ),
        Setting("language", ", ".join(LANGUAGES), _one_of("language", LANGUAGES), str),
    )
}


def setting(name: str) -> Setting:
    found = SETTINGS.get(name.casefold())
    if found is None:
        raise BadSetting(f"There is no setting “{name}”. Settings: {', '.join(SETTINGS)}.")
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


def shown(value: Any, name: str) -> str:
    return SETTINGS[name].show(value)


def stored_text(name: str, value: Any) -> str:
    """How a parsed value is kept in the database (it parses back to itself)."""
    if name == "channels":
        return " ".join(str(c) for c in value) if value else "all"
    return shown(value, name)
