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
from .fake_model import (
    ADD_REACTIONS,
    ADMINISTRATOR,
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
from .fake_rest import Failure, FakeRest, Interaction, Sent, option_type

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


class CommandUnavailable(Exception):
    """Discord would not show this slash command to this user."""


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

    def attach(
        self, channel_id: int, filename: str, data: bytes, content_type: str | None = None, size: int | None = None
    ) -> CdnFile:
        """A file a user attaches in a channel (to a message, or to a slash command's
        ATTACHMENT option), put on the CDN; `size` is the size Discord declares."""
        return self.cdn.add(channel_id, filename, data, content_type, size)

    def inject_slash(self, channel_id: int, user: User, *path: str, **options: Any) -> Json:
        """A user runs `/trivia <sub> [options]`: INTERACTION_CREATE of an application command.

        An option given as a `User` is a USER option: its value is the id, and the
        member comes in `resolved`, as Discord sends it; one given as a `CdnFile` is an
        ATTACHMENT option, resolved the same way (`resolved.attachments`). Raises
        CommandUnavailable where Discord would not offer the command to the user: its
        default member permissions are more than the user has (owners and
        administrators see everything).
        """
        data = self._command_data(channel_id, user, path, options)
        guild = self.guilds[self.channel_guild[channel_id]]
        return self._interaction(2, guild, channel_id, user, data)

    def inject_autocomplete(self, channel_id: int, user: User, *path: str, focused: str, **options: Any) -> Json:
        """A user types in option `focused` of `/trivia <sub>`: an autocomplete interaction
        (type 4), with the options typed so far and the focused one flagged, as Discord
        sends it at each keystroke. The bot's choices land in `autocompletes[token]`."""
        data = self._command_data(channel_id, user, path, options)
        for option in self._leaf_options(data):
            if option["name"] == focused:
                option["focused"] = True
                option["type"] = 3  # what is typed so far is text, whatever the option's type
                option["value"] = str(option["value"])
        guild = self.guilds[self.channel_guild[channel_id]]
        return self._interaction(4, guild, channel_id, user, data)

    async def choices_offered(self, interaction: Json, timeout: float = 5.0) -> list[Json]:
        """The choices the bot answered an autocomplete interaction with."""
        deadline = time.monotonic() + timeout
        while (found := self.autocompletes.get(interaction["token"])) is None:
            if time.monotonic() > deadline:
                raise AssertionError("the bot offered no autocomplete choices")
            await asyncio.sleep(0.02)
        return found

    @staticmethod
    def _leaf_options(data: Json) -> list[Json]:
        options = data["options"]
        while options and options[0].get("type") in (1, 2):  # through subcommands and their groups
            options = options[0]["options"]
        return list(options)

    def _command_data(self, channel_id: int, user: User, path: tuple[str, ...], options: dict[str, Any]) -> Json:
        guild = self.guilds[self.channel_guild[channel_id]]
        top, *subs = path
        if not self.offers(guild, user, top):
            raise CommandUnavailable(f"Discord does not offer /{top} to {user.name}")
        opts: list[Json] = []
        resolved: Json = {}
        for name, value in options.items():
            if isinstance(value, CdnFile):
                opts.append({"name": name, "type": 11, "value": str(value.id)})
                resolved.setdefault("attachments", {})[str(value.id)] = value.payload
            elif isinstance(value, User):
                opts.append({"name": name, "type": 6, "value": str(value.id)})
                resolved.setdefault("users", {})[str(value.id)] = value.payload
                if value.id in guild.members:
                    member = guild.member_payload(value.id, with_user=False)
                    member["permissions"] = str(guild.permissions_in(value.id, channel_id))
                    resolved.setdefault("members", {})[str(value.id)] = member
            else:
                opts.append({"name": name, "type": option_type(value), "value": value})
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
        return data

    def inject_click(self, message: Sent, user: User, custom_id: str) -> Json:
        """A user clicks a button of a bot message: INTERACTION_CREATE of a component."""
        guild = self.guilds[self.channel_guild[message.channel_id]]
        data = {"custom_id": custom_id, "component_type": 2}
        return self._interaction(3, guild, message.channel_id, user, data, message=message.payload)

    def buttons(self, message: Sent) -> list[Json]:
        """The buttons a message shows now (after any edits)."""
        return [b for row in message.payload.get("components") or [] for b in row.get("components") or []]

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
        clicked = int(extra["message"]["id"]) if "message" in extra else None
        self._interactions[interaction["token"]] = Interaction(
            interaction["token"], channel_id, time.monotonic(), message_id=clicked
        )
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
