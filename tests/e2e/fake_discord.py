"""A fake Discord on 127.0.0.1: enough REST API v10 and gateway for this bot.

The real, unmodified discord.py client talks to it over real sockets. Tests point
discord.py here by setting `discord.http.Route.BASE` and
`discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`; nothing in `bot/` knows.

What real Discord enforces and matters here is enforced too (fake_rules.py): the
bot token, `Content-Type: application/json`, the Message Content intent (content
is blanked without it), the per-channel limit of 5 messages per 5 seconds (a 429
past it), message limits (400, code 50035), channel permissions with overwrites
and threads (403, code 50013; fake_model.py), the 3-second interaction deadline
(10062) and one acknowledgement per interaction (40060). Without the Server Members
intent, members are not sent with the server; the bot finds them by asking (op 8).
Tests can inject user messages, slash commands and failures (429, 4xx with an error
code, 5xx, 403, delays, a dropped gateway connection that the client must RESUME).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from . import fake_rules as rules
from .fake_model import (
    ADD_REACTIONS,
    ADMINISTRATOR,
    DEFAULT_PERMISSIONS,
    EMBED_LINKS,
    MANAGE_GUILD,
    MANAGE_MESSAGES,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    Channel,
    Guild,
    Json,
    User,
    now_iso,
    snowflake,
)

__all__ = [
    "ADD_REACTIONS",
    "DEFAULT_PERMISSIONS",
    "EMBED_LINKS",
    "MANAGE_GUILD",
    "MANAGE_MESSAGES",
    "RATE_LIMIT",
    "SEND_MESSAGES",
    "SEND_MESSAGES_IN_THREADS",
    "VIEW_CHANNEL",
    "CommandUnavailable",
    "FakeDiscord",
    "Guild",
    "Sent",
    "User",
    "snowflake",
]

MESSAGE_CONTENT_INTENT = 1 << 15
GUILD_MEMBERS_INTENT = 1 << 1
RATE_LIMIT = (5, 5.0)  # messages, seconds, per channel: Discord's limit on posting


class CommandUnavailable(Exception):
    """Discord would not show this slash command to this user."""


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

    @property
    def embeds(self) -> list[Json]:
        return list(self.payload.get("embeds") or [])


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


@dataclass
class Interaction:
    token: str
    channel_id: int
    created: float
    acknowledged: bool = False


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
        before a bucket is empty, so every message the bot sends too fast gets a 429 and
        shows up in `rate_limit_violations`: that tests the bot's own pacing."""
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
        self.refused: list[tuple[str, str, int, int]] = []  # method, path, status, code: what Discord refused
        self.rate_limit_violations: list[tuple[int, float]] = []
        self.served_failures: list[tuple[str, str, int]] = []
        self.direct: list[tuple[int, str]] = []  # (user id, content): direct messages the bot sent
        self._dm_channels: dict[int, int] = {}  # DM channel id -> user id
        self.commands: list[Json] = []
        self.identifies: list[Json] = []
        self.resumes = 0
        self._failures: list[Failure] = []
        self._interactions: dict[str, Interaction] = {}
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
        for n, cid in enumerate(guild.channels):
            guild.rooms[cid] = Channel(cid, f"trivia-{n}", n)
            self.channel_guild[cid] = guild.id
        guild.roles[guild.id] = ("@everyone", DEFAULT_PERMISSIONS)
        guild.add_member(owner)
        guild.add_member(self.bot_user)
        self.guilds[guild.id] = guild
        if self._ws is not None:
            self.dispatch("GUILD_CREATE", self._guild_create(guild))
        return guild

    def add_thread(self, guild: Guild, parent: int, name: str = "trivia-thread") -> int:
        """A public thread in channel `parent`: THREAD_CREATE, as Discord sends it."""
        thread = Channel(snowflake(), name, 0, parent_id=parent)
        guild.rooms[thread.id] = thread
        self.channel_guild[thread.id] = guild.id
        self.dispatch("THREAD_CREATE", thread.payload(guild.id) | {"newly_created": True})
        return thread.id

    def join(self, guild: Guild, user: User, *roles: int, nick: str | None = None) -> User:
        """A member joins (or is updated) while the bot is connected. Discord sends
        GUILD_MEMBER_ADD only to bots with the (privileged) Server Members intent."""
        guild.add_member(user, *roles, nick=nick)
        if self._has_intent(GUILD_MEMBERS_INTENT):
            self.dispatch("GUILD_MEMBER_ADD", guild.member_payload(user.id) | {"guild_id": str(guild.id)})
        return user

    # --- what tests inject ----------------------------------------------------------------

    def inject_message(self, channel_id: int, author: User, content: str, **extra: Any) -> Json:
        """A user posts in a channel: MESSAGE_CREATE, as Discord sends it to this bot."""
        guild = self.guilds[self.channel_guild[channel_id]]
        mentions_bot = f"<@{self.bot_user.id}>" in content
        if not self._has_intent(MESSAGE_CONTENT_INTENT) and not mentions_bot:
            content = ""  # what Discord sends to a bot without the Message Content intent
        message = self._message(channel_id, author, content) | extra
        message["member"] = guild.member_payload(author.id, with_user=False)
        self.dispatch("MESSAGE_CREATE", message)
        return message

    def inject_slash(self, channel_id: int, user: User, *path: str, **options: Any) -> Json:
        """A user runs `/trivia <sub> [options]`: INTERACTION_CREATE of an application command.

        An option given as a `User` is a USER option: its value is the id, and the
        member comes in `resolved`, as Discord sends it. Raises CommandUnavailable where
        Discord would not offer the command to the user: its default member permissions
        are more than the user has (owners and administrators see everything).
        """
        guild = self.guilds[self.channel_guild[channel_id]]
        top, *subs = path
        if not self.offers(guild, user, top):
            raise CommandUnavailable(f"Discord does not offer /{top} to {user.name}")
        opts: list[Json] = []
        resolved: Json = {}
        for name, value in options.items():
            if isinstance(value, User):
                opts.append({"name": name, "type": 6, "value": str(value.id)})
                resolved.setdefault("users", {})[str(value.id)] = value.payload
                if value.id in guild.members:
                    member = guild.member_payload(value.id, with_user=False)
                    member["permissions"] = str(guild.permissions_in(value.id, channel_id))
                    resolved.setdefault("members", {})[str(value.id)] = member
            else:
                opts.append({"name": name, "type": _option_type(value), "value": value})
        for name in reversed(subs):
            opts = [{"name": name, "type": 1, "options": opts}]
        command = next((c for c in self.commands if c["name"] == top), None)
        data: Json = {
            "id": command["id"] if command else str(snowflake()),
            "name": top,
            "type": 1,
            "options": opts,
        }
        if resolved:
            data["resolved"] = resolved
        return self._interaction(2, guild, channel_id, user, data)

    def _interaction(self, kind: int, guild: Guild, channel_id: int, user: User, data: Json, **extra: Any) -> Json:
        room = guild.rooms[channel_id]
        member = guild.member_payload(user.id) | {"permissions": str(guild.permissions_in(user.id, channel_id))}
        interaction = {
            "id": str(snowflake()),
            "application_id": str(self.application_id),
            "type": kind,
            "token": f"itoken-{snowflake()}",
            "version": 1,
            "guild_id": str(guild.id),
            "channel_id": str(channel_id),
            "channel": room.payload(guild.id),
            "member": member,
            # The bot's permissions in this channel, overwrites included.
            "app_permissions": str(guild.permissions_in(self.bot_user.id, channel_id)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
            "attachment_size_limit": 10_000_000,
            "data": data,
        } | extra
        self._interactions[interaction["token"]] = Interaction(interaction["token"], channel_id, time.monotonic())
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
        self,
        method: str,
        path: str,
        status: int,
        times: int = 1,
        retry_after: float = 0.2,
        content: str | None = None,
        code: int = 0,
        message: str = "",
    ) -> None:
        """The next `times` requests matching `method`, the `path` regex (and with
        `content` in their body, if given) get `status` (with Discord's error `code`)."""
        self._failures.append(Failure(method, re.compile(path), status, times, retry_after, content, code, message))

    def delay_next(self, method: str, path: str, seconds: float, content: str | None = None, times: int = 1) -> None:
        """Hold the next matching requests for `seconds` before answering them normally."""
        self._failures.append(Failure(method, re.compile(path), 0, times, 0, content, delay=seconds))

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

    def public(self, channel_id: int, after: int = 0) -> list[Sent]:
        """The bot's messages in a channel that count against its 5-per-5-s budget
        (not private interaction replies)."""
        return [m for m in self.sent[after:] if m.channel_id == channel_id and not m.ephemeral]

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
        wanted = [int(u) for u in data.get("user_ids") or []]
        if guild is None:
            found: list[int] = []
        elif wanted:
            found = [uid for uid in wanted if uid in guild.members]
        else:
            found = guild.matching(data.get("query") or "")[: int(data.get("limit") or 100) or None]
        members = [guild.member_payload(uid) for uid in found] if guild else []
        chunk = {"guild_id": str(data["guild_id"]), "members": members, "chunk_index": 0, "chunk_count": 1}
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        self.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    def _guild_create(self, guild: Guild) -> Json:
        """Without the Server Members intent, Discord sends only the bot's own member."""
        payload = guild.payload
        if not self._has_intent(GUILD_MEMBERS_INTENT):
            payload["members"] = [guild.member_payload(self.bot_user.id)]
        return payload

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
            self.dispatch("GUILD_CREATE", self._guild_create(guild))

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

    def _has_intent(self, bit: int) -> bool:
        return bool(self.identifies and self.identifies[-1].get("intents", 0) & bit)

    # --- REST --------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        if request.path.startswith("/api/"):
            path = request.path.removeprefix("/api/v10")
            self.requests.append((request.method, path))
            # Interaction and webhook routes carry their own token in the URL, not the bot's.
            by_url_token = path.startswith(("/interactions/", "/webhooks/"))
            if not by_url_token and request.headers.get("Authorization") != f"Bot {self.token}":
                return rules.error(401, 0, "401: Unauthorized")
            if request.can_read_body and request.content_type != "application/json":
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
                    self.served_failures.append((request.method, path, failure.status))
                    return _failure_response(failure)
        response: web.StreamResponse = await handler(request)
        if response.status >= 400 and request.path.startswith("/api/"):
            path = request.path.removeprefix("/api/v10")
            code = json.loads(getattr(response, "body", b"{}") or b"{}").get("code", 0)
            self.refused.append((request.method, path, response.status, code))
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
            (r"/interactions/(\d+)/([^/]+)/callback", "POST", self._interaction_callback),
            (r"/webhooks/(\d+)/([^/]+)", "POST", self._followup),
            (r"/webhooks/(\d+)/([^/]+)/messages/@original", "GET", self._original),
            (r"/webhooks/(\d+)/([^/]+)/messages/@original", "PATCH", self._edit_original),
            (r"/webhooks/(\d+)/([^/]+)/messages/(\d+)", "PATCH", self._edit_followup),
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
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return rules.json_response({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _sync_commands(self, request: web.Request, body: Any, app_id: str) -> web.Response:
        assert isinstance(body, list)
        self.commands = [_registered(c, app_id) for c in body]
        return rules.json_response(self.commands)

    async def _sync_guild_commands(self, request: web.Request, body: Any, app_id: str, guild_id: str) -> web.Response:
        assert isinstance(body, list)
        return rules.json_response([_registered(c, app_id) | {"guild_id": guild_id} for c in body])

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
        if (refusal := self._over_rate_limit(cid)) is not None:
            return refusal
        headers = self._count_for_rate_limit(cid)
        if not guild.permissions_in(self.bot_user.id, cid) & EMBED_LINKS:
            body = body | {"embeds": []}  # Discord drops the embeds of a member without Embed Links
        message = self._record(cid, body, via_interaction=False)
        return rules.json_response(message, headers=headers)

    async def _edit_message(self, request: web.Request, body: Json, channel_id: str, message_id: str) -> web.Response:
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        self.edits.append((int(message_id), body))
        original = next((m for m in self.sent if m.id == int(message_id)), None)
        base = original.payload if original else self._message(int(channel_id), self.bot_user, "")
        return rules.json_response(base | {k: v for k, v in body.items() if k in ("content", "embeds", "components")})

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

    async def _interaction_callback(
        self, request: web.Request, body: Json, interaction_id: str, token: str
    ) -> web.Response:
        interaction = self._interactions.get(token)
        if interaction is None or time.monotonic() - interaction.created > rules.INTERACTION_DEADLINE:
            return rules.error(404, 10062, "Unknown interaction")
        if interaction.acknowledged:
            return rules.error(400, 40060, "Interaction has already been acknowledged.")
        data = body.get("data") or {}
        if problems := rules.message_problems(data):
            return rules.invalid_form_body(problems)
        interaction.acknowledged = True
        kind = body.get("type", 4)
        if kind in (5, 6):  # deferred: "the bot is thinking…" (or a silent ack of a click), no message yet
            message = self._message(interaction.channel_id, self.bot_user, "")
        else:
            message = self._record(interaction.channel_id, data, via_interaction=True)
        self._originals[token] = message
        return rules.json_response(
            {
                "interaction": {
                    "id": interaction_id,
                    "type": 2,
                    "response_message_id": message["id"],
                    "response_message_loading": False,
                    "response_message_ephemeral": bool(data.get("flags", 0) & 64),
                },
                "resource": {"type": kind, "message": message},
            }
        )

    async def _followup(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        interaction = self._interactions.get(token)
        if interaction is None or not interaction.acknowledged:
            return rules.error(404, 10015, "Unknown Webhook")
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        return rules.json_response(self._record(interaction.channel_id, body, via_interaction=True))

    async def _original(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        return rules.json_response(self._originals.get(token) or {})

    async def _edit_original(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        original = self._originals.get(token) or {}
        self.edits.append((int(original.get("id") or 0), body))
        return rules.json_response(original | {k: v for k, v in body.items() if k in ("content", "embeds")})

    async def _edit_followup(
        self, request: web.Request, body: Json, app_id: str, token: str, message_id: str
    ) -> web.Response:
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        self.edits.append((int(message_id), body))
        original = next((m.payload for m in self.sent if m.id == int(message_id)), {})
        return rules.json_response(original | {k: v for k, v in body.items() if k in ("content", "embeds")})

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
        message["components"] = body.get("components") or []
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


def _option_type(value: object) -> int:
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    return 3


def _failure_response(failure: Failure) -> web.Response:
    if failure.status == 429:
        return rules.rate_limited(failure.retry_after)
    if failure.status == 403:
        return rules.error(403, failure.code or 50013, failure.message or "Missing Permissions")
    if failure.status < 500:
        return rules.error(failure.status, failure.code, failure.message or f"{failure.status}: Bad Request")
    return rules.error(failure.status, 0, f"{failure.status}: Server Error")
