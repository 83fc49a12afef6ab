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
from discord.utils import MISSING

from adapters.discord.render import NO_MENTIONS
from bot.errors import APOLOGY, UserError
from bot.types import Reply

log = logging.getLogger(__name__)

DEFER_AFTER_SECONDS = 1.5
CANNOT_DM = 50007
DM_CLOSED = (
    "I can't send you direct messages. Allow them for this server (server name → "
    "Privacy Settings → Direct Messages) and try again, or start without `dm`."
)
THREAD_PERMISSIONS = {
    "create_public_threads": "Create Public Threads",
    "send_messages_in_threads": "Send Messages in Threads",
}


class InteractionResponder:
    """Sends the replies to one interaction: its response first, then follow-ups."""

    def __init__(
        self, interaction: discord.Interaction, *, defer_after: float = DEFER_AFTER_SECONDS
    ) -> None:
        self.interaction = interaction
        self.defer_after = defer_after

    async def run(self, work: Awaitable[list[Reply]], *, private: bool) -> list[Reply]:
        """Await the engine, deferring (ephemeral when ``private``) if it is slow."""
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done:
            await self.acknowledge(private=private)
        return await task

    async def acknowledge(self, *, private: bool) -> None:
        if not self.interaction.response.is_done():
            await self.interaction.response.defer(thinking=True, ephemeral=private)

    async def send(
        self,
        content: str,
        *,
        view: discord.ui.View = MISSING,
        private: bool = False,
        file: discord.File = MISSING,
    ) -> None:
        if self.interaction.response.is_done():
            await self.interaction.followup.send(
                content, view=view, ephemeral=private, file=file, allowed_mentions=NO_MENTIONS
            )
        else:
            await self.interaction.response.send_message(
                content, view=view, ephemeral=private, file=file, allowed_mentions=NO_MENTIONS
            )

    async def finish(self) -> None:
        """Acknowledge silently if nothing was sent (the engine ignored a repeated event)."""
        if not self.interaction.response.is_done():
            await self.interaction.response.defer()


class ChannelSender:
    """Sends plain messages into a channel, thread or DM; ``private`` cannot apply there."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        self.channel = channel

    async def __call__(
        self,
        content: str,
        *,
        view: discord.ui.View = MISSING,
        private: bool = False,
        file: discord.File = MISSING,
    ) -> None:
        await self.channel.send(content, view=view, file=file, allowed_mentions=NO_MENTIONS)


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
        await InteractionResponder(interaction).send(text, private=True)
    except discord.HTTPException:
        log.warning("could not tell the user about an error", exc_info=True)
