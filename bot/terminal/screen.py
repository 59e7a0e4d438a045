"""What the player sees at the terminal: the GameOutput of the terminal game.

Plain text from the catalogue's `terminal.` texts, one round after another: the
question (and its options, A to D), the hints as they come, the result with the
answer and what the article says, then a rule under the round. The end says how this
game went, with the player's all-time total beside it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from ..core.bank import OPTION_LETTERS
from ..core.catalogue import say, say_count
from ..core.errors import StoreUnavailable
from ..core.game import Game, GameEnd, Player, Round, RoundEnd, plain
from ..core.store import PlayerStats, Store

RULE = "─" * 40  # under each round: the next question starts after it


class Screen:
    def __init__(
        self,
        store: Store,
        player: Player,
        guild_id: int,
        show: Callable[[str], None],
        *,
        choices: bool = False,
    ) -> None:
        self.store = store
        self.say = show  # prints one line (lines.Lines.show)
        self.player = player
        self.guild_id = guild_id  # where the terminal keeps its scores
        self.choices = choices
        self.round_open = asyncio.Event()  # set while a question takes answers

    def how_to_answer(self) -> str:
        return say("terminal.how_choices" if self.choices else "terminal.how_typed")

    def show_help(self) -> None:
        self.say(say("terminal.help", how=self.how_to_answer()))

    async def show_question(self, game: Game, round_: Round) -> None:
        """The question and its options, printed at once (before any answer to it shows)."""
        lines = [
            say(
                "terminal.question",
                number=round_.number,
                total=game.total_rounds,
                seconds=f"{round_.seconds:g}",
                prize=round_.top_prize,
                text=round_.question.text,
            )
        ]
        lines += [f"  {OPTION_LETTERS[index]}. {option}" for index, option in enumerate(round_.options)]
        self.say("\n".join(lines))
        self.round_open.set()

    async def close_choices(self, game: Game, round_: Round) -> None:
        pass  # the options were printed; nothing to take back

    async def show_hint(self, game: Game, round_: Round, hint: str) -> None:
        total = len(round_.hints)  # the ladder, at most three
        self.say(say("terminal.hint", number=round_.hints_shown, total=total, hint=plain(hint), prize=round_.top_prize))

    async def show_result(self, game: Game, round_: Round, stats: PlayerStats | None, save_error: str | None) -> None:
        """The result, what the article says and the rule under the round, printed at once."""
        self.round_open.clear()
        lines = []
        if round_.winner is not None:
            assert round_.elapsed is not None
            bonus = say("terminal.bonus", bonus=round_.bonus) if round_.bonus else ""
            streak = say("terminal.streak", streak=round_.streak) if round_.streak >= 2 else ""
            elapsed = f"{round_.elapsed:.1f}"
            answer = round_.question.answer
            won = say("terminal.won", elapsed=elapsed, points=round_.points, bonus=bonus, streak=streak, answer=answer)
            lines.append(won)
            if save_error:
                lines.append(say("terminal.unsaved", error=save_error))
        else:
            assert round_.ended is not None
            how = say(f"terminal.{round_.ended.key}")
            lines.append(say("terminal.revealed", how=how, answer=_answer_shown(round_)))
        if round_.ended_streak is not None:
            lines.append(say("terminal.streak_ended", length=round_.ended_streak[1]))
        if round_.question.explanation:  # a Red list's questions have none
            lines.append(say("terminal.explanation", explanation=round_.question.explanation))
        lines.append(RULE)
        self.say("\n".join(lines))

    async def show_end(self, game: Game) -> None:
        self.round_open.clear()
        # A question cut short by /quit, Ctrl-C or end of input was not played.
        played = sum(1 for r in game.rounds if r.ended not in (None, RoundEnd.STOPPED))
        correct = sum(1 for r in game.rounds if r.winner is not None)
        points = game.points[self.player.id]
        total = await self._total()
        total_text = say("terminal.total", points=_points(total)) if total is not None else ""
        if played == 0:
            self.say(say("terminal.none_played", total=total_text))
            return
        reason = say("terminal.idle", silent=game.max_silent_rounds) if game.ended is GameEnd.IDLE else ""
        score = _points(points)
        self.say(
            say("terminal.game_over", reason=reason, correct=correct, played=played, score=score, total=total_text)
        )

    async def _total(self) -> int | None:
        """The player's all-time points in the terminal's scores (None: the database
        cannot say right now)."""
        try:
            stats = await self.store.stats(self.guild_id, self.player.id)
        except StoreUnavailable:
            return None
        return stats.points if stats is not None else 0


def _points(count: int) -> str:
    return say_count(count, "terminal.score_one", "terminal.score")


def _answer_shown(round_: Round) -> str:
    """The answer, with its letter in a multiple-choice round ("B. Seoul")."""
    answer = round_.question.answer
    if answer in round_.options:
        return f"{OPTION_LETTERS[round_.options.index(answer)]}. {answer}"
    return answer
