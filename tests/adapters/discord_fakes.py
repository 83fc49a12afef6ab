"""Discord at its two edges, for tests: payloads in, recorded REST requests out.

Inbound, tests build real discord.py objects (``Interaction``, ``Message``, ``Member`` ...)
from payloads in the shape Discord documents. Outbound, every REST call discord.py makes
goes through ``HTTPClient.request`` (channels, threads, DMs, command sync) or the webhook
adapter's ``request`` (interaction responses and follow-ups); both are replaced by spec'd
fakes that record the call and answer with a documented payload, so nothing leaves the test.

Two private discord.py names are used, each where no public route exists: a real client's
``_connection`` (the state an ``Interaction`` needs; discord.py's own tests do the same), and
``parse_interaction_create`` (the gateway's INTERACTION_CREATE) to submit a modal.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any, cast
from unittest.mock import create_autospec

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from adapters.discord.app import DiscordBot, build_bot, install
from adapters.discord.cog import InterviewCog
from adapters.discord.render import custom_id_for
from adapters.platform import Handler, make_handler
from bot.engine import Engine
from tests.conftest import FakeClock, bank_of, store_of

Payload = dict[str, Any]
APPLICATION_ID = 900_000_000_000_000_001
GUILD_ID = 900_000_000_000_000_002
CHANNEL_ID = 900_000_000_000_000_003
MANAGE_GUILD = discord.Permissions(manage_guild=True).value
BOT_PERMISSIONS = discord.Permissions(
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    view_channel=True,
).value
MESSAGE_ROUTES = frozenset(
    {"POST /channels/{channel_id}/messages", "POST /webhooks/{webhook_id}/{webhook_token}"}
)
CALLBACK_ROUTE = "POST /interactions/{webhook_id}/{webhook_token}/callback"
EPHEMERAL = 64
COMPONENTS_V2 = 1 << 15
TEXT_DISPLAY = 10
BUTTON = 2
GUILD_INSTALL, USER_INSTALL = "0", "1"  # the keys of authorizing_integration_owners


@dataclass(frozen=True)
class Request:
    """One REST call as discord.py would send it."""

    method: str
    path: str  # the route template, e.g. /channels/{channel_id}/messages
    url: str
    body: Any  # the JSON body: an object, or a list for command sync
    files: list[str] = field(default_factory=list)  # names of uploaded files

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class Sent:
    """A message the bot would show: where, what, to whom, with which buttons; ``content``
    is a card's text when the message is a card (Components V2)."""

    request: Request
    content: str
    private: bool
    custom_ids: tuple[str, ...]
    allowed_mentions: Payload | None
    card: bool = False
    components: tuple[Payload, ...] = ()


def snowflakes() -> Iterator[int]:
    return itertools.count(1_000_000_000_000_000_000)


