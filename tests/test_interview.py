"""The interview state machine, table-driven."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from bot import interview
from bot.errors import UserError
from bot.feedback import percent
from bot.interview import Session, State
from bot.types import Difficulty, Kind

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def fresh(length: int = 3) -> Session:
    return interview.begin(
        session_id="s",
        guide="g",
        kind=None,
        difficulty=None,
        length=length,
        first_question="g/1",
        now=NOW,
    )


def reviewing() -> Session:
    return interview.answer(fresh(), 0.5)


def finished() -> Session:
    return interview.finish(fresh())


Step = Callable[[Session], Session]
STEPS: dict[str, Step] = {
    "answer": lambda s: interview.answer(s, 0.8),
    "hint": interview.hint,
    "skip": interview.skip,
    "next": lambda s: interview.advance(s, "g/2", NOW),
    "end": interview.finish,
}


@pytest.mark.parametrize(
    ("start", "step", "expected"),
    [
        (fresh, "answer", State.REVIEWING),
        (fresh, "hint", State.ASKING),
        (fresh, "skip", State.REVIEWING),
        (fresh, "next", State.ASKING),
        (fresh, "end", State.FINISHED),
        (reviewing, "next", State.ASKING),
        (reviewing, "end", State.FINISHED),
    ],
)
def test_allowed_transitions(start: Callable[[], Session], step: str, expected: State) -> None:
    assert STEPS[step](start()).state is expected


@pytest.mark.parametrize(
    ("start", "step"),
    [
        (reviewing, "answer"),
        (reviewing, "hint"),
        (reviewing, "skip"),
        (finished, "answer"),
        (finished, "next"),
    ],
)
def test_refused_transitions_say_what_to_do(start: Callable[[], Session], step: str) -> None:
    with pytest.raises(UserError) as raised:
        STEPS[step](start())
    assert "`next`" in raised.value.message or "`start`" in raised.value.message


def test_an_answer_records_score_and_hints_used() -> None:
    session = interview.answer(interview.hint(interview.hint(fresh())), 0.15496)
    # kept as scored: rounded once when shown, 15% in the feedback and in every average
    assert session.turns == (interview.Turn("g/1", 0.15496, hints=2),)
    assert percent(session.turns[0].score or 0.0) == "15%"
    assert session.hints == 0


def test_skipping_records_no_score() -> None:
    assert interview.skip(fresh()).turns == (interview.Turn("g/1", None),)


def test_next_while_asking_skips_then_asks() -> None:
    later = NOW + timedelta(minutes=3)
    session = interview.advance(fresh(), "g/2", later)
    assert [turn.score for turn in session.turns] == [None]
    assert (session.current, session.asked_at, session.number) == ("g/2", later, 2)


def test_the_last_question_finishes_instead_of_asking() -> None:
    session = interview.answer(fresh(length=1), 0.9)
    assert not session.has_more
    assert interview.advance(session, "g/2", NOW).state is State.FINISHED


def test_running_out_of_questions_finishes() -> None:
    assert interview.advance(reviewing(), None, NOW).state is State.FINISHED


def test_asked_covers_turns_and_the_current_question() -> None:
    session = interview.advance(reviewing(), "g/7", NOW)
    assert session.asked == frozenset({"g/1", "g/7"})


def test_serialised_form_round_trips() -> None:
    session = interview.advance(interview.answer(fresh(), 0.25), "g/3", NOW)
    session = interview.hint(session)
    data = interview.to_dict(session)
    assert interview.from_dict(data) == session
    typed = interview.begin(
        session_id="t",
        guide="g",
        kind=Kind.BEHAVIORAL,
        difficulty=Difficulty.HARD,
        length=2,
        first_question="g/4",
        now=NOW,
    )
    assert interview.from_dict(interview.to_dict(typed)) == typed
