"""The question file: every problem reported at once with file:line:column."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.bank import QuestionBank, load_bank, parse_bank
from bot.core.errors import QuestionFileError
from bot.core.judging import judge
from bot.core.text import normalize

GOOD = """\
  - id: q1
    category: people
    difficulty: easy
    question: Who directed the drama?
    answers: [Lee Do-yun]
    explanation: Lee Do-yun directed it.
"""
NOT_TEXT = "not a list or mapping"
LEVELS = "easy, medium, hard"


def problems_of(body: str, header: str = "questions:\n") -> list[str]:
    with pytest.raises(QuestionFileError) as caught:
        parse_bank(header + body, "bank.yaml")
    return [str(p) for p in caught.value.problems]


def test_a_valid_file_loads_with_its_metadata() -> None:
    bank = parse_bank("title: T\nsource: S\nversion: 2\nquestions:\n" + GOOD, "bank.yaml")
    (question,) = bank.questions
    assert (bank.title, bank.source, bank.version) == ("T", "S", "2")
    assert (question.id, question.answer, question.line) == ("q1", "Lee Do-yun", 5)


def test_missing_answers_names_the_question_line_and_column() -> None:
    body = GOOD + "  - id: q17\n    category: people\n    difficulty: easy\n    question: Q?\n    explanation: E.\n"
    assert problems_of(body) == ["bank.yaml:8:5: question 'q17' has no answers"]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("answers", "[]", "bank.yaml:6:14: question 'q1' has no answers"),
        ("answers", '["  "]', "bank.yaml:6:15: an entry of the answers of question 'q1' is empty"),
        ("answers", '["!!!"]', "bank.yaml:6:15: question 'q1' has an answer '!!!' with no letters or digits to match"),
        ("answers", "{a: b}", "bank.yaml:6:14: the answers of question 'q1' must be a list"),
        (
            "answers",
            "[[x]]",
            "bank.yaml:6:15: an entry of the answers of question 'q1' must be text, not a list or mapping",
        ),
        ("question", "[a, b]", "bank.yaml:5:15: the question of question 'q1' must be text, " + NOT_TEXT),
        ("question", "", "bank.yaml:5:14: the question of question 'q1' is empty"),
        (
            "difficulty",
            "extreme",
            "bank.yaml:4:17: question 'q1' has difficulty 'extreme'; use one of easy, medium, hard",
        ),
    ],
)
def test_each_bad_field_is_reported_where_it_is(field: str, value: str, expected: str) -> None:
    lines = GOOD.splitlines()
    body = "\n".join(f"    {field}: {value}" if line.strip().startswith(f"{field}:") else line for line in lines)
    assert problems_of(body + "\n") == [expected]


def test_unknown_keys_are_named_with_the_allowed_ones() -> None:
    (problem,) = problems_of(GOOD + "    answer: typo\n")
    assert problem.startswith("bank.yaml:8:13: question 'q1' has an unknown key 'answer' (allowed: id,")


def test_unknown_top_level_key() -> None:
    assert problems_of(GOOD, header="qestions: []\nquestions:\n")[0].startswith(
        "bank.yaml:1:11: unknown top-level key 'qestions'"
    )


def test_duplicate_ids_and_duplicate_questions() -> None:
    twin = GOOD.replace("Who directed the drama?", "who directed the drama")
    found = problems_of(GOOD + twin)
    assert found == [
        "bank.yaml:8:5: duplicate id 'q1' (first used on line 2)",
        "bank.yaml:8:5: question 'q1' asks the same as question 'q1'",
    ]


def test_duplicate_keys_in_one_question() -> None:
    assert problems_of(GOOD + "    id: again\n") == ["bank.yaml:8:5: question #1 has the key 'id' twice"]


def test_every_problem_is_reported_at_once() -> None:
    second = GOOD.replace("q1", "q2").replace("easy", "trivial").replace("directed", "produced")
    body = GOOD.replace("[Lee Do-yun]", "[]") + second
    found = problems_of(body)
    assert len(found) == 2
    assert "has no answers" in found[0] and "difficulty 'trivial'" in found[1]


def test_yaml_1_1_scalars_are_kept_exactly_as_written() -> None:
    body = GOOD.replace("[Lee Do-yun]", "[yes, no, on, off, '007', 007, 12:30, 1_000, 1e3, ~xy]")
    (question,) = parse_bank("questions:\n" + body).questions
    assert question.answers == ("yes", "no", "on", "off", "007", "007", "12:30", "1_000", "1e3", "~xy")
    assert judge("007", question.key).correct
    assert not judge("7", question.key).correct


def test_syntax_errors_point_at_the_line() -> None:
    (problem,) = problems_of(GOOD + "    hints: [unclosed\n")
    assert problem.startswith("bank.yaml:9:") and "not valid YAML" in problem


@pytest.mark.parametrize(
    ("slip", "advice"),
    [
        ("    question: Who: him?\n", "8:18: not valid YAML: a colon and a space inside a text: put quotes around"),
        ("     question: Who?\n", "8:14: not valid YAML: a key where a text goes on: check the indentation"),
        ('    question: "Who" said it?\n', "8:21: not valid YAML: a text that starts with a quote must end with it"),
        ("    question: @home\n", "8:15: not valid YAML: a text cannot start with @: put quotes around it"),
        ("    hints: [a, b\n", "9:1: not valid YAML: a list in [ ] that is not closed: end it with ]"),
    ],
)
def test_a_yaml_slip_says_what_to_do(slip: str, advice: str) -> None:
    (problem,) = problems_of(GOOD + slip)
    assert problem.startswith(f"bank.yaml:{advice}"), problem


def test_aliases_are_refused_not_expanded() -> None:
    bomb = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nquestions:\n" + GOOD.replace("[Lee Do-yun]", "*a")
    with pytest.raises(QuestionFileError) as caught:
        parse_bank(bomb, "bank.yaml")
    assert any("aliases" in str(p) for p in caught.value.problems)


def test_python_tags_are_never_constructed() -> None:
    evil = "questions:\n" + GOOD.replace("[Lee Do-yun]", "[!!python/object/apply:os.system ['true']]")
    with pytest.raises(QuestionFileError):
        parse_bank(evil, "bank.yaml")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "bank.yaml: the file is empty"),
        (b"- just\n- a list\n", "bank.yaml:1:1: the file must be a mapping of keys to values"),
        (b"title: x\n", "bank.yaml:1:1: the file has no 'questions' list"),
        (b"questions: 3\n", "bank.yaml:1:12: 'questions' must be a list"),
        (b"questions: []\n", "bank.yaml:1:12: the 'questions' list is empty"),
        (b"questions:\n  - id: \xff\xfe\n", "bank.yaml:2:1: not UTF-8 text; save the file as UTF-8"),
    ],
)
def test_broken_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bank.yaml"
    path.write_bytes(content)
    with pytest.raises(QuestionFileError) as caught:
        load_bank(path)
    assert [str(p).replace(str(tmp_path) + "/", "") for p in caught.value.problems] == [message]


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(QuestionFileError, match="cannot read the file: No such file"):
        load_bank(tmp_path / "nope.yaml")


# --- the real bank --------------------------------------------------------------------


def test_the_bank_is_large_and_covers_every_category(bank: QuestionBank) -> None:
    assert len(bank) >= 60
    categories = {q.category for q in bank}
    assert {"people", "cast", "production", "reception", "themes", "show"} <= categories
    assert {q.difficulty for q in bank} == {"easy", "medium", "hard"}


def test_every_accepted_form_is_accepted_by_its_own_question(bank: QuestionBank) -> None:
    refused = [(q.id, a) for q in bank for a in q.answers if not judge(a, q.key).correct]
    assert refused == []


def test_no_question_gives_away_another_answer_of_its_category(bank: QuestionBank) -> None:
    def contains(text: str, answer: str) -> bool:
        return f" {normalize(answer)} " in f" {normalize(text)} "

    giveaways = [
        (q.id, other.id, answer)
        for q in bank
        for other in bank
        if other.category == q.category and other.id != q.id
        for answer in other.answers
        if contains(q.text, answer) and normalize(answer) not in {"true", "false"}  # "True or false: ..."
    ]
    assert giveaways == []


def test_explanations_are_single_sentences(bank: QuestionBank) -> None:
    long = [q.id for q in bank if normalize(q.explanation) == "" or q.explanation.count(". ") > 0]
    assert long == []


def test_libyaml_is_used_when_pyyaml_has_it() -> None:
    import yaml

    from bot.core.bank import yaml_nodes

    expected = "_CLoader" if yaml.__with_libyaml__ else "_PyLoader"
    assert yaml_nodes._Loader.__name__ == expected


@pytest.mark.parametrize("written", ["Canada", "8", "'yes'", "True", '"Seoul"'])
def test_one_answer_without_brackets_is_a_list_of_one(written: str) -> None:
    (question,) = parse_bank("questions:\n" + GOOD.replace("[Lee Do-yun]", written)).questions
    assert question.answers == (written.strip("'\""),)


def test_tab_indentation_is_named_as_the_problem() -> None:
    (problem,) = problems_of(GOOD.replace("    category", "\tcategory"))
    assert problem.startswith("bank.yaml:3:") and "YAML does not allow tabs for indentation" in problem


def test_an_unclosed_quote_is_reported_where_it_opens() -> None:
    body = GOOD.replace("question: Who directed the drama?", 'question: "Who directed the drama?') + GOOD * 3
    (problem,) = problems_of(body.replace("q1", "qx", 1))
    assert problem.startswith("bank.yaml:5:15:") and "this quote is never closed" in problem


def test_problems_come_sorted_by_line() -> None:
    duplicate = GOOD.replace("directed", "produced")  # the id of the first, on line 8
    later = GOOD.replace("q1", "q3").replace("directed", "wrote").replace("easy", "trivial")  # line 16
    found = problems_of(GOOD + duplicate + later)
    lines = [int(p.split(":")[1]) for p in found]
    assert lines == [8, 16], found  # the duplicate is found last, but is told first


@pytest.mark.parametrize(
    ("field", "text", "limit"),
    [
        ("question", "Who? " * 201, "1,000"),
        ("explanation", "x" * 1001, "1,000"),
        ("answers", "[" + "a" * 201 + "]", "200"),
    ],
)
def test_texts_too_long_for_a_discord_message_are_refused(field: str, text: str, limit: str) -> None:
    body = "\n".join(f"    {field}: {text}" if line.startswith(f"    {field}:") else line for line in GOOD.splitlines())
    (problem,) = problems_of(body + "\n")
    assert f"at most {limit} fit a Discord message" in problem


KOREAN = (
    GOOD
    + """\
    refuse: [Lee Do-hyun, 이도현]
    within: [Seoul]
    ko:
      question: 누가 연출했나요?
      answers: [이도윤]
      explanation: 이도윤 감독이 연출했어요.
      hints: [성은 이씨예요.]
