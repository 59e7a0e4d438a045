"""What the pack commands do: a server's question packs, uploaded as a Discord
attachment, listed, played, given back and removed (the commands are in cogs/packs.py).

Only the attachment Discord delivered is read, through discord.py's `Attachment`,
never a URL typed in a message: its declared size is checked before anything is
downloaded, and the download has a time limit. A pack is parsed off the event loop by
the same loader as the bot's own file, and stored only if every question is sound; a
pack of a name that exists replaces it in one transaction, so a broken new version
keeps the old one. Every reply fits a Discord message whatever the file holds.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from ..core.bank import MAX_PACK_BYTES, QuestionBank
from ..core.catalogue import say, term
from ..core.errors import CatalogueError, QuestionFileError
from ..core.game import MAX_PACKS, PackRefused, check_name, split_pack
from ..core.store import BUILTIN_PACK, PackInfo
from . import limits

if TYPE_CHECKING:
    from .client import TriviaBot

log = logging.getLogger(__name__)
EXTENSIONS = (".yaml", ".yml")
PROBLEMS_BUDGET = 1500  # of a reply's 2,000 characters: the rest is the frame around the problems
NOTES_BUDGET = 500
LIST_BUDGET = 1700
# Words a pack may not be named, besides the categories a server plays: what follows
# `!trivia` (its subcommands are added from the command itself) or `!trivia pack`.
COMMAND_WORDS = frozenset({"trivia", "pack", "packs", "add", "remove", "get", "default", "all", "help"})


class UnknownPack(CatalogueError):
    def __init__(self, name: str, prefix: str) -> None:
        super().__init__("pack.unknown", name=limits.plain(limits.clip(name, 40)), prefix=prefix)


class PackDesk:
    def __init__(self, bot: TriviaBot) -> None:
        self.bot = bot

    @property
    def prefix(self) -> str:
        return self.bot.shown_prefix

    async def add(self, guild_id: int, name: str, attachments: Sequence[discord.Attachment], uploader: int) -> str:
        """Upload a pack from the one attachment of a command; the reply."""
        if not name:
            return say("pack.usage", prefix=self.prefix)
        try:
            check_name(name, await self.reserved_words(guild_id, name))
            attachment = self._the_file(attachments, name)
            data = await self._download(attachment)
        except PackRefused as error:
            return str(error)
        try:
            added = await self.bot.packs.add(guild_id, name, data, attachment.filename, uploader)
        except PackRefused as error:
            return str(error)
        except QuestionFileError as error:
            kept = await self.bot.packs.store.pack_info(guild_id, name) is not None
            return self._problems_text(name, error, kept)
        log.info("server %s stored pack %s: %d questions", guild_id, name, len(added.bank))
        key = "pack.replaced" if added.replaced else "pack.added"
        notes = [str(note) for note in added.bank.notes]
        return limits.content(
            say(
                key,
                name=name,
                count=len(added.bank),
                categories=self._categories(added.info.categories),
                prefix=self.prefix,
                notes=say("pack.notes", notes=_in_code_block(notes, NOTES_BUDGET)) if notes else "",
            )
        )

    def _the_file(self, attachments: Sequence[discord.Attachment], name: str) -> discord.Attachment:
        """The one .yaml file attached, refused from its declared size if it is too large."""
        if not attachments:
            raise PackRefused("pack.no_file", prefix=self.prefix, name=name)
        if len(attachments) > 1:
            raise PackRefused("pack.many_files", count=len(attachments))
        attachment = attachments[0]
        shown = limits.plain(limits.clip(attachment.filename, 60))
        if not attachment.filename.casefold().endswith(EXTENSIONS):
            raise PackRefused("pack.not_yaml", file=shown)
        if attachment.size > MAX_PACK_BYTES:
            raise PackRefused(
                "pack.too_large", file=shown, size=_mebibytes(attachment.size), most=_mebibytes(MAX_PACK_BYTES)
            )
        return attachment

    async def _download(self, attachment: discord.Attachment) -> bytes:
        seconds = self.bot.settings.pack_download_seconds
        shown = limits.plain(limits.clip(attachment.filename, 60))
        try:
            async with asyncio.timeout(seconds):
                data = await attachment.read()
        except TimeoutError:
            raise PackRefused("pack.download_slow", file=shown, seconds=f"{seconds:g}") from None
        except discord.HTTPException as error:
            raise PackRefused("pack.download_failed", file=shown, status=error.status) from None
        if len(data) > MAX_PACK_BYTES:  # larger than Discord declared
            raise PackRefused("pack.too_large", file=shown, size=_mebibytes(len(data)), most=_mebibytes(MAX_PACK_BYTES))
        return data

    def _problems_text(self, name: str, error: QuestionFileError, kept: bool) -> str:
        problems = _in_code_block([str(p) for p in error.problems], PROBLEMS_BUDGET)
        text = say("pack.problems", name=name, count=len(error.problems), problems=problems)
        if kept:
            text += say("pack.kept", name=name)
        return limits.content(text)

    async def reserved_words(self, guild_id: int, name: str) -> set[str]:
        """What `start` would read as something other than a pack: the command words and
        the categories of the bot's own questions and of the server's other packs."""
        group = self.bot.get_command("trivia")
        words = set(COMMAND_WORDS) | set(getattr(group, "all_commands", {}))
        words |= {c.casefold() for c in self.bot.bank.categories()}
        for info in await self.bot.packs.listing(guild_id):
            if info.name != name:
                words |= {c.casefold() for c in info.categories}
        return words

    async def bank(self, guild_id: int, name: str) -> QuestionBank:
        """The questions of pack `name` of the server (`builtin`: the bot's own file)."""
        if name == BUILTIN_PACK:
            return self.bot.bank
        try:
            bank = await self.bot.packs.bank(guild_id, name)
        except QuestionFileError as error:
            log.warning("pack %s of server %s no longer loads: %s", name, guild_id, error)
            raise PackRefused("pack.broken", name=name, count=len(error.problems), prefix=self.prefix) from None
        if bank is None:
            raise UnknownPack(name, self.prefix)
        return bank

    async def default_bank(self, guild_id: int, name: str) -> QuestionBank:
        """The server's default pack; the bot's own file if that pack is gone."""
        try:
            return await self.bank(guild_id, name)
        except UnknownPack:
            log.warning("server %s has no pack %s any more; playing %s", guild_id, name, BUILTIN_PACK)
            return self.bot.bank

    async def for_start(
        self, guild_id: int, words: list[str], default: str, named: str | None = None
    ) -> tuple[str, QuestionBank, list[str]]:
        """The pack a start plays (`named` by a slash option, else the first word that
        names one, else the server's default), its questions, and the other words."""
        if named is None:
            named, words = split_pack(words, await self.names(guild_id))
        if named is not None:
            return named.casefold(), await self.bank(guild_id, named.casefold()), words
        bank = await self.default_bank(guild_id, default)
        return (default if bank is not self.bot.bank else BUILTIN_PACK), bank, words

    async def names(self, guild_id: int) -> list[str]:
        return [BUILTIN_PACK, *await self.bot.packs.names(guild_id)]

    async def listing(self, guild_id: int) -> str:
        packs = await self.bot.packs.listing(guild_id)
        default = (await self.bot.server_settings(guild_id)).pack
        rows = [self._row(BUILTIN_PACK, len(self.bot.bank), self.bot.bank.categories(), "builtin", default)]
        rows += [self._row(p.name, p.questions, p.categories, p.format, default) for p in packs]
        shown = limits.rows(rows, LIST_BUDGET, say("packs.more", n="{n}"))
        lines = [say("packs.title", count=len(packs), most=MAX_PACKS), *shown, say("packs.footer", prefix=self.prefix)]
        return limits.content("\n".join(lines))

    def _row(self, name: str, count: int, categories: dict[str, int], kind: str, default: str) -> str:
        return say(
            "packs.row",
            mark="⭐ " if name == default else "",
            name=name,
            kind=say("packs.builtin") if kind == "builtin" else say("packs.red") if kind == "red" else "",
            count=count,
            categories=self._categories(categories),
        )

    @staticmethod
    def _categories(categories: dict[str, int]) -> str:
        return limits.plain(limits.clip(", ".join(term(c) for c in categories), 80))

    async def remove(self, guild_id: int, name: str) -> str:
        if not name:
            return say("pack.usage", prefix=self.prefix)
        if name.casefold() == BUILTIN_PACK:
            return say("pack.builtin_kept", name=BUILTIN_PACK)
        info = await self.bot.packs.store.pack_info(guild_id, name)
        default = (await self.bot.server_settings(guild_id)).pack
        if info is None or not await self.bot.packs.remove(guild_id, name):
            return str(UnknownPack(name, self.prefix))
        note = say("pack.removed_default", builtin=BUILTIN_PACK) if default == name else ""
        return say("pack.removed", name=name, count=info.questions, note=note)

    async def file(self, guild_id: int, name: str) -> tuple[str, discord.File]:
        """A pack's file, as uploaded (the bot's own file for `builtin`), and its reply."""
        if not name:
            raise PackRefused("pack.usage", prefix=self.prefix)
        if name.casefold() == BUILTIN_PACK:
            path = self.bot.settings.questions_path
            data = await asyncio.to_thread(path.read_bytes)
            text = say("pack.file", name=BUILTIN_PACK, count=len(self.bot.bank))
            return text, discord.File(io.BytesIO(data), path.name)
        info: PackInfo | None = await self.bot.packs.store.pack_info(guild_id, name)
        data_or_none = await self.bot.packs.file(guild_id, name) if info is not None else None
        if info is None or data_or_none is None:
            raise UnknownPack(name, self.prefix)
        filename = name + (".yml" if info.filename.casefold().endswith(".yml") else ".yaml")
        return say("pack.file", name=name, count=info.questions), discord.File(io.BytesIO(data_or_none), filename)

    async def choices(self, guild_id: int, typed: str, builtin: bool = True) -> list[tuple[str, str]]:
        """(label, name) of the server's packs whose name holds what is typed, for autocomplete."""
        packs = [(p.name, p.questions) for p in await self.bot.packs.listing(guild_id)]
        if builtin:
            packs.insert(0, (BUILTIN_PACK, len(self.bot.bank)))
        typed = typed.casefold().strip()
        found = [(say("packs.choice", name=n, count=c), n) for n, c in packs if typed in n]
        return found[:25]

    async def question_texts(self, guild_id: int, question_ids: Sequence[str]) -> dict[str, str]:
        """The text of each question id of the bot's file or of the server's packs, where
        it still exists (for the reports, whose ids name their pack)."""
        texts = {q.id: q.text for q in self.bot.bank}
        for pack in sorted({qid.partition("/")[0] for qid in question_ids if "/" in qid}):
            try:
                bank = await self.bot.packs.bank(guild_id, pack)
            except QuestionFileError:
                continue
            texts |= {q.id: q.text for q in bank or ()}
        return texts


def _in_code_block(lines: list[str], budget: int) -> str:
    """Lines to show in a code block: cut to `budget` with the count of the rest, and
    no run of backticks that would close the block."""
    safe = [line.replace("```", "`\u200b`\u200b`") for line in lines]
    return "\n".join(limits.rows(safe, budget, say("pack.more_problems", n="{n}")))


def _mebibytes(size: int) -> str:
    return f"{size / 2**20:.1f}".rstrip("0").rstrip(".")
