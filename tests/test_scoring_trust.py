"""What makes a score believable: text handling, roles, wrong claims, stories, the headline.

Each test names a way the scorer used to mislead a candidate and checks it no longer does.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.content import load_bank
from bot.feedback import percent, point_line
from bot.questions import KeyPoint, Question, QuestionBank
from bot.scoring import KeyPointScorer, PointScore, Score, Status
from bot.scoring.definitions import MEANING_WORDS, defined
from bot.scoring.glossary import merged
from bot.scoring.honesty import JUMBLE_NOTE, LIST_NOTE
from bot.scoring.model import WRONG_CLAIM_COST
from bot.scoring.reference import reference_points
from bot.scoring.scorer import CORE_HEAVY_PART, KIND_KEEPS_ORDER, KIND_UP_TO
from bot.scoring.story import ACTIONS_IN_FULL, RED_FLAG_READS
from bot.scoring.text import Normalizer, clean
from bot.types import Kind, Role
from tests.conftest import of_question

CONTENT = Path(__file__).resolve().parent.parent / "content"
ROLLBACK = "Rollback: Quickly revert to the previous stable version to minimize downtime."
REST_METHODS = (
    "Use HTTP methods correctly (GET for reading, POST for creating, PUT/PATCH for updating, "
    "DELETE for deleting)."
)
LEAKED_KEY = "Revoke the leaked access key and rotate it immediately, then check CloudTrail."
CHAT_ORDER = (
    "Messages are partitioned by conversation id and ordered by a per-conversation sequence "
    "number in a wide-column store such as Cassandra."
)
TEST_RESTORES = "Test restores regularly and measure the restore time against the RTO."
RATE_LIMITS = "Rate limiting: protect the system with per-client rate limits answering HTTP 429."
CACHE_ASIDE = "Use cache-aside for most reads, and write-through only when data must be fresh."
CP_STORES = (
    "Account balances need strong consistency (CP, such as etcd or Spanner) and reject writes "
    "on the minority side of a partition."
)
SLOW_WRITES = (
    "Over-indexing can lead to increased storage requirements and slower write operations."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank([CONTENT])


def score(
    scorer: KeyPointScorer, points: list[str | KeyPoint], answer: str, **more: object
) -> Score:
    return scorer.score(question="Q?", key_points=points, answer=answer, **more)  # type: ignore[arg-type]


CLEAN = "Roll back to the previous stable version first, then read the logs."


@pytest.mark.parametrize(
    "pasted",
    [
        "Roll\u200b back to the pre\u00advious sta\u00adble ver\u200dsion first, then read "
        "the logs.",
        "Ｒｏｌｌ ｂａｃｋ to the ｐｒｅｖｉｏｕｓ ｓｔａｂｌｅ ｖｅｒｓｉｏｎ first, "
        "then read the logs.",
        "\ufeffRoll back to the previous stable version first, then read the logs.\u2060",
    ],
    ids=["zero-width and soft hyphens", "full-width letters", "byte order mark and joiner"],
)
def test_text_pasted_from_pages_and_pdfs_scores_like_plain_text(
    scorer: KeyPointScorer, pasted: str
) -> None:
    plain = score(scorer, [ROLLBACK], CLEAN)
    assert plain.value > 0.5
    assert score(scorer, [ROLLBACK], pasted).value == pytest.approx(plain.value)


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (ROLLBACK, "roll back to the last good release"),
        ("Roll back to the last good release.", "a rollback to the last good release"),
        ("Set up a datastore for sessions.", "set up a data store for sessions"),
        ("Run the setup script.", "run the set-up script"),
    ],
)
def test_compounds_meet_their_split_forms(scorer: KeyPointScorer, point: str, answer: str) -> None:
    [result] = score(scorer, [point], answer).points
    assert result.status is not Status.MISSED
    assert result.matched


QUORUM = "Quorums: with N replicas, choosing R + W > N makes every read overlap the latest write."


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Choose R + W > N so every read overlaps the latest write.", False),
        ("Choose R+W>N so every read overlaps the latest write.", False),
        ("Choose R + W greater than N so reads overlap the latest write.", False),
        ("Choose R + W < N so every read overlaps the latest write.", True),
        ("Choose R+W<N so every read overlaps the latest write.", True),
        ("Choose R + W ≤ N so every read overlaps the latest write.", True),
    ],
    ids=["spaced", "unspaced", "in words", "the other way", "the other way, unspaced", "≤"],
)
def test_a_comparison_reads_as_a_word_that_can_be_turned_round(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    [result] = score(scorer, [QUORUM], answer).points
    assert (result.status is Status.CONTRADICTED) is contradicted
    assert contradicted or result.status is Status.COVERED


@pytest.mark.parametrize("markup", ["Use <b>bold</b> text.", "A List<String> field.", "a -> b"])
def test_tags_types_and_arrows_are_no_comparison(markup: str) -> None:
    assert clean(markup) == markup


@pytest.mark.parametrize(
    ("answer", "meets"),
    [
        ("I made the booking form accessible to screen readers.", True),
        ("Accessibility was the work I pushed for.", True),
        ("Only admins accessed the page.", False),
        ("I locked down access to the page.", False),
    ],
)
def test_accessibility_is_a_word_of_its_own_not_a_form_of_access(
    scorer: KeyPointScorer, answer: str, meets: bool
) -> None:
    """The stemmer reads "accessibility" as "access" and "responsible" as "response"; an
    answer about who may reach a page says nothing of its accessibility."""
    [result] = score(scorer, ["Audit the page's accessibility."], answer).points
    said = [word for word in result.matched if word.lower().startswith("access")]
    assert bool(said) is meets, result.matched


@pytest.mark.parametrize(
    "answer", ["We rolled back to the last good release.", "Rolling back first."]
)
def test_a_split_compound_in_another_form_meets_its_point(
    scorer: KeyPointScorer, answer: str
) -> None:
    [result] = score(scorer, [ROLLBACK], answer).points
    assert any(said.lower().startswith(("rolled back", "rolling back")) for said in result.matched)


@pytest.mark.parametrize(
    ("point", "answer", "said"),
    [
        (
            "Serve a fallback value when the provider is down.",
            "We fell back to a cache.",
            "fell back",
        ),
        (
            "Use a writeback cache for hot counters.",
            "We wrote back to the database lazily.",
            "wrote back",
        ),
    ],
)
def test_a_split_compound_in_an_irregular_past_meets_its_point(
    scorer: KeyPointScorer, point: str, answer: str, said: str
) -> None:
    """The stemmer leaves "fell" and "wrote" whole: their plain forms make the compound."""
    [result] = score(scorer, [point], answer).points
    assert said in result.matched


def test_a_split_compound_still_meets_a_point_that_says_it_apart(scorer: KeyPointScorer) -> None:
    """ "Rolled back" says the first point's "rollback" and the example's "rolls back" alike."""
    example = "During a failed deploy the team rolls back within minutes."
    points = score(scorer, [ROLLBACK, example], "We rolled back within minutes.").points
    assert points[0].matched and points[1].status is not Status.MISSED


CAP = (
    "The CAP theorem says that during a network partition a distributed data store must choose "
    "between consistency (every read sees the latest write) and availability (every request to "
    "a working node gets a response); partitions cannot be ruled out, so the real choice is CP "
    "or AP while a partition lasts."
)
CAP_CHOICES = (
    "Account balances need strong consistency; shopping carts can be eventually consistent."
)
CAP_CHOICES_SAID = (
    " For balances I would use a single-leader database with synchronous replication, and for "
    "shopping carts an eventually consistent store like DynamoDB that merges conflicting writes."
)


def test_a_long_point_said_in_its_main_words_is_covered_without_its_asides(
    scorer: KeyPointScorer,
) -> None:
    answer = (
        "When the network partitions, a distributed data store must choose between consistency "
        "and availability." + CAP_CHOICES_SAID
    )
    [cap, _] = score(scorer, [CAP, CAP_CHOICES], answer).points
    assert cap.status is Status.COVERED


@pytest.mark.parametrize(
    ("point", "answer", "forms"),
    [
        (
            "A shorter string gives a higher pitch.",
            "a short string gives a high pitch",
            {"short", "high"},
        ),
        ("Canary releases are the safest.", "canary releases are safe", {"safe"}),
        ("The simplest safe fix is a rollback.", "a simple, safer fix", {"simple", "safer"}),
        ("Prefer a thin client.", "a thinner client", {"thinner"}),
    ],
)
def test_comparative_forms_meet_their_plain_adjective(
    scorer: KeyPointScorer, point: str, answer: str, forms: set[str]
) -> None:
    [result] = score(scorer, [point], answer).points
    assert forms <= set(result.matched)


def test_a_noun_in_er_is_not_read_as_a_comparative(scorer: KeyPointScorer) -> None:
    [result] = score(scorer, ["Put the server behind a proxy."], "serve it behind a proxy").points
    assert "serve" not in result.matched


@pytest.mark.parametrize(
    ("point", "common_word"),
    [("Add more servers behind the balancer.", "several"), ("While loops block.", "whole")],
)
def test_a_common_word_is_never_read_as_a_typo_of_a_key_term(
    scorer: KeyPointScorer, point: str, common_word: str
) -> None:
    [result] = score(scorer, [point], f"i checked the {common_word} thing").points
    assert common_word not in result.matched


def test_a_real_typo_of_a_key_term_still_counts(scorer: KeyPointScorer) -> None:
    [result] = score(
        scorer, ["Put an index on the database column."], "add an idnex to the databse"
    ).points
    assert {"idnex", "databse"} <= set(result.matched)


@pytest.mark.parametrize(
    ("point", "wrong", "right"),
    [
        (
            REST_METHODS,
            "use GET to create records and DELETE to read them",
            "GET reads, POST creates",
        ),
        (SLOW_WRITES, "over-indexing makes writes faster", "over-indexing makes writes slower"),
        (LEAKED_KEY, "make the repo private, no need to rotate the key", "rotate the key now"),
        (LEAKED_KEY, "key rotation is unnecessary, CloudTrail is optional", "rotate it"),
        (
            TEST_RESTORES,
            "test restores aren't necessary when the backup job reports success",
            "test restores are not only necessary but the only proof",
        ),
        (
            "Column order in a composite index matters: it serves filters on its leading column.",
            "column order in a composite index doesn't matter",
            "the leading column of a composite index is what matters",
        ),
        (
            "Pick an isolation level that prevents lost updates on the account balance.",
            "lost updates are never a concern, any isolation level will do",
            "serializable or a row lock prevents lost updates",
        ),
        (
            "Event delegation attaches one listener to a common ancestor of the items.",
            "event delegation is bad practice, put a listener on each item",
            "delegation: one listener on the common ancestor",
        ),
        (LEAKED_KEY, "checking CloudTrail is mostly noise", "CloudTrail shows what the key did"),
        (TEST_RESTORES, "test restores are a waste of time", "test restores are not a formality"),
        (TEST_RESTORES, "test restores are just a formality", "test restores are never optional"),
        (
            "Participate in forums, webinars and conferences.",
            "forums and community discussion are a distraction",
            "forums and community discussion are where I learn most",
        ),
        (
            TEST_RESTORES,
            "test restores are a distraction from real work",
            "test restores are no distraction, they are the only proof",
        ),
        (TEST_RESTORES, "I'd skip restores, they take hours", "test restores to avoid surprises"),
        (
            "Set a statement timeout on database queries so one slow query cannot hold a worker.",
            "I'd remove query timeouts entirely, users prefer slow to broken",
            "I wouldn't just remove query timeouts, they protect the workers",
        ),
        (
            "Canary releases: send a small share of traffic to the new version first.",
            "I'd drop canaries altogether and roll all pods at once",
            "I'd drop the flaky test and keep the canaries",
        ),
        (
            TEST_RESTORES,
            "you should avoid restores in staging",
            "you can avoid most restores by testing them",
        ),
        (TEST_RESTORES, "test restores aren't really needed", "test restores are needed"),
        (TEST_RESTORES, "test restores aren't our job", "test restores are our job"),
        (TEST_RESTORES, "test restores aren't useful", "test restores are useful"),
        (TEST_RESTORES, "there's no point running test restores", "I run test restores monthly"),
        (TEST_RESTORES, "test restores aren't really a concern", "test restores are a concern"),
        (TEST_RESTORES, "I'd leave test restores out", "I wouldn't leave test restores out"),
        (TEST_RESTORES, "we leave out test restores", "we never leave out test restores"),
        (TEST_RESTORES, "I wouldn't bother doing test restores", "test restores are worth doing"),
        (TEST_RESTORES, "test restores aren't a good idea", "test restores are a good idea"),
        (
            "A queue absorbs bursts of work so that callers stay fast.",
            "absorbing bursts is not needed, callers are fast anyway",
            "queues absorb bursts for work not needed immediately",
        ),
        (
            CHAT_ORDER,
            "I'd avoid ordering them, clients sort messages anyway",
            "I'd avoid ordering by client timestamps, because of clock skew",
        ),
        (CHAT_ORDER, "I'd skip the ordering by default", "messages are ordered by sequence"),
        (
            "Route-Based Code Splitting: Split the bundle per route with dynamic import() so each "
            "page downloads only its own code.",
            "I'd avoid splitting the bundle, one file is simpler.",
            "I'd avoid splitting into hundreds of tiny chunks.",
        ),
        (
            "Fan-out on write: the post service pushes each new post id into every follower's "
            "timeline.",
            "I'd skip fan-out entirely, reads can merge everything.",
            "Celebrities have millions of followers, so I'd skip fan-out for them.",
        ),
        (
            "Use write-through only when the cache must always be fresh.",
            "With write-through the cache must never be fresh, it lags.",
            "Use write-through only where the cache must never be stale.",
        ),
        (
            "Clear structure and explicit trade-offs matter more than naming the right technology.",
            "Clear structure doesn't matter, just sketch boxes.",
            "I avoid naming technologies before I understand the problem.",
        ),
        (RATE_LIMITS, "I'd skip rate limiting, a 429 looks bad", "rate limits answer 429"),
        (RATE_LIMITS, "I'd ignore rate limiting, clients behave", "I'd never ignore rate limits"),
        (
            "Cache at several layers: the browser, the CDN and the application.",
            "I'd put one cache next to the database and skip the other layers.",
            "I'd cache at every layer and skip the origin for hot reads.",
        ),
        (RATE_LIMITS, "don't bother with rate limiting", "per-client rate limiting"),
        (RATE_LIMITS, "there's no need for rate limiting", "there's a need for rate limiting"),
        (RATE_LIMITS, "rate limiting is over-engineered", "rate limiting is well engineered"),
        (RATE_LIMITS, "rate limits are over-engineering", "rate limits are good engineering"),
        (RATE_LIMITS, "rate limiting is redundant", "rate limiting protects the system"),
        (RATE_LIMITS, "rate limiting is best avoided", "rate limiting is best"),
        (RATE_LIMITS, "rate limiting should be avoided", "overload is avoided by rate limiting"),
        (TEST_RESTORES, "there's no point in test restores", "the point of test restores"),
        (RATE_LIMITS, "no point in rate limiting", "don't point rate limiting at internal calls"),
        (
            "Retry failed calls with exponential backoff and jitter.",
            "retries should be avoided",
            "retries without backoff should be avoided",
        ),
        (TEST_RESTORES, "test restores aren't worth doing", "test restores are worth it"),
        (TEST_RESTORES, "test restores aren't worth the hours", "test restores are worth doing"),
        (TEST_RESTORES, "test restores waste time", "test restores save time"),
        (
            "Mitigate first: roll back the release or turn off the feature flag.",
            "rolling back is risky, so I'd debug in production",
            "a rollback is the quickest way to stop the harm",
        ),
        (
            "Reproduce: fire concurrent requests at the endpoint in a test; watch the stock.",
            "trying to reproduce it is a waste of time",
            "reproducing it in a test is the first step",
        ),
        (
            "Write a blameless postmortem and follow up on its action items.",
            "there's no need for a postmortem if the fix works",
            "there's no need for a new process, a blameless postmortem will do",
        ),
        (
            "Use Kafka between services to decouple them in time.",
            "Kafka only adds complexity between services",
            "Kafka adds some complexity but decouples services in time",
        ),
        (
            "Shard the metadata by user id once one database cannot hold it.",
            "sharding is premature optimisation at this size",
            "sharding by user id is the next step once one database is full",
        ),
        (
            "Open distributed traces of slow requests to see which span grew.",
            "distributed traces are too noisy to be useful here",
            "distributed traces are the most useful view here",
        ),
        (
            "Use Kafka between services to decouple them.",
            "For a URL shortener, Kafka is overkill.",
            "For two services where one calls the other, Kafka is overkill.",
        ),
        (
            "Work mobile-first with min-width media queries, and set breakpoints where the "
            "content breaks.",
            "Responsive layouts need no breakpoints at all.",
            "Grid with minmax adapts on its own, so many layouts need no breakpoint at all.",
        ),
        (
            "Synchronous calls are simple and return an answer immediately, but couple the "
            "caller to the callee.",
            "An immediate answer is not needed, so I never make synchronous calls.",
            "If an immediate answer is not needed, I publish an event instead.",
        ),
        (
            "Identify the Bottleneck: Use tools like EXPLAIN in SQL to analyze the query plan.",
            "I don't usually bother with EXPLAIN.",
            "I usually start with EXPLAIN.",
        ),
        (
            "Implement Redis or Memcached for caching frequently accessed data.",
            "I'd avoid caching with Redis or Memcached.",
            "I'd avoid caching with a local in-process dictionary.",
        ),
        (
            "Caching: Use caching strategies to store frequently accessed data.",
            "Caching should be a last resort.",
            "Caching should be a last resort for data that changes every second.",
        ),
        (
            "Remove listeners and clear timers in the cleanup function that useEffect returns.",
            "Cleanup functions are really only a matter of style.",
            "Cleanup functions are far more than a matter of style: they stop leaks.",
        ),
        (
            "Lexical Scope: Scope is decided by where a function is written in the source, not "
            "where it is called.",
            "JavaScript scope is dynamic, so a function sees its caller's variables.",
            "Scope is lexical, not dynamic: it is decided where the function is written.",
        ),
        (
            "Lexical Scope: Scope is decided by where a function is written in the source, not "
            "where it is called.",
            "Scope in JavaScript is dynamic: a function sees whatever code calls it.",
            "Scope in JavaScript is lexical, not dynamic.",
        ),
        (
            "Horizontal scaling adds more machines behind a load balancer.",
            "Scaling for a web tier is vertical: you buy a bigger machine.",
            "Scaling for a web tier is horizontal: you add machines.",
        ),
        (
            "Fix CLS: Set width and height (or aspect-ratio) on images and embeds.",
            "Setting width and height on images doesn't help; browsers work it out.",
            "Setting width and height on images helps the browser reserve space.",
        ),
        (
            "Rollback: Quickly revert to the previous stable version to minimize downtime.",
            "When a production deployment fails, I never roll back.",
            "When a production deployment fails, I roll back first.",
        ),
        (
            "Follow Slow Traces: Open distributed traces of slow requests to see which span grew.",
            "Reading the traces is pointless.",
            "Reading the traces is the fastest way to see which span grew.",
        ),
        (
            "Follow Slow Traces: Open distributed traces of slow requests to see which span grew.",
            "Traces rarely help here.",
            "Traces usually help here.",
        ),
    ],
)
def test_a_wrong_claim_in_the_right_words_is_contradicted_and_costs(
    scorer: KeyPointScorer, point: str, wrong: str, right: str
) -> None:
    contradicted = score(scorer, [point, "Explain it clearly."], wrong)
    [said, _] = contradicted.points
    assert said.status is Status.CONTRADICTED
    assert said.note.startswith("You said “") and said.score == 0.0
    assert contradicted.value == 0.0  # its share is taken away, not merely missed
    assert score(scorer, [point], right).points[0].status is not Status.CONTRADICTED


@pytest.mark.parametrize(
    ("point", "nuanced"),
    [
        (
            "Keep CPU and memory graphs on dashboards, and page on symptoms users feel.",
            "Paging on every CPU spike should be avoided.",
        ),
        (
            "Store the idempotency key with the response, and expire keys after a window.",
            "Keeping keys forever is a waste.",
        ),
        (
            "Scale pods on CPU, or on queue length for workers.",
            "For queue workers, scaling on CPU is pointless.",
        ),
        (CACHE_ASIDE, "Caching data that is read only once is pointless."),
        (
            "A service failed after a deploy due to a missing environment variable; we fixed the "
            "configuration and redeployed.",
            "I added a startup check that refuses to boot without required config.",
        ),
        (
            "Use Kafka between services to decouple them.",
            "For two services where one calls the other, Kafka is overkill.",
        ),
        (
            "Work mobile-first with min-width media queries, and set breakpoints where the "
            "content breaks.",
            "Grid with minmax adapts on its own, so many layouts need no breakpoint at all.",
        ),
        (
            "Synchronous calls are simple and return an answer immediately, but couple the "
            "caller to the callee.",
            "Where an immediate answer is not needed, I publish an event instead.",
        ),
        (
            "Make back-of-envelope estimates of requests per second with round numbers (one day "
            "is about 100,000 seconds).",
            "I accept eventual consistency for click counts, because a few seconds stale does "
            "not matter.",
        ),
        (
            "Make back-of-envelope estimates of requests per second with round numbers (one day "
            "is about 100,000 seconds).",
            "I'll accept eventual consistency for driver positions because a location that's a "
            "second old doesn't matter.",
        ),
        (
            'State every trade-off, for example "I choose availability for like counts because '
            'a slightly stale count is harmless".',
            "I accept eventual consistency for click analytics, because a stale count does not "
            "matter.",
        ),
        (
            "Work mobile-first with min-width media queries, and set breakpoints where the "
            "content breaks.",
            "With repeat(auto-fill, minmax(16rem, 1fr)) you sometimes don't need the queries at "
            "all.",
        ),
        (
            "Trade-offs: CSR is simple to host and fast after the first load but has a slow "
            "first paint and weaker SEO.",
            "Search results SSR for SEO, the logged-in account dashboard CSR since it needs no "
            "SEO and is very interactive.",
        ),
        (
            "A service failed after a deploy due to a missing environment variable; we fixed the "
            "configuration and redeployed.",
            "Risky features ship behind a flag, so turning one off needs no redeploy.",
        ),
        (
            "When an order is placed the order service publishes OrderPlaced to Kafka.",
            "Dual writes lose events: commit to the database, crash, never publish.",
        ),
        (
            "Measure: Run a bundle analyzer to see which modules take the most space, and find "
            "code that is downloaded but never run on the first page.",
            "Each page only loads the JavaScript it needs instead of downloading the whole app "
            "up front.",
        ),
        (
            "Event Delegation: Instead of attaching a listener to every child, attach one "
            "listener to a parent and check event.target.",
            "Attach one listener to the list, so you don't need a listener on every item.",
        ),
        (
            "Publish events atomically with the database write using a transactional outbox.",
            "Don't write to the DB and then publish; a crash in between loses the event.",
        ),
    ],
    ids=[
        "attached by a preposition",
        "the object of a verb",
        "one way",
        "a relative clause",
        "a small case",
        "without what is required",
        "some things only",
        "a case supposed",
        "a few of them",
        "how old a thing is",
        "what the point calls harmless",
        "only at times",
        "one thing named, in a reason",
        "what a doing spares",
        "what a crash leaves undone",
        "all of it at once",
        "one on each",
        "an order refused",
    ],
)
def test_a_nuance_about_one_case_or_one_way_waves_nothing_away(
    scorer: KeyPointScorer, point: str, nuanced: str
) -> None:
    """Experienced engineers dismiss one case, one way or a wrong alternative ("paging on
    every CPU spike should be avoided"); that is no dismissal of what the point recommends."""
    result = score(scorer, [point], nuanced)
    assert result.points[0].status is not Status.CONTRADICTED, result.points[0].note


BETWEEN = "Extension headers sit between the fixed header and the payload"


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        (f"{BETWEEN} because they are optional.", False),
        (f"{BETWEEN}, so options are optional.", False),
        ("Extension headers sit after the payload; the fixed header is pointless.", True),
    ],
    ids=["because they", "so the options", "the term itself"],
)
def test_what_a_clause_of_its_own_waves_away_is_not_the_term_before_it(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    point = (
        "Extension headers carry additional network-layer information between the fixed header "
        "and the payload, and routers process them faster than IPv4 options."
    )
    result = scorer.score(
        question="What are IPv6 extension headers?", key_points=[point], answer=answer
    )
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted


def test_what_the_next_sentence_waves_away_is_not_the_term_ending_this_one(
    scorer: KeyPointScorer,
) -> None:
    points = [
        "Reproduce it in the user's browser: clear the cache or switch browsers.",
        "Roll back the release while checkout is broken.",
    ]
    answer = "Ask them to clear the cache or switch browsers. Rolling back isn't a good idea."
    browsers, rollback = score(scorer, points, answer).points
    assert browsers.status is not Status.CONTRADICTED
    assert (
        rollback.note
        == "You said “Rolling back isn't a good idea”; the key point says the opposite."
    )


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (
            "Cleanup functions in useEffect are mostly boilerplate.",
            "Cleanup functions in useEffect are mostly boilerplate",
        ),
        ("Rolling back is usually the wrong move.", "Rolling back is usually the wrong move"),
    ],
    ids=["up to what waves it away", "to the clause's end, when near"],
)
def test_a_note_quotes_a_term_waved_away_up_to_the_word_that_waves_it_away(
    scorer: KeyPointScorer, answer: str, said: str
) -> None:
    """The quote reaches the word that waves the term away, further on than four words when
    it stands there: the candidate sees the whole claim, not "Cleanup functions in useEffect
    are"."""
    points = [
        "Clean up effects: remove listeners in the cleanup function of useEffect.",
        "Rollback: quickly revert to the previous stable version.",
    ]
    noted = [p.note for p in score(scorer, points, answer).points if p.note]
    assert noted == [f"You said “{said}”; the key point says the opposite."]


