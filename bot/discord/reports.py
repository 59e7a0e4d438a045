"""Question reports: players flag a question during a round or just after it; admins
list the open reports and close them once the file is fixed."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence

from ..core.bank import Question
from ..core.catalogue import say
from ..core.errors import CatalogueError
from ..core.game import GameSession, Round
from . import limits
from .boards import report_pages
from .client import TriviaBot

REPORT_WINDOW = 120.0  # seconds after a round's end during which its question can be reported
REASON_MAX = 300


class NothingToReport(CatalogueError):
    def __init__(self) -> None:
        super().__init__("error.nothing_to_report")


class ReportDesk:
    def __init__(self, bot: TriviaBot, texts: Callable[[int, Sequence[str]], Awaitable[dict[str, str]]]) -> None:
        """`texts` gives the text of each question id of a server (its packs' included)."""
        self.bot = bot
        self.texts = texts
        self.recent: dict[int, tuple[Question, float]] = {}  # channel -> the last round's question, when it ended

    def round_ended(self, channel_id: int, round_: Round) -> None:
        self.recent[channel_id] = (round_.question, time.monotonic())

    def reportable(self, channel_id: int, session: GameSession | None) -> Question:
        """The question of the open round, or of the last round if it ended up to 2 minutes ago."""
        current = session.game.current if session is not None else None
        if current is not None and current.is_open:
            return current.question
        question, ended = self.recent.get(channel_id, (None, 0.0))
        if question is None or time.monotonic() - ended > REPORT_WINDOW:
            raise NothingToReport()
        return question

    async def file(self, guild_id: int, question: Question, reporter: int, reason: str) -> None:
        text = limits.clip(" ".join(reason.split()), REASON_MAX)
        await self.bot.store.add_report(guild_id, question.id, reporter, text)

    async def pages(self, guild_id: int) -> list[str]:
        reports = await self.bot.store.open_reports(guild_id)
        texts = await self.texts(guild_id, [question_id for question_id, _, _ in reports])
        return report_pages(reports, texts, self.bot.shown_prefix)

    async def clear(self, guild_id: int, action: str, question_id: str) -> str:
        prefix = self.bot.shown_prefix
        if action.casefold() != "clear" or not question_id:
            return say("report.usage", prefix=prefix)
        closed = await self.bot.store.close_reports(guild_id, question_id)
        shown = limits.name(question_id, 64)
        if not closed:
            return say("report.none_for", question=shown)
        return say("report.closed", closed=closed, s="s" * (closed != 1), question=shown)
