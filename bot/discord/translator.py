"""Slash commands in the language of each Discord client.

Discord shows a command's name and descriptions in the client's language when the
command carries localisations; discord.py asks a Translator for them while it builds
the payload it syncs. The texts come from the catalogue (`catalogue.TERMS`).
"""

from __future__ import annotations

import discord
from discord import app_commands

from ..core.catalogue import TERMS

_BY_LOCALE = {discord.Locale.korean: TERMS["ko"]}


class CatalogueTranslator(app_commands.Translator):
    async def translate(
        self, string: app_commands.locale_str, locale: discord.Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        """The text in `locale`, or None: Discord then shows the English one."""
        table = _BY_LOCALE.get(locale)
        return None if table is None else table.get(string.message)
