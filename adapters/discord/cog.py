"""The `/mockinterview` command group, the DM listener and the one error hook, in one Cog."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice, Range
from discord.ext import commands

from adapters.discord.listeners import InterviewRunner
from adapters.discord.send import report_error, require_server_install
from bot.commands import BY_NAME, REGISTRY, Spec
from bot.commands.words import MAX_LENGTH
from bot.daily import zone_names
from bot.errors import UserError
from bot.questions import Guide
from bot.strictness import LEVELS
from bot.types import Difficulty, Kind

MAX_CHOICES = 25  # Discord shows at most 25 autocomplete results
KIND_CHOICES = [
    Choice(name=kind.value.replace("-", " ").title(), value=kind.value) for kind in Kind
]
DIFFICULTY_CHOICES = [Choice(name=level.value.title(), value=level.value) for level in Difficulty]
LEADERBOARD_CHOICES = [Choice(name="Join", value="join"), Choice(name="Leave", value="leave")]
CHANNEL_CHOICES = [
    Choice(name="Only here (adds this channel)", value="here"),
    Choice(name="Any channel", value="any"),
]
QOTD_CHOICES = [Choice(name="On here", value="on"), Choice(name="Off here", value="off")]
STRICTNESS_CHOICES = [Choice(name=level.title(), value=level) for level in LEVELS]
SUBCOMMAND_LIMIT = 25  # Discord's most subcommands (and groups) in one command


def summary(command: str) -> str:
    """A command's help line without its usage, as a slash-command description."""
    return BY_NAME[command].summary


Callback = Callable[..., Coroutine[Any, Any, None]]


def registered(spec: Spec) -> Callback:
    """The slash command of a registered command that has no form of its own here: no
    options, or one `arguments` text option when the command takes arguments."""
    if spec.arguments:

        async def with_arguments(
            cog: InterviewCog, interaction: discord.Interaction, arguments: str = ""
        ) -> None:
            await cog.runner.command(interaction, spec.name, arguments)

        callback: Callback = with_arguments
    else:

        async def without_arguments(cog: InterviewCog, interaction: discord.Interaction) -> None:
            await cog.runner.command(interaction, spec.name)

        callback = without_arguments
    callback.__qualname__ = f"InterviewCog.{spec.name}"  # discord.py: a method, bound to the cog
    return callback


def guide_choices(guides: Sequence[Guide], typed: str) -> list[Choice[str]]:
    """Guides whose slug or title contains what was typed, as Discord shows them."""
    needle = typed.strip().lower()
    matches = [
        guide for guide in guides if needle in guide.slug.lower() or needle in guide.title.lower()
    ]
    return [
        Choice(name=f"{guide.title} ({guide.slug})"[:100], value=guide.slug)
        for guide in matches[:MAX_CHOICES]
    ]


REPLACE = "Replace the interview you have running with this new one"
CONFIRM = " confirm"  # what `replace: True` adds to the command's words


def start_args(
    guide: str | None,
    kind: Choice[str] | None,
    difficulty: Choice[str] | None,
    questions: int | None,
) -> str:
    words = [
        guide,
        kind and kind.value,
        difficulty and difficulty.value,
        questions and str(questions),
    ]
    return " ".join(word for word in words if word)


def rule_args(action: str, time: str | None, timezone: str, days: str | None) -> str:
    """`on 08:30 Europe/Berlin mon-fri` from the daily command's options."""
    return " ".join(word for word in (action, time, timezone, days) if word)


def settings_args(
    guide: str | None, channels: Choice[str] | None, qotd: Choice[str] | None, rule: str
) -> str:
    """The words of `settings`: one of guide, channels, or the question of the day (whose
    time, zone and days are ``rule``)."""
    if len([chosen for chosen in (guide, channels, qotd) if chosen]) > 1:
        raise UserError("Change one setting at a time: `guide`, `channels` or `qotd`.")
    if guide:
        return f"guide {guide}"
    if qotd:
        return " ".join(word for word in ("qotd", qotd.value, rule) if word)
    return f"channels {channels.value}" if channels else ""


def strictness_args(others: str, strictness: Choice[str]) -> str:
    """`strictness strict`, when no other setting was chosen with it."""
    if others:
        raise UserError("Change one setting at a time: `strictness` on its own.")
    return f"strictness {strictness.value}"


