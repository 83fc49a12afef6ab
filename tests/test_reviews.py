"""Disputing a score ("I was right") and flagging a question: transcripts in the console and
in servers, and the store contract behind them."""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.commands import typed_command
from bot.phrasings import score_with_phrasings
from bot.questions import Question, QuestionBank
from bot.records import Profile
from bot.reviews import (
    ACCEPTED,
    OPEN,
    REJECTED,
    Dispute,
    FileDispute,
    FileFlag,
    Flag,
    Phrasing,
    ResolveDispute,
)
from bot.scoring import KeyPointScorer
from bot.store import Forget, InMemoryStore, ShowedLast, Store, TurnCommit, Write
from bot.types import Action, Status, Text, User, Where
from tests.conftest import Chat, FakeClock, open_chat

QUESTION_ID = "backend-developer/1"
VERSIONING = 5  # "Not versioning APIs can lead to breaking changes."
WORDING = "Every route carries a semver prefix so old clients keep working"
ADA = User("slack", "UA", "Ada")
BOB = User("slack", "UB", "Bob")
CY = User("slack", "UC", "Cy")
ADMIN = User("slack", "UM", "Max", is_admin=True)
OTHER_ADMIN = User("slack", "UN", "Nia", is_admin=True)
HERE = Where("slack", "D1", direct=True, scope="T1")
THERE = Where("slack", "D2", direct=True, scope="T2")


@pytest.fixture
def one_question(bank: QuestionBank) -> QuestionBank:
    """A guide of one question, so every interview asks the same one."""
    question = bank.get(QUESTION_ID)
    assert question is not None
    guide = replace(bank.guide(question.guide), questions=(question,))
    return QuestionBank([guide])


@pytest.fixture
def server(one_question: QuestionBank, clock: FakeClock) -> Chat:
    return open_chat(one_question, clock=clock, user=ADA, where=HERE)


def the_question(bank: QuestionBank) -> Question:
    question = bank.get(QUESTION_ID)
    assert question is not None
    return question


def answer_first_point(chat: Chat, user: User = ADA, where: Where = HERE) -> str:
    """Start and answer with the first key point only: the others are missed."""
    chat.send("start", user=user, where=where)
    return chat.send(the_question(chat.bank).key_points[0].text, user=user, where=where)


# -- disputing a score ------------------------------------------------------------------------


def test_feedback_numbers_the_points_not_covered_and_offers_i_was_right(server: Chat) -> None:
    feedback = answer_first_point(server)
    assert f"❌ {VERSIONING}. Pitfall to show you know: Not versioning" in feedback
    assert f"✅ {the_question(server.bank).key_points[0].text}" in feedback, "covered: no number"
    buttons = [button.action_id for button in server.last[0].buttons]
    assert buttons[-2:] == ["dispute", "flag"]


def test_the_button_asks_which_point_and_how_it_was_said(server: Chat) -> None:
    answer_first_point(server)
    replies = server.handle(Action(ADA, HERE, "dispute"))
    text = replies[0].text
    assert "Which point did your answer make?" in text
    assert f"❌ {VERSIONING}. Pitfall" in text
    assert "`dispute <point number> <how your answer said it>`" in text
    assert replies[0].private


def test_a_dispute_corrects_the_persons_own_score_at_once(server: Chat) -> None:
    feedback = answer_first_point(server)
    original = feedback.split("**Score: ")[1].split("%")[0]
    text = server.send(f"dispute {VERSIONING} {WORDING}")
    assert f"Point {VERSIONING} now counts as covered" in text
    assert f"self-corrected; it was {original}%" in text
    assert "sent it to this server's admins" in text
    corrected = text.split("is **")[1].split("%")[0]
    assert int(corrected) > int(original)
    stats = server.send("stats")
    assert f"average {corrected}%" in stats
    assert "1 answer self-corrected" in stats
    stored = server.store.answers(ADA.key)[0]
    assert round(stored.score * 100) == int(original), "the stored answer keeps its score"


def test_history_and_sessions_show_the_persons_own_corrected_score(server: Chat) -> None:
    answer_first_point(server)
    text = server.send(f"dispute {VERSIONING} {WORDING}")
    corrected = text.split("is **")[1].split("%")[0]
    assert f"**{corrected}%** · self-corrected" in server.send(f"history {QUESTION_ID}")
    assert f"{corrected}%" in server.send("sessions")


def test_a_retry_after_a_dispute_starts_from_the_corrected_score(server: Chat) -> None:
    answer_first_point(server)
    text = server.send(f"dispute {VERSIONING} {WORDING}")
    corrected = text.split("is **")[1].split("%")[0]
    server.send("retry")
    retried = answer_first_point(server)
    assert f"**Retry:** {corrected}% → " in retried


