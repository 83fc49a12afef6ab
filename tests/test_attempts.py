"""Retry and compare, every attempt at a question, and past interviews with their reports."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot import interview
from bot.attempts import change
from bot.errors import UserError
from bot.interview import State
from bot.questions import QuestionBank
from bot.store import Store
from bot.types import RETRY_BUTTON, Action
from tests.conftest import Chat, FakeClock, open_chat
from tests.test_interview import NOW, fresh

START = "start backend-developer technical 2"


@pytest.fixture
def chat(bank: QuestionBank, store: Store, clock: FakeClock) -> Chat:
    """A console chat on every store: memory, SQLite (and PostgreSQL when reachable)."""
    return open_chat(bank, store, clock)


def full(chat: Chat) -> str:
    return " ".join(point.text for point in chat.question().key_points)


def first_point(chat: Chat) -> str:
    return chat.question().key_points[0].text


def score_of(text: str) -> int:
    found = re.search(r"\*\*Score: (\d+)%\*\*", text)
    assert found is not None, text
    return int(found.group(1))


def test_retry_asks_the_same_question_and_compares_the_scores(chat: Chat) -> None:
    chat.send(START)
    question = chat.question()
    before = score_of(chat.send(first_point(chat)))
    again = chat.send("retry")
    assert "Once more" in again and question.prompt in again and "Question 1 of 2" in again
    assert chat.question() == question
    first, second = question.key_points[:2]
    feedback = chat.send(f"{first.text} {second.text}")
    after = score_of(feedback)
    assert after > before
    assert f"**Retry:** {before}% → {after}%, +{after - before}" in feedback
    newly = feedback.split("newly covered: ")[1].split("\n")[0]
    assert newly == " ".join(second.text.split()[:8]) + " …", "covered the first time too"


def test_a_retry_in_an_interview_replaces_the_answer_and_takes_no_extra_question(
    chat: Chat,
) -> None:
    chat.send(START)
    chat.send(first_point(chat))
    chat.send("retry")
    assert "question 1 of 2 (waiting for your answer)" in chat.send("status")
    retried = score_of(chat.send(full(chat)))
    assert "question 1 of 2 (feedback shown)" in chat.send("status")
    assert "Question 2 of 2" in chat.send("next")
    summary = chat.send(full(chat))
    assert "**Interview finished.** 2 answered, 0 skipped" in summary
    assert f"1. **{retried}%**" in summary


def test_skipping_a_retry_keeps_the_answer_before_it(chat: Chat) -> None:
    chat.send(START)
    first = score_of(chat.send(first_point(chat)))
    chat.send("retry")
    chat.send("skip")
    assert "question 1 of 2 (feedback shown)" in chat.send("status")
    chat.send("next")
    summary = chat.send(full(chat))
    assert f"1. **{first}%**" in summary and "skipped" not in summary.split("\n\n")[-3]
    assert "1 skipped" not in summary


def test_retry_after_the_interview_asks_that_question_on_its_own(chat: Chat) -> None:
    chat.send("start backend-developer technical 1")
    question = chat.question()
    before = score_of(chat.send(first_point(chat)))
    again = chat.send("retry")
    assert "Question 1 of 1" in again and question.prompt in again
    feedback = chat.send(full(chat))
    assert f"**Retry:** {before}% →" in feedback and "; 5 more" in feedback
    assert "**Interview finished.** 1 answered" in feedback


def test_retry_while_a_question_waits_or_before_any_answer_says_what_to_do(chat: Chat) -> None:
    assert "You haven't answered a question yet" in chat.send("retry")
    chat.send(START)
    assert "answer it or `skip`, then `retry`" in chat.send("retry")


def test_the_retry_button_on_feedback_asks_again(chat: Chat) -> None:
    chat.send(START)
    feedback = chat.replies(first_point(chat))[0]
    assert RETRY_BUTTON in feedback.buttons
    pressed = chat.handle(Action(chat.user, chat.where, RETRY_BUTTON.action_id))
    assert "Once more" in pressed[0].text and pressed[0].expects_answer


def test_the_last_feedback_of_an_interview_offers_a_retry(chat: Chat) -> None:
    chat.send("start backend-developer technical 1")
    feedback, summary = chat.replies(first_point(chat))
    assert feedback.buttons[0] == RETRY_BUTTON and "Interview finished" in summary.text


def test_the_feedback_footer_names_the_question_and_the_strictness(chat: Chat) -> None:
    chat.send(START)
    question = chat.question()
    feedback = chat.send(first_point(chat))
    assert f"_Strictness: standard · question `{question.id}`" in feedback


def test_history_lists_every_attempt_with_its_date_and_score(chat: Chat) -> None:
    chat.send(START)
    question = chat.question()
    first = score_of(chat.send(first_point(chat)))
    chat.send("retry")
    chat.clock.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    second = score_of(chat.send(full(chat)))
    chat.send("next")
    shown = chat.send(f"history {question.id}")
    assert f"**Every attempt** at `{question.id}` · {question.prompt}" in shown
    assert f"1. 24 Nov 2026 · **{first}%**" in shown
    assert f"2. 26 Nov 2026 · **{second}%** ({first}% → {second}%, +{second - first})" in shown
    chat.send(full(chat))
    latest = chat.send("history")
    assert "2. " not in latest and "1. 26 Nov 2026" in latest, "the last question answered"


@pytest.mark.parametrize("asked", ["backend-developer/999", "<@U123> @everyone", "x" * 5000])
def test_history_of_an_unknown_question_says_where_ids_are(chat: Chat, asked: str) -> None:
    chat.send(START)
    chat.send(first_point(chat))
    reply = chat.send(f"history {asked}")
    assert "You have no answers to that question" in reply
    assert "@everyone" not in reply and "<@U123>" not in reply


def test_history_before_any_answer(chat: Chat) -> None:
    assert "You haven't answered a question yet" in chat.send("history")


def test_sessions_lists_past_interviews_and_report_shows_one_again(chat: Chat) -> None:
    assert "No interviews yet" in chat.send("sessions")
    chat.send("start backend-developer technical 1")
    first_prompt = chat.question().prompt
    first = score_of(chat.send(full(chat)))
    chat.clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    chat.send("start devops-sre technical 1")
    chat.send(first_point(chat))
    listed = chat.send("sessions")
    lines = listed.splitlines()
    assert lines[1].startswith("1. 27 Nov 2026 · DevOps") and "1 answered" in lines[1]
    assert lines[2].startswith("2. 24 Nov 2026 · Back-End") and f"**{first}%**" in lines[2]
    report = chat.send("report 2")
    assert report.startswith("**Report 2** · 24 Nov 2026 · Back-End")
    assert first_prompt in report and f"**{first}%**" in report
    assert "1 answered, average" in report and "skipped," not in report  # skips are not kept


def test_sessions_marks_a_running_interview_and_a_retry(chat: Chat) -> None:
    chat.send("start backend-developer technical 1")
    chat.send(first_point(chat))
    chat.send("retry")
    chat.send(full(chat))
    chat.send(START)
    chat.send(first_point(chat))
    listed = chat.send("sessions").splitlines()
    assert "(running)" in listed[1] and "(retry)" in listed[2]


@pytest.mark.parametrize("asked", ["0", "9", "abc", "-1", "99999999999", "\uff19"])
def test_report_of_a_number_not_listed(chat: Chat, asked: str) -> None:
    chat.send("start backend-developer technical 1")
    chat.send(first_point(chat))
    assert "`sessions`: `report 1` (the latest), the only one." in chat.send(f"report {asked}")


@pytest.mark.parametrize("one", ["\uff11", "\u0661"], ids=["full-width", "Arabic-Indic"])
def test_report_reads_a_number_typed_in_other_digits(chat: Chat, one: str) -> None:
    chat.send("start backend-developer technical 1")
    chat.send(first_point(chat))
    assert chat.send(f"report {one}").startswith("**Report 1**")


def test_commands_typed_while_answering_stay_answers(chat: Chat) -> None:
    chat.send(START)
    assert chat.engine.typed_command(chat.user, "history of REST") is None
    assert chat.engine.typed_command(chat.user, "report 2") == ("report", "2")


def test_ask_again_is_refused_while_asking_and_replaces_the_turn() -> None:
    with pytest.raises(UserError):
        interview.ask_again(fresh(), NOW)
    answered = interview.answer(fresh(), 0.4)
    again = interview.ask_again(answered, NOW)
    assert again.state is State.ASKING and again.retry and again.current == "g/1"
    replaced = interview.answer(again, 0.9)
    assert [turn.score for turn in replaced.turns] == [0.9]
    moved_on = interview.advance(replaced, "g/2", NOW)
    assert not moved_on.retry
    assert interview.from_dict(interview.to_dict(again)) == again
    assert interview.from_dict(interview.to_dict(replace(again, retry=False))).retry is False


@pytest.mark.parametrize(
    ("previous", "latest", "shown"),
    [(0.62, 0.81, "62% → 81%, +19"), (0.5, 0.3, "50% → 30%, −20"), (0.4, 0.4, "40% → 40%, +0")],
)
def test_change_reads_as_shown(previous: float, latest: float, shown: str) -> None:
    assert change(previous, latest) == shown


NO_IDEA = "No idea, honestly, I have never used any of this."


def test_the_summary_after_a_retry_judges_areas_by_the_retry_alone(chat: Chat) -> None:
    """The headline's average counts the retry only, and so do the strongest and weakest
    areas: a strong first attempt no longer lifts an area the retry scored nothing in."""
    chat.send(START)
    assert score_of(chat.send(full(chat))) > 50
    chat.send("retry")
    chat.send(NO_IDEA)
    chat.send("next")
    summary = chat.send(NO_IDEA)
    assert "2 answered, 0 skipped, average 0%" in summary
    assert "**Strongest:**" not in summary  # every area scored 0 in the retry: no strongest
