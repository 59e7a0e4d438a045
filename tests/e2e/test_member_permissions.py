"""Who may do what: every restricted command, for every kind of member, in both forms."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from .conftest import World, WorldFactory
from .fake_discord import MANAGE_GUILD, CommandUnavailable, FakeDiscord, User, snowflake

KINDS = ("member", "starter", "manage_messages", "manage_guild", "server_owner", "bot_owner")
ALLOWED = {
    "skip": {"starter", "manage_messages", "manage_guild", "server_owner"},
    "stop": {"starter", "manage_messages", "manage_guild", "server_owner"},
    "reload": {"manage_guild", "server_owner", "bot_owner"},
    "leaderboard": set(KINDS),
}
# As a slash command, reload is /trivia-admin reload, which Discord shows only to members
# with Manage Server: the bot's owner, without it in this server, uses `!trivia reload`.
SLASH_ALLOWED = ALLOWED | {"reload": {"manage_guild", "server_owner"}}
SLASH_PATH = {"reload": ("trivia-admin", "reload")}
REFUSALS = ("Only the player who started this game", "You need the Manage Server permission")


@pytest.fixture
async def big_world(fake: FakeDiscord, make_world: WorldFactory) -> AsyncIterator[World]:
    # one channel per (form, kind, command): no channel goes past Discord's 5 messages in 5 s
    async with make_world(channels=2 * len(KINDS) * len(ALLOWED)) as built:
        fake.join(built.guild, fake.app_owner)
        yield built


def actor(world: World, kind: str, starter: User) -> User:
    return {
        "member": world.bo,
        "starter": starter,
        "manage_messages": world.mod,
        "manage_guild": world.admin,
        "server_owner": world.guild.owner,
        "bot_owner": world.fake.app_owner,
    }[kind]


async def attempt(world: World, form: str, channel: int, who: User, command: str) -> bool:
    """Run `!trivia <command>` or `/trivia <command>`; True if it was carried out.

    A carried-out prefix skip or stop is confirmed with a reaction; everything else
    with a reply (private, for slash commands). A refusal is always a reply.
    """
    mark, reactions = len(world.fake.sent), len(world.fake.reactions)
    if form == "prefix":
        world.fake.inject_message(channel, who, f"!trivia {command}")
    else:
        try:
            world.fake.inject_slash(channel, who, *SLASH_PATH.get(command, ("trivia", command)))
        except CommandUnavailable:
            return False  # Discord does not even show it to them
    by_reaction = form == "prefix" and command in ("skip", "stop")
    for _ in range(1000):
        if by_reaction and len(world.fake.reactions) > reactions:
            return True
        replies = [
            m
            for m in world.fake.sent[mark:]
            if m.channel_id == channel
            and (m.via_interaction if form == "slash" else not by_reaction or "Only" in m.content)
        ]
        if replies:
            refused = any(r in replies[0].content for r in REFUSALS)
            assert not (form == "slash" and refused) or replies[0].ephemeral, "a slash refusal is private"
            return not refused
        await asyncio.sleep(0.01)
    raise AssertionError(f"no answer to {form} {command} by {who.name}")


@pytest.mark.parametrize("form", ["prefix", "slash"])
async def test_permission_table(big_world: World, form: str) -> None:
    world = big_world
    channels = iter(world.guild.channels[(0 if form == "prefix" else len(KINDS) * len(ALLOWED)) :])
    found: dict[tuple[str, str], bool] = {}
    for kind in KINDS:
        starter = world.fake.join(world.guild, User(snowflake(), f"starter-{kind}"))
        for command in ALLOWED:
            channel = next(channels)
            if command in ("skip", "stop"):
                world.fake.inject_message(channel, starter, "!trivia start 3")
                await world.fake.next_message(
                    channel, 0, where=lambda m, c=channel: m.channel_id == c and "Question" in m.content
                )
            found[(command, kind)] = await attempt(world, form, channel, actor(world, kind, starter), command)
    allowed = ALLOWED if form == "prefix" else SLASH_ALLOWED
    expected = {(command, kind): kind in allowed[command] for command in ALLOWED for kind in KINDS}
    assert found == expected


async def test_only_the_admin_command_carries_default_permissions(world: World) -> None:
    """Discord hides /trivia-admin from members without Manage Server; /trivia is for all."""
    synced = {c["name"]: c for c in world.fake.commands}
    assert set(synced) == {"trivia", "trivia-admin"}
    assert synced["trivia-admin"]["default_member_permissions"] == str(MANAGE_GUILD)
    assert synced["trivia"].get("default_member_permissions") is None
    assert "reload" not in {option["name"] for option in synced["trivia"]["options"]}
    assert not world.fake.offers(world.guild, world.bo, "trivia-admin")
    assert world.fake.offers(world.guild, world.admin, "trivia-admin")
