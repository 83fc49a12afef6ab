"""Transcript tests: the whole engine through the `chat` fixture, as a person would use it."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from bot.engine import MAX_ANSWER_CHARS, TROUBLE_SAVING, Engine
from bot.errors import APOLOGY, StorageUnavailableError
from bot.questions import QuestionBank
from bot.store import InMemoryStore, Store
from bot.types import (
    Action,
    Command,
    Difficulty,
    Kind,
    Platform,
    RecentScore,
    Role,
    Text,
    User,
    Where,
)
from tests.conftest import Chat, FakeClock, make_engine, open_chat

STRONG_REST_ANSWER = (
    "A RESTful API lets the front-end and back-end communicate over HTTP: the client sends "
    "requests such as fetching user data from the database. Use the HTTP methods correctly, GET "
    "to read, POST to create, PUT or PATCH to update, DELETE to delete, and return proper status "
    "codes. Version the API so changes don't break clients, and keep URLs simple and readable."
)


def answer_well(chat: Chat) -> str:
    """Answer the current question with its own model-answer points: a strong answer."""
    return chat.send(" ".join(point.text for point in chat.question().key_points))


def test_start_asks_the_first_question_with_buttons(chat: Chat) -> None:
    text = chat.send("start")
    assert "Question 1 of 5" in text
    assert chat.last[0].expects_answer
    assert [button.action_id for button in chat.last[0].buttons] == [
        "answer",
        "hint",
        "skip",
        "end",
    ]


def test_a_full_interview_of_three_questions(chat: Chat) -> None:
    chat.send("start backend-developer technical 3")
    first = answer_well(chat)
    assert re.search(r"\*\*Score: \d+%\*\*", first)
    assert "✅" in first and "**Model answer**" in first and "**Follow-up:**" in first
    assert "Question 2 of 3" in chat.send("next")
    assert "Skipped" in chat.send("skip")
    chat.send("next")
    last = chat.send("I would mostly just restart the server and hope it works.")
    assert "❌" in last
    assert "Interview finished" in last, "the last answer ends the interview with the summary"
    assert "2 answered, 1 skipped" in last
    assert "**To review**" in last
    assert chat.store.load_session(chat.user.key) is None


def test_feedback_marks_covered_and_missed_points_with_matched_words(chat: Chat) -> None:
    chat.send("start")
    question = chat.question()
    assert question is not None
    said, *others = question.key_points
    text = chat.send(said.text)
    assert f"✅ {said.text}" in text
    assert "❌" in text
    assert "matched: `" in text
    assert f"1 of {len(others) + 1} key points covered" in text


def test_strong_answers_outscore_weak_ones(chat: Chat) -> None:
    chat.send("start 2")
    strong = int(re.findall(r"Score: (\d+)%", answer_well(chat))[0])
    chat.send("next")
    weak = int(re.findall(r"Score: (\d+)%", chat.send("I like turtles and sunny days."))[0])
    assert strong >= 70 > 20 >= weak


def test_hints_grow_one_point_at_a_time(chat: Chat) -> None:
    chat.send("start")
    assert "Hint 1" in chat.send("hint")
    assert "one point starts with" in chat.send("hint")


def test_repeat_shows_the_same_question(chat: Chat) -> None:
    asked = chat.send("start")
    repeated = chat.send("repeat")
    assert asked.split("\n\n")[1] == repeated.split("\n\n")[1]


def test_status_reports_progress(chat: Chat) -> None:
    assert "No interview running" in chat.send("status")
    chat.send("start 4")
    answer_well(chat)
    assert "question 1 of 4 (feedback shown) · 1 answered" in chat.send("status")


def test_end_gives_a_summary_at_any_point(chat: Chat) -> None:
    chat.send("start")
    answer_well(chat)
    summary = chat.send("end")
    assert "Interview finished" in summary and "1 answered, 0 skipped" in summary
    assert "You have no interview running" in chat.send("hint")


def test_no_repeats_within_a_session(chat: Chat) -> None:
    chat.send("start 6")
    seen = [chat.question().id]
    for _ in range(5):
        chat.send("next")
        seen.append(chat.question().id)
    assert len(set(seen)) == 6


def test_filters_choose_kind_and_difficulty(chat: Chat) -> None:
    chat.send("start behavioral")
    question = chat.question()
    assert question is not None and question.kind.value == "behavioral"
    chat.send("start hard confirm")
    question = chat.question()
    assert question is not None and question.difficulty.value == "hard"


def test_unseen_questions_come_before_weak_ones_then_strong(chat: Chat, bank: QuestionBank) -> None:
    pool = bank.select(guide="backend-developer")
    chat.send(f"start {len(pool)}")
    scores: dict[str, bool] = {}
    for position in range(len(pool)):
        question_id = chat.question().id
        strong = position % 2 == 0
        answer_well(chat) if strong else chat.send("no idea, sorry")
        scores[question_id] = strong
        chat.send("next")
    chat.send("start 1")
    assert scores[chat.question().id] is False, "a weak answer comes back first"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("/dance", "I don't know the command `dance`"),
        ("help", "`start [guide] [kind] [difficulty] [n]`"),
        ("start klingon", "I don't know `klingon`"),
        ("start 99", "1 to 20 questions"),
        ("what is this?", "You have no interview running"),
        ("next", "You have no interview running"),
        ("hlep", "I don't know `hlep`. Did you mean `help`?"),
        ("stast", "Did you mean `start` or `stats`?"),
        ("exprot", "Did you mean `export`?"),
        ("cache", "You have no interview running"),
        ("@everyone", "You have no interview running"),
    ],
)
def test_unknown_or_bad_input_gets_a_friendly_answer(chat: Chat, typed: str, expected: str) -> None:
    assert expected in chat.send(typed)


def test_empty_and_huge_answers(chat: Chat) -> None:
    chat.send("start")
    assert "empty" in chat.engine.handle(Text(chat.user, chat.where, "   "), chat.clock())[0].text
    huge = "index " * (MAX_ANSWER_CHARS // 3)
    assert f"Only the first {MAX_ANSWER_CHARS} characters" in chat.send(huge)
    [record] = chat.store.answers(chat.user.key)
    assert len(record.answer_text) == MAX_ANSWER_CHARS


def test_an_answer_starting_with_a_command_word_is_still_an_answer(chat: Chat) -> None:
    chat.send("start")
    assert "Score:" in chat.send("next we cache the data and use status codes")


def test_buttons_and_slash_commands_work_like_typed_words(engine: Engine, clock: FakeClock) -> None:
    user, where = User("slack", "U1"), Where("slack", "D1", direct=True)
    engine.handle(Command(user, where, "start"), clock())
    assert "Hint 1" in engine.handle(Action(user, where, "hint"), clock())[0].text
    skipped, second = engine.handle(Action(user, where, "next"), clock())
    assert "Skipped" in skipped.text and "Question 2" in second.text


def test_the_same_event_is_handled_once(
    engine: Engine, clock: FakeClock, memory_store: Store
) -> None:
    user, where = User("slack", "U1"), Where("slack", "D1", direct=True)
    engine.handle(Command(user, where, "start"), clock())
    answer = Text(user, where, STRONG_REST_ANSWER, event_id="Ev42")
    assert engine.handle(answer, clock())
    assert engine.handle(answer, clock()) == []
    assert len(memory_store.answers(user.key)) == 1


def test_coming_back_resumes_where_it_stopped(bank: QuestionBank, clock: FakeClock) -> None:
    first = open_chat(bank, clock=clock)
    first.send("start")
    asked = first.question()
    again = first.restarted()
    [welcome] = again.handle(Command(again.user, again.where, "resume"))
    assert "Welcome back" in welcome.text and welcome.expects_answer
    assert again.question() == asked


def test_settings_need_an_admin_and_apply_to_start(engine: Engine, clock: FakeClock) -> None:
    where = Where("discord", "C1", scope="G1")
    member, admin = User("discord", "1"), User("discord", "2", is_admin=True)
    refused = engine.handle(Command(member, where, "settings", "channels here"), clock())
    assert "Only server admins" in refused[0].text
    engine.handle(Command(admin, where, "settings", "channels here"), clock())
    elsewhere = Where("discord", "C2", scope="G1")
    assert (
        "don't run in this channel"
        in engine.handle(Command(member, elsewhere, "start"), clock())[0].text
    )
    assert "Question 1" in engine.handle(Command(member, where, "start"), clock())[0].text
    assert "`C1`" in engine.handle(Command(member, where, "settings"), clock())[0].text


class BrokenStore(InMemoryStore):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def load_session(self, user_key: str) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "expected"),
    [(StorageUnavailableError(), TROUBLE_SAVING), (RuntimeError("secret detail"), APOLOGY)],
)
def test_failures_become_one_friendly_message(
    bank: QuestionBank, error: Exception, expected: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = make_engine(bank, BrokenStore(error))
    event = Text(User(Platform.CONSOLE.value, "ada"), Where("console", "t", direct=True), "start")
    [reply] = engine.handle(event, datetime(2026, 11, 24))
    assert reply.text == expected
    assert "secret detail" not in reply.text


def test_a_finished_session_is_not_stored(chat: Chat) -> None:
    chat.send("start 1")
    answer_well(chat)
    assert chat.store.load_session(chat.user.key) is None
    assert chat.store.answers(chat.user.key)[0].score > 0.5


def test_channel_chatter_without_an_interview_gets_no_reply(
    engine: Engine, clock: FakeClock
) -> None:
    bob, thread = User("slack", "U2"), Where("slack", "C1", thread_id="171.1", scope="T1")
    assert engine.handle(Text(bob, thread, "nice question, Ada!"), clock()) == []
    assert (
        "no interview running"
        in engine.handle(Text(bob, Where("slack", "D2", direct=True), "hi"), clock())[0].text
    )


@pytest.mark.parametrize("typed", ["repeat", "skip", "hint", "status", "my answer is an index"])
def test_an_interview_started_in_one_server_never_shows_in_another(
    engine: Engine, clock: FakeClock, typed: str
) -> None:
    ada = User("discord", "7", "Ada")
    here, there = Where("discord", "C1", scope="G1"), Where("discord", "C2", scope="G2")
    asked = engine.handle(Command(ada, here, "start", "backend-developer 2"), clock())
    question = asked[-1].text
    replies = engine.handle(Text(ada, there, typed), clock())
    assert [reply.private for reply in replies] == [True]
    assert "another server" in replies[0].text
    assert question.splitlines()[0] not in replies[0].text
    pressed = engine.handle(Action(ada, there, "skip"), clock())
    assert "another server" in pressed[0].text
    assert engine.handle(Text(ada, here, "repeat"), clock())[0].text == question


def answer_missing_a_core_point(chat: Chat) -> tuple[str, str]:
    """Say every key point of the current question but its first core point."""
    question = chat.question()
    assert question is not None
    left_out = next(point for point in question.key_points if point.role is Role.CORE)
    said = " ".join(point.text for point in question.key_points if point is not left_out)
    return chat.send(said), left_out.text


def test_a_missed_core_point_is_listed_to_review_whatever_the_score(chat: Chat) -> None:
    chat.send("start backend-developer technical 2")
    _, missed = answer_missing_a_core_point(chat)
    summary = chat.send("end")
    assert "**To review**" in summary and missed.rstrip(".") in summary.split("**To review**")[1]
    assert "Well done" not in summary


def test_a_weak_answer_is_never_well_done(chat: Chat) -> None:
    chat.send("start backend-developer 2")
    chat.send("I would mostly just restart the server and hope it works.")
    summary = chat.send("end")
    assert "**To review**" in summary and "Well done" not in summary


def test_ending_before_any_answer_is_not_well_done(chat: Chat) -> None:
    chat.send("start")
    summary = chat.send("end")
    assert "Well done" not in summary and "0 answered, 1 skipped" in summary
    assert "skipped; read the model answer again" in summary


def test_the_question_showing_at_the_end_counts_as_skipped(chat: Chat) -> None:
    chat.send("start backend-developer technical 3")
    answer_well(chat)
    chat.send("next")
    summary = chat.send("end")
    assert "**Interview finished.** 1 answered, 1 skipped" in summary
    assert "2. **skipped** · " in summary


def test_only_a_strong_interview_is_well_done(chat: Chat) -> None:
    chat.send("start backend-developer technical 1")
    assert "Well done" in answer_well(chat)


def test_status_of_a_timed_interview_shows_the_time_left(chat: Chat) -> None:
    chat.send("interview 3 2")  # every message comes 30 s after the one before
    assert "⏱ 1:30 left for this answer" in chat.send("status")
    chat.clock.advance(seconds=70)
    assert "⏱ 0:10 over the 2-minute limit (still scored)" in chat.send("status")
    chat.send("skip")
    assert "⏱" not in chat.send("status"), "no clock runs while the feedback is shown"


def test_status_of_an_untimed_interview_shows_no_clock(chat: Chat) -> None:
    chat.send("start 3")
    assert "⏱" not in chat.send("status")


def test_an_interview_shorter_than_asked_says_why(chat: Chat, bank: QuestionBank) -> None:
    pool = bank.select(guide="backend-developer", kind=Kind.TECHNICAL, difficulty=Difficulty.HARD)
    assert 0 < len(pool) < 5, "the test needs a small pool"
    asked = chat.send("start backend-developer technical hard 5")
    assert f"only {len(pool)} technical hard question" in asked
    assert f"this interview has {len(pool)}, not 5" in asked
    assert f"Question 1 of {len(pool)}" in asked
    assert "only" not in chat.send(f"start backend-developer technical hard {len(pool)} confirm")


def test_start_during_an_interview_asks_before_replacing_it(chat: Chat) -> None:
    chat.send("start backend-developer 5")
    chat.send("next")
    asked = chat.question().id
    reply = chat.send("start frontend-developer 3")
    assert "You have an interview running (question 2 of 5)" in reply
    assert "Type `start frontend-developer 3 confirm` to replace it" in reply
    assert chat.last[0].private and chat.question().id == asked
    assert "Question 2 of 5" in chat.send("repeat"), "the running interview goes on"
    replaced = chat.send("start frontend-developer 3 confirm")
    assert "previous interview was replaced" in replaced and "Question 1 of 3" in replaced
    assert "Front-End" in replaced


@pytest.mark.parametrize("confirm", ["confirm", "yes"])
def test_a_mock_interview_over_a_running_one_asks_too(chat: Chat, confirm: str) -> None:
    chat.send("start 3")
    assert "Type `interview 4 2 confirm` to replace it" in chat.send("interview 4 2")
    assert "Mock interview:** 4 questions" in chat.send(f"interview 4 2 {confirm}")


@pytest.mark.parametrize("platform", ["slack", "discord"])
def test_starting_over_a_running_interview_asks_on_every_platform(
    engine: Engine, clock: FakeClock, platform: str
) -> None:
    user, where = User(platform, "U1"), Where(platform, "D1", direct=True)
    engine.handle(Command(user, where, "start", "backend-developer 3"), clock())
    [asking] = engine.handle(Command(user, where, "start", "system-design"), clock())
    assert "You have an interview running (question 1 of 3)" in asking.text and asking.private
    how = "`replace: True`" if platform == "discord" else "`start system-design confirm`"
    assert how in asking.text
    replies = engine.handle(Command(user, where, "start", "system-design confirm"), clock())
    assert "Question 1 of 5" in replies[0].text and "System Design" in replies[0].text


def test_the_help_is_shown_once_then_a_one_line_hint(engine: Engine, clock: FakeClock) -> None:
    ada, terminal = User("console", "ada", "Ada"), Where("console", "terminal", direct=True)
    [first] = engine.handle(Command(ada, terminal, "resume"), clock())
    assert "`start [guide] [kind] [difficulty] [n]`" in first.text
    for _ in range(2):
        [again] = engine.handle(Command(ada, terminal, "resume"), clock())
        assert again.text == "Type `start` to begin an interview, or `help` for every command."
    assert len(engine.handle(Text(ada, terminal, "help"), clock())[0].text.splitlines()) > 10
    engine.handle(Text(ada, terminal, "forget confirm"), clock())
    assert "`start [guide]" in engine.handle(Command(ada, terminal, "resume"), clock())[0].text


class Recorder:
    """An observer that keeps what the engine told it."""

    def __init__(self) -> None:
        self.turns: list[float] = []
        self.scores: list[float] = []

    def answer_scored(self, score: float) -> None:
        self.scores.append(score)

    def storage_failed(self) -> None:
        return None

    def turn_handled(self, seconds: float) -> None:
        self.turns.append(seconds)


def test_every_turn_is_timed_even_one_that_ends_in_the_apology(
    bank: QuestionBank, clock: FakeClock
) -> None:
    recorder = Recorder()
    working = Engine(store=InMemoryStore(), bank=bank, observer=recorder, clock=clock)
    working.handle(Text(User("slack", "U1"), Where("slack", "D1", direct=True), "start"))
    broken = Engine(store=BrokenStore(RuntimeError()), bank=bank, observer=recorder, clock=clock)
    [apology] = broken.handle(Text(User("slack", "U1"), Where("slack", "D1"), "start"))
    assert apology.text == APOLOGY
    assert len(recorder.turns) == 2


def test_the_engine_reads_its_own_clock_when_no_time_is_given(
    bank: QuestionBank, clock: FakeClock
) -> None:
    engine = make_engine(bank, clock=clock)
    user, where = User("console", "ada"), Where("console", "t", direct=True)
    engine.handle(Command(user, where, "interview", "2 3"))
    clock.advance(minutes=4)
    assert "over the 3-minute limit" in engine.handle(Command(user, where, "status"))[0].text


def test_the_home_view_shows_the_interview_and_the_last_scores(
    chat: Chat, bank: QuestionBank
) -> None:
    assert chat.engine.home(chat.user, chat.where).status.startswith("No interview running")
    chat.send("start backend-developer 2")
    chat.send("An answer in my own words.")
    home = chat.engine.home(chat.user, chat.where)
    assert "question 1 of 2 (feedback shown) · 1 answered" in home.status
    [recent] = home.recent
    [record] = chat.store.answers(chat.user.key)
    assert recent == RecentScore(record.score, bank.get(record.question_id).prompt)  # type: ignore[union-attr]


def test_the_home_view_says_so_when_the_database_is_down(bank: QuestionBank) -> None:
    engine = make_engine(bank, BrokenStore(StorageUnavailableError()))
    home = engine.home(User("slack", "U1"), Where("slack", "D1", direct=True))
    assert (home.status, home.recent) == (TROUBLE_SAVING, ())
