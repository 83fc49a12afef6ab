"""`stats`, `leaderboard`, `export` and `forget`: a person's progress and their data."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.chart import score_chart
from bot.daily_desk import DailyDesk
from bot.errors import UserError
from bot.feedback import percent
from bot.interview import to_dict
from bot.questions import QuestionBank
from bot.stats import stats_text
from bot.store import Store
from bot.turns import Outcome, Turn
from bot.types import Attachment, Reply

LEADERBOARD_DAYS = 30
LEADERBOARD_SHOWN = 10
FORGET_WARNING = (
    "This deletes everything I keep about you: answers, scores, interviews, daily-question "
    "settings and leaderboard places, on every server. It cannot be undone. "
    "Type `forget confirm` to go ahead."
)


@dataclass
class ProgressDesk:
    store: Store
    bank: QuestionBank
    daily: DailyDesk

    def stats(self, turn: Turn, args: str) -> Outcome:
        answers = self.store.answers(turn.user_key)
        subscription = self.store.load_subscription(turn.user_key)
        streak = self.daily.streak(subscription, turn.now) if subscription else None
        text = stats_text(answers, self.bank, streak)
        chart = None
        if answers:
            chart = Attachment("mockinterview-scores.png", score_chart(answers), "image/png")
        return Outcome([Reply(turn.event.where, text, private=True, attachment=chart)])

    def leaderboard(self, turn: Turn, args: str) -> Outcome:
        scope = turn.event.where.scope
        if scope is None:
            raise UserError("Leaderboards belong to a server or workspace; use this in one.")
        action = args.strip().lower()
        user = turn.event.user
        if action == "join":
            self.store.join_leaderboard(scope, user.key, user.name or user.id)
            return turn.reply("You're on this server's leaderboard. `leaderboard leave` to go.")
        if action == "leave":
            self.store.leave_leaderboard(scope, user.key)
            return turn.reply("You've left this server's leaderboard.", private=True)
        if action:
            raise UserError("Try `leaderboard`, `leaderboard join` or `leaderboard leave`.")
        return turn.reply(self._board(scope, turn.now))

    def _board(self, scope: str, now: datetime) -> str:
        since = now - timedelta(days=LEADERBOARD_DAYS)
        rows = []
        for user_key, name in self.store.leaderboard(scope):
            recent = [r.score for r in self.store.answers(user_key) if r.created_at >= since]
            if recent:
                rows.append((sum(recent) / len(recent), len(recent), name))
        if not rows:
            return "No one on the leaderboard has answered lately. `leaderboard join` to take part."
        rows.sort(key=lambda row: (-row[0], -row[1], row[2]))
        lines = [
            f"{rank}. {name} · {percent(average)} over {count} answer(s)"
            for rank, (average, count, name) in enumerate(rows[:LEADERBOARD_SHOWN], start=1)
        ]
        heading = f"**Leaderboard** · last {LEADERBOARD_DAYS} days · opt-in only"
        return heading + "\n" + "\n".join(lines)

    def export(self, turn: Turn, args: str) -> Outcome:
        data = json.dumps(self.collect(turn.user_key), indent=2, default=json_value).encode()
        attachment = Attachment("mockinterview-export.json", data, "application/json")
        text = "Here is everything I keep about you, as JSON."
        return Outcome([Reply(turn.event.where, text, private=True, attachment=attachment)])

    def collect(self, user_key: str) -> dict[str, Any]:
        """Everything kept about a person, as plain JSON values (sets become sorted lists)."""
        session = self.store.load_session(user_key)
        subscription = self.store.load_subscription(user_key)
        profile = self.store.load_profile(user_key)
        return {
            "user": user_key,
            "profile": asdict(profile) if profile else None,
            "interview": to_dict(session) if session else None,
            "answers": [asdict(record) for record in self.store.answers(user_key)],
            "daily": asdict(subscription) if subscription else None,
            "deliveries": [asdict(delivery) for delivery in self.store.deliveries(user_key)],
            "leaderboards": self.store.memberships(user_key),
        }

    def forget(self, turn: Turn, args: str) -> Outcome:
        if args.strip().lower() != "confirm":
            return turn.reply(FORGET_WARNING, private=True)
        self.store.forget(turn.user_key)
        return Outcome(
            [Reply(turn.event.where, "Done: everything about you is deleted.", private=True)],
            None,
            save=True,
        )


def json_value(value: object) -> object:
    """JSON for what ``json`` cannot write: sets as sorted lists, times in ISO 8601, else text."""
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)