def test_leaderboards_keep_counting_the_original_score(server: Chat) -> None:
    server.send("leaderboard join")
    original = answer_first_point(server).split("**Score: ")[1].split("%")[0]
    server.send(f"dispute {VERSIONING} {WORDING}")
    assert f"Ada · {original}% over 1 answer" in server.send("leaderboard")


def test_the_summary_of_a_running_interview_counts_the_corrected_score(
    bank: QuestionBank, clock: FakeClock
) -> None:
    chat = open_chat(bank, clock=clock)  # the console: no server, so no admins
    chat.send("start backend technical easy 2")
    question = chat.question()
    feedback = chat.send(question.key_points[0].text)
    missed = next(n for n, p in enumerate(question.key_points, 1) if f"❌ {n}." in feedback)
    text = chat.send(f"dispute {missed} I named it in other words entirely")
    assert "No admins review disputes sent in a DM" in text
    corrected = text.split("is **")[1].split("%")[0]
    assert f"1 answered, average {corrected}%" in chat.send("status")
    assert chat.store.disputes_of(chat.user.key)[0].status == "self"


def test_an_accepted_wording_credits_everyone_in_that_server_and_no_one_else(
    server: Chat,
) -> None:
    answer_first_point(server)
    server.send(f"dispute {VERSIONING} {WORDING}")
    listed = server.send("disputes", user=ADMIN)
    assert "**#1** · Ada" in listed and f"«{WORDING}»" in listed
    assert "Accepted #1" in server.send("disputes accept 1", user=ADMIN)
    assert "No open disputes here." in server.send("disputes", user=ADMIN)
    assert f"point {VERSIONING}" in server.send("guide") and WORDING in server.send("guide")
    said = f"{the_question(server.bank).key_points[0].text} {WORDING}"
    server.send("start", user=BOB)
    assert "✅ Pitfall to show you know: Not versioning" in server.send(said, user=BOB)
    server.send("start", user=CY, where=THERE)
    elsewhere = server.send(said, user=CY, where=THERE)
    assert f"❌ {VERSIONING}. Pitfall to show you know: Not versioning" in elsewhere
    assert WORDING not in server.send("guide", user=CY, where=THERE)


def test_a_rejected_dispute_adds_nothing(server: Chat) -> None:
    answer_first_point(server)
    server.send(f"dispute {VERSIONING} {WORDING}")
    assert "Rejected #1" in server.send("disputes reject 1", user=ADMIN)
    assert server.store.phrasings("T1") == []
    assert "no open dispute #1" in server.send("disputes accept 1", user=ADMIN)


def test_only_the_servers_admins_review_disputes(server: Chat) -> None:
    answer_first_point(server)
    server.send(f"dispute {VERSIONING} {WORDING}")
    assert "Only this server's admins review disputes" in server.send("disputes", user=BOB)
    assert "Only this server's admins" in server.send("disputes accept 1", user=BOB)
    in_a_dm = server.send("disputes", user=ADMIN, where=Where("discord", "D9", direct=True))
    assert "none in a DM" in in_a_dm
    refused = server.send("disputes accept 1", user=OTHER_ADMIN, where=THERE)
    assert "There is no open dispute #1 here" in refused
    assert "No open disputes here." in server.send("disputes", user=OTHER_ADMIN, where=THERE)
    assert server.store.disputes_in("T1")[0].status == OPEN


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("dispute 1 I said it", "Point 1 is already covered"),
        ("dispute \uff11 I said it", "Point 1 is already covered"),  # a full-width 1
        ("dispute 99 I said it", "Give a point number from 1 to 6"),
        ("dispute two I said it", "Give a point number from 1 to 6"),
        ("dispute ² I said it", "Give a point number from 1 to 6"),
        ("dispute 99999999999999999999 I said it", "Give a point number from 1 to 6"),
        (f"dispute {VERSIONING}", f"how your answer made point {VERSIONING}"),
        (f"dispute {VERSIONING} `` ** \u200b\u202e", f"how your answer made point {VERSIONING}"),
    ],
)
def test_a_bad_dispute_is_explained_and_saves_nothing(
    server: Chat, command: str, expected: str
) -> None:
    answer_first_point(server)
    assert expected in server.send(command)
    assert server.store.disputes_of(ADA.key) == []


