"""The buttons under a question and the modal that takes an answer.

A question in a server carries its owner in its buttons' custom ids
(``mockinterview:skip:<user id>``): an :class:`OwnedButton` class, registered at startup as a
``DynamicItem``, acts for the owner only and gives anyone else a private note. Buttons with no
owner (in a DM, and on messages from before owners were kept) reach one persistent view by
their fixed custom id (``mockinterview:hint`` ...). Both keep working after a restart.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Protocol, Self

import discord

from adapters.discord.render import OWNED_CUSTOM_ID, custom_id_for, style_for
from adapters.discord.send import InteractionResponder, report_error
from bot.types import (
    ANSWER_BUTTON,
    END_BUTTON,
    HINT_BUTTON,
    NEXT_BUTTON,
    NOT_YOURS,
    SKIP_BUTTON,
    Button,
)

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


class OwnedButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=OWNED_CUSTOM_ID
):
    """A button of one person's interview; make the class for a runner with :func:`owned`."""

    interviewer: ClassVar[Interviewer]

    def __init__(self, action_id: str, owner: int) -> None:
        label = next(button.label for button in ALL_BUTTONS if button.action_id == action_id)
        custom_id = custom_id_for(action_id, owner)
        style = style_for(action_id)
        super().__init__(discord.ui.Button(label=label, custom_id=custom_id, style=style))
        self.action_id = action_id
        self.owner = owner

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(match["action"], int(match["owner"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            if interaction.user.id != self.owner:
                await InteractionResponder(interaction).send(NOT_YOURS, private=True)
                return
            await self.interviewer.press(interaction, self.action_id)
        except Exception as error:  # the one error hook, as the persistent view has
            await report_error(interaction, error)


def owned(interviewer: Interviewer) -> type[OwnedButton]:
    """The owned-button class acting through ``interviewer``; ``bot.add_dynamic_items`` it."""

    class RunnerOwnedButton(OwnedButton, template=OWNED_CUSTOM_ID):
        pass

    RunnerOwnedButton.interviewer = interviewer
    return RunnerOwnedButton


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
