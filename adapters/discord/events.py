"""Discord interactions and messages as the engine's neutral events."""

from __future__ import annotations

import discord

from bot.types import Action, Command, Platform, Text, User, Where

PLATFORM = Platform.DISCORD.value
THREAD_PREFIX = "Mock interview · "
ANSWER_MESSAGE_TYPES = frozenset({discord.MessageType.default, discord.MessageType.reply})


def thread_name(person: discord.abc.User) -> str:
    """The name of a person's interview thread; Discord allows 100 characters."""
    return (THREAD_PREFIX + person.display_name)[:100]


def user_of(interaction: discord.Interaction) -> User:
    """The person; an admin is whoever has Manage Server where the interaction happened."""
    person = interaction.user
    admin = interaction.guild_id is not None and interaction.permissions.manage_guild
    return User(PLATFORM, str(person.id), person.display_name, is_admin=admin)


def author_of(message: discord.Message) -> User:
    author = message.author
    admin = isinstance(author, discord.Member) and author.guild_permissions.manage_guild
    return User(PLATFORM, str(author.id), author.display_name, is_admin=admin)


def where_of(
    channel: discord.abc.MessageableChannel | discord.interactions.InteractionChannel | None,
    *,
    channel_id: int | None,
    guild_id: int | None,
) -> Where:
    """A thread is its parent channel plus the thread; no server means a direct message."""
    scope = None if guild_id is None else str(guild_id)
    if isinstance(channel, discord.Thread):
        return Where(PLATFORM, str(channel.parent_id), thread_id=str(channel.id), scope=scope)
    return Where(PLATFORM, str(channel_id), direct=guild_id is None, scope=scope)


def interaction_where(interaction: discord.Interaction) -> Where:
    return where_of(
        interaction.channel, channel_id=interaction.channel_id, guild_id=interaction.guild_id
    )


def command_event(interaction: discord.Interaction, name: str, args: str = "") -> Command:
    return Command(
        user_of(interaction),
        interaction_where(interaction),
        name,
        args,
        event_id=str(interaction.id),
    )


def action_event(interaction: discord.Interaction, action_id: str, value: str = "") -> Action:
    return Action(
        user_of(interaction),
        interaction_where(interaction),
        action_id,
        value,
        event_id=str(interaction.id),
    )


def answer_event(interaction: discord.Interaction, text: str) -> Text:
    where = interaction_where(interaction)
    return Text(user_of(interaction), where, text, event_id=str(interaction.id))


def message_event(message: discord.Message) -> Text:
    guild_id = None if message.guild is None else message.guild.id
    where = where_of(message.channel, channel_id=message.channel.id, guild_id=guild_id)
    return Text(author_of(message), where, message.content, event_id=str(message.id))


def is_answer(message: discord.Message, *, read_threads: bool) -> bool:
    """A person's DM to the bot, or (with message content) a message in their interview thread."""
    if message.author.bot or message.type not in ANSWER_MESSAGE_TYPES:
        return False
    channel = message.channel
    if isinstance(channel, discord.DMChannel):
        return True
    return (
        read_threads
        and isinstance(channel, discord.Thread)
        and channel.name == thread_name(message.author)
    )
