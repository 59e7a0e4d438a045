"""The fake Discord as its own process, driven over HTTP, for benchmarks.

    python -m tests.e2e.fake_server [--guilds 1] [--channels 200] [--players 20]

Prints one JSON line ({"url", "guilds", "channels", "users"}) when it listens, then
serves until killed. Besides the fake Discord API it answers:
  POST /_control/say    {"channel", "user", "content"}        a user posts a message
  POST /_control/flood  {"count", "contents", "last": [channel, user, content], "rate", "channels"}
  GET  /_control/sent?after=N                                  the bot's messages from N on
Running apart from the bot keeps the fake's JSON work off the bot's event loop and GIL.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from aiohttp import web

from .fake_discord import FakeDiscord, User, snowflake


def control_routes(fake: FakeDiscord, users: dict[int, User]) -> list[web.RouteDef]:
    async def say(request: web.Request) -> web.Response:
        body = await request.json()
        fake.inject_message(int(body["channel"]), users[int(body["user"])], body["content"])
        return web.json_response({"ok": True})

    async def flood(request: web.Request) -> web.Response:
        """`count` messages cycling over `channels` (default: all), users and contents, then `last`."""
        body = await request.json()
        channels = body.get("channels") or [c for guild in fake.guilds.values() for c in guild.channels]
        people, contents = list(users.values()), body["contents"]
        messages = [
            (channels[i % len(channels)], people[i % len(people)], contents[i % len(contents)])
            for i in range(int(body["count"]))
        ]
        channel, user, content = body["last"]
        messages.append((int(channel), users[int(user)], content))
        await fake.flood(messages, rate=float(body.get("rate") or 0))
        return web.json_response({"sent": len(messages)})

    async def sent(request: web.Request) -> web.Response:
        after = int(request.query.get("after", "0"))
        rows = [{"channel": m.channel_id, "content": m.text} for m in fake.sent[after:]]  # embeds included
        return web.json_response({"total": len(fake.sent), "messages": rows})

    return [
        web.post("/_control/say", say),
        web.post("/_control/flood", flood),
        web.get("/_control/sent", sent),
    ]


async def serve(guilds: int, channels: int, players: int) -> None:
    fake = FakeDiscord()
    people = [User(snowflake(), f"player{n}") for n in range(players)]
    servers = [fake.add_guild(f"Benchmark {g}", channels=channels) for g in range(guilds)]
    for server in servers:
        for person in people:
            server.add_member(person)
    users = {u.id: u for u in people}
    fake.extra_routes = control_routes(fake, users)
    await fake.start()
    info = {
        "url": fake.url,
        "guilds": [g.id for g in servers],
        "channels": [c for g in servers for c in g.channels],
        "users": list(users),
    }
    print(json.dumps(info), flush=True)
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guilds", type=int, default=1)
    parser.add_argument("--channels", type=int, default=200, help="per guild")
    parser.add_argument("--players", type=int, default=20)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.guilds, args.channels, args.players))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
