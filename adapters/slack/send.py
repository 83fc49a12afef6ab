"""Posting one turn's replies to Slack, and telling the person when Slack refuses.

In a channel the first question of a turn starts a thread and the rest of the turn goes
into it; answers then arrive as replies in that thread. Private replies in a channel are
ephemeral (through the slash command's response URL when there is one); in a DM every
reply is a normal message. Only Slack's error code is logged, never a token.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.slack.events import OWNER
from adapters.slack.render import messages
from bot.types import Attachment, Reply, Where

log = logging.getLogger(__name__)

NOT_A_MEMBER = frozenset({"not_in_channel", "channel_not_found"})
INVITE_NOTE = (
    "I can't post in that conversation yet. Invite me with `/invite @mockinterview` "
    "and try again, or talk to me in a direct message."
)


class SlackSender:
    def __init__(self, client: WebClient, *, user_id: str, respond: Respond | None = None) -> None:
        self.client = client
        self.user_id = user_id
        self.respond = respond

    def send_all(self, replies: Sequence[Reply]) -> None:
        """Send in order; a channel question with no thread yet starts one for what follows."""
        thread: str | None = None
        for reply in replies:
            posted = self.send(reply, thread=thread)
            if thread is None and reply.expects_answer and not reply.where.direct:
                thread = reply.where.thread_id or posted

    def send(self, reply: Reply, *, thread: str | None = None) -> str | None:
        """Send one reply; returns the ``ts`` of a message that can hold a thread. Buttons
        in a channel carry whose interview they belong to."""
        if reply.buttons and not reply.where.direct:
            owned = tuple(replace(b, value=b.value or OWNER + self.user_id) for b in reply.buttons)
            reply = replace(reply, buttons=owned)
        try:
            if reply.attachment is not None:
                self._upload(reply.attachment)
            if reply.private and not reply.where.direct:
                self._ephemeral(reply, thread)
                return None
            return self._post(reply, thread)
        except SlackApiError as error:
            self._refused(reply.where, error)
            return None

    def _upload(self, attachment: Attachment) -> None:
        """Files go to the person's DM: a chart or an export is theirs alone."""
        opened = self.client.conversations_open(users=self.user_id)
        self.client.files_upload_v2(
            channel=opened["channel"]["id"],
            filename=attachment.filename,
            title=attachment.filename,
            content=attachment.data,
        )

    def notify(self, reply: Reply) -> None:
        """A note only this person sees: the response URL if there is one, else a DM."""
        try:
            if self.respond is not None:
                self._ephemeral(reply, None)
                return
            opened = self.client.conversations_open(users=self.user_id)
            dm = Where(reply.where.platform, opened["channel"]["id"], direct=True)
            self._post(Reply(dm, reply.text), None)
        except SlackApiError as error:
            log.warning("could not tell %s about a failure: %s", self.user_id, _code(error))

    def _post(self, reply: Reply, thread: str | None) -> str:
        where = reply.where
        timestamps = [
            self.client.chat_postMessage(
                channel=where.channel_id, thread_ts=where.thread_id or thread, **message
            )["ts"]
            for message in messages(reply)
        ]
        return str(timestamps[0])

    def _ephemeral(self, reply: Reply, thread: str | None) -> None:
        for message in messages(reply):
            self._ephemeral_message(reply.where, thread, message)

    def _ephemeral_message(self, where: Where, thread: str | None, message: dict[str, Any]) -> None:
        if self.respond is not None:
            self.respond(response_type="ephemeral", replace_original=False, **message)
            return
        self.client.chat_postEphemeral(
            channel=where.channel_id,
            user=self.user_id,
            thread_ts=where.thread_id or thread,
            **message,
        )

    def _refused(self, where: Where, error: SlackApiError) -> None:
        code = _code(error)
        log.warning(
            "Slack refused a message to %s for %s: %s", where.channel_id, self.user_id, code
        )
        if code in NOT_A_MEMBER:
            self.notify(Reply(where, INVITE_NOTE, private=True))


def _code(error: SlackApiError) -> str:
    return str(error.response.get("error", "unknown"))
