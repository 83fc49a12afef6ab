"""The command registry: every registered command is reachable on every platform, and the
help, typed-command detection and routing all come from it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from unittest.mock import AsyncMock

import pytest

import adapters.discord.cog as cog_module
from adapters.console.listeners import Console
from adapters.discord.cog import InterviewCog
from adapters.slack import events as slack_events
from bot import commands
from bot.commands import REGISTRY, Desk, Outcome, Request, Spec, help_text, typed_command
from bot.commands.base import Argument
from bot.engine import Engine
from bot.questions import QuestionBank
from bot.types import Platform, Reply, User
from tests.conftest import FakeClock, make_engine

LISTED = [spec for spec in REGISTRY if spec.listed]
CALLED = "the registered handler ran"


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch, bank: QuestionBank) -> Engine:
    """An engine whose registered handlers only say that they ran."""

    def ran(desk: Desk, request: Request, args: str) -> Outcome:
        event = request.event
        return request.reply(f"{CALLED}: {getattr(event, 'name', '')} [{args}]")

    routed = {spec.name: replace(spec, handler=ran) for spec in REGISTRY}
    monkeypatch.setattr(commands, "BY_NAME", routed)
    return make_engine(bank)


class Lines:
    def __init__(self) -> None:
        self.replies: list[Reply] = []

    def reply(self, reply: Reply) -> None:
        self.replies.append(reply)

    def note(self, text: str) -> None:
        return None


@pytest.mark.parametrize("spec", LISTED, ids=lambda spec: spec.name)
def test_every_command_is_reachable_in_the_console(
    spec: Spec, spied: Engine, clock: FakeClock, tmp_path: Path
) -> None:
    lines = Lines()
    user = User(Platform.CONSOLE.value, "ada", "Ada")
    console = Console(spied, user=user, output=lines, out=tmp_path)
    assert console.command(spec.name) == (spec.name, "")
    console.send(spec.name)
    assert [reply.text for reply in lines.replies] == [f"{CALLED}:  []"]


@pytest.mark.parametrize("spec", LISTED, ids=lambda spec: spec.name)
def test_every_command_is_reachable_in_slack(spec: Spec, spied: Engine, clock: FakeClock) -> None:
    body = {"text": f"{spec.name} some words", "channel_id": "D1", "user_id": "U1"}
    replies = spied.handle(slack_events.command(body), clock())
    assert [reply.text for reply in replies] == [f"{CALLED}: {spec.name} [some words]"]


@pytest.mark.parametrize("spec", LISTED, ids=lambda spec: spec.name)
async def test_every_command_is_a_discord_slash_command(
    spec: Spec, spied: Engine, clock: FakeClock, bank: QuestionBank
) -> None:
    runner = AsyncMock()
    cog = InterviewCog(runner, bank.guides)
    group = cog.app_command
    assert group is not None
    found = group.get_command(spec.name)
    assert found is not None, f"/mockinterview {spec.name} is missing on Discord"
    assert found.description == spec.summary or spec.name == "daily"
    if spec.name in {"hint", "stats", "export", "help"}:
        await cog.slash(spec.name).callback(cog, object())  # type: ignore[arg-type]
        runner.command.assert_awaited_once()
        assert runner.command.await_args.args[1] == spec.name


def test_a_command_without_a_form_of_its_own_gets_one_on_discord(
    monkeypatch: pytest.MonkeyPatch, bank: QuestionBank
) -> None:
    def nothing(desk: Desk, request: Request, args: str) -> Outcome:
        raise AssertionError

    extra = Spec("flashcards", "`flashcards`: quick cards", nothing)
    taking = Spec("drill", "`drill <topic>`: a drill", nothing, arguments=(Argument("topic", "A"),))
    monkeypatch.setattr(cog_module, "REGISTRY", (*REGISTRY, extra, taking))
    cog = InterviewCog(AsyncMock(), bank.guides)
    assert [p.name for p in cog.slash("flashcards").parameters] == []
    assert [p.name for p in cog.slash("drill").parameters] == ["arguments"]
    assert cog.slash("drill").description == "a drill"


def test_the_help_lists_every_listed_command_and_nothing_else(bank: QuestionBank) -> None:
    text = help_text(bank)
    for spec in REGISTRY:
        assert (spec.usage in text) is spec.listed


@pytest.mark.parametrize(
    ("text", "answering", "expected"),
    [
        ("daily status", True, ("daily", "status")),
        ("daily is what I do", True, None),
        ("leaderboard join", True, ("leaderboard", "join")),
        ("forget confirm", True, ("forget", "confirm")),
        ("start hard 3", True, ("start", "hard 3")),
        ("start with an index", True, None),
        ("interview 5 3", True, ("interview", "5 3")),
        ("again", False, ("repeat", "")),
        ("quit", True, ("end", "")),
        ("resume", False, None),
        ("/resume", False, ("resume", "")),
        ("guide upload", False, ("guide", "upload")),
        ("guide upload this answer", True, None),
        ("settings guide backend", False, ("settings", "guide backend")),
        ("settings guide backend", True, None),
    ],
)
def test_typed_commands_follow_what_each_command_accepts(
    text: str, answering: bool, expected: tuple[str, str] | None
) -> None:
    assert typed_command(text, answering=answering, guides=["backend-developer"]) == expected
