"""No giveaways within a game.

What players see of a question (its text, answer, explanation and hints) may name the
answer of another ("... Jung Jae-kwang ..." then "Which actor plays Park Gyeong-won?").
Such pairs are found once when the bank loads, and a game never holds both (see
`questions.pick`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..text import fold_romanisation, normalize
from .questions import Question

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
