"""An answer to a technical question is judged on what it says of that question: a fluent,
correct answer to another question shares the field's common words with a point or two
("client", "request", "expire"), and is discounted with a note saying why, as an interviewer
would; an answer about the subject in its own words is not."""

from __future__ import annotations

import pytest

from bot.questions import QuestionBank
from bot.scoring import KeyPointScorer
from bot.scoring.scorer import OFF_TOPIC_NOTE
from tests.conftest import of_question

SECURE_API = "backend-developer/11"  # "How would you secure a REST API? ... authentication ..."
HIGH_CPU = "backend-developer/7"  # "Suppose a server is experiencing high CPU usage. ..."
STAY_UPDATED = "backend-developer/5"  # "How do you stay updated with the latest developments...?"

ELSEWHERE = (  # correct, and about making a payment endpoint safe to retry
    "To make a payment endpoint safe to retry, the client sends an Idempotency-Key header "
    "with every request, a UUID generated once per operation. The server stores the key with the "
    "response in a table with a unique constraint, in the same transaction as the payment itself. "
    "A retry with the same key gets the stored response instead of a second charge, and a retry "
    "that arrives while the first request is still running gets a 409 and backs off. Keys expire "
    "after a day so the table stays small."
)
ON_SUBJECT = (
    "Authentication proves who the caller is and authorization decides what they may do. I would "
    "issue short-lived JWT access tokens through the OAuth2 authorization code flow with PKCE, "
    "verify the signature and expiry on every request, and check on every object that it belongs "
    "to the caller. Passwords are hashed with Argon2id or bcrypt, never stored in plain text, and "
    "every query uses bound parameters so user input can never be run as SQL. Everything goes over "
    "HTTPS and the login endpoint is rate-limited."
)


def test_an_answer_to_another_question_is_discounted_and_says_why(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    result = of_question(scorer, bank, SECURE_API, ELSEWHERE)
    assert OFF_TOPIC_NOTE in result.notes
    assert result.value < 0.45  # 0.67 when a point's common words were all it took
    # the headline still tells the points' story
    assert abs(result.value - sum(point.contribution for point in result.points)) < 1e-9


def test_a_question_about_the_candidate_is_answered_in_their_own_words(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """How one stays up to date, named in ways the guide does not list: release notes, a
    meetup, a prototype at work. It shares almost no word with the question or its points,
    and it answers it."""
    answer = (
        "I keep a short list of sources and read them weekly: the changelogs and release notes of "
        "the frameworks we run, a few maintainers' posts and the PostgreSQL mailing list digest. "
        "Once a month I go to the local Python meetup, and when something looks promising I build "
        "a small prototype at work before proposing it to the team."
    )
    result = of_question(scorer, bank, STAY_UPDATED, answer)
    assert OFF_TOPIC_NOTE not in result.notes
    assert result.value > 0.2  # what the points it names earn (reading, learning)


ACID = "backend-developer/13"  # "Explain ACID transactions and the standard isolation levels..."
CACHING = (  # correct, about caching, in the words of databases: "writes", "row", "lock"
    "For read-heavy endpoints I usually put Redis in front of the database using the cache-"
    "aside pattern. The service checks Redis first; on a miss it reads from Postgres, writes "
    "the result into Redis with a TTL, and returns it. The hard part is invalidation. I "
    "prefer deleting the key when the underlying row changes rather than updating it in "
    "place, because two concurrent updates can leave the cache holding the older value. The "
    "TTL acts as a safety net, so stale entries eventually disappear even if an invalidation "
    "is missed. For hot keys I add some random jitter to the TTL so thousands of entries "
    "don't expire in the same second and stampede the database, and occasionally a short lock"
    " so only one request rebuilds a popular entry while the others wait."
)
NO_QUESTION_WORDS = (  # correct, about ACID and isolation, naming none of the question's words
    "Either all of the statements commit or none of them do, the constraints still hold "
    "afterwards, concurrent work stays invisible until it commits, and the write-ahead log keeps "
    "committed data through a crash. Read committed only ever shows committed rows, repeatable "
    "read works from one snapshot, and serializable also stops write skew, so I retry on a "
    "serialization failure."
)


def test_the_fields_common_words_alone_do_not_make_an_answer_fit(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """Caching told in the words of databases ("reads", "writes", "row", "lock") says none of
    what an ACID question asks: it needs more of its words on the subject than it has."""
    result = of_question(scorer, bank, ACID, CACHING)
    assert OFF_TOPIC_NOTE in result.notes
    assert result.value < 0.55  # 0.62 when the field's words were enough


def test_the_words_a_problem_is_put_in_are_not_its_subject(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """ "Suppose a server is experiencing high CPU usage. How would you approach diagnosing
    and resolving the issue?" asks about high CPU on a server, not about supposing or
    experiencing: an answer that speaks of CPU and its causes fits it."""
    answer = (
        "First I'd figure out whether it's a sudden spike or a slow creep, so I'd open Datadog or "
        "New Relic and look at CPU over the last few days next to request rate, deploys and cron "
        "schedules. Then I'd get onto the box and run top or htop to see which process is eating "
        "it, and whether it's user time, system time or iowait. If it's our app, a profiler or "
        "flame graph shows the hot functions. Usually it's the code: a nested loop, a "
        "backtracking regex, serialising huge payloads or a retry loop spinning with no backoff. "
        "If it really is more traffic, I'd add instances behind a load balancer and set up "
        "autoscaling plus alerts. What I try not to do is throw a bigger instance at it, because "
        "the inefficient code will eat the new headroom too."
    )
    result = of_question(scorer, bank, HIGH_CPU, answer)
    assert OFF_TOPIC_NOTE not in result.notes


@pytest.mark.parametrize(
    ("question_id", "answer", "least"),
    [(SECURE_API, ON_SUBJECT, 0.85), (ACID, NO_QUESTION_WORDS, 0.6)],  # kindness lifts to 0.9
    ids=["in the question's words", "in none of them"],
)
def test_an_answer_about_the_subject_keeps_its_credit(
    scorer: KeyPointScorer, bank: QuestionBank, question_id: str, answer: str, least: float
) -> None:
    result = of_question(scorer, bank, question_id, answer)
    assert OFF_TOPIC_NOTE not in result.notes
    assert result.value >= least
