"""Discord's limits, kept whatever happens (issue #10, points 6 and 8): the standings fit
one embed whatever the players' names, and an interaction is answered within its
3 seconds even when the database or the channel is slow."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.core.store import SqliteDatabase
from bot.discord.limits import name as limits_name

from .conftest import World, WorldFactory
from .fake_discord import FakeDiscord, snowflake
from .fake_rules import EMBED_LIMITS


@pytest.mark.parametrize(
    "names",
    [
        ["*_~`|>" * 5 + f"{n:02d}" for n in range(30)],  # 32 characters of markdown each
        [f"{'W' * 30}{n:02d}" for n in range(50)],  # 50 plain 32-character names
        ["*_~`|>" * 5 + f"{n:02d}" for n in range(99)],  # more than one embed can list
    ],
    ids=["markdown", "fifty", "ninety-nine"],
)
async def test_final_standings_fit_discord_whatever_the_names(
    fake: FakeDiscord, make_world: WorldFactory, names: list[str]
) -> None:
    async with make_world(round_seconds=30.0) as world:
        await world.start_game(rounds=2)
        game = world.bot.get_cog("Trivia").sessions.get(world.channel).game  # type: ignore[union-attr]
        for name in names:  # the standings of a long game, each player with a point
            player = snowflake()
            game.points[player] += 1
            game.names[player] = name
        mark = await world.say(world.ana, "!trivia stop")
        end = await fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
        (embed,) = end.embeds
        assert len(embed["description"]) <= EMBED_LIMITS["description"]
        assert "🥇 " + limits_name(names[0]) in embed["description"]  # names shown, escaped
        shown = embed["description"].count(" point")
        assert shown == len(names) or f"…and {len(names) - shown} more players" in embed["description"]
        assert not [r for r in fake.refused if r[3] == 50035]


async def test_slash_leaderboard_answers_in_time_even_when_the_database_is_slow(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = SqliteDatabase.leaderboard

    def slow(self: SqliteDatabase, guild_id: int, limit: int = 10) -> list:  # type: ignore[type-arg]
        time.sleep(3.5)  # on the database thread, past Discord's 3 s
        return original(self, guild_id, limit)

    monkeypatch.setattr(SqliteDatabase, "leaderboard", slow)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "leaderboard")
    board = await world.fake.next_message(world.channel, mark, timeout=10)
    assert board.content == "No scores yet on this server."
    assert not [r for r in world.fake.refused if r[3] in (10062, 40060)]


async def test_slash_start_waiting_for_the_last_standings_is_deferred(world: World) -> None:
    question = await world.start_game(rounds=1)
    world.fake.delay_next("POST", r"^/channels/\d+/messages$", 3.5, content="Final standings")
    mark = await world.say(world.bo, world.answer_to(question))
    await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    await asyncio.sleep(0.1)  # the standings are on their (slow) way
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.mod, "trivia", "start", rounds=1)
    intro = await world.fake.next_message(world.channel, mark, where=lambda m: "🩺 **The Trauma Code" in m.content)
    assert not intro.ephemeral
    assert not [r for r in world.fake.refused if r[3] in (10062, 40060)]
