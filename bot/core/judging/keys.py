"""Building a question's AnswerKey, once, when the bank loads: its English and Korean
answers, the forms a player may also write, and what makes a guess wrong.

* A pair is named in either order and with any joiner ("reality, fantasy").
* A Korean name may come surname last ("Ji-hoon Ju").
* A word has its usual abbreviations ("Hanyang Univ.").
* "yes" and "no" answer a true-or-false question, and the other side's words refute it;
  a typo of them that is as near a common English word ("night" for "right") is refused.
* `within` names the places that hold the answer: "Seoul, Korea" is not two guesses.
* `refuse` lists near forms the bank's author rules out ("Lee Do-hyun").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..text import ENGLISH_LOOKALIKES, korean, names, normalize
from . import hangul, screens
from .answers import Form, Kind, classify, folded_words
from .hangul import HangulKey
from .screens import lcs_screens

# Abbreviations players write for a word of an answer ("Hanyang Univ.", "Dept. of ...").
ABBREVIATIONS = {"university": ("univ", "uni", "u"), "department": ("dept", "dep"), "international": ("intl",)}
# A true-or-false answer may be said with these words instead; the other side's words
# in a guess make it wrong ("yes, no" is not an answer).
SAYS = {
    "true": ("yes", "yeah", "yep", "correct", "right", "not false"),
    "false": ("no", "nope", "wrong", "incorrect", "untrue", "not true"),
}
OPPOSITES = {
    "true": frozenset("false no nope wrong incorrect untrue not".split()),
    "false": frozenset("true yes yeah yep correct".split()),  # not "right": "false, right?"
}


@dataclass(frozen=True)
class AnswerKey:
    """Everything the judge needs about one question, computed once at load time."""

    forms: tuple[Form, ...]
    context: frozenset[str] = frozenset()
    # The compact text answers of the whole bank: one tuple shared by every question.
    rivals: tuple[str, ...] = field(default=(), compare=False, repr=False)
    refused: tuple[str, ...] = ()  # near forms the bank rules out ("Lee Do-hyun"), compact
    opposites: frozenset[str] = frozenset()  # words that contradict a true-or-false answer
    truth: bool | None = None  # the answer of a true-or-false question ("O" and "X" say it too)
    hangul: HangulKey | None = field(default=None, compare=False, repr=False)  # the Korean answers
    # Derived from `forms` (see __post_init__): the most words a matching run of guess
    # words can have, and the run lengths, folded or unfolded, that any text form could
    # accept. Most runs of a wrong guess fail on length alone, before any string work.
    longest: int = field(init=False, compare=False, repr=False)
    folded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    unfolded_ok: frozenset[int] = field(init=False, compare=False, repr=False)
    exact: tuple[Form, ...] = field(init=False, compare=False, repr=False)  # numbers and dates
    literals: tuple[Form, ...] = field(init=False, compare=False, repr=False)  # "C", "C#", "O-"
    text: tuple[Form, ...] = field(init=False, compare=False, repr=False)
    starts: frozenset[str] | None = field(init=False, compare=False, repr=False)  # None: any letter
    digits_in_text: bool = field(init=False, compare=False, repr=False)  # "H2O", "007": text with digits
    names: bool = field(init=False, compare=False, repr=False)  # has a Korean name: fold surnames
    # (answer, shortest common subsequence a near guess has) of each text form, folded and
    # unfolded, and unfolded only where folding changes the form (see may_match)
    folded_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)
    unfolded_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)
    folding_changed_screens: tuple[tuple[str, int], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        text = tuple(f for f in self.forms if f.kind is Kind.TEXT)
        object.__setattr__(self, "text", text)
        exact = tuple(f for f in self.forms if f.kind is Kind.NUMBER or f.kind is Kind.DATE)
        object.__setattr__(self, "exact", exact)
        object.__setattr__(self, "literals", tuple(f for f in self.forms if f.kind is Kind.LITERAL))
        object.__setattr__(self, "names", any(f.name for f in text))
        digits = any(ch.isdigit() for f in self.forms if f.kind in (Kind.TEXT, Kind.LITERAL) for ch in f.compact)
        object.__setattr__(self, "digits_in_text", digits)
        object.__setattr__(self, "longest", max((len(f.words) for f in self.forms), default=0) + 1)
        object.__setattr__(self, "folded_ok", frozenset().union(*(f.folded_ok for f in text)))
        object.__setattr__(self, "unfolded_ok", frozenset().union(*(f.unfolded_ok for f in text)))
        constrained = all(f.starts for f in text)
        object.__setattr__(self, "starts", frozenset().union(*(f.starts for f in text)) if constrained else None)
        object.__setattr__(self, "folded_screens", lcs_screens((f.compact, f.limit) for f in text))
        object.__setattr__(self, "unfolded_screens", lcs_screens((f.unfolded, f.limit) for f in text))
        changed = ((f.unfolded, f.limit) for f in text if f.unfolded != f.compact)
        object.__setattr__(self, "folding_changed_screens", lcs_screens(changed))

    def may_match(self, folded: str, unfolded: str) -> bool:
        """Could a run of words of this guess (folded, and unfolded) be close enough to a text form?

        A run within `limit` typos of an answer shares all but at most `limit` of the
        answer's letters, in order (each typo costs at most one letter of their longest
        common subsequence), and the whole guess around the run shares at least as
        many. So one call to C per answer refuses most wrong guesses before any run of
        words is built. Forms that fold to the same letters are tested once.
        """
        return screens.may_match(
            self.folded_screens, self.unfolded_screens, self.folding_changed_screens, folded, unfolded
        )

    def near_forms(self, folded: str, unfolded: str) -> tuple[Form, ...]:
        """The text forms a run of words of this guess could be close enough to: none for
        most wrong guesses (`may_match`), else each form screened on its own, so that the
        judge compares runs of words with those forms only."""
        if not self.may_match(folded, unfolded):
            return ()
        return tuple(f for f in self.text if screens.shares_enough((f.compact, f.unfolded, f.limit), folded, unfolded))


def _variants(answer: str) -> list[str]:
    """The answer and the other ways to write it."""
    found = [answer]
    parts = re.split(r"\s+(?:and|&)\s+", answer)
    if len(parts) == 2:
        found += [f"{parts[1]} and {parts[0]}", f"{parts[0]} {parts[1]}", f"{parts[1]} {parts[0]}"]
    words = normalize(answer).split()
    for word, short in ABBREVIATIONS.items():
        if word in words:
            found += [" ".join(s if w == word else w for w in words) for s in short]
    if len(words) == 1 and words[0] in SAYS:
        found += SAYS[words[0]]
    return found


def _context_words(question: str) -> frozenset[str]:
    """Lower-case words of the question, which a player may repeat ("8 episodes").

    Capitalised words and the words around "or" are left out: they name the
    candidates ("Canada or Japan", "accept it or decline it"), and a guess that
    repeats both candidates is a shotgun guess, not an answer.
    """
    tokens = re.findall(r"[\w'-]+", question)
    choices = {i + d for i, t in enumerate(tokens) if t.lower() == "or" for d in (-2, -1, 1, 2)}
    kept = [t for i, t in enumerate(tokens) if (i == 0 or not t[:1].isupper()) and i not in choices]
    return frozenset(folded_words(" ".join(kept)))


def _finest(forms: Sequence[Form]) -> tuple[Form, ...]:
    """Give every text form that folds to the letters of a name the finest word split of
    such a name.

    "Lee Doyun" is judged as "Lee Do yun": a typo allowance belongs to each syllable,
    and a fused spelling must not turn two short syllables into one long word. Other
    answers keep their own words ("Taekwondo" is one word, whatever "Tae kwon do" is).
    """
    finest: dict[str, Form] = {}
    for form in forms:
        if form.kind is Kind.TEXT and form.name:
            known = finest.get(form.compact)
            if known is None or len(form.words) > len(known.words):
                finest[form.compact] = form
    return tuple(
        dataclasses.replace(f, words=finest[f.compact].words) if f.kind is Kind.TEXT and f.compact in finest else f
        for f in forms
    )


def _truth(answers: Sequence[str]) -> bool | None:
    said = {normalize(a) for a in answers}
    return True if said == {"true"} else False if said == {"false"} else None


def _korean_context(question: str) -> frozenset[str]:
    """Words of the Korean question a player may repeat; not the candidates around 또는
    ("A 또는 B"), as in English."""
    words = [korean.stem(t) for t in korean.tokens(question)]
    choices = {i + d for i, w in enumerate(words) if w in ("또는", "아니면", "혹은") for d in (-1, 1)}
    return frozenset(w for i, w in enumerate(words) if i not in choices and korean.is_hangul(w))


def prepare(
    answers: Iterable[str],
    question: str = "",
    *,
    ko_answers: Iterable[str] = (),
    ko_question: str = "",
    refuse: Iterable[str] = (),
    within: Iterable[str] = (),
) -> AnswerKey:
    """Normalise a question's accepted answers, in both languages, once, at load time."""
    answers, ko_answers, refuse, within = list(answers), list(ko_answers), list(refuse), list(within)
    latin = [a for a in (*answers, *ko_answers) if not korean.has_hangul(a)]
    written = [classify(v) for answer in latin for v in _variants(answer)]
    written += [classify(other) for f in written if f.name and (other := names.reversed_name(f.shown))]
    forms = list(_finest(written))
    is_name = any(f.name for f in forms)
    truth = _truth(answers)
    hangul_forms: list[hangul.HangulForm] = []
    for answer in (a for a in ko_answers if korean.has_hangul(a)):
        text, exact = hangul.classify(answer, is_name)
        hangul_forms += text
        forms += exact
    context = _context_words(question) | {w for place in within if place.isascii() for w in folded_words(place)}
    if truth is not None:  # "false, right?", "yes, true": a tag, or the same side said twice
        context |= {"right", *(said for said in SAYS["true" if truth else "false"] if " " not in said)}
    refused = tuple("".join(classify(r).words) for r in refuse if not korean.has_hangul(r))
    if truth is not None:  # "night" is a word, not a slip for "right"
        refused += _lookalikes(forms)
    ko_refused = tuple(korean.jamo("".join(korean.tokens(r))) for r in refuse if korean.has_hangul(r))
    places = frozenset(korean.stem(t) for place in within for t in korean.tokens(place) if korean.has_hangul(t))
    ko = hangul.HangulKey(tuple(hangul_forms), _korean_context(ko_question), places, ko_refused, truth=truth)
    opposites = OPPOSITES["true" if truth else "false"] if truth is not None else frozenset()
    return AnswerKey(forms=tuple(forms), context=context, refused=refused, opposites=opposites, truth=truth, hangul=ko)


