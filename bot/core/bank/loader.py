"""Reading a question file into a QuestionBank.

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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problem, QuestionFileError
from ..judging import AnswerKey, judge, prepare, rival_answers, with_rivals
from ..text import normalize
from .giveaways import giveaways
from .questions import DIFFICULTIES, MAX_LENGTHS, Question, QuestionBank, Translation
from .red_list import category_of, is_red_list, read_red_list
from .yaml_nodes import Reader, compose

_TOP_KEYS = {"title", "source", "version", "questions", "ko"}
_REQUIRED = ("id", "category", "difficulty", "question", "answers", "explanation")
_TEXT_FIELDS = ("id", "category", "difficulty", "question", "explanation")
_OPTIONAL = ("hints", "refuse", "within", "options", "ko")
_KO_REQUIRED = ("question", "answers", "explanation")
_KO_KEYS = (*_KO_REQUIRED, "hints", "options")
MAX_FILE_BYTES = 8 * 1024 * 1024


def _read_question(reader: Reader, node: yaml.Node, index: int) -> dict[str, object] | None:
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
    for key in ("refuse", "within", "options"):
        if key in fields:
            out[key] = [
                v for v, _ in reader.text_list(fields[key], f"the {key} list of {label}", MAX_LENGTHS["answer"]) or []
            ]
    if "ko" in fields:
        out["ko"] = _read_translation(reader, fields["ko"], f"the Korean (ko) part of {label}")
    return out


def _read_translation(reader: Reader, node: yaml.Node, label: str) -> Translation | None:
    fields = reader.mapping(node, label)
    if fields is None:
        return None
    for key, value in fields.items():
        if key not in _KO_KEYS:
            reader.problem(value, f"{label} has an unknown key '{key}' (allowed: {', '.join(_KO_KEYS)})")
    missing = [key for key in _KO_REQUIRED if key not in fields]
    for key in missing:
        reader.problem(node, f"{label} has no {key}")
    text = (
        reader.text(fields["question"], f"the question of {label}", MAX_LENGTHS["question"])
        if "question" in fields
        else None
    )
    explanation = (
        reader.text(fields["explanation"], f"the explanation of {label}", MAX_LENGTHS["explanation"])
        if "explanation" in fields
        else None
    )
    answers = _read_answers(reader, fields["answers"], label) if "answers" in fields else None
    hints = reader.text_list(fields["hints"], f"the hints of {label}", MAX_LENGTHS["hint"]) if "hints" in fields else []
    options = (
        reader.text_list(fields["options"], f"the options of {label}", MAX_LENGTHS["answer"])
        if "options" in fields
        else []
    )
    if text is None or explanation is None or not answers or hints is None or options is None:
        return None
    return Translation(text, tuple(answers), explanation, tuple(h for h, _ in hints), tuple(o for o, _ in options))


def _read_answers(reader: Reader, node: yaml.Node, label: str) -> list[str] | None:
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


def _build(reader: Reader, raw: list[dict[str, object]], same_texts: bool = False) -> tuple[Question, ...]:
    """Turn validated fields into Questions, reporting duplicates across the file (two
    questions that ask the same, unless `same_texts`: a Red list's reader has merged
    its true duplicates itself).

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
        if isinstance(text, str) and not same_texts:
            first = texts.setdefault(normalize(text), index)
            if first != index:
                reader.problem(node, f"{fields['label']} asks the same as {raw[first]['label']}")
        if all(isinstance(fields.get(k), str) for k in _TEXT_FIELDS) and answers:
            complete.append(fields)
    keys = [_key(reader, f) for f in complete]
    rivals = rival_answers(keys)
    questions = tuple(
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
            ko=f.get("ko"),
            options=tuple(f.get("options") or ()),
        )
        for f, key in zip(complete, keys, strict=True)
    )
    for question in questions:
        _check_answers(reader, question)
    return questions


