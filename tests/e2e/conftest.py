"""The bot, connected to a fake Discord on 127.0.0.1, for end-to-end scenarios."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl

from bot.core.bank import QuestionBank, load_bank
from bot.core.store import store_at
from bot.discord.client import TriviaBot
from bot.settings import PROJECT_ROOT, Settings

from .fake_discord import MANAGE_GUILD, MANAGE_MESSAGES, RATE_LIMIT, FakeDiscord, Guild, Sent, User, snowflake


@dataclass
class World:
    """One bot (running until stopped), the fake Discord it talks to, and a server full of people."""

    fake: FakeDiscord
    bot: TriviaBot
    guild: Guild
    channel: int
    other_channel: int
    ana: User
    bo: User
    mod: User
    admin: User
    settings: Settings
    task: asyncio.Task[None] | None = field(repr=False)  # the running bot's; None once stopped

    async def stop(self) -> None:
        """Close the bot and wait for it to finish; a second call does nothing."""
        if self.task is None:
            return
        task, self.task = self.task, None
        await stop_bot(self.bot, task)

    async def restart(self, **settings: Any) -> None:
        """Stop the bot and start a new one in the same server, on the same database
        (`settings` override those the world was made with)."""
        await self.stop()
        self.settings = dataclasses.replace(self.settings, **settings)
        self.bot, self.task = await run_bot(self.settings)

    @property
    def bank(self) -> QuestionBank:
        return self.bot.bank

    def answer_to(self, message: Sent) -> str:
        """The canonical answer of the question a bot message shows, in its language."""
        for question in self.bank:
            if question.text in message.content:
                return question.answer
            if question.ko is not None and question.ko.text in message.content:
                return question.ko.answers[0]
        raise AssertionError(f"not a question message: {message.content!r}")

    async def say(self, user: User, content: str, channel: int | None = None) -> int:
        """Post as `user`; returns the index in `fake.sent` from which replies count."""
        mark = len(self.fake.sent)
        self.fake.inject_message(channel or self.channel, user, content)
        return mark

    async def reply_to(self, user: User, content: str) -> str:
        """Post as `user` in the game channel; the text of the bot's next message there."""
        mark = await self.say(user, content)
        return (await self.fake.next_message(self.channel, mark)).content

    async def start_game(self, rounds: int = 3, channel: int | None = None) -> Sent:
        """`!trivia start N`, then the first question."""
        channel = channel or self.channel
        mark = await self.say(self.ana, f"!trivia start {rounds}", channel)
        return await self.fake.next_message(channel, mark, where=lambda m: "Question 1/" in m.content)


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    questions = tmp_path / "questions.yaml"  # a copy, so reload tests can break it
    if not questions.exists():
        questions.write_bytes((PROJECT_ROOT / "questions.yaml").read_bytes())
    values: dict[str, object] = {
        "token": "fake-token",
        "questions_path": questions,
        "db_path": tmp_path / "trivia.db",
        "round_seconds": 2.0,
        "pause_seconds": 0.0,
        "channel_window": SCALED_RATE_LIMIT[1],  # the bot counts the fake's (scaled) window
        "auto_hint": False,  # on in the hint scenarios; off elsewhere, so that rounds post what they test
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


# Scenarios run in scaled time: Discord's 5-messages-per-5-seconds window is 1 second
# here (discord.py reads the window from the fake's headers), so a scenario that
# meets the limit waits 1 s for it, not 5. Pacing tests scale the bot's pause alike.
TIME_SCALE = 0.2
SCALED_RATE_LIMIT = (RATE_LIMIT[0], RATE_LIMIT[1] * TIME_SCALE)


async def start_fake(monkeypatch: pytest.MonkeyPatch, **options: Any) -> FakeDiscord:
    """Start a fake Discord and point discord.py at it (undone when the test ends)."""
    server = await FakeDiscord(**options).start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    return server


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fake_discord(**options): the options of the test's FakeDiscord")


@pytest.fixture
async def fake(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """The fake Discord, with the scaled rate limit unless the test's
    `@pytest.mark.fake_discord(...)` asks for other options."""
    marker = request.node.get_closest_marker("fake_discord")
    options: dict[str, Any] = {"rate_limit": SCALED_RATE_LIMIT} | (marker.kwargs if marker else {})
    server = await start_fake(monkeypatch, **options)
    yield server
    await server.close()
    assert server.unanswered() == [], "interactions the bot left unanswered past 3 s (This interaction failed)"


async def run_bot(settings: Settings) -> tuple[TriviaBot, asyncio.Task[None]]:
    """A TriviaBot on `settings` (its store where TRIVIA_DB says), started and ready."""
    store = await store_at(settings.db_location).open()
    bot = TriviaBot(settings, load_bank(settings.questions_path), store, guild_ready_timeout=0.05)
    task = asyncio.create_task(bot.start(settings.token or ""))
    ready = asyncio.ensure_future(bot.wait_until_ready())
    await asyncio.wait({ready, task}, timeout=15, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()  # raise the start-up error
    assert ready.done(), "the bot did not become ready"
    return bot, task


async def stop_bot(bot: TriviaBot, task: asyncio.Task[None]) -> None:
    """Close a bot started by `run_bot` and wait for it to finish."""
    await bot.close()
    await asyncio.wait_for(task, timeout=10)


async def start_world(fake: FakeDiscord, tmp_path: Path, channels: int, **settings: object) -> World:
    """A server with a plain member, a starter, a moderator and an admin, and the bot in it
    (`settings` override those of `make_settings`)."""
    guild = fake.add_guild("Trauma Fans", channels=channels)
    mod_role = guild.add_role("Moderators", MANAGE_MESSAGES)
    admin_role = guild.add_role("Admins", MANAGE_GUILD)
    ana, bo, mod, admin = (User(snowflake(), name) for name in ("Ana", "Bo", "Mo", "Ad"))
    guild.add_member(ana)
    guild.add_member(bo)
    guild.add_member(mod, mod_role)
    guild.add_member(admin, admin_role)
    configured = make_settings(tmp_path, **settings)
    bot, task = await run_bot(configured)
    return World(fake, bot, guild, guild.channels[0], guild.channels[1], ana, bo, mod, admin, configured, task)


WorldFactory = Callable[..., AbstractAsyncContextManager[World]]


@pytest.fixture
def make_world(fake: FakeDiscord, tmp_path: Path) -> WorldFactory:
    """`async with make_world(channels=2, **settings) as world:` a world whose bot runs
    inside the block (`settings` override those of `make_settings`).

    On the way out the bot is stopped, even if the block failed; if it did not fail,
    every route the bot called must be one the fake knows, and every body JSON.
    """

    @contextlib.asynccontextmanager
    async def make(channels: int = 2, **settings: object) -> AsyncIterator[World]:
        world = await start_world(fake, tmp_path, channels, **settings)
        try:
            yield world
        finally:
            await world.stop()
        assert fake.unhandled == [], "the bot called routes the fake does not know"
        assert fake.bad_requests == []

    return make


@pytest.fixture
async def world(make_world: WorldFactory) -> AsyncIterator[World]:
    async with make_world() as built:
        yield built