@dataclass
class FakeDiscordApi:
    """Records requests and answers like Discord; ``fail`` makes a route return an error."""

    ids: Iterator[int] = field(default_factory=snowflakes)
    requests: list[Request] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)

    def attach(self, client: discord.Client, monkeypatch: pytest.MonkeyPatch) -> None:
        """Replace the REST edge of ``client``: channels, threads, DMs, command sync."""
        spec = create_autospec(client.http.request, side_effect=self.http_request)
        monkeypatch.setattr(client.http, "request", spec)

    @contextmanager
    def webhooks(self) -> Iterator[None]:
        """Replace the webhook edge (interaction responses, follow-ups) while inside."""
        adapter = AsyncWebhookAdapter()  # type: ignore[no-untyped-call]
        spec = create_autospec(adapter.request, side_effect=self.webhook_request)
        adapter.request = spec  # type: ignore[method-assign]
        token = async_context.set(adapter)
        try:
            yield
        finally:
            async_context.reset(token)

    def fail(self, route_key: str, code: int) -> None:
        self.failures[route_key] = code

    def http_request(self, route: Route, **options: Any) -> Any:
        return self.answer(route, body_of(options, "json", "form"), files_of(options))

    def webhook_request(self, route: Route, session: object, **options: Any) -> Any:
        return self.answer(route, body_of(options, "payload", "multipart"), files_of(options))

    def answer(self, route: Route, body: Payload, files: list[str] | None = None) -> Any:
        request = Request(route.method, route.path, route.url, body, files or [])
        self.requests.append(request)
        if request.key in self.failures:
            raise forbidden(self.failures[request.key])
        responders: dict[str, Callable[[Request], Any]] = {
            CALLBACK_ROUTE: self.callback_response,
            "POST /channels/{channel_id}/threads": self.thread_response,
            "POST /users/@me/channels": self.dm_response,
            "PUT /applications/{application_id}/commands": self.commands_response,
            "PUT /applications/{application_id}/guilds/{guild_id}/commands": self.commands_response,
            "GET /users/@me": lambda request: BOT_USER,
            "GET /channels/{channel_id}": self.channel_response,
            "GET /oauth2/applications/@me": lambda request: application_payload(),
        }
        responder = responders.get(request.key, self.message_response)
        return responder(request)

    def callback_response(self, request: Request) -> Payload:
        interaction_id = request.url.split("/")[-3]
        return {"interaction": {"id": interaction_id, "type": 2}}

    def message_response(self, request: Request) -> Payload:
        channel_id = route_id(request, "channels") or str(CHANNEL_ID)
        return message_payload(next(self.ids), channel_id, BOT_USER, request.body.get("content"))

    def channel_response(self, request: Request) -> Payload:
        return text_channel(int(route_id(request, "channels") or CHANNEL_ID)).channel

    def thread_response(self, request: Request) -> Payload:
        parent_id = route_id(request, "channels")
        return thread_payload(next(self.ids), parent_id, request.body["name"])

    def dm_response(self, request: Request) -> Payload:
        recipient = user_payload(int(request.body["recipient_id"]), "someone")
        return {"id": str(next(self.ids)), "type": 1, "recipients": [recipient]}

    def commands_response(self, request: Request) -> list[Payload]:
        return [
            {**command, "id": str(next(self.ids)), "application_id": str(APPLICATION_ID)}
            for command in request.body
        ]

    def mark(self) -> int:
        return len(self.requests)

    def sent(self, since: int = 0) -> list[Sent]:
        """Every message the bot would have shown (after ``mark()`` was ``since``), in order."""
        return [as_sent(request) for request in self.requests[since:] if shows_message(request)]

    def last(self) -> Sent:
        return self.sent()[-1]

    def assert_no_mentions(self) -> None:
        """Every message went out with ``AllowedMentions.none()``: nobody can be pinged."""
        unsafe = [sent for sent in self.sent() if sent.allowed_mentions != {"parse": []}]
        assert unsafe == []

    def routes(self) -> list[str]:
        return [request.key for request in self.requests]

    def clear(self) -> None:
        self.requests.clear()


def body_of(options: dict[str, Any], json_key: str, form_key: str) -> Any:
    """The JSON body, also when discord.py sent it as multipart ``payload_json``."""
    if options.get(json_key):
        return options[json_key]
    form = options.get(form_key) or []
    payload = next((part["value"] for part in form if part["name"] == "payload_json"), None)
    return json.loads(payload) if payload else {}


def files_of(options: dict[str, Any]) -> list[str]:
    return [file.filename for file in options.get("files") or []]


def route_id(request: Request, resource: str) -> str | None:
    parts = request.url.split("/")
    return parts[parts.index(resource) + 1] if resource in parts else None


def shows_message(request: Request) -> bool:
    if request.key == CALLBACK_ROUTE:
        response_type: int = request.body["type"]
        return response_type == discord.InteractionResponseType.channel_message.value
    return request.key in MESSAGE_ROUTES


def as_sent(request: Request) -> Sent:
    body = request.body.get("data", request.body) if request.key == CALLBACK_ROUTE else request.body
    flags = body.get("flags") or 0
    components = list(walk(body.get("components") or []))
    texts = [item["content"] for item in components if item["type"] == TEXT_DISPLAY]
    return Sent(
        request=request,
        content=body.get("content") or "\n".join(texts),
        private=bool(flags & EPHEMERAL),
        custom_ids=tuple(item["custom_id"] for item in components if item["type"] == BUTTON),
        allowed_mentions=body.get("allowed_mentions"),
        card=bool(flags & COMPONENTS_V2),
        components=tuple(body.get("components") or []),
    )


def walk(components: list[Payload]) -> Iterator[Payload]:
    """Every component, depth first: rows, containers, labels and what they hold."""
    for component in components:
        yield component
        yield from walk(component.get("components") or [])
        if "component" in component:
            yield from walk([component["component"]])


def forbidden(code: int) -> discord.Forbidden:
    response = create_autospec(aiohttp.ClientResponse, instance=True)
    response.status = 403
    response.reason = "Forbidden"
    return discord.Forbidden(response, {"code": code, "message": "Forbidden"})


