"""A fake Discord on 127.0.0.1: enough REST API v10 and gateway for this bot.

The real, unmodified discord.py client talks to it over real sockets. Tests point
discord.py here by setting `discord.http.Route.BASE` and
`discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`; nothing in `bot/` knows.

What real Discord enforces and matters here is enforced (or recorded) too: the
bot token, `Content-Type: application/json`, the Message Content intent (content
is blanked without it) and the per-channel limit of 5 messages per 5 seconds.
Tests can inject user messages, slash commands and failures (429, 5xx, 403, a
dropped gateway connection that the client must RESUME).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

Json = dict[str, Any]

MESSAGE_CONTENT_INTENT = 1 << 15
DEFAULT_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 6) | (1 << 14)  # view, send, history, react, embed
MANAGE_MESSAGES = 1 << 13
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
RATE_LIMIT = (5, 5.0)  # messages, seconds, per channel: Discord's limit on posting

DISCORD_EPOCH_MS = 1_420_070_400_000


class CommandUnavailable(Exception):
    """Discord would not show this slash command to this user."""


_ids = itertools.count()


def snowflake() -> int:
    """A unique id that encodes the current time, as Discord's do: discord.py reads an
    interaction's age from its id and treats an old one as expired."""
    return ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (next(_ids) & 0x3FFFFF)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class User:
    id: int
    name: str
    bot: bool = False

    @property
    def payload(self) -> Json:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
        }


