"""Slack request bodies -> neutral events. Pure functions of the payload; no API calls.

Users are built bare here (id and name); the app adds what ``users.info`` says.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from adapters.slack.render import unescape
from bot.types import Action, Command, Platform, Text, User, Where

COMMAND = "/mockinterview"
ANSWER_ACTION = "answer"  # the button that opens the answer modal
ANSWER_VIEW = "answer_modal"  # the modal's callback_id
ANSWER_BLOCK = "answer"
ANSWER_INPUT = "answer_text"
PLATFORM = Platform.SLACK.value
OWNER = "owner:"  # a button's value in a channel: whose interview it belongs to
ANSWER_SUBTYPES = frozenset({None, "thread_broadcast"})

Body = dict[str, Any]


def is_direct(channel_id: str) -> bool:
    """Direct-message conversation ids start with D."""
    return channel_id.startswith("D")


def command(body: Body) -> Command:
    """``/mockinterview start backend easy`` -> Command ``start`` with args ``backend easy``."""
    words = unescape(body.get("text", "")).split(maxsplit=1)
    channel = body["channel_id"]
    where = Where(PLATFORM, channel, direct=is_direct(channel), scope=body.get("team_id"))
    user = User(PLATFORM, body["user_id"], body.get("user_name", ""))
    return Command(user, where, words[0] if words else "help", words[1] if len(words) > 1 else "")


def message(body: Body, *, bot_user_id: str | None) -> Text | None:
    """A DM to the app, or a reply in a thread under the app's message; otherwise None."""
    event = body["event"]
    if not _is_answer(event, bot_user_id):
        return None
    where = Where(
        PLATFORM,
        event["channel"],
        thread_id=event.get("thread_ts"),
        direct=event.get("channel_type") == "im",
        scope=body.get("team_id"),
    )
    text = unescape(event.get("text", ""))
    return Text(User(PLATFORM, event["user"]), where, text, event_id=body.get("event_id"))


def _is_answer(event: Body, bot_user_id: str | None) -> bool:
    if not event.get("user") or event.get("bot_id") or event.get("user") == bot_user_id:
        return False
    if event.get("subtype") not in ANSWER_SUBTYPES:
        return False  # edits, deletions, joins, file shares
    in_our_thread = bool(event.get("thread_ts")) and event.get("parent_user_id") == bot_user_id
    return event.get("channel_type") == "im" or in_our_thread


@dataclass(frozen=True, slots=True)
class SharedFile:
    """A file someone shared in a DM with the app, as the ``file_share`` message names it."""

    user: User
    where: Where
    name: str
    size: int
    url: str
    text: str  # the message typed with the file
    event_id: str | None


def shared_file(body: Body, *, bot_user_id: str | None) -> SharedFile | None:
    """The file of a ``file_share`` message in a DM with the app (a Markdown one first, if
    several were shared); None for anything else."""
    event = body["event"]
    if event.get("subtype") != "file_share" or event.get("channel_type") != "im":
        return None
    if not event.get("user") or event.get("bot_id") or event.get("user") == bot_user_id:
        return None
    files = [file for file in event.get("files") or [] if file.get("name")]
    if not files:
        return None
    file = next((file for file in files if is_markdown(file["name"])), files[0])
    where = Where(PLATFORM, event["channel"], direct=True, scope=body.get("team_id"))
    return SharedFile(
        user=User(PLATFORM, event["user"]),
        where=where,
        name=file["name"],
        size=int(file.get("size") or 0),
        url=file.get("url_private_download") or file.get("url_private") or "",
        text=unescape(event.get("text", "")),
        event_id=body.get("event_id"),
    )


def is_markdown(filename: str) -> bool:
    return filename.lower().endswith(".md")


def action(body: Body) -> Action:
    """A button press; the event id is the click itself (user and action time), hashed so
    that it does not name the person."""
    pressed = body["actions"][0]
    user = _payload_user(body)
    click = f"{user.id}:{pressed['action_ts']}".encode()
    event_id = "slack-action:" + hashlib.sha256(click).hexdigest()[:32]
    value = pressed.get("value") or ""
    value = "" if value.startswith(OWNER) else value
    return Action(user, action_where(body), pressed["action_id"], value, event_id)


def someone_elses(body: Body) -> bool:
    """Whether the button pressed belongs to another person's interview."""
    value = body["actions"][0].get("value") or ""
    return value.startswith(OWNER) and value.removeprefix(OWNER) != body["user"]["id"]


def action_where(body: Body) -> Where:
    """Where a button was pressed; in a channel, replies go to the question's thread."""
    container = body.get("container", {})
    channel = body.get("channel", {}).get("id") or container["channel_id"]
    direct = is_direct(channel)
    thread = container.get("thread_ts") or body.get("message", {}).get("thread_ts")
    if thread is None and not direct:
        thread = container.get("message_ts")
    return Where(PLATFORM, channel, thread_id=thread, direct=direct, scope=_team(body))


def pressed_question(body: Body) -> str | None:
    """The first section of the message whose button was pressed: the question, as posted."""
    blocks = body.get("message", {}).get("blocks", [])
    texts = [block["text"]["text"] for block in blocks if block.get("type") == "section"]
    return texts[0] if texts else None


def submission(body: Body) -> Text:
    """The answer modal's submission, answered where its button was pressed."""
    view = body["view"]
    text = view["state"]["values"][ANSWER_BLOCK][ANSWER_INPUT].get("value") or ""
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    where = decode_where(view["private_metadata"])
    return Text(_payload_user(body), where, text, event_id=f"{view['id']}:{digest}")


def home_opened(body: Body) -> tuple[User, Where] | None:
    """Who opened the Home tab, and their DM with the app; None for the Messages tab."""
    event = body["event"]
    if event.get("tab") != "home":
        return None
    channel = event.get("channel") or event["user"]
    return User(PLATFORM, event["user"]), Where(
        PLATFORM, channel, direct=True, scope=body.get("team_id")
    )


def encode_where(where: Where) -> str:
    """Where to answer, carried through a modal in its ``private_metadata``."""
    fields = {"channel": where.channel_id, "thread": where.thread_id, "scope": where.scope}
    return json.dumps({**fields, "direct": where.direct})


def decode_where(metadata: str) -> Where:
    fields = json.loads(metadata)
    return Where(
        PLATFORM,
        fields["channel"],
        thread_id=fields["thread"],
        direct=fields["direct"],
        scope=fields["scope"],
    )


def _payload_user(body: Body) -> User:
    user = body["user"]
    return User(PLATFORM, user["id"], user.get("username") or user.get("name", ""))


def _team(body: Body) -> str | None:
    team: str | None = (body.get("team") or {}).get("id") or body["user"].get("team_id")
    return team
