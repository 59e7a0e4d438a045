"""Files as Discord's CDN serves them: attachments of user messages and of slash
command options, and the files the bot uploads.

A user's attachment reaches a bot as an attachment object (id, filename, declared
size, URL, proxy URL, content type), in the message's `attachments` or, for a slash
option of type ATTACHMENT (11), in the interaction's `resolved.attachments`. The file
itself stays on the CDN until the bot downloads it from that URL, without the bot's
token, and a CDN URL is signed (`ex`, `is`, `hm`): a URL made up or edited gets 404.
The fake's CDN is a route of its own on the same loopback server, and records every
download, so that a test can tell that a file was never fetched.

Files the bot sends come as multipart/form-data (`payload_json` and `files[n]`), as
discord.py sends them; `read_body` reads either that or JSON.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from . import fake_rules as rules
from .fake_model import snowflake

Json = dict[str, Any]
CDN_PATH = "/cdn/attachments/{channel}/{attachment}/{filename}"


UPLOAD_LIMIT = 10 * 2**20  # bytes per file a bot may upload (Discord's default for a server)
FILES = web.RequestKey("files", list)  # the files uploaded with a request: (filename, bytes)


@dataclass
class CdnFile:
    """A file a user attached, kept on the CDN."""

    id: int
    channel_id: int
    filename: str
    data: bytes
    content_type: str | None
    size: int  # as declared in the attachment object (the real size unless a test says otherwise)
    base_url: str

    @property
    def signature(self) -> str:
        return hashlib.sha256(f"{self.id}:{self.filename}".encode()).hexdigest()[:32]

    @property
    def url(self) -> str:
        expires = f"{int(time.time()) + 86_400:x}"
        issued = f"{int(time.time()):x}"
        path = CDN_PATH.format(channel=self.channel_id, attachment=self.id, filename=self.filename)
        return f"{self.base_url}{path}?ex={expires}&is={issued}&hm={self.signature}&"

    @property
    def payload(self) -> Json:
        """The attachment object, as in a message or in `resolved.attachments`."""
        data: Json = {
            "id": str(self.id),
            "filename": self.filename,
            "size": self.size,
            "url": self.url,
            "proxy_url": self.url.replace("/cdn/", "/media/"),
        }
        if self.content_type is not None:
            data["content_type"] = self.content_type
        return data


class FakeCdn:
    """The CDN half of FakeDiscord: what users attached, and who downloaded it."""

    def __init__(self) -> None:
        self.files: dict[int, CdnFile] = {}
        self.downloads: list[tuple[int, str]] = []  # (attachment id, filename) of each file served
        self.delay = 0.0  # seconds the CDN holds each download (a slow network)
        self.base_url = ""

    def add(
        self, channel_id: int, filename: str, data: bytes, content_type: str | None = None, size: int | None = None
    ) -> CdnFile:
        file = CdnFile(
            snowflake(), channel_id, filename, data, content_type, len(data) if size is None else size, self.base_url
        )
        self.files[file.id] = file
        return file

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/cdn/attachments/{channel}/{attachment}/{filename}", self._serve)]

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        file = self.files.get(int(request.match_info["attachment"]))
        if (
            file is None
            or str(file.channel_id) != request.match_info["channel"]
            or file.filename != request.match_info["filename"]
            or request.query.get("hm") != file.signature
            or not request.query.get("ex")
        ):
            return web.Response(status=404, text="This content is no longer available.")
        if self.delay:
            await asyncio.sleep(self.delay)
        self.downloads.append((file.id, file.filename))
        return web.Response(body=file.data, content_type=file.content_type or "application/octet-stream")


async def read_body(request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
    """A REST request's JSON body and the files uploaded with it (multipart/form-data)."""
    if not request.body_exists:
        return {}, []
    if request.content_type != "multipart/form-data":
        return await request.json(), []
    body: Any = {}
    files: list[tuple[str, bytes]] = []
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        assert isinstance(part, BodyPartReader)
        if part.name == "payload_json":
            body = json.loads(await part.text())
        elif (part.name or "").startswith("files["):
            files.append((part.filename or "", bytes(await part.read())))
    return body, files


def upload_problems(files: list[tuple[str, bytes]], limit: int) -> list[str]:
    """What Discord refuses of the files a bot uploads: each at most `limit` bytes, 10 at most."""
    problems = [f"files[{n}]: File is too large ({len(d)} bytes)." for n, (_, d) in enumerate(files) if len(d) > limit]
    if len(files) > 10:
        problems.append("files: Must be 10 or fewer in length.")
    return problems


def too_large(problems: list[str]) -> web.Response:
    """Discord's answer to an upload over the limit: 413, code 40005."""
    return rules.error(413, 40005, "Request entity too large: " + "; ".join(problems))
