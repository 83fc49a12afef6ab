"""Per-server (Discord guild) and per-workspace (Slack team) settings, defaults in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from bot.errors import UserError
from bot.questions import QuestionBank
from bot.retention import describe_days, parse_days
from bot.strictness import Strictness, parse
from bot.types import Where


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Every per-server setting and its default; a new setting is one new field here."""

    default_guide: str | None = None
    interview_channels: tuple[str, ...] = ()  # empty: interviews may run in any channel
    strictness: str | None = None  # how much of a point counts as covered; None: standard
    answer_days: int | None = None  # answer texts older than this are blanked; None: kept

    def allows(self, where: Where) -> bool:
        return (
            where.direct
            or not self.interview_channels
            or where.channel_id in self.interview_channels
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "default_guide": self.default_guide,
            "interview_channels": list(self.interview_channels),
            "strictness": self.strictness,
            "answer_days": self.answer_days,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServerSettings:
        known = {field.name for field in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        if "interview_channels" in values:
            values["interview_channels"] = tuple(values["interview_channels"])
        return cls(**values)


SETTINGS_USAGE = (
    "`settings` shows this server's settings. Admins can change them:\n"
    "• `settings guide <guide|none>`: the guide `start` uses by default\n"
    "• `settings channels here|any`: allow interviews only in this channel (adds it), or anywhere\n"
    "• `settings strictness lenient|standard|strict`: how much of a point counts as covered\n"
    "• `settings retention <days>|off`: delete answer texts older than that, keep the scores\n"
    "• `settings qotd on [time] [time zone] [days]` / `settings qotd off`: a question of the "
    "day in this channel"
)


def change(
    current: ServerSettings, args: str, *, where: Where, bank: QuestionBank
) -> ServerSettings:
    """Apply `guide ...`, `channels ...` or `strictness ...`; a bad value is a UserError."""
    name, _, value = args.strip().partition(" ")
    value = value.strip().lower()
    if name == "guide":
        guide = None if value in {"", "none", "default"} else bank.guide(value).slug
        return replace(current, default_guide=guide)
    if name == "channels" and value == "any":
        return replace(current, interview_channels=())
    if name == "channels" and value == "here":
        channels = tuple(dict.fromkeys((*current.interview_channels, where.channel_id)))
        return replace(current, interview_channels=channels)
    if name == "strictness":
        return replace(current, strictness=parse(value).value)
    if name == "retention":
        return replace(current, answer_days=parse_days(value))
    raise UserError(SETTINGS_USAGE)


def describe(settings: ServerSettings) -> str:
    guide = settings.default_guide or "the first guide"
    channels = (
        ", ".join(f"`{channel}`" for channel in settings.interview_channels)
        if settings.interview_channels
        else "any channel"
    )
    strictness = settings.strictness or Strictness.STANDARD.value
    return (
        f"**Server settings** · default guide: {guide} · interviews run in: {channels}"
        f" · strictness: {strictness} · {describe_days(settings.answer_days)}"
    )
