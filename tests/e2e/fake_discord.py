"""A fake Discord on 127.0.0.1: enough REST API v10 and gateway for this bot.

The real, unmodified discord.py client talks to it over real sockets. Tests point
discord.py here by setting `discord.http.Route.BASE` and
`discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`; nothing in `bot/` knows.

What real Discord enforces and matters here is enforced too (fake_rules.py): the
bot token, `Content-Type: application/json`, the Message Content intent (content
is withheld without it, but for mentions and replies to the bot), the per-channel
limit of 5 messages per 5 seconds and the global one of 50 requests a second (a
429 past either), message limits (400, code 50035), channel permissions with
overwrites and threads (403, code 50013; fake_model.py), the 3-second interaction
deadline (10062) and one acknowledgement per interaction (40060). Without the Server
Members intent, members are not sent with the server; the bot finds them by asking
(op 8). The gateway (fake_gateway.py) takes sharded connections, each sent only its
servers' events. Tests can inject user messages, slash commands and failures (429,
4xx with an error code, 5xx, 403, delays, a dropped gateway connection that the
client must RESUME).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

from aiohttp import web

from .fake_cdn import CdnFile, FakeCdn
from .fake_gateway import (
    GUILD_MEMBERS_INTENT,
    IDENTIFY_WINDOW,
    MAX_GUILDS_PER_SHARD,
    MESSAGE_CONTENT_INTENT,
    Connection,
    FakeGateway,
    Flood,
    id_on_shard,
    shard_of,
)
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
from .fake_rules import GLOBAL_RATE_LIMIT, GlobalBucket

__all__ = [
    "ADD_REACTIONS",
    "ATTACH_FILES",
    "DEFAULT_PERMISSIONS",
    "EMBED_LINKS",
    "GUILD_MEMBERS_INTENT",
    "MANAGE_GUILD",
    "MANAGE_MESSAGES",
    "MESSAGE_CONTENT_INTENT",
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
    "shard_of",
    "snowflake",
]

RATE_LIMIT = (5, 5.0)  # messages, seconds, per channel: Discord's limit on posting
# Message types (https://discord.com/developers/docs/resources/message#message-object-message-types):
# only DEFAULT (0) and REPLY (19) are typed by a member; the others are system messages,
# several of which carry text in `content` (a new channel name, a thread's name, a boost count).
CHANNEL_NAME_CHANGE, USER_PREMIUM_GUILD_SUBSCRIPTION, THREAD_CREATED = 4, 8, 18
INVALID_REQUEST_LIMIT = 10_000  # invalid requests in 10 minutes before Cloudflare bans the bot


class FakeDiscord(FakeGateway, FakeRest):
    def __init__(
        self,
        token: str = "fake-token",
        grant_message_content: bool = True,
        rate_limit: tuple[int, float] = RATE_LIMIT,
        rate_limit_headers: bool = True,
        global_rate_limit: tuple[int, float] = GLOBAL_RATE_LIMIT,
        recommended_shards: int | None = None,
        max_guilds_per_shard: int = MAX_GUILDS_PER_SHARD,
        max_concurrency: int = 1,
        identify_window: float = IDENTIFY_WINDOW,
    ) -> None:
        """`rate_limit` is (messages, seconds) per channel; tests may shorten the window to
        run in scaled time. Without `rate_limit_headers` discord.py gets no hint to wait
        before a bucket is empty, so every message the bot sends too fast gets a 429 and
        shows up in `rate_limit_violations`: that tests the bot's own pacing.
        `global_rate_limit` is Discord's (requests, seconds) for the whole bot, whatever
        the route or the process, interactions aside: past it, a 429 with `global: true`,
        counted in `global_rate_limit_violations`. `recommended_shards` is what
        /gateway/bot recommends (None: one per 1,000 servers); a connection that would
        hold more than `max_guilds_per_shard` servers is closed with 4011.
        `max_concurrency` is how many shards may IDENTIFY in `identify_window` seconds (5
        on Discord; one per bucket, shard id modulo it): another is answered Invalid
        Session (fake_gateway.py)."""
        self.token = token
        self.grant_message_content = grant_message_content
        self.rate_limit = rate_limit
        self.rate_limit_headers = rate_limit_headers
        self.global_bucket = GlobalBucket(*global_rate_limit)
        self.global_rate_limit_violations: list[tuple[str, str, float]] = []
        self.recommended = recommended_shards
        self.max_guilds_per_shard = max_guilds_per_shard
        self.max_concurrency, self.identify_window = max_concurrency, identify_window
        self.identified_at: dict[int, float] = {}  # identify bucket -> when a shard last identified in it
        self.invalid_sessions: list[tuple[int, int]] = []  # (shard id, count) refused for identifying too soon
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
        self.connections: list[Connection] = []  # gateway sessions, one per shard (fake_gateway.py)
        self._failures: list[Failure] = []
        self._interactions: dict[str, Interaction] = {}
        self._originals: dict[str, Json] = {}  # interaction token -> its response message
        self._recent: dict[int, deque[float]] = defaultdict(deque)
        self._sent_event = asyncio.Event()
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

    def add_guild(self, name: str = "Trauma Fans", channels: int = 2, shard: tuple[int, int] | None = None) -> Guild:
        """A server with `channels` text channels; with `shard` (id, count), one whose id
        puts it on that shard of a bot with that many shards."""
        owner = User(snowflake(), f"{name} owner")
        guild_id = snowflake() if shard is None else id_on_shard(*shard)
        guild = Guild(guild_id, name, owner, [snowflake() for _ in range(channels)])
        for n, cid in enumerate(guild.channels):
            guild.rooms[cid] = Channel(cid, f"trivia-{n}", n)
            self.channel_guild[cid] = guild.id
        guild.roles[guild.id] = ("@everyone", DEFAULT_PERMISSIONS)
        guild.add_member(owner)
        guild.add_member(self.bot_user)
        self.guilds[guild.id] = guild
        self.dispatch("GUILD_CREATE", guild.payload)
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
        self.dispatch("GUILD_MEMBER_ADD", guild.member_payload(user.id) | {"guild_id": str(guild.id)})
        return user

    # --- what tests inject ----------------------------------------------------------------

    def inject_message(
        self, channel_id: int, author: User, content: str, reply_to: Sent | None = None, ping: bool = True, **extra: Any
    ) -> Json:
        """A user posts in a channel: MESSAGE_CREATE, as Discord sends it to this bot (its
        content withheld from a connection without the Message Content intent, unless it
        mentions the bot). With `reply_to`, a reply to that bot message, which mentions
        the bot if `ping` (Discord's "ping on reply", on by default)."""
        message = self._user_message(channel_id, author, content, reply_to, ping) | extra
        self.dispatch("MESSAGE_CREATE", message)
        return message

    def attach(
        self, channel_id: int, filename: str, data: bytes, content_type: str | None = None, size: int | None = None
    ) -> CdnFile:
        """A file a user attaches in a channel (to a message, or to a slash command's
        ATTACHMENT option), put on the CDN; `size` is the size Discord declares."""
        return self.cdn.add(channel_id, filename, data, content_type, size)

    def _user_message(self, channel_id: int, author: User, content: str, reply_to: Sent | None, ping: bool) -> Json:
        guild = self.guilds[self.channel_guild[channel_id]]
        message = self._message(channel_id, author, content)
        message["member"] = guild.member_payload(author.id, with_user=False)
        message["mentions"] = self.mentions(guild, content)
        if reply_to is not None:
            message["type"] = 19  # a reply
            message["message_reference"] = {
                "type": 0,
                "message_id": str(reply_to.id),
                "channel_id": str(reply_to.channel_id),
                "guild_id": str(guild.id),
            }
            replied = dict(reply_to.payload)
            if reply_to.via_interaction:
                replied["interaction_metadata"] = {"id": str(snowflake()), "type": 2}
            message["referenced_message"] = replied
            if ping and all(m["id"] != str(self.bot_user.id) for m in message["mentions"]):
                message["mentions"].append(self.bot_user.payload)
        return message

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

    def prepare_flood(self, messages: list[tuple[int, User, str]]) -> Flood:
        """Many MESSAGE_CREATE events (channel, author, content), encoded for `flood`."""
        events = [
            (self.channel_guild[channel_id], self._user_message(channel_id, author, content, None, False))
            for channel_id, author, content in messages
        ]
        return self.encode_many(events)

    async def flood(self, messages: list[tuple[int, User, str]] | Flood, rate: float = 0) -> float:
        """Send many MESSAGE_CREATE events (channel, author, content), or a flood prepared
        with `prepare_flood`, for benchmarks: each connection gets its servers' in order,
        as fast as its socket takes them or `rate` per second in all. Returns when sending
        started (time.monotonic, once every frame is encoded)."""
        prepared = messages if isinstance(messages, dict) else self.prepare_flood(messages)
        return await self.send_many(prepared, rate)

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
