"""Daily questions as pure rules: parsing the settings, when the next one is due, streaks.

Instants are UTC; the rule lives in the person's IANA zone. A local time that does not exist
(spring forward) moves forward by the gap; one that exists twice (autumn) means the first.
Either way a local date has exactly one instant, so the question comes once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.errors import UserError
from bot.streaks import walk

ALL_DAYS = frozenset(range(7))
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_WORDS = {"daily": ALL_DAYS, "everyday": ALL_DAYS, "weekdays": frozenset(range(5))}
DAY_WORDS["weekends"] = frozenset({5, 6})
TIME_PATTERN = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")
DEFAULT_TIME = time(9, 0)
LOOKAHEAD_DAYS = 400  # a pause or a sparse day filter still finds its next date


@dataclass(frozen=True, slots=True)
class DailyRule:
    at: time = DEFAULT_TIME
    timezone: str = "UTC"
    days: frozenset[int] = ALL_DAYS
    paused_until: date | None = None  # no question before this local date


@dataclass(frozen=True, slots=True)
class Decision:
    """What a tick does for one due subscription."""

    deliver_on: date | None  # the local date to deliver for, or None to send nothing
    next_due_at: datetime | None


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            f"I don't know the time zone `{name}`. Use an IANA name such as "
            "`Europe/Berlin`, `America/New_York` or `Asia/Kolkata`."
        ) from None


def zone_names(prefix: str = "", limit: int = 25) -> list[str]:
    """IANA names containing ``prefix`` (case-insensitive), for autocomplete."""
    wanted = prefix.lower()
    return sorted(name for name in available_timezones() if wanted in name.lower())[:limit]


def parse_time(text: str) -> time:
    match = TIME_PATTERN.match(text.strip().lower())
    hour, minute = (int(match.group(1)), int(match.group(2) or 0)) if match else (99, 0)
    if match and match.group(3):
        hour = hour % 12 + (12 if match.group(3) == "pm" else 0) if 1 <= hour <= 12 else 99
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise UserError(f"`{text}` is not a time of day. Try `08:30`, `18:00` or `7am`.")
    return time(hour, minute)


def parse_days(text: str) -> frozenset[int]:
    """`mon-fri`, `mon,wed,fri`, `weekdays`, `weekends` or `daily`."""
    lowered = text.strip().lower()
    if lowered in DAY_WORDS:
        return DAY_WORDS[lowered]
    days: set[int] = set()
    for part in lowered.split(","):
        first, _, last = part.partition("-")
        start, end = _day(first), _day(last or first)
        days.update((start + offset) % 7 for offset in range((end - start) % 7 + 1))
    return frozenset(days)


def _day(word: str) -> int:
    key = word.strip()[:3]
    if key not in DAY_NAMES:
        raise UserError(f"`{word}` is not a day. Try `mon-fri`, `sat,sun`, `weekdays` or `daily`.")
    return DAY_NAMES.index(key)


def looks_like_days(word: str) -> bool:
    return word.lower() in DAY_WORDS or word[:3].lower() in DAY_NAMES


def slot(local_date: date, at: time, timezone: str) -> datetime:
    """The one UTC instant of ``at`` on ``local_date`` in ``timezone``."""
    # fold=0 (PEP 495): in a gap the offset before the change applies, so 02:30 on a
    # spring-forward night lands at 03:30; of a repeated hour the first occurrence is meant.
    return datetime.combine(local_date, at, tzinfo=zone(timezone)).astimezone(UTC)


def local_date(moment: datetime, timezone: str) -> date:
    return moment.astimezone(zone(timezone)).date()


def allowed(rule: DailyRule, day: date, delivered_through: date | None) -> bool:
    if delivered_through is not None and day <= delivered_through:
        return False
    if rule.paused_until is not None and day < rule.paused_until:
        return False
    return day.weekday() in rule.days


def next_due(
    rule: DailyRule, *, after: datetime, delivered_through: date | None
) -> datetime | None:
    """The first slot at or after ``after`` on an allowed local date."""
    first = local_date(after, rule.timezone)
    for offset in range(LOOKAHEAD_DAYS):
        day = first + timedelta(days=offset)
        if allowed(rule, day, delivered_through):
            instant = slot(day, rule.at, rule.timezone)
            if instant >= after:
                return instant
    return None


def decide(rule: DailyRule, *, now: datetime, delivered_through: date | None) -> Decision:
    """Deliver today's question if its time has come; never replay a missed day."""
    today = local_date(now, rule.timezone)
    if allowed(rule, today, delivered_through) and slot(today, rule.at, rule.timezone) <= now:
        following = next_due(rule, after=now, delivered_through=today)
        return Decision(today, following)
    return Decision(None, next_due(rule, after=now, delivered_through=delivered_through))


def streak(delivered: Iterable[tuple[date, bool]], today: date) -> int:
    """Answered daily questions in a row, in local days: a delivered day left unanswered
    breaks the streak unless a freeze covers it (see ``bot.streaks``)."""
    return walk(delivered, today).days


def describe_days(days: frozenset[int]) -> str:
    if days == ALL_DAYS:
        return "every day"
    if days == DAY_WORDS["weekdays"]:
        return "Monday to Friday"
    return ", ".join(DAY_NAMES[day].title() for day in sorted(days))


@dataclass(frozen=True, slots=True)
class Subscription:
    """One person's daily question: where to DM them and their local rule."""

    user_key: str
    platform: str
    address: str  # the platform's user id; the adapter opens the DM
    rule: DailyRule = DailyRule()
    topic: str | None = None  # a guide slug or a question kind
    active: bool = True
    next_due_at: datetime | None = None
    delivered_through: date | None = None
    failures: int = 0
    scope: str | None = None  # the server or workspace it was made in
    pause_reason: str | None = None  # the platform's words for the last DM it refused

    @property
    def is_channel(self) -> bool:
        """A channel's question of the day rather than one person's DM."""
        return self.user_key.partition(":")[2].startswith("#")


def channel_key(platform: str, channel_id: str) -> str:
    """The subscription key of a channel's question of the day: ``slack:#C123``."""
    return f"{platform}:#{channel_id}"


@dataclass(frozen=True, slots=True)
class Claim:
    """A delivery claimed in the database: this process, and only this one, sends it."""

    delivery_id: int
    subscription: Subscription
    local_date: date


@dataclass(frozen=True, slots=True)
class Delivery:
    user_key: str
    local_date: date
    status: str  # claimed, sending, sent, failed, deferred
    question_id: str | None = None
    answered: bool = False
    id: int = 0


def schedule(subscription: Subscription, now: datetime) -> Decision:
    """`decide` for a stored subscription; inactive ones are never due."""
    if not subscription.active:
        return Decision(None, None)
    return decide(subscription.rule, now=now, delivered_through=subscription.delivered_through)


def reschedule(subscription: Subscription, now: datetime) -> Subscription:
    """Recompute ``next_due_at`` after a settings change."""
    due = None
    if subscription.active:
        due = next_due(
            subscription.rule, after=now, delivered_through=subscription.delivered_through
        )
    return replace(subscription, next_due_at=due)
