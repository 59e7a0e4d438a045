"""Setting up a game on Discord: its questions, options and session, and its intro."""

from __future__ import annotations

import random

from ..core.bank import questions_as_shown
from ..core.catalogue import say
from ..core.errors import CatalogueError
from ..core.game import Game, GameOutput, GameSession, MessageBudget, Player, StartOptions, draw_for
from ..core.store import ServerSettings
from .answers import intro_key
from .client import TriviaBot


class WrongChannel(CatalogueError):
    def __init__(self, channels: tuple[int, ...]) -> None:
        super().__init__("error.wrong_channel", where=", ".join(f"<#{c}>" for c in channels[:20]))


class NoQuestions(CatalogueError):
    def __init__(self, what: str) -> None:
        super().__init__("error.no_questions", what=what)


async def new_session(
    bot: TriviaBot,
    guild_id: int,
    channel_id: int,
    starter: Player,
    output: GameOutput,
    server: ServerSettings,
    options: StartOptions,
    rng: random.Random,
) -> GameSession:
    """A game as the server's settings and the start's words say, drawn by the rotation."""
    bank, settings = bot.bank, bot.settings
    candidates = bank.candidates(options.category, options.difficulty)
    if not candidates:
        raise NoQuestions(options.describe())
    questions = await draw_for(bot.store, guild_id, candidates, options.rounds, rng, bank.conflicts)
    language = server.language
    shown_questions, buttons = questions_as_shown(
        questions, bank.questions, rng, language, (options.mode or server.mode) == "choices"
    )
    game = Game(
        questions=shown_questions,
        options=buttons,
        started_by=starter,
        round_seconds=server.round_seconds,
        auto_hint=server.auto_hint,
        hint_gap=settings.channel_window,  # one hint per window of Discord's 5 messages
    )
    return GameSession(
        game,
        output,
        bot.store,
        guild_id=guild_id,
        channel_id=channel_id,
        pause=settings.pause_seconds,
        budget=MessageBudget(window=settings.channel_window),
        starter_controls=server.stop_by == "starter",
        language=language,
    )


def intro_text(bot: TriviaBot, game: Game, server: ServerSettings, options: StartOptions) -> str:
    about = say("discord.about", what=options.describe()) if options.describe() else ""
    return say(
        intro_key(bot),
        rounds=game.total_rounds,
        s="s" * (game.total_rounds != 1),
        seconds=f"{server.round_seconds:g}",
        about=about,
        prefix=bot.settings.prefix,
    )
