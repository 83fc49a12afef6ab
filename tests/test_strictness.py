"""Strictness: per server and per person, shown with the feedback, kept with every answer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.marking import Marker
from bot.questions import Question, QuestionBank
from bot.records import AnswerRecord, Profile
from bot.scoring import KeyPointScorer
from bot.scoring.model import PointScore, Score, judged, status_of
from bot.store import Forget, SaveProfile, SetStrictness, Store, TurnCommit
from bot.strictness import Strictness
from bot.types import Status, User, Where
from tests.conftest import Chat, FakeClock, open_chat

ADA = User("slack", "U1", "Ada")
BOB = User("slack", "U2", "Bob")
ADMIN = User("slack", "U9", "Grace", is_admin=True)
CHANNEL = Where("slack", "C1", scope="T1")
DM = Where("slack", "D1", direct=True)
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
MARKER = Marker(KeyPointScorer())


@pytest.fixture
def chat(bank: QuestionBank, store: Store, clock: FakeClock) -> Chat:
    return open_chat(bank, store, clock, user=ADA, where=CHANNEL, step=timedelta(seconds=20))


def mark(bank: QuestionBank, question: Question, text: str, level: Strictness) -> AnswerRecord:
    return MARKER.mark(
        user_key=ADA.key,
        session_id="s",
        question=question,
        guide=bank.guide(question.guide),
        text=text,
        now=NOW,
        strictness=level,
    )


def statuses(record: AnswerRecord) -> list[Status]:
    return [point.status for point in record.points]


def test_standard_marks_exactly_as_the_scorer_does(bank: QuestionBank) -> None:
    for question in bank.select(guide="backend-developer")[:6]:
        for point in question.key_points[:3]:
            text = " ".join(point.text.split()[: len(point.text.split()) * 2 // 3])
            raw = KeyPointScorer().score(
                question=question.prompt,
                key_points=question.key_points,
                answer=text,
                kind=question.kind,
                glossary=bank.guide(question.guide).glossary,
            )
            record = mark(bank, question, text, Strictness.STANDARD)
            assert record.points == raw.points and record.score == raw.value


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (Strictness.LENIENT, [Status.COVERED, Status.PARTLY]),
        (Strictness.STANDARD, [Status.PARTLY, Status.PARTLY]),
        (Strictness.STRICT, [Status.PARTLY, Status.MISSED]),
    ],
)
def test_strictness_moves_how_much_of_a_point_counts(
    bank: QuestionBank, level: Strictness, expected: list[Status]
) -> None:
    question = bank.get("backend-developer/2")
    assert question is not None
    text = (
        "They use a language for queries, NoSQL stores are non-relational, use normalization, "
        "add indexes."
    )
    record = mark(bank, question, text, level)
    first, second = record.points[:2]
    assert 0.6 <= first.score < 0.75 and 0.3 <= second.score < 0.4, "the example still fits"
    assert [first.status, second.status] == expected
    assert record.strictness is level
    assert record.score == mark(bank, question, text, Strictness.STANDARD).score, "same numbers"


def test_a_contradicted_point_stays_contradicted() -> None:
    point = PointScore("Reads are cheap", 0.0, Status.CONTRADICTED, share=0.5, note="says writes")
    lenient = judged(Score(0.0, (point,)), Strictness.LENIENT.thresholds)
    assert lenient.points == (point,)
    assert status_of(0.6, Strictness.LENIENT.thresholds) is Status.COVERED


def test_a_person_chooses_and_the_footer_shows_it(chat: Chat) -> None:
    assert "marked **standard** (covered at 75%, partly at 30%), the default" in chat.send(
        "strictness"
    )
    saved = chat.send("strictness strict")
    assert "Saved. Your answers are marked **strict** (covered at 90%, partly at 40%)" in saved
    chat.send("start backend-developer technical 1")
    feedback = chat.send(chat.question().key_points[0].text)
    assert "_Strictness: strict · question" in feedback
    [record] = chat.store.answers(ADA.key)
    assert record.strictness is Strictness.STRICT
    thresholds = Strictness.STRICT.thresholds
    assert all(
        point.status is status_of(point.score, thresholds)
        for point in record.points
        if point.status is not Status.CONTRADICTED
    )


def test_the_servers_choice_applies_and_a_persons_own_wins(chat: Chat) -> None:
    assert "Only server admins can change settings" in chat.send("settings strictness strict")
    saved = chat.send("settings strictness lenient", user=ADMIN)
    assert "strictness: lenient" in saved
    assert "**lenient** (covered at 60%, partly at 25%), the server's" in chat.send("strictness")
    chat.send("start backend-developer technical 1")
    assert "_Strictness: lenient" in chat.send("caching and indexes")
    chat.send("strictness strict")
    chat.send("retry")
    assert "_Strictness: strict" in chat.send("caching and indexes")
    assert "the server's" in chat.send("strictness default")
    chat.send("retry")
    assert "_Strictness: lenient" in chat.send("caching and indexes")
    bob_here = chat.send("strictness", user=BOB)
    assert "**lenient**" in bob_here, "everyone on the server"
    assert "**standard**" in chat.send("strictness", user=BOB, where=DM), "not in a DM"


@pytest.mark.parametrize("word", ["harsh", "<@U1>", "x" * 3000, "STRICTER"])
def test_an_unknown_strictness_is_refused_and_changes_nothing(chat: Chat, word: str) -> None:
    chat.send("strictness lenient")
    reply = chat.send(f"strictness {word}")
    assert reply == "Strictness is one of lenient, standard, strict."
    assert chat.send(f"settings strictness {word}", user=ADMIN) == reply
    assert "**lenient**" in chat.send("strictness")
    assert "strictness: standard" in chat.send("settings")


def test_the_leaderboard_counts_standard_answers_only(chat: Chat) -> None:
    for user in (ADA, BOB):
        chat.send("leaderboard join", user=user)
    chat.send("strictness lenient")
    chat.send("start backend-developer technical 1")
    chat.send("caching", user=ADA)
    chat.send("start backend-developer technical 1", user=BOB)
    chat.send("indexes", user=BOB)
    board = chat.send("leaderboard")
    assert "standard strictness only" in board
    assert "Bob" in board and "Ada" not in board


def test_settings_show_the_servers_strictness(chat: Chat) -> None:
    assert "strictness: standard" in chat.send("settings")
    chat.send("settings strictness strict", user=ADMIN)
    assert "strictness: strict" in chat.send("settings")


# -- the store keeps it, in memory and in SQL alike -------------------------------------------


def record(strictness: Strictness) -> AnswerRecord:
    point = PointScore("a point", 0.8, Status.PARTLY, ("point",), share=1.0)
    return AnswerRecord(ADA.key, "s1", "g/1", "text", 0.8, (point,), NOW, strictness=strictness)


def test_answers_keep_their_strictness(store: Store) -> None:
    for level in Strictness:
        store.commit(TurnCommit(ADA.key, None, NOW, answer=record(level)))
    assert [answer.strictness for answer in store.answers(ADA.key)] == list(Strictness)


def test_a_persons_strictness_survives_a_profile_save_and_goes_with_forget(store: Store) -> None:
    store.commit(
        TurnCommit(ADA.key, None, NOW, writes=(SetStrictness(ADA.key, Strictness.STRICT),))
    )
    profile = store.load_profile(ADA.key)
    assert profile is not None and profile.strictness is Strictness.STRICT
    store.commit(TurnCommit(ADA.key, None, NOW, writes=(SaveProfile(Profile(ADA.key, "Ada")),)))
    store.save_profile(Profile(ADA.key, "Ada", "Europe/Berlin"))
    assert store.load_profile(ADA.key) == Profile(
        ADA.key, "Ada", "Europe/Berlin", Strictness.STRICT
    )
    store.commit(TurnCommit(ADA.key, None, NOW, writes=(SetStrictness(ADA.key, None),)))
    assert store.load_profile(ADA.key) == Profile(ADA.key, "Ada", "Europe/Berlin")
    store.commit(
        TurnCommit(ADA.key, None, NOW, writes=(SetStrictness(ADA.key, Strictness.LENIENT),))
    )
    store.commit(TurnCommit(ADA.key, None, NOW, writes=(Forget(ADA.key),)))
    assert store.load_profile(ADA.key) is None


def test_strictness_of_someone_new_makes_their_profile(store: Store) -> None:
    store.commit(
        TurnCommit(BOB.key, None, NOW, writes=(SetStrictness(BOB.key, Strictness.LENIENT),))
    )
    assert store.load_profile(BOB.key) == replace(Profile(BOB.key), strictness=Strictness.LENIENT)
