"""Question packs: a server's own question file, uploaded through Discord, in this
project's format or as a Red-DiscordBot trivia list, read by the same loader as the
bot's own file, within a pack's limits.

A pack's question ids are its file's ids behind the pack's name (`mypack/director`),
so that each server's rotation keeps every pack apart from the others and from the
bot's own file, and a report names the pack of its question.
"""

from __future__ import annotations

import dataclasses

from ..errors import Problem, QuestionFileError
from .loader import decode, parse_bank
from .questions import QuestionBank

MAX_PACK_BYTES = 2**20  # 1 MiB: Discord's declared size of an attachment is checked against it first
MAX_PACK_QUESTIONS = 2000


def read_pack(data: bytes, name: str, filename: str) -> QuestionBank:
    """An uploaded file as pack `name`'s questions, or QuestionFileError with every
    problem, each at its `filename:line:column`. Blocking (a large file takes a while):
    adapters call it off the event loop."""
    if len(data) > MAX_PACK_BYTES:
        raise QuestionFileError([Problem(filename, 0, 0, f"larger than {MAX_PACK_BYTES // 2**20} MiB")])
    bank = parse_bank(decode(data, filename), filename, category=name, max_questions=MAX_PACK_QUESTIONS)
    return namespaced(bank, name)


def namespaced(bank: QuestionBank, name: str) -> QuestionBank:
    """The bank with each question id behind `name/`, its giveaway pairs too."""
    prefix = f"{name}/"
    questions = tuple(dataclasses.replace(q, id=prefix + q.id) for q in bank.questions)
    conflicts = {prefix + qid: frozenset(prefix + other for other in others) for qid, others in bank.conflicts.items()}
    return dataclasses.replace(bank, questions=questions, conflicts=conflicts)
