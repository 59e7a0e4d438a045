"""Setting up a game on Discord: its questions, options and session, and its intro; and
answers typed where the bot cannot read messages (TRIVIA_MESSAGE_CONTENT=0).

Without the Message Content intent, Discord sends the bot the text of a message only
when it mentions the bot or replies to one of its messages (with the ping on), and
the guess listener judges those as any other guess. `/trivia answer <text>` is the
third way: a slash command, whose text Discord always sends; its reply is private,
so that it costs the channel nothing, and a right answer is announced by the game.
"""

from __future__ import annotations

import random

from ..core.bank import QuestionBank, questions_as_shown, title_for
from ..core.catalogue import say
from ..core.errors import CatalogueError, NoGameRunning
from ..core.game import Game, GameOutput, GameSession, MessageBudget, Player, StartOptions, draw_for
from ..core.store import ServerSettings
from .client import TriviaBot
from .limits import guess_text


class WrongChannel(CatalogueError):
    def __init__(self, channels: tuple[int, ...]) -> None:
        super().__init__("error.wrong_channel", where=", ".join(f"<#{c}>" for c in channels[:20]))


class NoQuestions(CatalogueError):
    def __init__(self, what: str) -> None:
        super().__init__("error.no_questions", what=what)


async def new_session(
    bot: TriviaBot,
    bank: QuestionBank,
    guild_id: int,
    channel_id: int,
    starter: Player,
    output: GameOutput,
    server: ServerSettings,
    options: StartOptions,
    rng: random.Random,
) -> GameSession:
    """A game of `bank` (the bot's own questions or a pack) as the server's settings and
    the start's words say, drawn by the rotation. A Red list's own time per question
    (its CONFIG delay) is the length of its rounds."""
    settings = bot.settings
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
        round_seconds=bank.round_seconds or server.round_seconds,
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
    title = title_for(bot.bank, game.questions, server.language) or say("intro.trivia")
    return say(
        intro_key(bot),
        title=title,
        rounds=game.total_rounds,
        s="s" * (game.total_rounds != 1),
        seconds=f"{game.round_seconds:g}",
        about=about,
        prefix=bot.shown_prefix,
    )


def typed_answer(session: GameSession | None, player: Player, text: str) -> str:
    """Judge `text` as the player's guess in the channel's game; the private reply."""
    if session is None:
        raise NoGameRunning()
    current = session.game.current
    if current is None or not current.is_open:
        return say("answer.no_round")
    if player.id in current.locked:
        return say("answer.out")
    if session.guess(player, guess_text(text)):
        return say("answer.right")
    return say("answer.wrong")


def intro_key(bot: TriviaBot) -> str:
    """The intro of a game: where the bot cannot read messages, it says how to answer."""
    return "discord.intro" if bot.settings.message_content else "discord.intro.no_content"
