"""The buttons under a question or feedback, and the modal that takes an answer.

Every button's custom id starts ``mockinterview:`` (see ``render.custom_id_for``). One
:class:`RoutedButton` class, registered at startup as a ``DynamicItem``, handles every click
by its custom id: plain messages and cards, from before a restart too, with or without an
owner, any action the engine offers. A button that names an owner acts for them only and
gives anyone else a private note.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Protocol, Self

import discord

from adapters.discord.render import ROUTED_CUSTOM_ID, custom_id_for, style_for
from adapters.discord.send import InteractionResponder, report_error
from bot.types import NOT_YOURS

MODAL_TIMEOUT_SECONDS = 15 * 60  # an interaction token's lifetime
ANSWER_LIMIT = 4000  # Discord's longest text input


class Interviewer(Protocol):
    """What the buttons and the modal call: the adapter's interview runner."""

    async def press(self, interaction: discord.Interaction, action_id: str, value: str) -> None: ...

    async def submit_answer(self, interaction: discord.Interaction, text: str) -> None: ...


class RoutedButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=ROUTED_CUSTOM_ID
):
    """A clicked engine button; make the class for a runner with :func:`routed`."""

    interviewer: ClassVar[Interviewer]

    def __init__(self, action_id: str, owner: int | None, value: str, label: str) -> None:
        custom_id = custom_id_for(action_id, owner, value)
        style = style_for(action_id)
        super().__init__(discord.ui.Button(label=label, custom_id=custom_id, style=style))
        self.action_id = action_id
        self.owner = owner
        self.value = value

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        owner = int(match["owner"]) if match["owner"] else None
        label = getattr(item, "label", None) or match["action"]
        return cls(match["action"], owner, match["value"] or "", label)

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            if self.owner is not None and interaction.user.id != self.owner:
                await InteractionResponder(interaction).say(NOT_YOURS)
                return
            await self.interviewer.press(interaction, self.action_id, self.value)
        except Exception as error:  # the one error hook, as slash commands have
            await report_error(interaction, error)


def routed(interviewer: Interviewer) -> type[RoutedButton]:
    """The button class acting through ``interviewer``; ``bot.add_dynamic_items`` it."""

    class RunnerButton(RoutedButton, template=ROUTED_CUSTOM_ID):
        pass

    RunnerButton.interviewer = interviewer
    return RunnerButton


class AnswerModal(discord.ui.Modal, title="Your answer"):
    """One labelled text box of up to 4,000 characters (a Label component, as Discord
    wants in modals now)."""

    answer: discord.ui.Label[AnswerModal] = discord.ui.Label(
        text="Answer",
        description="Answer in your own words, as you would in the interview.",
        component=discord.ui.TextInput(
            style=discord.TextStyle.paragraph,
            placeholder="Your answer",
            max_length=ANSWER_LIMIT,
        ),
    )

    def __init__(self, interviewer: Interviewer) -> None:
        super().__init__(timeout=MODAL_TIMEOUT_SECONDS)
        self.interviewer = interviewer

    @property
    def text(self) -> str:
        box = self.answer.component
        assert isinstance(box, discord.ui.TextInput)
        return box.value

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.interviewer.submit_answer(interaction, self.text)

    async def on_error(  # type: ignore[override]  # Modal's own signature, as discord.py has it
        self, interaction: discord.Interaction, error: Exception, /
    ) -> None:
        await report_error(interaction, error)
