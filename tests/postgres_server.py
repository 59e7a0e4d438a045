"""A throwaway PostgreSQL server for tests and benchmarks, as pytest-postgresql makes one.

`PostgresServer` runs Debian's (or the PATH's) initdb and pg_ctl on a fresh data folder
in the temporary folder, listening only on 127.0.0.1 at a free port, with no Unix
socket. PostgreSQL refuses to run as root, so as root the cluster belongs to an
unprivileged user (postgres when the system has one, else nobody), and initdb and
pg_ctl run as that user. Each test gets a database of its own (`new_database`).

    server = PostgresServer.start()
    url = await server.new_database()   # postgresql://trivia@127.0.0.1:PORT/test_1
    ...
    server.close()                      # stops the server and removes its folder
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import asyncpg

SUPERUSER = "trivia"


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: the newest Debian PostgreSQL, else the PATH's."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_major, reverse=True):
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _major(folder: str) -> int:
    version = Path(folder).parent.name
    return int(version) if version.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unprivileged_user() -> str | None:
    """Whom the cluster belongs to: None when we are not root (then: us)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root, and there is no unprivileged user (postgres, nobody) to run PostgreSQL")


class PostgresServer:
    """One PostgreSQL cluster in a temporary folder; `durable=False` turns fsync off (tests)."""

    def __init__(self, binaries: Path, folder: Path, user: str | None, durable: bool) -> None:
        self.binaries = binaries
        self.folder = folder
        self.user = user
        self.durable = durable
        self.port = 0
        self._names = itertools.count(1)

    @classmethod
    def start(cls, durable: bool = False) -> PostgresServer:
        binaries = find_binaries()
        if binaries is None:
            raise RuntimeError("PostgreSQL is not installed: no initdb in /usr/lib/postgresql/*/bin or on the PATH")
        folder = Path(tempfile.mkdtemp(prefix="trivia-pg-"))
        server = cls(binaries, folder, _unprivileged_user(), durable)
        try:
            if server.user is not None:
                entry = pwd.getpwnam(server.user)
                os.chown(folder, entry.pw_uid, entry.pw_gid)
            server._run("initdb", "-D", str(server.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync")
            server.start_again()
        except BaseException:
            server.close()
            raise
        return server

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def start_again(self) -> None:
        """Start the server (on the port it had, if it had one: the stores' URLs stay right)."""
        for attempt in range(5):
            port = self.port or _free_port()
            options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories=''"
            if not self.durable:
                options += " -c fsync=off -c full_page_writes=off"
            try:
                self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log), "-o", options)
            except RuntimeError:
                if self.port or attempt == 4:  # a port another process took meanwhile: try another
                    raise
                continue
            self.port = port
            return

    def stop(self) -> None:
        """Stop the server at once (fast shutdown: open connections are cut, as at a restart)."""
        self._run("pg_ctl", "stop", "-w", "-m", "fast", "-D", str(self.data))

    def close(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):  # it stopped already
                self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    async def new_database(self) -> str:
        """A new, empty database; its URL."""
        name = f"test_{next(self._names)}"
        connection = await asyncpg.connect(self.url())
        try:
            # FILE_COPY (PostgreSQL 15 on) copies the template's files: quicker than WAL_LOG with fsync off.
            strategy = " STRATEGY FILE_COPY" if connection.get_server_version().major >= 15 else ""
            await connection.execute(f'CREATE DATABASE "{name}"{strategy}')
        finally:
            await connection.close()
        return self.url(name)

    async def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        connection = await asyncpg.connect(self.url())
        try:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await connection.close()

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run(
            [str(self.binaries / program), *args],
            user=self.user,
            cwd=self.folder,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{log}")
