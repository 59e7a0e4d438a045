"""The fake Discord's REST API v10: the routes this bot calls, with the checks real
Discord makes on each (fake_rules.py), recording what the bot sent.

Besides its answers, what the network and Discord's edge do: a request can be cut off
(`FakeDiscord.drop_next`: the server closes the connection, which aiohttp raises as
ServerDisconnectedError, or resets it, errno 104 on Linux), before or after Discord
did the work; a message sent with `nonce` and `enforce_nonce` is created once, a
retry getting the first one back (Create Message,
https://discord.com/developers/docs/resources/message#create-message). Invalid
requests (401, 403, and 429 other than shared ones) are counted: past
`invalid_request_limit` in 10 minutes (10,000 on Discord), Cloudflare bans the bot's
address and every request gets a 429 without a `Via` header
(https://discord.com/developers/docs/topics/rate-limits#invalid-request-limit-aka-cloudflare-bans).
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import struct
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import fake_rules as rules
from .fake_cdn import FILES, UPLOAD_LIMIT, read_body, too_large, upload_problems
from .fake_interactions import FakeInteractions, Interaction
from .fake_model import (
    ADD_REACTIONS,
    ATTACH_FILES,
    EMBED_LINKS,
    READ_MESSAGE_HISTORY,
    VIEW_CHANNEL,
    Guild,
    Json,
    User,
    now_iso,
    snowflake,
)

INVALID_WINDOW = 600.0  # seconds: Discord counts invalid requests over 10 minutes


@dataclass
class Sent:
    """A message the bot created, in the order the fake received it."""

    id: int
    channel_id: int
    content: str
    allowed_mentions: Json | None
    via_interaction: bool
    ephemeral: bool
    at: float
    payload: Json
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (filename, bytes) the bot attached

    @property
    def nonce(self) -> str | None:
        return self.payload.get("nonce")

    @property
    def embeds(self) -> list[Json]:
        return list(self.payload.get("embeds") or [])

    @property
    def text(self) -> str:
        """Everything a reader sees: the content, then each embed's title, description and fields."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            parts += [f"{f.get('name')}: {f.get('value')}" for f in embed.get("fields") or []]
        return "\n".join(p for p in parts if p)


@dataclass
class Failure:
    method: str
    path: re.Pattern[str]
    status: int
    times: int
    retry_after: float
    content: str | None = None  # only requests whose body contains this
    code: int = 0  # Discord's JSON error code, for a 4xx
    message: str = ""
    delay: float = 0.0  # hold the request this long, then handle it normally (status 0)
    drop: str = ""  # "disconnect" or "reset": cut the connection instead of answering
    after: bool = False  # drop only once the request is handled (the answer is lost)


