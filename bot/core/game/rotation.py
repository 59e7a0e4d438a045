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
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..bank import pick
from ..errors import StoreUnavailable
from ..store import Store

if TYPE_CHECKING:
    from ..bank import Question

log = logging.getLogger(__name__)


async def draw_for(
    store: Store,
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
        asked = await store.asked(guild_id)
    except StoreUnavailable as error:
        log.warning("could not read the rotation of server %s: %s", guild_id, error)
        asked = set()
    chosen, started_over = pick(candidates, count, rng, asked, conflicts)
    if started_over:
        try:
            await store.forget_asked(guild_id, [q.id for q in candidates])
        except StoreUnavailable as error:
            log.warning("could not start the rotation of server %s over: %s", guild_id, error)
    return chosen
