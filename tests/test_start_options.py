"""`!trivia start` takes its words in any order."""

from __future__ import annotations

import pytest

from bot.core.game import BadStartOptions, StartOptions, parse_start

CATEGORIES = ["cast", "production", "show"]


@pytest.mark.parametrize(
    "words",
    [["5", "cast", "hard"], ["hard", "5", "cast"], ["CAST", "Hard", "5"], ["cast", "5", "hard"]],
)
def test_any_order_gives_the_same_game(words: list[str]) -> None:
    assert parse_start(words, CATEGORIES) == StartOptions(5, "cast", "hard")


def test_defaults_and_partial_choices() -> None:
    assert parse_start([], CATEGORIES) == StartOptions(10, None, None)
    assert parse_start(["easy"], CATEGORIES) == StartOptions(10, None, "easy")


@pytest.mark.parametrize(
    ("words", "says"),
    [
        (["0"], "between 1 and 50, not 0"),
        (["51"], "between 1 and 50, not 51"),
        (["5", "6"], "Give the number of questions once"),
        (["sports"], "I don't know “sports” here."),
        (["cast", "show"], "I don't know “show” here."),
    ],
)
def test_bad_words_get_a_clear_reply_naming_the_choices(words: list[str], says: str) -> None:
    with pytest.raises(BadStartOptions) as caught:
        parse_start(words, CATEGORIES)
    assert says in str(caught.value)
    if "know" in says:
        assert "Categories: cast, production, show. Difficulties: easy, medium, hard." in str(caught.value)


def test_korean_start_words_read_as_their_english_ones() -> None:
    assert parse_start(["10문제", "쉬움", "버튼"], CATEGORIES) == parse_start(["10", "easy", "choices"], CATEGORIES)
    assert parse_start(["제작", "어려움", "주관식"], CATEGORIES) == parse_start(
        ["production", "hard", "open"], CATEGORIES
    )
    with pytest.raises(BadStartOptions, match="“요리”"):
        parse_start(["요리"], CATEGORIES)
