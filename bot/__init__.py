"""The mockinterview engine: pure Python, no platform SDK, no scheduler, no network."""

from __future__ import annotations

from bot.types import Action, Button, Command, Difficulty, Event, Kind, Reply, Text, User, Where

__all__ = [
    "Action",
    "Button",
    "Command",
    "Difficulty",
    "Event",
    "Kind",
    "Reply",
    "Text",
    "User",
    "Where",
]
