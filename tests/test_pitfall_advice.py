"""A pitfall recommended in more ways than "X is the best": as what the speaker does, as the
easy or the quickest fix, as enough; and what keeps an answer that knows the pitfall from
being read as recommending it."""

from __future__ import annotations

import pytest

from bot.questions import KeyPoint
from bot.scoring import KeyPointScorer, Status
from bot.types import Role

CACHE_FIRST = KeyPoint(
    "Writing to the cache before the database transaction commits, which can leave the cache "
    "holding data that was rolled back.",
    role=Role.PITFALL,
)
MOCKED = KeyPoint(
    "Mocking the database in every test, so SQL errors and migration problems are only found in "
    "production.",
    role=Role.PITFALL,
)
WINDOW = KeyPoint(
    "Accessing window or localStorage during server rendering, which throws because those APIs "
    "do not exist on the server.",
    role=Role.PITFALL,
)
POD = KeyPoint(
    "Deleting the pod again and again, which only creates a new pod with the same problem and "
    "loses the previous logs.",
    role=Role.PITFALL,
)
PREFIX = KeyPoint(
    "Running LIKE 'prefix%' queries against the main database on every keystroke, or walking the "
    "whole subtree at request time to find the top results.",
    role=Role.PITFALL,
)
LATEST = KeyPoint(
    "Deploying the latest tag, so nobody knows what is running and rolling back is not possible.",
    role=Role.PITFALL,
)


@pytest.fixture(scope="module")
def scorer() -> KeyPointScorer:
    return KeyPointScorer()


def contradicted(scorer: KeyPointScorer, pitfall: KeyPoint, answer: str) -> bool:
    found = scorer.score(question="Q?", key_points=[pitfall], answer=answer).points[0]
    return found.status is Status.CONTRADICTED


@pytest.mark.parametrize(
    ("answer", "recommended"),
    [
        ("On writes I update the cache first and run the database transaction afterwards.", True),
        ("We usually write to the cache before the database transaction commits.", True),
        ("I delete the cached key once the database transaction has committed.", False),
        ("On writes I delete the cache key after the database transaction commits.", False),
        ("I think people write to the cache before the database transaction commits.", False),
        ("If we write to the cache before the transaction commits, readers see old data.", False),
        ("I wrote to the cache before the database transaction committed, once.", False),
    ],
    ids=[
        "what I do",
        "what we usually do",
        "once committed",
        "after it commits",
        "what I think others do",
        "a condition",
        "a past deed",
    ],
)
def test_what_the_speaker_does_recommends_a_pitfall_it_says(
    scorer: KeyPointScorer, answer: str, recommended: bool
) -> None:
    assert contradicted(scorer, CACHE_FIRST, answer) is recommended


def test_a_habit_s_reason_is_no_warning_but_a_warning_before_it_is(
    scorer: KeyPointScorer,
) -> None:
    habit = (
        "I mock the database in every test because real databases make CI slow and SQL "
        "problems are rare anyway."
    )
    warned = (
        "I mock the database in every test but it hides SQL problems, so a few tests also run "
        "against a real one."
    )
    assert contradicted(scorer, MOCKED, habit)
    assert not contradicted(scorer, MOCKED, warned)


@pytest.mark.parametrize(
    ("answer", "recommended"),
    [
        ("You can freely read window or localStorage during server rendering.", True),
        ("Reading window or localStorage during server rendering is easy enough.", True),
        ("You can't read window or localStorage during server rendering; use an effect.", False),
    ],
    ids=["freely", "easy enough", "denied"],
)
def test_a_pitfall_called_free_or_easy_is_recommended(
    scorer: KeyPointScorer, answer: str, recommended: bool
) -> None:
    assert contradicted(scorer, WINDOW, answer) is recommended


@pytest.mark.parametrize(
    ("answer", "recommended"),
    [
        ("The quickest fix is to delete the pod again and again until it comes up.", True),
        ("It is best not to delete the pod again and again: it loses the logs.", False),
    ],
    ids=["the quickest fix", "best not to"],
)
def test_a_warning_word_that_praise_qualifies_is_what_is_praised(
    scorer: KeyPointScorer, answer: str, recommended: bool
) -> None:
    assert contradicted(scorer, POD, answer) is recommended


@pytest.mark.parametrize(
    ("answer", "recommended"),
    [
        (
            "The easiest design runs LIKE 'prefix%' queries against the main database on every "
            "keystroke.",
            True,
        ),
        (
            "Never run LIKE 'prefix%' queries against the main database on every keystroke; "
            "the easiest design is a trie.",
            False,
        ),
    ],
    ids=["against the main database, praised", "never"],
)
def test_a_warning_word_the_pitfall_says_itself_warns_of_nothing(
    scorer: KeyPointScorer, answer: str, recommended: bool
) -> None:
    assert contradicted(scorer, PREFIX, answer) is recommended


def test_always_after_to_opens_a_prescription(scorer: KeyPointScorer) -> None:
    answer = (
        "The cleanest setup is to rebuild the image for each environment, and to always deploy "
        "the latest tag so production tracks the main branch."
    )
    assert contradicted(scorer, LATEST, answer)
    never = "The cleanest setup is to build the image once, and to never deploy the latest tag."
    assert not contradicted(scorer, LATEST, never)


ASYNC_RACE = KeyPoint(
    "Assuming async code cannot race: a single-threaded event loop still interleaves two "
    "requests at every await between the read and the write.",
    role=Role.PITFALL,
)


@pytest.mark.parametrize(
    ("answer", "believed"),
    [
        ("Single-threaded async code can't race.", True),
        (
            "A mutex inside the app won't help across servers, and async code isn't immune "
            "either, since the event loop can interleave two requests at any await.",
            False,
        ),
    ],
    ids=["the belief", "another word denied"],
)
def test_a_denying_belief_is_held_only_with_what_it_denies(
    scorer: KeyPointScorer, answer: str, believed: bool
) -> None:
    assert contradicted(scorer, ASYNC_RACE, answer) is believed
