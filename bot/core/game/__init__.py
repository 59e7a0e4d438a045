"""A game of trivia: pure state (state), a timed game over a clock (session, clock),
scoring, hints, start options, rotation, the message budgets (budget, throttle), and
how a failure that passes is ridden out (retry).

The front door of the package: other packages import from here only.
"""

from .budget import MessageBudget
from .clock import FakeClock
from .hints import MAX_HINTS, generated, hidden, ladder, revealed
from .retry import Backoff, PassingFailure
from .rotation import draw_for
from .scoring import FULL_POINTS, Streak, prize, streak_bonus
from .session import GameOutput, GameSession, Sessions
from .start import DEFAULT_ROUNDS, MAX_ROUNDS, BadStartOptions, StartOptions, parse_start
from .state import Choice, Game, GameEnd, HintRefusal, Player, Round, RoundEnd
from .throttle import ReplyThrottle

__all__ = [
    "DEFAULT_ROUNDS",
    "FULL_POINTS",
    "MAX_HINTS",
    "MAX_ROUNDS",
    "Backoff",
    "BadStartOptions",
    "Choice",
    "FakeClock",
    "Game",
    "GameEnd",
    "GameOutput",
    "GameSession",
    "HintRefusal",
    "MessageBudget",
    "PassingFailure",
    "Player",
    "ReplyThrottle",
    "Round",
    "RoundEnd",
    "Sessions",
    "StartOptions",
    "Streak",
    "draw_for",
    "generated",
    "hidden",
    "ladder",
    "parse_start",
    "prize",
    "revealed",
    "streak_bonus",
]
