"""The world the fake Discord serves: users, servers, roles, channels, threads, and
permissions computed as Discord computes them (roles, then channel overwrites)."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

Json = dict[str, Any]

# Permission bits (https://discord.com/developers/docs/topics/permissions)
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
SEND_MESSAGES_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 51) - 1
DEFAULT_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | ADD_REACTIONS | EMBED_LINKS
DEFAULT_PERMISSIONS |= SEND_MESSAGES_IN_THREADS | ATTACH_FILES  # @everyone may attach files by default

DISCORD_EPOCH_MS = 1_420_070_400_000
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
    name: str  # the unique username
    bot: bool = False
    global_name: str | None = None  # the display name a user picks, shown in every server

    @property
    def payload(self) -> Json:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.global_name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
        }


@dataclass
class Member:
    user: User
    roles: list[int]
    nick: str | None = None  # this server's nickname


@dataclass
class Channel:
    id: int
    name: str
    position: int
    overwrites: list[Json] = field(default_factory=list)
    parent_id: int | None = None  # set for a thread: the text channel it lives in

    @property
    def is_thread(self) -> bool:
        return self.parent_id is not None

    def payload(self, guild_id: int) -> Json:
        if self.is_thread:
            return {
                "id": str(self.id),
                "type": 11,  # a public thread
                "name": self.name,
                "guild_id": str(guild_id),
                "parent_id": str(self.parent_id),
                "owner_id": str(guild_id),
                "message_count": 0,
                "member_count": 1,
                "rate_limit_per_user": 0,
                "flags": 0,
                "thread_metadata": {
                    "archived": False,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": now_iso(),
                    "locked": False,
                },
            }
        return {
            "id": str(self.id),
            "type": 0,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": self.overwrites,
            "nsfw": False,
            "parent_id": None,
            "guild_id": str(guild_id),
        }


@dataclass
class Guild:
    id: int
    name: str
    owner: User
    channels: list[int]
    roles: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (name, permissions)
    members: dict[int, Member] = field(default_factory=dict)
    rooms: dict[int, Channel] = field(default_factory=dict)  # channels and threads by id

    def add_member(self, user: User, *roles: int, nick: str | None = None) -> User:
        self.members[user.id] = Member(user, list(roles), nick)
        return user

    def add_role(self, name: str, permissions: int) -> int:
        role_id = snowflake()
        self.roles[role_id] = (name, permissions)
        return role_id

    def overwrite(self, channel_id: int, target: int, *, allow: int = 0, deny: int = 0, member: bool = False) -> None:
        """A channel permission overwrite for a role (or a member)."""
        channel = self.rooms[channel_id]
        channel.overwrites = [o for o in channel.overwrites if int(o["id"]) != target]
        channel.overwrites.append({"id": str(target), "type": int(member), "allow": str(allow), "deny": str(deny)})

    def member_payload(self, user_id: int, with_user: bool = True) -> Json:
        member = self.members[user_id]
        data: Json = {
            "roles": [str(r) for r in member.roles],
            "nick": member.nick,
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
        if with_user:
            data["user"] = member.user.payload
        return data

    def permissions_of(self, user_id: int) -> int:
        """Server-wide permissions: the @everyone role and the member's roles."""
        if user_id == self.owner.id:
            return ALL_PERMISSIONS
        value = self.roles[self.id][1]
        for role in self.members[user_id].roles:
            value |= self.roles[role][1]
        return ALL_PERMISSIONS if value & ADMINISTRATOR else value

    def permissions_in(self, user_id: int, channel_id: int) -> int:
        """Permissions in a channel: @everyone's overwrite, then the roles', then the
        member's. A thread takes its parent's, and posting in it needs Send Messages
        in Threads instead of Send Messages."""
        value = self.permissions_of(user_id)
        if value == ALL_PERMISSIONS:
            return value
        room = self.rooms[channel_id]
        parent = self.rooms[room.parent_id] if room.parent_id is not None else room
        by_id = {int(o["id"]): o for o in parent.overwrites}
        if (everyone := by_id.get(self.id)) is not None:
            value = (value & ~int(everyone["deny"])) | int(everyone["allow"])
        allow = deny = 0
        for role in self.members[user_id].roles:
            if (o := by_id.get(role)) is not None:
                allow, deny = allow | int(o["allow"]), deny | int(o["deny"])
        value = (value & ~deny) | allow
        if (own := by_id.get(user_id)) is not None:
            value = (value & ~int(own["deny"])) | int(own["allow"])
        return value if value & VIEW_CHANNEL else 0

    def can_post(self, user_id: int, channel_id: int) -> bool:
        needed = SEND_MESSAGES_IN_THREADS if self.rooms[channel_id].is_thread else SEND_MESSAGES
        return self.permissions_in(user_id, channel_id) & (VIEW_CHANNEL | needed) == VIEW_CHANNEL | needed

    def matching(self, query: str) -> list[int]:
        """Members whose username, global name or nickname starts with `query`, ignoring
        case: what Discord's member search (gateway op 8) answers."""
        query = query.casefold()
        found = []
        for uid, member in self.members.items():
            names = (member.user.name, member.user.global_name, member.nick)
            if any(n and n.casefold().startswith(query) for n in names):
                found.append(uid)
        return found

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
            "channels": [c.payload(self.id) for c in self.rooms.values() if not c.is_thread],
            "threads": [c.payload(self.id) for c in self.rooms.values() if c.is_thread],
            "members": [self.member_payload(uid) for uid in self.members],
            "emojis": [],
            "stickers": [],
            "features": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "large": False,
        }
