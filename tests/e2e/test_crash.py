"""The bot process dies with SIGKILL right after announcing a point; the point survives."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.core.bank import load_bank
from bot.settings import PROJECT_ROOT

from ..helpers import eventually
from ..peek import rows
from .fake_discord import FakeDiscord, User, snowflake

LAUNCHER = Path(__file__).with_name("bot_process.py")


async def start_bot_process(fake: FakeDiscord, tmp_path: Path) -> asyncio.subprocess.Process:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "FAKE_DISCORD_URL": fake.url,
        "DISCORD_TOKEN": fake.token,
        "TRIVIA_DB": str(tmp_path / "trivia.db"),
        "TRIVIA_QUESTIONS": str(PROJECT_ROOT / "questions.yaml"),
        "TRIVIA_ROUND_SECONDS": "10",
        "TRIVIA_PAUSE_SECONDS": "0",
        "TRIVIA_SYNC_COMMANDS": "0",
    }
    identified = len(fake.identifies)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(LAUNCHER),
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    await eventually(lambda: len(fake.identifies) > identified, timeout=20, what="the bot to connect")
    return process


async def test_an_announced_point_survives_kill_9(fake: FakeDiscord, tmp_path: Path) -> None:
    guild = fake.add_guild("Crashy", channels=1)
    channel = guild.channels[0]
    bo = guild.add_member(User(snowflake(), "Bo"))
    bank = {q.text: q.answer for q in load_bank(PROJECT_ROOT / "questions.yaml")}

    first = await start_bot_process(fake, tmp_path)
    fake.inject_message(channel, bo, "!trivia start 3")
    question = await fake.next_message(channel, 0, timeout=20, where=lambda m: "Question 1/3" in m.content)
    answer = next(a for text, a in bank.items() if text in question.content)
    mark = len(fake.sent)
    fake.inject_message(channel, bo, answer)
    await fake.next_message(channel, mark, where=lambda m: "got it in" in m.content)
    first.send_signal(signal.SIGKILL)  # the instant the point is announced
    await first.wait()
    assert first.returncode == -signal.SIGKILL

    second = await start_bot_process(fake, tmp_path)
    mark = len(fake.sent)
    fake.inject_message(channel, bo, "!trivia stats")
    stats = await fake.next_message(channel, mark, timeout=20)
    assert stats.content.startswith("📊 **Bo** · rank 1 of 1 · 10 points · 1 correct answers")

    second.send_signal(signal.SIGTERM)  # a clean shutdown this time
    output, _ = await asyncio.wait_for(second.communicate(), timeout=20)
    assert second.returncode == 0, output.decode()
    assert fake.token not in output.decode()  # the token is never logged

    assert rows(tmp_path / "trivia.db", "PRAGMA integrity_check") == [("ok",)]
    assert rows(tmp_path / "trivia.db", "SELECT user_id FROM correct_answers") == [(bo.id,)]
