"""The fake Discord itself, seen from a raw client: it shards, withholds content and
limits the bot's requests as Discord's documentation says Discord does."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from .fake_discord import MESSAGE_CONTENT_INTENT, FakeDiscord, Sent, User, shard_of, snowflake

Json = dict[str, Any]
GUILDS_AND_MESSAGES = (1 << 0) | (1 << 9)
WITH_CONTENT = GUILDS_AND_MESSAGES | MESSAGE_CONTENT_INTENT


class RawGateway:
    """A bare gateway connection: identifies, then collects the events it is sent."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.events: list[Json] = []

    async def identify(self, fake: FakeDiscord, shard: list[int] | None, intents: int = WITH_CONTENT) -> None:
        data: Json = {"token": fake.token, "intents": intents, "properties": {}}
        if shard is not None:
            data["shard"] = shard
        await self.ws.send_json({"op": 2, "d": data})

    async def next(self, event: str, timeout: float = 5.0) -> Json:
        async def wait() -> Json:
            while True:
                message = await self.ws.receive()
                if message.type != aiohttp.WSMsgType.TEXT:
                    raise ConnectionError(f"closed with {self.ws.close_code}")
                payload = message.json()
                self.events.append(payload)
                if payload.get("t") == event:
                    return dict(payload["d"])

        return await asyncio.wait_for(wait(), timeout)

    async def closed_with(self) -> int | None:
        while (await asyncio.wait_for(self.ws.receive(), 5)).type not in (
            aiohttp.WSMsgType.CLOSE,
            aiohttp.WSMsgType.CLOSED,
        ):
            pass
        return self.ws.close_code


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def connect(http: aiohttp.ClientSession, fake: FakeDiscord) -> RawGateway:
    ws = await http.ws_connect(fake.gateway_url)
    hello = await ws.receive_json()
    assert hello["op"] == 10
    return RawGateway(ws)