def test_what_the_point_itself_denies_is_no_claim_to_wave_away(scorer: KeyPointScorer) -> None:
    """ "needs no extra capacity": the term "extra capacity" is denied by the point, so
    "you don't need extra capacity" agrees with it."""
    point = "Rolling update: replaces instances a few at a time; it needs no extra capacity."
    result = score(
        scorer, [point], "Rolling updates replace instances, so you don't need extra capacity."
    )
    assert result.points[0].status is Status.COVERED


def test_waving_away_what_the_question_asks_about_is_wrong_unless_weighed(
    scorer: KeyPointScorer,
) -> None:
    question = "How do database transactions keep a money transfer consistent?"
    point = "Wrap both updates of the transfer in one transaction, so both commit or neither."
    wrong = scorer.score(
        question=question, key_points=[point], answer="Transactions don't matter here."
    )
    assert wrong.points[0].status is Status.CONTRADICTED
    right = scorer.score(
        question=question, key_points=[point], answer="Both updates go in one transaction."
    )
    assert right.points[0].status is not Status.CONTRADICTED
    weighed = scorer.score(
        question=question,
        key_points=[point],
        answer="A transaction is optional for one update; a transfer needs one transaction.",
    )
    assert weighed.points[0].status is not Status.CONTRADICTED


SERVICE_LEVELS = (
    "An SLI is a measured ratio of good events to all events; an SLO is the target for that SLI "
    "over a window; an SLA is a contract with customers that carries penalties."
)


@pytest.mark.parametrize(
    ("answer", "other"),
    [
        ("An SLO is the contract we sign with customers.", "SLA"),
        ("The SLA is a measured ratio of good events.", "SLI"),
        ("Uptime matters, and an SLI is the contract with customers.", "SLA"),
    ],
)
def test_a_term_given_another_terms_definition_is_contradicted(
    scorer: KeyPointScorer, answer: str, other: str
) -> None:
    result = score(scorer, [SERVICE_LEVELS, "Alert on the burn rate."], answer)
    [defining, _] = result.points
    assert defining.status is Status.CONTRADICTED
    assert defining.note.startswith("You said “") and f"says that of “{other}”" in defining.note


@pytest.mark.parametrize(
    "answer",
    [
        "An SLO is the target we set for an SLI over a month.",
        "An SLA is a contract with customers, with penalties.",
        "An SLO is not a contract with customers.",
        "An SLO is stricter than the contract with customers.",
        "SLOs and SLAs are both about customers.",
        "An SLO is the target for an SLI over a window. The SLO is what we tell customers.",
        "SLOs are better for customers.",
        "A so-called SLO is the contract with customers.",
        "Much of what people call an SLO is the contract with customers.",
    ],
    ids=[
        "right",
        "right, another term",
        "denied",
        "weighed",
        "two terms at once",
        "right too",
        "judged",
        "a name disputed",
        "a name others give, disputed",
    ],
)
def test_a_definition_that_is_right_denied_or_weighed_is_no_swap(
    scorer: KeyPointScorer, answer: str
) -> None:
    result = score(scorer, [SERVICE_LEVELS], answer)
    assert result.points[0].status is not Status.CONTRADICTED


PIPELINE_STAGES = KeyPoint(
    "Continuous integration builds and tests every change on every push; continuous delivery "
    "turns each green build into a deployable, versioned artifact.",
    role=Role.CORE,
)


@pytest.mark.parametrize(
    ("ending", "result", "reflection"),
    [
        ("Errors were gone 18 minutes later. We haven't had a repeat since.", 1.0, 1.0),
        ("Service was restored in 18 minutes. We gave each action item an owner.", 1.0, 1.0),
        ("We didn't really produce action items, and I never learned why.", 0.0, 0.0),
        # told by no one in particular, as postmortems are
        ("Payments were healthy again in 18 minutes. Nothing has expired since.", 1.0, 1.0),
        ("The fix took a while. Action items, each with an owner: expiry alerts.", 0.0, 1.0),
        # a lesson told without "I" or "we"; a denial ends with its sentence
        ("Errors were gone 18 minutes later. The lesson: stop the bleeding first.", 1.0, 1.0),
        ("Errors were gone 18 minutes later. It hasn't recurred. My takeaway: revert.", 1.0, 1.0),
        # what a measure came down to; a practice kept as a standing item
        ("Within a day we were down to 2 failed payments an hour.", 1.0, 0.0),
        (
            "The fix took a while. Expiry checks went in as a standing item of our reviews.",
            0.0,
            1.0,
        ),
    ],
)
def test_an_incident_story_ends_with_what_came_back_and_what_changed_for_good(
    scorer: KeyPointScorer, bank: QuestionBank, ending: str, result: float, reflection: float
) -> None:
    """ "Errors were gone", "service was restored", "healthy again": how it ended; a
    postmortem's action items, "we haven't had a repeat since", "nothing has expired since"
    and "The lesson: ...": what changed afterwards; neither when denied."""
    story = (
        "Last spring a bad certificate broke 40% of card payments. I declared an incident, "
        "took the commander role and we reverted the certificate bundle. " + ending
    )
    scored = of_question(scorer, bank, "devops-sre/6", story)
    assert (scored.points[2].score, scored.points[3].score) == (result, reflection)


@pytest.mark.parametrize(
    ("answer", "swapped"),
    [
        ("CI is the build and test of every change.", False),
        ("CI is the deployable, versioned artifact.", True),
    ],
    ids=["the verb of what it does", "the other term's artifact"],
)
def test_what_a_term_does_includes_its_verb(
    scorer: KeyPointScorer, answer: str, swapped: bool
) -> None:
    """ "builds" of "Continuous integration builds and tests" is part of what CI does, so "CI
    is the build" gives it its own definition, not continuous delivery's "each green build"."""
    result = score(scorer, [PIPELINE_STAGES], answer)
    assert (result.points[0].status is Status.CONTRADICTED) is swapped


def test_only_the_first_words_after_a_term_say_what_it_is(scorer: KeyPointScorer) -> None:
    """What a clause says a term is ends after MEANING_WORDS words: a long run-on sentence is
    read in time linear in its length, and its far words define nothing."""
    run_on = "An SLO is " + "very " * MEANING_WORDS + "much the contract with customers."
    assert score(scorer, [SERVICE_LEVELS], run_on).points[0].status is not Status.CONTRADICTED
    short = "An SLO is very much the contract with customers."
    assert score(scorer, [SERVICE_LEVELS], short).points[0].status is Status.CONTRADICTED


