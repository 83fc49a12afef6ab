"""`daily`: a question by DM every day at the person's local time; and the answer to a
channel's question of the day, from someone not in an interview."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from bot.channel_daily import QOTD_USAGE, ChannelDaily, session_of, switch
from bot.commands.base import Argument, Desk, Outcome, Request, Spec
from bot.commands.interview import score
from bot.commands.words import KIND_WORDS
from bot.daily import (
    DailyRule,
    Subscription,
    describe_days,
    local_date,
    looks_like_days,
    parse_days,
    parse_time,
    reschedule,
    zone,
)
from bot.deliveries import MAX_FAILURES, streak_of
from bot.errors import UserError
from bot.feedback import feedback_text, plural
from bot.scoring import MAX_ANSWER_CHARS
from bot.store import SaveSubscription, ShowedLast
from bot.streaks import FREEZE_RULE
from bot.types import Kind, Platform, Reply, Text

IN_THE_TERMINAL = (
    "The terminal cannot message you: the question waits for you the next time you run "
    "`mockinterview console` after that time."
)
CANNOT_DM = (
    "Daily questions are **paused**: I couldn't DM you three times in a row. "
    "Open your DMs to me (or unblock me), then type `daily resume`."
)
DAILY_USAGE = (
    "• `daily on [time] [time zone] [days]`: e.g. `daily on 08:30 Europe/Berlin mon-fri`\n"
    "• `daily off` · `daily pause until 2026-12-28` · `daily resume`\n"
    "• `daily status` · `daily topic <guide|kind|any>`\n"
    f"_{FREEZE_RULE}_"
)
ACTIONS = ("on", "off", "pause", "resume", "status", "topic")


def daily(desk: Desk, request: Request, args: str) -> Outcome:
    action, _, rest = args.strip().partition(" ")
    handlers = {
        "on": _on,
        "off": _off,
        "pause": _pause,
        "resume": _resume,
        "topic": _topic,
        "status": _status,
        "": _status,
    }
    handler = handlers.get(action.lower())
    if handler is None:
        raise UserError(f"I don't know `daily {action}`. Try:\n{DAILY_USAGE}")
    return handler(desk, request, rest.strip())


def question_of_the_day(desk: Desk, request: Request, args: str) -> Outcome:
    """`settings qotd on|off ...`: a channel's question of the day (admins only)."""
    channels = ChannelDaily(desk.store, desk.shipped)
    action, _, rest = args.strip().partition(" ")
    current = channels.subscription(request.event.where)
    if action == "on":
        rule = parse_rule(rest, current)
        saved = reschedule(switch(current, active=True, rule=rule), request.now)
        text = "Question of the day is on here.\n\n" + describe(desk, saved, request.now)
        return request.reply(text, writes=[SaveSubscription(saved)])
    if action == "off":
        stopped = reschedule(switch(current, active=False), request.now)
        return request.reply("Question of the day is off here.", writes=[SaveSubscription(stopped)])
    raise UserError(QOTD_USAGE)


def answer_of_the_day(desk: Desk, request: Request, event: Text) -> Outcome:
    """An answer in a channel with a question of the day, from someone not in an interview."""
    channels = ChannelDaily(desk.store, desk.shipped)
    open_question = channels.open_question(event.where)
    if open_question is None and not event.where.direct:
        return Outcome([])  # chatter in a channel or thread is not for the bot
    if open_question is None:
        return request.reply("You have no interview running. Type `start` to begin, or `help`.")
    delivery_id, question = open_question
    text = event.text.strip()[:MAX_ANSWER_CHARS]
    if not text:
        raise UserError("That answer was empty. Type your answer, or `skip`.")
    named = channels.named(event.user)
    record = score(desk, request, session_of(delivery_id), question, text)
    feedback = feedback_text(question, score=record.score, points=record.points, follow_up=None)
    reply = Reply(event.where, f"**Question of the day**\n\n{feedback}", private=True)
    shown = ShowedLast(request.user_key, question.id)  # what `flag` and `dispute` mean now
    return Outcome([reply], answer=record, writes=(shown,) if named is None else (named, shown))


# -- a person's subscription ---------------------------------------------------------------


def _current(desk: Desk, request: Request) -> Subscription:
    """The stored subscription, or a new one in the time zone the platform told us."""
    user = request.event.user
    found = desk.store.load_subscription(user.key)
    if found is not None:
        return found
    profile = desk.store.load_profile(user.key)
    rule = DailyRule(timezone=profile.timezone if profile and profile.timezone else "")
    return Subscription(user.key, user.platform, user.id, rule=rule, active=False)


def _save(desk: Desk, request: Request, subscription: Subscription, note: str = "") -> Outcome:
    """Store the subscription and show it, after ``note`` when the status alone says too little."""
    subscription = reschedule(subscription, request.now)
    text = "\n\n".join(part for part in (note, describe(desk, subscription, request.now)) if part)
    return request.reply(text, private=True, writes=[SaveSubscription(subscription)])


