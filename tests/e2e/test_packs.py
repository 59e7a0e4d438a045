"""Question packs through Discord: a server's own questions, uploaded as an attachment
(this project's format or a Red trivia list), listed, played, given back and removed;
who may, what is refused, and what survives a restart."""

from __future__ import annotations

import asyncio
import textwrap

import pytest

from bot.discord.limits import CONTENT_MAX

from .conftest import World, WorldFactory
from .fake_discord import CdnFile, FakeDiscord, Sent, User

HOSPITAL = textwrap.dedent(
    """\
    title: Hospital pack
    questions:
      - id: helicopter
        category: medicine
        difficulty: easy
        question: What flies the trauma team to the worst accidents?
        answers: [A helicopter, helicopter]
        explanation: The team flies to accidents by helicopter.
      - id: surgeon
        category: medicine
        difficulty: medium
        question: Which kind of doctor leads the trauma team?
        answers: [A surgeon, surgeon]
        explanation: A trauma surgeon leads it.
      - id: ward
        category: places
        difficulty: easy
        question: Where does a patient go after surgery, before the general ward?
        answers: [Intensive care unit, ICU, intensive care]
        explanation: The intensive care unit comes first.
    """
).encode()
ANSWERS = {
    "What flies the trauma team to the worst accidents?": "helicopter",
    "Which kind of doctor leads the trauma team?": "surgeon",
    "Where does a patient go after surgery, before the general ward?": "ICU",
    "How many episodes does the first season have?": "eight",
    "Which streaming service shows the drama?": "Netflix",
    "Who plays Baek Kang-hyuk?": "Ju Ji-hoon",
}
# A Red-DiscordBot trivia list, as Red's guide writes them: the question, then its answers.
RED_LIST = textwrap.dedent(
    """\
    AUTHOR: Ana
    DESCRIPTION: Three questions about the drama.
    CONFIG:
      delay: 15
      max_score: 5
    How many episodes does the first season have?:
    - 8
    - eight
    Which streaming service shows the drama?:
    - Netflix
    Who plays Baek Kang-hyuk?:
    - Ju Ji-hoon
    - Joo Ji-hoon
    """
).encode()


def attach(world: World, data: bytes, filename: str = "hospital.yaml", size: int | None = None) -> CdnFile:
    return world.fake.attach(world.channel, filename, data, "application/x-yaml", size)


async def upload(
    world: World, user: User, name: str, data: bytes, filename: str = "hospital.yaml", channel: int | None = None
) -> Sent:
    """`!trivia pack add <name>` with one attached file; the bot's reply."""
    channel = channel or world.channel
    file = world.fake.attach(channel, filename, data, "application/x-yaml")
    mark = len(world.fake.sent)
    world.fake.inject_message(channel, user, f"!trivia pack add {name}", attachments=[file.payload])
    return await world.fake.next_message(channel, mark)


def answer(question: Sent) -> str:
    return next(a for text, a in ANSWERS.items() if text in question.content)


async def play_one(world: World, start: str, user: User | None = None) -> Sent:
    """Start a one-question game with `start`; the question, answered, and the result."""
    mark = await world.say(world.ana, start)
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/" in m.content)
    mark = await world.say(user or world.bo, answer(question))
    return await world.fake.next_message(world.channel, mark, where=lambda m: "got it" in m.content)


async def test_an_admin_uploads_a_pack_and_the_server_plays_it(world: World) -> None:
    reply = await upload(world, world.admin, "hospital", HOSPITAL)
    assert reply.content.startswith("✅ Pack `hospital` is stored: 3 questions (medicine, places).")
    assert "`!trivia start hospital`" in reply.content
    listing = await world.reply_to(world.ana, "!trivia packs")
    assert (
        f"`builtin` (built-in): {len(world.bank)} questions" in listing
        and "`hospital`: 3 questions · medicine, places" in listing
    )

    mark = await world.say(world.ana, "!trivia start 3 hospital")  # the words in any order
    intro = await world.fake.next_message(world.channel, mark)
    assert "3 questions" in intro.content and "(hospital)" in intro.content
    for number in (1, 2, 3):
        question = await world.fake.next_message(
            world.channel, mark, where=lambda m, n=number: f"Question {n}/3" in m.content
        )
        mark = await world.say(world.bo, answer(question))
        won = await world.fake.next_message(world.channel, mark, where=lambda m: "got it" in m.content)
        assert "📖" in won.content  # the pack's explanations
    end = await world.fake.next_message(world.channel, mark, where=lambda m: "Final standings" in m.text)
    assert "Bo" in end.text


