"""An example a key point names of one kind, said to be of another kind the point tells apart,
contradicts the point: "Cassandra, which is a document database" where the point lists
"wide-column (Cassandra), document (MongoDB)". Its own kind, a denied kind, a list of kinds
in the answer's own brackets, an abbreviation in brackets and a plural class contradict
nothing."""

from __future__ import annotations

import pytest

from bot.scoring import KeyPointScorer, Status

STORES = (
    "NoSQL stores fit one access pattern: key-value (DynamoDB, Redis), wide-column "
    "(Cassandra), document (MongoDB) or graph (Neo4j)."
)
ATTACKS = (
    "Cross-site scripting (XSS) is injected script running in your page; cross-site request "
    "forgery (CSRF) is another site sending a request with the user's cookies."
)
CLASSES = "Relational databases (PostgreSQL, MySQL) and document (MongoDB) stores differ."


@pytest.mark.parametrize(
    ("point", "answer", "note"),
    [
        pytest.param(
            STORES,
            "I'd use Cassandra, which is a document database.",
            "You said “Cassandra which is a document”; the key point names Cassandra as "
            "wide-column.",
            id="which is another kind",
        ),
        pytest.param(
            STORES,
            "MongoDB is a wide-column store.",
            "You said “MongoDB is a wide column”; the key point names MongoDB as document.",
            id="is another kind",
        ),
        pytest.param(
            STORES,
            "For relationships, graph databases such as MongoDB work best.",
            "You said “graph databases such as MongoDB”; the key point names MongoDB as document.",
            id="another kind, such as the example",
        ),
        pytest.param(STORES, "Cassandra is a wide-column store.", "", id="its own kind"),
        pytest.param(
            STORES,
            "For massive writes, a wide-column or key-value store such as Cassandra scales out.",
            "",
            id="its own kind or another, such as the example",
        ),
        pytest.param(
            STORES,
            "For massive writes, a graph or key-value store such as Cassandra scales out.",
            "You said “key value store such as Cassandra”; the key point names Cassandra as "
            "wide-column.",
            id="two other kinds, such as the example",
        ),
        pytest.param(
            STORES,
            "Cassandra is not a document database; it is a wide-column store.",
            "",
            id="another kind denied",
        ),
        pytest.param(
            STORES,
            "Pick a key-value store (DynamoDB, Redis), a wide-column one (Cassandra) or a graph "
            "(Neo4j).",
            "",
            id="the answer's own list of kinds",
        ),
        pytest.param(
            STORES,
            "Use document stores like MongoDB, graph stores like Neo4j.",
            "",
            id="each with its own kind, like",
        ),
        pytest.param(
            ATTACKS,
            "XSS is injected script; CSRF is a forged request from another site.",
            "",
            id="abbreviations in brackets",
        ),
        pytest.param(CLASSES, "MongoDB is one of the databases I know.", "", id="a plural class"),
    ],
)
def test_an_example_said_to_be_of_another_kind_contradicts_the_point(
    scorer: KeyPointScorer, point: str, answer: str, note: str
) -> None:
    result = scorer.score(question="Which store?", key_points=[point], answer=answer)
    assert (result.points[0].status is Status.CONTRADICTED) is bool(note)
    assert result.points[0].note == note