async def settle() -> None:
    """Let tasks discord.py scheduled (view and modal dispatch) run to the end; a view's
    timeout timer (minutes long) is left waiting."""
    for _ in range(3):
        pending = [task for task in asyncio.all_tasks() if _settles(task)]
        if pending:
            await asyncio.wait(pending, timeout=5)


def _settles(task: asyncio.Task[Any]) -> bool:
    if task is asyncio.current_task():
        return False
    return not getattr(task.get_coro(), "__qualname__", "").endswith("__timeout_task_impl")


def card_payload(text: str, *buttons: Payload) -> Payload:
    """A container as a Components V2 message carries it, ids numbered as Discord does."""
    ids = itertools.count(1)
    container_id, text_id, row_id = next(ids), next(ids), next(ids)
    shown = [{**button, "id": next(ids)} for button in buttons]
    row = {"type": 1, "id": row_id, "components": shown}
    text_display = {"type": TEXT_DISPLAY, "id": text_id, "content": text}
    return {"type": 17, "id": container_id, "components": [text_display, row]}


# -- inbound: payloads in the shapes Discord documents, and the objects discord.py makes of them


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    permissions: int = 0  # resolved in the channel, as interactions carry them


@dataclass(frozen=True)
class Place:
    """Where an interaction happens: its channel, server, context (0 a server, 1 a DM with
    the bot, 2 a group DM or a DM between people), and whose install brings the app there."""

    channel: Payload
    guild_id: int | None = GUILD_ID
    context: int = 0
    installed_by: Person | None = None  # only this person's own install: the bot is not there

    @property
    def id(self) -> int:
        return int(self.channel["id"])

    @property
    def installs(self) -> Payload:
        """``authorizing_integration_owners``, as Discord sends it."""
        if self.installed_by is not None:
            return {USER_INSTALL: str(self.installed_by.id)}
        return {GUILD_INSTALL: str(self.guild_id or 0)}  # "0": a DM with the bot


ADA = Person(800_000_000_000_000_001, "Ada")
BOB = Person(800_000_000_000_000_002, "Bob")
ADMIN = Person(800_000_000_000_000_003, "Grace", permissions=MANAGE_GUILD)