"""
)


def test_a_korean_part_loads_and_counts_in_every_language() -> None:
    (question,) = parse_bank("questions:\n" + KOREAN, "bank.yaml").questions
    korean = question.in_language("ko")
    assert (korean.text, korean.answer, korean.hints) == ("누가 연출했나요?", "이도윤", ("성은 이씨예요.",))
    assert korean.explanation == "이도윤 감독이 연출했어요." and korean.id == question.id
    assert question.in_language("en") is question
    for guess in ("이도윤", "Lee Do-yun"):
        assert judge(guess, question.key).correct and judge(guess, korean.key).correct
    assert not judge("Lee Do-hyun", question.key).correct and not judge("이도현", question.key).correct


def test_problems_of_a_korean_part_are_reported_like_the_english_ones() -> None:
    broken = KOREAN.replace("      answers: [이도윤]\n", "").replace("      hints:", "      hint:")
    found = problems_of(broken)
    assert any("the Korean (ko) part of question 'q1' has no answers" in p for p in found), found
    assert any("unknown key 'hint' (allowed: question, answers, explanation, hints, options)" in p for p in found), (
        found
    )
    refusing = problems_of(KOREAN.replace("refuse: [Lee Do-hyun,", "refuse: [이도윤,"))
    assert any("refuses '이도윤', which is one of its answers" in p for p in refusing), refusing
    long = problems_of(KOREAN.replace("누가 연출했나요?", "가" * 1001))
    assert any("1,001 characters long; at most 1,000" in p for p in long), long


def test_an_answer_the_judge_would_refuse_is_a_problem_of_the_file() -> None:
    many = " ".join("abcdefghijklmnopq")  # seventeen words: more than one guess can hold
    found = problems_of(KOREAN.replace("answers: [이도윤]", f"answers: [이도윤, {many}]"))
    assert any(f"the judge would refuse its own answer '{many}'" in p for p in found), found


@pytest.mark.parametrize("answer", ["C", "R", "x", "A+", "O-", "C#", "C++"])
def test_an_answer_of_one_character_or_a_sign_is_accepted_as_written(answer: str) -> None:
    (question,) = parse_bank("questions:\n" + GOOD.replace("[Lee Do-yun]", f'["{answer}"]')).questions
    assert judge(answer, question.key).correct and judge(f"{answer.lower()}!", question.key).correct
