"""The question bank and its loader.

The loader reads YAML into nodes (never Python objects) and validates the nodes
itself, for three reasons:

* every problem carries its file, line and column, and all are reported at once, so
  an admin fixes a file in one pass instead of one reload per typo;
* scalars are kept exactly as written: YAML 1.1 would turn an answer `yes` into
  True, `007` into 7 and `12:30` into 750, and a trivia answer must never change
  behind its author's back;
* only safe constructs exist: no Python objects, and aliases (the "billion laughs"
  trick) are refused instead of expanded.
"""

from __future__ import annotations

import contextlib
import gc
import random
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .answers import AnswerKey, prepare, rival_answers, with_rivals
from .errors import Problem, QuestionFileError
from .normalize import normalize
from .rotation import giveaways, pick


class _PlainTags:
    """A resolver that never guesses types: every scalar is kept as the text written.

    PyYAML's resolvers run regexes on every plain scalar to find YAML 1.1 booleans,
    numbers and timestamps; the loader would throw that work away (see the module
    docstring), and on a large bank it is a third of the loading time.
    """

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        return _TAGS[kind]

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


_TAGS: dict[type[yaml.Node], str] = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


class _PyLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, _PlainTags):
    """Composes nodes in pure Python; constructs nothing."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)


_Loader: type = _PyLoader
try:  # libyaml's parser is several times faster on large banks
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _CLoader(CParser, _PlainTags):
        """Composes nodes with libyaml; constructs nothing."""

    _Loader = _CLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    pass

DIFFICULTIES = ("easy", "medium", "hard")
_TOP_KEYS = {"title", "source", "version", "questions"}
_REQUIRED = ("id", "category", "difficulty", "question", "answers", "explanation")
_TEXT_FIELDS = ("id", "category", "difficulty", "question", "explanation")
_OPTIONAL = ("hints",)
MAX_FILE_BYTES = 8 * 1024 * 1024
# Longest texts that still fit a Discord message (2,000 characters) once framed: the
# result message holds an answer and the explanation, the question message the text.
MAX_LENGTHS = {"id": 64, "category": 40, "question": 1000, "explanation": 1000, "answer": 200, "hint": 200}


@dataclass(frozen=True)
class Question:
    id: str
    category: str
    difficulty: str
    text: str
    answers: tuple[str, ...]
    explanation: str
    hints: tuple[str, ...]
    key: AnswerKey
    line: int

    @property
    def answer(self) -> str:
        """The canonical answer, the one shown to players."""
        return self.answers[0]


@dataclass(frozen=True)
class QuestionBank:
    questions: tuple[Question, ...]
    title: str = ""
    source: str = ""
    version: str = ""
    path: str = ""
    # For each question id, the questions whose answer it gives away (found once, at load).
    conflicts: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def candidates(self, category: str | None = None, difficulty: str | None = None) -> list[Question]:
        return [
            q
            for q in self.questions
            if (category is None or q.category == category) and (difficulty is None or q.difficulty == difficulty)
        ]

    def categories(self) -> dict[str, int]:
        """Each category with its number of questions, by name."""
        return dict(sorted(Counter(q.category for q in self.questions).items()))

    def draw(self, count: int, rng: random.Random) -> list[Question]:
        """`count` distinct questions in random order (fewer if the bank is smaller), no
        two of which give each other away."""
        return pick(self.questions, count, rng, conflicts=self.conflicts)[0]

    def summary(self) -> str:
        """Questions per category and difficulty, as printed by `python -m bot check`."""
        by_category = Counter(q.category for q in self.questions)
        by_difficulty = Counter(q.difficulty for q in self.questions)
        lines = [f"{self.path}: {len(self)} questions OK"]
        lines += [f"  {name:<14} {count:>4}" for name, count in sorted(by_category.items())]
        lines.append("  " + ", ".join(f"{d}: {by_difficulty.get(d, 0)}" for d in DIFFICULTIES))
        return "\n".join(lines)


class _Reader:
    """Walks the YAML node tree, collecting problems instead of stopping at the first."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._seen: set[int] = set()

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (0, 0)
        self.problems.append(Problem(self.path, line, column, message))

    def visit(self, node: yaml.Node) -> bool:
        """False (and a problem) when `node` was already seen: an alias of an anchor."""
        if id(node) in self._seen:
            self.problem(node, "anchors and aliases (&name / *name) are not supported; write the value out")
            return False
        self._seen.add(id(node))
        return True

    def mapping(self, node: yaml.Node, what: str) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of keys to values")
            return None
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, f"{what} has a key that is not plain text")
                continue
            if key_node.value in result:
                self.problem(key_node, f"{what} has the key '{key_node.value}' twice")
                continue
            if self.visit(value_node):
                result[key_node.value] = value_node
        return result

    def text(self, node: yaml.Node, what: str, limit: int = 0) -> str | None:
        """A scalar exactly as written in the file, never re-typed by YAML 1.1 rules
        (and at most `limit` characters, when given)."""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what} must be text, not a list or mapping")
            return None
        value = str(node.value).strip()
        if not value:
            self.problem(node, f"{what} is empty")
            return None
        if limit and len(value) > limit:
            self.problem(node, f"{what} is {len(value):,} characters long; at most {limit:,} fit a Discord message")
            return None
        return value

    def text_list(self, node: yaml.Node, what: str, limit: int = 0) -> list[tuple[str, yaml.Node]] | None:
        """A list of texts; one text written without brackets is a list of one."""
        if isinstance(node, yaml.ScalarNode):
            value = self.text(node, what, limit)  # the node was visited as the key's value
            return None if value is None else [(value, node)]
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list")
            return None
        items = []
        for item in node.value:
            if self.visit(item):
                value = self.text(item, f"an entry of {what}", limit)
                if value is not None:
                    items.append((value, item))
        return items


