"""The speed screens: cheap bounds that refuse most wrong guesses before the judge
builds any run of words. They never change a verdict (two property tests check it).

* A run of guess words within `limit` typos of an answer shares all but at most
  `limit` of the answer's letters, in order (each typo costs at most one letter of
  their longest common subsequence): one call into rapidfuzz's C code per answer.
* A run's length (folded, or unfolded) must be near an answer's.
* A short first word starts with one of its first two letters (see judge._close).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from rapidfuzz.distance import LCSseq

_similarity = LCSseq.similarity


def lcs_screens(answers: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """Each distinct answer, with the shortest common subsequence that a guess within
    `limit` typos of it must share with it (at least one letter)."""
    return tuple(dict.fromkeys((answer, max(len(answer) - limit, 1)) for answer, limit in answers))


def near(length: int, limit: int) -> frozenset[int]:
    """The lengths within `limit` of `length`."""
    return frozenset(range(max(length - limit, 0), length + limit + 1))


def first_letters(words: Sequence[str], plain: Sequence[str], allowance: Callable[[int], int]) -> frozenset[str]:
    """The letters a run of guess words must start with to match, or none if any will do.

    A short first word keeps its first letter, or swaps it with the second (see
    `judge._close`), in the folded spelling and, where it is compared too, unfolded.
    """
    if not words or allowance(len(words[0])) > 0:
        return frozenset()
    if len(plain) != len(words):  # the unfolded spelling is not compared
        return frozenset(words[0][:2])
    if allowance(len(plain[0])) > 0:
        return frozenset()
    return frozenset(words[0][:2] + plain[0][:2])


def may_match(
    folded_screens: Sequence[tuple[str, int]],
    unfolded_screens: Sequence[tuple[str, int]],
    folding_changed_screens: Sequence[tuple[str, int]],
    folded: str,
    unfolded: str,
) -> bool:
    """Could a run of words of a guess (folded, and unfolded) be close enough to a
    screened answer? On the hot path of every guess: plain loops, no generators.

    Where folding left the guess as it was, the unfolded guess was just tested against
    every answer that folding leaves alone too: only the others are left to test."""
    similarity = _similarity
    for answer, shortest in folded_screens:
        if similarity(answer, folded, score_cutoff=shortest):
            return True
    if folded == unfolded:
        unfolded_screens = folding_changed_screens
    for answer, shortest in unfolded_screens:  # noqa: SIM110 (a generator costs more here)
        if similarity(answer, unfolded, score_cutoff=shortest):
            return True
    return False


def shares_enough(answer: tuple[str, str, int], folded: str, unfolded: str) -> bool:
    """Does the guess (folded, or unfolded) share enough letters with an answer (folded,
    unfolded, its typo limit) to hold a run within the limit (see `lcs_screens`)?"""
    compact, written, limit = answer
    least = max(len(compact) - limit, 1)
    if _similarity(compact, folded, score_cutoff=least) >= least:
        return True
    least = max(len(written) - limit, 1)
    return _similarity(written, unfolded, score_cutoff=least) >= least
