"""No giveaways within a game.

What players see of a question (its text, answer, explanation and hints) may name the
answer of another ("... Jung Jae-kwang ..." then "Which actor plays Park Gyeong-won?").
Such pairs are found once when the bank loads, and a game never holds both (see
`questions.pick`). Nor does a game's intro name one of its answers (`title_for`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..text import fold_romanisation, korean, normalize
from .questions import Question, QuestionBank

# Answers that cannot be given away by a text: "True or false: ..." names both.
_NOT_GIVEAWAYS = frozenset({"true", "false", "yes", "no"})
_MIN_LETTERS = 4  # shorter answers ("8", "One") turn up in any text by chance
_MIN_SYLLABLES = 3  # in Korean: two syllables (장르, 서울, 신인) are a common word as often as an answer
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
    for qid, owner in _korean_giveaways(questions):
        pairs[qid].add(owner)
        pairs[owner].add(qid)
    return {qid: frozenset(others) for qid, others in pairs.items()}


def _korean_giveaways(questions: Sequence[Question]) -> list[tuple[str, str]]:
    """(question, the question whose Korean answer its Korean text shows): "〈중증외상센터〉를
    연출한 감독은?" names 중증외상센터, which answers another. Answers are indexed by their
    syllables; each stretch of the text's syllables is looked up once per answer length."""
    owners: dict[str, set[str]] = defaultdict(set)
    for question in questions:
        if question.key.hangul is not None:
            for form in question.key.hangul.forms:
                if len(form.syllables) >= _MIN_SYLLABLES:
                    owners[form.syllables].add(question.id)
    owners = {text: ids for text, ids in owners.items() if len(ids) <= _MAX_OWNERS}
    lengths = sorted({len(text) for text in owners})
    found = []
    for question in questions:
        if question.ko is None:
            continue
        shown = " ".join([question.ko.text, *question.ko.answers[:1], question.ko.explanation, *question.ko.hints])
        for run in korean.tokens(shown):
            for at in range(len(run)):
                for length in lengths:
                    for owner in owners.get(run[at : at + length], ()):
                        if owner != question.id:
                            found.append((question.id, owner))
    return found


def names_an_answer(text: str, questions: Sequence[Question]) -> bool:
    """Does `text` (a title, an intro) say an answer of one of `questions`, in English
    or in Korean? "The Trauma Code: Heroes on Call" answers "Complete the full title"."""
    words = fold_romanisation(normalize(text)).split()
    syllables = "".join(korean.tokens(text))
    for question in questions:
        for form in question.key.text:
            if len(form.compact) < _MIN_LETTERS or form.compact in _NOT_GIVEAWAYS:
                continue
            size = len(form.words)
            if any(tuple(words[at : at + size]) == form.words for at in range(len(words))):
                return True
        hangul = question.key.hangul
        if hangul is not None and any(len(f.syllables) >= 2 and f.syllables in syllables for f in hangul.forms):
            return True
    return False


def title_for(bank: QuestionBank, questions: Sequence[Question], language: str) -> str:
    """The bank's title in `language` as a game's intro may show it: whole, or the part
    before its colon, or else no title at all (""), so that it names no answer of the
    game's `questions`."""
    title = bank.titles.get(language, bank.title)
    for shown in (title, title.partition(":")[0].strip()):
        if shown and not names_an_answer(shown, questions):
            return shown
    return ""
