"""A key point's contrast said the other way round ("called, not where it's written" against
"written, not where it is called") contradicts it; said the point's way round, or with a
"not" that denies a verb or adds ("not just"), it does not."""

from __future__ import annotations

import pytest

from bot.questions import KeyPoint
from bot.scoring import KeyPointScorer, PointScore, Status

LEXICAL = KeyPoint(
    "Lexical Scope: Scope is decided by where a function is written in the source, not where "
    "it is called."
)
TEXT_CONTENT = KeyPoint("Set user-supplied text with textContent rather than innerHTML.")
LEAK = KeyPoint(
    "Confirm a leak: the heap keeps growing instead of returning to a baseline after garbage "
    "collection."
)
BACKUP = KeyPoint("Back up everything needed to rebuild, not just the database.")
HOT_KEY = KeyPoint(
    "Confirm the Hot Key: use per-key metrics to confirm that one key, not the whole shard's "
    "data, takes the traffic."
)

PARALLEL = KeyPoint(
    "Run independent requests in parallel with Promise.all instead of awaiting them one after "
    "another."
)


def scored(scorer: KeyPointScorer, point: KeyPoint, answer: str) -> PointScore:
    return scorer.score(question="Q?", key_points=[point], answer=answer).points[0]


@pytest.mark.parametrize(
    ("point", "answer", "reversed_"),
    [
        pytest.param(
            LEXICAL,
            "Scope is decided by where a function is called rather than where it's written.",
            True,
            id="rather than, reversed",
        ),
        pytest.param(
            PARALLEL,
            "Things I watch for in reviews: independent requests awaited one after another "
            "instead of with Promise.all; promises with no catch.",
            False,
            id="reversed, as a mistake a reviewer watches for",
        ),
        pytest.param(
            PARALLEL,
            "I await independent requests one after another instead of with Promise.all.",
            True,
            id="reversed, as the speaker's way",
        ),
        pytest.param(
            LEXICAL,
            "A function sees the variables of whoever calls it, not of the place where it was "
            "written.",
            True,
            id="not, reversed",
        ),
        pytest.param(
            LEXICAL,
            "Scope is fixed by where the function is written, not where it's called.",
            False,
            id="the point's way round",
        ),
        pytest.param(
            LEXICAL,
            "Where a function is called isn't what decides scope; where it is written is.",
            False,
            id="a not that denies a verb",
        ),
        pytest.param(
            TEXT_CONTENT,
            "For user text, use innerHTML rather than textContent.",
            True,
            id="the rejected choice preferred",
        ),
        pytest.param(
            TEXT_CONTENT,
            "For user text, use textContent instead of innerHTML.",
            False,
            id="the choice the point makes",
        ),
        pytest.param(
            TEXT_CONTENT,
            "For user text, innerHTML is better than textContent.",
            True,
            id="the rejected choice called better",
        ),
        pytest.param(
            TEXT_CONTENT,
            "For user text, textContent is better than innerHTML.",
            False,
            id="the choice the point makes, called better",
        ),
        pytest.param(
            TEXT_CONTENT,
            "innerHTML is faster than textContent, but textContent is safer for user text.",
            False,
            id="the rejected choice better in another way",
        ),
        pytest.param(
            LEAK,
            "A healthy heap returns to a baseline instead of growing.",
            False,
            id="what a thing keeps doing is no advice to reverse",
        ),
        pytest.param(
            BACKUP,
            "Back up the database, not everything else.",
            False,
            id="not just adds, it draws no contrast",
        ),
        pytest.param(
            HOT_KEY,
            "My lesson: sharding spreads keys, not the traffic to a single key.",
            False,
            id="the preferred side said on both sides of the not",
        ),
        pytest.param(
            HOT_KEY,
            "The whole shard's data is hot, not one key.",
            True,
            id="the rejected side preferred",
        ),
    ],
)
def test_a_contrast_said_the_other_way_round_contradicts_the_point(
    scorer: KeyPointScorer, point: KeyPoint, answer: str, reversed_: bool
) -> None:
    assert (scored(scorer, point, answer).status is Status.CONTRADICTED) is reversed_


def test_the_feedback_quotes_both_sides_as_the_point_says_them(scorer: KeyPointScorer) -> None:
    answer = "Scope is decided by where a function is called rather than where it's written."
    note = scored(scorer, LEXICAL, answer).note
    assert "“called rather than where it's written”" in note
    assert "“function is written in the source”, not “called”" in note


def test_a_not_just_in_the_answer_adds_rather_than_reverses(scorer: KeyPointScorer) -> None:
    answer = "Scope depends on where a function is called, not just where it's written."
    assert scored(scorer, LEXICAL, answer).status is not Status.CONTRADICTED
