"""The real `python -m bot` as a child process against the fake Discord (bot_process.py
is what runs in it), for the tests and the benchmarks that need whole processes."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

LAUNCHER = Path(__file__).with_name("bot_process.py")


@dataclass
class BotProcess:
    """One `python -m bot` process, its output (standard output and error) in a file."""

    name: str
    process: asyncio.subprocess.Process
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def cpu_seconds(self) -> float:
        """User and system CPU time the process has used so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mib(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)

    async def stop(self, timeout: float = 60) -> int:
        """SIGTERM (the bot's clean shutdown), then its exit status."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), timeout=timeout)


PROJECT = Path(__file__).resolve().parents[2]


async def spawn(name: str, log: Path, fake_url: str, env: dict[str, str]) -> BotProcess:
    """Start the bot against the fake at `fake_url`, in the folder of `log` and with the
    environment `env` (TRIVIA_... variables and DISCORD_TOKEN; of this one's, only PATH);
    its output is appended to `log`."""
    environment = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT), "FAKE_DISCORD_URL": fake_url}
    with log.open("ab") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            str(LAUNCHER),
            cwd=log.parent,
            env=environment | env,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
        )
    return BotProcess(name, process, log)
