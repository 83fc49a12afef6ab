"""The `daily` command and the delivery of daily questions, on top of the pure rules."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from bot import interview
from bot.channel_daily import QOTD_USAGE, ChannelDaily, switch
from bot.commands import KIND_WORDS
from bot.daily import (
    Claim,
    DailyRule,
    Subscription,
    describe_days,
    local_date,
    looks_like_days,
    parse_days,
    parse_time,
    reschedule,
    streak,
    zone,
)
from bot.errors import UserError
from bot.feedback import question_text
from bot.questions import Question, QuestionBank
from bot.spaced import pick_daily
from bot.store import Store, TurnCommit
from bot.turns import Outcome, Turn
from bot.types import QUESTION_BUTTONS, Reply, Where

log = logging.getLogger(__name__)

MAX_FAILURES = 3
BUSY_FOR = timedelta(hours=12)  # an interview idle longer than this no longer holds off a daily
CANNOT_DM = (
    "Daily questions are **paused**: I couldn't DM you three times in a row. "
    "Open your DMs to me (or unblock me), then type `daily resume`."
)
DAILY_USAGE = (
    "• `daily on [time] [time zone] [days]`: e.g. `daily on 08:30 Europe/Berlin mon-fri`\n"
    "• `daily off` · `daily pause until 2026-12-28` · `daily resume`\n"
    "• `daily status` · `daily topic <guide|kind|any>`"
)


@dataclass
class DailyDesk:
    store: Store
    bank: QuestionBank
    channels: ChannelDaily = field(init=False)

    def __post_init__(self) -> None:
        self.channels = ChannelDaily(self.store, self.bank)

    def channel_command(self, turn: Turn, args: str) -> Outcome:
        """`settings qotd on|off ...`: a channel's question of the day (admins only)."""
        action, _, rest = args.strip().partition(" ")
        current = self.channels.subscription(turn.event.where)
        if action == "on":
            rule = self._parse_rule(turn, rest, current)
            saved = self.channels.save(switch(current, active=True, rule=rule), turn.now)
            return turn.reply(
                "Question of the day is on here.\n\n" + self._describe(saved, turn.now)
            )
        if action == "off":
            self.channels.save(switch(current, active=False), turn.now)
            return turn.reply("Question of the day is off here.")
        raise UserError(QOTD_USAGE)

    def command(self, turn: Turn, args: str) -> Outcome:
        action, _, rest = args.strip().partition(" ")
        handlers = {
            "on": self._on,
            "off": self._off,
            "pause": self._pause,
            "resume": self._resume,
            "topic": self._topic,
            "status": self._status,
            "": self._status,
        }
        handler = handlers.get(action.lower())
        if handler is None:
            raise UserError(f"I don't know `daily {action}`. Try:\n{DAILY_USAGE}")
        return handler(turn, rest.strip())

    # -- settings ------------------------------------------------------------------------

    def _current(self, turn: Turn) -> Subscription:
        """The stored subscription, or a new one in the time zone the platform told us."""
        user = turn.event.user
        found = self.store.load_subscription(user.key)
        if found is not None:
            return found
        profile = self.store.load_profile(user.key)
        rule = DailyRule(timezone=profile.timezone if profile and profile.timezone else "")
        return Subscription(user.key, user.platform, user.id, rule=rule, active=False)

    def _save(self, turn: Turn, subscription: Subscription, note: str) -> Outcome:
        subscription = reschedule(subscription, turn.now)
        self.store.save_subscription(subscription)
        return turn.reply(f"{note}\n\n{self._describe(subscription, turn.now)}", private=True)

    def _on(self, turn: Turn, args: str) -> Outcome:
        current = self._current(turn)
        rule = self._parse_rule(turn, args, current)
        updated = replace(current, rule=rule, active=True, failures=0)
        return self._save(turn, updated, "Daily questions are on.")

    def _parse_rule(self, turn: Turn, args: str, current: Subscription) -> DailyRule:
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
            raise UserError(
                "Which time zone are you in? Add it, e.g. `daily on 09:00 Europe/Berlin`."
            )
        return rule

    def _off(self, turn: Turn, args: str) -> Outcome:
        return self._save(
            turn, replace(self._current(turn), active=False), "Daily questions are off."
        )

    def _pause(self, turn: Turn, args: str) -> Outcome:
        words = args.split()
        try:
            until = date.fromisoformat(words[-1]) if words else None
        except ValueError:
            until = None
        current = self._current(turn)
        if until is None or until <= local_date(turn.now, current.rule.timezone or "UTC"):
            raise UserError("Pause until a future date, e.g. `daily pause until 2026-12-28`.")
        paused = replace(current, rule=replace(current.rule, paused_until=until))
        return self._save(turn, paused, f"Paused until {until.isoformat()}.")

    def _resume(self, turn: Turn, args: str) -> Outcome:
        current = self._current(turn)
        if not current.rule.timezone:
            raise UserError("Turn daily questions on first, e.g. `daily on 09:00 Europe/Berlin`.")
        resumed = replace(
            current, rule=replace(current.rule, paused_until=None), active=True, failures=0
        )
        return self._save(turn, resumed, "Daily questions resumed.")

    def _topic(self, turn: Turn, args: str) -> Outcome:
        word = args.lower().strip()
        if word in {"", "any", "all"}:
            topic = None
        elif word in KIND_WORDS:
            topic = KIND_WORDS[word].value
        else:
            topic = self.bank.guide(word).slug
        current = replace(self._current(turn), topic=topic)
        return self._save(turn, current, f"Daily topic: {topic or 'any'}.")

    def _status(self, turn: Turn, args: str) -> Outcome:
        return turn.reply(self._describe(self._current(turn), turn.now), private=True)

    def _describe(self, subscription: Subscription, now: datetime) -> str:
        if subscription.failures >= MAX_FAILURES and not subscription.active:
            return CANNOT_DM
        if not subscription.active or not subscription.rule.timezone:
            return f"Daily questions are **off**.\n{DAILY_USAGE}"
        rule = subscription.rule
        lines = [
            f"Daily question at **{rule.at:%H:%M} {rule.timezone}**, "
            f"{describe_days(rule.days)}, topic {subscription.topic or 'any'}.",
        ]
        if not subscription.is_channel:
            lines.append(f"Streak: **{self.streak(subscription, now)}** day(s).")
        if rule.paused_until:
            lines.append(f"Paused until {rule.paused_until.isoformat()}.")
        if subscription.next_due_at:
            local = subscription.next_due_at.astimezone(zone(rule.timezone))
            lines.append(f"Next question: {local:%A %d %B, %H:%M} ({rule.timezone}).")
        return "\n".join(lines)

    def streak(self, subscription: Subscription, now: datetime) -> int:
        delivered = [
            (delivery.local_date, delivery.answered)
            for delivery in self.store.deliveries(subscription.user_key)
            if delivery.status == "sent"
        ]
        return streak(delivered, local_date(now, subscription.rule.timezone or "UTC"))

    # -- delivery ------------------------------------------------------------------------

    def deliver(self, claim: Claim, now: datetime) -> Reply | None:
        """Start the daily question for a claimed delivery; None defers it while an
        interview is under way (an unanswered daily question from before is replaced)."""
        subscription = claim.subscription
        if subscription.is_channel:
            return self.channels.post(claim, now)
        session = self.store.load_session(subscription.user_key)
        if session and session.delivery_id is None and now - session.asked_at < BUSY_FOR:
            self.store.finish_delivery(claim.delivery_id, status="deferred")
            return None
        question = self._pick(subscription, claim)
        if question is None:
            self.store.finish_delivery(claim.delivery_id, status="deferred")
            return None
        daily = interview.begin(
            session_id=f"daily-{claim.delivery_id}",
            guide=question.guide,
            kind=None,
            difficulty=None,
            length=1,
            first_question=question.id,
            now=now,
            delivery_id=claim.delivery_id,
        )
        self.store.commit(TurnCommit(subscription.user_key, daily, now))
        self.store.finish_delivery(claim.delivery_id, status="sending", question_id=question.id)
        where = Where(subscription.platform, subscription.address, direct=True)
        text = question_text(question, session=daily, guide=self.bank.guide(question.guide))
        heading = f"☀️ **Your daily question** · streak {self.streak(subscription, now)}\n\n"
        return Reply(where, heading + text, buttons=QUESTION_BUTTONS, expects_answer=True)

    def _pick(self, subscription: Subscription, claim: Claim) -> Question | None:
        topic = subscription.topic
        kinds = {kind.value: kind for kind in KIND_WORDS.values()}
        if topic in kinds:
            pool = self.bank.select(kind=kinds[topic])
        else:
            pool = self.bank.select(guide=topic) if topic else list(self.bank)
        answers = self.store.answers(subscription.user_key)
        return pick_daily(pool, answers, salt=f"{subscription.user_key}:{claim.local_date}")

    def sent(self, claim: Claim) -> None:
        self.store.finish_delivery(claim.delivery_id, status="sent")
        current = self.store.load_subscription(claim.subscription.user_key)
        if current is not None and current.failures:
            self.store.save_subscription(replace(current, failures=0))

    def failed(self, claim: Claim, now: datetime) -> None:
        """Record a DM that could not be delivered; after three in a row, pause.

        The person cannot be told by DM, so `daily status` says why when they next ask.
        """
        self.store.finish_delivery(claim.delivery_id, status="failed")
        user_key = claim.subscription.user_key
        session = self.store.load_session(user_key)
        if session is not None and session.delivery_id == claim.delivery_id:
            self.store.commit(TurnCommit(user_key, None, now))  # never seen: not waiting
        current = self.store.load_subscription(user_key)
        if current is None:
            return
        failures = current.failures + 1
        paused = failures >= MAX_FAILURES
        if paused:
            log.info(
                "daily questions paused for %s after %d failed DMs", current.user_key, failures
            )
        self.store.save_subscription(
            reschedule(replace(current, failures=failures, active=not paused), now)
        )
