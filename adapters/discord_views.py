"""The buttons under a question and the modal that takes an answer.

One persistent view, registered at startup, owns every button by custom_id
(``mockinterview:hint`` ...), so buttons on old messages keep working after a restart.
"""

from __future__ import annotations

from typing import Any, Protocol

import discord

from adapters.discord_render import custom_id_for, style_for
from adapters.discord_respond import report_error
from bot.types import ANSWER_BUTTON, END_BUTTON, HINT_BUTTON, NEXT_BUTTON, SKIP_BUTTON, Button

ALL_BUTTONS = (ANSWER_BUTTON, HINT_BUTTON, SKIP_BUTTON, NEXT_BUTTON, END_BUTTON)
MODAL_TIMEOUT_SECONDS = 15 * 60  # an interaction token's lifetime
ANSWER_LIMIT = 4000  # Discord's longest text input


class Interviewer(Protocol):
    """What the buttons and the modal call: the adapter's interview runner."""

    async def press(self, interaction: discord.Interaction, action_id: str) -> None: ...

    async def submit_answer(self, interaction: discord.Interaction, text: str) -> None: ...


class ActionButton(discord.ui.Button["ActionView"]):
    def __init__(self, button: Button, interviewer: Interviewer) -> None:
        super().__init__(
            label=button.label,
            custom_id=custom_id_for(button.action_id),
            style=style_for(button.action_id),
        )
        self.action_id = button.action_id
        self.interviewer = interviewer

    async def callback(self, interaction: discord.Interaction) -> None:
        await self.interviewer.press(interaction, self.action_id)


class ActionView(discord.ui.View):
    """Every button the engine offers; register it once with ``bot.add_view``."""

    def __init__(self, interviewer: Interviewer) -> None:
        super().__init__(timeout=None)
        for button in ALL_BUTTONS:
            self.add_item(ActionButton(button, interviewer))

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        await report_error(interaction, error)


class AnswerModal(discord.ui.Modal, title="Your answer"):
    answer: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
        label="Answer",
        style=discord.TextStyle.paragraph,
        placeholder="Answer in your own words, as you would in the interview.",
        max_length=ANSWER_LIMIT,
    )

    def __init__(self, interviewer: Interviewer) -> None:
        super().__init__(timeout=MODAL_TIMEOUT_SECONDS)
        self.interviewer = interviewer

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.interviewer.submit_answer(interaction, self.answer.value)

    async def on_error(  # type: ignore[override]  # Modal's own signature, as discord.py has it
        self, interaction: discord.Interaction, error: Exception, /
    ) -> None:
        await report_error(interaction, error)
