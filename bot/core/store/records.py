"""What the store returns: plain records, the same from every backend."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlayerStats:
    user_id: int
    name: str
    points: int
    correct: int
    games: int
    rank: int


@dataclass(frozen=True)
class BoardRow:
    rank: int
    user_id: int
    name: str
    points: int
    correct: int


@dataclass(frozen=True)
class Profile:
    points: int
    correct: int
    games: int
    rank: int
    players: int
    rounds_played: int  # questions asked in the games the player took part in
    best_streak: int | None
    fastest: float | None
    answered: dict[str, int]  # correct answers by question id (for the favourite category)

    @property
    def win_rate(self) -> float:
        """Rounds won of the rounds played in the player's games."""
        return self.correct / self.rounds_played if self.rounds_played else 0.0
