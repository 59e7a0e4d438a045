"""Broken question files: each gets a clear QuestionFileError, never another exception,
never a Python object, and a reload with any of them keeps the working bank."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.bank import MAX_FILE_BYTES, load_bank, parse_bank
from bot.core.errors import QuestionFileError

Q = "  - id: q1\n    category: c\n    difficulty: easy\n    question: Q?\n    answers: [A1]\n    explanation: E.\n"

BROKEN: dict[str, bytes] = {
    "empty": b"",
    "only a comment": b"# nothing here\n",
    "null document": b"~\n",
    "a bare string": b"just text\n",
    "a number": b"42\n",
    "a top-level list": b"- a\n- b\n",
    "questions is null": b"questions:\n",
    "questions is a string": b"questions: lots\n",
    "questions is a mapping": b"questions: {a: 1}\n",
    "questions is empty": b"questions: []\n",
    "a question is a string": b"questions:\n  - what?\n",
    "a question is a list": b"questions:\n  - [a, b]\n",
    "a question is empty": b"questions:\n  - {}\n",
    "unclosed bracket": b"questions:\n  - id: [q1\n",
    "unclosed quote": b'questions:\n  - id: "q1\n',
    "bad indentation": b"questions:\n  - id: q1\n   category: c\n",
    "tab indentation": b"questions:\n\t- id: q1\n",
    "mapping value in plain scalar": b"questions:\n  - question: a: b: c\n",
    "duplicate top-level key": b"questions: []\nquestions: []\n",
    "two documents": b"questions: []\n---\nquestions: []\n",
    "alias bomb": b"a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nquestions:\n  - *c\n",
    "python object tag": b"questions:\n  - !!python/object/apply:os.system ['echo hi']\n",
    "python name tag": b"questions: !!python/name:os.system\n",
    "binary garbage": bytes(range(256)) * 4,
    "NUL bytes": b"questions:\x00\n",
    "not UTF-8 (Latin-1)": "questions:\n  - id: caf\xe9\n".encode("latin-1"),
    "UTF-16": "questions: []\n".encode("utf-16"),
    "deep nesting": b"questions: " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "deep mapping nesting": b"questions:\n" + b"".join(b" " * i + b"a:\n" for i in range(1, 2000)),
    "wrong types everywhere": b"questions:\n  - id: [1]\n    category: {a: b}\n    difficulty: [x]\n    question: {}\n"
    b"    answers: 3\n    explanation: []\n",
    "answers all blank": b"questions:\n" + Q.replace("[A1]", '["", "  "]').encode(),
    "unknown keys only": b"questions:\n  - foo: bar\n",
    "control character": b"questions:\n  - id: q\x07\n",
    "very long line": b"questions:\n  - id: " + b"x" * 200_000 + b"\n",
}


def test_the_corpus_is_large() -> None:
    assert len(BROKEN) >= 30


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_broken_file_gets_a_clear_error(name: str, tmp_path: Path) -> None:
    path = tmp_path / "questions.yaml"
    path.write_bytes(BROKEN[name])
    with pytest.raises(QuestionFileError) as caught:
        load_bank(path)
    assert caught.value.problems, name
    for problem in caught.value.problems:
        assert str(problem).startswith(str(path)) and problem.message


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"questions: []\n" + b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    with pytest.raises(QuestionFileError, match="larger than"):
        load_bank(path)


def test_a_control_character_is_located() -> None:
    with pytest.raises(QuestionFileError) as caught:
        parse_bank("questions:\n  - id: q\x07\n", "f.yaml")
    assert str(caught.value.problems[0]).startswith("f.yaml:2:10: the character #x0007 is not allowed")


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("questionsid:-[]{}&*!\"' \n\t#|>?,.AaZz019%@`~")), max_size=200))
def test_the_loader_raises_nothing_but_its_own_error(source: str) -> None:
    with contextlib.suppress(QuestionFileError):  # any other exception fails the test
        assert len(parse_bank(source, "fuzz.yaml")) > 0