class FakeRest(FakeInteractions):
    """The REST half of FakeDiscord (its state lives there)."""

    if TYPE_CHECKING:
        requests: list[tuple[str, str]]
        sent: list[Sent]
        edits: list[tuple[int, Json]]
        reactions: list[tuple[int, int, str]]
        unhandled: list[tuple[str, str]]
        bad_requests: list[str]
        refused: list[tuple[str, str, int, int]]
        rate_limit_violations: list[tuple[int, float]]
        served_failures: list[tuple[str, str, int]]
        dropped: list[tuple[str, str, str]]
        invalid_requests: list[tuple[float, str, str, int]]
        invalid_request_limit: int
        direct: list[tuple[int, str]]
        commands: list[Json]
        autocompletes: dict[str, list[Json]]
        guild_commands: dict[int, list[Json]]
        guilds: dict[int, Guild]
        channel_guild: dict[int, int]
        rate_limit: tuple[int, float]
        rate_limit_headers: bool
        global_bucket: rules.GlobalBucket
        global_rate_limit_violations: list[tuple[str, str, float]]
        max_concurrency: int
        recommended: int | None
        token: str
        bot_user: User
        app_owner: User
        application_id: int
        gateway_url: str
        _failures: list[Failure]
        _interactions: dict[str, Interaction]
        _originals: dict[str, Json]
        _recent: dict[int, deque[float]]
        _dm_channels: dict[int, int]
        _sent_event: asyncio.Event

        def recommended_shards(self) -> int: ...

    # --- REST --------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        if not request.path.startswith("/api/"):
            result: web.StreamResponse = await handler(request)
            return result
        path = request.path.removeprefix("/api/v10")
        self.requests.append((request.method, path))
        if self.banned:
            return rules.cloudflare_ban()
        response = await self._answer(request, handler, path)
        if response.status in (401, 403) or (
            response.status == 429 and response.headers.get("X-RateLimit-Scope") != "shared"
        ):
            self.invalid_requests.append((time.monotonic(), request.method, path, response.status))
        return response

    @property
    def banned(self) -> bool:
        """Past the limit of invalid requests in 10 minutes, Cloudflare blocks the bot."""
        now = time.monotonic()
        recent = sum(1 for at, *_ in self.invalid_requests if now - at < INVALID_WINDOW)
        return recent >= self.invalid_request_limit

    async def _answer(self, request: web.Request, handler: Callable[..., Any], path: str) -> web.StreamResponse:
        # Interaction and webhook routes carry their own token in the URL, not the bot's.
        by_url_token = path.startswith(("/interactions/", "/webhooks/"))
        if not by_url_token and request.headers.get("Authorization") != f"Bot {self.token}":
            return rules.error(401, 0, "401: Unauthorized")
        if (retry_after := self.global_bucket.take(path)) is not None:
            self.global_rate_limit_violations.append((request.method, path, time.monotonic()))
            return rules.globally_rate_limited(retry_after)
        # JSON, or multipart/form-data for a message with files (payload_json and files[n]).
        if request.can_read_body and request.content_type not in ("application/json", "multipart/form-data"):
            self.bad_requests.append(f"{request.method} {path}: Content-Type {request.content_type!r}")
            return rules.error(400, 50006, "Cannot send an empty message")
        for failure in self._failures:
            if failure.times > 0 and failure.method == request.method and failure.path.search(path):
                if failure.content is not None and failure.content not in await request.text():
                    continue
                failure.times -= 1
                if failure.delay:
                    await asyncio.sleep(failure.delay)
                    break
                if failure.drop:
                    if failure.after:
                        await handler(request)  # Discord did the work; its answer never arrives
                    self.dropped.append((request.method, path, failure.drop))
                    _cut(request, reset=failure.drop == "reset")
                    return web.Response(status=204)  # written to a closed connection: never read
                self.served_failures.append((request.method, path, failure.status))
                return _failure_response(failure)
        response: web.StreamResponse = await handler(request)
        if response.status >= 400:
            code = json.loads(getattr(response, "body", b"{}") or b"{}").get("code", 0)
            self.refused.append((request.method, path, response.status, code))
        return response

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        method = request.method
        body, request[FILES] = await read_body(request)
        for pattern, route_method, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and route_method == method:
                result: web.StreamResponse = await handler(request, body, *match.groups())
                return result
        self.unhandled.append((method, path))
        return rules.error(404, 0, "404: Not Found")

    def _routes(self) -> list[tuple[str, str, Callable[..., Any]]]:
        return [
            (r"/users/@me", "GET", self._me),
            (r"/oauth2/applications/@me", "GET", self._application),
            (r"/gateway/bot", "GET", self._gateway_bot),
            (r"/applications/(\d+)/commands", "PUT", self._sync_commands),
            (r"/applications/(\d+)/commands", "GET", self._list_commands),
            (r"/applications/(\d+)/guilds/(\d+)/commands", "PUT", self._sync_guild_commands),
            (r"/guilds/(\d+)/members/(\d+)", "GET", self._get_member),
            (r"/users/@me/channels", "POST", self._open_dm),
            (r"/channels/(\d+)/messages", "POST", self._create_message),
            (r"/channels/(\d+)/messages/(\d+)", "PATCH", self._edit_message),
            (r"/channels/(\d+)/messages/(\d+)", "DELETE", self._no_content),
            (r"/channels/(\d+)/messages/(\d+)/reactions/([^/]+)/@me", "PUT", self._react),
            (r"/channels/(\d+)/typing", "POST", self._no_content),
            *self._interaction_routes(),
        ]

    async def _me(self, request: web.Request, body: Json) -> web.Response:
        return rules.json_response(self.bot_user.payload | {"verified": True, "mfa_enabled": False, "flags": 0})

    async def _application(self, request: web.Request, body: Json) -> web.Response:
        return rules.json_response(
            {
                "id": str(self.application_id),
                "name": "TriviaBot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.app_owner.payload,
                "verify_key": "0" * 64,
                "flags": 1 << 19,
                "team": None,
                "summary": "",
            }
        )

    async def _gateway_bot(self, request: web.Request, body: Json) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": self.max_concurrency}
        shards = self.recommended or self.recommended_shards()
        return rules.json_response({"url": self.gateway_url, "shards": shards, "session_start_limit": limit})

    async def _sync_commands(self, request: web.Request, body: Any, app_id: str) -> web.Response:
        assert isinstance(body, list)
        if problems := rules.command_problems(body):
            return rules.invalid_form_body(problems)
        self.commands = [_registered(c, app_id) for c in body]
        return rules.json_response(self.commands)

    async def _sync_guild_commands(self, request: web.Request, body: Any, app_id: str, guild_id: str) -> web.Response:
        assert isinstance(body, list)
        if problems := rules.command_problems(body):
            return rules.invalid_form_body(problems)
        self.guild_commands[int(guild_id)] = [_registered(c, app_id) | {"guild_id": guild_id} for c in body]
        return rules.json_response(self.guild_commands[int(guild_id)])

    async def _list_commands(self, request: web.Request, body: Json, app_id: str) -> web.Response:
        return rules.json_response(self.commands)

    async def _get_member(self, request: web.Request, body: Json, guild_id: str, user_id: str) -> web.Response:
        guild = self.guilds.get(int(guild_id))
        if guild is None or int(user_id) not in guild.members:
            return rules.error(404, 10007, "Unknown Member")
        return rules.json_response(guild.member_payload(int(user_id)))

    async def _open_dm(self, request: web.Request, body: Json) -> web.Response:
        user_id = int(body["recipient_id"])
        channel_id = next((c for c, u in self._dm_channels.items() if u == user_id), None) or snowflake()
        self._dm_channels[channel_id] = user_id
        user = next(m.user for g in self.guilds.values() for uid, m in g.members.items() if uid == user_id)
        return rules.json_response({"id": str(channel_id), "type": 1, "recipients": [user.payload]})

    async def _create_message(self, request: web.Request, body: Json, channel_id: str) -> web.Response:
        cid = int(channel_id)
        if cid in self._dm_channels:
            self.direct.append((self._dm_channels[cid], body.get("content") or ""))
            return rules.json_response(self._message(cid, self.bot_user, body.get("content") or ""))
        guild = self.guilds[self.channel_guild[cid]]
        if not guild.can_post(self.bot_user.id, cid):
            return rules.missing_permissions()
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        files = request[FILES]
        if files and not guild.permissions_in(self.bot_user.id, cid) & ATTACH_FILES:
            return rules.missing_permissions()
        if problems := upload_problems(files, UPLOAD_LIMIT):
            return too_large(problems)
        if (earlier := self._same_nonce(cid, body)) is not None:
            return rules.json_response(earlier)  # a retry of a message Discord already created
        if (refusal := self._over_rate_limit(cid)) is not None:
            return refusal
        headers = self._count_for_rate_limit(cid)
        if not guild.permissions_in(self.bot_user.id, cid) & EMBED_LINKS:
            body = body | {"embeds": []}  # Discord drops the embeds of a member without Embed Links
        message = self._record(cid, body, via_interaction=False, files=files)
        return rules.json_response(message, headers=headers)

    async def _edit_message(self, request: web.Request, body: Json, channel_id: str, message_id: str) -> web.Response:
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        self.edits.append((int(message_id), body))
        return rules.json_response(self._update(int(message_id), body, int(channel_id)))

    def _update(self, message_id: int, body: Json, channel_id: int = 0) -> Json:
        """Apply an edit to a recorded message (its content, embeds, buttons) and return it."""
        original = next((m for m in self.sent if m.id == message_id), None)
        if original is None:
            return self._message(channel_id, self.bot_user, "") | {"id": str(message_id)}
        for key in ("content", "embeds", "components"):
            if key in body:
                original.payload[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        original.content = original.payload.get("content") or ""
        return original.payload

    async def _react(
        self, request: web.Request, body: Json, channel_id: str, message_id: str, emoji: str
    ) -> web.Response:
        cid = int(channel_id)
        needed = VIEW_CHANNEL | ADD_REACTIONS | READ_MESSAGE_HISTORY
        if self.guilds[self.channel_guild[cid]].permissions_in(self.bot_user.id, cid) & needed != needed:
            return rules.missing_permissions()
        self.reactions.append((cid, int(message_id), emoji))
        return web.Response(status=204)

    async def _no_content(self, request: web.Request, body: Json, *_: str) -> web.Response:
        return web.Response(status=204)

    def _message(self, channel_id: int, author: User, content: str) -> Json:
        guild_id = self.channel_guild.get(channel_id)
        return {
            "id": str(snowflake()),
            "channel_id": str(channel_id),
            "guild_id": str(guild_id) if guild_id else None,
            "author": author.payload,
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }

    def _same_nonce(self, channel_id: int, body: Json) -> Json | None:
        """With `enforce_nonce`, the message already created with this nonce (in the last
        few minutes, by this author), which Discord returns instead of a new one."""
        nonce = body.get("nonce")
        if nonce is None or not body.get("enforce_nonce"):
            return None
        recent = time.monotonic() - 300
        return next(
            (m.payload for m in self.sent if m.channel_id == channel_id and m.nonce == str(nonce) and m.at > recent),
            None,
        )

    def _record(
        self,
        channel_id: int,
        body: Json,
        via_interaction: bool,
        ephemeral: bool | None = None,
        id: int = 0,
        files: list[tuple[str, bytes]] | None = None,
    ) -> Json:
        """A message the bot made (`ephemeral`: as deferred, whatever its flags say; `id`:
        that of the thinking message it replaces; `files`: what it uploaded with it)."""
        message = self._message(channel_id, self.bot_user, body.get("content") or "")
        if id:
            message["id"] = str(id)
        message["embeds"] = body.get("embeds") or []
        message["components"] = body.get("components") or []
        message["attachments"] = [
            {"id": str(snowflake()), "filename": name, "size": len(data), "url": "", "proxy_url": ""}
            for name, data in files or []
        ]
        if body.get("nonce") is not None:
            message["nonce"] = str(body["nonce"])
        flags = int(body.get("flags") or 0)
        if ephemeral is None:
            ephemeral = bool(flags & 64)
        self.sent.append(
            Sent(
                id=int(message["id"]),
                channel_id=channel_id,
                content=message["content"],
                allowed_mentions=body.get("allowed_mentions"),
                via_interaction=via_interaction,
                ephemeral=ephemeral,
                at=time.monotonic(),
                payload=message,
                files=list(files or []),
            )
        )
        self._sent_event.set()
        return message

    def _window(self, channel_id: int) -> deque[float]:
        _, window = self.rate_limit
        now = time.monotonic()
        recent = self._recent[channel_id]
        while recent and now - recent[0] >= window:
            recent.popleft()
        return recent

    def _over_rate_limit(self, channel_id: int) -> web.Response | None:
        """Past the channel's budget, Discord answers 429 and the message is not posted."""
        limit, window = self.rate_limit
        recent = self._window(channel_id)
        if len(recent) < limit:
            return None
        now = time.monotonic()
        self.rate_limit_violations.append((channel_id, now))
        return rules.rate_limited(window - (now - recent[0]))

    def _count_for_rate_limit(self, channel_id: int) -> dict[str, str]:
        limit, window = self.rate_limit
        recent = self._window(channel_id)
        now = time.monotonic()
        recent.append(now)
        reset_after = window - (now - recent[0])
        if not self.rate_limit_headers:
            return {}
        return {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(0, limit - len(recent))),
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Bucket": f"channel-{channel_id}",
        }


def _registered(command: Json, app_id: str) -> Json:
    """A synced command as Discord returns it: with ids, and permissions as a string
    (discord.py sends them as a number)."""
    permissions = command.get("default_member_permissions")
    return command | {
        "id": str(snowflake()),
        "application_id": app_id,
        "version": "1",
        "default_member_permissions": None if permissions is None else str(permissions),
    }


def _cut(request: web.Request, reset: bool) -> None:
    """Close the request's connection without an answer; with `reset`, as a TCP reset
    (SO_LINGER 0), which the client sees as "Connection reset by peer"."""
    transport = request.transport
    assert transport is not None
    if reset:
        sock = transport.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()


def _failure_response(failure: Failure) -> web.Response:
    if failure.status == 429:
        return rules.rate_limited(failure.retry_after)
    if failure.status == 403:
        return rules.error(403, failure.code or 50013, failure.message or "Missing Permissions")
    if failure.status < 500:
        return rules.error(failure.status, failure.code, failure.message or f"{failure.status}: Bad Request")
    if failure.status == 503:  # from the proxy in front of Discord's API, as plain text
        return web.Response(status=503, text="upstream connect error or disconnect/reset before headers")
    return rules.error(failure.status, 0, f"{failure.status}: Server Error")