@app_commands.allowed_installs(guilds=True, users=True)
@app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
class InterviewCog(commands.GroupCog, group_name="mockinterview"):
    """Mock interviews: questions, hints and scored answers; in servers that added the app,
    and, for whoever installed it for themselves, in any server, DM or group DM."""

    def __init__(self, runner: InterviewRunner, guides: Sequence[Guide]) -> None:
        self.runner = runner
        self.guides = guides
        self.more = app_commands.Group(
            name="mockinterview-more",
            description="More mock-interview commands",
            allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
            allowed_contexts=app_commands.AppCommandContext(
                guild=True, dm_channel=True, private_channel=True
            ),
        )
        super().__init__()
        self._add_registered()

    @property
    def groups(self) -> tuple[app_commands.Group, ...]:
        """`/mockinterview`, and `/mockinterview-more` for what Discord's limit leaves out."""
        group = self.app_command
        assert group is not None  # a GroupCog always has its group
        return (group, self.more)

    def _add_registered(self) -> None:
        """Every registered command without a form of its own below gets a plain one, in
        `/mockinterview` while it has room, then in `/mockinterview-more`."""
        main, more = self.groups
        for spec in REGISTRY:
            if not spec.listed or any(group.get_command(spec.name) for group in self.groups):
                continue
            command: app_commands.Command[InterviewCog, ..., None] = app_commands.Command(
                name=spec.name, description=spec.summary, callback=registered(spec)
            )
            command.binding = self  # so the cog's error hook sees its errors
            (main if len(main.commands) < SUBCOMMAND_LIMIT else more).add_command(command)

    def slash(self, name: str) -> app_commands.Command[InterviewCog, ..., None]:
        """The `/mockinterview <name>` (or `/mockinterview-more <name>`) command."""
        for group in self.groups:
            command = group.get_command(name)
            if isinstance(command, app_commands.Command):
                return command
        raise KeyError(name)

    async def guide_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        return guide_choices(self.guides, current)

    async def zone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        return [Choice(name=name, value=name) for name in zone_names(current, MAX_CHOICES)]

    @app_commands.command(description=summary("start"))
    @app_commands.describe(
        guide="The guide to draw questions from",
        kind="Only this kind of question",
        difficulty="Only this difficulty",
        questions="How many questions",
        dm="Hold the interview in a DM with me instead of a thread",
        replace=REPLACE,
    )
    @app_commands.choices(kind=KIND_CHOICES, difficulty=DIFFICULTY_CHOICES)
    @app_commands.autocomplete(guide=guide_autocomplete)
    async def start(
        self,
        interaction: discord.Interaction,
        guide: str | None = None,
        kind: Choice[str] | None = None,
        difficulty: Choice[str] | None = None,
        questions: Range[int, 1, MAX_LENGTH] | None = None,
        dm: bool = False,
        replace: bool = False,
    ) -> None:
        args = start_args(guide, kind, difficulty, questions) + (CONFIRM if replace else "")
        await self.runner.start(interaction, args, dm=dm)

    @app_commands.command(description=summary("settings"))
    @app_commands.describe(
        guide="Admins: the guide `start` uses by default (`none` for the first guide)",
        channels="Admins: where interviews may run",
        qotd="Admins: a question of the day posted in this channel",
        timezone="Question of the day: the time zone its time is in (start typing a city)",
        time="Question of the day: time of day, e.g. 09:00 (default 09:00)",
        days="Question of the day: e.g. mon-fri (default every day)",
        strictness="Admins: how much of a key point an answer must say to cover it",
    )
    @app_commands.choices(
        channels=CHANNEL_CHOICES, qotd=QOTD_CHOICES, strictness=STRICTNESS_CHOICES
    )
    @app_commands.autocomplete(guide=guide_autocomplete, timezone=zone_autocomplete)
    async def settings(
        self,
        interaction: discord.Interaction,
        guide: str | None = None,
        channels: Choice[str] | None = None,
        qotd: Choice[str] | None = None,
        timezone: str | None = None,
        time: str | None = None,
        days: str | None = None,
        strictness: Choice[str] | None = None,
    ) -> None:
        rule = " ".join(word for word in (time, timezone, days) if word)
        args = settings_args(guide, channels, qotd, rule)
        if strictness:
            args = strictness_args(args, strictness)
        if args:
            require_server_install(interaction)
        await self.runner.command(interaction, "settings", args)

    @app_commands.command(name="interview", description=summary("interview"))
    @app_commands.describe(
        questions="How many questions (default 5)",
        minutes="Minutes per answer (default: no limit)",
        replace=REPLACE,
    )
    async def mock_interview(
        self,
        interaction: discord.Interaction,
        questions: Range[int, 1, MAX_LENGTH] | None = None,
        minutes: Range[int, 1, 60] | None = None,
        replace: bool = False,
    ) -> None:
        count = questions or (5 if minutes else None)
        args = " ".join(str(number) for number in (count, minutes) if number) + (
            CONFIRM if replace else ""
        )
        await self.runner.start(interaction, args, dm=False, command="interview")

    @app_commands.command(description=summary("guide")[:100])
    @app_commands.describe(file="Manage Server: a .md guide in the shipped guides' format to add")
    async def guide(
        self, interaction: discord.Interaction, file: discord.Attachment | None = None
    ) -> None:
        if file is None:
            await self.runner.command(interaction, "guide")
        else:
            await self.runner.upload(interaction, file)

    @app_commands.command(description=summary("leaderboard"))
    @app_commands.describe(action="Join or leave this server's leaderboard; empty to see it")
    @app_commands.choices(action=LEADERBOARD_CHOICES)
    async def leaderboard(
        self, interaction: discord.Interaction, action: Choice[str] | None = None
    ) -> None:
        await self.runner.command(interaction, "leaderboard", action.value if action else "")

    @app_commands.command(description=summary("forget"))
    @app_commands.describe(confirm="True to delete everything about you, for good")
    async def forget(self, interaction: discord.Interaction, confirm: bool = False) -> None:
        await self.runner.command(interaction, "forget", "confirm" if confirm else "")

    daily = app_commands.Group(name="daily", description="A question by DM every day, at your time")

    async def topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        kinds = [Choice(name=choice.name, value=choice.value) for choice in KIND_CHOICES]
        wanted = current.strip().lower()
        matches = [choice for choice in kinds if wanted in choice.value]
        return (matches + guide_choices(self.guides, current))[:MAX_CHOICES]

    @daily.command(name="on", description="Get a question by DM every day")
    @app_commands.describe(
        timezone="Your time zone (Discord doesn't tell bots): start typing a city",
        time="Time of day, e.g. 08:30 (default 09:00)",
        days="e.g. mon-fri, weekends, mon,wed,fri (default every day)",
    )
    @app_commands.autocomplete(timezone=zone_autocomplete)
    async def daily_on(
        self,
        interaction: discord.Interaction,
        timezone: str,
        time: str | None = None,
        days: str | None = None,
    ) -> None:
        await self.runner.command(interaction, "daily", rule_args("on", time, timezone, days))

    @daily.command(name="off", description="Stop the daily question")
    async def daily_off(self, interaction: discord.Interaction) -> None:
        await self.runner.command(interaction, "daily", "off")

    @daily.command(name="pause", description="No daily question until a date (a holiday)")
    @app_commands.describe(until="The first day you want questions again, e.g. 2026-12-28")
    async def daily_pause(self, interaction: discord.Interaction, until: str) -> None:
        await self.runner.command(interaction, "daily", f"pause until {until}")

    @daily.command(name="resume", description="Daily questions again")
    async def daily_resume(self, interaction: discord.Interaction) -> None:
        await self.runner.command(interaction, "daily", "resume")

    @daily.command(name="status", description="Your next daily question and your streak")
    async def daily_status(self, interaction: discord.Interaction) -> None:
        await self.runner.command(interaction, "daily", "status")

    @daily.command(name="topic", description="Daily questions from one guide or kind")
    @app_commands.describe(topic="A guide or a kind of question; `any` for all")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def daily_topic(self, interaction: discord.Interaction, topic: str) -> None:
        await self.runner.command(interaction, "daily", f"topic {topic}")

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        await self.runner.on_message(message)

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
