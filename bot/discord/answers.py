"""Answers for servers where the bot cannot read messages (TRIVIA_MESSAGE_CONTENT=0).

Without the Message Content intent, Discord sends the bot the text of a message only
when it mentions the bot or replies to one of its messages (with the ping on), and
the guess listener judges those as any other guess. `/trivia answer <text>` is the
third way: a slash command, whose text Discord always sends; its reply is private,
so that it costs the channel nothing, and a right answer is announced by the game.
"""

from __future__ import annotations

from ..core.catalogue import say
from ..core.errors import NoGameRunning
from ..core.game import GameSession, Player
from .client import TriviaBot
from .limits import guess_text


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
