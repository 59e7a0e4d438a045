"""An admin moves a bot from its SQLite file to PostgreSQL (issue #22, docs/operations.md,
"Moving from SQLite"): stop the bot, `python -m bot db copy FILE URL`, start it with
TRIVIA_DB set to the URL. Players see the same boards, and the game keeps saving."""

from __future__ import annotations

import asyncio
import sys

from bot.settings import PROJECT_ROOT

from ..postgres_server import PostgresServer
from .conftest import World, WorldFactory
from .fake_discord import User


async def win_a_round(world: World) -> str:
    """A one-question game that Bo wins; the announcement."""
    question = await world.start_game(rounds=1)
    mark = await world.say(world.bo, world.answer_to(question))
    won = await world.fake.next_message(world.channel, mark, where=lambda m: "got it in" in m.content)
    return won.content


async def shown(world: World, command: str, starts: str, user: User | None = None) -> str:
    """What Bo (or `user`) sees for `command`: the bot's next message there that starts
    with `starts`."""
    mark = await world.say(user or world.bo, command)
    return (await world.fake.next_message(world.channel, mark, where=lambda m: m.content.startswith(starts))).content


async def db_copy(source: str, destination: str) -> tuple[int, str]:
    """`python -m bot db copy SOURCE DESTINATION`, as an admin runs it."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "db", "copy", source, destination,
        cwd=PROJECT_ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await process.communicate()
    return process.returncode or 0, output.decode()


async def test_a_bot_moved_from_sqlite_to_postgresql_shows_the_same_boards_and_keeps_saving(
    make_world: WorldFactory, postgres_server: PostgresServer
) -> None:
    url = await postgres_server.new_database()
    async with make_world() as world:
        await win_a_round(world)
        before = await shown(world, "!trivia leaderboard", "🏆")
        stats_before = await shown(world, "!trivia stats", "📊")
        await world.stop()
        code, said = await db_copy(str(world.settings.db_path), url)
        assert code == 0, said
        await world.restart(db_url=url)
        assert await shown(world, "!trivia leaderboard", "🏆") == before
        assert await shown(world, "!trivia stats", "📊") == stats_before
        assert "1 correct answers" in stats_before
        await win_a_round(world)  # saved on PostgreSQL, after the rows carried over
        after = await shown(world, "!trivia leaderboard", "🏆", world.ana)  # Bo asked for it just now
        assert "1. Bo: 20 points, 2 correct" in after
    await postgres_server.drop_database(url)
