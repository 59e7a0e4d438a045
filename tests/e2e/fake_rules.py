"""What real Discord refuses, and how it says so: message limits (400, code 50035),
permission errors (403, 50013), interaction deadlines (10062, 40060), rate limits (429).

Limits from https://discord.com/developers/docs/resources/message#create-message and
https://discord.com/developers/docs/resources/message#embed-object-embed-limits;
the global rate limit from https://discord.com/developers/docs/topics/rate-limits.
"""

from __future__ import annotations

import json
import re
import time
from collections import deque
from typing import Any

import discord
from aiohttp import web

Json = dict[str, Any]

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
EMBED_FIELDS_MAX = 25
EMBED_LIMITS = {"title": 256, "description": 4096}
FIELD_LIMITS = {"name": 256, "value": 1024}
FOOTER_MAX = 2048
AUTHOR_MAX = 256
ROWS_MAX = 5
ROW_ITEMS_MAX = 5
LABEL_MAX = 80
CUSTOM_ID_MAX = 100
INTERACTION_DEADLINE = 3.0  # seconds to answer an interaction the first time


def json_response(data: object, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON reply with `Content-Type: application/json` exactly, as Discord sends it
    (discord.py parses a body as JSON only on that exact header)."""
    # discord.py takes a 429 without a `Via` header for a Cloudflare ban and gives up.
    base = {"Content-Type": "application/json", "Via": "1.1 google"}
    return web.Response(body=json.dumps(data).encode(), status=status, headers={**base, **(headers or {})})


def error(status: int, code: int, message: str, errors: Json | None = None) -> web.Response:
    body: Json = {"message": message, "code": code}
    if errors:
        body["errors"] = errors
    return json_response(body, status=status)


def missing_permissions() -> web.Response:
    return error(403, 50013, "Missing Permissions")


def rate_limited(retry_after: float, scope: str = "user") -> web.Response:
    return json_response(
        {"message": "You are being rate limited.", "retry_after": round(retry_after, 3), "global": False},
        status=429,
        headers={"Retry-After": f"{retry_after:.3f}", "X-RateLimit-Scope": scope},
    )


def cloudflare_ban() -> web.Response:
    """What every request gets while Cloudflare blocks the bot's address: a 429 from
    Cloudflare itself (no `Via` header, an HTML page), which discord.py does not retry."""
    return web.Response(status=429, text="error code: 1015", content_type="text/html")


# Discord's global rate limit: 50 requests a second for a bot, whatever the route, from
# all its processes together; interaction endpoints are not bound by it.
GLOBAL_RATE_LIMIT = (50, 1.0)
_NOT_GLOBAL = ("/interactions/", "/webhooks/")


class GlobalBucket:
    """The bot's requests in the last `window` seconds; at most `limit` are let through."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._times: deque[float] = deque()

    def take(self, path: str) -> float | None:
        """Count a request; None if it may go through, else how long to wait."""
        if path.startswith(_NOT_GLOBAL):
            return None
        now = time.monotonic()
        while self._times and now - self._times[0] >= self.window:
            self._times.popleft()
        if len(self._times) >= self.limit:
            return self.window - (now - self._times[0])
        self._times.append(now)
        return None


def globally_rate_limited(retry_after: float) -> web.Response:
    """A 429 of the global limit, as Discord sends it: `global: true` in the body and the
    X-RateLimit-Global header, no per-route bucket headers."""
    return json_response(
        {"message": "You are being rate limited.", "retry_after": round(retry_after, 3), "global": True},
        status=429,
        headers={"Retry-After": f"{retry_after:.3f}", "X-RateLimit-Global": "true", "X-RateLimit-Scope": "global"},
    )


def message_problems(body: Json) -> list[str]:
    """Every limit a message body breaks, as `path: reason`; empty when Discord takes it."""
    problems: list[str] = []
    content = body.get("content")
    if isinstance(content, str) and len(content) > CONTENT_MAX:
        problems.append(f"content: Must be {CONTENT_MAX} or fewer in length.")
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS_MAX:
        problems.append(f"embeds: Must be {EMBEDS_MAX} or fewer in length.")
    total = 0
    for n, embed in enumerate(embeds):
        for key, limit in EMBED_LIMITS.items():
            total += _check(problems, f"embeds.{n}.{key}", embed.get(key), limit)
        fields = embed.get("fields") or []
        if len(fields) > EMBED_FIELDS_MAX:
            problems.append(f"embeds.{n}.fields: Must be {EMBED_FIELDS_MAX} or fewer in length.")
        for f, item in enumerate(fields):
            for key, limit in FIELD_LIMITS.items():
                total += _check(problems, f"embeds.{n}.fields.{f}.{key}", item.get(key), limit)
        total += _check(problems, f"embeds.{n}.footer.text", (embed.get("footer") or {}).get("text"), FOOTER_MAX)
        total += _check(problems, f"embeds.{n}.author.name", (embed.get("author") or {}).get("name"), AUTHOR_MAX)
    if total > EMBED_TOTAL_MAX:
        problems.append(f"embeds: Embed size exceeds maximum size of {EMBED_TOTAL_MAX}")
    problems += _component_problems(body.get("components") or [])
    return problems


def _check(problems: list[str], path: str, value: object, limit: int) -> int:
    if not isinstance(value, str):
        return 0
    if len(value) > limit:
        problems.append(f"{path}: Must be {limit} or fewer in length.")
    return len(value)


def _component_problems(rows: list[Json]) -> list[str]:
    problems = []
    if len(rows) > ROWS_MAX:
        problems.append(f"components: Must be {ROWS_MAX} or fewer in length.")
    for r, row in enumerate(rows):
        items = row.get("components") or []
        if len(items) > ROW_ITEMS_MAX:
            problems.append(f"components.{r}.components: Must be {ROW_ITEMS_MAX} or fewer in length.")
        for i, item in enumerate(items):
            _check(problems, f"components.{r}.components.{i}.label", item.get("label"), LABEL_MAX)
            _check(problems, f"components.{r}.components.{i}.custom_id", item.get("custom_id"), CUSTOM_ID_MAX)
    return problems


def invalid_form_body(problems: list[str]) -> web.Response:
    """Discord's answer to a body over its limits: 400, code 50035, with each field's error."""
    errors: Json = {}
    for problem in problems:
        path, _, reason = problem.partition(": ")
        errors[path] = {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": reason}]}
    return error(400, 50035, "Invalid Form Body", errors)


# Application commands (PUT /applications/{id}/commands), as Discord validates them.
_COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")  # \p{L}, \p{N}, - and _ ; Hangul included
LOCALES = frozenset(locale.value for locale in discord.Locale)
DESCRIPTION_MAX = 100
CHOICE_NAME_MAX = 100


def command_problems(commands: list[Json]) -> list[str]:
    """Names: one lower-case word of at most 32 characters, in every locale, unique among
    siblings; descriptions and choice names: 1 to 100 characters; known locales only."""
    problems: list[str] = []
    _named(problems, commands, "")
    return problems


def _named(problems: list[str], items: list[Json], path: str) -> None:
    names: dict[str, set[str]] = {}
    for i, item in enumerate(items):
        where = f"{path}{i}"
        for locale, name in {"": item.get("name"), **(item.get("name_localizations") or {})}.items():
            if locale and locale not in LOCALES:
                problems.append(f"{where}.name_localizations: Invalid locale {locale!r}.")
            if not isinstance(name, str) or not _COMMAND_NAME.match(name) or name != name.lower():
                problems.append(f"{where}.name: Command name is invalid ({name!r}, locale {locale or 'default'}).")
            elif name in names.setdefault(locale, set()):
                problems.append(f"{where}.name: Application command names must be unique ({name!r}).")
            else:
                names[locale].add(name)
        for locale, text in {"": item.get("description", "x"), **(item.get("description_localizations") or {})}.items():
            if not isinstance(text, str) or not 1 <= len(text) <= DESCRIPTION_MAX:
                problems.append(f"{where}.description: Must be between 1 and {DESCRIPTION_MAX} in length ({locale}).")
        for c, choice in enumerate(item.get("choices") or []):
            for locale, text in {"": choice.get("name"), **(choice.get("name_localizations") or {})}.items():
                if not isinstance(text, str) or not 1 <= len(text) <= CHOICE_NAME_MAX:
                    problems.append(f"{where}.choices.{c}.name: Must be between 1 and {CHOICE_NAME_MAX} ({locale}).")
        _named(problems, item.get("options") or [], f"{where}.options.")