@pytest.mark.parametrize("args", ["accept", "accept two", "accept ²", "accept 99999999999", "ok 1"])
def test_a_bad_decision_is_explained_and_changes_nothing(server: Chat, args: str) -> None:
    answer_first_point(server)
    server.send(f"dispute {VERSIONING} {WORDING}")
    assert "`disputes accept" in server.send(f"disputes {args}", user=ADMIN)
    assert server.store.disputes_in("T1")[0].status == OPEN


def test_the_reason_is_cleaned_and_capped(server: Chat) -> None:
    answer_first_point(server)
    messy = "> **I\u200b said** `rm -rf` <!channel>\u202e " + "very " * 200
    server.send(f"dispute {VERSIONING} {messy}")
    reason = server.store.disputes_of(ADA.key)[0].reason
    assert reason.startswith("I said")
    assert len(reason) <= 300 and "`" not in reason and "\u200b" not in reason
    assert "\u202e" not in reason
    assert "You already disputed point" in server.send(f"dispute {VERSIONING} again, truly")


def test_disputes_are_limited_to_five_a_day(server: Chat, clock: FakeClock) -> None:
    answer_first_point(server)
    for point in (2, 3, 4, 5, 6):
        assert "now counts as covered" in server.send(f"dispute {point} {WORDING}")
    answer_first_point(server)
    assert "That's 5 disputes today" in server.send(f"dispute 2 {WORDING}")
    clock.advance(days=1)
    assert "now counts as covered" in server.send(f"dispute 2 {WORDING}")


class ReadingTogether(InMemoryStore):
    """A real store whose ``disputes_of`` waits, once armed, until two turns read it at once
    (or half a second has passed): the worst timing two quick clicks can have."""

    together: threading.Barrier | None = None

    def disputes_of(self, user_key: str) -> list[Dispute]:
        found = super().disputes_of(user_key)
        if self.together is not None:
            with contextlib.suppress(threading.BrokenBarrierError):
                self.together.wait(timeout=0.5)
        return found


def test_two_disputes_at_once_cannot_pass_the_daily_limit_together(
    one_question: QuestionBank, clock: FakeClock
) -> None:
    store = ReadingTogether()
    chat = open_chat(one_question, store=store, clock=clock, user=ADA, where=HERE)
    answer_first_point(chat)
    for point in (2, 3, 4, 5):
        assert "now counts as covered" in chat.send(f"dispute {point} {WORDING}")
    answer_first_point(chat)
    store.together = threading.Barrier(2)
    replies: list[str] = []

    def dispute(point: int) -> None:
        said = chat.engine.handle(Text(ADA, HERE, f"dispute {point} {WORDING}"), clock())
        replies.append(" ".join(reply.text for reply in said))

    both = [threading.Thread(target=dispute, args=(point,)) for point in (2, 3)]
    for thread in both:
        thread.start()
    for thread in both:
        thread.join()
    assert len(store.disputes_of(ADA.key)) == 5
    assert sum("That's 5 disputes today" in reply for reply in replies) == 1


def test_there_is_nothing_to_dispute_before_an_answer_or_after_a_skip(chat: Chat) -> None:
    assert "no scored answer to dispute" in chat.send("dispute")
    chat.send("start backend 3")
    chat.send(chat.question().key_points[0].text)
    chat.send("next")
    chat.send("skip")
    assert "You skipped that question" in chat.send("dispute 2 I said it")


def test_a_long_dispute_typed_as_a_message_is_the_command() -> None:
    long = f"dispute 2 {WORDING}"
    assert typed_command(long, answering=False) == ("dispute", f"2 {WORDING}")
    assert typed_command(long, answering=True) == ("dispute", f"2 {WORDING}")
    assert typed_command("dispute is what I would avoid here", answering=True) is None
    assert typed_command("flag wrong the model answer is out of date", answering=True) == (
        "flag",
        "wrong the model answer is out of date",
    )


# -- scoring with accepted wordings ----------------------------------------------------------


def test_a_point_is_credited_by_the_best_of_its_wordings(bank: QuestionBank) -> None:
    question = the_question(bank)
    guide = bank.guide(question.guide)
    scorer = KeyPointScorer()
    answer = f"{question.key_points[0].text} {WORDING}"
    plain = score_with_phrasings(
        scorer, question=question, guide=guide, answer=answer, phrasings={}
    )
    phrased = score_with_phrasings(
        scorer, question=question, guide=guide, answer=answer, phrasings={VERSIONING: [WORDING]}
    )
    before, after = plain.points[VERSIONING - 1], phrased.points[VERSIONING - 1]
    assert before.status is Status.MISSED and after.status is Status.COVERED
    assert (after.text, after.share) == (before.text, before.share)
    assert phrased.value == pytest.approx(plain.value + after.contribution - before.contribution)
    assert phrased.points[: VERSIONING - 1] == plain.points[: VERSIONING - 1]


