"""The periods of the leaderboards: all time, this week (from Monday 00:00 UTC) and
this month (from the 1st, 00:00 UTC)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

PERIODS = ("all", "week", "month")


def period_start(period: str, now: float) -> float | None:
    """When `period` began, as a Unix time, for a board at `now`; None for all time."""
    if period == "all":
        return None
    today = datetime.fromtimestamp(now, UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "week":
        return (today - timedelta(days=today.weekday())).timestamp()
    if period == "month":
        return today.replace(day=1).timestamp()
    raise ValueError(f"unknown period {period!r}")
