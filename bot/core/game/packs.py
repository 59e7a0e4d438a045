"""A server's question packs, ready to play: stored by the store, parsed on demand, and
kept parsed in a least-recently-used cache of a bounded size.

The store holds every pack's file (they survive restarts, and backups carry them);
memory holds only the packs played lately, however many servers upload. A cached
pack is used only while its digest is the stored one, so a pack replaced elsewhere is
read again. Parsing runs off the event loop; two games that start at once on a pack
not yet in memory wait for one parse.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from ..bank import DIFFICULTIES, QuestionBank, read_pack
from ..errors import CatalogueError
from ..store import BUILTIN_PACK, PACK_NAME, PackInfo, Store
from .start import MODES

MAX_PACKS = 25  # per server
# Questions of parsed packs kept in memory, all servers together (TRIVIA_PACK_CACHE): a
# parsed question takes about 12 KiB (its answer key, mostly), so about 120 MiB at most.
DEFAULT_CACHE_SIZE = 10_000


class PackRefused(CatalogueError):
    """A pack that cannot be added, or a name that is not one."""


def check_name(name: str, reserved: Iterable[str] = ()) -> None:
    """Refuse a name a pack may not have: it must be one lower-case word of letters,
    digits and hyphens, at most 32 characters, and no word that `start` reads as
    something else: a number, a difficulty, a mode, or one of `reserved` (the command
    words and the categories the server plays)."""
    shown = name[:40]
    if not PACK_NAME.fullmatch(name):
        raise PackRefused("pack.bad_name", name=shown, suggestion=_suggestion(name))
    if name == BUILTIN_PACK:
        raise PackRefused("pack.builtin_name", name=name)
    if name.replace("-", "").isdigit() or name in DIFFICULTIES or name in MODES or name in set(reserved):
        raise PackRefused("pack.reserved_name", name=name)


def _suggestion(name: str) -> str:
    folded = "-".join("".join(c if c.isascii() and c.isalnum() else " " for c in name.casefold()).split())
    return folded[:32].strip("-") or "my-pack"


def split_pack(words: list[str], names: Iterable[str]) -> tuple[str | None, list[str]]:
    """The first of `words` that names a pack (`names`), and the other words."""
    known = set(names)
    for index, word in enumerate(words):
        if word.casefold() in known:
            return word.casefold(), words[:index] + words[index + 1 :]
    return None, words


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def info_of(bank: QuestionBank, name: str, filename: str, data: bytes, uploaded_by: int, at: float) -> PackInfo:
    """What the store keeps about a parsed pack, besides its file."""
    return PackInfo(
        name=name,
        filename=filename,
        format=bank.format,
        questions=len(bank),
        categories=dict(sorted(Counter(q.category for q in bank).items())),
        digest=digest_of(data),
        uploaded_by=uploaded_by,
        uploaded_at=int(at),
    )


@dataclass(frozen=True)
class Added:
    """A pack just stored: what a listing shows, its questions, and whether it replaced one."""

    info: PackInfo
    bank: QuestionBank
    replaced: bool


class PackCache:
    """Parsed packs by (server, name), the least recently used dropped while they hold
    more than `size` questions in all (the most recent pack is kept whatever its size).
    Questions, not packs, are counted: memory goes with them, and a pack holds 1 to 2,000."""

    def __init__(self, size: int = DEFAULT_CACHE_SIZE) -> None:
        self.size = size
        self.questions = 0  # of the packs held
        self._banks: OrderedDict[tuple[int, str], tuple[str, QuestionBank]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._banks)

    def get(self, guild_id: int, name: str, digest: str) -> QuestionBank | None:
        found = self._banks.get((guild_id, name))
        if found is None or found[0] != digest:
            return None
        self._banks.move_to_end((guild_id, name))
        return found[1]

    def put(self, guild_id: int, name: str, digest: str, bank: QuestionBank) -> None:
        self.drop(guild_id, name)
        self._banks[(guild_id, name)] = (digest, bank)
        self.questions += len(bank)
        while self.questions > self.size and len(self._banks) > 1:
            _, (_, oldest) = self._banks.popitem(last=False)
            self.questions -= len(oldest)

    def drop(self, guild_id: int, name: str) -> None:
        found = self._banks.pop((guild_id, name), None)
        if found is not None:
            self.questions -= len(found[1])


class PackLibrary:
    """Every server's packs: stored by `store`, parsed ones kept in a PackCache."""

    def __init__(self, store: Store, cache_size: int = DEFAULT_CACHE_SIZE) -> None:
        self.store = store
        self.cache = PackCache(cache_size)
        self._loading: dict[tuple[int, str, str], asyncio.Future[QuestionBank]] = {}

    async def add(self, guild_id: int, name: str, data: bytes, filename: str, uploaded_by: int) -> Added:
        """Parse an uploaded file as pack `name` (QuestionFileError: nothing changes) and
        store it, replacing the pack of that name in one transaction (PackRefused: the
        server holds the most packs already)."""
        bank = await asyncio.to_thread(read_pack, data, name, filename)
        info = info_of(bank, name, filename, data, uploaded_by, time.time())
        replaced = await self.store.pack_info(guild_id, name) is not None
        if not await self.store.put_pack(guild_id, info, data, MAX_PACKS):
            raise PackRefused("pack.full", most=MAX_PACKS)
        self.cache.put(guild_id, name, info.digest, bank)
        return Added(info, bank, replaced)

    async def bank(self, guild_id: int, name: str) -> QuestionBank | None:
        """The questions of one of the server's packs; None if it has none of that name.
        A stored file that no longer loads raises QuestionFileError."""
        info = await self.store.pack_info(guild_id, name)
        if info is None:
            self.cache.drop(guild_id, name)
            return None
        cached = self.cache.get(guild_id, name, info.digest)
        if cached is not None:
            return cached
        key = (guild_id, name, info.digest)
        loading = self._loading.get(key)
        if loading is None:
            loading = self._loading[key] = asyncio.ensure_future(self._load(guild_id, info))
            loading.add_done_callback(lambda _: self._loading.pop(key, None))
        return await asyncio.shield(loading)

    async def _load(self, guild_id: int, info: PackInfo) -> QuestionBank:
        data = await self.store.pack_file(guild_id, info.name)
        if data is None or digest_of(data) != info.digest:  # replaced or removed meanwhile: read it anew
            return await self.bank(guild_id, info.name) or QuestionBank(())
        bank = await asyncio.to_thread(read_pack, data, info.name, info.filename)
        self.cache.put(guild_id, info.name, info.digest, bank)
        return bank

    async def listing(self, guild_id: int) -> list[PackInfo]:
        return await self.store.packs(guild_id)

    async def names(self, guild_id: int) -> list[str]:
        return [info.name for info in await self.store.packs(guild_id)]

    async def file(self, guild_id: int, name: str) -> bytes | None:
        return await self.store.pack_file(guild_id, name)

    async def remove(self, guild_id: int, name: str) -> bool:
        """Forget a pack, its rotation and, if it was the server's default, that setting."""
        self.cache.drop(guild_id, name)
        return await self.store.remove_pack(guild_id, name)
