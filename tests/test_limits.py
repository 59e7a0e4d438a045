"""Everything the bot posts fits Discord's limits, whatever the players' names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.discord import limits


@given(st.text(max_size=5000), st.integers(min_value=1, max_value=3000))
def test_clip_never_exceeds_the_limit_and_keeps_short_text(text: str, limit: int) -> None:
    clipped = limits.clip(text, limit)
    assert len(clipped) <= limit
    if len(text) <= limit:
        assert clipped == text
    else:
        assert clipped.endswith("…") and text.startswith(clipped[:-1])


@given(st.lists(st.text(min_size=0, max_size=200), max_size=80), st.integers(min_value=40, max_value=2000))
def test_rows_fit_their_budget_and_say_how_many_were_left_out(lines: list[str], budget: int) -> None:
    kept = limits.rows(lines, budget)
    assert len("\n".join(kept)) <= budget
    if kept != lines:
        shown = len(kept) - 1
        assert kept[-1] == f"…and {len(lines) - shown} more"
        assert kept[:-1] == lines[:shown]


def test_a_name_full_of_markdown_is_cut_then_escaped() -> None:
    shown = limits.name("*_~|" * 20)
    assert "*" not in shown.replace("\\*", "")  # every star is escaped
    assert len(shown.replace("\\", "")) <= limits.NAME_MAX


def test_report_pages_each_fit_a_message_and_keep_every_question() -> None:
    from bot.discord.boards import report_pages

    reports = [(f"question-{n}", "x" * 290 + f" {m}", 1) for n in range(40) for m in range(3)]
    pages = report_pages(reports, {f"question-{n}": "Q? " * 100 for n in range(40)}, "!")
    assert len(pages) > 1 and all(len(p) <= 2000 for p in pages)
    assert sum(p.count("**question-") for p in pages) == 40
