"""Interactions as Discord runs them, for FakeDiscord.

What users send: slash commands, with each option typed as the command registered it
(Discord's client sends a STRING option as text, an INTEGER one as a whole number
within its `min_value` and `max_value`, a choice only from its choices), and clicks
on buttons. What a server's members are offered: the global commands and that
server's own commands side by side (the same name twice, if both exist), each as a
client in a given locale shows it (`as_seen`).

How the bot must answer, with the checks Discord makes: the first response within
3 seconds (10062 after that), one acknowledgement (40060), and a deferred response
("the bot is thinking…") whose first follow-up does not create a message but edits
the thinking message, keeping the visibility chosen when deferring: "the ephemeral
flag will be ignored, and the value you provided in the initial defer response will
be preserved" (Create Followup Message,
https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message;
discord-api-docs#2866). After a deferred update of a click (type 6), the original
response is the message the button is on. Every interaction the bot does not answer
within 3 seconds is recorded (`unanswered`); the `fake` fixture fails a test that
leaves one behind ("This interaction failed", on a real client).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import fake_rules as rules
from .fake_cdn import FILES, UPLOAD_LIMIT, CdnFile, too_large, upload_problems
from .fake_model import ADMINISTRATOR, Guild, Json, User, snowflake

if TYPE_CHECKING:
    from .fake_rest import Sent

EPHEMERAL = 1 << 6
STRING, INTEGER, BOOLEAN, USER, NUMBER = 3, 4, 5, 6, 10


class CommandUnavailable(Exception):
    """Discord would not show this slash command (or option value) to this user."""


@dataclass
class Interaction:
    token: str
    channel_id: int
    created: float
    payload: Json
    answered_at: float | None = None  # when the bot acknowledged it (within the deadline)
    message_id: int | None = None  # the message whose button was clicked
    loading: bool = False  # deferred ("thinking…") and not yet followed up
    ephemeral: bool = False  # the visibility chosen when deferring

    @property
    def acknowledged(self) -> bool:
        return self.answered_at is not None


class FakeInteractions:
    """The interaction half of FakeDiscord (its state lives there)."""

    if TYPE_CHECKING:
        sent: list[Sent]
        edits: list[tuple[int, Json]]
        commands: list[Json]
        guild_commands: dict[int, list[Json]]
        guilds: dict[int, Guild]
        channel_guild: dict[int, int]
        bot_user: User
        application_id: int
        _interactions: dict[str, Interaction]
        _originals: dict[str, Json]
        autocompletes: dict[str, list[Json]]

        def dispatch(self, event: str, data: Json) -> None: ...
        def _message(self, channel_id: int, author: User, content: str) -> Json: ...
        def _update(self, message_id: int, body: Json, channel_id: int = 0) -> Json: ...
        def _record(
            self,
            channel_id: int,
            body: Json,
            via_interaction: bool,
            ephemeral: bool | None = None,
            id: int = 0,
            files: list[tuple[str, bytes]] | None = None,
        ) -> Json: ...

    # --- what users send ---------------------------------------------------------------

    def inject_slash(self, channel_id: int, user: User, *path: str, **options: Any) -> Json:
        """A user runs `/trivia <sub> [options]`: INTERACTION_CREATE of an application command.

        Each option is sent as its registered type says (a number typed into a STRING
        option arrives as text); a value the client would not let the user send (text
        in an INTEGER option, a number out of its range, a value that is none of its
        choices) raises CommandUnavailable. An option given as a `User` is a USER
        option: its value is the id, and the member comes in `resolved`. Raises
        CommandUnavailable where Discord would not offer the command to the user: its
        default member permissions are more than the user has (owners and
        administrators see everything). Before the first sync, options are typed by
        their Python value.
        """
        guild, data = self._slash_data(channel_id, user, path, options)
        return self._interaction(2, guild, channel_id, user, data)

    def _slash_data(
        self, channel_id: int, user: User, path: tuple[str, ...], options: dict[str, Any]
    ) -> tuple[Guild, Json]:
        """The server and the `data` of an application command interaction, as Discord builds them."""
        guild = self.guilds[self.channel_guild[channel_id]]
        top, *subs = path
        if not self.offers(guild, user, top):
            raise CommandUnavailable(f"Discord does not offer /{top} to {user.name}")
        command = self._command(guild.id, top)
        registered = _options_of(command, subs) if command else None
        opts: list[Json] = []
        resolved: Json = {}
        for name, value in options.items():
            if isinstance(value, CdnFile):  # an ATTACHMENT option, resolved as Discord sends it
                opts.append({"name": name, "type": 11, "value": str(value.id)})
                resolved.setdefault("attachments", {})[str(value.id)] = value.payload
            elif isinstance(value, User):
                opts.append({"name": name, "type": USER, "value": str(value.id)})
                resolved.setdefault("users", {})[str(value.id)] = value.payload
                if value.id in guild.members:
                    member = guild.member_payload(value.id, with_user=False)
                    member["permissions"] = str(guild.permissions_in(value.id, channel_id))
                    resolved.setdefault("members", {})[str(value.id)] = member
            elif registered is None:
                opts.append({"name": name, "type": option_type(value), "value": value})
            else:
                opts.append(_as_registered(registered, "/" + " ".join(path), name, value))
        for name in reversed(subs):
            opts = [{"name": name, "type": 1, "options": opts}]
        data: Json = {
            "id": command["id"] if command else str(snowflake()),
            "name": top,
            "type": 1,
            "options": opts,
        }
        if resolved:
            data["resolved"] = resolved
        return guild, data

    def inject_autocomplete(self, channel_id: int, user: User, *path: str, focused: str, **options: Any) -> Json:
        """A user types in option `focused` of `/trivia <sub>`: an autocomplete interaction
        (type 4), with the options typed so far and the focused one flagged, as Discord
        sends it at each keystroke. The bot's choices land in `autocompletes[token]`."""
        guild, data = self._slash_data(channel_id, user, path, options)
        leaves = data["options"]
        while leaves and leaves[0].get("type") in (1, 2):  # through subcommands and their groups
            leaves = leaves[0]["options"]
        for option in leaves:
            if option["name"] == focused:
                option["focused"] = True
                option["type"] = 3  # what is typed so far is text, whatever the option's type
                option["value"] = str(option["value"])
        return self._interaction(4, guild, channel_id, user, data)

    async def choices_offered(self, interaction: Json, timeout: float = 5.0) -> list[Json]:
        """The choices the bot answered an autocomplete interaction with."""
        deadline = time.monotonic() + timeout
        while (found := self.autocompletes.get(interaction["token"])) is None:
            if time.monotonic() > deadline:
                raise AssertionError("the bot offered no autocomplete choices")
            await asyncio.sleep(0.02)
        return found

    def inject_click(self, message: Sent, user: User, custom_id: str) -> Json:
        """A user clicks a button of a bot message: INTERACTION_CREATE of a component.
        Only a button the message shows can be clicked (a client that has not yet seen
        an edit greying it out still may)."""
        if all(b.get("custom_id") != custom_id for b in self.buttons(message)):
            raise CommandUnavailable(f"message {message.id} shows no button {custom_id!r} to click")
        guild = self.guilds[self.channel_guild[message.channel_id]]
        data = {"custom_id": custom_id, "component_type": 2}
        return self._interaction(3, guild, message.channel_id, user, data, message=message.payload)

    def buttons(self, message: Sent) -> list[Json]:
        """The buttons a message shows now (after any edits)."""
        return [b for row in message.payload.get("components") or [] for b in row.get("components") or []]

    def old_message(self, channel_id: int, content: str, custom_ids: list[str]) -> Sent:
        """A message the bot posted long ago (an older version of it), with buttons."""
        buttons = [{"type": 2, "style": 2, "label": "?", "custom_id": c} for c in custom_ids]
        self._record(channel_id, {"content": content, "components": [{"type": 1, "components": buttons}]}, False)
        return self.sent[-1]

    def _interaction(self, kind: int, guild: Guild, channel_id: int, user: User, data: Json, **extra: Any) -> Json:
        room = guild.rooms[channel_id]
        member = guild.member_payload(user.id) | {"permissions": str(guild.permissions_in(user.id, channel_id))}
        interaction = {
            "id": str(snowflake()),
            "application_id": str(self.application_id),
            "type": kind,
            "token": f"itoken-{snowflake()}",
            "version": 1,
            "guild_id": str(guild.id),
            "channel_id": str(channel_id),
            "channel": room.payload(guild.id),
            "member": member,
            # The bot's permissions in this channel, overwrites included.
            "app_permissions": str(guild.permissions_in(self.bot_user.id, channel_id)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
            "attachment_size_limit": 10_000_000,
            "data": data,
        } | extra
        clicked = int(extra["message"]["id"]) if "message" in extra else None
        self._interactions[interaction["token"]] = Interaction(
            interaction["token"], channel_id, time.monotonic(), interaction, message_id=clicked
        )
        self.dispatch("INTERACTION_CREATE", interaction)
        return interaction

    # --- what users are offered ----------------------------------------------------------

    def _command(self, guild_id: int, top: str) -> Json | None:
        """The registered command `top` a member of the server would run: the global one,
        else the server's own."""
        everywhere = [*self.commands, *self.guild_commands.get(guild_id, [])]
        return next((c for c in everywhere if c["name"] == top), None)

    def offers(self, guild: Guild, user: User, top: str) -> bool:
        """Does Discord show the top-level command `top` to `user` in `guild`?"""
        required = (self._command(guild.id, top) or {}).get("default_member_permissions")
        if required is None:
            return True
        needed = int(required) or ADMINISTRATOR  # "0": administrators only
        return guild.permissions_of(user.id) & needed == needed  # owners and admins hold every bit

    def offered(self, guild: Guild) -> list[str]:
        """The top-level commands a server's members see in its command list: the global
        ones and the server's own, side by side (Discord lists a name twice if both exist)."""
        return [c["name"] for c in [*self.commands, *self.guild_commands.get(guild.id, [])]]

    def as_seen(self, top: str, locale: str) -> Json:
        """The global command `top` as a client in `locale` shows it: each name,
        description and choice name in that locale where the command carries one."""
        command = next(c for c in self.commands if c["name"] == top)
        return _localised(command, locale)

    # --- the deadline ---------------------------------------------------------------------

    def unanswered(self) -> list[Json]:
        """Interactions the bot did not acknowledge within 3 seconds (those younger than
        that and not yet answered are still in time)."""
        now = time.monotonic()
        late = []
        for interaction in self._interactions.values():
            answered = interaction.answered_at if interaction.answered_at is not None else now
            if answered - interaction.created > rules.INTERACTION_DEADLINE:
                late.append(interaction.payload)
        return late

    async def answered(self, interaction: Json) -> bool:
        """Wait for the bot to acknowledge `interaction`; False if 3 seconds pass first."""
        record = self._interactions[interaction["token"]]
        while not record.acknowledged:
            if time.monotonic() - record.created > rules.INTERACTION_DEADLINE:
                return False
            await asyncio.sleep(0.01)
        return True

    # --- REST --------------------------------------------------------------------------

    def _interaction_routes(self) -> list[tuple[str, str, Callable[..., Any]]]:
        return [
            (r"/interactions/(\d+)/([^/]+)/callback", "POST", self._interaction_callback),
            (r"/webhooks/(\d+)/([^/]+)", "POST", self._followup),
            (r"/webhooks/(\d+)/([^/]+)/messages/@original", "GET", self._original),
            (r"/webhooks/(\d+)/([^/]+)/messages/@original", "PATCH", self._edit_original),
            (r"/webhooks/(\d+)/([^/]+)/messages/(\d+)", "PATCH", self._edit_followup),
        ]

    async def _interaction_callback(
        self, request: web.Request, body: Json, interaction_id: str, token: str
    ) -> web.Response:
        interaction = self._interactions.get(token)
        if interaction is None or time.monotonic() - interaction.created > rules.INTERACTION_DEADLINE:
            return rules.error(404, 10062, "Unknown interaction")
        if interaction.acknowledged:
            return rules.error(400, 40060, "Interaction has already been acknowledged.")
        data = body.get("data") or {}
        kind = body.get("type", 4)
        if kind == 8:  # the choices of an autocomplete interaction
            return self._autocomplete_result(interaction, interaction_id, data)
        if problems := rules.message_problems(data):
            return rules.invalid_form_body(problems)
        interaction.answered_at = time.monotonic()
        if kind == 5:  # "the bot is thinking…": its visibility is decided now, for good
            interaction.loading = True
            interaction.ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
            message = self._message(interaction.channel_id, self.bot_user, "")
        elif kind == 6:  # a click acknowledged silently: the original is the clicked message
            message = self._clicked(interaction)
        elif kind == 7:  # a click answered by updating the message it was on
            self.edits.append((interaction.message_id or 0, data))
            message = self._update(interaction.message_id or 0, data)
        else:
            message = self._record(interaction.channel_id, data, via_interaction=True, files=request[FILES])
        self._originals[token] = message
        return rules.json_response(
            {
                "interaction": {
                    "id": interaction_id,
                    "type": 2,
                    "response_message_id": message["id"],
                    "response_message_loading": kind == 5,
                    "response_message_ephemeral": bool(int(data.get("flags") or 0) & EPHEMERAL),
                },
                "resource": {"type": kind, "message": message},
            }
        )

    def _autocomplete_result(self, interaction: Interaction, interaction_id: str, data: Json) -> web.Response:
        """Up to 25 choices, each with a name of 1 to 100 characters and a value of at most
        100 (as Discord checks them); what the member's client then shows."""
        choices = list(data.get("choices") or [])
        problems = [] if len(choices) <= 25 else ["data.choices: Must be 25 or fewer in length."]
        for n, choice in enumerate(choices):
            if not 1 <= len(str(choice.get("name") or "")) <= 100:
                problems.append(f"data.choices.{n}.name: Must be between 1 and 100 in length.")
            if len(str(choice.get("value"))) > 100:
                problems.append(f"data.choices.{n}.value: Must be 100 or fewer in length.")
        if problems:
            return rules.invalid_form_body(problems)
        interaction.answered_at = time.monotonic()
        self.autocompletes[interaction.token] = choices
        return rules.json_response({"interaction": {"id": interaction_id, "type": 4}})

    def _clicked(self, interaction: Interaction) -> Json:
        original = next((m for m in self.sent if m.id == interaction.message_id), None)
        return original.payload if original is not None else self._message(interaction.channel_id, self.bot_user, "")

    def _finish_loading(
        self, interaction: Interaction, body: Json, files: list[tuple[str, bytes]] | None = None
    ) -> Json:
        """The thinking message becomes the answer, as public or private as it was deferred."""
        interaction.loading = False
        placeholder = self._originals.get(interaction.token) or {}
        message = self._record(
            interaction.channel_id,
            body,
            via_interaction=True,
            ephemeral=interaction.ephemeral,
            id=int(placeholder.get("id") or 0),
            files=files,
        )
        self._originals[interaction.token] = message
        return message

    async def _followup(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        interaction = self._interactions.get(token)
        if interaction is None or not interaction.acknowledged:
            return rules.error(404, 10015, "Unknown Webhook")
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        if problems := upload_problems(request[FILES], UPLOAD_LIMIT):
            return too_large(problems)
        if interaction.loading:  # the first follow-up of a deferred response edits it
            return rules.json_response(self._finish_loading(interaction, body, request[FILES]))
        return rules.json_response(
            self._record(interaction.channel_id, body, via_interaction=True, files=request[FILES])
        )

    async def _original(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        return rules.json_response(self._originals.get(token) or {})

    async def _edit_original(self, request: web.Request, body: Json, app_id: str, token: str) -> web.Response:
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        interaction = self._interactions.get(token)
        if interaction is not None and interaction.loading:
            return rules.json_response(self._finish_loading(interaction, body))
        original = self._originals.get(token) or {}
        message_id = int(original.get("id") or 0)
        self.edits.append((message_id, body))
        if any(m.id == message_id for m in self.sent):
            return rules.json_response(self._update(message_id, body))
        return rules.json_response(original | {k: v for k, v in body.items() if k in ("content", "embeds")})

    async def _edit_followup(
        self, request: web.Request, body: Json, app_id: str, token: str, message_id: str
    ) -> web.Response:
        if problems := rules.message_problems(body):
            return rules.invalid_form_body(problems)
        self.edits.append((int(message_id), body))
        if any(m.id == int(message_id) for m in self.sent):
            return rules.json_response(self._update(int(message_id), body))
        return rules.json_response({"id": message_id} | {k: v for k, v in body.items() if k in ("content", "embeds")})


def option_type(value: object) -> int:
    """The option type of a value, before any command is registered."""
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER
    return STRING


def _options_of(command: Json, subs: list[str]) -> list[Json]:
    options = command.get("options") or []
    for name in subs:
        options = next((o.get("options") or [] for o in options if o["name"] == name), [])
    return options


def _as_registered(registered: list[Json], where: str, name: str, value: object) -> Json:
    """An option as Discord's client sends it for its registered type."""
    definition = next((o for o in registered if o["name"] == name), None)
    if definition is None:
        raise CommandUnavailable(f"{where} has no option {name!r}")
    kind = definition["type"]
    if kind == STRING:
        value = str(value)
    elif kind in (INTEGER, NUMBER):
        whole = isinstance(value, int) and not isinstance(value, bool)
        if kind == INTEGER and not whole:
            raise CommandUnavailable(f"{where} {name}: Discord's client takes only a whole number, not {value!r}")
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise CommandUnavailable(f"{where} {name}: Discord's client takes only a number, not {value!r}")
        low, high = definition.get("min_value"), definition.get("max_value")
        if (low is not None and value < low) or (high is not None and value > high):
            raise CommandUnavailable(f"{where} {name}: Discord's client takes {low} to {high}, not {value}")
    elif kind == BOOLEAN and not isinstance(value, bool):
        raise CommandUnavailable(f"{where} {name}: Discord's client takes only true or false")
    choices = definition.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        raise CommandUnavailable(f"{where} {name}: {value!r} is none of its choices")
    return {"name": name, "type": kind, "value": value}


def _localised(item: Json, locale: str) -> Json:
    shown = dict(item)
    for key in ("name", "description"):
        if (text := (item.get(f"{key}_localizations") or {}).get(locale)) is not None:
            shown[key] = text
    if item.get("choices"):
        shown["choices"] = [_localised(choice, locale) for choice in item["choices"]]
    if item.get("options"):
        shown["options"] = [_localised(option, locale) for option in item["options"]]
    return shown
