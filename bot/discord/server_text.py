"""How per-server settings, boards and reports read on Discord."""

from __future__ import annotations

from typing import Any

from ..core.server_settings import SETTINGS, ServerSettings, shown
from . import limits


def settings_text(current: ServerSettings, defaults: ServerSettings, prefix: str) -> str:
    lines = ["⚙️ **Trivia settings on this server**"]
    for name, setting in SETTINGS.items():
        value, default = getattr(current, name), getattr(defaults, name)
        mark = "" if value == default else " ✏️"
        lines.append(f"`{name}`: **{shown(value, name)}**{mark} · default {shown(default, name)} · {setting.allowed}")
    lines.append(f"Change one with `{prefix}trivia set <name> <value>` (Manage Server); `default` resets it.")
    return limits.content("\n".join(lines))


def changed_text(name: str, value: Any, default: Any) -> str:
    if value == default:
        return f"✅ `{name}` is back to its default, **{shown(default, name)}**. Games started from now on use it."
    return (
        f"✅ `{name}` is now **{shown(value, name)}** (default {shown(default, name)}). "
        "Games started from now on use it; a game already running keeps its own."
    )