async def test_a_pack_plays_its_categories_and_buttons_drawn_from_it(world: World) -> None:
    await upload(world, world.admin, "hospital", HOSPITAL)
    won = await play_one(world, "!trivia start places hospital 1")
    assert "**ICU**" not in won.content and "Intensive care unit" in won.content  # the first answer is shown
    mark = await world.say(world.ana, "!trivia start hospital 1 medicine choices")
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    labels = {b["label"][3:] for b in world.fake.buttons(question)}
    assert labels <= {"A helicopter", "A surgeon", "Intensive care unit"}  # every option is one of the pack's
    assert answer(question) in {"helicopter", "surgeon"}


async def test_a_red_list_uploads_and_plays(world: World) -> None:
    reply = await upload(world, world.admin, "drama", RED_LIST, filename="drama.yaml")
    assert reply.content.startswith("✅ Pack `drama` is stored: 3 questions (drama).")
    assert "drama.yaml:5:14: CONFIG max_score is ignored" in reply.content  # named with its line, not refused
    assert "(Red list)" in await world.reply_to(world.ana, "!trivia packs")
    mark = await world.say(world.ana, "!trivia start drama 1")
    intro = await world.fake.next_message(world.channel, mark)
    assert "15 seconds each" in intro.content  # the list's CONFIG delay
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    mark = await world.say(world.bo, answer(question))
    won = await world.fake.next_message(world.channel, mark, where=lambda m: "got it" in m.content)
    assert "📖" not in won.content  # a Red list has no explanations, and no empty line stands for one


async def test_a_member_is_refused_and_nothing_is_fetched_or_stored(world: World) -> None:
    reply = await upload(world, world.bo, "hospital", HOSPITAL)
    assert reply.content == "You need the Manage Server permission to do that."
    assert world.fake.cdn.downloads == []
    assert await world.bot.store.packs(world.guild.id) == []
    get = await world.reply_to(world.mod, "!trivia pack remove hospital")  # Manage Messages is not enough
    assert get == "You need the Manage Server permission to do that."


async def test_a_broken_file_cites_its_line_and_stores_nothing(world: World) -> None:
    broken = HOSPITAL.replace(b"    answers: [A surgeon, surgeon]\n", b"")
    assert broken != HOSPITAL
    reply = await upload(world, world.admin, "hospital", broken)
    assert reply.content.startswith("❌ Pack `hospital` was not stored: 1 problem(s) in the file:")
    assert "hospital.yaml:9:5: question 'surgeon' has no answers" in reply.content
    assert await world.bot.store.packs(world.guild.id) == []
    # A broken new version of a stored pack keeps the old one.
    await upload(world, world.admin, "hospital", HOSPITAL)
    reply = await upload(world, world.admin, "hospital", broken)
    assert reply.content.endswith("`hospital` keeps its previous version.")
    assert "3 questions" in await world.reply_to(world.ana, "!trivia packs")
    await play_one(world, "!trivia start hospital 1")


async def test_a_long_list_of_problems_fits_one_message_with_the_count_of_the_rest(world: World) -> None:
    questions = "".join(
        f"  - id: q{n}\n    category: c\n    difficulty: impossible\n    question: Question {n}?\n"
        f'    answers: [A{n}]\n    explanation: "```@everyone {"x" * 100}```"\n'
        for n in range(300)
    )
    reply = await upload(world, world.admin, "broken", f"questions:\n{questions}".encode())
    assert len(reply.content) <= CONTENT_MAX
    assert "300 problem(s)" in reply.content and "…and " in reply.content and " more" in reply.content
    assert reply.content.count("```") == 2  # the file's backticks do not close the block
    assert reply.allowed_mentions == {"parse": []}


async def test_an_oversized_attachment_is_refused_without_being_downloaded(world: World) -> None:
    file = attach(world, HOSPITAL, size=2 * 2**20 + 1)  # as Discord declares it
    mark = len(world.fake.sent)
    world.fake.inject_message(world.channel, world.admin, "!trivia pack add hospital", attachments=[file.payload])
    reply = await world.fake.next_message(world.channel, mark)
    assert reply.content == "“hospital.yaml” is 2 MiB; a pack's file may be at most 1 MiB. Split it into smaller packs."
    assert world.fake.cdn.downloads == []
    assert await world.bot.store.packs(world.guild.id) == []


