"""The Slack listeners: acknowledge at once, then payload -> event -> engine -> sender.

The app runs with ``process_before_response=True``, so each listener runs in the request's
own thread and the HTTP response goes out as soon as it returns. A listener only calls
``ack()`` and hands the work (users.info, the engine and its database, Web API calls) to
the bridge's executor: the ack never waits for a busy pool or the database. One person's
turns run one at a time, so a quick "next" after an answer cannot overtake it.

Python runs one thread at a time, so at most ``ENGINE_SLOTS`` turns are in the engine at
once (with the person's lookup: a database read, and ``users.info`` on first sight): more
would not finish sooner, they would only make the acks wait longer for their turn at the
interpreter. Posting the replies, which mostly waits on the network, is not limited so.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltRequest
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.slack import events as slack_events
from adapters.slack import guides as slack_guides
from adapters.slack.people import AdminGroup, People
from adapters.slack.send import SlackSender
from adapters.slack.views import answer_modal, home_view
from bot.engine import Engine
from bot.types import NOT_YOURS, Event, Reply

log = logging.getLogger(__name__)

ENGINE_SLOTS = 2  # turns in the engine at once
ANY_OTHER_ACTION = re.compile(rf"^(?!{slack_events.ANSWER_ACTION}$)")
Body = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Incoming:
    """What the work after the ack needs from one request."""

    body: Body
    client: WebClient
    respond: Respond | None
    bot_user_id: str | None
    bot_token: str | None = field(default=None, repr=False)  # this workspace's
    signed_digest: str = ""  # of the signed timestamp and body: the same request sent again


Work = Callable[[Incoming], None]
Listener = Callable[[Ack, Body, WebClient, Respond | None, BoltContext, BoltRequest], None]


def signed_digest(request: BoltRequest) -> str:
    """A digest of what Slack signed (timestamp and body): a replayed request has the same one.

    Slack's signatures are checked against a 5-minute window, so within it a byte-identical
    request is the same request; after it, it is refused as stale."""
    timestamp = (request.headers.get("x-slack-request-timestamp") or [""])[0]
    signed = f"v0:{timestamp}:{request.raw_body}".encode()
    return hashlib.sha256(signed).hexdigest()[:40]


class KeyedLocks:
    """One lock per key, created on first use."""

    def __init__(self) -> None:
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def __call__(self, key: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())


class SlackBridge:
    def __init__(
        self,
        engine: Engine,
        executor: Executor,
        *,
        admin_group: AdminGroup | None = None,
        privacy_url: str | None = None,
        pause: Callable[[], None] = lambda: None,
    ) -> None:
        self.engine = engine
        self.executor = executor
        self.privacy_url = privacy_url
        self.people = People(engine, admin_group=admin_group)
        self.turn_lock = KeyedLocks()
        self.engine_slots = threading.BoundedSemaphore(ENGINE_SLOTS)
        self.pause = pause

    def register(self, app: App) -> None:
        app.command(slack_events.COMMAND)(self.acked(self.on_command))
        app.action(slack_events.ANSWER_ACTION)(self.acked(self.on_answer_button))
        app.action(ANY_OTHER_ACTION)(self.acked(self.on_button))
        app.view(slack_events.ANSWER_VIEW)(self.acked(self.on_answer_submitted))
        app.event("message")(self.acked(self.on_message))
        app.event("app_home_opened")(self.acked(self.on_home_opened))

    def acked(self, work: Work) -> Listener:
        """A listener that acknowledges, then leaves ``work`` to the executor."""

        def listener(
            ack: Ack,
            body: Body,
            client: WebClient,
            respond: Respond | None,
            context: BoltContext,
            request: BoltRequest,
        ) -> None:
            ack()
            incoming = Incoming(
                body,
                client,
                respond,
                context.bot_user_id,
                context.bot_token,
                signed_digest(request),
            )
            self.executor.submit(self._guarded, work, incoming)

        return listener

    def _guarded(self, work: Work, incoming: Incoming) -> None:
        try:
            work(incoming)
        except Exception:
            log.exception("failed to finish a Slack request after its ack")

    def on_command(self, incoming: Incoming) -> None:
        """A slash command; one sent again byte for byte (a replay) runs once."""
        command = slack_events.command(incoming.body)
        event_id = f"slack-command:{incoming.signed_digest}" if incoming.signed_digest else None
        self.turn(replace(command, event_id=event_id), incoming)

    def on_message(self, incoming: Incoming) -> None:
        shared = slack_events.shared_file(incoming.body, bot_user_id=incoming.bot_user_id)
        if shared is not None:
            self.on_file_shared(shared, incoming)
            return
        event = slack_events.message(incoming.body, bot_user_id=incoming.bot_user_id)
        if event is not None:
            self.turn(event, incoming)

    def on_file_shared(self, shared: slack_events.SharedFile, incoming: Incoming) -> None:
        """A guide file goes to the engine as ``guide upload``; a note is posted here."""
        received = slack_guides.received(shared, token=incoming.bot_token)
        if isinstance(received, Reply):
            SlackSender(incoming.client, user_id=shared.user.id).send(received)
        elif received is not None:
            self.turn(received, incoming)

    def on_button(self, incoming: Incoming) -> None:
        if not self.not_yours(incoming):
            self.turn(slack_events.action(incoming.body), incoming)

    def not_yours(self, incoming: Incoming) -> bool:
        """A button on someone else's question: a private note, and nothing else happens."""
        body = incoming.body
        if not slack_events.someone_elses(body):
            return False
        where = slack_events.action_where(body)
        try:
            incoming.client.chat_postEphemeral(
                channel=where.channel_id,
                user=body["user"]["id"],
                thread_ts=where.thread_id,
                text=NOT_YOURS,
            )
        except SlackApiError as error:
            log.warning("chat.postEphemeral failed: %s", error.response.get("error"))
        return True

    def on_answer_submitted(self, incoming: Incoming) -> None:
        self.turn(slack_events.submission(incoming.body), incoming)

    def on_answer_button(self, incoming: Incoming) -> None:
        """Open the answer modal; it remembers where the question was asked."""
        body = incoming.body
        if self.not_yours(incoming):
            return
        view = answer_modal(slack_events.action_where(body), slack_events.pressed_question(body))
        try:
            incoming.client.views_open(trigger_id=body["trigger_id"], view=view)
        except SlackApiError as error:
            log.warning("views.open failed: %s", error.response.get("error"))

    def on_home_opened(self, incoming: Incoming) -> None:
        """Publish the Home tab: the interview's status, recent scores, how to start."""
        opened = slack_events.home_opened(incoming.body)
        if opened is None:
            return
        with self.in_engine():
            user = self.people.user(incoming.client, opened[0], team=opened[1].scope)
            home = self.engine.home(user, opened[1])
        view = home_view(home, privacy_url=self.privacy_url)
        try:
            incoming.client.views_publish(user_id=user.id, view=view)
        except SlackApiError as error:
            log.warning("views.publish failed: %s", error.response.get("error"))

    @contextmanager
    def in_engine(self) -> Iterator[None]:
        """One of the engine's slots, taken once the acks in flight have gone out."""
        with self.engine_slots:
            self.pause()
            yield

    def turn(self, event: Event, incoming: Incoming) -> None:
        """Run one event through the engine and post its replies; one turn per person at once."""
        client = incoming.client
        with self.turn_lock(event.user.key):
            with self.in_engine():
                user = self.people.user(client, event.user, team=event.where.scope)
                replies = self.engine.handle(replace(event, user=user))
            SlackSender(client, user_id=event.user.id, respond=incoming.respond).send_all(replies)
