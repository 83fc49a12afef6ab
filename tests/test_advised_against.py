"""What a key point advises against ("Replacing a clickable div with a native button",
"textContent rather than innerHTML") is contradicted only where the answer recommends it:
avoiding it agrees with the point, and what a recommendation leads to ("so null and undefined
have to be handled") is not what it recommends."""

from __future__ import annotations

import pytest

from bot.scoring import KeyPointScorer, Status

DIV = (
    "Replacing a clickable div with a native button gives focus, Enter and Space handling and "
    "the button role without extra code."
)
TYPOS = (
    "Typos in property names and wrong argument types are caught in the editor before the code "
    "runs, instead of surfacing as undefined errors in production."
)
TEXT = "Use textContent rather than innerHTML for user-supplied text."
HERO = "Fix LCP: serve the hero image in AVIF at the right size, preload it and never lazy-load it."
DELEGATION = (
    "Instead of attaching a listener to every child, attach one to the parent and check the "
    "event target."
)
HASHED = (
    "Hash passwords with a slow, salted algorithm such as Argon2id or bcrypt, never with MD5 or "
    "plain SHA-256."
)
SCANNED = "Indexes are B-trees, so lookups take O(log n) steps instead of scanning the whole table."
LEAK = "Ask whether a task needs to exist: fix the leak instead of scripting a restart."
TEXT_CONTENT = "Use textContent rather than innerHTML for user-supplied text."
LOCK_ORDER = "Avoid deadlocks by taking locks in a consistent order, such as ascending id order."
CONCATENATION = (
    "Prevent SQL injection with parameterized queries instead of building SQL by string "
    "concatenation."
)
VISIBLE = "Find elements by role and assert on what is visible rather than on internal state."
HEAP_GROWS = (
    "Reproduce: repeat one navigation cycle many times and watch the JS heap keep growing "
    "instead of returning to a baseline after garbage collection."
)


@pytest.mark.parametrize(
    ("point", "answer", "contradicted"),
    [
        pytest.param(
            DIV,
            "Native elements come with focus and keyboard support built in, which is why I avoid "
            "div soup.",
            False,
            id="what is replaced, avoided",
        ),
        pytest.param(
            DIV,
            "A clickable div is the best choice for a custom button.",
            True,
            id="what is replaced, praised",
        ),
        pytest.param(
            DIV,
            "A div with an onclick isn't focusable and ignores Enter and Space; a button fixes "
            "all of that.",
            False,
            id="what is replaced, denied what the point's choice gives",
        ),
        pytest.param(
            DIV,
            "Just use a clickable div for every button; it is the simplest.",
            True,
            id="what is replaced, prescribed",
        ),
        pytest.param(
            TYPOS,
            "I always turn on strict mode so null and undefined have to be handled and implicit "
            "any is an error.",
            False,
            id="what a recommendation leads to",
        ),
        pytest.param(
            TEXT,
            "The DOM is the HTML text, which is why setting innerHTML is the fastest and safest "
            "way to insert user-supplied text.",
            True,
            id="a clause that opens with which",
        ),
        pytest.param(
            TEXT,
            "Just use innerHTML for user-supplied text, which keeps the code short.",
            True,
            id="recommended, then why",
        ),
        pytest.param(
            HEAP_GROWS,
            "After forcing garbage collection the heap should settle back to roughly the same "
            "baseline; in a leak it keeps climbing.",
            False,
            id="what a thing does instead of another, described",
        ),
        pytest.param(
            HERO,
            "To improve LCP, lazy-load the hero image so it doesn't compete with scripts.",
            True,
            id="commanded, then why",
        ),
        pytest.param(HERO, "I'd lazy-load the hero image.", True, id="commanded as a plan"),
        pytest.param(
            HERO,
            "Lazy-load images below the fold, but not the hero image.",
            False,
            id="commanded, something else set against it",
        ),
        pytest.param(
            HERO, "Lazy-loaded images never delay the hero image.", False, id="what was done"
        ),
        pytest.param(
            HERO,
            "For LCP, the key fix is to lazy-load the hero image so the browser saves bandwidth.",
            True,
            id="named the fix",
        ),
        pytest.param(
            HERO, "The fix is not to lazy-load the hero image.", False, id="named the fix, denied"
        ),
        pytest.param(
            HERO,
            "A tempting fix is to lazy-load the hero image, and it backfires.",
            False,
            id="a fix named, not owned",
        ),
        pytest.param(
            HERO,
            "For LCP I'd lazy-load every image, including the hero.",
            True,
            id="commanded after what it is for",
        ),
        pytest.param(
            HASHED,
            "MD5 or SHA-256 are fast enough to brute-force on GPUs, so both are out.",
            False,
            id="enough for an attack",
        ),
        pytest.param(HASHED, "MD5 is fast enough for passwords.", True, id="enough, praised"),
        pytest.param(
            HASHED,
            "I hash passwords with SHA-256, which is the standard choice.",
            True,
            id="praised in a clause of its own",
        ),
        pytest.param(
            HASHED,
            "I hash passwords with bcrypt, which is far safer than SHA-256.",
            False,
            id="set below the remedy in a clause of its own",
        ),
        pytest.param(
            VISIBLE,
            "I'd avoid asserting on internal state.",
            False,
            id="a doing avoided on what is rejected",
        ),
        pytest.param(
            DELEGATION,
            "You attach a single click listener to the list and check the target.",
            False,
            id="the verb the point commands too",
        ),
        pytest.param(
            SCANNED,
            "A sequential scan on a large table is a good candidate for an index.",
            False,
            id="a good candidate for something else",
        ),
        pytest.param(
            SCANNED,
            "A sequential scan on a large table is a good candidate for scanning the whole table.",
            True,
            id="a good candidate for it",
        ),
        pytest.param(
            LEAK,
            "Scripting a restart would have been easy, but we fixed the leak.",
            False,
            id="the way not taken",
        ),
        pytest.param(
            LEAK, "Scripting the restart would have been easy.", True, id="the way not taken, alone"
        ),
        pytest.param(
            TEXT_CONTENT,
            "For user-provided text, innerHTML is the right choice.",
            True,
            id="what it is for, named first",
        ),
        pytest.param(
            TEXT_CONTENT,
            "For trusted markup, innerHTML is the right choice.",
            False,
            id="another case, named first",
        ),
        pytest.param(
            LOCK_ORDER,
            "For deadlocks: always take locks in the same order.",
            False,
            id="what the advice avoids, named first",
        ),
        pytest.param(
            CONCATENATION,
            "I'd never build SQL by string concatenation.",
            False,
            id="by a thing, not a doing",
        ),
    ],
)
def test_what_a_point_advises_against_is_contradicted_only_where_it_is_recommended(
    scorer: KeyPointScorer, point: str, answer: str, contradicted: bool
) -> None:
    found = scorer.score(question="Q?", key_points=[point], answer=answer).points[0]
    assert (found.status is Status.CONTRADICTED) is contradicted
    if contradicted:
        assert found.note.endswith("the key point advises against it.")
