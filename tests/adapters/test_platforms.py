"""Every registered platform is a CLI command and implements the one Platform protocol."""

from __future__ import annotations

import inspect

import pytest

from adapters.cli import build_parser
from adapters.platform import PLATFORMS, Platform, Registered
from bot.settings import Settings
from bot.types import Reply, Where

VERBS = ("connect", "render", "send", "deliver_daily", "close")


def built(registered: Registered) -> Platform:
    arguments = build_parser().parse_args([registered.name])
    return registered.build(arguments, lambda: Settings(_env_file=None))  # type: ignore[call-arg]


@pytest.mark.parametrize("registered", PLATFORMS, ids=lambda registered: registered.name)
def test_every_registered_platform_is_a_command(registered: Registered) -> None:
    arguments = build_parser().parse_args([registered.name])
    assert (arguments.run, arguments.platform) == ("platform", registered.name)


@pytest.mark.parametrize("registered", PLATFORMS, ids=lambda registered: registered.name)
def test_every_registered_platform_has_every_verb(registered: Registered) -> None:
    platform = built(registered)
    assert platform.name == registered.name
    for verb in VERBS:
        expected = inspect.signature(getattr(Platform, verb)).parameters.keys()
        assert inspect.signature(getattr(type(platform), verb)).parameters.keys() == expected


@pytest.mark.parametrize("registered", PLATFORMS, ids=lambda registered: registered.name)
def test_every_platform_renders_a_reply_as_its_own_messages(registered: Registered) -> None:
    rendered = built(registered).render(Reply(Where(registered.name, "C1"), "**Question 1**"))
    assert rendered
    assert "Question 1" in str(rendered)
