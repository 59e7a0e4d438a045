"""The question bank: questions and how a game draws them (questions), reading a question
file (loader, yaml_nodes) or a Red-DiscordBot trivia list (red_list), a server's
question packs (packs), questions that give each other away (giveaways), and
multiple-choice options (choices).

The front door of the package: other packages import from here only.
"""

from .choices import OPTION_LETTERS, AnswerKind, kind_of, options_for, questions_as_shown
from .giveaways import giveaways, names_an_answer, title_for
from .loader import MAX_FILE_BYTES, load_bank, parse_bank
from .packs import MAX_PACK_BYTES, MAX_PACK_QUESTIONS, namespaced, read_pack
from .questions import DIFFICULTIES, Question, QuestionBank, pick

__all__ = [
    "DIFFICULTIES",
    "MAX_FILE_BYTES",
    "MAX_PACK_BYTES",
    "MAX_PACK_QUESTIONS",
    "OPTION_LETTERS",
    "AnswerKind",
    "Question",
    "QuestionBank",
    "giveaways",
    "kind_of",
    "load_bank",
    "names_an_answer",
    "namespaced",
    "options_for",
    "parse_bank",
    "pick",
    "questions_as_shown",
    "read_pack",
    "title_for",
]
