"""The bot's message components: the answer buttons of a multiple-choice round
(choices), the page buttons of boards and reports (pager), the button that confirms
erasing a member's data (forget), and the answer to any other click (leftovers).
Every one is a dynamic item, so a click is answered whatever its age."""

from .choices import ChoiceButton, choice_view, label
from .forget import ForgetButton, forget_view
from .leftovers import LeftoverButton
from .pager import LISTS, PageButton, page_view

DYNAMIC_ITEMS = (ChoiceButton, PageButton, ForgetButton, LeftoverButton)

__all__ = [
    "DYNAMIC_ITEMS",
    "LISTS",
    "ChoiceButton",
    "ForgetButton",
    "LeftoverButton",
    "PageButton",
    "choice_view",
    "forget_view",
    "label",
    "page_view",
]
