"""Which questions a game asks: fair rotation, and no giveaways within a game.

Rotation: a server (the terminal: a database) hears no question twice until it has
heard every question of the chosen category and difficulty. The questions already
asked are stored, so this survives restarts and reloads; a question added to the
file simply has not been asked yet, and one removed is no longer a candidate.

Giveaways: what players see of a question (its text, answer, explanation and hints)
may name the answer of another ("... Jung Jae-kwang ..." then "Which actor plays
Park Gyeong-won?"). Such pairs are found once when the bank loads, and a game never
holds both.
"""

from __future__ import annotations

import logging
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .errors import StoreUnavailable
from .normalize import fold_romanisation, normalize
from .store import AsyncScoreStore, ScoreStore

if TYPE_CHECKING:
    from .questions import Question

log = logging.getLogger(__name__)

# Answers that cannot be given away by a text: "True or false: ..." names both.
_NOT_GIVEAWAYS = frozenset({"true", "false", "yes", "no"})
_MIN_LETTERS = 4  # shorter answers ("8", "One") turn up in any text by chance
# An answer shared by this many questions is a common word of the bank, not a giveaway
# (and pairing it everywhere would make the pairs grow with the square of the bank).
_MAX_OWNERS = 16


def giveaways(questions: Sequence[Question]) -> dict[str, frozenset[str]]:
    """For each question id, the ids of questions that must not share a game with it.

    Linear in the size of the bank: answers are indexed by their words, and each
    run of words of each question's visible text is looked up once per answer length.
    """
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)  # an answer's words -> the questions it answers
    for question in questions:
        for form in question.key.text:
            if len(form.compact) >= _MIN_LETTERS and form.compact not in _NOT_GIVEAWAYS and form.words:
                owners[form.words].add(question.id)
    owners = {words: ids for words, ids in owners.items() if len(ids) <= _MAX_OWNERS}
    lengths = sorted({len(words) for words in owners})
    pairs: dict[str, set[str]] = defaultdict(set)
    for question in questions:
        seen = fold_romanisation(normalize(" ".join([question.text, question.answer, question.explanation])))
        words = [*fold_romanisation(normalize(" ".join(question.hints))).split(), "", *seen.split()]
        for at in range(len(words)):
            for length in lengths:  # each run of words of an answer's length, looked up once
                for owner in owners.get(tuple(words[at : at + length]), ()):
                    if owner != question.id:
                        pairs[question.id].add(owner)
                        pairs[owner].add(question.id)
    return {qid: frozenset(others) for qid, others in pairs.items()}


def pick(
    candidates: Sequence[Question],
    count: int,
    rng: random.Random,
    asked: Iterable[str] = (),
    conflicts: Mapping[str, frozenset[str]] | None = None,
) -> tuple[list[Question], bool]:
    """Up to `count` questions for one game, and whether the rotation started over.

    Questions not yet asked come first, in random order; when they run out, the
    rotation starts over with the rest. No two chosen questions give each other away
    (a question that would is passed over while another fits).
    """
    conflicts = conflicts or {}
    done = set(asked)
    fresh = [q for q in candidates if q.id not in done]
    stale = [q for q in candidates if q.id in done]
    rng.shuffle(fresh)
    rng.shuffle(stale)
    chosen: list[Question] = []
    banned: set[str] = set()
    for question in fresh + stale:
        if len(chosen) == count:
            break
        if question.id in banned:
            continue
        chosen.append(question)
        banned |= conflicts.get(question.id, frozenset())
    started_over = any(q.id in done for q in chosen) or (not fresh and bool(candidates))
    return chosen, started_over


async def draw_for(
    store: AsyncScoreStore,
    guild_id: int,
    candidates: Sequence[Question],
    count: int,
    rng: random.Random,
    conflicts: Mapping[str, frozenset[str]],
) -> list[Question]:
    """A game's questions for a server, by its stored rotation. The session marks each
    question as asked when it is shown. A database that cannot be read only makes the
    draw forget the rotation this once."""
    try:
        asked = await store.run(ScoreStore.asked, guild_id)
    except StoreUnavailable as error:
        log.warning("could not read the rotation of server %s: %s", guild_id, error)
        asked = set()
    chosen, started_over = pick(candidates, count, rng, asked, conflicts)
    if started_over:
        try:
            await store.run(ScoreStore.forget_asked, guild_id, [q.id for q in candidates])
        except StoreUnavailable as error:
            log.warning("could not start the rotation of server %s over: %s", guild_id, error)
    return chosen
