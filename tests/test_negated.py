"""A key point's statement said with "not" or "never" contradicts that point: "Two requests
can never interleave" where it says the event loop interleaves them. A command, a supposition,
a purpose, a hedge, a point that negates the verb itself or what it says, and the verb said of
something else contradict nothing."""

from __future__ import annotations

import pytest

from bot.questions import KeyPoint, QuestionBank
from bot.scoring import KeyPointScorer, Status
from bot.types import Role
from tests.conftest import of_question

INDEX = "An index speeds up reads but slows down writes."
LOOP = "The event loop interleaves two requests at every await between the read and the write."
CONTEXT = "Every consumer re-renders when the context value changes."
COOKIE = "Mark session cookies HttpOnly so JavaScript cannot read them."
CDN = "Use a CDN to cache static assets close to users."
NON_ROOT = "Run the container as a non-root user."
FAN_OUT = "Trade-offs: Fan-out on write gives fast reads but slow writes for celebrities."
TTL = "Always set a TTL so stale or orphaned entries expire."
VALIDATE = "Validate untrusted data at runtime at the boundary, for example with zod."
HEAT = "Black absorbs more heat than white."
BUCKET = "Token Bucket: Each key has a bucket that refills at a fixed rate and allows bursts."
STATELESS = "Stateless servers keep sessions and user data in shared stores such as Redis."
DIV = (
    "Replacing a clickable div with a native button gives focus, Enter and Space handling and "
    "the button role without extra code."
)
OLD_BROWSERS = "Test on the real old browsers, for example with BrowserStack."
REDELIVERED = (
    "Brokers redeliver unacknowledged messages, so consumers see each message at least once."
)


@pytest.mark.parametrize(
    ("point", "answer", "contradicted"),
    [
        (INDEX, "An index never speeds up reads.", True),
        (INDEX, "Indexes don't slow down writes, so add as many as you like.", True),
        (LOOP, "Since Node is single-threaded, two requests can never interleave.", True),
        (CONTEXT, "Consumers don't re-render when the context value changes.", True),
        (INDEX, "An index doesn't speed up writes; it slows them down.", False),
        (CDN, "Don't cache user pages in the CDN.", False),
        (CDN, "And never cache user pages in the CDN.", False),
        (INDEX, "If the index doesn't speed up reads, drop it.", False),
        (COOKIE, "Cookies get HttpOnly, so scripts can't read them.", False),
        (INDEX, "An index doesn't always speed up reads on tiny tables.", False),
        (NON_ROOT, "A USER line means the container doesn't run as root.", False),
        (FAN_OUT, "Big accounts aren't fanned out on write.", False),
        (INDEX, "A common mistake is not indexing the columns reads filter on.", False),
        (INDEX, "The index shouldn't slow down writes much here.", False),
        (CONTEXT, "Consumers don't re-render until the context value changes.", False),
        (INDEX, "We based it on measured reads and not guesses about the index.", False),
        (LOOP, "That would be something two requests never interleave on.", False),
        (TTL, "I don't set TTLs on cache entries.", True),
        (VALIDATE, "TypeScript can't validate runtime data at the boundary.", False),
        (HEAT, "White does not absorb heat.", False),
        (
            BUCKET,
            "Token buckets are simple, and they cannot allow bursts above the fixed rate.",
            True,
        ),
        (BUCKET, "A sliding log doesn't allow bursts across keys at a fixed rate.", False),
        (STATELESS, "The servers are stateless: they don't keep user sessions in memory.", False),
        (STATELESS, "Stateless servers don't keep sessions in Redis or any shared store.", True),
        (OLD_BROWSERS, "I never tested on the actual old browsers.", True),
        (REDELIVERED, "The broker doesn't redeliver unacknowledged messages.", True),
        (
            REDELIVERED,
            "Run it at-most-once (the broker doesn't redeliver unacknowledged messages) or "
            "at-least-once.",
            False,
        ),
        (DIV, "A native button isn't focusable and ignores Enter and Space.", True),
        (DIV, "A div with an onclick isn't focusable and ignores Enter and Space.", False),
    ],
    ids=[
        "never, the point's verb and what it is done to",
        "don't, with the point's subject",
        "can never, the point's object as the subject",
        "don't, the whole statement",
        "the verb of something the point does not say it of",
        "a command",
        "a command after 'and'",
        "a supposition",
        "a purpose, which the point negates too",
        "a hedge",
        "the point negates what it says: non-root",
        "what the point names, after its label",
        "a name for a doing: 'not indexing'",
        "an advising modal",
        "what it waits for",
        "set against what goes before",
        "a clause about something else",
        "what the point commands, refused by the speaker",
        "what the point commands, said of a thing that cannot do it",
        "what the point says of one thing more than of another",
        "the point's doer as a pronoun",
        "another doer",
        "another place than the point's",
        "the point's own place",
        "the point's place in other words",
        "the point's statement negated",
        "the same in brackets: an aside on an alternative",
        "what the point's choice gives, denied of it",
        "what the point's choice gives, denied of what it replaces",
    ],
)
def test_a_points_statement_negated_contradicts_it(
    scorer: KeyPointScorer, point: str, answer: str, contradicted: bool
) -> None:
    result = scorer.score(
        question="Q?", key_points=[KeyPoint(point, role=Role.CORE)], answer=answer
    )
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted
    if contradicted:
        assert "the key point says the opposite" in result.points[0].note


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Treating replication as a backup is fine: a replica doesn't copy a DROP TABLE.", True),
        ("Replication doesn't replace a backup, so I'd never treat it as one.", False),
    ],
    ids=["what the pitfall explains, negated", "the mistake's own words, negated"],
)
def test_a_pitfall_is_negated_only_in_what_it_explains(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    pitfall = KeyPoint(
        "Treating replication as a backup: a replica copies an accidental DROP TABLE within "
        "seconds.",
        role=Role.PITFALL,
    )
    result = scorer.score(question="Q?", key_points=[pitfall], answer=answer)
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted


@pytest.mark.parametrize(
    ("pitfall", "contradicted"),
    [
        ("Closures that capture large objects keep them alive and can cause memory leaks.", True),
        ("Causing memory leaks with closures that capture large objects.", False),
    ],
    ids=["a pitfall stated as a fact", "a pitfall naming a doing"],
)
def test_a_pitfall_stated_as_a_fact_is_negated_in_full(
    scorer: KeyPointScorer, pitfall: str, contradicted: bool
) -> None:
    answer = "And closures can't cause memory leaks."
    point = KeyPoint(pitfall, role=Role.PITFALL)
    result = scorer.score(question="Q?", key_points=[point], answer=answer)
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted


def test_a_guides_statement_negated_costs_a_wrong_answer_its_point(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    answer = (
        "A token bucket doesn't allow any bursts at all: it rejects everything above the exact "
        "rate, which is why I'd use it for payments."
    )
    result = of_question(scorer, bank, "system-design/7", answer)
    contradicted = [p for p in result.points if p.status is Status.CONTRADICTED]
    assert [p.text.split(":")[0] for p in contradicted] == ["Token Bucket"]
    assert "doesn't allow any bursts" in contradicted[0].note
