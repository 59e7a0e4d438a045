"""Reading a Red-DiscordBot trivia list: a mapping of each question's text to its
answers, with optional `AUTHOR`, `DESCRIPTION` and `CONFIG` keys (Red's Trivia cog,
redbot/cogs/trivia, and its trivia.schema.json).

Hundreds of community lists are written this way, so a list loads as Red would take
it, into the same questions as this project's format (loader.py), checked by the same
rules:

* every scalar is kept as written, as in the rest of the loader: `- 365`, `- yes`,
  `- 4.72` stay the answers typed, where Red's YAML would make them numbers and
  booleans first;
* a question listed twice (the same key, or the same words with another case or
  punctuation) is asked once, with the answers of both, and a note says where;
* a list has no categories and no difficulties: its questions take the list's name as
  their category (the pack's name, or the file's) and `medium` as their difficulty;
  their ids come from their text, so a question keeps its id (its rotation, its
  reports) however the list is reordered;
* `CONFIG` is checked as Red checks it; `delay` (the seconds per question) is used,
  the keys without a meaning here are named in a note, and an unknown key is an error.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from pathlib import PurePath
from typing import Any

import yaml

from ..errors import Problem
from ..text import normalize
from .questions import MAX_LENGTHS
from .yaml_nodes import Reader

_META_KEYS = ("AUTHOR", "DESCRIPTION", "$schema")
DIFFICULTY = "medium"
# As in this project's format: the judge reads no guess longer, so a longer answer
# (some real lists hold a paragraph as an answer) could never be won.
ANSWER_MAX = MAX_LENGTHS["answer"]
ROUND_SECONDS = (10.0, 120.0)  # the range of a server's round_seconds setting
_TRUE_FALSE = {"true", "false", "yes", "no", "on", "off"}
# Red's CONFIG keys that have no meaning in this game, and why.
_IGNORED = {
    "timeout": "a game here ends after 3 unanswered questions in a row",
    "max_score": "a game here plays its number of questions",
    "reveal_answer": "the answer is always shown",
    "bot_plays": "the bot never scores",
    "payout_multiplier": "there is no currency here",
    "use_spoilers": "answers are shown plainly",
}
_BOOLEANS = ("reveal_answer", "bot_plays", "use_spoilers")
# Symbols that change what a question asks ("2+2" and "2-2" are not the same question).
_MEANINGFUL = re.compile(r"[+*/=<>%$#@^~|\\]")


def is_red_list(root: yaml.Node, other_format_keys: Collection[str]) -> bool:
    """Whether a file is a Red trivia list: a mapping with none of the other format's
    top-level keys (`questions`, `title`, ...), and no list of mappings (the other
    format's questions under a misspelt key), so that its problems are said in its terms."""
    if not isinstance(root, yaml.MappingNode):
        return False
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value in other_format_keys:
            return False
        if isinstance(value, yaml.SequenceNode) and value.value and isinstance(value.value[0], yaml.MappingNode):
            return False
    return True


def category_of(path: str) -> str:
    """The category a Red list's questions take from its file's name ("World Flags.yaml":
    "world-flags"), as Red names a list after its file."""
    words = re.sub(r"[^a-z0-9]+", "-", PurePath(path).stem.casefold()).strip("-")
    return words[: MAX_LENGTHS["category"]].strip("-") or "trivia"


def read_red_list(reader: Reader, root: yaml.Node, category: str) -> tuple[list[dict[str, object]], dict[str, Any]]:
    """The questions of a Red list, as loader.py's fields, and the bank's metadata."""
    assert isinstance(root, yaml.MappingNode)
    meta: dict[str, Any] = {"format": "red", "title": category}
    notes: list[Problem] = []
    raw: list[dict[str, object]] = []
    seen: dict[str, dict[str, object]] = {}  # a question's words and symbols -> its fields
    for key_node, value in root.value:
        if not isinstance(key_node, yaml.ScalarNode):
            reader.problem(key_node, "a question that is not plain text (a list or mapping used as a key)")
            continue
        if not reader.visit(value):
            continue
        key = key_node.value
        if key in _META_KEYS:
            text = reader.text(value, key)
            if key == "AUTHOR" and text:
                meta["source"] = text
        elif key == "CONFIG":
            _read_config(reader, value, meta, notes)
        elif (fields := _read_question(reader, key_node, value, category)) is not None:
            same = seen.get(_sameness(str(fields["question"])))
            if same is None:
                seen[_sameness(str(fields["question"]))] = fields
                raw.append(fields)
            else:
                _merge(same, fields, notes, reader.path)
    if not raw and not reader.problems:
        reader.problem(root, "the trivia list has no questions")
    meta["notes"] = tuple(notes)
    return raw, meta


def _read_question(reader: Reader, key: yaml.ScalarNode, value: yaml.Node, category: str) -> dict[str, object] | None:
    line = key.start_mark.line + 1
    text = reader.text(key, f"the question on line {line}", MAX_LENGTHS["question"])
    if text is None:
        return None
    shown = text if len(text) <= 40 else text[:39] + "…"
    label = f"question '{shown}'"
    if isinstance(value, yaml.ScalarNode) and not value.value.strip():
        reader.problem(key, f"{label} has no answers (list them below it, each on a line starting with '- ')")
        return None
    items = reader.text_list(value, f"the answers of {label}", ANSWER_MAX)
    if items is None:
        return None
    if not items:  # an empty list; entries that are no answers have their own problems
        if isinstance(value, yaml.SequenceNode) and not value.value:
            reader.problem(value, f"{label} has no answers")
        return None
    return {
        "line": line,
        "node": key,
        "label": label,
        "id": _question_id(text),
        "category": category,
        "difficulty": DIFFICULTY,
        "question": text,
        "answers": list(dict.fromkeys(answer for answer, _ in items)),
        "explanation": "",
    }


def _merge(first: dict[str, object], again: dict[str, object], notes: list[Problem], path: str) -> None:
    answers, more = first["answers"], again["answers"]
    assert isinstance(answers, list) and isinstance(more, list)
    answers.extend(a for a in more if a not in answers)
    message = f"the same question as on line {first['line']}: asked once, with the answers of both"
    notes.append(Problem(path, int(str(again["line"])), 1, message))


def _sameness(text: str) -> str:
    """What two questions share when they ask the same: their words, and the symbols that
    change a question's meaning (case, quotes, hyphens and end punctuation do not)."""
    return normalize(text) + " " + "".join(_MEANINGFUL.findall(text))


def _question_id(text: str) -> str:
    """A stable id made from the question: its first words, and a hash of what it asks."""
    words = "-".join(normalize(text).split()[:6])[:40].strip("-") or "question"
    digest = hashlib.sha1(_sameness(text).encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{words}-{digest}"


def _read_config(reader: Reader, node: yaml.Node, meta: dict[str, Any], notes: list[Problem]) -> None:
    """Red's session settings: `delay` gives this list's rounds their length; the other
    keys Red knows are checked and named in a note; any other key is an error."""
    fields = reader.mapping(node, "CONFIG")
    for key, value in (fields or {}).items():
        if key == "delay":
            seconds = _number(reader, value, "CONFIG delay", low=4.0)
            if seconds is not None:
                low, high = ROUND_SECONDS
                meta["round_seconds"] = min(max(seconds, low), high)
                if not low <= seconds <= high:
                    used = meta["round_seconds"]
                    message = f"CONFIG delay {seconds:g} is outside {low:g} to {high:g} seconds; rounds last {used:g}"
                    notes.append(_note(reader, value, message))
        elif key in _IGNORED:
            if _valid_setting(reader, key, value):
                notes.append(_note(reader, value, f"CONFIG {key} is ignored: {_IGNORED[key]}"))
        else:
            known = ", ".join(["delay", *_IGNORED])
            reader.problem(value, f"CONFIG has an unknown key '{key}' (a Red trivia list allows: {known})")


def _note(reader: Reader, node: yaml.Node, message: str) -> Problem:
    return Problem(reader.path, node.start_mark.line + 1, node.start_mark.column + 1, message)


def _valid_setting(reader: Reader, key: str, value: yaml.Node) -> bool:
    if key in _BOOLEANS:
        text = reader.text(value, f"CONFIG {key}")
        if text is not None and text.casefold() not in _TRUE_FALSE:
            reader.problem(value, f"CONFIG {key} must be true or false, not '{text}'")
            return False
        return text is not None
    if key == "max_score":
        text = reader.text(value, "CONFIG max_score")
        if text is not None and not (text.isdigit() and int(text) >= 1):
            reader.problem(value, f"CONFIG max_score must be a whole number of at least 1, not '{text}'")
            return False
        return text is not None
    low = 0.0 if key == "payout_multiplier" else 0.001  # timeout: more than 0
    return _number(reader, value, f"CONFIG {key}", low=low) is not None


def _number(reader: Reader, node: yaml.Node, what: str, low: float) -> float | None:
    text = reader.text(node, what)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        reader.problem(node, f"{what} must be a number, not '{text}'")
        return None
    if not number >= low:  # NaN too
        reader.problem(node, f"{what} must be a number of at least {low:g}, not '{text}'")
        return None
    return number
