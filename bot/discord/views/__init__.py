"""The bot's message components: the answer buttons of a multiple-choice round
(choices) and the page buttons of boards and reports (pager)."""

from .choices import ChoiceButton, choice_view, label
from .pager import Pager

__all__ = ["ChoiceButton", "Pager", "choice_view", "label"]
