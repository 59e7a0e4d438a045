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
from typing import Any

from aiohttp import WSMsgType, web

from .fake_cdn import CdnFile, FakeCdn
from .fake_interactions import CommandUnavailable, Interaction
from .fake_model import (
    ADD_REACTIONS,
    ATTACH_FILES,
    DEFAULT_PERMISSIONS,
    EMBED_LINKS,
    MANAGE_GUILD,
    MANAGE_MESSAGES,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    Channel,
    Guild,
    Json,
    User,
    snowflake,
)
from .fake_rest import Failure, FakeRest, Sent

__all__ = [
    "ADD_REACTIONS",
    "ATTACH_FILES",
    "DEFAULT_PERMISSIONS",
    "EMBED_LINKS",
    "MANAGE_GUILD",
    "MANAGE_MESSAGES",
    "RATE_LIMIT",
    "SEND_MESSAGES",
    "SEND_MESSAGES_IN_THREADS",
    "VIEW_CHANNEL",
    "CdnFile",
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
# Message types (https://discord.com/developers/docs/resources/message#message-object-message-types):
# only DEFAULT (0) and REPLY (19) are typed by a member; the others are system messages,
# several of which carry text in `content` (a new channel name, a thread's name, a boost count).
CHANNEL_NAME_CHANGE, USER_PREMIUM_GUILD_SUBSCRIPTION, THREAD_CREATED = 4, 8, 18
INVALID_REQUEST_LIMIT = 10_000  # invalid requests in 10 minutes before Cloudflare bans the bot


class FakeDiscord(FakeRest):
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
        self.dropped: list[tuple[str, str, str]] = []  # method, path, "disconnect" or "reset"
        self.invalid_requests: list[tuple[float, str, str, int]] = []  # when, method, path, status
        self.invalid_request_limit = INVALID_REQUEST_LIMIT
        self.direct: list[tuple[int, str]] = []  # (user id, content): direct messages the bot sent
        self._dm_channels: dict[int, int] = {}  # DM channel id -> user id
        self.commands: list[Json] = []
        self.guild_commands: dict[int, list[Json]] = {}  # each server's own commands
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
        self.cdn = FakeCdn()  # users' attachments, served and counted (fake_cdn.py)
        self.autocompletes: dict[str, list[Json]] = {}  # interaction token -> the choices the bot offered

    # --- lifecycle ------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        # Room for the benchmarks' control requests (20,000 Hangul guesses are 1.3 MB);
        # messages themselves are held to Discord's limits by fake_rules.
        app = web.Application(middlewares=[self._middleware], client_max_size=16 * 2**20)
        app.add_routes(self.extra_routes)
        app.add_routes(self.cdn.routes())
        app.router.add_route("GET", "/gateway", self._gateway)
        app.router.add_route("GET", "/", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        self.cdn.base_url = self.url
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

    def add_thread(self, guild: Guild, parent: int, name: str = "trivia-thread", by: User | None = None) -> int:
        """A public thread in channel `parent`: THREAD_CREATE, as Discord sends it. Started
        by a member (`by`) from no message, it is announced in the parent channel by a
        system message of type THREAD_CREATED (18) whose content is the thread's name."""
        thread = Channel(snowflake(), name, 0, parent_id=parent)
        guild.rooms[thread.id] = thread
        self.channel_guild[thread.id] = guild.id
        self.dispatch("THREAD_CREATE", thread.payload(guild.id) | {"newly_created": True})
        if by is not None:
            self.inject_message(parent, by, name, type=THREAD_CREATED, message_reference={"channel_id": str(thread.id)})
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

    def attach(
        self, channel_id: int, filename: str, data: bytes, content_type: str | None = None, size: int | None = None
    ) -> CdnFile:
        """A file a user attaches in a channel (to a message, or to a slash command's
        ATTACHMENT option), put on the CDN; `size` is the size Discord declares."""
        return self.cdn.add(channel_id, filename, data, content_type, size)

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

    def drop_next(
        self,
        method: str,
        path: str,
        how: str = "disconnect",
        after: bool = False,
        times: int = 1,
        content: str | None = None,
    ) -> None:
        """Cut the next matching requests off with no answer: `how` "disconnect" (the
        server closes the connection: aiohttp's ServerDisconnectedError) or "reset" (a TCP
        reset: "Connection reset by peer", errno 104 on Linux). With `after`, Discord
        has handled the request (a message is posted) before the answer is lost."""
        assert how in ("disconnect", "reset")
        self._failures.append(Failure(method, re.compile(path), 0, times, 0, content, drop=how, after=after))

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
