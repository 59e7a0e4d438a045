"""How per-server settings read on Discord."""

from __future__ import annotations

from typing import Any

from ..core.catalogue import say
from ..core.server_settings import SETTINGS, ServerSettings, shown
from . import limits


def settings_text(current: ServerSettings, defaults: ServerSettings, prefix: str) -> str:
    lines = [say("settings.title")]
    for name, setting in SETTINGS.items():
        value, default = getattr(current, name), getattr(defaults, name)
        lines.append(
            say(
                "settings.row",
                name=name,
                value=shown(value, name),
                mark="" if value == default else " ✏️",
                default=shown(default, name),
                allowed=setting.allowed,
            )
        )
    lines.append(say("settings.footer", prefix=prefix))
    return limits.content("\n".join(lines))


def changed_text(name: str, value: Any, default: Any) -> str:
    if value == default:
        return say("settings.reset", name=name, default=shown(default, name))
    return say("settings.changed", name=name, value=shown(value, name), default=shown(default, name))
