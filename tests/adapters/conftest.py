"""Fixtures shared by the adapter tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.engine import Engine
from tests.adapters.discord_fakes import World, open_world
from tests.conftest import FakeClock


@pytest.fixture
async def world(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[World]:
    async with open_world(engine, clock, monkeypatch) as opened:
        yield opened