@dataclass
class Guild:
    id: int
    name: str
    owner: User
    channels: list[int]
    roles: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (name, permissions)
    members: dict[int, tuple[User, list[int]]] = field(default_factory=dict)  # user id -> (user, role ids)

    def add_member(self, user: User, *roles: int) -> User:
        self.members[user.id] = (user, list(roles))
        return user

    def add_role(self, name: str, permissions: int) -> int:
        role_id = snowflake()
        self.roles[role_id] = (name, permissions)
        return role_id

    def member_payload(self, user_id: int, with_user: bool = True) -> Json:
        user, roles = self.members[user_id]
        data: Json = {"roles": [str(r) for r in roles], "joined_at": now_iso(), "deaf": False, "mute": False}
        data["flags"] = 0
        if with_user:
            data["user"] = user.payload
        return data

    def permissions_of(self, user_id: int) -> int:
        if user_id == self.owner.id:
            return (1 << 41) - 1
        _, roles = self.members[user_id]
        value = self.roles[self.id][1]
        for role in roles:
            value |= self.roles[role][1]
        return (1 << 41) - 1 if value & ADMINISTRATOR else value

    @property
    def payload(self) -> Json:
        return {
            "id": str(self.id),
            "name": self.name,
            "owner_id": str(self.owner.id),
            "unavailable": False,
            "member_count": len(self.members),
            "roles": [
                {
                    "id": str(rid),
                    "name": name,
                    "permissions": str(perms),
                    "position": 0 if rid == self.id else 1,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
                for rid, (name, perms) in self.roles.items()
            ],
            "channels": [
                {
                    "id": str(cid),
                    "type": 0,
                    "name": f"trivia-{n}",
                    "position": n,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                    "guild_id": str(self.id),
                }
                for n, cid in enumerate(self.channels)
            ],
            "members": [self.member_payload(uid) for uid in self.members],
            "emojis": [],
            "stickers": [],
            "features": [],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "large": False,
        }


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


@dataclass
class Failure:
    method: str
    path: re.Pattern[str]
    status: int
    times: int
    retry_after: float
    content: str | None = None  # only requests whose body contains this


class FakeDiscord:
    def __init__(
        self,
        token: str = "fake-token",
        grant_message_content: bool = True,
        rate_limit: tuple[int, float] = RATE_LIMIT,
        rate_limit_headers: bool = True,
    ) -> None:
        """`rate_limit` is (messages, seconds) per channel; tests may shorten the window to
        run in scaled time. Without `rate_limit_headers` discord.py gets no hint to wait
        before a bucket is empty, so every message the bot sends too fast shows up in
        `rate_limit_violations`: that tests the bot's own pacing."""
        self.token = token
        self.grant_message_content = grant_message_content
        self.rate_limit = rate_limit
        self.rate_limit_headers = rate_limit_headers
        self.bot_user = User(snowflake(), "TriviaBot", bot=True)
        self.app_owner = User(snowflake(), "BotOwner")
        self.application_id = self.bot_user.id
        self.guilds: dict[int, Guild] = {}
        self.channel_guild: dict[int, int] = {}
        self.requests: list[tuple[str, str]] = []
        self.sent: list[Sent] = []
        self.edits: list[tuple[int, Json]] = []
        self.reactions: list[tuple[int, int, str]] = []
        self.unhandled: list[tuple[str, str]] = []
        self.bad_requests: list[str] = []
        self.rate_limit_violations: list[tuple[int, float]] = []
        self.served_failures: list[tuple[str, str, int]] = []
        self.commands: list[Json] = []
        self.identifies: list[Json] = []
        self.resumes = 0
        self._failures: list[Failure] = []
        self._interaction_channel: dict[str, int] = {}  # interaction token -> channel
        self._originals: dict[str, Json] = {}  # interaction token -> its response message
        self._recent: dict[int, deque[float]] = defaultdict(deque)
        self._sent_event = asyncio.Event()
        self._seq = 0
        self._buffer: list[Json] = []
        self._ws: web.WebSocketResponse | None = None
        self._session_id = "session-" + str(snowflake())
        self._runner: web.AppRunner | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self._sending: set[asyncio.Future[None]] = set()
        self.url = ""
        self.extra_routes: list[web.RouteDef] = []  # e.g. the control API of fake_server.py

    # --- lifecycle ------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._middleware])
        app.add_routes(self.extra_routes)
        app.router.add_route("GET", "/gateway", self._gateway)
        app.router.add_route("GET", "/", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    @property
    def api_base(self) -> str:
        return f"{self.url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/gateway"

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- world building -----------------------------------------------------------------

    def add_guild(self, name: str = "Trauma Fans", channels: int = 2) -> Guild:
        owner = User(snowflake(), f"{name} owner")
        guild = Guild(snowflake(), name, owner, [snowflake() for _ in range(channels)])
        guild.roles[guild.id] = ("@everyone", DEFAULT_PERMISSIONS)
        guild.add_member(owner)
        guild.add_member(self.bot_user)
        for cid in guild.channels:
            self.channel_guild[cid] = guild.id
        self.guilds[guild.id] = guild
        if self._ws is not None:
            self.dispatch("GUILD_CREATE", guild.payload)
        return guild

    def join(self, guild: Guild, user: User, *roles: int) -> User:
        """A member joins (or is updated) while the bot is connected: GUILD_MEMBER_ADD."""
        guild.add_member(user, *roles)
        self.dispatch("GUILD_MEMBER_ADD", guild.member_payload(user.id) | {"guild_id": str(guild.id)})
        return user

    # --- what tests inject ----------------------------------------------------------------

    def inject_message(self, channel_id: int, author: User, content: str, **extra: Any) -> Json:
        """A user posts in a channel: MESSAGE_CREATE, as Discord sends it to this bot."""
        guild = self.guilds[self.channel_guild[channel_id]]
        mentions_bot = f"<@{self.bot_user.id}>" in content
        if not self._has_message_content() and not mentions_bot:
            content = ""  # what Discord sends to a bot without the Message Content intent
        message = self._message(channel_id, author, content) | extra
        message["member"] = guild.member_payload(author.id, with_user=False)
        self.dispatch("MESSAGE_CREATE", message)
        return message

    def inject_slash(self, channel_id: int, user: User, *path: str, **options: Any) -> Json:
        """A user runs `/trivia <sub> [options]`: INTERACTION_CREATE of an application command.

        Raises CommandUnavailable where Discord would not offer the command to the user:
        its default member permissions are more than the user has (owners and
        administrators see everything).
        """
        guild = self.guilds[self.channel_guild[channel_id]]
        top, *subs = path
        if not self.offers(guild, user, top):
            raise CommandUnavailable(f"Discord does not offer /{top} to {user.name}")
        opts: list[Json] = [{"name": k, "type": _option_type(v), "value": v} for k, v in options.items()]
        for name in reversed(subs):
            opts = [{"name": name, "type": 1, "options": opts}]
        command = next((c for c in self.commands if c["name"] == top), None)
        member = guild.member_payload(user.id) | {"permissions": str(guild.permissions_of(user.id))}
        interaction = {
            "id": str(snowflake()),
            "application_id": str(self.application_id),
            "type": 2,
            "token": f"itoken-{snowflake()}",
            "version": 1,
            "guild_id": str(guild.id),
            "channel_id": str(channel_id),
            "channel": {"id": str(channel_id), "type": 0, "guild_id": str(guild.id), "name": "trivia"},
            "member": member,
            "app_permissions": str(guild.permissions_of(self.bot_user.id)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
            "attachment_size_limit": 10_000_000,
            "data": {
                "id": command["id"] if command else str(snowflake()),
                "name": top,
                "type": 1,
                "options": opts,
                "guild_id": str(guild.id),
            },
        }
        self._interaction_channel[interaction["token"]] = channel_id
        self.dispatch("INTERACTION_CREATE", interaction)
        return interaction

    def offers(self, guild: Guild, user: User, top: str) -> bool:
        """Does Discord show the top-level command `top` to `user` in `guild`?"""
        command = next((c for c in self.commands if c["name"] == top), None)
        required = (command or {}).get("default_member_permissions")
        if required is None:
            return True
        needed = int(required) or ADMINISTRATOR  # "0": administrators only
        return guild.permissions_of(user.id) & needed == needed  # owners and admins hold every bit

    def fail_next(
        self, method: str, path: str, status: int, times: int = 1, retry_after: float = 0.2, content: str | None = None
    ) -> None:
        """The next `times` requests matching `method`, the `path` regex (and with
        `content` in their body, if given) get `status`."""
        self._failures.append(Failure(method, re.compile(path), status, times, retry_after, content))

    async def drop_gateway(self) -> None:
        """Cut the gateway connection the way a network blip does; the client should RESUME."""
        ws, self._ws = self._ws, None
        if ws is not None:
            await ws.close(code=4000, message=b"fake network blip")

    async def flood(self, messages: list[tuple[int, User, str]], rate: float = 0) -> None:
        """Send many MESSAGE_CREATE events in order (for benchmarks: `dispatch` schedules
        each send separately), as fast as the socket takes them or `rate` per second."""
        ws = self._ws
        assert ws is not None, "the bot is not connected"
        start = time.monotonic()
        for n, (channel_id, author, content) in enumerate(messages):
            if rate and n % 50 == 0 and (ahead := start + n / rate - time.monotonic()) > 0:
                await asyncio.sleep(ahead)
            guild = self.guilds[self.channel_guild[channel_id]]
            message = self._message(channel_id, author, content)
            message["member"] = guild.member_payload(author.id, with_user=False)
            self._seq += 1
            payload = {"op": 0, "t": "MESSAGE_CREATE", "s": self._seq, "d": message}
            self._buffer.append(payload)
            await ws.send_str(json.dumps(payload))

    def dispatch(self, event: str, data: Json) -> None:
        """Send a gateway event now, or keep it for the RESUME if the client is away."""
        self._seq += 1
        payload = {"op": 0, "t": event, "s": self._seq, "d": data}
        self._buffer.append(payload)
        if self._ws is not None and not self._ws.closed:
            sending = asyncio.ensure_future(self._ws.send_str(json.dumps(payload)))
            self._sending.add(sending)
            sending.add_done_callback(self._sending.discard)

    # --- what tests read -----------------------------------------------------------------

    def messages(self, channel_id: int | None = None) -> list[Sent]:
        return [m for m in self.sent if channel_id is None or m.channel_id == channel_id]

    async def next_message(
        self, channel_id: int, after: int, timeout: float = 12.0, where: Callable[[Sent], bool] | None = None
    ) -> Sent:
        """The first bot message in `channel_id` with index >= `after` in `sent` (matching `where`)."""
        deadline = time.monotonic() + timeout
        while True:
            for message in self.sent[after:]:
                if message.channel_id == channel_id and (where is None or where(message)):
                    return message
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                shown = [m.content[:80] for m in self.messages(channel_id)[-5:]]
                raise AssertionError(f"no matching bot message in channel {channel_id}; last ones: {shown}")
            self._sent_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._sent_event.wait(), timeout=remaining)

    # --- gateway ---------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.add(ws)
        await ws.send_json({"op": 10, "s": None, "t": None, "d": {"heartbeat_interval": 41250}})
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                await self._on_gateway_message(ws, json.loads(msg.data))
        finally:
            self._sockets.discard(ws)
            if self._ws is ws:
                self._ws = None
        return ws

    async def _on_gateway_message(self, ws: web.WebSocketResponse, message: Json) -> None:
        op, data = message.get("op"), message.get("d")
        if op == 1:  # heartbeat
            await ws.send_json({"op": 11, "s": None, "t": None, "d": None})
        elif op == 2:  # identify
            await self._identify(ws, data)
        elif op == 6:  # resume
            await self._resume(ws, data)
        elif op == 8:  # request guild members (converters use it for names not in the cache)
            self._member_chunk(data)

    def _member_chunk(self, data: Json) -> None:
        guild = self.guilds.get(int(data["guild_id"]))
        query = (data.get("query") or "").lower()
        wanted = {int(u) for u in data.get("user_ids") or []}
        members = [
            guild.member_payload(uid)
            for uid, (user, _) in (guild.members.items() if guild else [])
            if (wanted and uid in wanted) or (not wanted and user.name.lower().startswith(query))
        ]
        chunk = {"guild_id": str(data["guild_id"]), "members": members, "chunk_index": 0, "chunk_count": 1}
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        self.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def _identify(self, ws: web.WebSocketResponse, data: Json) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        if data.get("intents", 0) & MESSAGE_CONTENT_INTENT and not self.grant_message_content:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.identifies.append(data)
        self._ws = ws
        self._buffer.clear()
        ready = {
            "v": 10,
            "user": self.bot_user.payload | {"verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(gid), "unavailable": True} for gid in self.guilds],
            "session_id": self._session_id,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 1 << 19},
            "private_channels": [],
            "relationships": [],
        }
        self.dispatch("READY", ready)
        for guild in self.guilds.values():
            self.dispatch("GUILD_CREATE", guild.payload)

    async def _resume(self, ws: web.WebSocketResponse, data: Json) -> None:
        if data.get("token") != self.token or data.get("session_id") != self._session_id:
            await ws.send_json({"op": 9, "s": None, "t": None, "d": False})
            return
        self.resumes += 1
        self._ws = ws
        for payload in self._buffer:
            if payload["s"] > (data.get("seq") or 0):
                await ws.send_str(json.dumps(payload))
        self.dispatch("RESUMED", {})

    def _has_message_content(self) -> bool:
        return bool(self.identifies and self.identifies[-1].get("intents", 0) & MESSAGE_CONTENT_INTENT)

    # --- REST --------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        if request.path.startswith("/api/"):
            path = request.path.removeprefix("/api/v10")
            self.requests.append((request.method, path))
            # Interaction and webhook routes carry their own token in the URL, not the bot's.
            by_url_token = path.startswith(("/interactions/", "/webhooks/"))
            if not by_url_token and request.headers.get("Authorization") != f"Bot {self.token}":
                return _json({"message": "401: Unauthorized", "code": 0}, status=401)
            if request.can_read_body and request.content_type != "application/json":
                self.bad_requests.append(f"{request.method} {path}: Content-Type {request.content_type!r}")
                return _json({"message": "Cannot send an empty message", "code": 50006}, status=400)
            for failure in self._failures:
                if failure.times > 0 and failure.method == request.method and failure.path.search(path):
                    if failure.content is not None and failure.content not in await request.text():
                        continue
                    failure.times -= 1
                    self.served_failures.append((request.method, path, failure.status))
                    return _failure_response(failure)
        response: web.StreamResponse = await handler(request)
        return response

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        method = request.method
        body: Json = await request.json() if request.body_exists else {}
        for pattern, route_method, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and route_method == method:
                result: web.StreamResponse = await handler(request, body, *match.groups())
                return result
        self.unhandled.append((method, path))
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _routes(self) -> list[tuple[str, str, Callable[..., Any]]]:
        return [
            (r"/users/@me", "GET", self._me),
            (r"/oauth2/applications/@me", "GET", self._application),
            (r"/gateway/bot", "GET", self._gateway_bot),
            (r"/applications/(\d+)/commands", "PUT", self._sync_commands),
            (r"/applications/(\d+)/commands", "GET", self._list_commands),
            (r"/channels/(\d+)/messages", "POST", self._create_message),
            (r"/channels/(\d+)/messages/(\d+)", "PATCH", self._edit_message),
            (r"/channels/(\d+)/messages/(\d+)", "DELETE", self._no_content),
            (r"/channels/(\d+)/messages/(\d+)/reactions/([^/]+)/@me", "PUT", self._react),
            (r"/channels/(\d+)/typing", "POST", self._no_content),
            (r"/interactions/(\d+)/([^/]+)/callback", "POST", self._interaction_callback),
            (r"/webhooks/(\d+)/([^/]+)", "POST", self._followup),
            (r"/webhooks/(\d+)/([^/]+)/messages/@original", "GET", self._original),
            (r"/webhooks/(\d+)/([^/]+)/messages/@original", "PATCH", self._original),
        ]

    async def _me(self, request: web.Request, body: Json) -> web.Response:
        return _json(self.bot_user.payload | {"verified": True, "mfa_enabled": False, "flags": 0})

    async def _application(self, request: web.Request, body: Json) -> web.Response:
        return _json(
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
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _sync_commands(self, request: web.Request, body: Any, app_id: str) -> web.Response:
        assert isinstance(body, list)
        self.commands = [_registered(c, app_id) for c in body]
        return _json(self.commands)

    async def _list_commands(self, request: web.Request, body: Json, app_id: str) -> web.Response:
        return _json(self.commands)

    async def _create_message(self, request: web.Request, body: Json, channel_id: str) -> web.Response:
        cid = int(channel_id)
        headers = self._count_for_rate_limit(cid)
        message = self._record(cid, body, via_interaction=False)
        return _json(message, headers=headers)

    async def _edit_message(self, request: web.Request, body: Json, channel_id: str, message_id: str) -> web.Response:
        self.edits.append((int(message_id), body))
        original = next((m for m in self.sent if m.id == int(message_id)), None)
        base = original.payload if original else self._message(int(channel_id), self.bot_user, "")
        return _json(base | {k: v for k, v in body.items() if k in ("content", "embeds")})

    async def _react(
        self, request: web.Request, body: Json, channel_id: str, message_id: str, emoji: str
    ) -> web.Response:
        self.reactions.append((int(channel_id), int(message_id), emoji))
        return web.Response(status=204)

    async def _no_content(self, request: web.Request, body: Json, *_: str) -> web.Response:
        return web.Response(status=204)

    async def _interaction_callback(
        self, request: web.Request, body: Json, interaction_id: str, token: str
    ) -> web.Response:
        data = body.get("data") or {}
        channel_id = self._interaction_channel.get(token) or 0
        if body.get("type") == 5:  # deferred: "the bot is thinking…", no message yet
            message = self._message(channel_id, self.bot_user, "")
        else:
            message = self._record(channel_id, data, via_interaction=True)
        self._originals[token] = message
        return _json(
            {
                "interaction": {
                    "id": interaction_id,
                    "type": 2,
                    "response_message_id": message["id"],
                    "response_message_loading": False,
                    "response_message_ephemeral": bool(data.get("flags", 0) & 64),
                },
                "resource": {"type": body.get("type", 4), "message": message},
            }
        )

    async def _followup(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        channel_id = self._interaction_channel.get(token) or 0
        return _json(self._record(channel_id, body, via_interaction=True))

    async def _original(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        return _json(self._originals.get(token) or {})

    # --- helpers -----------------------------------------------------------------------

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

    def _record(self, channel_id: int, body: Json, via_interaction: bool) -> Json:
        message = self._message(channel_id, self.bot_user, body.get("content") or "")
        message["embeds"] = body.get("embeds") or []
        flags = int(body.get("flags") or 0)
        self.sent.append(
            Sent(
                id=int(message["id"]),
                channel_id=channel_id,
                content=message["content"],
                allowed_mentions=body.get("allowed_mentions"),
                via_interaction=via_interaction,
                ephemeral=bool(flags & 64),
                at=time.monotonic(),
                payload=message,
            )
        )
        self._sent_event.set()
        return message

    def _count_for_rate_limit(self, channel_id: int) -> dict[str, str]:
        limit, window = self.rate_limit
        now = time.monotonic()
        recent = self._recent[channel_id]
        while recent and now - recent[0] >= window:
            recent.popleft()
        recent.append(now)
        if len(recent) > limit:
            self.rate_limit_violations.append((channel_id, now))
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


def _json(data: object, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON reply with `Content-Type: application/json` exactly, as Discord sends it
    (discord.py parses a body as JSON only on that exact header)."""
    # discord.py takes a 429 without a `Via` header for a Cloudflare ban and gives up.
    base = {"Content-Type": "application/json", "Via": "1.1 google"}
    return web.Response(body=json.dumps(data).encode(), status=status, headers={**base, **(headers or {})})


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


def _option_type(value: object) -> int:
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    return 3


def _failure_response(failure: Failure) -> web.Response:
    if failure.status == 429:
        return _json(
            {"message": "You are being rate limited.", "retry_after": failure.retry_after, "global": False},
            status=429,
            headers={"Retry-After": f"{failure.retry_after}", "X-RateLimit-Scope": "user"},
        )
    if failure.status == 403:
        return _json({"message": "Missing Permissions", "code": 50013}, status=403)
    return _json({"message": f"{failure.status}: Server Error", "code": 0}, status=failure.status)
