"""Two things a key point tells apart, said to be one, contradict that point: "replication and
sharding are basically the same idea". A likeness denied, qualified or said of how often
something happens, or in one respect only ("the same size"), contradicts nothing, nor does an
echo of a point that likens them itself."""

from __future__ import annotations

import pytest

from bot.scoring import KeyPointScorer, Status

APART = (
    "Replication keeps copies of the same data on several nodes for availability; sharding "
    "splits the data into disjoint subsets on different nodes so writes can grow."
)
LIKENED = "An operation is idempotent when performing it twice has the same effect as once."


@pytest.mark.parametrize(
    ("point", "answer", "contradicted"),
    [
        (APART, "Replication and sharding are basically the same idea.", True),
        (APART, "Sharding is really the same thing as replication, just bigger.", True),
        (APART, "Replication and sharding are interchangeable.", True),
        (APART, "Replication and sharding are not the same: one copies, one splits.", False),
        (APART, "Replication and sharding are the same thing, but one copies data.", False),
        (APART, "Replication and sharding are the same size on every node.", False),
        (LIKENED, "Idempotent means doing it twice is the same as doing it once.", False),
        (APART, "Replication and sharding are really two names for the same thing.", True),
        (APART, "Replication and sharding are two names for roughly the same idea.", True),
        (APART, "It works when all the replicas and shards are roughly the same.", False),
    ],
    ids=[
        "are the same",
        "the same thing as",
        "interchangeable",
        "denied",
        "qualified",
        "alike in one respect",
        "echoed",
        "two names for the same thing",
        "roughly the same idea",
        "each kind alike",
    ],
)
def test_two_things_a_point_tells_apart_said_to_be_one_contradict_it(
    scorer: KeyPointScorer, point: str, answer: str, contradicted: bool
) -> None:
    result = scorer.score(question="Explain it.", key_points=[point], answer=answer)
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted
    if contradicted:
        assert result.points[0].note.endswith("the key point tells them apart.")


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Blue-green is basically the same as canary.", True),
        ("Blue-green and canary are not the same: one switches at once, one shifts slowly.", False),
    ],
    ids=["two kinds side by side, said to be one", "two kinds side by side, told apart"],
)
def test_two_kinds_each_point_opens_with_said_to_be_one_contradict_the_first(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    points = [
        "Blue-Green: Runs the new version in a full second environment and switches at once.",
        "Canary: Sends a small share of traffic to the new version before increasing it.",
    ]
    result = scorer.score(question="Compare them.", key_points=points, answer=answer)
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted
    assert result.points[1].status is not Status.CONTRADICTED
