"""The fake Discord's gateway: connections (one per shard), what each is sent, RESUME.

As Discord does (https://discord.com/developers/docs/events/gateway#sharding):

- A bot IDENTIFYs with `shard: [id, count]` (none: [0, 1]). Each server belongs to
  shard `(guild_id >> 22) % count`, and a connection is sent only its servers' events:
  READY lists them, then a GUILD_CREATE each, then their messages, interactions,
  members and threads. Direct messages go to shard 0. A shard id outside 0..count-1
  is closed with 4010; a connection that would hold more than `max_guilds_per_shard`
  servers (2,500 on Discord) with 4011, "sharding required".
- A bot may IDENTIFY `max_concurrency` shards every 5 seconds (1 for most bots): shard
  `id` is in bucket `id % max_concurrency`, and a second IDENTIFY in a bucket within
  5 seconds of the last is answered Invalid Session (op 9, not resumable), whichever
  process sends it; the client must identify again later. The identify limit is the
  gateway's, across all of a bot's connections and processes.
- Each connection has its own session id and sequence numbers, and keeps what it was
  sent, so that a client that lost it can RESUME and be sent what it missed.
- What a connection is sent depends on its intents. Without the Message Content
  intent, messages come with their content, embeds, attachments, components and poll
  withheld, except messages that mention the bot (or reply to one of its messages,
  not an interaction response, with the ping on), direct messages and the bot's own.
  Without the Server Members intent, a server comes with the bot's member only, and
  no GUILD_MEMBER_ADD is sent.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiohttp import WSMsgType, web

from .fake_model import Guild, Json, User, snowflake

MESSAGE_CONTENT_INTENT = 1 << 15
GUILD_MEMBERS_INTENT = 1 << 1
MAX_GUILDS_PER_SHARD = 2500  # Discord closes a connection with more with 4011
GUILDS_PER_RECOMMENDED_SHARD = 1000  # about what Discord's /gateway/bot recommends
IDENTIFY_WINDOW = 5.0  # seconds: one identify per bucket in this window (Discord's)
_WITHHELD = {"content": "", "embeds": [], "attachments": [], "components": []}
_MENTION = re.compile(r"<@!?(\d+)>")


def shard_of(guild_id: int, count: int) -> int:
    """The shard that holds a server: Discord's formula."""
    return (guild_id >> 22) % count


def id_on_shard(shard_id: int, count: int) -> int:
    """A fresh snowflake for a server held by shard `shard_id` of `count` (its time moved
    at most `count - 1` milliseconds ahead)."""
    raw = snowflake()
    stamp = raw >> 22
    stamp += (shard_id - stamp % count) % count
    return (stamp << 22) | (raw & 0x3FFFFF)


@dataclass
class Connection:
    """One gateway session: a shard of the bot, its intents, and what it was sent."""

    shard: tuple[int, int]  # (id, count)
    intents: int
    session_id: str
    ws: web.WebSocketResponse | None
    seq: int = 0
    sent: list[tuple[int, str]] = field(default_factory=list)  # (seq, frame), for a RESUME

    @property
    def live(self) -> bool:
        return self.ws is not None and not self.ws.closed

    def holds(self, guild_id: int | None) -> bool:
        """Is this connection sent the events of this server (None: direct messages)?"""
        shard_id, count = self.shard
        return shard_id == 0 if guild_id is None else shard_of(guild_id, count) == shard_id

    def has(self, intent: int) -> bool:
        return bool(self.intents & intent)

    def frame(self, event: str, data: Json) -> str:
        """The next event of this session, numbered and kept for a RESUME."""
        self.seq += 1
        text = json.dumps({"op": 0, "t": event, "s": self.seq, "d": data})
        self.sent.append((self.seq, text))
        return text


Flood = dict[int, tuple[Connection, list[str]]]  # frames to send, by connection


