"""A game of trivia: pure state (state), a timed game over a clock (session, clock),
scoring, hints, start options, rotation, the message budgets (budget, throttle), and
each server's question packs (packs), and how a failure that passes is ridden out (retry).

The front door of the package: other packages import from here only.
"""

from .budget import MessageBudget, NoBudget
from .clock import FakeClock
from .hints import MAX_HINTS, generated, hidden, ladder, plain, revealed
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
from .retry import Backoff, PassingFailure
from .rotation import draw_for
from .scoring import FULL_POINTS, Streak, prize, streak_bonus
from .session import GameOutput, GameSession, Sessions
from .start import DEFAULT_ROUNDS, MAX_ROUNDS, BadStartOptions, StartOptions, named, parse_start
from .state import ChoiceOutcome, Game, GameEnd, HintRefusal, Player, Round, RoundEnd
from .throttle import ReplyThrottle

__all__ = [
    "DEFAULT_CACHE_SIZE",
    "DEFAULT_ROUNDS",
    "FULL_POINTS",
    "MAX_HINTS",
    "MAX_PACKS",
    "MAX_ROUNDS",
    "Added",
    "Backoff",
    "BadStartOptions",
    "ChoiceOutcome",
    "FakeClock",
    "Game",
    "GameEnd",
    "GameOutput",
    "GameSession",
    "HintRefusal",
    "MessageBudget",
    "NoBudget",
    "PackCache",
    "PackLibrary",
    "PackRefused",
    "PassingFailure",
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
    "named",
    "parse_start",
    "plain",
    "prize",
    "revealed",
    "split_pack",
    "streak_bonus",
]