def test_a_contradicted_point_stays_contradicted_whatever_its_wordings(bank: QuestionBank) -> None:
    question = the_question(bank)
    answer = "Use GET for creating and POST for reading resources."
    phrasings = {3: [answer]}
    scored = score_with_phrasings(
        KeyPointScorer(),
        question=question,
        guide=bank.guide(question.guide),
        answer=answer,
        phrasings=phrasings,
    )
    assert scored.points[2].status is Status.CONTRADICTED


# -- flagging a question -----------------------------------------------------------------------


def test_flags_reach_the_servers_admins_grouped_by_question(server: Chat) -> None:
    server.send("start")
    asks = server.send("flag")
    assert "To flag _Explain the role of a RESTful API" in asks
    thanks = server.send("flag unclear It does not say which protocol")
    assert "flagged as **unclear**" in thanks and "admins will see it" in thanks
    server.send("start", user=BOB)
    server.send("flag wrong The model answer says PUT creates", user=BOB)
    shown = server.send("flags", user=ADMIN)
    assert f"(`{QUESTION_ID}`) · 2 flag(s): 1 unclear, 1 wrong" in shown
    assert "unclear: «It does not say which protocol»" in shown
    assert "Only this server's admins see flags" in server.send("flags", user=BOB)
    assert "No flagged questions here." in server.send("flags", user=OTHER_ADMIN, where=THERE)


def test_flags_export_as_a_json_file(server: Chat) -> None:
    server.send("start")
    server.send("flag outdated OAuth 1 is long gone")
    replies = server.replies("flags export", user=ADMIN)
    attachment = replies[0].attachment
    assert attachment is not None and attachment.filename == "mockinterview-flags.json"
    exported = json.loads(attachment.data)
    (question,) = exported["questions"]
    assert question["question_id"] == QUESTION_ID
    assert question["counts"] == {"outdated": 1}
    assert question["flags"][0]["text"] == "OAuth 1 is long gone"
    assert ADA.key not in attachment.data.decode(), "who flagged stays out of the file"


def test_flags_are_limited_and_explained(server: Chat) -> None:
    assert "no question to flag yet" in server.send("flag wrong it is wrong")
    server.send("start")
    assert "what is wrong" in server.send("flag wrong !!")
    for _ in range(5):
        server.send("flag wrong The model answer is wrong")
    assert "That's 5 flags today" in server.send("flag wrong Still wrong")
    assert len(server.store.flags_of(ADA.key)) == 5


def test_a_flag_from_the_console_reaches_no_admins(bank: QuestionBank) -> None:
    chat = open_chat(bank)
    chat.send("start")
    assert "No admins read flags sent in a DM" in chat.send("flag unclear Too vague to answer")
    assert "none in a DM" in chat.send("flags")


def test_a_flag_after_an_interview_ends_on_a_skip_is_on_the_skipped_question(
    bank: QuestionBank, store: Store
) -> None:
    chat = open_chat(bank, store)
    chat.send("start backend-developer 2")
    chat.send("An index is a B-tree of sorted keys pointing at rows.")
    asked = chat.send("next")
    chat.send("skip")
    assert "flagged as **unclear**" in chat.send("flag unclear Too vague to answer")
    (flag,) = store.flags_of(chat.user.key)
    (answered,) = store.answers(chat.user.key)
    skipped = bank.get(flag.question_id)
    assert skipped is not None and skipped.prompt in asked
    assert flag.question_id != answered.question_id
    assert "You skipped that question" in chat.send("dispute 1 I said it")
    assert store.disputes_of(chat.user.key) == []


def test_the_question_an_ended_interview_showed_last_survives_a_profile_save_and_forget_clears_it(
    store: Store,
) -> None:
    write(store, ShowedLast(ADA.key, QUESTION_ID))
    store.save_profile(Profile(ADA.key, "Ada", "Europe/Berlin"))
    assert store.load_profile(ADA.key) == Profile(
        ADA.key, "Ada", "Europe/Berlin", last_question=QUESTION_ID
    )
    write(store, ShowedLast(ADA.key, "backend-developer/2"))
    profile = store.load_profile(ADA.key)
    assert profile is not None and profile.last_question == "backend-developer/2"
    write(store, Forget(ADA.key))
    assert store.load_profile(ADA.key) is None


