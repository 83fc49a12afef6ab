"""The console as a Platform: the terminal is the only place it speaks to."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import ClassVar

from adapters.console.app import output_for, run_console
from adapters.console.render import render
from adapters.platform import LoadSettings
from bot.types import Reply


class ConsolePlatform:
    name: ClassVar[str] = "console"

    def __init__(self, arguments: argparse.Namespace, load_settings: LoadSettings) -> None:
        self.arguments = arguments
        self.load_settings = load_settings

    def connect(self) -> int:
        return run_console(self.arguments, self.load_settings)

    def render(self, reply: Reply) -> Sequence[object]:
        return [render(reply)]

    async def send(self, reply: Reply) -> None:
        output_for(sys.stdout).reply(reply)

    async def deliver_daily(self, address: str, reply: Reply) -> None:
        """The console has no daily question of its own: it prints what it is given."""
        await self.send(reply)

    def close(self) -> None:
        return None  # the interview is saved after every turn


def build(arguments: argparse.Namespace, load_settings: LoadSettings) -> ConsolePlatform:
    return ConsolePlatform(arguments, load_settings)
