"""Shared fixtures: a small question bank, a fake clock and a real SQLite store."""

from __future__ import annotations

import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.bank import QuestionBank, load_bank, parse_bank
from bot.core.game import FakeClock
from bot.core.store import Store, store_at

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
