"""Question packs in the core: Red trivia lists read by the loader, pack names, the
pack library (its limits, its cache, its store) and the rotation of each pack."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import textwrap
from pathlib import Path

import pytest

from bot.core.bank import MAX_PACK_QUESTIONS, load_bank, parse_bank, read_pack
from bot.core.errors import QuestionFileError
from bot.core.game import MAX_PACKS, PackCache, PackLibrary, PackRefused, check_name, draw_for, split_pack
from bot.core.store import MIGRATIONS, SqliteDatabase, Store
from bot.settings import Settings, SettingsError

RED = textwrap.dedent(
    """\
    AUTHOR: Red, Rojo
    DESCRIPTION: >-
      A list as Red's guide writes them.
    How many days are there in a regular year?:
    - 365
    - three hundred and sixty five
    "Who is the #1 followed user on Twitter?":
    - Barack Obama
    - Obama
    How much money is a US Olympic gold medalist awarded?:
    - $25,000
    - 25,000
    - 25k
    Is the Sargasso Sea the only sea without coasts?:
    - yes
    - "True"
    What is 2+2?:
    - four
    What is 2-2?:
    - zero
    Who wrote 'The Canterbury Tales'?:
    - Chaucer
    Who wrote The Canterbury Tales?:
    - Geoffrey Chaucer
    """
)


def red_problems(text: str) -> list[str]:
    with pytest.raises(QuestionFileError) as caught:
        parse_bank(text, "list.yaml")
    return [str(p) for p in caught.value.problems]


def test_a_red_list_loads_as_written() -> None:
    bank = parse_bank(RED, "General Knowledge.yaml")
    assert bank.format == "red" and bank.source == "Red, Rojo"
    by_text = {q.text: q for q in bank}
    assert by_text["How many days are there in a regular year?"].answers == ("365", "three hundred and sixty five")
    assert by_text["Is the Sargasso Sea the only sea without coasts?"].answers == ("yes", "True")  # not booleans
    assert {q.category for q in bank} == {"general-knowledge"}  # named after the file, as Red names a list
    assert {q.difficulty for q in bank} == {"medium"} and {q.explanation for q in bank} == {""}
    assert "What is 2+2?" in by_text and "What is 2-2?" in by_text  # a symbol makes another question
    # Written twice, with other quotes: asked once, with both answers, and a note says where.
    assert by_text["Who wrote 'The Canterbury Tales'?"].answers == ("Chaucer", "Geoffrey Chaucer")
    assert "Who wrote The Canterbury Tales?" not in by_text
    assert [str(n) for n in bank.notes] == [
        "General Knowledge.yaml:23:1: the same question as on line 21: asked once, with the answers of both"
    ]


def test_a_red_question_keeps_its_id_when_the_list_is_reordered() -> None:
    ids = {q.text: q.id for q in parse_bank(RED, "a.yaml")}
    lines = RED.splitlines()
    reordered = "\n".join(lines[:3] + lines[9:] + lines[3:9]) + "\n"
    assert {q.text: q.id for q in parse_bank(reordered, "a.yaml")} == ids
    assert ids["How many days are there in a regular year?"].startswith("how-many-days-are-there-in-")


def test_red_config_is_read_where_it_means_something_and_named_where_it_is_ignored() -> None:
    text = "CONFIG:\n  delay: 200\n  timeout: 60\n  bot_plays: yes\n  payout_multiplier: 0\nQ one?:\n- one\n"
    bank = parse_bank(text, "c.yaml")
    assert bank.round_seconds == 120  # the longest round here
    assert [str(n) for n in bank.notes] == [
        "c.yaml:2:10: CONFIG delay 200 is outside 10 to 120 seconds; rounds last 120",
        "c.yaml:3:12: CONFIG timeout is ignored: a game here ends after 3 unanswered questions in a row",
        "c.yaml:4:14: CONFIG bot_plays is ignored: the bot never scores",
        "c.yaml:5:22: CONFIG payout_multiplier is ignored: there is no currency here",
    ]
    assert parse_bank("CONFIG:\n  delay: 30\nQ?:\n- abc\n", "c.yaml").round_seconds == 30


def test_what_a_red_list_must_not_hold_is_named_with_its_line() -> None:
    text = textwrap.dedent(
        f"""\
        CONFIG:
          delay: soon
          max_score: 0
          lives: 3
        No answers?:
        Empty list?: []
        A mapping?:
          a: b
        ? [a, list]
        : - x
        Too long?:
        - {"x" * 201}
        """
    )
    assert red_problems(text) == [
        "list.yaml:2:10: CONFIG delay must be a number, not 'soon'",
        "list.yaml:3:14: CONFIG max_score must be a whole number of at least 1, not '0'",
        "list.yaml:4:10: CONFIG has an unknown key 'lives' (a Red trivia list allows: delay, timeout, max_score,"
        " reveal_answer, bot_plays, payout_multiplier, use_spoilers)",
        "list.yaml:5:1: question 'No answers?' has no answers (list them below it, each on a line starting with '- ')",
        "list.yaml:6:14: question 'Empty list?' has no answers",
        "list.yaml:8:3: the answers of question 'A mapping?' must be a list",
        "list.yaml:9:3: a question that is not plain text (a list or mapping used as a key)",
        "list.yaml:12:3: an entry of the answers of question 'Too long?' is 201 characters long;"
        " at most 200 fit a Discord message",
    ]
    assert red_problems("AUTHOR: me\n") == ["list.yaml:1:1: the trivia list has no questions"]
    assert red_problems("Q?: &a [xyz]\nR?: *a\n") == [  # refused, not expanded; said where the anchor is
        "list.yaml:1:5: anchors and aliases (&name / *name) are not supported; write the value out"
    ]


def test_check_reads_both_formats(tmp_path: Path) -> None:
    red = tmp_path / "red.yml"
    red.write_text(RED)
    assert load_bank(red).format == "red"
    assert load_bank(Path(__file__).parent.parent / "questions.yaml").format == "trivia"


def test_a_pack_holds_at_most_2000_questions_and_its_ids_name_it() -> None:
    lines = [f"Question number {n}?:\n- answer {n}\n" for n in range(MAX_PACK_QUESTIONS + 1)]
    with pytest.raises(QuestionFileError) as caught:
        read_pack("".join(lines[:-1] + lines[-1:]).encode(), "big", "big.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "big.yaml:4001:1: the file has 2,001 questions; at most 2,000 fit in one file here"
    ]
    bank = read_pack("".join(lines[:3]).encode(), "small", "small.yaml")
    assert all(q.id.startswith("small/question-number-") for q in bank)
    with pytest.raises(QuestionFileError, match="larger than 1 MiB"):
        read_pack(b"#" * (2**20 + 1), "huge", "huge.yaml")
    with pytest.raises(QuestionFileError, match="not UTF-8"):
        read_pack("Q?:\n- é\n".encode("latin-1"), "latin", "latin.yaml")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("", "pack.bad_name"),
        ("My-Pack", "pack.bad_name"),
        ("my pack", "pack.bad_name"),
        ("-pack", "pack.bad_name"),
        ("x" * 33, "pack.bad_name"),
        ("팩", "pack.bad_name"),
        ("builtin", "pack.builtin_name"),
        ("2024", "pack.reserved_name"),
        ("easy", "pack.reserved_name"),
        ("open", "pack.reserved_name"),
        ("cast", "pack.reserved_name"),
    ],
)
def test_a_pack_name_is_one_lower_case_word_start_cannot_misread(name: str, key: str) -> None:
    with pytest.raises(PackRefused) as caught:
        check_name(name, reserved={"cast", "start"})
    assert caught.value.key == key


def test_good_names_pass_and_the_first_pack_word_of_a_start_is_its_pack() -> None:
    for name in ("hospital", "season-2", "2024-quiz", "x" * 32):
        check_name(name, reserved={"cast"})
    assert split_pack(["5", "Hospital", "hard", "hospital"], ["builtin", "hospital"]) == (
        "hospital",
        ["5", "hard", "hospital"],
    )
    assert split_pack(["5", "hard"], ["hospital"]) == (None, ["5", "hard"])


def test_the_cache_holds_at_most_its_size_in_questions_dropping_the_least_recently_used() -> None:
    cache = PackCache(size=5)
    banks = [
        parse_bank("".join(f"Q{n} {q}?:\n- a{q}\n" for q in range(count)), "x.yaml")
        for n, count in enumerate((2, 2, 3))
    ]
    cache.put(1, "a", "d0", banks[0])
    cache.put(1, "b", "d1", banks[1])
    assert cache.get(1, "a", "d0") is banks[0]  # now the most recent
    cache.put(2, "a", "d2", banks[2])  # 7 questions: the least recent goes
    assert (len(cache), cache.questions) == (2, 5)
    assert cache.get(1, "b", "d1") is None and cache.get(1, "a", "d0") is banks[0]
    assert cache.get(1, "a", "another digest") is None  # replaced in the store since
    cache.put(3, "big", "d3", parse_bank("".join(f"B{q}?:\n- b{q}\n" for q in range(9)), "x.yaml"))
    assert (len(cache), cache.questions) == (1, 9)  # the pack in use stays, however large


def pack_file(n: int, questions: int = 3) -> bytes:
    return "".join(f"Pack {n} question {q}?:\n- answer {q}\n" for q in range(questions)).encode()


async def test_packs_are_kept_per_server_replaced_atomically_and_limited(store: Store) -> None:
    library = PackLibrary(store, cache_size=12)
    added = await library.add(1, "one", pack_file(1), "one.yaml", uploaded_by=7)
    assert not added.replaced and added.info.questions == 3 and added.info.format == "red"
    assert (await library.add(1, "one", pack_file(9, 5), "one.yaml", 7)).replaced
    assert [(p.name, p.questions) for p in await library.listing(1)] == [("one", 5)]
    assert await library.listing(2) == [] and await library.bank(2, "one") is None  # another server sees none
    with pytest.raises(QuestionFileError):
        await library.add(1, "one", b"Q?: []\n", "one.yaml", 7)
    assert (await library.file(1, "one")) == pack_file(9, 5)  # a broken version keeps the old one
    for n in range(2, MAX_PACKS + 1):
        await library.add(1, f"p{n}", pack_file(n), "p.yaml", 7)
    with pytest.raises(PackRefused) as caught:
        await library.add(1, "extra", pack_file(0), "p.yaml", 7)
    assert caught.value.key == "pack.full" and len(await library.listing(1)) == MAX_PACKS
    await library.add(1, "one", pack_file(3), "one.yaml", 7)  # replacing one is not one more
    assert (len(library.cache), library.cache.questions) == (4, 12)


async def test_a_pack_is_parsed_once_for_games_starting_together_and_again_once_replaced(
    store: Store, tmp_path: Path
) -> None:
    await PackLibrary(store).add(1, "one", pack_file(1), "one.yaml", 7)
    library = PackLibrary(store)  # a new process: nothing cached
    first, second = await asyncio.gather(library.bank(1, "one"), library.bank(1, "one"))
    assert first is second is not None and len(first) == 3
    await PackLibrary(store).add(1, "one", pack_file(1, 4), "one.yaml", 7)  # replaced by another process
    again = await library.bank(1, "one")
    assert again is not None and len(again) == 4


async def test_removing_a_pack_forgets_its_rotation_and_the_default_setting(store: Store) -> None:
    library = PackLibrary(store)
    bank = (await library.add(1, "one", pack_file(1), "one.yaml", 7)).bank
    await store.mark_asked(1, bank.questions[0].id)
    await store.mark_asked(1, "director")  # the bot's own question
    await store.set_setting(1, "pack", "one")
    assert await library.remove(1, "one")
    assert await store.asked(1) == {"director"}
    assert await store.settings(1) == {}
    assert not await library.remove(1, "one")


async def test_each_pack_has_its_own_rotation(store: Store) -> None:
    library = PackLibrary(store)
    one = (await library.add(1, "one", pack_file(1, 4), "one.yaml", 7)).bank
    two = (await library.add(1, "two", pack_file(1, 4), "two.yaml", 7)).bank  # the same questions
    rng = random.Random(3)
    asked = []
    for _ in range(2):
        drawn = await draw_for(store, 1, one.questions, 2, rng, one.conflicts)
        asked += [q.id for q in drawn]
        for question in drawn:
            await store.mark_asked(1, question.id)
    assert sorted(asked) == sorted(q.id for q in one)  # all four before any repeats
    drawn = await draw_for(store, 1, two.questions, 4, rng, two.conflicts)
    assert {q.id for q in drawn} == {q.id for q in two}  # the other pack's rotation is its own


def test_a_version_5_database_gets_the_packs_table(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    with sqlite3.connect(path) as db:
        for version in range(1, 6):
            db.executescript(MIGRATIONS[version])
        db.execute("INSERT INTO guild_settings VALUES (1, 'rounds', '5')")
        db.execute("PRAGMA user_version = 5")
    store = SqliteDatabase.open(path)
    assert store.settings(1) == {"rounds": "5"} and store.packs(1) == []


def test_the_cache_size_comes_from_the_environment() -> None:
    assert Settings.from_env({"TRIVIA_PACK_CACHE": "3"}, dotenv=None).pack_cache == 3
    for bad, says in (
        ("0", "TRIVIA_PACK_CACHE must be between 1 and 10000000, not 0"),
        ("2.5", "TRIVIA_PACK_CACHE must be a whole number, not “2.5”"),
        ("lots", "TRIVIA_PACK_CACHE must be a whole number, not “lots”"),
    ):
        with pytest.raises(SettingsError, match=says):
            Settings.from_env({"TRIVIA_PACK_CACHE": bad}, dotenv=None)