def test_forget_deletes_disputes_and_flags_but_not_accepted_wordings(server: Chat) -> None:
    answer_first_point(server)
    server.send(f"dispute {VERSIONING} {WORDING}")
    server.send("flag unclear It does not say which protocol")
    server.send("disputes accept 1", user=ADMIN)
    exported = json.loads(server.replies("export")[0].attachment.data)  # type: ignore[union-attr]
    assert exported["disputes"][0]["reason"] == WORDING and len(exported["flags"]) == 1
    server.send("forget confirm")
    assert server.store.disputes_of(ADA.key) == [] and server.store.flags_of(ADA.key) == []
    assert [p.text for p in server.store.phrasings("T1")] == [WORDING]


# -- the store contract ------------------------------------------------------------------------

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def a_dispute(scope: str | None, user_key: str = "slack:UA") -> Dispute:
    return Dispute(
        scope=scope,
        user_key=user_key,
        name="Ada",
        question_id=QUESTION_ID,
        answered_at=NOW,
        point=VERSIONING,
        point_text="Not versioning APIs can lead to breaking changes.",
        reason=WORDING,
        original=0.5,
        corrected=0.6,
        created_at=NOW + timedelta(minutes=1),
    )


def write(store: Store, *writes: Write) -> None:
    assert store.commit(TurnCommit("slack:UA", None, NOW, writes=writes))


def test_disputes_round_trip_by_server_and_by_person(store: Store) -> None:
    write(store, FileDispute(a_dispute("T1")), FileDispute(a_dispute("T2", "slack:UB")))
    (here,) = store.disputes_in("T1")
    assert here == replace(a_dispute("T1"), id=here.id) and here.id > 0
    assert [d.scope for d in store.disputes_of("slack:UB")] == ["T2"]
    assert store.disputes_in("T3") == []


def test_accepting_adds_the_phrasing_once(store: Store) -> None:
    write(store, FileDispute(a_dispute("T1")))
    dispute_id = store.disputes_in("T1")[0].id
    phrasing = Phrasing("T1", QUESTION_ID, VERSIONING, WORDING)
    write(store, ResolveDispute(dispute_id, ACCEPTED, phrasing))
    write(store, ResolveDispute(dispute_id, REJECTED, phrasing))
    assert store.disputes_in("T1")[0].status == ACCEPTED
    assert store.phrasings("T1") == [phrasing]
    assert store.phrasings("T2") == []


def test_flags_round_trip_and_forget_removes_a_persons_reviews(store: Store) -> None:
    flag = Flag("T1", "slack:UA", QUESTION_ID, "unclear", "Which protocol?", NOW)
    write(store, FileFlag(flag), FileFlag(replace(flag, user_key="slack:UB")))
    write(store, FileDispute(a_dispute("T1")))
    (mine,) = store.flags_of("slack:UA")
    assert mine == replace(flag, id=mine.id)
    assert len(store.flags_in("T1")) == 2
    write(store, Forget("slack:UA"))
    assert store.flags_of("slack:UA") == [] and store.disputes_of("slack:UA") == []
    assert [f.user_key for f in store.flags_in("T1")] == ["slack:UB"]


def test_a_removed_servers_wordings_and_flags_go_and_its_peoples_disputes_stay(
    store: Store,
) -> None:
    for scope in ("T1", "T2"):
        write(store, FileDispute(a_dispute(scope)))
        write(store, FileFlag(Flag(scope, "slack:UA", QUESTION_ID, "wrong", "Old.", NOW)))
        dispute_id = store.disputes_in(scope)[0].id
        phrasing = Phrasing(scope, QUESTION_ID, VERSIONING, WORDING)
        write(store, ResolveDispute(dispute_id, ACCEPTED, phrasing))
    store.delete_server("T1")
    assert store.phrasings("T1") == [] and store.flags_in("T1") == []
    assert len(store.disputes_in("T1")) == 1, "a self-corrected score stays its person's"
    assert len(store.phrasings("T2")) == 1 and len(store.flags_in("T2")) == 1


def test_a_guides_flags_come_from_every_server_and_no_other_guide(store: Store) -> None:
    flag = Flag("T1", "slack:UA", QUESTION_ID, "unclear", "Which protocol?", NOW)
    other_guide = replace(flag, question_id="backend/1")
    write(store, FileFlag(flag), FileFlag(replace(flag, scope="T2")), FileFlag(other_guide))
    assert [f.scope for f in store.flags_on("backend-developer")] == ["T1", "T2"]
    assert [f.question_id for f in store.flags_on("backend")] == ["backend/1"]
    assert store.flags_on("backend-%") == [] and store.flags_on("") == []
