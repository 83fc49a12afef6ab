"""`stats`, `leaderboard`, `export` and `forget`: a person's progress and their data."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.chart import score_chart
from bot.commands.base import Argument, Desk, Outcome, Request, Spec, words_among
from bot.deliveries import streak_of
from bot.errors import UserError
from bot.feedback import counted, percent
from bot.interview import to_dict
from bot.records import AnswerRecord
from bot.reviews import corrected_answers, self_corrected_note
from bot.stats import stats_text
from bot.store import Forget, JoinLeaderboard, LeaveLeaderboard, Store
from bot.strictness import COMPARED, Strictness
from bot.types import Attachment, Reply

LEADERBOARD_DAYS = 30
LEADERBOARD_SHOWN = 10
FORGET_WARNING = (
    "This deletes everything I keep about you: answers, scores, interviews, daily-question "
    "settings and leaderboard places, on every server. It cannot be undone. "
    "Type `forget confirm` to go ahead."
)


def stats(desk: Desk, request: Request, args: str) -> Outcome:
    kept, disputes = desk.store.answers(request.user_key), desk.store.disputes_of(request.user_key)
    answers, corrections = corrected_answers(kept, disputes)
    subscription = desk.store.load_subscription(request.user_key)
    streak = streak_of(desk.store, subscription, request.now) if subscription else None
    text = stats_text(answers, desk.shipped, streak) + self_corrected_note(corrections)
    chart = None
    if answers:
        chart = Attachment("mockinterview-scores.png", score_chart(answers), "image/png")
    return Outcome([Reply(request.event.where, text, private=True, attachment=chart)])


def leaderboard(desk: Desk, request: Request, args: str) -> Outcome:
    scope = request.event.where.scope
    if scope is None:
        raise UserError("Leaderboards belong to a server or workspace; use this in one.")
    action = args.strip().lower()
    user = request.event.user
    if action == "join":
        joined = JoinLeaderboard(scope, user.key, user.name or user.id)
        text = "You're on this server's leaderboard. `leaderboard leave` to go."
        return request.reply(text, writes=[joined])
    if action == "leave":
        left = LeaveLeaderboard(scope, user.key)
        return request.reply("You've left this server's leaderboard.", private=True, writes=[left])
    if action:
        raise UserError("Try `leaderboard`, `leaderboard join` or `leaderboard leave`.")
    return request.reply(_board(desk.store, scope, request.now))


def _board(store: Store, scope: str, now: datetime) -> str:
    since = now - timedelta(days=LEADERBOARD_DAYS)
    rows = []
    for user_key, name in store.leaderboard(scope):
        answers = store.answers(user_key)
        recent = [r.score for r in answers if r.created_at >= since and _compared(r)]
        if recent:
            rows.append((sum(recent) / len(recent), len(recent), name))
    if not rows:
        return "No one on the leaderboard has answered lately. `leaderboard join` to take part."
    rows.sort(key=lambda row: (-row[0], -row[1], row[2]))
    lines = [
        f"{rank}. {name} · {percent(average)} over {counted(count, 'answer')}"
        for rank, (average, count, name) in enumerate(rows[:LEADERBOARD_SHOWN], start=1)
    ]
    heading = f"**Leaderboard** · last {LEADERBOARD_DAYS} days · opt-in only · {COMPARED}"
    return heading + "\n" + "\n".join(lines)


def _compared(record: AnswerRecord) -> bool:
    """Leaderboards compare like with like: answers marked at standard strictness only."""
    return record.strictness is Strictness.STANDARD


def export(desk: Desk, request: Request, args: str) -> Outcome:
    data = json.dumps(collect(desk.store, request.user_key), indent=2, default=json_value)
    attachment = Attachment("mockinterview-export.json", data.encode(), "application/json")
    text = "Here is everything I keep about you, as JSON."
    return Outcome([Reply(request.event.where, text, private=True, attachment=attachment)])


def collect(store: Store, user_key: str) -> dict[str, Any]:
    """Everything kept about a person, as plain JSON values (sets become sorted lists)."""
    session = store.load_session(user_key)
    subscription = store.load_subscription(user_key)
    profile = store.load_profile(user_key)
    return {
        "user": user_key,
        "profile": asdict(profile) if profile else None,
        "interview": to_dict(session) if session else None,
        "answers": [asdict(record) for record in store.answers(user_key)],
        "daily": asdict(subscription) if subscription else None,
        "deliveries": [asdict(delivery) for delivery in store.deliveries(user_key)],
        "leaderboards": store.memberships(user_key),
        "workspaces": store.member_scopes(user_key),
        "disputes": [asdict(dispute) for dispute in store.disputes_of(user_key)],
        "flags": [asdict(flag) for flag in store.flags_of(user_key)],
    }


def confirms_forget(args: str) -> bool:
    """Whether ``forget``'s arguments go ahead: `forget confirm`."""
    return args.strip().lower() == "confirm"


def forget(desk: Desk, request: Request, args: str) -> Outcome:
    if not confirms_forget(args):
        return request.reply(FORGET_WARNING, private=True)
    done = Reply(request.event.where, "Done: everything about you is deleted.", private=True)
    return Outcome([done], None, save=True, writes=(Forget(request.user_key),))


def json_value(value: object) -> object:
    """JSON for what ``json`` cannot write: sets as sorted lists, times in ISO 8601, else text."""
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


COMMANDS = (
    Spec("stats", "`stats`: your progress, with a chart", stats),
    Spec(
        "leaderboard",
        "`leaderboard [join|leave]`: this server's opt-in leaderboard",
        leaderboard,
        arguments=(
            Argument("action", "Join or leave this server's leaderboard", ("join", "leave")),
        ),
        accepts=words_among("join", "leave"),
    ),
    Spec("export", "`export`: everything I keep about you, as a JSON file", export),
    Spec(
        "forget",
        "`forget`: delete everything I keep about you",
        forget,
        arguments=(Argument("confirm", "`confirm` to delete everything about you, for good"),),
        accepts=words_among("confirm"),
    ),
)
