"""Terms the question asks to tell apart, defined by what a key point says each does: an answer
that gives one the other's definition contradicts the point; one that sets them apart in its
own words does not."""

from __future__ import annotations

import pytest

from bot.questions import KeyPoint
from bot.scoring import KeyPointScorer, Status
from bot.scoring.definitions import defined
from bot.scoring.glossary import merged
from bot.scoring.text import Normalizer
from bot.types import Role

REPLICATION = "Explain database replication and sharding."
COPIES_AND_SPLITS = (
    "Replication keeps copies of the same data on several nodes for availability and read "
    "scaling; sharding splits the data into disjoint subsets on different nodes so writes and "
    "storage can grow beyond one machine."
)
OBSERVABILITY = "What is the difference between monitoring and observability?"
KNOWN_AND_NEW = (
    "Monitoring watches predefined metrics and alerts on known failure modes; observability is "
    "the ability to ask new questions about a system's internal state from its outputs."
)


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(merged(None))


def _stems(normalizer: Normalizer, question: str) -> frozenset[str]:
    return frozenset(stem for word in normalizer.words(question) for stem in word.stems)


def _contradicted(scorer: KeyPointScorer, question: str, point: str, answer: str) -> bool:
    scored = scorer.score(question=question, key_points=[KeyPoint(point)], answer=answer)
    return scored.points[0].status is Status.CONTRADICTED


def test_what_each_term_the_question_names_does_defines_it(normalizer: Normalizer) -> None:
    point = [(COPIES_AND_SPLITS, Role.CORE)]
    asked = _stems(normalizer, REPLICATION)
    assert [d.term for d in defined(normalizer, point, asked)] == ["Replication", "sharding"]
    assert defined(normalizer, point) == ()  # without the question: no kinds of one thing


def test_a_clause_that_goes_on_with_and_defines_no_second_term(normalizer: Normalizer) -> None:
    """ "..., and variable lookups walk outward" says more of scope, not what a variable is."""
    point = (
        "Scope is decided by where a function is written, and variable lookups walk outward "
        "through the scope chain."
    )
    asked = _stems(normalizer, "Explain scope and variable lookup.")
    assert defined(normalizer, [(point, Role.CORE)], asked) == ()


def test_a_term_and_its_kinds_are_named_apart(normalizer: Normalizer) -> None:
    """ "replication" beside "synchronous replication": each answer's clause names the one
    it says, the kind by its longer name; a command of a tool ("terraform plan") is no kind."""
    points = [
        (COPIES_AND_SPLITS, Role.CORE),
        (
            "Synchronous replication to a follower avoids data loss, while asynchronous "
            "replication is faster but followers lag behind.",
            Role.CORE,
        ),
    ]
    asked = _stems(normalizer, REPLICATION)
    terms = {d.term: d.names for d in defined(normalizer, points, asked)}
    assert set(terms) == {
        "Replication",
        "sharding",
        "Synchronous replication",
        "asynchronous replication",
    }
    assert terms["Synchronous replication"].isdisjoint(terms["Replication"])
    tool = (
        "Terraform compares the configuration with the real resources in its state; terraform "
        "plan shows the actions it would take."
    )
    assert defined(normalizer, [(tool, Role.CORE)]) == ()  # "Terraform" has no name of its own


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        (
            "Sharding is when you keep copies of the same data on several nodes, and "
            "replication is when you split the rows into disjoint subsets.",
            True,
        ),
        ("Replication keeps copies of the data on several nodes for availability.", False),
        ("Sharding is keeping copies of the data on several servers for availability.", True),
        (
            "Sharding splits the data into disjoint subsets so writes can grow beyond one "
            "machine; replication keeps copies for availability.",
            False,
        ),
    ],
    ids=["swapped", "right", "swapped, on several servers", "both right"],
)
def test_terms_the_question_names_given_each_others_deeds_are_swapped(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    assert _contradicted(scorer, REPLICATION, COPIES_AND_SPLITS, answer) is contradicted


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Replication splits your data into disjoint pieces on different servers.", True),
        ("Sharding keeps full copies of the same data for high availability.", True),
        ("Sharding splits it for scale; replication keeps copies of the same data.", False),
    ],
    ids=["the verb another term's name", "the same data, no likeness", "each its own verb"],
)
def test_a_deed_said_in_another_terms_own_verb_is_swapped(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    """Sharding's point names it "(partitioning)", so "splits" is a word of its name too:
    "Replication splits ..." gives replication sharding's deed; and "copies of the same data"
    likens nothing."""
    point = COPIES_AND_SPLITS.replace("sharding splits", "sharding (partitioning) splits")
    assert _contradicted(scorer, REPLICATION, point, answer) is contradicted


@pytest.mark.parametrize(
    "answer",
    [
        # "know" is a form of the point's "known": what monitoring is, said rightly
        "Monitoring covers the questions you already know to ask.",
        # the answer says what observability is too: one shared word swaps nothing
        "Monitoring answers questions you thought of in advance. Observability is whether you "
        "can work out something you didn't anticipate from the system's outputs.",
        "Monitoring answers questions you knew to ask. Observability lets you answer questions "
        "you didn't anticipate, by slicing the system's outputs.",
    ],
    ids=["a form of its own word", "set apart in other words", "the shared word said of both"],
)
def test_an_answer_that_sets_the_terms_apart_itself_swaps_nothing(
    scorer: KeyPointScorer, answer: str
) -> None:
    assert not _contradicted(scorer, OBSERVABILITY, KNOWN_AND_NEW, answer)


def test_observability_given_to_monitoring_is_still_swapped(scorer: KeyPointScorer) -> None:
    answer = "Monitoring is the ability to ask new questions about a system's internal state."
    assert _contradicted(scorer, OBSERVABILITY, KNOWN_AND_NEW, answer)


AUTOSCALERS = "How does autoscaling work in Kubernetes?"
THREE_AUTOSCALERS = (
    "The Horizontal Pod Autoscaler changes the number of pod replicas from metrics such as CPU "
    "utilisation relative to the requests or a custom metric like requests per second; the "
    "Cluster Autoscaler or Karpenter adds nodes when pods cannot be scheduled and removes "
    "underused nodes; the Vertical Pod Autoscaler adjusts requests."
)


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        (
            "The Horizontal Pod Autoscaler adjusts the replica count of a Deployment. The "
            "Vertical Pod Autoscaler recommends or sets the pods' CPU and memory requests.",
            False,
        ),
        ("The Vertical Pod Autoscaler changes the number of pod replicas from CPU.", True),
    ],
    ids=["what it does to two things, one its own", "another term's deed"],
)
def test_what_a_term_does_to_two_things_is_read_to_the_second(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    """ "sets the pods' CPU and memory requests" goes on past "and" to the requests the
    point's Vertical Pod Autoscaler adjusts; "and deploys it" would be a doing of its own."""
    assert _contradicted(scorer, AUTOSCALERS, THREE_AUTOSCALERS, answer) is contradicted
