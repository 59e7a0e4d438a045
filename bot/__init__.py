"""The Trauma Code trivia bot: a Discord trivia game built on one interview article."""

__version__ = "0.1.0"