def user_payload(user_id: int, name: str, *, bot: bool = False) -> Payload:
    return {
        "id": str(user_id),
        "username": name.lower(),
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


BOT_USER = user_payload(APPLICATION_ID, "mockinterview", bot=True)


def application_payload() -> Payload:
    """GET /oauth2/applications/@me, which ``Client.login`` reads."""
    return {
        "id": str(APPLICATION_ID),
        "name": "mockinterview",
        "icon": None,
        "description": "",
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "flags": 0,
        "owner": user_payload(ADMIN.id, ADMIN.name),
        "team": None,
    }


def member_payload(person: Person) -> Payload:
    return {
        "user": user_payload(person.id, person.name),
        "nick": None,
        "roles": [],
        "joined_at": "2026-01-05T10:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": str(person.permissions),
    }


def message_payload(
    message_id: int, channel_id: str, author: Payload, content: str | None
) -> Payload:
    return {
        "id": str(message_id),
        "channel_id": channel_id,
        "author": author,
        "content": content or "",
        "timestamp": "2026-11-24T09:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [],
    }


def text_channel(channel_id: int = CHANNEL_ID) -> Place:
    channel = {"id": str(channel_id), "type": 0, "guild_id": str(GUILD_ID), "name": "study-room"}
    return Place({**channel, "position": 0, "permission_overwrites": [], "nsfw": False})


def thread_payload(thread_id: int, parent_id: str | None, name: str) -> Payload:
    metadata = {
        "archived": False,
        "auto_archive_duration": 1440,
        "archive_timestamp": "2026-11-24T09:00:00+00:00",
        "locked": False,
    }
    return {
        "id": str(thread_id),
        "type": 11,
        "guild_id": str(GUILD_ID),
        "parent_id": parent_id,
        "name": name,
        "owner_id": str(APPLICATION_ID),
        "thread_metadata": metadata,
        "message_count": 0,
        "member_count": 1,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def thread(thread_id: int, name: str) -> Place:
    return Place(thread_payload(thread_id, str(CHANNEL_ID), name))


def direct_messages(channel_id: int, person: Person) -> Place:
    recipients = [user_payload(person.id, person.name)]
    return Place(
        {"id": str(channel_id), "type": 1, "recipients": recipients}, guild_id=None, context=1
    )


def group_dm(channel_id: int, *people: Person) -> Place:
    """A group DM; the app can only be there through someone's own install."""
    recipients = [user_payload(person.id, person.name) for person in people]
    channel = {"id": str(channel_id), "type": 3, "recipients": recipients, "owner_id": "1"}
    return Place(channel, guild_id=None, context=2, installed_by=people[0])


def installed_only_by(person: Person, place: Place) -> Place:
    """``place`` reached through ``person``'s own install of the app, not the server's."""
    return dataclasses.replace(place, installed_by=person)


def guild_payload() -> Payload:
    everyone = {"id": str(GUILD_ID), "name": "@everyone", "permissions": "0", "position": 0}
    role = {**everyone, "color": 0, "hoist": False, "managed": False, "mentionable": False}
    return {"id": str(GUILD_ID), "name": "Study group", "owner_id": "1", "roles": [role]}


@dataclass
class Gateway:
    """Builds what the gateway would hand discord.py: interactions and messages."""

    client: discord.Client
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(700_000_000_000_000_000))

    @property
    def state(self) -> Any:
        return self.client._connection  # the only route to a real state; discord.py's tests too

    def interaction(
        self,
        kind: discord.InteractionType,
        data: Payload,
        *,
        person: Person,
        place: Place,
        message: Payload | None = None,
        app_permissions: int = BOT_PERMISSIONS,
    ) -> discord.Interaction:
        payload = self.interaction_payload(kind, data, person, place, message, app_permissions)
        return discord.Interaction(data=cast(Any, payload), state=self.state)

    def interaction_payload(
        self,
        kind: discord.InteractionType,
        data: Payload,
        person: Person,
        place: Place,
        message: Payload | None,
        app_permissions: int,
    ) -> Payload:
        interaction_id = next(self.ids)
        payload: Payload = {
            "id": str(interaction_id),
            "application_id": str(APPLICATION_ID),
            "type": kind.value,
            "data": data,
            "token": f"token-{interaction_id}",
            "version": 1,
            "attachment_size_limit": 10_485_760,
            "locale": "en-US",
            "app_permissions": str(app_permissions),
            "entitlements": [],
            "channel": place.channel,
            "channel_id": str(place.id),
            "context": place.context,
            "authorizing_integration_owners": place.installs,
        }
        if message is not None:
            payload["message"] = message
        if place.guild_id is None:
            return {**payload, "user": user_payload(person.id, person.name)}
        guild = {"guild_id": str(place.guild_id), "guild_locale": "en-US"}
        return {**payload, **guild, "member": member_payload(person)}

    def command(
        self, name: str, *, person: Person, place: Place, app_permissions: int = BOT_PERMISSIONS
    ) -> discord.Interaction:
        """``/mockinterview <name>``; tests pass the options to the command's callback."""
        subcommand = {"type": 1, "name": name, "options": []}
        data = {
            "id": str(next(self.ids)),
            "name": "mockinterview",
            "type": 1,
            "options": [subcommand],
        }
        kind = discord.InteractionType.application_command
        return self.interaction(
            kind, data, person=person, place=place, app_permissions=app_permissions
        )

    def click(self, custom_id: str, *, person: Person, place: Place) -> discord.Interaction:
        """A click on a button of a message the bot sent earlier."""
        payload = self.click_payload(custom_id, person=person, place=place)
        return discord.Interaction(data=cast(Any, payload), state=self.state)

    def click_payload(
        self, custom_id: str, *, person: Person, place: Place, plain: bool = False
    ) -> Payload:
        """INTERACTION_CREATE for a click; the message holds the button, as on Discord: in a
        card (Components V2), or, with ``plain``, in a row under text as messages were sent
        before cards."""
        message = message_payload(next(self.ids), str(place.id), BOT_USER, "a question")
        button = {"type": BUTTON, "custom_id": custom_id, "style": 2, "label": "Button"}
        if plain:
            message["components"] = [{"type": 1, "components": [button]}]
        else:
            message |= {"content": "", "flags": COMPONENTS_V2}
            message["components"] = [card_payload("**Question 1 of 2**", button)]
        data = {"custom_id": custom_id, "component_type": BUTTON}
        kind = discord.InteractionType.component
        return self.interaction_payload(kind, data, person, place, message, BOT_PERMISSIONS)

    def submit_modal(self, modal: Payload, value: str, *, person: Person, place: Place) -> None:
        """The person fills in the modal the bot sent (its payload) and submits it: each
        labelled text input comes back inside its label, as Discord sends it."""
        label = modal["components"][0]
        text_input = label["component"]
        submitted = {"type": 4, "id": 2, "custom_id": text_input["custom_id"], "value": value}
        data = {"custom_id": modal["custom_id"], "components": [{**label, "component": submitted}]}
        kind = discord.InteractionType.modal_submit
        payload = self.interaction_payload(kind, data, person, place, None, BOT_PERMISSIONS)
        self.state.parse_interaction_create(payload)

    def message(
        self, content: str, *, person: Person, place: Place, bot: bool = False
    ) -> discord.Message:
        """A message as MESSAGE_CREATE delivers it, in a DM or a server thread."""
        author = user_payload(person.id, person.name, bot=bot)
        payload = message_payload(next(self.ids), str(place.id), author, content)
        channel: discord.DMChannel | discord.Thread
        if place.guild_id is None:
            assert self.client.user is not None
            channel = discord.DMChannel(
                me=self.client.user, state=self.state, data=cast(Any, place.channel)
            )
        else:
            guild = discord.Guild(data=cast(Any, guild_payload()), state=self.state)
            channel = discord.Thread(guild=guild, state=self.state, data=cast(Any, place.channel))
            payload |= {"guild_id": str(place.guild_id), "member": member_payload(person)}
        return discord.Message(state=self.state, channel=channel, data=cast(Any, payload))


@dataclass
class World:
    """A bot installed as `mockinterview discord` would, on the fake API, and its gateway."""

    bot: DiscordBot
    api: FakeDiscordApi
    gateway: Gateway
    cog: InterviewCog
    engine: Engine

    @classmethod
    async def open(
        cls, engine: Engine, handler: Handler, api: FakeDiscordApi, monkeypatch: pytest.MonkeyPatch
    ) -> World:
        bot = build_bot()
        api.attach(bot, monkeypatch)
        await bot.login("a-bot-token")
        await install(bot, handler=handler, guides=engine.guides(), guild_id=GUILD_ID)
        cog = bot.get_cog("InterviewCog")
        assert isinstance(cog, InterviewCog)
        api.clear()
        return cls(bot, api, Gateway(bot), cog, engine)

    def command(self, name: str, place: Place, person: Person = ADA) -> discord.Interaction:
        return self.gateway.command(name, person=person, place=place)

    async def invoke(
        self,
        command: app_commands.Command[Any, ..., Any],
        interaction: discord.Interaction,
        **options: Any,
    ) -> None:
        """Run a slash command's callback with its options, as discord.py does once parsed."""
        await command.callback(self.cog, interaction, **options)  # type: ignore[arg-type]

    async def click(
        self, custom_id: str, *, place: Place, person: Person = ADA, plain: bool = False
    ) -> None:
        """Click a button as Discord delivers it (on a card, or with ``plain`` on a message
        from before cards); discord.py routes it by custom_id."""
        payload = self.gateway.click_payload(custom_id, person=person, place=place, plain=plain)
        self.gateway.state.parse_interaction_create(payload)
        await settle()

    async def answer_in_modal(self, text: str, *, place: Place, person: Person = ADA) -> None:
        """Click Answer (the person's own, in a server), then fill in and submit the modal."""
        owner = None if place.guild_id is None else person.id
        await self.click(custom_id_for("answer", owner), place=place, person=person)
        modal = self.api.requests[-1].body
        assert modal["type"] == discord.InteractionResponseType.modal.value
        self.gateway.submit_modal(modal["data"], text, person=person, place=place)
        await settle()

    def strong_answer(self, person: Person = ADA) -> str:
        """The current question's own key points: an answer that scores well."""
        session = store_of(self.engine).load_session(f"discord:{person.id}")
        assert session is not None
        assert session.current is not None
        question = bank_of(self.engine).get(session.current)
        assert question is not None
        return " ".join(point.text for point in question.key_points)


@asynccontextmanager
async def open_world(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[World]:
    """The engine behind an installed, logged-in bot on a fresh fake API.

    On the way out it checks that no message the test made the bot send could ping anyone.
    """
    api = FakeDiscordApi()
    with api.webhooks():
        world = await World.open(engine, make_handler(engine), api, monkeypatch)
        try:
            yield world
        finally:
            await world.bot.close()
        api.assert_no_mentions()