def test_what_a_term_is_for_is_no_definition_of_it(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """ "Grid is for layouts where rows..." says what Grid is used for; "layouts" is a word of
    Flexbox's definition in the key point, and that alone swapped nothing."""
    answer = "Grid is for layouts where rows and columns both matter at once, like a page shell."
    result = of_question(scorer, bank, "frontend-developer/4", answer)
    assert result.points[0].status is not Status.CONTRADICTED


def test_a_word_shared_with_a_term_the_answer_defines_in_its_own_words_swaps_nothing(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """The answer tells what the Horizontal Pod Autoscaler does, by its own words (replicas, a
    metric, CPU), though with "adjusts", the VPA's verb in the key point; "CPU" said of the
    VPA's requests then gives the VPA no HPA definition. Said the other way round, it does."""
    horizontal = (
        "The Horizontal Pod Autoscaler adjusts the replica count of a Deployment: every 15 "
        "seconds or so it compares a metric, usually average CPU as a percentage of the pods' "
        "requests, with a target."
    )
    vertical = "The Vertical Pod Autoscaler recommends or sets the CPU and memory requests."
    swapped = "The Vertical Pod Autoscaler changes the number of pod replicas from CPU."
    right = of_question(scorer, bank, "devops-sre/12", f"{horizontal} {vertical}")
    assert right.points[0].status is not Status.CONTRADICTED, right.points[0].note
    wrong = of_question(scorer, bank, "devops-sre/12", f"{horizontal} {swapped}")
    assert wrong.points[0].status is Status.CONTRADICTED


def test_a_description_beside_a_definition_is_no_second_term(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """ "Accessibility means ...; the usual target is WCAG 2.2 level AA": the usual target is
    what accessibility aims for, not a term set against it, so "My goal is that someone using a
    screen reader..." swaps nothing."""
    answer = (
        "My goal is that someone using a screen reader, only a keyboard or voice control can use "
        "every feature, and I aim for WCAG 2.2 AA."
    )
    result = of_question(scorer, bank, "frontend-developer/9", answer)
    assert result.points[0].status is not Status.CONTRADICTED


def test_swapped_definitions_in_the_guides_are_caught(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """Flexbox and Grid, RPO and RTO, XSS and CSRF: the guides' own terms, swapped."""
    swaps = [
        ("frontend-developer/4", "Grid is the one-dimensional model."),
        ("devops-sre/16", "RTO is how much data you can afford to lose."),
        # "how long" and "take" are common words, but only RTO's definition has them
        ("devops-sre/16", "RPO is how long the recovery process takes."),
        ("frontend-developer/12", "CSRF is when attacker-controlled input runs as script."),
        # CSRF's definition reads on past "with its cookies": "its" is no verb ending it
        (
            "frontend-developer/12",
            "XSS is when another site sends requests to your API using the user's cookies.",
        ),
    ]
    for question_id, answer in swaps:
        result = of_question(scorer, bank, question_id, answer)
        assert result.points[0].status is Status.CONTRADICTED, (question_id, result.points[0])


FOIL = "Yes, aluminium foil is a metal and all metals conduct electricity."
STRING = "No, string is an insulator, so the pathway would not be completed."
DRY_SOIL = "A. Dry soil heats up more quickly than water and cools off more quickly too."


@pytest.mark.parametrize(
    ("point", "answer", "said", "right"),
    [
        (FOIL, "No, because foil is a metal and metals conduct electricity.", "No", "Yes"),
        (FOIL, "nope it is not a metal that conducts electricity", "nope", "Yes"),
        (FOIL, "**No.** Aluminium foil conducts no electricity.", "No", "Yes"),
        (STRING, "Yes because the string completes the pathway.", "Yes", "No"),
        (STRING, "Yeah - string is fine, it completes the pathway.", "Yeah", "No"),
        (DRY_SOIL, "B. Dry soil heats up more quickly than water does.", "B", "A"),
        (DRY_SOIL, "c) because dry soil heats up and cools off quickly", "c", "A"),
    ],
)
def test_the_other_verdict_contradicts_a_model_answer_that_opens_with_one(
    scorer: KeyPointScorer, point: str, answer: str, said: str, right: str
) -> None:
    """ "Can she use aluminium foil?": an answer opening "No" got the question wrong, however
    many of the model answer's words follow; so did one choosing option B where it says A."""
    result = score(scorer, [point, "Test it in the circuit."], answer)
    verdict = result.points[0]
    assert verdict.status is Status.CONTRADICTED
    assert verdict.note == f"You said “{said}”; the key point says “{right}”."
    assert result.value == 0.0


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (FOIL, "Yes, because foil is a metal and metals conduct electricity."),
        (FOIL, "Yes. Foil is a metal, and all metals conduct electricity."),
        (FOIL, "Foil is a metal and all metals conduct electricity, so yes."),
        (FOIL, "No doubt: foil is a metal and all metals conduct electricity."),
        (FOIL, "Yes and no: foil is a metal and metals conduct electricity, but it tears."),
        (STRING, "No one can: string is an insulator, so the pathway is not completed."),
        (STRING, "no pathway is completed, as string is an insulator"),
        ("Aluminium foil is a metal and all metals conduct.", "No, foil is a metal that conducts."),
        (DRY_SOIL, "A dry soil heats up more quickly than water and cools off more quickly."),
        (DRY_SOIL, "a, because dry soil heats up more quickly than water and cools off quickly"),
        (DRY_SOIL, "E.g. dry soil heats up more quickly than water and cools off quickly."),
        (FOIL, "B. Foil is a metal, and all metals conduct electricity."),
        (DRY_SOIL, "I, for one, say dry soil heats up more quickly than water and cools off."),
        (FOIL, "No-brainer: foil is a metal, and all metals conduct electricity."),
        (FOIL, "No. 1 reason: foil is a metal, and all metals conduct electricity."),
    ],
)
def test_the_same_verdict_or_an_opening_that_is_none_contradicts_nothing(
    scorer: KeyPointScorer, point: str, answer: str
) -> None:
    """Only an opening "yes" or "no" that stands alone, or an option's letter followed by a
    mark, is a verdict, and only against a model answer that opens with another of its sort."""
    result = score(scorer, [point], answer)
    assert result.points[0].status is not Status.CONTRADICTED
    assert result.points[0].score > 0.5


def test_a_reference_opening_with_a_verdict_is_read_for_it(scorer: KeyPointScorer) -> None:
    """``mockinterview grade``'s reference goes through ``reference_points``: its verdict
    holds, and the other one costs the whole answer."""
    points = reference_points(f"{STRING} String does not conduct.")
    wrong = scorer.score(question="Can she use string?", key_points=points, answer="Yes, it can.")
    right = scorer.score(question="Can she use string?", key_points=points, answer="No, it can't.")
    assert wrong.points[0].status is Status.CONTRADICTED and wrong.value == 0.0
    assert right.points[0].status is not Status.CONTRADICTED and right.value > 0.0


LAYOUT_MODELS = KeyPoint(
    "Flexbox is a one-dimensional layout model along a single row or column, while CSS Grid "
    "is two-dimensional and places items into rows and columns at once."
)


DATABASE_KINDS = [
    KeyPoint("SQL Databases: Relational databases that use structured query language for queries."),
    KeyPoint("NoSQL Databases: Non-relational databases that store documents or key-value pairs."),
]
PROBES = [
    KeyPoint("Readiness Probe: Decides whether a pod receives traffic from the Service."),
    KeyPoint("Liveness Probe: Restarts the container when the process is stuck or deadlocked."),
]


BALANCER_LAYERS = KeyPoint(
    "A layer 4 load balancer forwards TCP connections by IP and port and is very fast; a layer 7 "
    "load balancer reads HTTP, so it can route by path or header, terminate TLS and retry."
)
REPLICATION_KINDS = KeyPoint(
    "All writes go to one leader; synchronous replication to at least one follower avoids data "
    "loss on failover, while asynchronous replication is faster but followers lag behind."
)


@pytest.mark.parametrize(
    ("points", "place", "answer", "contradicted"),
    [
        # "one-dimensional" against "two-dimensional": only a count tells them apart
        ([LAYOUT_MODELS], 0, "Flexbox is the two-dimensional one.", True),
        ([LAYOUT_MODELS], 0, "Grid is one-dimensional.", True),
        (
            [LAYOUT_MODELS],
            0,
            "Flexbox is one-dimensional, and Grid is the two-dimensional one.",
            False,
        ),
        ([LAYOUT_MODELS], 0, "Grid is two-dimensional: rows and columns at once.", False),
        # a word of neither definition beside the count: "tool"
        ([LAYOUT_MODELS], 0, "Grid is the one-dimensional tool.", True),
        ([LAYOUT_MODELS], 0, "Grid is the two-dimensional tool.", False),
        # "SQL Databases: ..." and "NoSQL Databases: ..." each define the kind they name
        (DATABASE_KINDS, 0, "SQL databases are non-relational and store JSON documents.", True),
        (
            DATABASE_KINDS,
            0,
            "SQL databases are relational and use structured query language.",
            False,
        ),
        (DATABASE_KINDS, 0, "NoSQL databases are non-relational; they store documents.", False),
        # the prefix the other kind's definition is denied by, said of this one
        (DATABASE_KINDS, 0, "SQL databases are the non-relational ones.", True),
        # ... the fragment after it no part of it, as it denies something ("no schema")
        (
            DATABASE_KINDS,
            0,
            "SQL databases are the non-relational ones: they keep documents with no schema.",
            True,
        ),
        # the next fragment, opening with the other kind, no part of what this one is
        (
            DATABASE_KINDS,
            0,
            "SQL databases are relational with fixed schemas; NoSQL stores hold flexible "
            "non-relational data.",
            False,
        ),
        # examples of the term between it and its verb
        (DATABASE_KINDS, 1, "NoSQL stores such as MongoDB and Cassandra are relational.", True),
        (
            DATABASE_KINDS,
            1,
            "NoSQL stores such as MongoDB and Cassandra are non-relational.",
            False,
        ),
        (DATABASE_KINDS, 0, "SQL databases like Postgres are relational, queried in SQL.", False),
        # a label defined by what it does is swapped by what it does
        (PROBES, 1, "The liveness probe decides whether a pod receives traffic.", True),
        (PROBES, 1, "The readiness probe decides whether a pod receives traffic.", False),
        # what follows "and" goes on listing what the term is said to do
        (
            [BALANCER_LAYERS],
            0,
            "Layer 4 balancers are the smarter ones, able to inspect paths and headers and "
            "terminate TLS.",
            True,
        ),
        # a clause opening with another term's name ends what the first is said to be
        (
            [BALANCER_LAYERS],
            0,
            "Layer 4 balancers are the ones that inspect HTTP paths and terminate TLS; layer 7 "
            "just forwards raw TCP.",
            True,
        ),
        (
            [BALANCER_LAYERS],
            0,
            "Layer 4 balancers are the fast ones, forwarding TCP by IP and port; layer 7 reads "
            "HTTP, so it can route by path.",
            False,
        ),
        # "and" before another clause ends what the first term is said to be
        (
            [BALANCER_LAYERS],
            0,
            "Layer 4 balancers are the fast ones that forward connections and layer 7 ones "
            "inspect paths and headers and terminate TLS.",
            False,
        ),
        # the first "and" still ends it: "Grid is one-dimensional" whatever follows
        (
            [LAYOUT_MODELS],
            0,
            "Grid is one-dimensional and mostly for lining things up in a single row.",
            True,
        ),
        # "synchronous replication to at least one follower avoids...": what stands between
        # the term and its verb qualifies the term
        (
            [REPLICATION_KINDS],
            0,
            "Asynchronous replication is the safe choice for zero data loss on failover.",
            True,
        ),
        (
            [REPLICATION_KINDS],
            0,
            "Synchronous replication is the safe choice for zero data loss on failover.",
            False,
        ),
        (
            [REPLICATION_KINDS],
            0,
            "Synchronous replication is faster, and its followers lag behind.",
            True,
        ),
    ],
)
def test_a_count_or_a_labelled_kind_tells_one_definition_from_another(
    scorer: KeyPointScorer, points: list[KeyPoint], place: int, answer: str, contradicted: bool
) -> None:
    status = score(scorer, list(points), answer).points[place].status
    assert (status is Status.CONTRADICTED) is contradicted


def test_labels_that_name_no_kinds_of_one_thing_define_nothing() -> None:
    normalizer = Normalizer(merged(None))
    steps = [
        ("Indexing: Add indexes to columns used in WHERE clauses.", Role.CORE),
        ("Caching: Store frequently read data in memory.", Role.CORE),
    ]
    assert defined(normalizer, steps) == ()
    kinds = [(point.text, Role.CORE) for point in DATABASE_KINDS]
    assert [definition.term for definition in defined(normalizer, kinds)] == [
        "SQL Databases", "NoSQL Databases",
    ]  # fmt: skip


def test_only_terms_one_point_sets_against_each_other_can_be_swapped() -> None:
    """ "Flexbox is ..., while Grid is ..." sets two terms against each other; terms that
    different points define are not, and a pitfall's "Grid is one-dimensional" names a mistake."""
    normalizer = Normalizer(merged(None))
    contrast = ("Flexbox is one-dimensional, while Grid is two-dimensional.", Role.CORE)
    assert len(defined(normalizer, [contrast])) == 2
    apart = [("Flexbox is one-dimensional.", Role.CORE), ("Grid is two-dimensional.", Role.CORE)]
    assert defined(normalizer, apart) == ()
    mistaken = ("Believing Grid is one-dimensional; Flexbox is two-dimensional.", Role.PITFALL)
    assert defined(normalizer, [mistaken]) == ()
    traded = ("Trade-offs: CSR is simple to host; SSG is the cheapest.", Role.SUPPORTING)
    assert defined(normalizer, [traded]) == ()


DECLARATIONS = (
    "var is function-scoped and hoisted with the value undefined, while let and const are "
    "block-scoped and stay in the temporal dead zone until declared."
)


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("let is the function-scoped one, hoisted as undefined.", True),
        ("const is function-scoped and hoisted as undefined.", True),
        ("let and const are block-scoped, and var is function-scoped.", False),
    ],
    ids=["one of the pair", "the other of the pair", "right"],
)
def test_two_words_joined_are_one_term_whose_definition_can_be_swapped(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    [declarations] = score(scorer, [DECLARATIONS], answer).points
    assert (declarations.status is Status.CONTRADICTED) is contradicted


BALANCERS = (
    "A layer 4 load balancer forwards TCP connections by address and port, while a layer 7 "
    "load balancer understands HTTP and can route by path or header."
)


@pytest.mark.parametrize(
    "answer",
    [
        "Layer 7 balancers work at the TCP level, and layer 4 ones route HTTP paths.",
        "At layer 4 it's HTTP-aware routing, while layer 7 ones forward TCP by port.",
        "Layer 4 balancers are the ones that inspect HTTP paths.",
    ],
    ids=["opening a clause", "after while", "what it is"],
)
def test_kinds_of_one_thing_set_against_each_other_by_what_they_do_are_swapped(
    scorer: KeyPointScorer, answer: str
) -> None:
    [balancers] = score(scorer, [BALANCERS], answer).points
    assert balancers.status is Status.CONTRADICTED
    assert "the key point says that of “layer" in balancers.note


SHARD_KEYS = (
    "Shard Key Choice: Range sharding keeps range scans cheap but creates hot spots on "
    "sequential keys such as timestamps; hash sharding spreads load evenly but turns range "
    "queries into scatter-gather."
)
CONSISTENT_HASHING = (
    "Consistent Hashing: Nodes and keys are hashed onto a ring and each key belongs to the next "
    "node clockwise, so adding or removing a node moves only about 1/N of the keys."
)


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Consistent hashing on a ring means adding a shard moves only about 1/N of keys.", False),
        ("Remember that range sharding is the one that spreads load evenly.", True),
    ],
    ids=["a longer subject than a term, cut", "a term after 'remember that'"],
)
def test_a_subject_longer_than_a_term_defines_none_of_its_last_words(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    """ "consistent hashing on a ring means ..." says what consistent hashing does, not what
    "hashing on a ring" is: the subject runs on past the words a term may have."""
    [keys, _] = scorer.score(
        question="Explain sharding. How does consistent hashing help when you add shards?",
        key_points=[SHARD_KEYS, CONSISTENT_HASHING],
        answer=answer,
    ).points
    assert (keys.status is Status.CONTRADICTED) is contradicted


@pytest.mark.parametrize(
    "answer",
    [
        "Layer 4 balancers forward TCP by port, while layer 7 ones understand HTTP paths.",
        "Layer 7 balancers, unlike layer 4 ones, read HTTP.",
        "We ran HPA and layer 7 balancers together on HTTP.",
    ],
    ids=["right", "weighed", "no clause of its own"],
)
def test_what_a_kind_of_thing_does_said_rightly_or_weighed_is_no_swap(
    scorer: KeyPointScorer, answer: str
) -> None:
    [balancers] = score(scorer, [BALANCERS], answer).points
    assert balancers.status is not Status.CONTRADICTED


def test_a_clause_defines_by_what_a_term_does_only_against_a_kind_of_the_same_thing() -> None:
    """ "Range sharding keeps...; hash sharding spreads..." are two kinds of sharding; an
    imperative ("Cache hot keys...; send click events...") looks the same and defines nothing."""
    normalizer = Normalizer(merged(None))
    kinds = ("Range sharding keeps scans cheap; hash sharding spreads load evenly.", Role.CORE)
    assert [d.term for d in defined(normalizer, [kinds])] == ["Range sharding", "hash sharding"]
    orders = ("Cache hot keys in Redis; send click events to a queue.", Role.CORE)
    assert defined(normalizer, [orders]) == ()
    estimate = ("50 million users store 10 GB; 10 million users sync daily.", Role.CORE)
    assert defined(normalizer, [estimate]) == ()


def test_the_guides_own_key_points_said_as_an_answer_contradict_none_of_them(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    for guide in bank.guides:
        for question in guide.questions:
            answer = " ".join(point.text for point in question.key_points)
            result = of_question(scorer, bank, question.id, answer)
            wrongly = [p.note for p in result.points if p.status is Status.CONTRADICTED]
            assert not wrongly, (question.id, wrongly)


def test_a_term_near_another_pairs_partner_without_pairing_them_is_no_mispairing(
    scorer: KeyPointScorer,
) -> None:
    point = "Static generation for content, SSR for SEO pages, client rendering for dashboards."
    described = score(scorer, [point], "SSR shows content quickly and helps SEO pages.")
    assert described.points[0].status is not Status.CONTRADICTED
    paired = score(scorer, [point], "Use SSR for content and static generation for SEO.")
    assert paired.points[0].status is Status.CONTRADICTED


def test_a_term_named_as_the_point_names_the_right_pair_is_no_mispairing(
    scorer: KeyPointScorer,
) -> None:
    """ "OIDC roles for CI" names CI's credentials as the point does ("OIDC federation for
    CI"); "IAM roles for CI" gives CI the workloads' pair."""
    point = "Use short-lived credentials: IAM roles for workloads and OIDC federation for CI."
    named = score(scorer, [point], "Gitleaks in CI, and OIDC roles for CI instead of keys.")
    assert named.points[0].status is not Status.CONTRADICTED
    swapped = score(scorer, [point], "Use IAM roles for CI and OIDC federation for workloads.")
    assert swapped.points[0].status is Status.CONTRADICTED


def test_a_term_is_paired_with_what_follows_it_not_with_what_comes_before(
    scorer: KeyPointScorer,
) -> None:
    point = "SSR for SEO-critical pages, and CSR for highly interactive screens behind a login."
    both = "I'd use SSR for public pages that need SEO and CSR for dashboards behind a login."
    assert score(scorer, [point], both).points[0].status is not Status.CONTRADICTED
    swapped = score(scorer, [point], "I'd use CSR for SEO pages and SSR for interactive screens.")
    assert swapped.points[0].status is Status.CONTRADICTED


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (
            "Use threads or processes for blocking or CPU-bound work, but neither removes the "
            "need for locking in the database.",
            "An in-process lock such as threading.Lock protects nothing across servers.",
        ),
        (
            "Layer enhancements on top with feature detection rather than user-agent sniffing.",
            "User-agent sniffing is unnecessary: feature detection layers the enhancements.",
        ),
        (
            "Put a connection pooler such as PgBouncer in front of the database.",
            "a connection pooler is harmless and helps",
        ),
        (
            KeyPoint(
                "Generating the idempotency key on the server for each request, so a retry is "
                "processed again.",
                role=Role.PITFALL,
            ),
            "The standard pattern is a client-generated idempotency key sent with each request.",
        ),
        (
            KeyPoint(
                "Looking only at averages or error rates, which can stay flat while p99 triples.",
                role=Role.PITFALL,
            ),
            "The median looks fine and averages hide this, so I look at p99 and error rates.",
        ),
        (
            KeyPoint(
                "Calling services synchronously in long chains, which couples their availability.",
                role=Role.PITFALL,
            ),
            "Long synchronous chains of services are what we have right now; they couple "
            "availability.",
        ),
        (
            KeyPoint(
                "Printing secrets in CI logs or baking them into container images.",
                role=Role.PITFALL,
            ),
            "Everything is injected at runtime, and secrets must stay out of CI logs.",
        ),
    ],
    ids=[
        "pairings far apart in a point are no list of pairs",
        "waving away what a point advises against agrees with it",
        "calling what the point recommends harmless",
        "praising the contrary of what a pitfall hinges on",
        "praise in a clause that says the pitfall hides something",
        "right now is no praise",
        "what must stay out of the pitfall",
    ],
)
def test_what_agrees_with_the_point_is_no_contradiction(
    scorer: KeyPointScorer, point: str | KeyPoint, answer: str
) -> None:
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED


def test_a_contradiction_quotes_the_clause_that_said_it_and_no_other(
    scorer: KeyPointScorer,
) -> None:
    answer = "We can be down an hour. Test restores aren't necessary, the job reports success."
    [said] = score(scorer, [TEST_RESTORES], answer).points
    assert (
        said.note == "You said “Test restores aren't necessary”; the key point says the opposite."
    )


def test_an_opposite_is_attached_to_its_own_part_of_a_coordination(
    scorer: KeyPointScorer,
) -> None:
    """ "etcd or Spanner and reject writes": "reject" says nothing of Spanner, so "Spanner and
    accept reduced availability" contradicts nothing; "Spanner should accept writes" does."""
    right = "For balances I'd use etcd or Spanner and accept reduced availability."
    assert score(scorer, [CP_STORES], right).points[0].status is not Status.CONTRADICTED
    wrong = "For balances, Spanner should accept writes on the minority side of a partition."
    assert score(scorer, [CP_STORES], wrong).points[0].status is Status.CONTRADICTED