def _lookalikes(forms: Sequence[Form]) -> tuple[str, ...]:
    """The common English words as near the words of a true-or-false answer as its typos
    can be ("fight", "night" for "right"), so that a typo is judged against them too."""
    own = {f.compact for f in forms}
    near = set()
    for form in forms:
        if form.kind is Kind.TEXT and form.limit:
            found = process.extract(
                form.compact, ENGLISH_LOOKALIKES, scorer=OSA.distance, score_cutoff=2 * form.limit, limit=None
            )
            near |= {word for word, _, _ in found}
    return tuple(sorted(near - own))


def rival_answers(keys: Iterable[AnswerKey]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every text answer of a bank, once, in English and in Korean, for `with_rivals`."""
    keys = list(keys)
    latin = tuple(dict.fromkeys(f.compact for key in keys for f in key.forms if f.kind is Kind.TEXT))
    ko = tuple(dict.fromkeys(f.letters for key in keys if key.hangul for f in key.hangul.forms))
    return latin, ko


def with_rivals(key: AnswerKey, rivals: tuple[tuple[str, ...], tuple[str, ...]]) -> AnswerKey:
    """The same key, judged also against the other answers of the bank (see `judge`)."""
    latin, ko = rivals
    hangul_key = key.hangul
    if hangul_key is not None:  # a name the question mentions is not filler: "주지훈 백강혁" names two
        answers = set(ko)
        context = frozenset(w for w in hangul_key.context if korean.jamo(w) not in answers)
        hangul_key = dataclasses.replace(hangul_key, rivals=ko, context=context)
    return dataclasses.replace(key, rivals=latin, hangul=hangul_key)
