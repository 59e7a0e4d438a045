"""The fake Discord as its own process, driven over HTTP, for benchmarks.

    python -m tests.e2e.fake_server [--guilds 1] [--channels 200] [--players 20] [--spread N]

Prints one JSON line ({"url", "guilds", "channels", "users"}) when it listens, then
serves until killed. `--spread N` puts server g on shard g % N of a bot with N shards.
Besides the fake Discord API it answers:
  POST /_control/say    {"channel", "user", "content"}        a user posts a message
  POST /_control/flood  {"count", "contents", "last", "rate", "channels", "prepare"}
                        `last`: [channel, user, content], or a list of them (one per shard);
                        answers {"sent", "started"}: when sending began (time.monotonic here).
                        With "prepare": true, only encodes it; then {"go": true, "rate"} sends it
  GET  /_control/sent?after=N                                  the bot's messages from N on, with
                                                               when each arrived ("at")
  GET  /_control/wait?after=N&text=T&count=K&timeout=S         waits until K messages from N on
                                                               contain T; answers their "at"
  GET  /_control/stats                                         429s served: per channel, global
Running apart from the bot keeps the fake's JSON work off the bot's event loop and GIL.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time

from aiohttp import web

from .fake_discord import FakeDiscord, User, snowflake
from .fake_gateway import Flood


def control_routes(fake: FakeDiscord, users: dict[int, User]) -> list[web.RouteDef]:
    async def say(request: web.Request) -> web.Response:
        body = await request.json()
        fake.inject_message(int(body["channel"]), users[int(body["user"])], body["content"])
        return web.json_response({"ok": True})

    prepared: list[Flood] = []

    async def flood(request: web.Request) -> web.Response:
        """`count` messages cycling over `channels` (default: all), users and contents, then `last`."""
        body = await request.json()
        if body.get("go"):
            started = await fake.flood(prepared.pop(), rate=float(body.get("rate") or 0))
            return web.json_response({"started": started})
        channels = body.get("channels") or [c for guild in fake.guilds.values() for c in guild.channels]
        people, contents = list(users.values()), body["contents"]
        messages = [
            (channels[i % len(channels)], people[i % len(people)], contents[i % len(contents)])
            for i in range(int(body["count"]))
        ]
        last = body["last"] if isinstance(body["last"][0], list) else [body["last"]]
        messages += [(int(channel), users[int(user)], content) for channel, user, content in last]
        if body.get("prepare"):
            prepared[:] = [fake.prepare_flood(messages)]
            return web.json_response({"sent": len(messages), "started": None})
        started = await fake.flood(messages, rate=float(body.get("rate") or 0))
        return web.json_response({"sent": len(messages), "started": started})

    async def sent(request: web.Request) -> web.Response:
        after = int(request.query.get("after", "0"))
        rows = [{"channel": m.channel_id, "content": m.text, "at": m.at} for m in fake.sent[after:]]  # embeds too
        return web.json_response({"total": len(fake.sent), "messages": rows})

    async def wait(request: web.Request) -> web.Response:
        after, text = int(request.query.get("after", "0")), request.query["text"]
        count, deadline = int(request.query.get("count", "1")), time.monotonic() + float(request.query["timeout"])
        while len(found := [m.at for m in fake.sent[after:] if text in m.text]) < count:
            if (remaining := deadline - time.monotonic()) <= 0:
                return web.json_response({"at": found, "timed_out": True})
            fake._sent_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fake._sent_event.wait(), timeout=remaining)
        return web.json_response({"at": found[:count], "timed_out": False})

    async def stats(request: web.Request) -> web.Response:
        return web.json_response(
            {
                "rate_limit_violations": len(fake.rate_limit_violations),
                "global_rate_limit_violations": len(fake.global_rate_limit_violations),
                "identifies": [i.get("shard") for i in fake.identifies],
            }
        )

    return [
        web.post("/_control/say", say),
        web.post("/_control/flood", flood),
        web.get("/_control/sent", sent),
        web.get("/_control/wait", wait),
        web.get("/_control/stats", stats),
    ]


async def serve(guilds: int, channels: int, players: int, spread: int = 0) -> None:
    fake = FakeDiscord()
    people = [User(snowflake(), f"player{n}") for n in range(players)]
    servers = [
        fake.add_guild(f"Benchmark {g}", channels=channels, shard=(g % spread, spread) if spread else None)
        for g in range(guilds)
    ]
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
    parser.add_argument("--spread", type=int, default=0, help="server g on shard g %% N of N shards")
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.guilds, args.channels, args.players, args.spread))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
