"""Runs the real `python -m bot` entry point against the fake Discord at FAKE_DISCORD_URL.

Only discord.py's two endpoints are redirected; everything else is the shipped bot.
"""

from __future__ import annotations

import os
import sys

import discord
import yarl

url = os.environ["FAKE_DISCORD_URL"]
discord.http.Route.BASE = f"{url}/api/v10"
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url.replace("http://", "ws://") + "/gateway")

from bot.__main__ import main  # noqa: E402

sys.exit(main([]))