async def test_only_the_attachment_is_read_never_a_url_in_the_message(world: World) -> None:
    file = attach(world, HOSPITAL)
    reply = await world.reply_to(world.admin, f"!trivia pack add hospital {file.url}")
    assert reply.startswith("Attach the pack's .yaml file to the command's message")
    two = [attach(world, HOSPITAL).payload, attach(world, HOSPITAL, "more.yaml").payload]
    mark = len(world.fake.sent)
    world.fake.inject_message(world.channel, world.admin, "!trivia pack add hospital", attachments=two)
    assert "Attach one file only" in (await world.fake.next_message(world.channel, mark)).content
    mark = len(world.fake.sent)
    text = attach(world, HOSPITAL, "hospital.txt").payload
    world.fake.inject_message(world.channel, world.admin, "!trivia pack add hospital", attachments=[text])
    assert "is not a .yaml or .yml file" in (await world.fake.next_message(world.channel, mark)).content
    assert world.fake.cdn.downloads == []


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Hospital", "one lower-case word"),
        ("my_pack", "one lower-case word"),
        ("a" * 33, "one lower-case word"),
        ("cast", "`start` would read it"),  # a category of the bot's own questions
        ("hard", "`start` would read it"),
        ("choices", "`start` would read it"),
        ("10", "`start` would read it"),
        ("leaderboard", "`start` would read it"),
        ("builtin", "the bot's own questions"),
    ],
)
async def test_a_name_start_would_misread_is_refused_before_anything_is_fetched(
    world: World, name: str, why: str
) -> None:
    reply = await upload(world, world.admin, name, HOSPITAL)
    assert why in reply.content
    assert world.fake.cdn.downloads == []


async def test_a_slow_download_is_given_up_and_stores_nothing(make_world: WorldFactory, fake: FakeDiscord) -> None:
    async with make_world(pack_download_seconds=0.3) as world:
        fake.cdn.delay = 2.0
        try:
            reply = await upload(world, world.admin, "hospital", HOSPITAL)
            assert reply.content == "Discord did not deliver “hospital.yaml” within 0.3 seconds; try again."
            assert await world.bot.store.packs(world.guild.id) == []
        finally:
            fake.cdn.delay = 0


async def test_another_server_cannot_see_or_play_the_pack(world: World) -> None:
    await upload(world, world.admin, "hospital", HOSPITAL)
    other = world.fake.add_guild("Other Fans")
    boss, room = other.owner, other.channels[0]  # the other server's owner, with every permission there

    async def there(content: str) -> str:
        mark = await world.say(boss, content, room)
        return (await world.fake.next_message(room, mark)).content

    assert "hospital" not in await there("!trivia packs")
    assert (await there("!trivia start hospital")).startswith("I don't know “hospital” here.")
    assert await there("!trivia pack get hospital") == "This server has no pack called “hospital”. See `!trivia packs`."
    assert await there("!trivia set pack hospital") == "This server has no pack called “hospital”. See `!trivia packs`."
    reply = await upload(world, boss, "hospital", RED_LIST, channel=room)  # the same name, its own pack
    assert "3 questions (hospital)" in reply.content
    assert "medicine, places" in await world.reply_to(world.ana, "!trivia packs")


async def test_a_pack_survives_a_restart(world: World) -> None:
    await upload(world, world.admin, "hospital", HOSPITAL)
    assert "set" not in await world.reply_to(world.admin, "!trivia set pack hospital")
    await world.restart()
    assert "⭐ `hospital`: 3 questions" in await world.reply_to(world.ana, "!trivia packs")
    await play_one(world, "!trivia start 1")  # the server's default pack, read from the database


async def test_get_gives_the_file_back_and_remove_forgets_the_pack(world: World) -> None:
    await upload(world, world.admin, "hospital", HOSPITAL)
    await world.reply_to(world.admin, "!trivia set pack hospital")
    mark = await world.say(world.admin, "!trivia pack get hospital")
    sent = await world.fake.next_message(world.channel, mark)
    assert sent.content == "📎 Pack `hospital` (3 questions), as uploaded."
    assert sent.files == [("hospital.yaml", HOSPITAL)]
    reply = await world.reply_to(world.admin, "!trivia pack remove hospital")
    assert (
        reply
        == "🗑️ Pack `hospital` is removed (3 questions). It was this server's default pack: games now play `builtin`."
    )
    assert "hospital" not in await world.reply_to(world.ana, "!trivia packs")
    assert (await world.reply_to(world.bo, "!trivia start hospital")).startswith("I don't know “hospital” here.")
    mark = await world.say(world.ana, "!trivia start 1")  # the default is the bot's own questions again
    question = await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    assert world.answer_to(question)
    assert await world.reply_to(world.admin, "!trivia pack remove builtin") == (
        "`builtin` is the bot's own questions: it can't be removed."
    )