def _read_question(reader: _Reader, node: yaml.Node, index: int) -> dict[str, object] | None:
    fields = reader.mapping(node, f"question #{index}")
    if fields is None:
        return None
    label = f"question #{index}"
    if "id" in fields:
        qid = reader.text(fields["id"], f"the id of {label}")
        label = f"question '{qid}'" if qid else label
    for key, value in fields.items():
        if key not in _REQUIRED and key not in _OPTIONAL:
            allowed = ", ".join(_REQUIRED + _OPTIONAL)
            reader.problem(value, f"{label} has an unknown key '{key}' (allowed: {allowed})")
    for key in _REQUIRED:
        if key not in fields:
            reader.problem(node, f"{label} has no {key}")
    out: dict[str, object] = {"line": node.start_mark.line + 1, "node": node, "label": label}
    for key in _TEXT_FIELDS:
        if key in fields:
            out[key] = reader.text(fields[key], f"the {key} of {label}", MAX_LENGTHS.get(key, 0))
    difficulty = out.get("difficulty")
    if isinstance(difficulty, str) and difficulty not in DIFFICULTIES:
        choices = ", ".join(DIFFICULTIES)
        reader.problem(fields["difficulty"], f"{label} has difficulty '{difficulty}'; use one of {choices}")
    if "answers" in fields:
        out["answers"] = _read_answers(reader, fields["answers"], label)
    if "hints" in fields:
        hints = reader.text_list(fields["hints"], f"the hints of {label}", MAX_LENGTHS["hint"])
        out["hints"] = [h for h, _ in hints or []]
    return out


def _read_answers(reader: _Reader, node: yaml.Node, label: str) -> list[str] | None:
    items = reader.text_list(node, f"the answers of {label}", MAX_LENGTHS["answer"])
    if items is None:
        return None
    if not items and isinstance(node, yaml.SequenceNode) and not node.value:
        reader.problem(node, f"{label} has no answers")
        return None
    answers = []
    for value, item in items:
        if not normalize(value):
            reader.problem(item, f"{label} has an answer '{value}' with no letters or digits to match")
        else:
            answers.append(value)
    return answers


def _build(reader: _Reader, raw: list[dict[str, object]]) -> tuple[Question, ...]:
    """Turn validated fields into Questions, reporting duplicates across the file.

    Each question's judge key also sees the text answers of the whole bank, so that a
    near-miss naming another person of the bank is refused (see judge.judge).
    """
    complete: list[dict[str, Any]] = []
    ids: dict[str, int] = {}
    texts: dict[str, int] = {}
    for index, fields in enumerate(raw):
        node = fields["node"]
        assert isinstance(node, yaml.Node)
        qid, text, answers = fields.get("id"), fields.get("question"), fields.get("answers")
        if isinstance(qid, str):
            if qid in ids:
                reader.problem(node, f"duplicate id '{qid}' (first used on line {ids[qid]})")
            ids.setdefault(qid, node.start_mark.line + 1)
        if isinstance(text, str):
            first = texts.setdefault(normalize(text), index)
            if first != index:
                reader.problem(node, f"{fields['label']} asks the same as {raw[first]['label']}")
        if all(isinstance(fields.get(k), str) for k in _TEXT_FIELDS) and answers:
            complete.append(fields)
    keys = [prepare(f["answers"], f["question"]) for f in complete]
    rivals = rival_answers(keys)
    return tuple(
        Question(
            id=f["id"],
            category=f["category"],
            difficulty=f["difficulty"],
            text=f["question"],
            answers=tuple(f["answers"]),
            explanation=f["explanation"],
            hints=tuple(f.get("hints") or ()),
            key=with_rivals(key, rivals),
            line=f["line"],
        )
        for f, key in zip(complete, keys, strict=True)
    )


