"""A channel's question of the day: posted at a set local time, answered by anyone there,
with yesterday's best-covered answers listed above today's question."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.daily import Claim, DailyRule, Subscription, channel_key
from bot.errors import UserError
from bot.feedback import percent
from bot.questions import Question, QuestionBank, tiebreak
from bot.records import AnswerRecord, Profile
from bot.store import SaveProfile, Store
from bot.types import ANSWER_BUTTON, Reply, User, Where

BEST_SHOWN = 3
QOTD_USAGE = (
    "Admins: `settings qotd on [time] [time zone] [days]` in the channel that should get a "
    "question of the day (e.g. `settings qotd on 09:00 Europe/Berlin mon-fri`), "
    "`settings qotd off` to stop."
)


def session_of(delivery_id: int) -> str:
    return f"qotd-{delivery_id}"


@dataclass
class ChannelDaily:
    store: Store
    bank: QuestionBank

    def subscription(self, where: Where) -> Subscription:
        if where.direct:
            raise UserError("Use this in the channel that should get the question of the day.")
        key = channel_key(where.platform, where.channel_id)
        found = self.store.load_subscription(key)
        rule = DailyRule(timezone="")
        made = Subscription(
            key, where.platform, where.channel_id, rule=rule, active=False, scope=where.scope
        )
        return replace(found, scope=found.scope or where.scope) if found else made

    def open_question(self, where: Where) -> tuple[int, Question] | None:
        """The channel's latest question of the day, if one was posted."""
        if where.direct:
            return None
        posted = [
            delivery
            for delivery in self.store.deliveries(channel_key(where.platform, where.channel_id))
            if delivery.status == "sent" and delivery.question_id
        ]
        if not posted:
            return None
        latest = max(posted, key=lambda delivery: delivery.local_date)
        question = self.bank.get(latest.question_id or "")
        return (latest.id, question) if question else None

    def named(self, user: User) -> SaveProfile | None:
        """Keep the person's display name for the list of best answers (None: already kept)."""
        profile = self.store.load_profile(user.key)
        if not user.name or (profile is not None and profile.name == user.name):
            return None
        return SaveProfile(Profile(user.key, user.name, profile.timezone if profile else None))

    def post(self, claim: Claim, now: datetime) -> Reply | None:
        subscription = claim.subscription
        question = self._next_question(subscription)
        if question is None:
            self.store.finish_delivery(claim.delivery_id, status="deferred")
            return None
        best = self._best_of_previous(subscription.user_key, claim.delivery_id)
        self.store.finish_delivery(claim.delivery_id, status="sending", question_id=question.id)
        text = f"📅 **Question of the day** · {question.kind.value}\n\n{question.prompt}\n\n"
        text += "_Press **Answer** to reply; only you see your score._"
        where = Where(subscription.platform, subscription.address, scope=subscription.scope)
        return Reply(where, best + text, buttons=(ANSWER_BUTTON,), expects_answer=True)

    def _next_question(self, subscription: Subscription) -> Question | None:
        """Questions not posted here yet, in a stable shuffled order; then start over."""
        topic = subscription.topic
        pool = self.bank.select(guide=topic) if topic else list(self.bank)
        posted = {d.question_id for d in self.store.deliveries(subscription.user_key)}
        fresh = [question for question in pool if question.id not in posted] or pool
        if not fresh:
            return None
        return min(fresh, key=lambda question: tiebreak(subscription.user_key, question.id))

    def _best_of_previous(self, key: str, current: int) -> str:
        earlier = [d for d in self.store.deliveries(key) if d.status == "sent" and d.id != current]
        if not earlier:
            return ""
        previous = max(earlier, key=lambda delivery: delivery.local_date)
        answers = self.store.session_answers(session_of(previous.id))
        if not answers:
            return ""
        lines = [self._best_line(rank, record) for rank, record in enumerate(_best(answers), 1)]
        return "**Yesterday's best-covered answers**\n" + "\n".join(lines) + "\n\n"

    def _best_line(self, rank: int, record: AnswerRecord) -> str:
        profile = self.store.load_profile(record.user_key)
        name = profile.name if profile and profile.name else "someone"
        return f"{rank}. {name} · {percent(record.score)}"


def _best(answers: list[AnswerRecord]) -> list[AnswerRecord]:
    """Each person's best answer, best first, at most BEST_SHOWN people."""
    by_person: dict[str, AnswerRecord] = {}
    for record in answers:
        kept = by_person.get(record.user_key)
        if kept is None or record.score > kept.score:
            by_person[record.user_key] = record
    return sorted(by_person.values(), key=lambda record: -record.score)[:BEST_SHOWN]


def switch(
    subscription: Subscription, *, active: bool, rule: DailyRule | None = None
) -> Subscription:
    return replace(subscription, active=active, rule=rule or subscription.rule, failures=0)