def _on(desk: Desk, request: Request, args: str) -> Outcome:
    current = _current(desk, request)
    rule = parse_rule(args, current)
    scope = request.event.where.scope or current.scope  # the workspace whose app sends it
    updated = replace(current, rule=rule, active=True, failures=0, scope=scope)
    return _save(desk, request, updated, "Daily questions are on.")


def parse_rule(args: str, current: Subscription) -> DailyRule:
    rule = current.rule
    for word in args.split():
        if word[0].isdigit():
            rule = replace(rule, at=parse_time(word))
        elif "/" in word or word.upper() in {"UTC", "GMT"}:
            zone(word)
            rule = replace(rule, timezone=word)
        elif looks_like_days(word):
            rule = replace(rule, days=parse_days(word))
        else:
            raise UserError(f"I don't understand `{word}`. Try:\n{DAILY_USAGE}")
    if not rule.timezone:
        raise UserError("Which time zone are you in? Add it, e.g. `daily on 09:00 Europe/Berlin`.")
    return rule


def _off(desk: Desk, request: Request, args: str) -> Outcome:
    stopped = replace(_current(desk, request), active=False)
    return _save(desk, request, stopped)  # the status itself says they are off


def _pause(desk: Desk, request: Request, args: str) -> Outcome:
    words = args.split()
    try:
        until = date.fromisoformat(words[-1]) if words else None
    except ValueError:
        until = None
    current = _current(desk, request)
    if until is None or until <= local_date(request.now, current.rule.timezone or "UTC"):
        raise UserError("Pause until a future date, e.g. `daily pause until 2026-12-28`.")
    paused = replace(current, rule=replace(current.rule, paused_until=until))
    return _save(desk, request, paused, f"Paused until {until.isoformat()}.")


def _resume(desk: Desk, request: Request, args: str) -> Outcome:
    current = _current(desk, request)
    if not current.rule.timezone:
        raise UserError("Turn daily questions on first, e.g. `daily on 09:00 Europe/Berlin`.")
    resumed = replace(
        current,
        rule=replace(current.rule, paused_until=None),
        active=True,
        failures=0,
        scope=request.event.where.scope or current.scope,
    )
    return _save(desk, request, resumed, "Daily questions resumed.")


def _topic(desk: Desk, request: Request, args: str) -> Outcome:
    word = args.lower().strip()
    if word in {"", "any", "all"}:
        topic = None
    elif word in KIND_WORDS:
        topic = KIND_WORDS[word].value
    else:
        try:
            topic = desk.shipped.guide(word).slug
        except UserError as unknown:  # it names the guides; a topic may be a kind too
            kinds = ", ".join(f"`{kind.value}`" for kind in Kind)
            raise UserError(f"{unknown.message} Or a kind: {kinds}; or `any`.") from None
    current = replace(_current(desk, request), topic=topic)
    return _save(desk, request, current, f"Daily topic: {topic or 'any'}.")


def _status(desk: Desk, request: Request, args: str) -> Outcome:
    text = describe(desk, _current(desk, request), request.now)
    return request.reply(text, private=True)


def describe(desk: Desk, subscription: Subscription, now: datetime) -> str:
    if subscription.failures >= MAX_FAILURES and not subscription.active:
        reason = subscription.pause_reason
        return f"Daily questions are **paused**: {reason}" if reason else CANNOT_DM
    if not subscription.active or not subscription.rule.timezone:
        return f"Daily questions are **off**.\n{DAILY_USAGE}"
    rule = subscription.rule
    lines = [
        f"Daily question at **{rule.at:%H:%M} {rule.timezone}**, "
        f"{describe_days(rule.days)}, topic {subscription.topic or 'any'}.",
    ]
    if not subscription.is_channel:
        streak = streak_of(desk.store, subscription, now)
        days = plural(streak.days, "day")
        lines.append(f"Streak: **{streak.days}** {days} · freezes: {streak.held} held.")
    if rule.paused_until:
        lines.append(f"Paused until {rule.paused_until.isoformat()}.")
    if subscription.next_due_at:
        local = subscription.next_due_at.astimezone(zone(rule.timezone))
        lines.append(f"Next question: {local:%A %d %B, %H:%M} ({rule.timezone}).")
        if subscription.platform == Platform.CONSOLE:
            lines.append(IN_THE_TERMINAL)
    return "\n".join(lines)


COMMANDS = (
    Spec(
        "daily",
        "`daily on [time] [time zone] [days]`: a question by DM every day (`daily` for more)",
        daily,
        arguments=(Argument("action", "What to do with the daily question", ACTIONS),),
        accepts=lambda words, _guides: words[0] in ACTIONS,
    ),
)
