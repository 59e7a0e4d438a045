"""Weeks start on Monday and months on the 1st, at midnight UTC."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.store import period_start


def at(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("now", "week", "month"),
    [
        ("2026-11-30T08:00:00", "2026-11-30T00:00:00", "2026-11-01T00:00:00"),  # a Monday
        ("2026-11-29T23:59:59", "2026-11-23T00:00:00", "2026-11-01T00:00:00"),  # the Sunday before
        ("2026-12-01T00:00:00", "2026-11-30T00:00:00", "2026-12-01T00:00:00"),  # a week across two months
        ("2024-02-29T12:00:00", "2024-02-26T00:00:00", "2024-02-01T00:00:00"),  # a leap day
    ],
)
def test_period_boundaries(now: str, week: str, month: str) -> None:
    assert period_start("week", at(now)) == at(week)
    assert period_start("month", at(now)) == at(month)
    assert period_start("all", at(now)) is None