CP_AND_AP = (
    "Account balances need strong consistency and reject writes on the minority side of a "
    "partition, while a shopping cart can stay available on Cassandra and reconcile later."
)


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        (
            "Balances refuse writes. A shopping basket can keep accepting writes on Cassandra.",
            False,
        ),
        ("Account balances can keep accepting writes on the minority side.", True),
        ("Balances and shopping carts alike should keep accepting writes.", True),
    ],
    ids=["the other side's case", "this side's case", "both sides' cases"],
)
def test_an_opposite_said_of_the_other_side_of_a_while_agrees_with_the_point(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    """ "A reject writes, while B can stay available": accepting writes is said of B."""
    [point] = score(scorer, [CP_AND_AP], answer).points
    assert (point.status is Status.CONTRADICTED) is contradicted


def test_leaving_off_what_a_point_enables_contradicts_it_in_the_points_own_word(
    scorer: KeyPointScorer,
) -> None:
    point = "Enable strict mode (including strictNullChecks) so null must be handled explicitly."
    [off] = score(scorer, [point], "We usually keep strict mode off, it only adds errors.").points
    assert off.status is Status.CONTRADICTED
    assert off.note == "You said “strict mode off”; the key point says enable…"
    [on] = score(scorer, [point], "Turn strict mode on and never switch it off.").points
    assert on.status is not Status.CONTRADICTED


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Where possible I avoid static keys entirely and use short-lived credentials.", False),
        ("Long-lived static keys are the simplest option, so I use them everywhere.", True),
    ],
    ids=["what it prefers over, avoided", "what it prefers over, recommended"],
)
def test_what_a_point_prefers_something_over_is_what_it_advises_against(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    point = (
        "Prefer short-lived, dynamic credentials (Vault database secrets, IAM roles) over "
        "long-lived static keys, and rotate whatever remains on a schedule."
    )
    found = score(scorer, [point], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


def test_removing_what_the_point_itself_removes_is_no_dismissal(scorer: KeyPointScorer) -> None:
    points = [
        "Remove the secret from the Git history with git filter-repo.",
        "Rotate the key immediately.",
    ]
    answer = "I'd remove the secret from the history with git filter-repo and rotate the key."
    assert all(point.status is Status.COVERED for point in score(scorer, points, answer).points)


def test_removing_what_no_point_removes_waves_it_away(scorer: KeyPointScorer) -> None:
    """A point that removes one thing ("remove or delay third-party scripts") echoes nothing
    of removing another."""
    points = [
        "Set width and height (or aspect-ratio) on images and embeds.",
        "Move heavy computation to a Web Worker and remove or delay third-party scripts.",
    ]
    answer = "I'd remove the width and height attributes from images so they load faster."
    sizes, _ = score(scorer, points, answer).points
    assert sizes.status is Status.CONTRADICTED


def test_a_noun_meets_the_verb_its_synonym_group_lists(scorer: KeyPointScorer) -> None:
    """ "validation" stems apart from "validate", which maps to its group's "confirm"."""
    point = "Validate untrusted data at runtime at the boundary, for example with Zod."
    [waved] = score(scorer, [point], "With types you don't need validation libraries.").points
    assert waved.status is Status.CONTRADICTED
    [said] = score(scorer, [point], "Runtime validation of untrusted data, say with Zod.").points
    assert said.status is Status.COVERED


@pytest.mark.parametrize(
    "answer",
    [
        "Examine the logs to pinpoint the cause.",
        "I'd investigate the error output and diagnose what broke.",
        "Examine the stack traces and diagnose the cause.",
    ],
)
def test_words_for_looking_into_a_failure_meet_the_points_own(
    scorer: KeyPointScorer, answer: str
) -> None:
    """ "examine" and "investigate" say "analyze"; "pinpoint" and "diagnose" say "determine"."""
    point = "Investigate: Analyze logs and error messages to determine the root cause."
    [said] = score(scorer, [point], answer).points
    assert said.status is Status.COVERED


def test_mutating_what_a_point_updates_immutably_contradicts_it(scorer: KeyPointScorer) -> None:
    point = "Update state immutably so React and Redux can detect changes by comparing references."
    [mutated] = score(
        scorer, [point], "Mutating state objects directly is fine, React notices."
    ).points
    assert mutated.status is Status.CONTRADICTED
    [kept] = score(
        scorer, [point], "Never mutate state: copy it, so React sees a new reference."
    ).points
    assert kept.status is not Status.CONTRADICTED


@pytest.mark.parametrize(
    ("point", "wrong", "right"),
    [
        (
            "Keep separate queues per channel and priority so a blast never delays resets.",
            "Everything goes into one shared queue in arrival order.",
            "Each channel and priority gets its own queue.",
        ),
        (
            "When the breaker trips, fail open for reads so users still see cached pages.",
            "I'd fail closed and reject every read while the breaker is tripped.",
            "Reads fail open and serve the cached page.",
        ),
        (
            "Choose partition keys with high cardinality and even access.",
            "Prefer partition keys with low cardinality, like the country.",
            "A user id has plenty of distinct values: a good partition key.",
        ),
        (  # which of two things wins is a rule told, not advice
            "Keep specificity low and flat with single class selectors.",
            "Keep specificity high with IDs so your rules always win.",
            "When two rules clash, the one with higher specificity wins.",
        ),
        (  # two things the answer compares, said of neither alone
            "Digests batch low-priority notifications at the cost of timeliness.",
            "Notifications should all go out at high priority, never batched.",
            "I'd keep password resets on a higher priority queue than marketing.",
        ),
    ],
)
def test_the_opposite_of_how_a_point_arranges_things_contradicts_it(
    scorer: KeyPointScorer, point: str, wrong: str, right: str
) -> None:
    assert score(scorer, [point], wrong).points[0].status is Status.CONTRADICTED
    assert score(scorer, [point], right).points[0].status is not Status.CONTRADICTED


def test_the_opposite_of_a_word_the_point_denies_agrees_with_it(scorer: KeyPointScorer) -> None:
    point = "Bulb C was no longer in a closed path with the battery."
    agreeing = score(scorer, [point], "Bulb C was in an open path with the battery.")
    assert agreeing.points[0].status is not Status.CONTRADICTED


def test_denying_the_opposite_agrees_with_the_point(scorer: KeyPointScorer) -> None:
    denied = score(scorer, [SLOW_WRITES], "over-indexing makes writes not faster at all")
    assert denied.points[0].status is not Status.CONTRADICTED


def test_an_opposite_attached_to_an_empty_verb_says_nothing_against_the_point(
    scorer: KeyPointScorer,
) -> None:
    """ "users always get the HTML": "always" is said of the HTML they get, not of the users
    nor of "get"; another verb ("never give HTML a long max-age") says another thing."""
    point = "Serve index.html with no-cache, so users always get the HTML for the current hashes."
    confused = score(scorer, [point], "A new deploy never gets confused with an old copy.")
    assert confused.points[0].status is not Status.CONTRADICTED
    stale = score(scorer, [point], "Users never get the current HTML, so serve it forever.")
    assert stale.points[0].status is Status.CONTRADICTED
    mixed = score(scorer, [point], "With new file names, users never get a mix of old and new.")
    assert mixed.points[0].status is not Status.CONTRADICTED
    advised = score(scorer, [point], "So never give HTML a long max-age; users revalidate.")
    assert advised.points[0].status is not Status.CONTRADICTED


def test_always_and_never_are_said_of_the_doing_after_them(scorer: KeyPointScorer) -> None:
    """ "never reach Redis" says nothing against "a single key always maps to one shard"."""
    point = "Adding nodes does not help, because a single key always maps to one shard."
    cached = "With a local cache, most reads for that key never reach Redis at all."
    assert score(scorer, [point], cached).points[0].status is not Status.CONTRADICTED
    spread = "A single key never maps to one shard, so adding nodes helps."
    assert score(scorer, [point], spread).points[0].status is Status.CONTRADICTED


def test_an_opposite_inside_a_name_a_glossary_spells_out_is_no_claim(
    scorer: KeyPointScorer,
) -> None:
    """ "VPA" is the vertical pod autoscaler: a name, which says nothing vertical against a
    point on what the horizontal one measures."""
    point = (
        "Set CPU requests, because HPA utilisation is measured against requests; without "
        "requests the HPA cannot scale on CPU."
    )
    names = {"hpa": "horizontal pod autoscaler", "vpa": "vertical pod autoscaler"}
    named = score(scorer, [point], "VPA tunes requests.", glossary=names)
    assert named.points[0].status is not Status.CONTRADICTED
    claimed = score(scorer, [point], "Vertical scaling needs requests.", glossary=names)
    assert claimed.points[0].status is Status.CONTRADICTED


def test_an_answer_weighing_both_words_of_an_opposite_is_not_contradicted(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    answer = (
        "Revoke the key first: scanners pick up keys from public GitHub repositories within a "
        "few minutes, so making the repo private or deleting the commit does not help."
    )
    result = of_question(scorer, bank, "devops-sre/9", answer)
    assert all(point.status is not Status.CONTRADICTED for point in result.points)


def test_an_answer_saying_both_sides_far_apart_is_not_contradicted(
    scorer: KeyPointScorer,
) -> None:
    point = "Pessimistic locking: SELECT ... FOR UPDATE makes the second buyer wait."
    answer = (
        "Pessimistic locking takes a row lock with SELECT FOR UPDATE so the second buyer waits "
        "for the first to commit and then reads the new stock. Optimistic locking instead adds "
        "a version column."
    )
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED
    alone = score(scorer, [point], "Optimistic locking: the second buyer waits.")
    assert alone.points[0].status is Status.CONTRADICTED


def test_a_term_paired_with_two_partners_pairs_nothing(scorer: KeyPointScorer) -> None:
    point = (
        "Largest Contentful Paint for load, Interaction to Next Paint for responsiveness, "
        "Cumulative Layout Shift for stability."
    )
    answer = "Interaction to Next Paint for responsiveness."
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED


def test_a_partner_that_names_nothing_pairs_nothing(scorer: KeyPointScorer) -> None:
    point = "The load balancer routes /api/* to one target group and /static/* to another."
    answer = "It sends /images to one pool and /api to another."
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED


def test_agreeing_with_a_negated_point_is_no_mispairing(scorer: KeyPointScorer) -> None:
    point = "A read replica serves reads and thus does not accept writes to tables."
    agreeing = score(
        scorer, [point], "The replica would not accept writes because it is read-only."
    )
    assert agreeing.points[0].status is not Status.CONTRADICTED


def test_a_pitfall_said_in_the_negative_is_awareness_not_a_contradiction(
    scorer: KeyPointScorer,
) -> None:
    pitfall = KeyPoint(SLOW_WRITES, role=Role.PITFALL)
    result = score(scorer, [pitfall], "don't over-index: every index makes writes slower")
    assert result.points[0].status is not Status.CONTRADICTED
    assert result.points[0].score > 0.5


def test_a_terse_answer_of_one_fragment_is_not_a_list_but_two_terms_are(
    scorer: KeyPointScorer,
) -> None:
    points = ["Use consistent hashing to spread keys across shards.", "Measure in Celsius."]
    terse = score(scorer, points, "Consistent hashing.")
    listed = score(scorer, points, "consistent hashing, shards")
    assert terse.notes == ()
    assert any("list" in note for note in listed.notes)
    assert terse.value > listed.value


def test_two_terms_that_are_the_whole_answer_are_no_keyword_list(scorer: KeyPointScorer) -> None:
    both = score(scorer, ["Enqueue and dequeue."], "enqueue, dequeue")
    assert both.notes == () and both.points[0].status is Status.COVERED


def test_an_enumeration_inside_a_sentence_is_no_keyword_list(scorer: KeyPointScorer) -> None:
    codes = "Implement status codes to indicate the outcome of API requests."
    answer = (
        "A REST API lets clients talk to the server over HTTP, using the right methods (GET, "
        "POST, PUT, DELETE) on resource URLs and returning status codes for the outcome."
    )
    result = score(scorer, [REST_METHODS, codes], answer)
    assert result.notes == ()
    assert result.value >= 0.75


CACHE_POINTS = [
    "With cache-aside the application reads the cache first and on a miss loads the row from "
    "the database and stores it with a TTL.",
    "Delete the cache key after the database update commits, so the next read loads fresh data.",
    "Add random jitter to TTLs so many keys do not expire at the same moment.",
    "Prevent a stampede with a per-key lock or request coalescing so one request refreshes a "
    "hot key.",
]


@pytest.mark.parametrize(
    "notes",
    [
        "cache first reads application cache-aside miss loads row database stores TTL, "
        "delete key cache database update commits after next read loads fresh data, random "
        "jitter TTLs keys expire same moment many, stampede per-key lock request coalescing "
        "one request refreshes hot key prevent, cache-aside reads cache first miss database "
        "row loads stores TTL, jitter random keys expire moment",
        "Redis cluster, cache-aside reads cache first, miss loads row database, stores TTL "
        "300s. Orders table, delete key update commits, next read fresh data. Jitter TTLs "
        "random 10%, keys expire moment. Stampede checkout page Black Friday, per-key lock "
        "SETNX, request coalescing, one request refreshes hot key, Grafana dashboard alert.",
    ],
    ids=["the points' phrases cut up", "half in names and numbers of their own"],
)
def test_notes_without_grammar_are_a_bare_list(scorer: KeyPointScorer, notes: str) -> None:
    """A longer answer of the points' words with hardly a word of grammar is notes at best:
    the bare-list rule holds however its phrases are cut, and whatever names and numbers of
    its own it adds."""
    result = score(scorer, CACHE_POINTS, notes)
    assert LIST_NOTE in result.notes and result.value < 0.35


def test_the_same_points_in_sentences_are_no_list(scorer: KeyPointScorer) -> None:
    written = (
        "With cache-aside the service reads the cache first; on a miss it loads the row from the "
        "database and stores it with a TTL. After the update commits, I delete the key so the "
        "next read loads fresh data, and I add random jitter to the TTLs so that many keys do "
        "not expire at the same moment. A per-key lock or request coalescing lets one request "
        "refresh a hot key, which prevents a stampede."
    )
    assert score(scorer, CACHE_POINTS, written).notes == ()


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("Name the fields a TCP header has and a UDP header lacks.", False),
        ("Please state four fields a TCP header has and a UDP header lacks.", False),
        ("How does a TCP header differ from a UDP header?", True),
        ("Name resolution aside, how does a TCP header differ from a UDP header?", True),
    ],
    ids=["name the", "please state", "how", "a noun"],
)
def test_a_list_answers_a_question_asking_for_one_and_is_no_bare_list(
    scorer: KeyPointScorer, question: str, listed: bool
) -> None:
    points = [
        "TCP has a sequence number and an acknowledgement number, which UDP lacks.",
        "TCP has an advertised window and an urgent pointer, which UDP lacks.",
    ]
    answer = "Sequence number, acknowledgement number, advertised window, urgent pointer"
    result = scorer.score(question=question, key_points=points, answer=answer)
    assert (LIST_NOTE in result.notes) is listed
    assert (result.value < 0.35) is listed


MOBILE_REF = (
    "Mobile routing faces several challenges that fixed networks do not. "
    "Adaptation: nodes move, so the topology changes constantly, and nodes join or leave the "
    "network at any time and anywhere within signal range, which forces routes to be "
    "rediscovered. Security: a wireless medium lets anyone in range intercept packets or "
    "inject forged ones, so encryption and authentication become necessary. Medium access: "
    "with hidden terminals, two senders out of each other's range both transmit to a node "
    "between them and collide there without noticing; with exposed terminals, a node "
    "wrongly defers because it hears a neighbour's transmission that would not have "
    "interfered; with near and far terminals, a strong nearby signal drowns out a weak "
    "distant one. Quality of service: changing topology, imprecise routing information and "
    "scarce battery, bandwidth and processing power on the nodes make guarantees on delay "
    "and throughput hard to keep. Energy: every transmission drains a battery, so routing "
    "must prefer paths that spread the load and let idle nodes sleep."
)
MOBILE_MORE = (
    "\n\nRouting protocols for such networks are either proactive, keeping routes to every "
    "destination up to date with periodic updates, or reactive, flooding a route request only "
    "when a packet must be sent; hybrids split the network into zones. Proactive protocols "
    "waste bandwidth on routes nobody uses, while reactive ones delay the first packet and "
    "flood the network with requests when many nodes move."
)
MOBILE_ANSWER = (
    "Two challenges: first, hidden terminals. Two senders that are out of each other's "
    "range both transmit to a node between them, and their packets collide there without "
    "either sender noticing. Second, security: on a wireless medium anyone in range can "
    "intercept packets or inject forged ones, so you need encryption and authentication."
)


def test_a_good_answer_to_a_long_model_answer_need_not_say_all_of_it(
    scorer: KeyPointScorer,
) -> None:
    question = "What are the challenges of mobile routing? Name and describe two."
    values = [
        scorer.score(
            question=question, key_points=reference_points(reference), answer=MOBILE_ANSWER
        ).value
        for reference in (MOBILE_REF, MOBILE_REF + MOBILE_MORE)
    ]
    assert min(values) >= 0.9
    assert values[1] == pytest.approx(values[0], abs=0.02)  # more paragraphs ask no more of it


def test_a_hedge_in_front_of_a_keyword_list_earns_nothing(scorer: KeyPointScorer) -> None:
    points = [LEAKED_KEY, SLOW_WRITES]
    keywords = "revoke, rotate, access key, CloudTrail, over-indexing, slower writes"
    bare = score(scorer, points, keywords)
    hedged = score(scorer, points, "I have no idea. " + keywords)
    assert hedged.value <= bare.value + 0.02
    assert hedged.value < 0.35
    assert any("list" in note for note in hedged.notes)


def test_the_key_points_own_words_shuffled_score_low(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    question = bank.get("backend-developer/3")
    assert question is not None
    words = " ".join(point.text for point in question.key_points).split()
    random.Random(7).shuffle(words)
    salad = of_question(scorer, bank, question.id, " ".join(words))
    assert salad.value <= 0.3
    assert any("jumbled" in note for note in salad.notes)


SCALING = "system-design/3"  # scale a web tier: stateless servers, load balancing algorithms
SCALING_EXPLAINED = (
    "Scale out by adding identical stateless servers behind a load balancer instead of a bigger "
    "machine, and keep sessions in Redis rather than on local disk. Round robin sends requests "
    "to each server in turn, least connections picks the server with the fewest active "
    "connections, and consistent hashing on a user id keeps the same user on the same server. "
    "Health checks take unhealthy instances out of rotation."
)


@pytest.mark.parametrize(
    ("salad", "most"),
    [
        (
            "The consistent hash of the layer 7 balancer drains the sticky disk, and round robin "
            "health checks forward the least connections to identical autoscaling instances, "
            "while the stateless session of the TCP port hashes a single point of failure into "
            "the bigger machine of rotation.",
            0.2,
        ),
        (
            "The sticky sessions of the health checks drain the consistent hashing into the least "
            "connections, and the layer 7 load balancer rotates the single point of failure while "
            "the round robin of stateless servers autoscales the shared session store behind the "
            "bigger machine.",
            0.4,
        ),
    ],
    ids=["terms recombined", "the points' phrases kept whole"],
)
def test_a_grammatical_salad_of_every_points_terms_scores_low(
    scorer: KeyPointScorer, bank: QuestionBank, salad: str, most: float
) -> None:
    result = of_question(scorer, bank, SCALING, salad)
    assert result.value <= most
    assert any("jumbled" in note for note in result.notes)
    assert of_question(scorer, bank, SCALING, SCALING_EXPLAINED).value >= 0.65


@pytest.mark.parametrize(
    ("question", "partial"),
    [
        (  # from adversarial_lookout.jsonl: cleaning up effects only
            "frontend-developer/8",
            "Most SPA leaks I've seen come from effects that never clean up after themselves. In "
            "React, every useEffect that adds a window listener, starts a setInterval or "
            "subscribes to a WebSocket or store has to return a cleanup function that removes the "
            "listener, clears the interval and unsubscribes. Pending fetches should get an "
            "AbortController so their callbacks don't hold on to an unmounted component's state. "
            "Angular's ngOnDestroy and Vue's onUnmounted hooks are the equivalents in those "
            "frameworks.",
        ),
        (  # from adversarial_recheck.jsonl: the token bucket only
            "system-design/7",
            "a token bucket is the usual choice. each api key gets a bucket with a max capacity, "
            "tokens refill at a fixed rate, and every request spends one. if the bucket is empty "
            "the request gets a 429. that lets clients burst briefly up to the capacity while "
            "still holding them to the average rate, and per key you only need to store the "
            "token count and the last refill timestamp.",
        ),
        (  # from adversarial_checkahead.jsonl: the connections and delivery only
            "system-design/15",
            "Each client keeps a WebSocket connection open to a gateway server, so messages can be "
            "pushed in real time instead of polled. When a user sends a message, the chat service "
            "stores it first and then delivers it to the recipients' gateways; a registry in "
            "Redis records which gateway each user is connected to. If a recipient is offline, "
            "they get a push notification and fetch the missed messages when they reconnect. "
            "Messages would be stored in something like Cassandra, partitioned by conversation id.",
        ),
        (  # from adversarial_lookbehind.jsonl: the pipeline's steps only
            "backend-developer/16",
            "I'd have CI run on every push and pull request: lint, unit tests and integration "
            "tests. For the integration tests I'd spin up a real PostgreSQL container in the "
            "pipeline instead of mocking the database, so problems with queries and migrations "
            "show up before merge. If anything fails, the pipeline stops and the PR can't be "
            "merged. On merge to main, CI builds a Docker image and deploys it to a staging "
            "environment automatically.",
        ),
        (  # a typeahead's points share "trie", "prefix" and "top": each clause binds several
            "system-design/18",
            "I'd keep the online path a pure lookup. An offline job runs every hour over the "
            "search logs, counts how often each query was searched, and builds a trie where "
            "every node already stores its top ten completions. Those tries are loaded into "
            "memory on suggestion servers, so a request for a prefix just walks down a few nodes "
            "and returns the stored list, well within 100 ms. The endpoint would be something "
            "like GET /suggest?q=pre returning a small JSON list.",
        ),
    ],
    ids=[
        "effects that never clean up",
        "a token bucket",
        "a chat system's delivery, tersely",
        "a pipeline's steps, tersely",
        "a typeahead's trie, in the points' own words",
    ],
)
def test_a_partial_answer_on_one_point_is_no_jumble_though_its_clauses_mix_points(
    scorer: KeyPointScorer, bank: QuestionBank, question: str, partial: str
) -> None:
    """Its clauses bind terms the guide spreads over several points, but it says one point,
    or two or three, far better than the rest: an explanation of those, not a salad of all of
    them; also when nearly all its words are the points' own."""
    result = of_question(scorer, bank, question, partial)
    assert JUMBLE_NOTE not in result.notes
    assert result.value >= 0.35  # 0.18 and 0.49 while they were read as jumbled


def test_a_term_or_two_out_of_the_points_order_draws_no_jumble_note(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """Commands quoted with their flags ("du -xh", "sort -h") put a term or two out of the
    guide's order; that costs under 5% of the credit, too little to tell the candidate their
    terms are jumbled."""
    told = (
        "I'd start with df -h to confirm which filesystem is full, plus df -i in case it's "
        "inodes rather than bytes that have run out. Then du -xh --max-depth=1 / piped into "
        "sort -h, and I keep drilling into the largest directory; it's normally /var/log, core "
        "dumps or Docker images. Once I find the culprit I'd free space by truncating the file "
        "rather than deleting it."
    )
    assert JUMBLE_NOTE not in of_question(scorer, bank, "devops-sre/10", told).notes


CACHING = "system-design/4"  # caching layers, from the browser to the database


def test_fluent_nonsense_in_the_points_words_is_a_jumble_but_a_gist_of_them_is_not(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    nonsense = (
        "The CDN edge servers cache the buffer pool of the browser, so the reverse proxy keeps "
        "Redis closer to the database. Static assets evict the hit ratio with a content hash in "
        "the URL, and the max-age coalesces the stampede into the application cache. When the "
        "origin personalises the TTL, write-through serves the edge from Memcached, which is "
        "why every cache layer keeps the CDN fresh."
    )
    gist = (
        "Cache in layers from the browser and CDN edge to Redis and the database's buffer pool, "
        "with cache-aside, TTLs, hashed asset URLs and stampede protection."
    )
    jumbled = of_question(scorer, bank, CACHING, nonsense)
    assert jumbled.value < 0.5 and jumbled.notes == (JUMBLE_NOTE,)  # 0.89 were it read as sense
    summed_up = of_question(scorer, bank, CACHING, gist)
    assert summed_up.value >= 0.5 and not set(summed_up.notes) & {LIST_NOTE, JUMBLE_NOTE}


@pytest.mark.parametrize(
    "gist",
    [
        "Assume the key is compromised, revoke and replace it immediately, then check CloudTrail "
        "for what it was used for before cleaning the Git history.",
        "Revoke the leaked key immediately, check CloudTrail for anything it was used for and "
        "clean that up, then scrub history and add secret scanning and short-lived credentials.",
        # a gist's clauses each hold several points' words: no clause keeps to one
        "Revoke and replace the key immediately, audit CloudTrail for misuse and clean up, then "
        "scrub history and prevent repeats with secret scanning and short-lived credentials.",
    ],
)
def test_a_gist_of_several_steps_in_a_row_is_no_jumble(
    scorer: KeyPointScorer, bank: QuestionBank, gist: str
) -> None:
    """A gist names one step of each point in turn: neighbouring terms from different points."""
    result = of_question(scorer, bank, "devops-sre/9", gist)
    assert JUMBLE_NOTE not in result.notes
    assert result.value >= 0.5


def test_a_gists_worth_of_the_points_words_run_on_without_a_break_is_a_jumble(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """Forty words of the points strung with no comma or stop: a gist parts what it sums up,
    so this is judged as any answer of its length, and its words are out of order."""
    strung = (
        "lowering made htop out -eo walk file or files counts vmstat and images uninterruptible "
        "state cause that that such process as process them on it only which a were Truncating "
        "du to frees fixed or -i full on"
    )
    result = of_question(scorer, bank, "devops-sre/10", strung)
    assert JUMBLE_NOTE in result.notes
    assert result.value < 0.3


FAILED_DEPLOY = "backend-developer/6"  # a deployment to production fails: rollback, logs, CI


def test_a_walk_through_of_a_real_incident_is_no_jumble(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    told = of_question(
        scorer,
        bank,
        FAILED_DEPLOY,
        "At my last job I shipped a release of the payments service on a Tuesday morning and "
        "within ten minutes the dashboard showed checkout failures climbing to a fifth of all "
        "requests. I rolled back to the previous version straight away, which brought the "
        "failures down within a few minutes, and told the team in the incident channel what I "
        "had done and why. Then I read the logs of the broken pods and found that a new "
        "environment variable for the card provider had never been set in production. I added "
        "the variable, wrote a check that fails the pipeline when a required setting is "
        "missing, and redeployed behind a feature flag to a small share of users first. Since "
        "then every release has a tested rollback step.",
    )
    assert not set(told.notes) & {LIST_NOTE, JUMBLE_NOTE}
    assert told.value >= 0.5


def test_key_terms_strung_together_without_commas_count_as_a_bare_list(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    strung = of_question(
        scorer,
        bank,
        SCALING,
        "stateless servers load balancer round robin least connections consistent hashing "
        "health checks sticky sessions layer 7",
    )
    assert strung.value <= 0.3
    assert any("list" in note for note in strung.notes)


@pytest.mark.parametrize(
    "notes",
    [
        "stateless servers -> load balancer -> round robin / weighted round robin / consistent "
        "hashing -> health checks + connection draining",
        "Stateless servers behind a load balancer; round robin for uniform requests; least "
        "connections for long-lived ones; consistent hashing on a user id keeps caches warm.",
        "Add identical stateless servers behind a load balancer rather than a bigger machine and "
        "keep sessions in Redis; the balancer sends requests round robin when they are uniform "
        "and to the server with the least connections when they are long-lived, and health "
        "checks take unhealthy instances out of rotation before they shut down.",
    ],
    ids=["arrows and slashes", "terse clauses", "one point per clause"],
)
def test_terse_notes_that_relate_their_terms_are_neither_a_list_nor_a_jumble(
    scorer: KeyPointScorer, bank: QuestionBank, notes: str
) -> None:
    result = of_question(scorer, bank, SCALING, notes)
    assert not set(result.notes) & {LIST_NOTE, JUMBLE_NOTE}
    assert result.value >= 0.2


@pytest.mark.parametrize("seed", range(8))
def test_the_headline_is_the_sum_of_the_points_shown(
    scorer: KeyPointScorer, bank: QuestionBank, seed: int
) -> None:
    rng = random.Random(seed)
    question = rng.choice([q for q in bank if q.kind is Kind.TECHNICAL])
    said = rng.sample(question.key_points, k=rng.randint(1, len(question.key_points)))
    result = of_question(scorer, bank, question.id, " ".join(point.text for point in said))
    assert sum(point.share for point in result.points) == pytest.approx(1.0)
    total = sum(point.contribution for point in result.points)
    assert result.value == pytest.approx(max(0.0, min(1.0, total)))
    if result.value >= 0.99:
        assert all(point.covered for point in result.points if point.share > 0.01)


def test_core_points_weigh_more_than_supporting_and_pitfalls(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    question = bank.get("backend-developer/6")
    assert question is not None
    core = [p for p in question.key_points if p.role is Role.CORE]
    others = [p for p in question.key_points if p.role is not Role.CORE]
    assert core and others
    only_core = of_question(scorer, bank, question.id, " ".join(p.text for p in core))
    only_others = of_question(scorer, bank, question.id, " ".join(p.text for p in others))
    assert only_core.value > 0.75 > only_others.value


@pytest.mark.parametrize(
    ("supporting", "core_share"),
    [(1, 0.7), (2, 0.6), (3, 0.5), (6, 0.5)],
)
def test_a_core_point_weighs_three_supporting_ones_and_the_core_half_to_most_of_the_score(
    scorer: KeyPointScorer, supporting: int, core_share: float
) -> None:
    points: list[str | KeyPoint] = [KeyPoint("Define an index.", role=Role.CORE)]
    points += [KeyPoint(f"Practice {n}.", role=Role.SUPPORTING) for n in range(supporting)]
    shown = score(scorer, points, "anything").points
    assert shown[0].share == pytest.approx(core_share)
    assert all(point.share < shown[0].share for point in shown[1:])
    assert sum(point.share for point in shown) == pytest.approx(1.0)


def story_question(bank: QuestionBank) -> Question:
    question = bank.get("backend-developer/18")
    assert question is not None and any(p.role is Role.STORY for p in question.key_points)
    return question


TRUE_STORY = (
    "At my last company I shipped a webhook change that removed our retry limit, and one "
    "evening the queue backed up and partners stopped getting events. I declared the incident, "
    "I rolled the change back within ten minutes and I posted updates every 15 minutes. "
    "As a result deliveries recovered the same night and we lost no events. I wrote a blameless "
    "postmortem and learned to load test retry logic; since then I always add a cap."
)


def test_a_true_story_in_other_words_scores_on_its_shape_not_the_model_storys_words(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    question = story_question(bank)
    result = of_question(scorer, bank, question.id, TRUE_STORY)
    assert result.value >= 0.8
    assert [point.text.split(":")[0] for point in result.points] == [
        "Situation", "Your actions", "Result", "Reflection", "Relevance",
    ]  # fmt: skip
    situation, actions, result_point, reflection, _ = result.points
    assert "I declared" in actions.matched and len(actions.matched) >= 2  # what it was judged on
    assert "recovered" in result_point.matched and "learned" in reflection.matched
    assert situation.matched
    model_words = " ".join(p.text for p in question.key_points if p.role is Role.STORY)
    recited = of_question(scorer, bank, question.id, model_words)
    # the model story's own words earn nothing beyond its shape: a true story in other words
    # scores as well as reciting it (the model story is a whole story, action items and all)
    assert recited.value <= result.value


ACTIONS, RESULT = 1, 2  # the places of "Your actions" and "Result" among a story's points


def story_point(scorer: KeyPointScorer, bank: QuestionBank, answer: str, place: int) -> PointScore:
    return of_question(scorer, bank, story_question(bank).id, answer).points[place]


@pytest.mark.parametrize(
    ("story", "deeds"),
    [
        pytest.param(
            "Last spring I broke the billing export, owned it in the channel, reverted the "
            "deploy and added a replay test; the team approved the fix.",
            ("I broke", "owned", "reverted", "added"),
            id="every deed of one sentence",
        ),
        pytest.param(
            "Last spring the team broke the billing export, and they reverted and fixed it.",
            (),
            id="others' deeds",
        ),
        pytest.param(
            "Last spring I told my lead it was my change, reverted the commit, then showed the "
            "manager and wrote the postmortem.",
            ("I told", "reverted", "showed", "wrote"),
            id="someone named after a deed is what it is done to",
        ),
        pytest.param(
            "Last spring I wrote the fix and my lead approved it and merged it.",
            ("I wrote",),
            id="someone named with a verb of their own acts",
        ),
    ],
)
def test_the_speakers_deeds_count_and_no_one_elses(
    scorer: KeyPointScorer, bank: QuestionBank, story: str, deeds: tuple[str, ...]
) -> None:
    actions = story_point(scorer, bank, story, ACTIONS)
    assert actions.matched == deeds
    assert (actions.status is Status.COVERED) is (len(deeds) >= ACTIONS_IN_FULL)


def test_how_the_speaker_did_it_counts_as_deeds_but_not_when_it_was(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    how = "I cut night pages by auditing every alert, deleting noisy ones and automating fixes."
    assert story_point(scorer, bank, how, ACTIONS).matched == (
        "I cut", "auditing", "deleting", "automating",
    )  # fmt: skip
    when = "I fixed it by morning, during the standup."
    assert story_point(scorer, bank, when, ACTIONS).matched == ("I fixed",)


def test_a_result_in_the_sentence_of_the_deed_counts_but_not_before_the_deed(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    ended = (
        "Last March I rolled back the bad deploy and checkout recovered in 5 minutes. "
        "I learned a lot."
    )
    result = story_point(scorer, bank, ended, RESULT)
    assert "recovered" in result.matched and result.status is Status.COVERED
    setup = "After the team finally shipped the new cache, I was on call. I slept."
    assert story_point(scorer, bank, setup, RESULT).score == 0.0
    lesson = "Last year I broke the export. Since then I always test it."
    assert story_point(scorer, bank, lesson, RESULT).score == 0.0  # a lesson, not an outcome


def test_deeds_after_an_adverb_or_with_the_i_understood_count_and_a_things_do_not(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    story = (
        "In May I once pushed a bad config and the queue backed up. "
        "Reverted it, then paged the owner. Wrote the postmortem."
    )
    actions = story_point(scorer, bank, story, ACTIONS)
    assert actions.matched == ("I pushed", "Reverted", "paged", "Wrote")
    repeated = story_point(scorer, bank, "I fixed it. " * 50, ACTIONS)
    assert repeated.matched == ("I fixed",) and repeated.status is not Status.COVERED


def test_getting_someone_to_act_is_a_deed_and_getting_paged_is_not(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    got = "I got the CTO to fund the fix by showing her the audit results."
    assert story_point(scorer, bank, got, ACTIONS).matched == ("I got", "showing")
    paged = "I got paged at night, got asked to lead and got used to it."
    assert story_point(scorer, bank, paged, ACTIONS).matched == ()


def test_what_the_speaker_learned_or_realised_is_no_deed(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    salad = "I learned that ownership rolls back the flag. I realised the alert owned the release."
    assert story_point(scorer, bank, salad, ACTIONS).matched == ()
    story = "I learned the cause, then rolled back the release."
    assert story_point(scorer, bank, story, ACTIONS).matched == ("rolled",)


def test_a_measure_that_rose_or_fell_by_a_number_in_words_is_a_result_in_full(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    story = (
        "Last spring my release broke the signup form in production; I rewrote it, and "
        "completion rose seven points."
    )
    result = story_point(scorer, bank, story, RESULT)
    assert result.matched == ("rose", "seven") and result.status is Status.COVERED


def test_a_result_told_in_words_alone_falls_short_of_one_with_a_number(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    told = (
        "Once a bad config change I pushed broke our API. I rolled the change back and the API "
        "recovered fairly quickly. Afterwards the alerts stopped."
    )
    measured = told.replace("fairly quickly", "in 4 minutes")
    in_words, with_number = (story_point(scorer, bank, s, RESULT) for s in (told, measured))
    assert in_words.score < with_number.score == 1.0
    assert in_words.status is Status.COVERED  # still a result, only not in full


@pytest.mark.parametrize(
    ("story", "matched"),
    [
        (
            "Last spring our certificate expired in production; I issued a new one and rolled it "
            "out, and the errors cleared after 25 minutes.",
            ("cleared", "25"),
        ),
        (
            "Last spring a deploy of ours broke search; I rolled it back, and errors were back to "
            "baseline nine minutes after the page fired.",
            ("baseline", "nine"),
        ),
    ],
    ids=["cleared", "back to baseline"],
)
def test_errors_that_cleared_are_a_result(
    scorer: KeyPointScorer, bank: QuestionBank, story: str, matched: tuple[str, ...]
) -> None:
    result = story_point(scorer, bank, story, RESULT)
    assert result.matched == matched and result.status is Status.COVERED


@pytest.mark.parametrize(
    "answer",
    [
        "I am responsible and I always own production incidents. Incidents happen; "
        "I value learning and communication.",
        "In 2019 CPython released the GIL while a thread waited on a socket, so our I/O-bound "
        "workers improved by 40% and the incident was resolved.",
    ],
    ids=["claims about oneself", "an explanation with a date and a result"],
)
def test_without_a_deed_there_is_no_story_to_set_end_learn_from_or_fit_the_question(
    scorer: KeyPointScorer, bank: QuestionBank, answer: str
) -> None:
    result = of_question(scorer, bank, story_question(bank).id, answer)
    assert [point.score for point in result.points] == [0.0] * 5
    assert result.value == 0.0


def test_what_i_did_was_a_deed_in_the_plain_form(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    story = "In May we got paged all night. The first thing I did was export a week of pages."
    assert story_point(scorer, bank, story, ACTIONS).matched == ("I did export",)


@pytest.mark.parametrize(
    "answer",
    [
        "Say node A and node C are both in range of B but not of each other. A is sending to B; "
        "C cannot hear A and senses the medium as free, so C also sends to B. A and C collide "
        "at B and neither notices.",
        "When the IS team and the OR team both send to B while the IT team listens, the two "
        "signals collide at B because each sender is out of the other's range.",
        "The like counter node and the id node both send to B with a per-node timer, which is "
        "a well-known trap: the signals collide at B, out of each other's range.",
    ],
    ids=["nodes named A", "teams named in capitals", "the like counter, a per-node timer"],
)
def test_a_name_that_looks_like_an_article_is_no_sign_of_shuffled_words(
    scorer: KeyPointScorer, answer: str
) -> None:
    point = (
        "Hidden terminals: two nodes out of each other's range both send to a node between "
        "them, and their signals collide there."
    )
    result = scorer.score(
        question="Name a challenge of mobile routing.", key_points=[point], answer=answer
    )
    assert result.notes == ()
    assert result.value >= 0.6


@pytest.mark.parametrize(
    ("answer", "jumbled"),
    [
        (
            "Such reflect The load on pod such a removes An nodes Use scaling the between CPU or "
            "a for and time when HPA for Autoscaler Horizontal to requests and Cluster with as "
            "the scheduled requests utilisation HPA take Horizontal which requests CPU Set HPA",
            True,
        ),
        (
            "The Horizontal Pod Autoscaler changes the replica count from CPU utilisation "
            "measured against the pods' requests, as The Kubernetes Book puts it, so set "
            "accurate requests and scale on a metric that tracks load.",
            False,
        ),
        (
            "Horizontal requests the scaling Pod. CPU utilisation measured a. Autoscaler set "
            "the, replica count load an. Accurate metric tracks the.",
            True,
        ),
        (
            "Set the (per-pod) CPU requests accurately: the HPA measures utilisation against "
            "them and changes the replica count on a metric that tracks load.",
            False,
        ),
        (
            "HPA and or requests with with utilisation for of CPU and but pods to to scale "
            "replica count from for load metric tracks with on Autoscaler Horizontal Pod",
            True,
        ),
        (
            "The HPA scales on CPU and/or a custom metric, with or without KEDA: as of 1.23 its "
            "v2 API is stable, and pods scale in and out with load against their requests.",
            False,
        ),
        (
            "requests pods scale their with load metric utilisation the HPA on CPU measures "
            "against replica tracks an count set accurate requests to Horizontal Pod Autoscaler "
            "changes the cluster nodes when pods cannot be scheduled",
            True,
        ),
        (
            "the hpa scales our pods on cpu against their requests so i keep an eye on a unique "
            "metric per service and an svg chart of the replica count while the cluster "
            "autoscaler adds nodes when pods cannot be scheduled",
            False,
        ),
        (
            "requests pods scale When load metric utilisation the HPA on CPU measures against "
            "replica tracks If count set accurate requests to Horizontal Pod Autoscaler changes "
            "the cluster nodes So pods cannot be scheduled",
            True,
        ),
        (
            "The HPA scales pods on CPU against their requests and I set them with the Keep It "
            "Simple rule while the Cluster Autoscaler adds nodes when pods cannot be scheduled "
            "and a metric that tracks load drives the replica count",
            False,
        ),
    ],
    ids=[
        "sentence openers shuffled in",
        "a title",
        "articles ending fragments",
        "an aside",
        "conjunctions and prepositions side by side",
        "and/or, with or without, as of, in and out",
        "run on: a possessive before a grammatical word, 'an' before a consonant",
        "run on: 'an' before a letter's name, 'a' before 'unique'",
        "run on: sentence openers shuffled in",
        "run on: a name written with capitals",
    ],
)
def test_an_article_out_of_place_is_a_sign_of_shuffled_words(
    scorer: KeyPointScorer, bank: QuestionBank, answer: str, jumbled: bool
) -> None:
    result = of_question(scorer, bank, "devops-sre/12", answer)
    assert (JUMBLE_NOTE in result.notes) is jumbled
    assert (result.value < 0.3) is jumbled


# the testing question's key points, their words shuffled across them
JUMBLED_TESTING = (
    "with implementation request do tests fast components state, logic Run and hooks and "
    "of block refactor. with so and a Tests: slow visible tests End-to-End form on keeps "
    "in whole login on bug as formatters, Worker, snapshots every Vitest internal with "
    "while that passing reducers the Cypress a internal live end-to-end than so the "
    "network ignored. and handful missing with every what many finding most Cover user as"
    " Start labels and break on as and Testing uses Playwright or the unit validators, "
    "Mock asserting get in critical after chasing API. such rather flaky tests checkout, "
    "on not build which through on fixed fail. fills regression instead features details,"
    " such role an pure merging for a refactor pull they class percentage. or A the error"
    " sign-up, with Component that component when a real message checks sleeps, a such "
    "journeys, tests Writing with at or Jest. it bugs. break so a depend Test its login "
    "test and fixed, boundary and add often appears, them, the every Testing in is names "
    "against Library way pages, Cover elements of Unit coverage state. the custom Service"
    " by Tests: become Mock label a deployed tests component of Tests: test CI."
)


def test_slips_of_grammar_never_raise_what_a_jumble_keeps(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """Words told shuffled by their grammar keep at most what a shuffle keeps: a jumble that
    already keeps less gains nothing by three more slips ("the of", "a and", "the with")."""
    slipped = (
        JUMBLED_TESTING.replace("with implementation", "with the of implementation", 1)
        .replace("Run and hooks", "Run a and hooks", 1)
        .replace("with so and", "with the with so and", 1)
    )
    jumbled = of_question(scorer, bank, "frontend-developer/16", JUMBLED_TESTING).value
    assert jumbled < 0.1
    assert of_question(scorer, bank, "frontend-developer/16", slipped).value <= jumbled


def test_a_story_shuffled_out_of_its_sentences_is_no_story(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    words = TRUE_STORY.split()
    random.Random(7).shuffle(words)
    shuffled = of_question(scorer, bank, story_question(bank).id, " ".join(words))
    assert shuffled.value < 0.2
    assert any("jumbled" in note for note in shuffled.notes)


def test_the_model_storys_words_recombined_into_new_clauses_are_no_story(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    salad = (
        "I took the order history endpoint into the incident channel, so the feature flag "
        "declared a timeline on the slow query log. The rollback posted the missing index every "
        "15 minutes while the p99 latency alert wrote the root cause behind evening traffic. "
        "Checkout recovered the blameless postmortem into the code review, and the load tests "
        "redeployed the query plan checks as action items. Afterwards I mitigated the database "
        "by debugging the status updates in production."
    )
    result = of_question(scorer, bank, story_question(bank).id, salad)
    assert result.value < 0.4
    assert result.notes == (JUMBLE_NOTE,)
    told = of_question(scorer, bank, story_question(bank).id, TRUE_STORY)
    assert told.value >= 0.8 and told.notes == ()  # the same kind of story, in its own words


def test_a_salad_of_a_three_part_story_whose_action_holds_most_words_is_no_story(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """The seed's Context / Action / Outcome: most of a clause's terms fall on the Action by
    chance, so keeping to one part must mean more than that."""
    question = "backend-developer/4"  # "... work with a difficult team member ..."
    salad = (
        "The difficult team member missed the one-on-one conversation, so I adjusted his "
        "strengths into deadlines and offered the project some assistance. Because "
        "collaboration consistently affected the progress, the challenges suggested better "
        "responsibilities to the timely delivery. I initiated the team by understanding the "
        "missed deadline as a strength, and the improved project handled the difficulty by "
        "fitting into the conversation."
    )
    result = of_question(scorer, bank, question, salad)
    assert result.value < 0.5 and result.notes == (JUMBLE_NOTE,)
    told = (
        "At my last job a senior engineer's code reviews were brutal and blocked two juniors "
        "for days. I asked him for a coffee, learned he feared another incident, and we moved "
        "style rules into a linter and set up weekly pairing. Within two months reviews took a "
        "day instead of four. I learned to ask what is behind someone's behaviour."
    )
    assert JUMBLE_NOTE not in of_question(scorer, bank, question, told).notes


def test_a_changed_habit_is_reflection_and_another_form_of_the_questions_words_is_on_topic(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    question = bank.get("devops-sre/17")  # "... a release you thought was too risky ..."
    assert question is not None
    story = (
        "In 2023 I stopped a risk-heavy schema change on release day: I showed the lock times "
        "and we shipped it a week later with zero downtime, and now I ask for a dry run first."
    )
    result = of_question(scorer, bank, question.id, story)
    reflection, relevance = result.points[3], result.points[4]
    assert reflection.matched == ("and now",)
    assert "risk" in relevance.matched
    since = story.replace("and now I ask", "I've since asked")
    assert of_question(scorer, bank, question.id, since).points[3].matched == ("i since",)
    stuck = story.replace("and now I ask", "what stuck with me: ask")
    assert of_question(scorer, bank, question.id, stuck).points[3].matched == ("stuck with me",)
    took = story.replace("and now I ask", "what I took from it: ask")
    assert of_question(scorer, bank, question.id, took).points[3].matched == ("took from",)
    rule = story.replace("and now I ask", "I made it a rule to ask")
    assert of_question(scorer, bank, question.id, rule).points[3].matched == ("made it a rule",)
    again = story.replace("and now I ask", "I'd do it differently: I'd ask")
    assert of_question(scorer, bank, question.id, again).points[3].matched == ("do it differently",)
    lasting = story.replace("and now I ask", "the lasting change is in how I plan: I ask")
    assert of_question(scorer, bank, question.id, lasting).points[3].matched == ("lasting change",)
    how = story.replace("and now I ask", "the change was in how we plan: we ask")
    assert of_question(scorer, bank, question.id, how).points[3].matched == (
        "change was in how we",
    )
    item = story.replace("and now I ask", "a dry run is now a standing item on our checklist:")
    assert of_question(scorer, bank, question.id, item).points[3].matched == (
        "now a standing item on",
    )
    listed = story.replace("and now I ask", "I added a dry run to my release checklist and ask")
    assert of_question(scorer, bank, question.id, listed).points[3].matched == (
        "to my release checklist",
    )
    taken_up = story.replace("and now I ask", "a dry-run checklist the whole team now uses asks")
    assert of_question(scorer, bank, question.id, taken_up).points[3].matched == ("team now uses",)
    changed = story.replace("and now I ask", "what I changed in my practice: I ask")
    assert of_question(scorer, bank, question.id, changed).points[3].matched == (
        "what i changed in",
    )
    undone = story.replace("and now I ask", "I reverted what I changed and I ask")
    assert of_question(scorer, bank, question.id, undone).points[3].score == 0.0
    every = story.replace(", and now I ask for", ". Now every change I plan starts with")
    assert of_question(scorer, bank, question.id, every).points[3].matched == ("now every",)
    held = story.replace(", and now I ask for a dry run first", ". It hasn't recurred in a year")
    assert of_question(scorer, bank, question.id, held).points[3].score == 1.0
    owned = story.replace("and now I ask for", "we shipped two fixes, each with an owner, and")
    assert of_question(scorer, bank, question.id, owned).points[3].matched == (
        "each with an owner",
    )
    # a deed done another way is no lesson
    split = story.replace("and now I ask", "we split the tickets differently and asked")
    assert of_question(scorer, bank, question.id, split).points[3].score == 0.0


@pytest.mark.parametrize(
    "answer",
    [
        "communication, ownership, postmortem, rollback, stakeholders",
        "An index is a B-tree that lets the database find rows without scanning the table.",
        "It was QA's fault, so I blamed the tester and quietly hot-fixed it without telling "
        "anyone; in the end the incident closed.",
        "Last week the cache fell over and we restarted it. In the postmortem we found out it "
        "was Priya's change, so she had to fix it and it recovered.",
        "The team kept resisting the new queue, so I went to the VP, got it approved over "
        "their heads and I replaced the old system in one release; it worked in the end.",
        "Last March a junior engineer pushed a bad config and took checkout down for an hour. "
        "I waited for the person who caused it to fix it, then I wrote the postmortem with "
        "human error as the root cause; checkout recovered and I learned to review configs.",
        "Checkout went down after my deploy. I rolled it back and it recovered, and we didn't "
        "update stakeholders until it was over, since partial news only causes panic.",
    ],
    ids=[
        "competency keywords",
        "a technical explanation",
        "blaming others",
        "naming a culprit",
        "going over the team's heads",
        "waiting for the culprit",
        "keeping stakeholders in the dark",
    ],
)
def test_what_is_not_a_good_story_scores_low(
    scorer: KeyPointScorer, bank: QuestionBank, answer: str
) -> None:
    assert of_question(scorer, bank, story_question(bank).id, answer).value < 0.4


@pytest.mark.parametrize(
    "red_flag",
    [
        "Cleaning up the partners' data was not my responsibility, though.",
        "Looking back, I wouldn't change anything.",
        "I don't think I'd change much about my approach; you can't predict everything.",
        "It got slow, but that one was on them: product never told us about the volume.",
        "I didn't make a big deal of it in standup, since it settled down.",
        "I don't think there was much to learn from it.",
        "The release slipped, but that's on her for handing over unfinished designs.",
        "The real problem was the QA team.",
        "Honestly, the partner engineers were lazy.",
        "After that I went to the CTO directly whenever the team disagreed.",
        "So I went to the VP of engineering directly, and she made it a goal.",
        "The team raised concerns about operations, which I saw as resistance to change.",
        "They asked about rollback, but honestly that was just resistance to change.",
        "The partner team found out at the demo.",
        "The bug that came later was a backend problem, not my code.",
        "The real issue was that the ops team had given us too few servers.",
        "Nothing needed to change on our side.",
        "I merged it before the reviewer could block it.",
        "In the thread I explained why he was wrong.",
        "We didn't update the status page until it was fixed.",
        "When that didn't help, I quietly rewrote his part myself.",
        "I called him out in front of the whole team at standup.",
        "I fixed it behind his back.",
        "I changed the design and didn't mention it to her.",
        "I asked my manager to assign a different reviewer.",
        "Some people just aren't team players.",
        "It wasn't really my fault: the spec changed.",
        "I kept it to myself until it was fixed.",
        "I didn't raise it with my manager.",
        "Since it was resolved, I skipped the postmortem.",
        "The lesson is to fix it quietly and move on.",
        "Designers often don't understand implementation details.",
        "My version was objectively better.",
        "Most of his comments were nitpicking.",
        "Developers should have the final word on the UI.",
        "I asked my manager to override the review.",
        "Being paged at night is what they signed up for.",
        "On-call is just part of the job.",
        "I didn't open a channel or send updates while I worked.",
        "I left the alert out of the report because it would have looked bad.",
        "It was a one-off, so we didn't need any action items.",
        "The on-call engineer obviously didn't know what he was doing.",
        "Engineers understand performance better than PMs.",
        "I didn't bother asking, since planning meetings are slow.",
        "I told her reliability is our call, not hers.",
        "I spent three weeks quietly rewriting the frontend on a branch.",
        "The lesson: sometimes you have to ignore the roadmap.",
        "I put it first, skipping my assigned tickets for a while.",
        "In the postmortem everyone learned it was his commit.",
        "We skipped action items since the cause was found.",
        "We posted no status updates, and customers found out on social media.",
        "I didn't see the point of declaring an incident for it.",
        "Honestly, the outage people pin on me wasn't really mine.",
        "It slipped, but that was really their planning failure.",
        "QA signed off, so I see it as a process failure on their side.",
        "The DBA should have noticed the query had no index.",
        "I can't think of a decision of mine that was actually wrong.",
        "I didn't want to cause panic, so I didn't announce anything.",
        "We didn't do a postmortem, since everyone knew what happened.",
        "I didn't see the point of debating it with the designer.",
        "I haven't really changed how I handle reviews since.",
        "I asked a friend from another team to review it instead.",
        "Developers know better what's feasible in the browser.",
        "So I went straight to our manager about him.",
        "I didn't talk to him directly, because that just turns into excuses.",
        "I didn't bother declaring an incident; it invites managers into the channel.",
        "We didn't post on the status page, because customers panic.",
        "We didn't assign owners to the action items.",
        "I wouldn't say I've really got a design wrong.",
        "When he still didn't improve, I quietly took his tickets myself.",
        "He said it was fine, so we merged it anyway.",
        "He said it was fine and I merged it anyway.",
        "I didn't declare a formal incident; more people only make noise.",
        "We didn't assign action items, since everyone understood the lesson.",
        "Then we removed his production access so it couldn't happen again.",
        "I skipped status updates, since management just wants it fixed.",
        "Later I skipped design reviews entirely, which kept things moving.",
        "I explained that developers understand the platform better.",
        "Contrast ratios are guidelines, so I didn't bother running a checker.",
        "I told the team that this is just part of working in SRE.",
        "I didn't bother with a long debate and told the PM what we would do.",
        "When they hesitated, I started the rewrite on a branch anyway.",
        "We didn't need further action items, since it was one person's mistake.",
        "I didn't open an incident channel, because people only ask questions.",
        "I recommended that the platform team lose direct deploy access.",
        "I wrote a short postmortem naming the engineer and the change.",
        "When he kept pushing, I asked another engineer to approve it instead.",
        "Some reviewers are just very particular.",
        "I asked my manager to overrule him.",
        "He was clearly nitpicking to slow me down.",
        "I held off on status page updates until it was fixed.",
        "In the postmortem we established who pushed the change.",
        "I made sure it went into his performance review.",
        "He was on leave, so I rewrote his module without telling him.",
        "He asked for a review, ignored it and merged, so I reverted it without telling him.",
        "Honestly, I struggle to think of a design decision I truly got wrong.",
        "Honestly, I can't think of a design decision I really got wrong.",
        "Latency went up, but that was really a requirements failure on their side.",
        "The queue backed up, but it wasn't my design that failed.",
        "When the alerts fired I kept it within my own team.",
        "There was no need to make it a big deal.",
        "We never did a retrospective.",
        "If anything, the lesson for me was that other teams need to communicate better.",
        "I didn't see the point of formal roles, so I worked the problem solo.",
        "In the postmortem I made it clear who had merged the bad config.",
        "We took his production deploy rights away for a month.",
        "I skipped status page updates because customers panic.",
        "First I sat down with the logs, working out whose fault it was.",
        "Honestly, I don't think I've had a design decision that was really wrong.",
        "Checkout slowed down, but the real problem was on their side.",
        "Honestly, it was their estimate that was off.",
        "Traffic went back to normal, so we didn't need to change anything in the design.",
        "I told the PM that engineering should have the final say on the UI.",
        "Arguing takes time, so I just built it the way I knew was right.",
        "I can't really think of a design decision I got wrong.",
        "The cluster fell over, but not because of my architecture.",
        "The issues we hit were mostly on them.",
        "Honestly, admitting mistakes in design reviews just weakens your position.",
    ],
    ids=[
        "disowning the problem",
        "nothing to change",
        "not much to change",
        "that one on them",
        "played down in standup",
        "nothing to learn",
        "it is on her",
        "blaming another team",
        "contempt",
        "going over people's heads",
        "going over people's heads to someone of a department",
        "people's concerns judged as reluctance",
        "people's questions judged as reluctance",
        "surprising people",
        "disowning the code",
        "blaming a team for the cause",
        "nothing needed to change",
        "merging around a reviewer",
        "proving someone wrong",
        "keeping users in the dark",
        "hiding, after a negation in the clause before",
        "shaming someone in public",
        "going behind someone's back",
        "not telling the person concerned",
        "shopping for a reviewer",
        "contempt for colleagues",
        "disowning the problem, softened",
        "keeping it to yourself",
        "not raising it",
        "skipping the postmortem",
        "fixing it quietly",
        "belittling a role",
        "only yourself right",
        "belittling feedback",
        "the final word",
        "overriding a review",
        "what they signed up for",
        "toughing it out",
        "no updates",
        "hiding what looks bad",
        "nothing to follow up",
        "contempt for a colleague",
        "belittling a role's judgement",
        "not asking anyone",
        "taking the call from its owner",
        "work done out of sight",
        "ignoring the agreed plan",
        "dropping the assigned work",
        "naming the culprit",
        "no follow-up",
        "no updates at all",
        "no incident declared",
        "disowning it, with mine",
        "a lapse of theirs",
        "a lapse on their side",
        "someone else should have noticed",
        "never wrong",
        "nothing announced",
        "no postmortem held",
        "no point in talking it over",
        "nothing changed since",
        "a friend's approval",
        "knowing better than the designer",
        "straight to the manager",
        "not facing the person",
        "no incident declared, by choice",
        "customers kept in the dark",
        "no owners",
        "never wrong, said softly",
        "taking the work over quietly",
        "going ahead after a clause about someone else",
        "going ahead in a clause about someone else",
        "no formal incident declared",
        "no action items",
        "punishing the person",
        "no status updates, by choice",
        "no reviews, by choice",
        "knowing the platform better",
        "not running a check",
        "toughing it out, in other words",
        "no talking it over",
        "going ahead over doubts",
        "one person's mistake",
        "no incident opened",
        "taking access away",
        "naming the person in the postmortem",
        "another approver instead",
        "belittling reviewers",
        "a reviewer overruled from above",
        "a reviewer called a nitpicker",
        "updates withheld",
        "the person hunted",
        "the person punished",
        "done in secret while another is away",
        "done in secret after another's list",
        "nothing wrong, a struggle to think of",
        "nothing wrong, none to think of",
        "a requirements failure, theirs",
        "not my design",
        "kept within the team",
        "played down",
        "no retrospective",
        "a lesson for others, as mine",
        "no point in roles",
        "the person pointed out",
        "rights taken away",
        "no status page updates",
        "whose fault it was, looked into first",
        "never wrong, said as a belief",
        "the real problem on their side",
        "their estimate to blame",
        "nothing to change, needed",
        "the final say, engineering's",
        "going ahead the speaker's own way",
        "nothing wrong, none to think of, hedged",
        "not my architecture",
        "the issues mostly on them",
        "owning a mistake seen as weakness",
    ],
)
def test_a_good_story_with_a_red_flag_scores_low(
    scorer: KeyPointScorer, bank: QuestionBank, red_flag: str
) -> None:
    result = of_question(scorer, bank, story_question(bank).id, f"{TRUE_STORY} {red_flag}")
    [note] = result.notes
    assert RED_FLAG_READS in note
    assert result.value < 0.4


@pytest.mark.parametrize(
    "said",
    [
        "I didn't raise it until I had the traces to show.",
        "Paging is part of the job, but twenty pages a night is not.",
        "Rather than override the review, I asked for a call.",
        "We never skipped the postmortem.",
        "I realised I was nitpicking in my own reviews.",
        "I never ignored the roadmap; I asked to change it.",
        "I quietly asked him for a coffee and listened.",
        "A library upgrade had quietly changed the default timeout.",
        "The vendor ignored our feedback, so I escalated to their account manager.",
        "They hadn't bothered to test the migration, so I wrote the missing tests.",
        "The vendor posted no updates, so I wrote to their support every hour.",
        "They didn't see the point of declaring an incident, so I declared one myself.",
        "I talked to the product manager directly instead of arguing in a big channel.",
        "There was some resistance to change, so I ran a two-week pilot first.",
        "The root cause was a disk failure on their side, so I added a fallback.",
        "Their network failure took the region down, so we failed over.",
        "It wasn't their fault; the spec was mine.",
        "I should have noticed the missing index myself.",
        "I ran the migration under their oversight, with the DBA on the call.",
        "We didn't have a postmortem template, so I wrote one and ran the first review.",
        "I didn't declare it an incident until the error rate crossed our threshold.",
        "The monitoring should have flagged it, so I added a p99 latency alert.",
        "What I ignored was the skew in the data, and that one is on me.",
        "We had an engineer who would rewrite merged code, without telling anyone.",
        "I pushed back, but the PM released it anyway, so I stayed on call for it.",
        "I didn't declare an incident until the error rate crossed our threshold.",
        "I asked another engineer to review it too, as a second pair of eyes.",
        "It was my mistake, not one person's mistake on the other team.",
        "We didn't open an incident until the error rate crossed our threshold.",
        "Customers lost access for twenty minutes, so I rolled the release back.",
        "She was very particular about accessibility, and she was right.",
        "At the end I named the person who owns each action item.",
        "Rather than ask my manager to overrule him, I asked for a call.",
        "I worried I was nitpicking, so I asked first.",
        "We found who shipped the fix fastest and thanked them.",
        "He blocked pull requests with one-line comments, rewrote our code over the weekend "
        "without telling us, and argued every estimate.",
        "It stopped happening, and I think that is because nobody was blamed.",
        "It wasn't my decision, but I owned the rollout and its fixes.",
        "I didn't want to make it a big deal in front of everyone, so I asked him privately.",
        "It was on the platform team's roadmap, so I offered to help.",
        "First I got checkout healthy again, not working out whose fault it was.",
        "We didn't need to change anything in the schema, only the config.",
        "I didn't want to just build it my way, so I asked her for a call.",
        "People change their minds for evidence, and never because you went over their heads.",
        "Admitting mistakes early made the review go faster.",
        "I've seen developers either quietly 'fix' designs in code or argue for days in Jira.",
        "Instead of complaining in the team channel or going straight to our manager, I asked "
        "him for a coffee.",
        "He left blunt, sometimes sarcastic comments, blocked pull requests for days, and twice "
        "rewrote a junior's code on his own branch without telling them.",
        "Going straight to the manager felt like the wrong first step, so I asked him for a "
        "coffee.",
        "I thanked him for speaking up; blaming them only teaches the next person to stay quiet.",
    ],
    ids=[
        "until there was evidence",
        "a but",
        "turned down",
        "never skipped",
        "own nitpicking",
        "never ignored",
        "a quiet word",
        "something else changed quietly",
        "others ignoring feedback",
        "others not bothering",
        "others sending no updates",
        "others seeing no point",
        "talking with the PM directly",
        "reluctance met with a pilot",
        "a vendor's outage",
        "a vendor's failure",
        "not their fault",
        "what I should have noticed",
        "under their oversight",
        "no template yet",
        "declared once it crossed a threshold",
        "what a tool should have flagged",
        "owning an oversight",
        "what someone else did",
        "someone else going ahead anyway",
        "an incident declared once it crossed a threshold",
        "a second reviewer, not another one instead",
        "owning the mistake",
        "an incident opened once it crossed a threshold",
        "access lost by customers",
        "particular, and right",
        "owners named",
        "an overruling turned down",
        "the speaker's own worry of nitpicking",
        "who shipped a fix, thanked",
        "what another did, listed after them",
        "nobody blamed",
        "not my decision, but owned",
        "kept from being a show",
        "on a team's roadmap",
        "whose fault it was, not looked into first",
        "nothing to change but the config",
        "the speaker's own way, turned down",
        "going over heads, as no reason",
        "admitting mistakes, to good effect",
        "what others were seen to do quietly",
        "two ways set aside, one of them over a head",
        "what another did, listed after them past a clause of no verb",
        "going over a head, judged the wrong step",
        "what blaming someone does, said against it",
    ],
)
def test_what_only_sounds_like_a_red_flag_is_none(
    scorer: KeyPointScorer, bank: QuestionBank, said: str
) -> None:
    assert of_question(scorer, bank, story_question(bank).id, f"{TRUE_STORY} {said}").notes == ()


def test_lazy_loading_is_no_contempt_for_people(scorer: KeyPointScorer, bank: QuestionBank) -> None:
    story = f"{TRUE_STORY} I also lazy-loaded the images and dropped two useless scripts."
    assert of_question(scorer, bank, story_question(bank).id, story).notes == ()


def test_a_lesson_in_words_that_look_like_silence_is_no_red_flag(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    lesson = f"{TRUE_STORY} What I learned: show, don't tell; the video convinced them."
    result = of_question(scorer, bank, story_question(bank).id, lesson)
    assert result.notes == ()


@pytest.mark.parametrize(
    "deed",
    [
        "Two juniors stopped asking for reviews, so I added a second reviewer to share the load.",
        "The other team stopped talking to us, so I set up a weekly sync with their lead.",
    ],
)
def test_what_others_stopped_and_a_reviewer_added_are_no_red_flag(
    scorer: KeyPointScorer, bank: QuestionBank, deed: str
) -> None:
    result = of_question(scorer, bank, story_question(bank).id, f"{TRUE_STORY} {deed}")
    assert result.notes == ()
    assert result.value >= 0.8


def test_a_red_flag_note_quotes_the_words_as_typed(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    story = f"{TRUE_STORY} I didn't bother to ask the team before I shipped it."
    [note] = of_question(scorer, bank, story_question(bank).id, story).notes
    assert note.startswith("_“I didn't bother to ask” reads as blaming others")


def test_a_told_story_of_a_difficult_colleague_scores_as_a_story(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    story = (
        "On my last team a senior engineer kept rejecting pull requests with harsh one-line "
        "comments, and two juniors stopped asking for reviews. As the tech lead I had to get "
        "reviews flowing again without losing his expertise. I asked him for a private "
        "one-on-one, listened first, and learned he felt overloaded because he was the only "
        "reviewer for the payments code. I described the impact of the comments without "
        "blaming him, we agreed on a review checklist, and I added a second reviewer to share "
        "the load. Review time dropped from three days to one, the juniors started submitting "
        "again, and he later ran a workshop on payments code. I learned to assume good intent "
        "and address the behaviour, not the person."
    )
    result = of_question(scorer, bank, "backend-developer/4", story)
    assert result.notes == ()
    assert result.value >= 0.8


@pytest.mark.parametrize(
    "turned_down",
    [
        "Instead of quietly patching it",
        "Rather than hide it",
        "I didn't want to call him out in front of everyone, so",
        "Instead of arguing with her in front of everyone",
    ],
)
def test_a_red_flag_the_speaker_turned_down_is_no_red_flag(
    scorer: KeyPointScorer, bank: QuestionBank, turned_down: str
) -> None:
    story = TRUE_STORY.replace("I declared the incident", f"{turned_down}, I declared the incident")
    result = of_question(scorer, bank, story_question(bank).id, story)
    assert result.notes == ()
    assert result.value >= 0.8


def test_a_bare_term_is_on_point_but_covers_less_than_a_gist(scorer: KeyPointScorer) -> None:
    point = "Testing influences the coding stage and the solution refinement stage."
    question = "What stages does testing influence?"
    scored = [
        scorer.score(question=question, key_points=[point], answer=answer).points[0]
        for answer in ("coding", "It feeds back into the coding stage and the solution's design.")
    ]
    term, gist = scored
    assert term.status is Status.PARTLY and gist.status is Status.COVERED
    assert 0.0 < term.score < gist.score


def test_a_gist_restating_the_question_loses_nothing_and_a_mention_alone_covers_nothing(
    scorer: KeyPointScorer,
) -> None:
    points = [
        "Read Committed: each statement sees only committed data, which prevents dirty reads "
        "but allows non-repeatable reads and phantoms.",
        "Serializable: the outcome is as if transactions ran one at a time, which prevents "
        "write skew; expect serialization failures and retry them.",
    ]
    question = "What anomalies do the isolation levels prevent?"
    gist = "Dirty reads stop at read committed, write skew at serializable."
    restated = f"The isolation levels prevent anomalies: {gist[0].lower()}{gist[1:]}"
    plain, topical = (
        scorer.score(question=question, key_points=points, answer=answer)
        for answer in (gist, restated)
    )
    assert topical.value == pytest.approx(plain.value, abs=0.01)
    assert all(point.status is Status.PARTLY for point in (*plain.points, *topical.points))


def test_a_correct_one_line_gist_earns_a_fair_middle(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    gist = of_question(
        scorer,
        bank,
        "backend-developer/3",
        "Run EXPLAIN to find the slow part, add an index on the filtered columns and cache "
        "hot data.",
    )
    off_topic = of_question(
        scorer, bank, "backend-developer/3", "I enjoy hiking in the mountains with my dog."
    )
    assert 0.3 <= gist.value < 0.9
    assert off_topic.value == 0.0


SLOW_QUERY = "How would you speed up a slow SQL query?"
SLOW_QUERY_POINTS = [
    KeyPoint("Run EXPLAIN ANALYZE to find where the query spends its time.", role=Role.CORE),
    KeyPoint("Add an index on the columns in the WHERE clause and the joins.", role=Role.CORE),
    KeyPoint("Rewrite the query to select only the columns it needs.", role=Role.SUPPORTING),
    KeyPoint("Cache the results of hot queries in Redis with a TTL.", role=Role.SUPPORTING),
    KeyPoint("Load test before and after the change to prove it helped.", role=Role.SUPPORTING),
    KeyPoint("Adding an index on every column, which slows down every write.", role=Role.PITFALL),
]
SLOW_QUERY_GIST = "Profile it with EXPLAIN ANALYZE, then index what the slow part filters on."


def slow_query(scorer: KeyPointScorer, answer: str) -> Score:
    return scorer.score(question=SLOW_QUERY, key_points=SLOW_QUERY_POINTS, answer=answer)


def core_part(result: Score) -> float:
    return sum(point.share for point in result.points if point.role is Role.CORE)


def test_an_answer_stating_the_core_is_judged_mostly_on_the_core_points(
    scorer: KeyPointScorer,
) -> None:
    result = slow_query(scorer, SLOW_QUERY_GIST)
    assert result.value >= 0.5
    assert core_part(result) == pytest.approx(CORE_HEAVY_PART)
    assert core_part(slow_query(scorer, "")) < CORE_HEAVY_PART  # what it is otherwise
    assert sum(point.share for point in result.points) == pytest.approx(1.0)
    assert result.value == pytest.approx(sum(point.contribution for point in result.points))
    assert any("Judged mostly on what the answer must say" in note for note in result.notes)


@pytest.mark.parametrize(
    "answer",
    [
        SLOW_QUERY_GIST,
        "Run EXPLAIN ANALYZE to see where the query spends its time, then cache the results of "
        "the hot queries in Redis with a TTL.",
        "Profile it with EXPLAIN ANALYZE and rewrite the query to select only the columns it "
        "needs, then cache hot query results in Redis with a TTL.",
    ],
    ids=["the core alone", "the core and a practice", "the core and two practices"],
)
def test_the_note_on_the_core_says_what_it_carries_once_the_best_points_are_raised(
    scorer: KeyPointScorer, answer: str
) -> None:
    result = slow_query(scorer, answer)
    said = [note for note in result.notes if "Judged mostly on what the answer must say" in note]
    assert len(said) == 1
    assert f"those points carry {round(core_part(result) * 100)}% here" in said[0]
    assert core_part(result) > 0.5
    assert sum(point.share for point in result.points) == pytest.approx(1.0)
    assert result.value == pytest.approx(sum(point.contribution for point in result.points))


def test_sharing_the_score_anew_lifts_a_partial_answer_only_so_far(
    scorer: KeyPointScorer,
) -> None:
    """Kindness keeps an answer that says the core well from being held back by what it
    leaves out; it does not make it as good as one that says everything."""
    core = (
        "Run EXPLAIN ANALYZE to find where the query spends its time, then add an index on the "
        "columns in the WHERE clause and the joins."
    )
    result = slow_query(
        scorer, f"{core} Also rewrite the query to select only the columns it needs."
    )
    assert all(p.status is Status.COVERED for p in result.points if p.role is Role.CORE)
    shares = [point.share for point in slow_query(scorer, "").points]  # the usual ones
    usual = sum(p.score * share for p, share in zip(result.points, shares, strict=True))
    limit = KIND_UP_TO - KIND_KEEPS_ORDER * (KIND_UP_TO - usual)
    assert usual < result.value == pytest.approx(limit)
    assert result.value == pytest.approx(sum(point.contribution for point in result.points))
    assert sum(point.share for point in result.points) == pytest.approx(1.0)
    everything = (
        f"{core} Rewrite the query to select only the columns it needs, cache the results of hot "
        "queries in Redis with a TTL, and load test before and after the change to prove it "
        "helped, rather than adding an index on every column, which slows down every write."
    )
    assert slow_query(scorer, everything).value > KIND_UP_TO


def test_of_two_answers_lifted_as_far_as_kindness_goes_the_fuller_one_stays_ahead(
    scorer: KeyPointScorer,
) -> None:
    """Sharing anew lifts both toward KIND_UP_TO; it does not tie an answer that says one
    more practice with the one that says fewer, not even to the three decimals `grade` prints."""
    core = (
        "Run EXPLAIN ANALYZE to find where the query spends its time, then add an index on the "
        "columns in the WHERE clause and the joins."
    )
    one = slow_query(scorer, f"{core} Also select only the columns it needs.").value
    two = slow_query(
        scorer, f"{core} Also select only the columns it needs, and cache hot results in Redis."
    ).value
    assert KIND_UP_TO - KIND_KEEPS_ORDER < one < two < KIND_UP_TO
    assert round(two, 3) > round(one, 3)


def test_an_answer_of_supporting_points_alone_is_not_judged_mostly_on_the_core(
    scorer: KeyPointScorer,
) -> None:
    result = slow_query(scorer, "Select only the columns you need and cache hot results in Redis.")
    assert result.value > 0.0
    assert core_part(result) <= core_part(slow_query(scorer, ""))
    assert not any("Judged mostly on what the answer must say" in note for note in result.notes)


def test_the_points_a_partial_answer_covers_best_count_at_least_as_much_as_any_other(
    scorer: KeyPointScorer,
) -> None:
    """A correct answer on two supporting points is not held back by the core it leaves out:
    each of them carries at least an equal share of the score (pitfalls aside), and the
    headline is still the sum of the points shown."""
    result = slow_query(
        scorer,
        "Rewrite the query so it selects only the columns it actually needs, and cache the "
        "results of the hottest queries in Redis with a short TTL.",
    )
    covered = [p for p in result.points if p.status is Status.COVERED]
    assert [p.role for p in covered] == [Role.SUPPORTING, Role.SUPPORTING]
    equal = 1 / sum(1 for p in SLOW_QUERY_POINTS if p.role is not Role.PITFALL)
    assert all(p.share == pytest.approx(equal) for p in covered)
    assert sum(point.share for point in result.points) == pytest.approx(1.0)
    assert result.value == pytest.approx(sum(point.contribution for point in result.points))
    assert result.value >= 2 * equal * min(p.score for p in covered)
    assert any("explained best" in note for note in result.notes)
    # a point only brushed in passing is not raised: an off-topic answer gains nothing by it
    brushed = slow_query(
        scorer,
        "Columns and caches are part of many systems our team has built over the years, and we "
        "test our code.",
    )
    assert not any(p.status is Status.COVERED for p in brushed.points)
    assert any(p.status is Status.PARTLY for p in brushed.points if p.role is Role.SUPPORTING)
    usual = slow_query(scorer, "")
    assert [p.share for p in brushed.points] == pytest.approx([p.share for p in usual.points])


TENANT_CORE = ["Partition the table by tenant id.", "Replicate each partition to three zones."]
TENANT_SUPPORTING = [
    "Keep dashboards per tenant.",
    "Load test before launch.",
    "Document the runbook.",
    "Tag resources by owner.",
    "Review capacity monthly.",
    "Pin library versions.",
    "Track cost per query.",
]


def test_a_perfect_answer_is_not_said_to_be_judged_mostly_on_its_core(
    scorer: KeyPointScorer,
) -> None:
    points = [*TENANT_CORE, *(KeyPoint(text, role=Role.SUPPORTING) for text in TENANT_SUPPORTING)]
    answer = " ".join([*TENANT_CORE, *TENANT_SUPPORTING])
    result = score(scorer, points, answer)
    assert result.value == pytest.approx(1.0)
    assert core_part(result) < CORE_HEAVY_PART  # the usual shares: neither way is kinder
    assert result.notes == ()


def test_saying_more_never_scores_less(scorer: KeyPointScorer) -> None:
    cached = f"{SLOW_QUERY_GIST[:-1]}, and cache hot results in Redis."
    load_tested = (
        f"{cached} Last spring our order search took four seconds, so after the index I load"
        " tested it before and after the change, and support took the banner down that week."
    )
    scores = [slow_query(scorer, answer).value for answer in (SLOW_QUERY_GIST, cached, load_tested)]
    assert scores == sorted(scores) and len(set(scores)) == len(scores)


def test_an_answer_endorsing_a_pitfall_is_judged_on_every_points_usual_share(
    scorer: KeyPointScorer,
) -> None:
    wrong = slow_query(scorer, f"{SLOW_QUERY_GIST[:-1]}, and just put an index on every column.")
    pitfall = wrong.points[-1]
    assert pitfall.status is Status.CONTRADICTED
    assert core_part(wrong) == pytest.approx(core_part(slow_query(scorer, "")))
    assert wrong.notes == ()
    assert wrong.value < slow_query(scorer, SLOW_QUERY_GIST).value - 0.15


def test_a_wrong_claim_costs_more_than_the_little_its_point_is_worth(
    scorer: KeyPointScorer,
) -> None:
    wrong = slow_query(scorer, f"{SLOW_QUERY_GIST[:-1]}, and just put an index on every column.")
    pitfall = wrong.points[-1]
    assert pitfall.status is Status.CONTRADICTED and pitfall.share <= WRONG_CLAIM_COST
    assert pitfall.contribution == pytest.approx(-pitfall.share - WRONG_CLAIM_COST)
    assert wrong.value == pytest.approx(sum(point.contribution for point in wrong.points))
    assert f"(−{percent(pitfall.share + WRONG_CLAIM_COST)})" in point_line(pitfall)


@pytest.mark.parametrize("answer", [SLOW_QUERY_GIST, f"{SLOW_QUERY_GIST} Then cache it."])
def test_one_point_scores_as_in_the_whole_score(scorer: KeyPointScorer, answer: str) -> None:
    whole = slow_query(scorer, answer)
    for index, point in enumerate(whole.points):
        alone = scorer.score_point(
            question=SLOW_QUERY, key_points=SLOW_QUERY_POINTS, index=index, answer=answer
        )
        assert alone == point


def test_waving_away_what_a_pitfall_warns_against_contradicts_it(scorer: KeyPointScorer) -> None:
    pitfall = KeyPoint("Not versioning APIs can lead to breaking changes.", role=Role.PITFALL)
    aware = score(scorer, [pitfall], "version the API, or changes break old clients")
    dismissive = score(scorer, [pitfall], "versioning APIs is an anti-pattern, just change them")
    assert aware.points[0].status is Status.COVERED
    assert dismissive.points[0].status is Status.CONTRADICTED


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("An index speeds up lookups, and more indexes also make writes faster.", True),
        ("An index speeds up lookups, but too many indexes make writes slower.", False),
    ],
)
def test_saying_the_opposite_of_what_a_pitfall_leads_to_contradicts_it(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    points = [
        KeyPoint("An index speeds up lookups."),
        KeyPoint("Over-indexing leads to slower write operations.", role=Role.PITFALL),
    ]
    pitfall = score(scorer, points, answer).points[1]
    assert (pitfall.status is Status.CONTRADICTED) is contradicted
    if contradicted:
        assert pitfall.note == "You said “make writes faster”; the key point says slower…"


def test_the_mistake_a_pitfall_names_is_no_opposite_to_find(scorer: KeyPointScorer) -> None:
    points = [
        KeyPoint("Revoke and rotate a leaked key at once."),
        KeyPoint("Making the repository private instead of rotating the key.", role=Role.PITFALL),
    ]
    answer = "The key leaked to a public repo, so I revoked and rotated it at once."
    assert not any(p.status is Status.CONTRADICTED for p in score(scorer, points, answer).points)


PESSIMISTIC = "Pessimistic Locking: SELECT ... FOR UPDATE makes the second buyer wait."
OPTIMISTIC = "Optimistic Locking: a version column; retry when no row matched."
OPTIMISTIC_ANSWER = "Or optimistic locking with a version column, retrying when it moved."
REPEATABLE = (
    "Repeatable Read: the whole transaction reads from one snapshot, but it still allows write "
    "skew."
)
SERIALIZABLE = "Serializable: as if the transactions ran one at a time, which prevents write skew."
BLOCKED_ANSWER = "Serializable: results equal some serial order, and write skew is blocked."


@pytest.mark.parametrize(
    ("points", "answer", "contradicted"),
    [
        ([PESSIMISTIC], OPTIMISTIC_ANSWER, True),
        ([PESSIMISTIC, OPTIMISTIC], OPTIMISTIC_ANSWER, False),
        ([REPEATABLE], BLOCKED_ANSWER, True),
        ([REPEATABLE, SERIALIZABLE], BLOCKED_ANSWER, False),
    ],
    ids=[
        "the only kind of locking",
        "one of two kinds the points name",
        "the only isolation level",
        "another point says the contrary of the same term",
    ],
)
def test_an_antonym_another_point_attaches_to_the_same_term_is_no_contradiction(
    scorer: KeyPointScorer, points: list[str], answer: str, contradicted: bool
) -> None:
    """The same word ("optimistic"), or another antonym of the point's word ("blocked" where
    another point says "prevents" and this one "allows")."""
    found = score(scorer, points, answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


SAVED_PLAN = "Apply only the saved plan from CI after review, never from a laptop."
FRESH_HTML = "Serve hashed assets from the CDN, and always fetch the HTML fresh."


@pytest.mark.parametrize(
    ("point", "answer", "contradicted"),
    [
        (SAVED_PLAN, "And reviewers always search plans for forces replacement.", False),
        (FRESH_HTML, "Never fetch the HTML fresh.", True),
    ],
    ids=["a word of another clause of the point", "a word of its own clause"],
)
def test_an_antonym_takes_what_it_is_attached_to_from_its_own_clause_of_the_point(
    scorer: KeyPointScorer, point: str, answer: str, contradicted: bool
) -> None:
    """ "after review, never from a laptop": "never" is attached to the laptop, not the review."""
    found = score(scorer, [point], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


FEED_REQUIREMENTS = (
    "Requirements: the feed loads in under 200 ms and a new post may take a few seconds to "
    "appear (eventual consistency)."
)


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("The feed must be strongly consistent, so a post shows up everywhere at once.", True),
        (
            "Strong consistency isn't needed: eventual consistency, a few seconds late, is fine.",
            False,
        ),
    ],
    ids=["strong where the point says eventual", "strong weighed against eventual"],
)
def test_strong_consistency_where_the_point_accepts_eventual_contradicts_it(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    found = score(scorer, [FEED_REQUIREMENTS], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


def test_kinds_of_consistency_the_question_asks_about_are_no_contradiction(
    scorer: KeyPointScorer,
) -> None:
    """Both points attach their word to "consistency", which the question says too."""
    points = [
        "Strong Consistency: every read sees the latest write, so a partition costs availability.",
        "Eventual Consistency: replicas converge once writes stop, so reads can be stale.",
    ]
    answer = "For the shopping cart I'd choose eventual consistency; for payments, strong."
    found = scorer.score(
        question="Which consistency models would you choose?", key_points=points, answer=answer
    )
    assert not any(point.status is Status.CONTRADICTED for point in found.points)


def test_a_price_a_point_names_is_no_claim_to_contradict(scorer: KeyPointScorer) -> None:
    point = "Publishing events to a broker decouples services, at the cost of eventual consistency."
    answer = (
        "Payments need strong consistency, so that call stays synchronous; the rest publish events."
    )
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED


def test_what_a_point_says_a_thing_is_poor_for_is_no_claim_to_contradict(
    scorer: KeyPointScorer,
) -> None:
    point = "Metrics are cheap time series, good for alerting but poor for high-cardinality detail."
    answer = "Keep label cardinality low: a user_id label multiplies series and memory."
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Any copy must handle any request, so the service can't keep state of its own.", False),
        ("Any copy must handle any request, so the service should keep state of its own.", True),
        ("For that to work, the servers can't keep user state locally.", False),
        ("The app must not keep session state locally; sessions go to Redis.", False),
        ("The servers keep session state in memory, so sticky sessions are needed.", True),
    ],
    ids=[
        "state it cannot keep",
        "state it keeps",
        "a kind of state it cannot keep",
        "a kind of state it must not keep",
        "a kind of state it keeps",
    ],
)
def test_a_state_denied_by_a_light_verb_agrees_with_stateless(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    point = (
        "It only works if any instance can serve any request, so the service must be stateless "
        "and keep sessions in a shared store."
    )
    found = score(scorer, [point], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Just make the repo private and move on.", True),
        ("Just deleting the commit or making the repo private isn't a fix.", False),
    ],
    ids=["said", "said to be denied"],
)
def test_an_antonym_its_clause_goes_on_to_deny_is_no_contradiction(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    point = "Bots scan public repositories for keys within minutes, so revoke the key at once."
    found = score(scorer, [point], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


TOKEN_PITFALL = KeyPoint(
    "Storing access tokens in localStorage, where any XSS can read and send them.",
    role=Role.PITFALL,
)


def test_recommending_what_a_pitfall_warns_against_contradicts_it(
    scorer: KeyPointScorer,
) -> None:
    core = KeyPoint("Mark session cookies HttpOnly and Secure.", role=Role.CORE)
    result = score(
        scorer, [core, TOKEN_PITFALL], "The safest place for access tokens is localStorage."
    )
    pitfall = result.points[1]
    assert pitfall.status is Status.CONTRADICTED
    assert pitfall.note == (
        "You recommended “The safest place for access tokens is localStorage”; "
        "the key point warns against it."
    )
    assert result.value == 0.0  # its share is taken away


@pytest.mark.parametrize(
    "answer",
    [
        "The quickest way is to keep the access tokens in localStorage.",
        "Storing access tokens in localStorage is the most accurate option.",
    ],
    ids=["the quickest", "the most accurate"],
)
def test_a_pitfall_called_the_quickest_or_most_accurate_way_is_recommended(
    scorer: KeyPointScorer, answer: str
) -> None:
    assert score(scorer, [TOKEN_PITFALL], answer).points[0].status is Status.CONTRADICTED


PROMISE_PITFALL = KeyPoint(
    "Believing that wrapping CPU-heavy code in a promise moves it off the main thread; it still "
    "blocks the page.",
    role=Role.PITFALL,
)


def test_a_bare_imperative_recommends_the_pitfall_but_just_inside_a_clause_does_not(
    scorer: KeyPointScorer,
) -> None:
    imperative = "For CPU-heavy code, just wrap it in a promise and it runs off the main thread."
    described = "A promise is just a wrapper: CPU-heavy code in it still blocks the main thread."
    assert score(scorer, [PROMISE_PITFALL], imperative).points[0].status is Status.CONTRADICTED
    assert score(scorer, [PROMISE_PITFALL], described).points[0].status is not Status.CONTRADICTED


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("I always keep the access tokens in localStorage so every tab can read them.", True),
        ("I always keep access tokens out of localStorage, in an HttpOnly cookie.", False),
        ("Access tokens in localStorage are always readable by any XSS on the page.", False),
    ],
    ids=["always, as a habit", "always, kept out of it", "always inside a clause"],
)
def test_always_opening_a_clause_prescribes_the_pitfall(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    pitfall = score(scorer, [TOKEN_PITFALL], answer).points[0]
    assert (pitfall.status is Status.CONTRADICTED) is contradicted


def test_a_negation_in_another_clause_does_not_excuse_recommending_a_pitfall(
    scorer: KeyPointScorer,
) -> None:
    pitfall = KeyPoint(
        "Reading from an asynchronous follower right after a write and showing the user stale "
        "data.",
        role=Role.PITFALL,
    )
    answer = (
        "Asynchronous followers never lose anything, so reading from a follower right after a "
        "write is safe."
    )
    assert score(scorer, [pitfall], answer).points[0].status is Status.CONTRADICTED


@pytest.mark.parametrize(
    "answer",
    [
        "Never keep access tokens in localStorage: any XSS can read them.",
        "The best storage is an HttpOnly cookie; access tokens in localStorage leak to any XSS.",
        "The best storage is an HttpOnly cookie, while tokens in localStorage are readable by XSS.",
    ],
    ids=["warned", "praise for something else, a warning", "praise in another clause"],
)
def test_warning_of_a_pitfall_or_praising_something_else_is_awareness(
    scorer: KeyPointScorer, answer: str
) -> None:
    assert score(scorer, [TOKEN_PITFALL], answer).points[0].status is not Status.CONTRADICTED


def test_praising_what_an_omission_pitfall_leaves_out_is_awareness(
    scorer: KeyPointScorer,
) -> None:
    pitfall = KeyPoint(
        "Not having a rollback plan can lead to prolonged downtime.", role=Role.PITFALL
    )
    result = score(scorer, [pitfall], "You should have a rollback plan ready before every deploy.")
    assert result.points[0].status is not Status.CONTRADICTED


CDN_PITFALL = KeyPoint(
    "Caching personalised responses at the CDN without Cache-Control: private or a correct Vary "
    "header, which serves one user's page to another.",
    role=Role.PITFALL,
)
LABELS_PITFALL = KeyPoint(
    "Putting high-cardinality labels such as user ids or full URLs in metrics, which explodes "
    "the number of time series.",
    role=Role.PITFALL,
)
STICKY_PITFALL = KeyPoint(
    "Using sticky sessions that keep traffic on an overloaded instance.", role=Role.PITFALL
)
TESTING_PITFALL = KeyPoint(
    "Testing implementation details such as internal state and class names, so tests break on "
    "every refactor.",
    role=Role.PITFALL,
)
DETACHED_PITFALL = KeyPoint(
    "Keeping references to removed DOM elements in variables, arrays or closures, which turns "
    "them into detached nodes.",
    role=Role.PITFALL,
)

ALERTING_PITFALL = KeyPoint(
    "Alerting on every CPU spike, which causes alert fatigue so real pages get missed.",
    role=Role.PITFALL,
)
INDEXING_PITFALL = KeyPoint(
    "Adding an index for every query: each index slows down inserts and updates.",
    role=Role.PITFALL,
)
EVENTS_PITFALL = KeyPoint(
    "Using events for a request that needs an immediate answer, such as validating a card, "
    "which turns a simple call into a hard-to-debug asynchronous flow.",
    role=Role.PITFALL,
)
EVENTS_PRAISED = (
    "Events are the best fit for anything needing an immediate answer, like validating a card."
)
TWO_PHASE_PITFALL = KeyPoint(
    "Using two-phase commit across services instead of sagas, which couples their availability "
    "and does not scale.",
    role=Role.PITFALL,
)
ALERT_FATIGUE_AWARE = (
    "Every page should be actionable with a runbook linked, and if on-call keeps ignoring an "
    "alert, delete it, otherwise alert fatigue means real pages get missed."
)


@pytest.mark.parametrize(
    ("pitfall", "answer", "contradicted"),
    [
        (CDN_PITFALL, "Caching personalised pages at the CDN is fine, no private headers.", True),
        (CDN_PITFALL, "Caching personalised pages at the CDN is fine with private headers.", False),
        (LABELS_PITFALL, "Put user ids and full URLs as labels on every metric.", True),
        (LABELS_PITFALL, "I'd always put user ids and full URLs as labels on metrics.", True),
        (LABELS_PITFALL, "Put user ids and full URLs in logs, never as labels on metrics.", False),
        (LABELS_PITFALL, "Put a request counter in metrics.", False),
        (STICKY_PITFALL, "Sticky sessions are best practice.", True),
        (STICKY_PITFALL, "Sticky sessions are best avoided.", False),
        (TESTING_PITFALL, "I'd focus on testing internal state and class names.", True),
        (TESTING_PITFALL, "We will mostly test internal state and class names.", True),
        (TESTING_PITFALL, "I'd test what the user sees, not internal state or class names.", False),
        (TESTING_PITFALL, "I'd test what the user sees on every refactor.", False),
        (DETACHED_PITFALL, "Keeping removed DOM nodes in an array is a good trick.", True),
        (DETACHED_PITFALL, "Keeping removed DOM nodes in an array is a good way to leak.", False),
        (DETACHED_PITFALL, "Keeping removed DOM nodes in an array is the most reliable.", True),
        (ALERTING_PITFALL, "Alerting on every CPU spike is the safest setup.", True),
        (ALERTING_PITFALL, ALERT_FATIGUE_AWARE, False),
        (INDEXING_PITFALL, "The best plan is to add an index for every query you run.", True),
        (EVENTS_PITFALL, EVENTS_PRAISED, True),
        (LABELS_PITFALL, "I like putting user ids and full URLs as labels on metrics.", True),
        (LABELS_PITFALL, "I like putting user ids in logs, never as labels on metrics.", False),
        (TWO_PHASE_PITFALL, "Use two-phase commit so the transfer is atomic.", True),
        (TWO_PHASE_PITFALL, "Use sagas instead of two-phase commit across services.", False),
    ],
    ids=[
        "done without something, what it leaves out waved away",
        "done without something, what it leaves out supplied",
        "its own action as a command",
        "its own action after an opener",
        "its own action, warned of in the sentence",
        "its own action on other things",
        "what it does, without what that leads to, praised",
        "what it does, warned of",
        "what the speaker would do",
        "what the speaker will do",
        "what the speaker would not do",
        "a plan in a few of its words",
        "called a good trick",
        "called a good way to fail",
        "called reliable",
        "the mistake praised",
        "what the mistake leads to, praised",
        "the mistake itself, praised",
        "the mistake, with its example, praised",
        "what the speaker likes doing",
        "what the speaker likes doing, warned of",
        "its own action, a common verb, as a command",
        "its own action, a common verb, warned of",
    ],
)
def test_a_pitfall_done_without_something_commanded_praised_or_planned_is_recommended(
    scorer: KeyPointScorer, pitfall: KeyPoint, answer: str, contradicted: bool
) -> None:
    found = score(scorer, [pitfall], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


def test_what_a_mistake_costs_said_with_must_recommends_nothing(scorer: KeyPointScorer) -> None:
    answer = "The cost lands on writes: every insert or update must maintain each index."
    question = "How do database indexes work, and how do you decide which index to add?"
    found = scorer.score(question=question, key_points=[INDEXING_PITFALL], answer=answer)
    assert found.points[0].status is not Status.CONTRADICTED


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("innerHTML is the right choice for user text.", True),
        ("Just use innerHTML for user-supplied text.", True),
        ("Prefer textContent over innerHTML for user-supplied text.", False),
        ("Never put user-supplied text in innerHTML; textContent is the safe choice.", False),
    ],
    ids=["praised", "prescribed", "weighed against", "warned of"],
)
def test_recommending_what_a_point_advises_against_contradicts_it(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    point = "Use textContent rather than innerHTML for user-supplied text."
    found = score(scorer, [point], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted
    if contradicted:
        assert found.note.endswith("the key point advises against it.")


STATE_PITFALL = KeyPoint(
    "Committing the state file to Git, which leaks secrets and causes conflicts, or editing "
    "state by hand instead of using terraform state mv.",
    role=Role.PITFALL,
)


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("If the state drifts, just edit the state by hand.", True),
        ("The state file is a cache, so the cleanest setup is to commit it to Git.", True),
        (
            "The state file is a cache, so the best setup is to commit terraform.tfstate to Git.",
            True,
        ),
        ("If the state drifts, just edit the state by hand or use terraform state mv.", False),
    ],
    ids=[
        "the second mistake",
        "the first mistake",
        "the first, naming the question's topic",
        "the second, with what it leaves out",
    ],
)
def test_a_pitfall_of_several_mistakes_is_recommended_by_one_of_them(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    question = "How does Terraform manage infrastructure and its state?"
    found = scorer.score(question=question, key_points=[STATE_PITFALL], answer=answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Storing access tokens in localStorage is better than cookies.", True),
        ("An HttpOnly cookie is better than storing access tokens in localStorage.", False),
        ("Prefer an HttpOnly cookie over access tokens in localStorage.", False),
        ("Prefer access tokens in a cookie over access tokens in localStorage.", False),
    ],
    ids=[
        "the pitfall praised over another",
        "another praised over it",
        "preferred over it",
        "preferred over it, in some of its words",
    ],
)
def test_praise_in_a_comparison_goes_to_the_side_it_favours(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    found = score(scorer, [TOKEN_PITFALL], answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


def test_doing_what_a_pitfall_names_as_the_right_way_is_awareness(
    scorer: KeyPointScorer,
) -> None:
    pitfall = KeyPoint(
        "Taking a single heap snapshot and blaming the biggest objects, instead of comparing "
        "snapshots to find what grows.",
        role=Role.PITFALL,
    )
    answer = "Take a heap snapshot of the biggest objects, click around, take another and compare."
    assert score(scorer, [pitfall], answer).points[0].status is not Status.CONTRADICTED


def test_a_deed_of_changing_nothing_is_no_red_flag(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    story = f"{TRUE_STORY} While we investigated, I didn't change anything else in production."
    result = of_question(scorer, bank, story_question(bank).id, story)
    assert result.notes == ()
    assert result.value >= 0.8


@pytest.mark.parametrize(
    ("question_id", "answer", "contradicted"),
    [
        ("devops-sre/12", "I'd always run the VPA alongside the HPA on CPU.", True),
        ("devops-sre/16", "I'd keep backups in the same account and region as production.", True),
        ("devops-sre/16", "I'd keep backups cross region and cross account.", False),
        ("devops-sre/16", "I'd keep backups in a separate account and another region.", False),
        (
            "system-design/11",
            "Async followers lag, so reads right after a write should go to a follower.",
            True,
        ),
        (
            "system-design/11",
            "Async followers lag, so read-your-writes reads should go to the leader.",
            False,
        ),
        (
            "system-design/11",
            "Async followers lag, so read-your-writes reads should go to the ledaer.",
            False,
        ),
        ("backend-developer/14", "Per-user data should be cached under one shared key.", True),
        (
            "backend-developer/14",
            "Anything user- or permission-specific must include the user in the key.",
            False,
        ),
    ],
    ids=[
        "a plan that says the pitfall",
        "the pitfall planned",
        "cross",
        "separate, another",
        "the follower advised",
        "the leader advised",
        "the leader advised, mistyped",
        "a shared key advised",
        "the user in the key advised",
    ],
)
def test_a_plan_saying_a_pitfall_recommends_it_but_its_contrary_does_not(
    scorer: KeyPointScorer, bank: QuestionBank, question_id: str, answer: str, contradicted: bool
) -> None:
    question = bank.get(question_id)
    assert question is not None
    pitfall = next(
        index
        for index, point in enumerate(question.key_points)
        if point.role is Role.PITFALL
        and any(
            name in point.text
            for name in ("VPA", "same account", "asynchronous follower", "shared key")
        )
    )
    found = of_question(scorer, bank, question_id, answer).points[pitfall]
    assert (found.status is Status.CONTRADICTED) is contradicted


def test_a_verb_alike_in_past_and_present_is_a_deed_only_after_one(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    habit = "In PostgreSQL I create indexes concurrently and set a lock_timeout on migrations."
    assert story_point(scorer, bank, habit, ACTIONS).matched == ()
    story = "In May a senior said my PR was too big. I said thanks and split it up."
    assert story_point(scorer, bank, story, ACTIONS).matched == ("I said", "split")


def test_what_others_ignored_is_no_red_flag_but_what_the_speaker_ignored_is(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    question = story_question(bank).id
    theirs = of_question(scorer, bank, question, f"{TRUE_STORY} The old alert ignored retries.")
    assert theirs.notes == ()
    mine = of_question(scorer, bank, question, f"{TRUE_STORY} At first we just ignored the alert.")
    assert mine.notes == (f"_“we just ignored” {RED_FLAG_READS}: interviewers mark that down._",)


def test_the_words_every_story_question_asks_with_show_no_relevance(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    explanation = (
        "Opening a connection is expensive, so I set an acquire timeout and the pool handles "
        "bursts; when it was exhausted last time, requests waited."
    )  # to "Tell me about a time you disagreed with a designer ... How did you handle it?"
    relevance = of_question(scorer, bank, "frontend-developer/6", explanation).points[4]
    assert relevance.text.startswith("Relevance") and relevance.score == 0.0


def test_the_words_any_story_says_show_no_relevance_and_the_telling_ones_do(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """To "Tell me about a time you received critical feedback in a code review": "in" and
    "received" are said by any story, "feedback" tells the topic."""
    question = "frontend-developer/19"
    migration = (
        "Last year I moved our dashboard from Webpack to Vite in two weeks. I mapped the loaders "
        "and replaced them one by one. Builds fell from 55 seconds to 3. I learned to go slowly."
    )
    assert of_question(scorer, bank, question, migration).points[4].score == 0.0
    rare = of_question(scorer, bank, question, f"{migration} The feedback was good.")
    common = of_question(scorer, bank, question, f"{migration} I received it.")
    assert rare.points[4].score > 0.0 == common.points[4].score


def test_finding_something_out_yourself_is_no_red_flag(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    story = f"{TRUE_STORY} We found out during the release that the cap was gone."
    assert of_question(scorer, bank, story_question(bank).id, story).notes == ()


SECRET_BELIEF = KeyPoint(
    "Believing a Kubernetes Secret is encrypted: it is only base64-encoded unless encryption "
    "at rest is enabled.",
    role=Role.PITFALL,
)
REPLICA_BELIEF = KeyPoint(
    "Treating replication as a backup: a replica copies an accidental DROP TABLE within seconds.",
    role=Role.PITFALL,
)
RACE_BELIEF = KeyPoint(
    "Assuming async code cannot race: the event loop interleaves requests at every await.",
    role=Role.PITFALL,
)
BUBBLING_BELIEF = KeyPoint(
    "Expecting delegation to work for events that do not bubble, such as focus and blur.",
    role=Role.PITFALL,
)


@pytest.mark.parametrize(
    ("pitfall", "answer", "contradicted"),
    [
        (SECRET_BELIEF, "Kubernetes Secrets are encrypted, so committing them is fine.", True),
        (SECRET_BELIEF, "A Kubernetes Secret is not encrypted, only base64-encoded.", False),
        (SECRET_BELIEF, "Many people assume a Kubernetes Secret is encrypted.", False),
        (SECRET_BELIEF, "A Kubernetes Secret is encrypted only with encryption at rest.", False),
        (REPLICA_BELIEF, "Replication to the next rack is our backup.", True),
        (REPLICA_BELIEF, "A replica happily replicates a DROP TABLE.", False),
        (REPLICA_BELIEF, "Replication is different from a backup.", False),
        (RACE_BELIEF, "Async code can't race, there is one thread.", True),
        (RACE_BELIEF, "Async code can race at every await.", False),
        (BUBBLING_BELIEF, "Delegation works for every event type.", True),
        (BUBBLING_BELIEF, "Delegation works here because click events bubble up.", False),
        (
            SECRET_BELIEF,
            "Kubernetes Secrets are encrypted, so you never see them leaked unless you print them.",
            True,
        ),
        (SECRET_BELIEF, "A Kubernetes Secret is encrypted, unless nobody enabled it.", False),
        (
            SECRET_BELIEF,
            "A Kubernetes Secret is encrypted, so you rarely need to think about it.",
            True,
        ),
        (SECRET_BELIEF, "People think a Kubernetes Secret is encrypted.", False),
    ],
    ids=[
        "the belief stated",
        "the belief denied",
        "the belief reported",
        "the belief limited",
        "one side likened to the other",
        "one side alone",
        "the two sides told apart",
        "a denial stated",
        "a denial denied",
        "the belief without its restriction",
        "the things the belief leaves out",
        "a later clause limited, not the belief",
        "the belief limited as the next clause opens",
        "something to think about, not a belief reported",
        "a belief others think",
    ],
)
def test_stating_the_belief_a_pitfall_calls_mistaken_contradicts_it(
    scorer: KeyPointScorer, pitfall: KeyPoint, answer: str, contradicted: bool
) -> None:
    found = score(scorer, ["Keep credentials out of the repository.", pitfall], answer).points[1]
    assert (found.status is Status.CONTRADICTED) is contradicted
    if contradicted:
        assert found.note.endswith("the key point says that is a mistake.")


URL_MODEL = "Data model: one table keyed by the short code with the long URL and its expiry."
ALIASES_OPTIONAL = "Users shorten URLs; custom aliases and expiry are optional."


@pytest.mark.parametrize(
    ("requirement", "contradicted"),
    [
        ("Requirements: shorten URLs and support optional custom aliases and expiry.", False),
        ("Requirements: shorten URLs and support custom aliases and expiry.", True),
    ],
    ids=["the guide calls them optional", "the guide does not"],
)
def test_calling_optional_what_the_guide_calls_optional_contradicts_no_point(
    scorer: KeyPointScorer, requirement: str, contradicted: bool
) -> None:
    found = score(scorer, [requirement, URL_MODEL], ALIASES_OPTIONAL).points
    # one claim: charged to one point (of equal shares, the first), see the test below
    assert [point.status is Status.CONTRADICTED for point in found] == [contradicted, False]


def test_one_claim_is_charged_once_to_the_weightiest_point_it_contradicts(
    scorer: KeyPointScorer,
) -> None:
    requirement = KeyPoint(
        "Requirements: shorten URLs and support custom aliases and expiry.", role=Role.SUPPORTING
    )
    found = score(scorer, [requirement, URL_MODEL], ALIASES_OPTIONAL)
    supporting, core = found.points
    assert core.status is Status.CONTRADICTED and "optional" in core.note
    # what the answer waved away covers nothing, and the claim is shown and charged once
    assert supporting.status is Status.MISSED and supporting.score == 0.0
    assert supporting.matched == () and supporting.note == ""
    assert [point.contribution for point in found.points] == [0.0, -core.share - WRONG_CLAIM_COST]
    kept = score(scorer, [requirement, URL_MODEL], "Users shorten URLs with custom aliases.")
    assert kept.points[0].score > 0.0  # the same point, credited when nothing is waved away
    # two claims are two charges: each point is contradicted by its own
    two = "Custom aliases are optional. The expiry column is unnecessary in the table."
    both = score(scorer, [requirement, URL_MODEL], two).points
    assert [point.status for point in both] == [Status.CONTRADICTED] * 2
    assert both[0].note != both[1].note


EXTENSION_HEADERS = (
    "Extension headers extend the fixed IPv6 header with additional, optional network layer "
    "information, placed between the fixed header and the payload.",
    "IPv6 packets with optional headers are processed faster by routers.",
)


@pytest.mark.parametrize(
    ("points", "contradicted"),
    [
        (EXTENSION_HEADERS, False),
        (tuple(point.replace("optional ", "") for point in EXTENSION_HEADERS), True),
    ],
    ids=["the points call them optional", "the points do not"],
)
def test_the_word_that_waves_a_term_away_is_no_dismissal_where_the_points_use_it(
    scorer: KeyPointScorer, points: tuple[str, ...], contradicted: bool
) -> None:
    answer = "Extension headers are optional headers between the fixed header and the payload."
    found = score(scorer, list(points), answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (
            "DHCP assigns addresses so the network administrator configures nothing by hand.",
            "With DHCP there is no need for the network administrator to configure each host.",
        ),
        (
            "Move to a different database only when a workload demands it.",
            "I wouldn't move to a different database in a month; that is overkill.",
        ),
        (
            "When an operation spans services, run it as a saga of local transactions.",
            "Brokers add parts you don't need. When an operation spans services, use a saga.",
        ),
    ],
    ids=["who need not act", "a subject of its own", "a negation in the sentence before"],
)
def test_no_need_waves_away_only_what_it_is_the_need_of(
    scorer: KeyPointScorer, point: str, answer: str
) -> None:
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED


def test_a_word_linking_sentences_is_no_term_to_wave_away(scorer: KeyPointScorer) -> None:
    point = (
        "Exposed terminal: C senses B sending and therefore holds back, although its "
        "transmission to D would not collide."
    )
    answer = (
        "C hears B and holds back, but D is outside B's range, therefore waiting is not "
        "necessary: C is exposed."
    )
    found = score(scorer, [point], answer).points[0]
    assert found.status is not Status.CONTRADICTED
    assert score(scorer, [point], "Holding back is not necessary for C.").points[0].status is (
        Status.CONTRADICTED
    )


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("I'd add a short in-process cache for that key.", False),
        ("I'd add more nodes so that key spreads out.", True),
    ],
    ids=["the action's verb alone", "the action said"],
)
def test_a_pitfall_of_several_words_is_not_planned_by_its_verb_alone(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    pitfall = KeyPoint(
        "Adding nodes or resharding, which does not help because a single key maps to one shard.",
        role=Role.PITFALL,
    )
    found = score(scorer, ["Cache the hot key in process.", pitfall], answer).points[1]
    assert (found.status is Status.CONTRADICTED) is contradicted


def test_a_pairing_is_read_within_its_clause_never_across_a_full_stop(
    scorer: KeyPointScorer,
) -> None:
    point = (
        "Model the demand: the peak-to-average ratio and a safety margin, for example plan "
        "for 7x rather than 5x."
    )
    answer = "The peak sits far above the daily average. I'd plan for about 7x to keep a margin."
    assert score(scorer, [point], answer).points[0].status is not Status.CONTRADICTED
    swapped = "Plan for the average, and size the peak for 7x."
    assert score(scorer, [point], swapped).points[0].status is Status.CONTRADICTED


def test_praise_inside_a_belief_named_as_a_mistake_recommends_nothing(
    scorer: KeyPointScorer,
) -> None:
    found = score(
        scorer,
        ["Lock the row inside a transaction.", RACE_BELIEF],
        "What doesn't work: a mutex in one process, or assuming async code is safe, because "
        "the event loop interleaves requests at every await.",
    ).points[1]
    assert found.status is not Status.CONTRADICTED
    held = score(
        scorer, ["Lock the row inside a transaction.", RACE_BELIEF], "Async code can't race here."
    ).points[1]
    assert held.status is Status.CONTRADICTED


XSS_AND_CSRF = (
    "Cross-site scripting (XSS) is attacker-controlled input running as script in your page, "
    "where it can steal data or act as the user; cross-site request forgery (CSRF) is another "
    "site making the user's browser send an authenticated request, with its cookies, to your "
    "site."
)
REPLICATION_AND_SHARDING = (
    "Replication keeps copies of the same data on several nodes for availability and read "
    "scaling; sharding (partitioning) splits the data into disjoint subsets on different nodes "
    "so writes and storage can grow beyond one machine."
)


@pytest.mark.parametrize(
    ("point", "answer", "swapped"),
    [
        (
            XSS_AND_CSRF,
            "XSS is when another website tricks the user's browser into sending a request.",
            True,
        ),
        (
            REPLICATION_AND_SHARDING,
            "Replication copies the same data to several nodes; sharding splits data across "
            "nodes for scale.",
            False,
        ),
    ],
    ids=["the other's own words, beside words both share", "one word of the other's"],
)
def test_words_two_definitions_share_tell_neither(
    scorer: KeyPointScorer, point: str, answer: str, swapped: bool
) -> None:
    """ "user" is in XSS's "act as the user" and CSRF's "the user's browser": it tells neither,
    so the words only CSRF's definition has say whose definition an answer gives; one such
    word alone ("scale" of "read scaling") is too few to set the shared ones aside."""
    result = score(scorer, [point], answer)
    assert (result.points[0].status is Status.CONTRADICTED) is swapped


@pytest.mark.parametrize(
    ("defined", "covered"),
    [
        ("Relational databases use structured query language (SQL) for data manipulation.", True),
        ("Relational databases use a structured query language for data manipulation.", False),
    ],
    ids=["the abbreviation spelt out in the point", "the abbreviation not in the point"],
)
def test_an_abbreviation_a_point_spells_out_says_its_own_words(
    scorer: KeyPointScorer, defined: str, covered: bool
) -> None:
    """ "SQL" says "structured query language (SQL)" of the point that spells it out, though
    other points say "SQL" too: an answer need not spell it out again to cover the point."""
    result = scorer.score(
        question="What are relational databases?",
        key_points=[
            defined,
            "Relational stores answer SQL joins across tables of data.",
            "Write SQL with bound parameters.",
        ],
        answer="Relational databases: you work with their data in SQL.",
    )
    assert (result.points[0].status is Status.COVERED) is covered