class FakeGateway:
    """The gateway half of FakeDiscord (its state lives there)."""

    if TYPE_CHECKING:
        token: str
        grant_message_content: bool
        max_guilds_per_shard: int
        max_concurrency: int
        identify_window: float
        identified_at: dict[int, float]
        invalid_sessions: list[tuple[int, int]]
        bot_user: User
        application_id: int
        guilds: dict[int, Guild]
        gateway_url: str
        identifies: list[Json]
        resumes: int
        connections: list[Connection]
        _sockets: set[web.WebSocketResponse]
        _sending: set[asyncio.Future[None]]

    # --- sending -------------------------------------------------------------------------

    def dispatch(self, event: str, data: Json) -> None:
        """Send a gateway event to every connection that holds its server (shaped by the
        connection's intents), now, or kept for its RESUME if the client is away."""
        guild_id = _guild_of(event, data)
        for connection in self.connections:
            if connection.holds(guild_id) and (shaped := self._shaped(event, data, connection)) is not None:
                self._send(connection, connection.frame(event, shaped))

    def _send(self, connection: Connection, text: str) -> None:
        if connection.ws is not None and not connection.ws.closed:
            sending = asyncio.ensure_future(connection.ws.send_str(text))
            self._sending.add(sending)
            sending.add_done_callback(self._sending.discard)

    def _shaped(self, event: str, data: Json, connection: Connection) -> Json | None:
        """What Discord sends this connection of the event, by its intents (None: nothing)."""
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE") and not connection.has(MESSAGE_CONTENT_INTENT):
            return data if self._content_visible(data) else data | _WITHHELD
        if event == "GUILD_MEMBER_ADD" and not connection.has(GUILD_MEMBERS_INTENT):
            return None
        if event == "GUILD_CREATE" and not connection.has(GUILD_MEMBERS_INTENT):
            guild = self.guilds[int(data["id"])]
            return data | {"members": [guild.member_payload(self.bot_user.id)]}
        return data

    def _content_visible(self, message: Json) -> bool:
        """Discord's exceptions to withholding content: the bot's own messages, direct
        messages, a mention of the bot, and a reply to a message of the bot (not an
        interaction response) that pings it."""
        bot = str(self.bot_user.id)
        if message.get("author", {}).get("id") == bot or message.get("guild_id") is None:
            return True
        if bot in _MENTION.findall(message.get("content") or ""):
            return True
        replied = message.get("referenced_message") or {}
        pinged = any(m.get("id") == bot for m in message.get("mentions") or [])
        return pinged and replied.get("author", {}).get("id") == bot and "interaction_metadata" not in replied

    def mentions(self, guild: Guild, content: str) -> list[Json]:
        """The `mentions` of a message: the members its content mentions, as Discord lists them."""
        found = []
        for user_id in dict.fromkeys(int(u) for u in _MENTION.findall(content)):
            if user_id in guild.members:
                member = guild.member_payload(user_id, with_user=False)
                found.append(guild.members[user_id].user.payload | {"member": member})
        return found

    def encode_many(self, messages: list[tuple[int, Json]]) -> Flood:
        """MESSAGE_CREATE frames for many messages (server id, message), for each connection
        that holds their server, numbered in order: a flood ready to send."""
        flood: Flood = {}
        for guild_id, message in messages:
            for connection in self.connections:
                if connection.live and connection.holds(guild_id):
                    shaped = self._shaped("MESSAGE_CREATE", message, connection)
                    assert shaped is not None
                    flood.setdefault(id(connection), (connection, []))[1].append(
                        connection.frame("MESSAGE_CREATE", shaped)
                    )
        assert flood, "the bot is not connected"
        return flood

    async def send_many(self, flood: Flood, rate: float = 0) -> float:
        """Send an encoded flood, in order on each connection, as fast as the sockets take it
        or `rate` per second in all. Returns when sending started (time.monotonic)."""
        per_connection = rate / len(flood)
        started = time.monotonic()
        await asyncio.gather(*(_send_all(c, frames, per_connection, started) for c, frames in flood.values()))
        return started

    # --- the connection ------------------------------------------------------------------

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
            for connection in self.connections:
                if connection.ws is ws:
                    connection.ws = None
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

    async def _identify(self, ws: web.WebSocketResponse, data: Json) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        if data.get("intents", 0) & MESSAGE_CONTENT_INTENT and not self.grant_message_content:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        shard = data.get("shard") or [0, 1]
        if not (isinstance(shard, list) and len(shard) == 2 and all(isinstance(n, int) for n in shard)) or not (
            0 <= shard[0] < shard[1]
        ):
            await ws.close(code=4010, message=b"Invalid shard.")
            return
        connection = Connection((shard[0], shard[1]), data.get("intents", 0), f"session-{snowflake()}", ws)
        held = [guild for guild in self.guilds.values() if connection.holds(guild.id)]
        if len(held) > self.max_guilds_per_shard:
            await ws.close(code=4011, message=b"Sharding required.")
            return
        if not self._may_identify(shard[0]):
            self.invalid_sessions.append((shard[0], shard[1]))
            await ws.send_json({"op": 9, "s": None, "t": None, "d": False})
            return
        self.identifies.append(data)
        # A new session replaces any other of the same shard that is no longer connected.
        self.connections = [c for c in self.connections if c.live or c.shard != connection.shard]
        self.connections.append(connection)
        ready = {
            "v": 10,
            "user": self.bot_user.payload | {"verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(guild.id), "unavailable": True} for guild in held],
            "session_id": connection.session_id,
            "resume_gateway_url": self.gateway_url,
            "shard": list(connection.shard),
            "application": {"id": str(self.application_id), "flags": 1 << 19},
            "private_channels": [],
            "relationships": [],
        }
        self._send(connection, connection.frame("READY", ready))
        for guild in held:
            shaped = self._shaped("GUILD_CREATE", guild.payload, connection)
            assert shaped is not None
            self._send(connection, connection.frame("GUILD_CREATE", shaped))

    def _may_identify(self, shard_id: int) -> bool:
        """Is an IDENTIFY of this shard within its bucket's limit now? (If so, it counts.)"""
        bucket, now = shard_id % self.max_concurrency, time.monotonic()
        last = self.identified_at.get(bucket)
        if last is not None and now - last < self.identify_window:
            return False
        self.identified_at[bucket] = now
        return True

    async def _resume(self, ws: web.WebSocketResponse, data: Json) -> None:
        connection = next((c for c in self.connections if c.session_id == data.get("session_id")), None)
        if data.get("token") != self.token or connection is None:
            await ws.send_json({"op": 9, "s": None, "t": None, "d": False})
            return
        self.resumes += 1
        connection.ws = ws
        for seq, text in connection.sent:
            if seq > (data.get("seq") or 0):
                await ws.send_str(text)
        self._send(connection, connection.frame("RESUMED", {}))

    async def drop_gateway(self) -> None:
        """Cut every gateway connection the way a network blip does; the client should RESUME."""
        for connection in self.connections:
            ws, connection.ws = connection.ws, None
            if ws is not None:
                await ws.close(code=4000, message=b"fake network blip")

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

    def recommended_shards(self) -> int:
        """What /gateway/bot recommends: about one shard per 1,000 servers."""
        return max(1, -(-len(self.guilds) // GUILDS_PER_RECOMMENDED_SHARD))


def _guild_of(event: str, data: Json) -> int | None:
    """The server an event belongs to (None: a direct message, or no server)."""
    raw = data.get("id") if event == "GUILD_CREATE" else data.get("guild_id")
    return int(raw) if raw else None


async def _send_all(connection: Connection, frames: list[str], rate: float, started: float) -> None:
    ws = connection.ws
    assert ws is not None
    for n, text in enumerate(frames):
        if rate and n % 50 == 0 and (ahead := started + n / rate - time.monotonic()) > 0:
            await asyncio.sleep(ahead)
        await ws.send_str(text)