def _key(reader: Reader, fields: dict[str, Any]) -> AnswerKey:
    ko: Translation | None = fields.get("ko")
    refuse = fields.get("refuse") or []
    for entry in refuse:
        if normalize(entry) in {normalize(a) for a in (*fields["answers"], *(ko.answers if ko else ()))}:
            reader.problem(fields["node"], f"{fields['label']} refuses '{entry}', which is one of its answers")
    return prepare(
        fields["answers"],
        fields["question"],
        ko_answers=ko.answers if ko else (),
        ko_question=ko.text if ko else "",
        refuse=refuse,
        within=fields.get("within") or [],
    )


def _check_answers(reader: Reader, question: Question) -> None:
    """Every answer the file gives, in each language, must be accepted as written, and no
    wrong option it gives for the buttons may be."""
    for answer in (*question.answers, *(question.ko.answers if question.ko else ())):
        if not judge(answer, question.key).correct:
            problem = f"question '{question.id}': the judge would refuse its own answer '{answer}'"
            reader.problems.append(Problem(reader.path, question.line, 3, problem))
    for option in (*question.options, *(question.ko.options if question.ko else ())):
        if judge(option, question.key).correct:
            problem = f"question '{question.id}': the wrong option '{option}' would be accepted as its answer"
            reader.problems.append(Problem(reader.path, question.line, 3, problem))


def parse_bank(
    source: str, path: str = "<string>", *, category: str | None = None, max_questions: int | None = None
) -> QuestionBank:
    """Validate a question file's text completely, in this project's format or as a
    Red-DiscordBot trivia list (red_list.py); raise QuestionFileError with every problem.

    `category` is the category of a Red list's questions (by default, from the file's
    name); a file with more than `max_questions` questions is refused before they are
    checked one by one."""
    with _gc_paused():
        return _parse(source, path, category or category_of(path), max_questions)


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


def _parse(source: str, path: str, category: str, max_questions: int | None) -> QuestionBank:
    root = compose(source, path)
    reader = Reader(path)
    if root is None:
        raise QuestionFileError([Problem(path, 0, 0, "the file is empty")])
    red = is_red_list(root, _TOP_KEYS)
    raw, meta = read_red_list(reader, root, category) if red else _read_file(reader, root)
    if max_questions is not None and len(raw) > max_questions:  # the one problem that matters then
        extra = raw[max_questions]["line"]
        assert isinstance(extra, int)
        problem = f"the file has {len(raw):,} questions; at most {max_questions:,} fit in one file here"
        raise QuestionFileError([Problem(path, extra, 1, problem)])
    questions = _build(reader, raw, same_texts=red)
    if reader.problems:
        raise QuestionFileError(sorted(reader.problems, key=lambda p: (p.line, p.column)))
    return QuestionBank(questions, path=path, conflicts=giveaways(questions), **meta)


def _read_file(reader: Reader, root: yaml.Node) -> tuple[list[dict[str, object]], dict[str, Any]]:
    """The questions and the title, source and version of a file in this project's format."""
    top = reader.mapping(root, "the file")
    if top is None:
        raise QuestionFileError(reader.problems)
    for key, value in top.items():
        if key not in _TOP_KEYS:
            reader.problem(value, f"unknown top-level key '{key}' (allowed: {', '.join(sorted(_TOP_KEYS))})")
    meta: dict[str, Any] = {k: reader.text(top[k], k) or "" for k in ("title", "source", "version") if k in top}
    if "ko" in top and (korean := reader.mapping(top["ko"], "the file's Korean (ko) part")) is not None:
        for key, value in korean.items():
            if key != "title":
                reader.problem(value, f"the file's Korean (ko) part has an unknown key '{key}' (allowed: title)")
            elif title := reader.text(value, "the Korean title"):
                meta["titles"] = {"ko": title}
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
    return raw, meta


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
    return parse_bank(decode(data, name), name)


def decode(data: bytes, path: str) -> str:
    """A question file's bytes as text: UTF-8, with or without a byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise QuestionFileError([Problem(path, line, 1, "not UTF-8 text; save the file as UTF-8")]) from None