async def test_get_needs_attach_files_in_the_channel(world: World) -> None:
    from .fake_discord import ATTACH_FILES

    await upload(world, world.admin, "hospital", HOSPITAL)
    world.guild.overwrite(world.channel, world.guild.id, deny=ATTACH_FILES)
    world.fake.dispatch("CHANNEL_UPDATE", world.guild.rooms[world.channel].payload(world.guild.id))
    await asyncio.sleep(0.2)
    reply = await world.reply_to(world.admin, "!trivia pack get hospital")
    assert reply == "I can't send the file here: I need the **Attach Files** permission in this channel."


async def test_the_slash_forms_work_with_the_file_option(world: World) -> None:
    fake = world.fake
    names = {o["name"] for c in fake.commands if c["name"] == "trivia-admin" for o in c["options"]}
    assert "pack" in names
    file = attach(world, HOSPITAL)
    mark = len(fake.sent)
    fake.inject_slash(world.channel, world.admin, "trivia-admin", "pack", "add", name="hospital", file=file)
    done = await fake.next_message(world.channel, mark, where=lambda m: bool(m.content))
    assert done.ephemeral and done.content.startswith("✅ Pack `hospital` is stored: 3 questions")
    assert fake.cdn.downloads == [(file.id, "hospital.yaml")]

    typing = fake.inject_autocomplete(world.channel, world.ana, "trivia", "start", focused="pack", pack="hos")
    assert await fake.choices_offered(typing) == [{"name": "hospital · 3 questions", "value": "hospital"}]
    mark = len(fake.sent)
    fake.inject_slash(world.channel, world.ana, "trivia", "packs")
    assert (
        "`hospital`: 3 questions"
        in (await fake.next_message(world.channel, mark, where=lambda m: bool(m.content))).content
    )
    mark = len(fake.sent)
    fake.inject_slash(world.channel, world.ana, "trivia", "start", pack="hospital", rounds=1)
    question = await fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    assert answer(question)

    mark = len(fake.sent)
    fake.inject_slash(world.channel, world.admin, "trivia-admin", "pack", "get", name="hospital")
    got = await fake.next_message(world.channel, mark, where=lambda m: bool(m.files))
    assert got.ephemeral and got.files == [("hospital.yaml", HOSPITAL)]
    mark = len(fake.sent)
    fake.inject_slash(world.channel, world.admin, "trivia-admin", "pack", "remove", name="hospital")
    gone = await fake.next_message(world.channel, mark, where=lambda m: bool(m.content))
    assert gone.ephemeral and gone.content.startswith("🗑️ Pack `hospital` is removed")


async def test_the_slash_upload_is_refused_to_a_member_before_anything_is_fetched(world: World) -> None:
    world.fake.commands = [c | {"default_member_permissions": None} for c in world.fake.commands]  # shown to all
    file = attach(world, HOSPITAL)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia-admin", "pack", "add", name="hospital", file=file)
    refusal = await world.fake.next_message(world.channel, mark)
    assert refusal.ephemeral and refusal.content == "You need the Manage Server permission to do that."
    assert world.fake.cdn.downloads == []


async def test_a_report_names_the_pack_of_its_question(world: World) -> None:
    await upload(world, world.admin, "hospital", HOSPITAL)
    mark = await world.say(world.ana, "!trivia start hospital 1 places")
    await world.fake.next_message(world.channel, mark, where=lambda m: "Question 1/1" in m.content)
    mark = len(world.fake.sent)
    world.fake.inject_slash(world.channel, world.bo, "trivia", "report", reason="the answer is spelt wrong")
    thanks = await world.fake.next_message(world.channel, mark, where=lambda m: "Thanks" in m.content)
    assert thanks.content == "🚩 Thanks: question `hospital/ward` is reported to the server's admins."
    reports = await world.reply_to(world.admin, "!trivia reports")
    assert "**hospital/ward** · Where does a patient go after surgery" in reports