def _compose(source: str, path: str) -> yaml.Node | None:
    try:
        return yaml.compose(source, Loader=_Loader)
    except yaml.reader.ReaderError as error:  # a character YAML forbids; it has a position, not a mark
        line = source.count("\n", 0, error.position) + 1
        column = error.position - (source.rfind("\n", 0, error.position) + 1) + 1
        problem = f"the character #x{error.character:04x} is not allowed in YAML (binary data or a control key?)"
        raise QuestionFileError([Problem(path, line, column, problem)]) from None
    except yaml.MarkedYAMLError as error:
        raise QuestionFileError([_yaml_problem(error, source, path)]) from None
    except yaml.YAMLError as error:
        raise QuestionFileError([Problem(path, 0, 0, f"not valid YAML: {error}")]) from None
    except RecursionError:
        raise QuestionFileError([Problem(path, 0, 0, "nested too deeply to be a question file")]) from None


def _yaml_problem(error: yaml.MarkedYAMLError, source: str, path: str) -> Problem:
    """libyaml's complaint, said so that a question writer can act on it."""
    mark = error.problem_mark or error.context_mark
    problem = error.problem or str(error)
    context = error.context or ""
    if "quoted scalar" in context and "end of stream" in problem and error.context_mark is not None:
        mark = error.context_mark  # where the quote opened, not the end of the file
        problem = "this quote is never closed"
    elif mark is not None and source[mark.index : mark.index + 1] == "\t":
        problem = "a tab: YAML does not allow tabs for indentation; indent with spaces"
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return Problem(path, line, column, f"not valid YAML: {problem}")


def parse_bank(source: str, path: str = "<string>") -> QuestionBank:
    """Validate a question file's text completely; raise QuestionFileError with every problem."""
    with _gc_paused():
        return _parse(source, path)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """A large file makes hundreds of thousands of small objects, none of them garbage;
    the cyclic collector would scan them over and over (two thirds of the load time of a
    10,000-question file). It runs again as soon as the file is read."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(source: str, path: str) -> QuestionBank:
    root = _compose(source, path)
    reader = _Reader(path)
    if root is None:
        raise QuestionFileError([Problem(path, 0, 0, "the file is empty")])
    top = reader.mapping(root, "the file")
    if top is None:
        raise QuestionFileError(reader.problems)
    for key, value in top.items():
        if key not in _TOP_KEYS:
            reader.problem(value, f"unknown top-level key '{key}' (allowed: {', '.join(sorted(_TOP_KEYS))})")
    meta = {k: reader.text(top[k], k) or "" for k in ("title", "source", "version") if k in top}
    raw: list[dict[str, object]] = []
    if "questions" not in top:
        reader.problem(root, "the file has no 'questions' list")
    elif isinstance(top["questions"], yaml.SequenceNode):
        for index, node in enumerate(top["questions"].value, start=1):
            if reader.visit(node) and (fields := _read_question(reader, node, index)) is not None:
                raw.append(fields)
        if not top["questions"].value:
            reader.problem(top["questions"], "the 'questions' list is empty")
    else:
        reader.problem(top["questions"], "'questions' must be a list")
    questions = _build(reader, raw)
    if reader.problems:
        raise QuestionFileError(sorted(reader.problems, key=lambda p: (p.line, p.column)))
    return QuestionBank(questions, path=path, conflicts=giveaways(questions), **meta)


def load_bank(path: str | Path) -> QuestionBank:
    """Read and validate a question file. Blocking: adapters call it off the event loop."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise QuestionFileError([Problem(name, 0, 0, f"cannot read the file: {error.strerror}")]) from None
    if len(data) > MAX_FILE_BYTES:
        raise QuestionFileError([Problem(name, 0, 0, f"larger than {MAX_FILE_BYTES // 2**20} MiB")])
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise QuestionFileError([Problem(name, line, 1, "not UTF-8 text; save the file as UTF-8")]) from None
    return parse_bank(source, name)
