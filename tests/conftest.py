"""Shared fixtures: a small question bank, a fake clock, a real SQLite store, and the
location of a fresh store on each backend (`db_location`: a SQLite file, then a
database of a throwaway PostgreSQL server started for the session)."""

from __future__ import annotations

import os
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.core.bank import QuestionBank, load_bank, parse_bank
from bot.core.game import FakeClock
from bot.core.store import Store, store_at

from .postgres_server import PostgresServer, find_binaries

PROJECT = Path(__file__).resolve().parent.parent

SMALL_BANK = textwrap.dedent(
    """\
    title: Test bank
    questions:
      - id: country
        category: production
        difficulty: easy
        question: To which country had the director moved?
        answers: [Canada]
        explanation: He had moved to Canada.
      - id: episodes
        category: show
        difficulty: easy
        question: How many episodes does the drama have?
        answers: ["8", Eight]
        explanation: Eight episodes.
      - id: city
        category: reception
        difficulty: easy
        question: In which city was the fan meeting held?
        answers: [Seoul]
        explanation: It was in Seoul.
      - id: platform
        category: reception
        difficulty: easy
        question: On which streaming service does the drama stream?
        answers: [Netflix]
        explanation: Netflix streams it.
    """
)


@pytest.fixture
def small_bank() -> QuestionBank:
    return parse_bank(SMALL_BANK, "small.yaml")


@pytest.fixture(scope="session")
def bank() -> QuestionBank:
    return load_bank(PROJECT / "questions.yaml")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await store_at(tmp_path / "scores.db").open()
    yield opened
    await opened.close()


NO_POSTGRES = (
    "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on the PATH); "
    "install it (Debian: apt-get install postgresql) to run the store's tests on PostgreSQL too"
)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_postgresql() -> None:
    """Skip a PostgreSQL test where there is no PostgreSQL, except in CI, where the
    PostgreSQL tests must run (.ci/run installs it): there, fail it."""
    if find_binaries() is None:
        if in_ci():
            pytest.fail(f"{NO_POSTGRES}: CI must run them")
        pytest.skip(NO_POSTGRES)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the session's tests."""
    require_postgresql()
    server = PostgresServer.start()
    yield server
    server.close()


@pytest.fixture(params=["sqlite", "postgres"])
async def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str | Path]:
    """Where a new, empty store is, on each backend: a SQLite file, a PostgreSQL URL."""
    if request.param == "sqlite":
        yield tmp_path / "scores.db"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = await server.new_database()
    yield url
    await server.drop_database(url)
