"""Answering Discord: within 3 seconds, mentions off, and Discord's refusals explained.

Discord wants an interaction answered within 3 seconds; the token then lives 15 minutes.
The responder answers directly when the engine is quick, so a private reply can still be
ephemeral, and defers ("thinking...") only when the engine takes longer than that.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Iterator, Mapping
from contextlib import contextmanager

import discord
from discord import app_commands

from adapters.discord.render import Message
from bot.errors import APOLOGY, UserError
from bot.types import Reply

log = logging.getLogger(__name__)

DEFER_AFTER_SECONDS = 1.5
FOLLOW_UPS = 5  # Discord: at most five follow-up messages per interaction
CANNOT_DM = 50007
DM_CLOSED = (
    "I can't send you direct messages. Allow them for this server (server name → "
    "Privacy Settings → Direct Messages) and try again, or start without `dm`."
)
NOT_ADDED = (
    "This server hasn't added the bot (you have it through your own install), so its settings "
    "and guides can't change from here. Ask an admin to add the bot to the server."
)
THREAD_PERMISSIONS = {
    "create_public_threads": "Create Public Threads",
    "send_messages_in_threads": "Send Messages in Threads",
}


def reaches_only_the_person(interaction: discord.Interaction) -> bool:
    """Whether the app is here only through the person's own install: a server that has not
    added it (or does not allow external apps), or a group DM. Only interaction replies reach
    such a place, so they are kept to the person (ephemeral). A DM with the bot is private
    already, and a server with the bot in it follows each reply's own ``private``."""
    if interaction.guild_id is not None:
        return interaction.is_user_integration() and not interaction.is_guild_integration()
    return interaction.context.private_channel is True


def require_server_install(interaction: discord.Interaction) -> None:
    """A server's settings and guides change only where the server has added the bot."""
    if interaction.guild_id is not None and reaches_only_the_person(interaction):
        raise UserError(NOT_ADDED)


class InteractionResponder:
    """Sends the replies to one interaction: its response first, then follow-ups, at most
    ``FOLLOW_UPS`` of them (Discord's limit for a user-installed app)."""

    def __init__(
        self, interaction: discord.Interaction, *, defer_after: float = DEFER_AFTER_SECONDS
    ) -> None:
        self.interaction = interaction
        self.defer_after = defer_after
        self.only_private = reaches_only_the_person(interaction)
        self.follow_ups = 0

    @property
    def room(self) -> int:
        """How many more messages this interaction may send."""
        response = 0 if self.interaction.response.is_done() else 1
        return response + FOLLOW_UPS - self.follow_ups

    async def run(self, work: Awaitable[list[Reply]], *, private: bool) -> list[Reply]:
        """Await the engine, deferring (ephemeral when ``private``) if it is slow."""
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done:
            await self.acknowledge(private=private)
        return await task

    async def acknowledge(self, *, private: bool) -> None:
        if not self.interaction.response.is_done():
            ephemeral = private or self.only_private
            await self.interaction.response.defer(thinking=True, ephemeral=ephemeral)

    async def send(self, message: Message) -> None:
        ephemeral = message.private or self.only_private
        if self.interaction.response.is_done():
            self.follow_ups += 1
            await self.interaction.followup.send(ephemeral=ephemeral, **message.options())
        else:
            await self.interaction.response.send_message(ephemeral=ephemeral, **message.options())

    async def say(self, text: str) -> None:
        """One private line: a note, a link, an error."""
        await self.send(Message(text, private=True))

    async def finish(self) -> None:
        """Acknowledge silently if nothing was sent (the engine ignored a repeated event)."""
        if not self.interaction.response.is_done():
            await self.interaction.response.defer()


class ChannelSender:
    """Sends plain messages into a channel, thread or DM; ``private`` cannot apply there."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        self.channel = channel

    async def __call__(self, message: Message) -> None:
        await self.channel.send(**message.options())


def missing_permissions(labels: list[str]) -> str:
    named = " and ".join(f"**{label}**" for label in labels)
    return (
        f"I'm missing the {named} permission here. Ask a server admin to allow it for me in "
        "this channel, or use `/mockinterview start dm:True` for an interview in a DM."
    )


def require_permissions(granted: discord.Permissions, needed: Mapping[str, str]) -> None:
    """Raise a UserError naming every permission in ``needed`` (flag: label) not granted."""
    missing = [label for flag, label in needed.items() if not getattr(granted, flag)]
    if missing:
        raise UserError(missing_permissions(missing))


@contextmanager
def explained(permission: str) -> Iterator[None]:
    """Turn Discord's 403s into a UserError: closed DMs, or the ``permission`` lacking."""
    try:
        yield
    except discord.Forbidden as error:
        if error.code == CANNOT_DM:
            raise UserError(DM_CLOSED) from error
        raise UserError(missing_permissions([permission])) from error


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """The one error hook: a UserError's sentence, or a logged bug and one apology."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserError):
        text = error.message
    elif isinstance(error, app_commands.CheckFailure):
        text = str(error)
    else:
        log.error("unexpected error handling interaction %s", interaction.id, exc_info=error)
        text = APOLOGY
    try:
        await InteractionResponder(interaction).say(text)
    except discord.HTTPException:
        log.warning("could not tell the user about an error", exc_info=True)
