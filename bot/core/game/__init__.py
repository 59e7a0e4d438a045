"""A game of trivia: pure state (state), a timed game over a clock (session, clock),
scoring, hints, start options, rotation, the message budgets (budget, throttle), and
each server's question packs (packs).

The front door of the package: other packages import from here only.
"""

from .budget import MessageBudget
from .clock import FakeClock
from .hints import MAX_HINTS, generated, hidden, ladder, revealed
from .packs import (
    DEFAULT_CACHE_SIZE,
    MAX_PACKS,
    Added,
    PackCache,
    PackLibrary,
    PackRefused,
    check_name,
    info_of,
    split_pack,
)
from .rotation import draw_for
from .scoring import FULL_POINTS, Streak, prize, streak_bonus
from .session import GameOutput, GameSession, Sessions
from .start import DEFAULT_ROUNDS, MAX_ROUNDS, BadStartOptions, StartOptions, parse_start
from .state import Choice, Game, GameEnd, HintRefusal, Player, Round, RoundEnd
from .throttle import ReplyThrottle

__all__ = [
    "DEFAULT_CACHE_SIZE",
    "DEFAULT_ROUNDS",
    "FULL_POINTS",
    "MAX_HINTS",
    "MAX_PACKS",
    "MAX_ROUNDS",
    "Added",
    "BadStartOptions",
    "Choice",
    "FakeClock",
    "Game",
    "GameEnd",
    "GameOutput",
    "GameSession",
    "HintRefusal",
    "MessageBudget",
    "PackCache",
    "PackLibrary",
    "PackRefused",
    "Player",
    "ReplyThrottle",
    "Round",
    "RoundEnd",
    "Sessions",
    "StartOptions",
    "Streak",
    "check_name",
    "draw_for",
    "generated",
    "hidden",
    "info_of",
    "ladder",
    "parse_start",
    "prize",
    "revealed",
    "split_pack",
    "streak_bonus",
]
