"""One line deep: an interaction or message -> neutral event -> Handler -> replies on Discord.

No interview rule lives here. ``start`` in a server text channel opens a public thread for
the person's interview, or a DM when asked; elsewhere replies go where the person is.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Awaitable, Callable

import discord

from adapters.discord.events import (
    PLATFORM,
    action_event,
    answer_event,
    command_event,
    is_answer,
    message_event,
    thread_name,
)
from adapters.discord.render import send_replies
from adapters.discord.send import (
    DEFER_AFTER_SECONDS,
    THREAD_PERMISSIONS,
    ChannelSender,
    InteractionResponder,
    explained,
    reaches_only_the_person,
    require_permissions,
    require_server_install,
)
from adapters.discord.views import AnswerModal
from adapters.platform import Handler
from bot.errors import UserError
from bot.server_banks import MAX_GUIDE_BYTES
from bot.types import ANSWER_BUTTON, Attachment, Command, Event, Reply, Where

log = logging.getLogger(__name__)

Place = discord.Thread | discord.DMChannel


class InterviewRunner:
    """Runs events through the engine's Handler and sends the replies to Discord."""

    def __init__(
        self,
        handler: Handler,
        *,
        read_threads: bool = False,
        defer_after: float = DEFER_AFTER_SECONDS,
    ) -> None:
        self.handler = handler
        self.read_threads = read_threads
        self.defer_after = defer_after

    def responder(self, interaction: discord.Interaction) -> InteractionResponder:
        return InteractionResponder(interaction, defer_after=self.defer_after)

    async def interact(self, interaction: discord.Interaction, event: Event) -> None:
        """Answer in place: ephemeral for private replies, in the channel otherwise."""
        responder = self.responder(interaction)
        in_place = event.where.direct or event.where.thread_id is not None
        replies = await responder.run(self.handler(event), private=not in_place)
        owner = owner_of(event, interaction.user)
        await send_replies(replies, responder.send, owner=owner, room=responder.room)
        await responder.finish()

    async def command(self, interaction: discord.Interaction, name: str, args: str = "") -> None:
        await self.interact(interaction, command_event(interaction, name, args))

    async def upload(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        """`guide file:`: the engine lints the guide and adds it to this server's bank."""
        require_server_install(interaction)
        if file.size > MAX_GUIDE_BYTES:
            raise UserError(f"That file is over {MAX_GUIDE_BYTES // 1024} KB; split the guide.")
        attachment = Attachment(file.filename, await file.read(), "text/markdown")
        event = command_event(interaction, "guide", "upload")
        await self.interact(interaction, dataclasses.replace(event, attachment=attachment))

    async def press(self, interaction: discord.Interaction, action_id: str, value: str) -> None:
        if action_id == ANSWER_BUTTON.action_id:
            await interaction.response.send_modal(AnswerModal(self))
            return
        await self.interact(interaction, action_event(interaction, action_id, value))

    async def submit_answer(self, interaction: discord.Interaction, text: str) -> None:
        await self.interact(interaction, answer_event(interaction, text))

    async def start(
        self, interaction: discord.Interaction, args: str, *, dm: bool, command: str = "start"
    ) -> None:
        """`start` or `interview`: in a server channel the interview gets its own thread,
        unless the app is there only through the person's own install (no bot to post)."""
        event = command_event(interaction, command, args)
        channel = interaction.channel
        if dm and not event.where.direct:
            await self.start_in_dm(interaction, event)
        elif isinstance(channel, discord.TextChannel) and not reaches_only_the_person(interaction):
            require_permissions(interaction.app_permissions, THREAD_PERMISSIONS)
            thread = functools.partial(open_thread, channel, interaction.user)
            responder = self.responder(interaction)
            await self.start_elsewhere(responder, event, thread, "Send Messages in Threads")
        else:
            await self.interact(interaction, event)

    async def start_in_dm(self, interaction: discord.Interaction, event: Command) -> None:
        responder = self.responder(interaction)
        await responder.acknowledge(private=True)  # opening the DM is one more round trip
        dm = await interaction.user.create_dm()
        where = Where(PLATFORM, str(dm.id), direct=True, scope=event.where.scope)
        moved = dataclasses.replace(event, where=where)
        reopen = interaction.user.create_dm  # discord.py returns the DM opened above
        await self.start_elsewhere(responder, moved, reopen, "Send Messages")

    async def start_elsewhere(
        self,
        responder: InteractionResponder,
        event: Command,
        open_place: Callable[[], Awaitable[Place]],
        permission: str,
    ) -> None:
        """Open the thread or DM only once the engine has a question to put there."""
        replies = await responder.run(self.handler(event), private=True)
        link_room = 1 if public_only(replies) else 0
        await send_replies(private_only(replies), responder.send, room=responder.room - link_room)
        if public_only(replies):
            await responder.acknowledge(private=True)
            place = await open_place()
            owner = owner_of(event, responder.interaction.user)
            await self.send_to(place, public_only(replies), permission, owner=owner)
            await responder.say(f"Your interview is here: {place.jump_url}")
        await responder.finish()

    async def send_to(
        self,
        channel: discord.abc.Messageable,
        replies: list[Reply],
        permission: str,
        *,
        owner: int | None = None,
    ) -> None:
        with explained(permission):
            await send_replies(replies, ChannelSender(channel), owner=owner)

    async def on_message(self, message: discord.Message) -> None:
        """Answers typed in a DM, or in the person's thread when message content is on."""
        if not is_answer(message, read_threads=self.read_threads):
            return
        event = message_event(message)
        replies = await self.handler(event)
        try:
            await send_replies(
                replies, ChannelSender(message.channel), owner=owner_of(event, message.author)
            )
        except discord.Forbidden:
            log.warning("cannot answer message %s in channel %s", message.id, message.channel.id)


async def open_thread(channel: discord.TextChannel, person: discord.abc.User) -> discord.Thread:
    with explained("Create Public Threads"):
        return await channel.create_thread(
            name=thread_name(person), type=discord.ChannelType.public_thread
        )


def owner_of(event: Event, person: discord.abc.User) -> int | None:
    """Whose interview the buttons in reply to ``event`` act for: in a server, the person's
    (anyone there may press them); in a DM, nobody needs naming."""
    return None if event.where.direct else person.id


def private_only(replies: list[Reply]) -> list[Reply]:
    return [reply for reply in replies if reply.private]


def public_only(replies: list[Reply]) -> list[Reply]:
    return [reply for reply in replies if not reply.private]
