"""Domain errors of the game core.

Adapters (the cog, the terminal mode) catch these and turn them into replies; any
other exception is a bug and is logged with its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import say


class TriviaError(Exception):
    """Base class of every error a player or admin may be shown."""


class CatalogueError(TriviaError):
    """An error whose text is a catalogue entry: `key` and its `values` (so an adapter
    can say it in the server's language)."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(say(key, **values))


class GameAlreadyRunning(CatalogueError):
    def __init__(self) -> None:
        super().__init__("error.game_running")


class NoGameRunning(CatalogueError):
    def __init__(self) -> None:
        super().__init__("error.no_game")


class StoreUnavailable(CatalogueError):
    """The score database could not be written; the game goes on without saving."""

    def __init__(self, cause: str) -> None:
        super().__init__("error.not_saved", cause=cause)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a question file, with where it is (1-based line and column)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        if self.line == 0:  # the file as a whole: unreadable, not UTF-8, ...
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class QuestionFileError(TriviaError):
    """A question file that cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the question file:\n{shown}")
