"""Discord: `/mockinterview guide file:` adds a server's own guide, admins only."""

from __future__ import annotations

from typing import Any, cast
from unittest.mock import create_autospec

import discord
import pytest

from bot.errors import UserError
from bot.server_banks import MAX_GUIDE_BYTES
from tests.adapters.discord_fakes import ADMIN, BOB, World, text_channel
from tests.test_upload import BROKEN, GUIDE


def attachment(world: World, content: str, size: int | None = None) -> discord.Attachment:
    """An attachment as an interaction's resolved data carries it; its bytes on the fake CDN."""
    payload = {
        "id": "1100000000000000001",
        "filename": "rust-developer.md",
        "size": len(content.encode()) if size is None else size,
        "url": "https://cdn.example.invalid/attachments/rust-developer.md",
        "proxy_url": "https://media.example.invalid/attachments/rust-developer.md",
    }
    return discord.Attachment(data=cast(Any, payload), state=world.gateway.state)


def serve_from_cdn(world: World, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    download = create_autospec(world.bot.http.get_from_cdn, return_value=content.encode())
    monkeypatch.setattr(world.bot.http, "get_from_cdn", download)


async def test_an_admin_adds_a_guide_and_members_start_it(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_from_cdn(world, monkeypatch, GUIDE)
    channel = text_channel()
    command = world.gateway.command("guide", person=ADMIN, place=channel)
    await world.invoke(world.cog.guide, command, file=attachment(world, GUIDE))
    assert "Added **Rust Developer Interview Help** (`rust-developer`" in world.api.last().content
    await world.invoke(world.cog.guide, world.gateway.command("guide", person=BOB, place=channel))
    assert "`rust-developer`" in world.api.last().content


async def test_problems_are_listed_with_lines(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_from_cdn(world, monkeypatch, BROKEN)
    command = world.gateway.command("guide", person=ADMIN, place=text_channel())
    await world.invoke(world.cog.guide, command, file=attachment(world, BROKEN))
    reply = world.api.last()
    assert "rust-developer.md:20: duplicate question number 1" in reply.content
    assert reply.private


async def test_members_without_manage_server_cannot_add(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_from_cdn(world, monkeypatch, GUIDE)
    command = world.gateway.command("guide", person=BOB, place=text_channel())
    await world.invoke(world.cog.guide, command, file=attachment(world, GUIDE))
    assert "Only server admins can add guides." in world.api.last().content


async def test_a_huge_file_is_refused_without_downloading(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_from_cdn(world, monkeypatch, GUIDE)
    command = world.gateway.command("guide", person=ADMIN, place=text_channel())
    with pytest.raises(UserError, match="over 256 KB"):
        await world.cog.runner.upload(command, attachment(world, GUIDE, size=MAX_GUIDE_BYTES + 1))
    world.bot.http.get_from_cdn.assert_not_called()  # type: ignore[attr-defined]
