"""Daily-question rules: parsing, due times across DST in several zones, pauses, streaks."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.daily import (
    ALL_DAYS,
    DailyRule,
    decide,
    next_due,
    parse_days,
    parse_time,
    slot,
    streak,
    zone,
    zone_names,
)
from bot.errors import UserError


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("zone_name", "day", "at", "expected"),
    [
        # ordinary days, and the day before/after each change
        ("Europe/Berlin", date(2026, 3, 28), time(8, 30), utc(2026, 3, 28, 7, 30)),
        ("Europe/Berlin", date(2026, 3, 30), time(8, 30), utc(2026, 3, 30, 6, 30)),
        ("Europe/Berlin", date(2026, 10, 24), time(8, 30), utc(2026, 10, 24, 6, 30)),
        ("Europe/Berlin", date(2026, 10, 26), time(8, 30), utc(2026, 10, 26, 7, 30)),
        # spring forward: 02:30 does not exist, it moves on by the gap to 03:30 local
        ("Europe/Berlin", date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 30)),
        ("America/New_York", date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 30)),
        # autumn: 02:30 (Berlin) / 01:30 (New York) happen twice; the first is meant
        ("Europe/Berlin", date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        ("America/New_York", date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
        ("America/New_York", date(2026, 11, 2), time(9, 0), utc(2026, 11, 2, 14, 0)),
        # southern hemisphere: Sydney leaves DST in April and enters it in October
        ("Australia/Sydney", date(2026, 4, 4), time(9, 0), utc(2026, 4, 3, 22, 0)),
        ("Australia/Sydney", date(2026, 4, 6), time(9, 0), utc(2026, 4, 5, 23, 0)),
        ("Australia/Sydney", date(2026, 10, 4), time(2, 30), utc(2026, 10, 3, 16, 30)),
        # no DST at all, and a half-hour offset
        ("Asia/Kolkata", date(2026, 3, 29), time(8, 0), utc(2026, 3, 29, 2, 30)),
        ("Asia/Kolkata", date(2026, 10, 25), time(8, 0), utc(2026, 10, 25, 2, 30)),
    ],
)
def test_slot_is_one_instant_per_local_date(
    zone_name: str, day: date, at: time, expected: datetime
) -> None:
    assert slot(day, at, zone_name) == expected


@pytest.mark.parametrize(
    ("zone_name", "change_day"),
    [
        ("Europe/Berlin", date(2026, 3, 29)),
        ("Europe/Berlin", date(2026, 10, 25)),
        ("America/New_York", date(2026, 3, 8)),
        ("America/New_York", date(2026, 11, 1)),
        ("Australia/Sydney", date(2026, 4, 5)),
        ("Australia/Sydney", date(2026, 10, 4)),
        ("Asia/Kolkata", date(2026, 3, 29)),
    ],
)
@pytest.mark.parametrize("at", [time(2, 30), time(9, 0)])
def test_a_week_around_a_change_delivers_once_a_day(
    zone_name: str, change_day: date, at: time
) -> None:
    """Ticking every 15 minutes through the change, each local date gets exactly one question."""
    rule = DailyRule(at=at, timezone=zone_name)
    start = slot(change_day, time(0, 0), zone_name).replace(minute=0) - _days(3)
    due = next_due(rule, after=start, delivered_through=None)
    delivered: list[date] = []
    last: date | None = None
    moment = start
    while moment < start + _days(7):
        if due is not None and due <= moment:
            decision = decide(rule, now=moment, delivered_through=last)
            if decision.deliver_on is not None:
                delivered.append(decision.deliver_on)
                last = decision.deliver_on
            due = decision.next_due_at
        moment += _minutes(15)
    assert len(delivered) == len(set(delivered)) >= 6
    assert all((b - a).days == 1 for a, b in itertools.pairwise(delivered))


def _days(count: int) -> timedelta:
    return timedelta(days=count)


def _minutes(count: int) -> timedelta:
    return timedelta(minutes=count)


@pytest.mark.parametrize(
    ("days", "now", "expected"),
    [
        (parse_days("mon-fri"), utc(2026, 11, 27, 10, 0), utc(2026, 11, 30, 8, 0)),  # Fri -> Mon
        (parse_days("weekends"), utc(2026, 11, 24, 10, 0), utc(2026, 11, 28, 8, 0)),
        (parse_days("wed"), utc(2026, 11, 25, 7, 59), utc(2026, 11, 25, 8, 0)),
        (ALL_DAYS, utc(2026, 11, 24, 8, 0), utc(2026, 11, 24, 8, 0)),
    ],
)
def test_day_filters(days: frozenset[int], now: datetime, expected: datetime) -> None:
    rule = DailyRule(at=time(9, 0), timezone="Europe/Berlin", days=days)
    assert next_due(rule, after=now, delivered_through=None) == expected


def test_a_pause_skips_days_until_its_date() -> None:
    rule = DailyRule(timezone="Europe/Berlin", paused_until=date(2026, 12, 28))
    due = next_due(rule, after=utc(2026, 11, 24, 12, 0), delivered_through=None)
    assert due == utc(2026, 12, 28, 8, 0)


def test_downtime_sends_today_once_and_never_replays_missed_days() -> None:
    rule = DailyRule(timezone="Asia/Kolkata")  # 09:00 local is 03:30 UTC
    # down since Monday; back on Thursday at 10:00 local, after the slot: today's is sent
    decision = decide(rule, now=utc(2026, 11, 26, 4, 30), delivered_through=date(2026, 11, 23))
    assert decision.deliver_on == date(2026, 11, 26)
    assert decision.next_due_at == utc(2026, 11, 27, 3, 30)
    # the same tick again (a retry, another process) finds nothing left for today
    again = decide(rule, now=utc(2026, 11, 26, 4, 31), delivered_through=date(2026, 11, 26))
    assert again.deliver_on is None and again.next_due_at == utc(2026, 11, 27, 3, 30)


def test_back_before_todays_slot_waits_for_it() -> None:
    rule = DailyRule(timezone="America/New_York")
    decision = decide(rule, now=utc(2026, 11, 26, 12, 0), delivered_through=date(2026, 11, 20))
    assert decision == type(decision)(None, utc(2026, 11, 26, 14, 0))


@pytest.mark.parametrize(
    ("delivered", "expected"),
    [
        ([], 0),
        ([(date(2026, 11, 24), False)], 0),  # today, not answered yet: no break
        ([(date(2026, 11, 23), True), (date(2026, 11, 24), False)], 1),
        ([(date(2026, 11, 22), True), (date(2026, 11, 23), True), (date(2026, 11, 24), True)], 3),
        ([(date(2026, 11, 22), True), (date(2026, 11, 23), False), (date(2026, 11, 24), True)], 1),
        # a week paused (nothing delivered) does not break it
        ([(date(2026, 11, 10), True), (date(2026, 11, 23), True)], 2),
    ],
)
def test_streaks_count_answered_local_days(
    delivered: list[tuple[date, bool]], expected: int
) -> None:
    assert streak(delivered, today=date(2026, 11, 24)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("08:30", time(8, 30)), ("7am", time(7, 0)), ("12am", time(0, 0)), ("6:15pm", time(18, 15))],
)
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "8:75", "noonish", "13pm"])
def test_bad_times_get_an_example(text: str) -> None:
    with pytest.raises(UserError, match="Try `08:30`"):
        parse_time(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("fri-mon", {4, 5, 6, 0}),
        ("mon,wed,fri", {0, 2, 4}),
        ("weekends", {5, 6}),
        ("daily", set(range(7))),
    ],
)
def test_parse_days(text: str, expected: set[int]) -> None:
    assert parse_days(text) == expected


def test_unknown_zone_and_day_get_examples() -> None:
    with pytest.raises(UserError, match="Europe/Berlin"):
        zone("Mars/Olympus")
    with pytest.raises(UserError, match="mon-fri"):
        parse_days("funday")


def test_zone_autocomplete() -> None:
    assert "Europe/Berlin" in zone_names("berl")
    assert len(zone_names("")) == 25
