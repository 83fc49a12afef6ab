"""Delivering daily questions: to a person by DM, or to a channel as its question of the day."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot import interview
from bot.channel_daily import ChannelDaily
from bot.daily import Claim, Subscription, local_date, reschedule
from bot.feedback import question_text
from bot.questions import Question, QuestionBank
from bot.spaced import pick_daily
from bot.store import Store, TurnCommit
from bot.streaks import Streak, walk
from bot.types import QUESTION_BUTTONS, Kind, Reply, Where

log = logging.getLogger(__name__)

MAX_FAILURES = 3
BUSY_FOR = timedelta(hours=12)  # an interview idle longer than this no longer holds off a daily


def current_streak(store: Store, subscription: Subscription, now: datetime) -> int:
    return streak_of(store, subscription, now).days


def streak_of(store: Store, subscription: Subscription, now: datetime) -> Streak:
    """The person's streak and freezes, over the daily questions sent to them."""
    delivered = [
        (delivery.local_date, delivery.answered)
        for delivery in store.deliveries(subscription.user_key)
        if delivery.status == "sent"
    ]
    return walk(delivered, local_date(now, subscription.rule.timezone or "UTC"))


@dataclass
class Deliveries:
    store: Store
    bank: QuestionBank
    channels: ChannelDaily = field(init=False)

    def __post_init__(self) -> None:
        self.channels = ChannelDaily(self.store, self.bank)

    def question_for(self, claim: Claim, now: datetime) -> Reply | None:
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
        daily = interview.one_question(
            f"daily-{claim.delivery_id}", question, now, delivery_id=claim.delivery_id
        )
        self.store.commit(TurnCommit(subscription.user_key, daily, now))
        self.store.finish_delivery(claim.delivery_id, status="sending", question_id=question.id)
        address, scope = subscription.address, subscription.scope
        where = Where(subscription.platform, address, direct=True, scope=scope)
        text = question_text(question, session=daily, guide=self.bank.guide(question.guide))
        days = current_streak(self.store, subscription, now)
        heading = f"☀️ **Your daily question** · streak {days}\n\n"
        return Reply(where, heading + text, buttons=QUESTION_BUTTONS, expects_answer=True)

    def _pick(self, subscription: Subscription, claim: Claim) -> Question | None:
        topic = subscription.topic
        kinds = {kind.value: kind for kind in Kind}
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

    def failed(
        self, claim: Claim, now: datetime, *, for_good: bool = False, reason: str | None = None
    ) -> None:
        """Record a DM that could not be delivered; after three in a row (or at once when it
        never can be: the app was removed from the workspace), pause.

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
        failures = max(current.failures + 1, MAX_FAILURES if for_good else 0)
        paused = failures >= MAX_FAILURES
        if paused:
            log.info(
                "daily questions paused for %s after %d failed DMs", current.user_key, failures
            )
        self.store.save_subscription(
            reschedule(
                replace(current, failures=failures, active=not paused, pause_reason=reason), now
            )
        )