@pytest.mark.fake_discord(max_concurrency=2)  # both shards may identify at once
async def test_each_shard_is_sent_only_the_servers_it_holds(fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    first, second = fake.add_guild("Even", shard=(0, 2)), fake.add_guild("Odd", shard=(1, 2))
    assert (shard_of(first.id, 2), shard_of(second.id, 2)) == (0, 1)
    zero, one = await connect(http, fake), await connect(http, fake)
    await zero.identify(fake, [0, 2])
    await one.identify(fake, [1, 2])
    ready_zero, ready_one = await zero.next("READY"), await one.next("READY")
    assert [g["id"] for g in ready_zero["guilds"]] == [str(first.id)] and ready_zero["shard"] == [0, 2]
    assert [g["id"] for g in ready_one["guilds"]] == [str(second.id)]
    assert ready_zero["session_id"] != ready_one["session_id"]
    assert (await zero.next("GUILD_CREATE"))["id"] == str(first.id)
    assert (await one.next("GUILD_CREATE"))["id"] == str(second.id)

    ana = second.add_member(User(snowflake(), "Ana"))
    fake.inject_message(second.channels[0], ana, "hello, odd shard")
    assert (await one.next("MESSAGE_CREATE"))["content"] == "hello, odd shard"
    fake.inject_slash(second.channels[0], ana, "trivia", "stats")
    assert (await one.next("INTERACTION_CREATE"))["guild_id"] == str(second.id)
    third = fake.add_guild("Later", shard=(0, 2))  # joined while connected: only to its shard
    assert (await zero.next("GUILD_CREATE"))["id"] == str(third.id)
    await asyncio.sleep(0.1)
    assert [e["t"] for e in zero.events] == ["READY", "GUILD_CREATE", "GUILD_CREATE"]
    assert [e["t"] for e in one.events] == ["READY", "GUILD_CREATE", "MESSAGE_CREATE", "INTERACTION_CREATE"]
    assert [e["s"] for e in one.events] == [1, 2, 3, 4]  # each session numbers its own events


async def test_an_unsharded_connection_gets_every_server_and_gateway_bot_recommends_a_count(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    guilds = [fake.add_guild(f"Server {n}", shard=(n % 2, 2)) for n in range(2)]
    whole = await connect(http, fake)
    await whole.identify(fake, None)
    assert {g["id"] for g in (await whole.next("READY"))["guilds"]} == {str(g.id) for g in guilds}
    headers = {"Authorization": f"Bot {fake.token}"}
    async with http.get(f"{fake.api_base}/gateway/bot", headers=headers) as response:
        assert (await response.json())["shards"] == 1
    fake.recommended = 3
    async with http.get(f"{fake.api_base}/gateway/bot", headers=headers) as response:
        assert (await response.json())["shards"] == 3


async def test_a_shard_that_does_not_exist_or_holds_too_many_servers_is_refused(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    bad = await connect(http, fake)
    await bad.identify(fake, [2, 2])
    assert await bad.closed_with() == 4010  # Invalid shard
    fake.max_guilds_per_shard = 1
    fake.add_guild("One", shard=(0, 2))
    fake.add_guild("Two", shard=(1, 2))
    crowded = await connect(http, fake)
    await crowded.identify(fake, None)
    assert await crowded.closed_with() == 4011  # Sharding required
    sharded = await connect(http, fake)
    await sharded.identify(fake, [1, 2])
    assert len((await sharded.next("READY"))["guilds"]) == 1


@pytest.mark.fake_discord(identify_window=0)  # two connections of shard 0 at once
async def test_without_the_intent_only_mentions_and_replies_to_the_bot_keep_their_content(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    guild = fake.add_guild("Quiet")
    channel = guild.channels[0]
    ana = guild.add_member(User(snowflake(), "Ana"))
    gateway = await connect(http, fake)
    await gateway.identify(fake, None, intents=GUILDS_AND_MESSAGES)  # no Message Content intent
    await gateway.next("GUILD_CREATE")
    bot_post = _bot_message(fake, channel, via_interaction=False)
    slash_reply = _bot_message(fake, channel, via_interaction=True)
    cases = [
        ({"content": "Canada"}, ""),
        ({"content": f"<@{fake.bot_user.id}> Canada"}, f"<@{fake.bot_user.id}> Canada"),
        ({"content": f"<@!{fake.bot_user.id}> Seoul"}, f"<@!{fake.bot_user.id}> Seoul"),
        ({"content": "Busan", "reply_to": bot_post}, "Busan"),  # a reply that pings the bot
        ({"content": "Incheon", "reply_to": bot_post, "ping": False}, ""),  # ping on reply turned off
        ({"content": "Tokyo", "reply_to": slash_reply}, ""),  # a reply to an interaction response
        ({"content": f"<@{ana.id}> look", "attachments": [{"id": "1", "filename": "a.png"}]}, ""),
    ]
    for case, content in cases:
        sent = fake.inject_message(channel, ana, **case)
        received = await gateway.next("MESSAGE_CREATE")
        assert received["content"] == content, case
        assert received["attachments"] == [] and received["embeds"] == []
        assert received["mentions"] == sent["mentions"]  # mentions are never withheld
    with_intent = await connect(http, fake)
    await with_intent.identify(fake, None)
    await with_intent.next("GUILD_CREATE")
    fake.inject_message(channel, ana, "Canada")
    assert (await with_intent.next("MESSAGE_CREATE"))["content"] == "Canada"


def _bot_message(fake: FakeDiscord, channel: int, via_interaction: bool) -> Sent:
    payload = fake._record(channel, {"content": "**Question 1/3**"}, via_interaction=via_interaction)
    return next(m for m in fake.sent if m.id == int(payload["id"]))


async def test_the_global_limit_counts_every_route_but_interactions(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    headers = {"Authorization": f"Bot {fake.token}"}
    statuses = []
    for _ in range(55):
        async with http.get(f"{fake.api_base}/users/@me", headers=headers) as response:
            statuses.append(response.status)
            if response.status == 429:
                refusal = (response.headers.copy(), await response.json())
    assert statuses.count(200) == 50 and statuses.count(429) == 5
    response_headers, body = refusal
    assert body["global"] is True and 0 < body["retry_after"] <= 1
    assert response_headers["X-RateLimit-Global"] == "true" and response_headers["X-RateLimit-Scope"] == "global"
    assert len(fake.global_rate_limit_violations) == 5
    # an interaction's callback is not bound by it
    async with http.post(f"{fake.api_base}/interactions/1/unknown/callback", json={"type": 4}) as response:
        assert response.status == 404  # unknown interaction, not 429


@pytest.mark.fake_discord(max_concurrency=2, identify_window=0.5)
async def test_a_second_identify_in_a_bucket_within_the_window_is_an_invalid_session(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    """Shards 0 and 2 of 4 share bucket 0 (id modulo max_concurrency 2); shard 1 has its own."""
    gateway = await http.get(f"{fake.api_base}/gateway/bot", headers={"Authorization": f"Bot {fake.token}"})
    assert (await gateway.json())["session_start_limit"]["max_concurrency"] == 2
    zero, one, two = [await connect(http, fake) for _ in range(3)]
    await zero.identify(fake, [0, 4])
    await one.identify(fake, [1, 4])
    await two.identify(fake, [2, 4])
    await zero.next("READY")
    await one.next("READY")
    refused = await asyncio.wait_for(two.ws.receive_json(), 5)
    assert (refused["op"], refused["d"]) == (9, False)  # not resumable: identify again
    assert fake.invalid_sessions == [(2, 4)]
    await asyncio.sleep(0.5)  # the bucket's window has passed
    await two.identify(fake, [2, 4])
    assert (await two.next("READY"))["shard"] == [2, 4]
