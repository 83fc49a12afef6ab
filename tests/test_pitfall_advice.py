"""A pitfall recommended in more ways than "X is the best": as what the speaker does, as the
easy or the quickest fix, as enough, as a command; and what keeps an answer that knows the
pitfall from being read as recommending it."""

from __future__ import annotations

import pytest

from bot.questions import KeyPoint, QuestionBank
from bot.scoring import KeyPointScorer, PointScore, Status
from bot.types import Role
from tests.conftest import of_question


def pitfall(text: str) -> KeyPoint:
    return KeyPoint(text, role=Role.PITFALL)


RETRY_STORM = pitfall(
    "Retrying aggressively without backoff, which creates a retry storm that makes the "
    "dependency's outage worse."
)
REBOOTED_FIRST = pitfall(
    "Deleting a large log file that a process still has open, which frees no space, or "
    "rebooting before collecting evidence of the cause."
)
SSR_SOONER = pitfall(
    "Assuming SSR makes a page interactive sooner: a large JavaScript bundle still delays "
    "hydration."
)
SERVER_CHECKS = pitfall(
    "Treating client-side validation or hidden buttons as security; the server must check "
    "every request."
)
CACHE_FIRST = pitfall(
    "Writing to the cache before the database transaction commits, which can leave the cache "
    "holding data that was rolled back."
)
MOCKED = pitfall(
    "Mocking the database in every test, so SQL errors and migration problems are only found in "
    "production."
)
STREAMED = pitfall(
    "Streaming whole files through the application servers or storing file contents in the "
    "database."
)
WINDOW = pitfall(
    "Accessing window or localStorage during server rendering, which throws because those APIs "
    "do not exist on the server."
)
STOPPED = pitfall(
    "Calling stopPropagation() in child handlers, which silently breaks delegated listeners and "
    "analytics higher up the tree."
)
CLEVER_TYPES = pitfall(
    "Writing overly clever generic types that slow down the compiler and confuse the team."
)
SERVER_KEY = pitfall(
    "Generating the idempotency key on the server for each request, so a retry gets a new key "
    "and is processed again."
)
POD = pitfall(
    "Deleting the pod again and again, which only creates a new pod with the same problem and "
    "loses the previous logs."
)
PREFIX = pitfall(
    "Running LIKE 'prefix%' queries against the main database on every keystroke, or walking the "
    "whole subtree at request time to find the top results."
)
ASYNC_RACE = pitfall(
    "Assuming async code cannot race: a single-threaded event loop still interleaves two "
    "requests at every await between the read and the write."
)
OFFSETS = pitfall(
    "Using offset pagination, which repeats or skips posts as new ones arrive, instead of a "
    "cursor based on the last seen post id."
)
FAKED_GRID = pitfall(
    "Faking a two-dimensional grid with Flexbox, percentage widths and negative margins when "
    "Grid handles rows, columns and gaps directly."
)
THROUGH_SERVERS = pitfall(
    "Pushing every upload and download through the application servers instead of presigned "
    "URLs straight to object storage."
)
RACY_CODES = pitfall(
    "Truncating an MD5 hash of the long URL without handling collisions, or checking whether a "
    "code exists and then inserting it in two steps, which races under concurrency."
)
AUTOSCALING_ONLY = pitfall(
    "Relying only on autoscaling for the app tier while the database or a connection limit is "
    "the real ceiling."
)
UNTESTED_SCRIPTS = pitfall(
    "Writing fragile one-off scripts without tests, logging or an owner, which become new "
    "sources of incidents."
)
FLAKY_E2E = pitfall(
    "Relying on a large, slow and flaky end-to-end suite (an inverted pyramid), so builds take "
    "an hour and failures get rerun until green."
)
WARM_CACHE = pitfall(
    "Load testing with unrealistic traffic, such as one endpoint with a warm cache, so the test "
    "passes and production does not."
)
TINY_CHUNKS = pitfall(
    "Splitting into hundreds of tiny chunks, which creates request waterfalls and makes the page "
    "load slower than one big file."
)
ONE_SNAPSHOT = pitfall(
    "Taking a single heap snapshot and blaming the biggest objects, instead of comparing "
    "snapshots to find what grows."
)
EARLY_TTL = pitfall(
    "Lowering a TTL only at the moment of a migration, when resolvers still cache the old long "
    "TTL for hours."
)
MONOLITH = pitfall(
    "Building a distributed monolith: services that must be deployed together or that call each "
    "other in long synchronous chains."
)
RESHARD = pitfall(
    "Adding nodes or resharding, which does not help because a single key always maps to one shard."
)
STALE_CLOSURE = pitfall(
    "Stale closures in React: a useEffect or setInterval callback keeps reading the state from "
    "the render that created it unless the dependency array is correct or a functional update "
    "is used."
)
BIG_CONTEXT = pitfall(
    "Putting a frequently changing value in one large context, which re-renders the whole "
    "subtree on every change; split the context or memoize its value."
)
LATEST = pitfall(
    "Deploying the latest tag, so nobody knows what is running and rolling back is not possible."
)

LABELS = pitfall(
    "Putting high-cardinality labels such as user ids or full URLs in metrics, which explodes the "
    "number of time series and the monitoring bill."
)
APP_TIER_ONLY = pitfall(
    "Relying only on autoscaling for the app tier while the database, a third-party API or a "
    "connection limit is the real ceiling."
)
SECRETS_IN_JWT = pitfall(
    "Putting secrets or personal data in the JWT payload, which anyone can decode."
)
FILES_IN_DATABASE = pitfall(
    "Streaming whole files through the application servers or storing file contents in the "
    "relational database."
)
SECRET_ENCRYPTED = pitfall(
    "Believing a Kubernetes Secret is encrypted: by default it is only base64-encoded in etcd."
)
LOW_SELECTIVITY = pitfall(
    "Indexing low-selectivity columns such as a boolean flag, where the planner prefers a "
    "sequential scan anyway."
)
FIXED_WIDTHS = pitfall("Fixed pixel widths that cause horizontal scrolling on small screens.")
SLEEPS = pitfall(
    "Writing many slow end-to-end tests with fixed sleeps, which become flaky and get ignored."
)
TWO_PHASE = pitfall(
    "Using two-phase commit across services instead of sagas, which couples their availability "
    "and does not scale."
)
AVERAGES = pitfall(
    "Looking only at averages or error rates, which can stay flat while the p99 latency triples."
)
STICKY = pitfall(
    "Making the load balancer itself a single point of failure, or using sticky sessions that "
    "keep traffic on an overloaded instance."
)
STALE_FOLLOWER = pitfall(
    "Reading from an asynchronous follower right after a write and showing the user stale "
    "data, breaking read-your-writes."
)
DETACHED = pitfall(
    "Keeping references to removed DOM elements in variables, arrays or closures, which turns "
    "them into detached nodes that can never be freed."
)
TOKENS = pitfall(
    "Storing access tokens in localStorage, where any XSS can read and send them to the attacker."
)
UNPLANNED = pitfall("Not planning for horizontal scaling can lead to bottlenecks.")
LIKE_A_VM = pitfall(
    "Treating a container like a VM, running SSH or several unrelated processes in it instead of "
    "one process per container."
)


ZONES_AS_RECOVERY = pitfall(
    "Spreading across availability zones and assuming that protects against a whole-region outage."
)
CHECK_THEN_ACT = pitfall(
    "Checking for a duplicate and performing the side effect as two separate steps without a "
    "lock or unique constraint, so two concurrent retries both succeed."
)
OVER_NORMALIZED = pitfall(
    "SQL: Over-normalization can lead to complex joins and reduced performance."
)
PERSONALISED_AT_CDN = pitfall(
    "Caching personalised responses at the CDN without Cache-Control: private or the right Vary "
    "header, which serves one user's page to another."
)
TWO_PHASE_COMMIT = pitfall(
    "Using two-phase commit across services instead of sagas, which couples their availability "
    "and does not scale."
)

EVENTS_FOR_ANSWERS = pitfall(
    "Using events for a request that needs an immediate answer, such as validating a card, "
    "which turns a simple call into a hard-to-debug asynchronous flow."
)
FIVE_NINES = pitfall(
    'Setting a 100% or "five nines" target that costs far more than users notice and leaves '
    "no room for change."
)
DISTRIBUTED_MONOLITH = pitfall(
    "Building a distributed monolith: services that must be deployed together or that call each "
    "other in long synchronous chains."
)
CASES = [
    # what the speaker does, said with the pitfall, recommends it
    pytest.param(
        CACHE_FIRST,
        "On writes I update the cache first and run the database transaction afterwards.",
        True,
        id="what I do",
    ),
    pytest.param(
        CACHE_FIRST,
        "We usually write to the cache before the database transaction commits.",
        True,
        id="what we usually do",
    ),
    # what the mistake does too soon, done first, is the remedy
    pytest.param(
        CACHE_FIRST,
        "On an update I commit the database transaction first and only then delete the key.",
        False,
        id="what must come first, done first",
    ),
    pytest.param(
        CACHE_FIRST,
        "We only touch the cache after the database transaction commits.",
        False,
        id="the mistake's step, done after what must come first",
    ),
    pytest.param(
        REBOOTED_FIRST,
        "I'd get a shell and collect evidence before changing anything, since a reboot would "
        "wipe the clues.",
        False,
        id="what must come first, done before",
    ),
    pytest.param(
        REBOOTED_FIRST,
        "I'd reboot before collecting evidence.",
        True,
        id="the mistake's step, done before",
    ),
    pytest.param(
        REBOOTED_FIRST,
        "So I'd investigate before touching anything and definitely before rebooting.",
        False,
        id="the mistake's step, put later",
    ),
    pytest.param(RETRY_STORM, "Then I'd add aggressive retries.", True, id="a plan after 'then'"),
    pytest.param(
        RETRY_STORM,
        "Then I'd add retries with backoff and jitter, never aggressive ones.",
        False,
        id="the remedy planned after 'then'",
    ),
    pytest.param(
        CACHE_FIRST,
        "For writes to the catalogue I update the cache before the database transaction commits.",
        True,
        id="what I do, after a longer lead-in",
    ),
    pytest.param(
        CACHE_FIRST,
        "For writes to the catalogue I delete the cache key after the database transaction "
        "commits.",
        False,
        id="after it commits, after a longer lead-in",
    ),
    pytest.param(
        CACHE_FIRST,
        "I delete the cached key once the database transaction has committed.",
        False,
        id="once committed",
    ),
    pytest.param(
        CACHE_FIRST,
        "On writes I delete the cache key after the database transaction commits.",
        False,
        id="after it commits",
    ),
    pytest.param(
        CACHE_FIRST,
        "I think people write to the cache before the database transaction commits.",
        False,
        id="what I think others do",
    ),
    pytest.param(
        CACHE_FIRST,
        "If we write to the cache before the transaction commits, readers see old data.",
        False,
        id="a condition",
    ),
    pytest.param(
        CACHE_FIRST,
        "I wrote to the cache before the database transaction committed, once.",
        False,
        id="a past deed",
    ),
    # a short heading of praise recommends the clause after it
    pytest.param(
        STREAMED,
        "I'd keep it simple: the client uploads the whole file to our application servers, "
        "which store it in the database.",
        True,
        id="after a heading of praise",
    ),
    pytest.param(
        STREAMED,
        "Keep it simple: never stream whole files through the application servers.",
        False,
        id="a heading, then a warning",
    ),
    # a habit's reason warns of nothing; a warning before it does
    pytest.param(
        MOCKED,
        "I mock the database in every test because real databases make CI slow and SQL "
        "problems are rare anyway.",
        True,
        id="a habit and its reason",
    ),
    pytest.param(
        MOCKED,
        "I mock the database in every test so the suite never needs a server, without any "
        "flaky setup.",
        True,
        id="a habit and its purpose",
    ),
    pytest.param(
        MOCKED,
        "I mock the database in every test but it hides SQL problems, so a few tests also run "
        "against a real one.",
        False,
        id="a habit warned of",
    ),
    pytest.param(
        WINDOW,
        "So it's fine to call Date.now() in render, and to read window.innerWidth or "
        "localStorage directly in components during server rendering.",
        True,
        id="its action in another word: read for access",
    ),
    # a plan after what it is about
    pytest.param(
        SERVER_KEY,
        "For HTTP APIs I'd generate an idempotency key on the server for each request.",
        True,
        id="a plan after 'For HTTP APIs'",
    ),
    pytest.param(
        SERVER_KEY,
        "In our API I'd generate the idempotency key on the server for each request.",
        True,
        id="a plan after 'In our API'",
    ),
    # a plan opening a sentence that says less of the pitfall than the next one
    pytest.param(
        STREAMED,
        "I'd keep it simple and store files directly in the database, in a table with a bytea "
        "column. Uploads go through our API servers, which stream the whole file into the "
        "database, so we can scan everything on the way in.",
        True,
        id="a plan, before the sentence that says most of the pitfall",
    ),
    pytest.param(
        STREAMED,
        "Some teams store files directly in the database, in a table with a bytea column. "
        "Uploads go through their API servers, which stream the whole file into the database, "
        "so they can scan everything on the way in.",
        False,
        id="what others do, before the sentence that says most of the pitfall",
    ),
    pytest.param(
        CLEVER_TYPES,
        "Clever generic and conditional types can make compiles slow and error messages "
        "unreadable; simple types the team understands beat smart ones.",
        False,
        id="praise of what loses, after 'beat'",
    ),
    # the harm a praised doing keeps out is no warning of it
    pytest.param(
        STOPPED,
        "I call stopPropagation() in most handlers as a best practice to keep events from leaking.",
        True,
        id="praised, to keep a harm out",
    ),
    pytest.param(
        STOPPED,
        "I call stopPropagation() in most handlers as a best practice to keep the events from "
        "ever leaking.",
        True,
        id="praised, to keep a harm out, words between",
    ),
    pytest.param(
        STOPPED,
        "Calling stopPropagation() in child handlers keeps delegated listeners from firing, "
        "which breaks analytics.",
        False,
        id="its harm told, no praise",
    ),
    # called free, easy or enough
    pytest.param(
        WINDOW,
        "You can freely read window or localStorage during server rendering.",
        True,
        id="freely",
    ),
    pytest.param(
        WINDOW,
        "Reading window or localStorage during server rendering is easy enough.",
        True,
        id="easy enough",
    ),
    pytest.param(
        WINDOW,
        "You can't read window or localStorage during server rendering; use an effect.",
        False,
        id="denied",
    ),
    # a fix praised is what is praised, not a warning; "best not to" still warns
    pytest.param(
        POD,
        "The quickest fix is to delete the pod again and again until it comes up.",
        True,
        id="the quickest fix",
    ),
    pytest.param(
        POD,
        "It is best not to delete the pod again and again: it loses the logs.",
        False,
        id="best not to",
    ),
    # a warning word the pitfall's mistake says itself warns of nothing
    pytest.param(
        PREFIX,
        "The easiest design runs LIKE 'prefix%' queries against the main database on every "
        "keystroke.",
        True,
        id="against the main database, praised",
    ),
    pytest.param(
        PREFIX,
        "Never run LIKE 'prefix%' queries against the main database on every keystroke; the "
        "easiest design is a trie.",
        False,
        id="never",
    ),
    # the pitfall's action as a command, with every word of its mistake
    pytest.param(
        OFFSETS,
        "Use offset pagination like page=2, since offsets stay stable while posts arrive.",
        True,
        id="the mistake as a command",
    ),
    pytest.param(
        OFFSETS,
        "Use cursor pagination rather than offset pagination.",
        False,
        id="a command weighed against it",
    ),
    pytest.param(
        OFFSETS,
        "Use offsets only for admin pages; the feed pages with a cursor.",
        False,
        id="a command with part of the mistake",
    ),
    # "always" after "and to" opens a prescription
    pytest.param(
        LATEST,
        "The cleanest setup is to rebuild the image for each environment, and to always deploy "
        "the latest tag so production tracks the main branch.",
        True,
        id="and to always",
    ),
    pytest.param(
        LATEST,
        "The cleanest setup is to build the image once, and to never deploy the latest tag.",
        False,
        id="and to never",
    ),
    # doing it ahead of time is the contrary of doing it at the moment
    pytest.param(
        EARLY_TTL,
        "For failover I keep records around 60 seconds, and before a migration I lower a long "
        "TTL a day or two ahead, because resolvers still hold the old value.",
        False,
        id="a day ahead",
    ),
    pytest.param(
        EARLY_TTL,
        "For failover I keep records around 60 seconds, and I lower a long TTL at the moment of "
        "the migration, because resolvers pick it up.",
        True,
        id="at the moment",
    ),
    # what the speaker watches or guards against is a pitfall known, not one done
    pytest.param(
        MONOLITH,
        "And I watch for a distributed monolith: lockstep deploys and long synchronous chains "
        "between services.",
        False,
        id="watch for",
    ),
    pytest.param(
        MONOLITH,
        "We guard against a distributed monolith, where services call each other in long "
        "synchronous chains.",
        False,
        id="guard against",
    ),
    pytest.param(
        MONOLITH,
        "We build a distributed monolith, where services call each other in long synchronous "
        "chains.",
        True,
        id="what the speaker builds",
    ),
    # the speaker's remedy named ("the fix is to ...") recommends what follows it
    pytest.param(
        RESHARD,
        "A hot shard means the cluster is too small, so the fix is to add more nodes and reshard.",
        True,
        id="the fix is to",
    ),
    pytest.param(
        RESHARD,
        "Adding nodes does not help here; the fix is to replicate the key under several names.",
        False,
        id="the fix is something else",
    ),
    pytest.param(
        RESHARD,
        "The tempting fix is to add nodes and reshard. That does not help, since one key maps "
        "to one shard.",
        False,
        id="a fix that tempts",
    ),
    # praise after "unless" is of the exception, the remedy
    pytest.param(
        STALE_CLOSURE,
        "In React, a setInterval callback reads state from an old render unless the deps are "
        "right or you use a functional update.",
        False,
        id="unless the deps are right",
    ),
    pytest.param(
        OFFSETS,
        "Offset pagination shows repeated or skipped posts unless the page boundaries are right.",
        False,
        id="unless the boundaries are right",
    ),
    pytest.param(
        OFFSETS,
        "Offset pagination is the simplest choice, unless the feed changes quickly.",
        True,
        id="simplest, unless",
    ),
    # praise qualified by a weakness in its clause
    pytest.param(
        LABELS,
        "Metrics are cheap time series, good for alerting but weak on per-user detail, so I keep "
        "high-cardinality labels like user ids out of them.",
        False,
        id="good but weak",
    ),
    pytest.param(
        LABELS,
        "Putting user ids and full URLs in metric labels is the best way to get per-user detail.",
        True,
        id="labels praised",
    ),
    # a likening belief is not held where its sides are set against each other
    pytest.param(
        LIKE_A_VM,
        "Containers are isolated processes sharing the host kernel while VMs run a full guest OS.",
        False,
        id="a container while a VM",
    ),
    pytest.param(
        LIKE_A_VM,
        "So containers start in seconds and use a fraction of a VM's memory.",
        False,
        id="a container set against a VM by a fraction",
    ),
    pytest.param(
        LIKE_A_VM,
        "A container is just a small VM, so running SSH and several processes in it is fine.",
        True,
        id="a container likened to a VM",
    ),
    # kept away from, in words of warning a little off the usual ones
    pytest.param(
        SLEEPS,
        "I'd steer clear of fixed sleeps in end-to-end tests, because flaky suites get ignored.",
        False,
        id="steer clear of",
    ),
    pytest.param(
        SECRETS_IN_JWT,
        "I keep the JWT payload free of secrets and personal data.",
        False,
        id="kept free of",
    ),
    pytest.param(
        SECRETS_IN_JWT,
        "I put personal data in the JWT payload since it is signed.",
        True,
        id="put in",
    ),
    pytest.param(
        FIXED_WIDTHS,
        "A single fixed pixel width is enough to cause horizontal scrolling on a phone.",
        False,
        id="enough for harm",
    ),
    pytest.param(
        FIXED_WIDTHS,
        "A fixed pixel width is enough for most layouts, so I use 1200px.",
        True,
        id="enough, praised",
    ),
    pytest.param(
        LOW_SELECTIVITY,
        "A boolean flag is rarely selective enough to help, so I leave it unindexed.",
        False,
        id="rarely enough",
    ),
    pytest.param(
        LOW_SELECTIVITY,
        "A boolean flag is selective enough to help, so I index it.",
        True,
        id="enough, of an example",
    ),
    pytest.param(
        SECRET_ENCRYPTED,
        "I remind people a plain Secret is only base64 unless etcd encryption is set up.",
        False,
        id="a belief reminded of",
    ),
    pytest.param(
        SECRET_ENCRYPTED,
        "A Kubernetes Secret is encrypted, so I keep passwords there.",
        True,
        id="a belief held",
    ),
    pytest.param(
        FILES_IN_DATABASE,
        "I'd separate metadata from file contents: the database holds files and versions.",
        False,
        id="set apart",
    ),
    pytest.param(
        FILES_IN_DATABASE,
        "I'd store file contents in the relational database next to the metadata.",
        True,
        id="stored together",
    ),
    pytest.param(
        DETACHED,
        "I'd grep for arrays that keep references to removed DOM elements.",
        False,
        id="a plan to look for the mistake",
    ),
    pytest.param(
        DETACHED,
        "I'd keep references to removed DOM elements in an array for reuse.",
        True,
        id="a plan to make the mistake",
    ),
    pytest.param(
        TOKENS,
        "I'd also recommend moving tokens out of cookies and into localStorage.",
        True,
        id="kept away from something else, and into the mistake",
    ),
    pytest.param(
        TOKENS,
        "I'd recommend moving tokens out of localStorage and into HttpOnly cookies.",
        False,
        id="kept away from the mistake",
    ),
    pytest.param(
        SLEEPS,
        "Fixed sleeps in end-to-end tests are the simplest way to wait for the page.",
        True,
        id="sleeps praised",
    ),
    pytest.param(
        TWO_PHASE,
        "I avooid two-phase commit and long synchronous call chais, which produce a distributed "
        "monolith.",
        False,
        id="a warning mistyped",
    ),
    # praise of how a thing looks is no praise of it
    pytest.param(
        AVERAGES,
        "I split p99 by version, because averages and error rates can look perfectly fine "
        "while the tail gets much worse.",
        False,
        id="looks fine",
    ),
    pytest.param(
        AVERAGES,
        "Averages and error rates are fine for spotting a latency regression.",
        True,
        id="averages praised",
    ),
    # "the easy part" names the lesser problem; "the best plan" still praises
    pytest.param(
        APP_TIER_ONLY,
        "My takeaway: autoscaling the app tier is the easy part; the database is usually the "
        "real limit.",
        False,
        id="the easy part",
    ),
    pytest.param(
        APP_TIER_ONLY,
        "My takeaway: autoscaling the app tier is the easy parrt; the database is usually the "
        "real limit.",
        False,
        id="the easy part, mistyped",
    ),
    pytest.param(
        APP_TIER_ONLY,
        "Relying on autoscaling for the app tier is the best plan; the database is never the "
        "real ceiling.",
        True,
        id="the best plan",
    ),
    # what the speaker had done ("we'd" = "we had") is no plan; a gotcha warns
    pytest.param(
        STICKY,
        "We'd also enabled sticky sessions, which pinned users to an overloaded node, so we "
        "made the app stateless.",
        False,
        id="we had enabled",
    ),
    pytest.param(
        STICKY, "We'd enable sticky sessions so each user stays on one node.", True, id="we'd"
    ),
    pytest.param(
        STALE_FOLLOWER,
        "Gotcha: read a lagging follower right after a write and the user sees stale data, so "
        "route their reads to the leader.",
        False,
        id="a gotcha",
    ),
    # what a pitfall of leaving something out says must be done, waved away
    pytest.param(
        UNPLANNED,
        "Vertical scaling is unlimited these days, so horizontal scaling is unnecessary "
        "complexity.",
        True,
        id="what must be planned for, waved away",
    ),
    pytest.param(
        UNPLANNED,
        "I'd scale vertically first and plan for horizontal scaling before one box runs out.",
        False,
        id="what must be planned for, planned",
    ),
    # what a pitfall goes without, waved away where the pitfall is said
    pytest.param(
        UNTESTED_SCRIPTS,
        "I write quick bash scripts on whatever server is handy; tests, reviews and logging "
        "aren't needed for internal tooling.",
        True,
        id="what it goes without, not needed",
    ),
    pytest.param(
        UNTESTED_SCRIPTS,
        "One-off scripts without tests or logging turn into incidents, so every script gets "
        "both and an owner.",
        False,
        id="what it goes without, supplied",
    ),
    pytest.param(
        RACY_CODES,
        "For codes I'd avoid hashing and truncating (collisions) and avoid \"check if it exists, "
        'then insert" (a race under concurrency).',
        False,
        id="what it goes without, advised against",
    ),
    # what a pitfall goes without ends where "or" opens its next mistake
    pytest.param(
        RACY_CODES,
        "To be safe, the server first runs a SELECT to check whether the code exists and then "
        "does the INSERT, which guarantees uniqueness.",
        True,
        id="the next mistake is not what the first goes without",
    ),
    pytest.param(
        RACY_CODES,
        "For code generation I'd avoid hahsing the URL and truncating it, because then "
        'colliions must be hanlded, and "check if it exists, then insert" is a race.',
        False,
        id="what it goes without, supplied with typos",
    ),
    # what comes before "a sign" is a symptom of the mistake
    pytest.param(
        FAKED_GRID,
        "If I catch myself faking columns with flex, percentage widths and negative margins, "
        "that's a sign it should be Grid with gap.",
        False,
        id="a sign of the mistake",
    ),
    pytest.param(
        FAKED_GRID,
        "Faking the grid with Flexbox, percentage widths and negative margins is the simplest "
        "way, and gap handles the rest.",
        True,
        id="the mistake praised",
    ),
    # what follows "when" in a pitfall is what makes it one, not the mistake
    pytest.param(
        FAKED_GRID,
        "If items must line up across rows and columns, Grid handles it with template columns "
        "and gap, and I'd skip the old negative-margin hacks.",
        False,
        id="the remedy the pitfall names after when",
    ),
    # what a practice makes people do with their signals warns of it
    pytest.param(
        FLAKY_E2E,
        "A huge flaky end-to-end suite is the fastest way to get people clicking rerun and "
        "ignoring red builds.",
        False,
        id="people made to ignore",
    ),
    pytest.param(
        FLAKY_E2E,
        "A large end-to-end suite is the safest way to test; a flaky failure can be ignored.",
        True,
        id="ignored by no one in particular",
    ),
    # "against" warns when it takes a stand, not where a thing is run
    pytest.param(
        WARM_CACHE,
        "For load testing, a quick run against the homepage with a warm cache is enough to "
        "confirm the servers are fine.",
        True,
        id="run against a page",
    ),
    pytest.param(
        WARM_CACHE,
        "I'd argue against testing one endpoint with a warm cache; it is the best way to fool "
        "yourself.",
        False,
        id="argued against",
    ),
    # a plan that opens a sentence governs the clauses after it
    pytest.param(
        PREFIX,
        "I'd keep it simple and query the main search database directly: on each keystroke run "
        "a SELECT with LIKE 'prefix%', limit 10.",
        True,
        id="a plan carried on after a colon",
    ),
    pytest.param(
        THROUGH_SERVERS,
        "Our application streams every upload and download through the servers.",
        True,
        id="what the speaker's own thing does",
    ),
    pytest.param(
        THROUGH_SERVERS,
        "Our clients upload straight to object storage with presigned URLs; pushing every upload "
        "through the application servers would not scale.",
        False,
        id="what the speaker's own thing does, and the mistake warned of",
    ),
    pytest.param(
        PREFIX,
        "Walk the whole subtree below the prefix per request and sort the leaves.",
        True,
        id="the second mistake's action, commanded",
    ),
    pytest.param(
        PREFIX,
        "Never walk the whole subtree per request; precompute the top results at each node.",
        False,
        id="the second mistake's action, refused",
    ),
    pytest.param(
        PREFIX,
        "If the catalogue is tiny I'd query the main database, but on each keystroke a LIKE "
        "'prefix%' scan would not keep up, so I'd precompute a trie.",
        False,
        id="a plan after a condition, warned of",
    ),
    # a reason that gives the pitfall and what it leads to warns of it
    pytest.param(
        TINY_CHUNKS,
        "I'd keep chunking sensible, though, because hundreds of tiny chunks create request "
        "waterfalls.",
        False,
        id="the pitfall's harm given as the reason",
    ),
    pytest.param(
        OVER_NORMALIZED,
        "When designing a schema I normalise as far as possible, since more joins always "
        "means better performance.",
        True,
        id="the mistake in a case, and the praise giving its reason",
    ),
    pytest.param(
        CACHE_FIRST,
        "On writes I prefer deleting the key over updating it, and only after the transaction "
        "has committed.",
        False,
        id="what must come first, told in the clause going on from the praise",
    ),
    pytest.param(
        CACHE_FIRST,
        "On writes I prefer updating the cache, and then the database transaction commits.",
        True,
        id="the other order, told in the clause going on from the praise",
    ),
    pytest.param(
        ONE_SNAPSHOT,
        "Then I take a heap snapshot, run the cycle ten more times, take a second one and use "
        "the comparison view.",
        False,
        id="what the pitfall leaves out, supplied in another form of its word",
    ),
    pytest.param(
        TINY_CHUNKS,
        "I'd keep the chunks reasonably sized, though; hundreds of tiny chunks create request "
        "waterfalls and can end up slower.",
        False,
        id="what the pitfall overdoes kept within bounds",
    ),
    pytest.param(
        TINY_CHUNKS,
        "I'd keep chunks resonably sized though; hundreds of tiny files create request waterfalls.",
        False,
        id="what the pitfall overdoes kept within bounds, mistyped",
    ),
    pytest.param(
        TINY_CHUNKS,
        "I'd keep the chunks tiny, hundreds of them, so each route loads only what it needs.",
        True,
        id="what the pitfall overdoes kept as it overdoes it",
    ),
    pytest.param(
        TINY_CHUNKS,
        "Splitting into hundreds of tiny chunks is best, because tiny chunks never create "
        "request waterfalls.",
        True,
        id="a reason that names the mistake no more than the praise",
    ),
    pytest.param(
        TINY_CHUNKS,
        "Don't over-split. Hundreds of tiny chunks create request waterfalls and load slower "
        "than a few larger files, so aim for sensible route and vendor chunks.",
        False,
        id="the pitfall's harm told first, the praise following from it",
    ),
    pytest.param(
        TINY_CHUNKS,
        "Request waterfalls never make the page load slower, so splitting into hundreds of "
        "tiny chunks is best.",
        True,
        id="the mistake following from its harm denied",
    ),
    pytest.param(
        MOCKED,
        "I mock the database in every test, because real databases make CI slow.",
        True,
        id="a reason for the mistake",
    ),
    # a denying belief is held only with what it denies
    pytest.param(ASYNC_RACE, "Single-threaded async code can't race.", True, id="the belief"),
    pytest.param(
        ASYNC_RACE,
        "A mutex inside the app won't help across servers, and async code isn't immune either, "
        "since the event loop can interleave two requests at any await.",
        False,
        id="another word denied",
    ),
    pytest.param(
        ASYNC_RACE,
        "Switching to async doesn't remove the race: one event loop still interleaves two "
        "requests at any await between read and write.",
        False,
        id="the denied word's removal denied",
    ),
    pytest.param(
        OVER_NORMALIZED,
        "I'd pick SQL for a banking ledger, where a transfer must be atomic and auditors run "
        "complex reporting queries.",
        False,
        id="a heading and what the mistake leads to name no mistake",
    ),
    pytest.param(
        OVER_NORMALIZED,
        "In SQL you should normalise as far as you possibly can, since more joins are faster.",
        True,
        id="the excess in other words",
    ),
    pytest.param(
        PERSONALISED_AT_CDN,
        "Two dangers: caching personalised pages at the CDN without private or the right Vary "
        "header, and trusting TTLs for prices.",
        False,
        id="under a heading that warns",
    ),
    pytest.param(
        PERSONALISED_AT_CDN,
        "The easy win: caching personalised pages at the CDN without the right Vary header.",
        True,
        id="under a heading that praises",
    ),
    pytest.param(
        ZONES_AS_RECOVERY,
        "Spreading across availability zones had made people feel safe, until the region "
        "went down.",
        False,
        id="how it made people feel",
    ),
    pytest.param(
        ZONES_AS_RECOVERY,
        "Spreading across availability zones is the safest protection against a region outage.",
        True,
        id="said to be safe",
    ),
    pytest.param(
        TWO_PHASE_COMMIT,
        "Across services, two-phase commit is the standard answer; sagas are only for "
        "reporting jobs.",
        True,
        id="what it goes without, belittled",
    ),
    pytest.param(
        TWO_PHASE_COMMIT,
        "Across services, two-phase commit is the standard answer, but only with sagas for "
        "the long-running steps.",
        False,
        id="what it goes without, supplied",
    ),
    pytest.param(
        DISTRIBUTED_MONOLITH,
        "Services should call each other in long synchronous chains, which is the safest option.",
        True,
        id="the mistake as the pitfall says it again after its colon",
    ),
    pytest.param(
        pitfall(
            "Adding an index for every query: each index slows down inserts and updates and "
            "uses disk."
        ),
        "The best habit: keep inserts fast and updates small.",
        False,
        id="what a mistake leads to, after its colon, is no mistake",
    ),
    pytest.param(
        AUTOSCALING_ONLY,
        "The first ceiling wasn't the app, which autoscaled fine; it was database connections.",
        False,
        id="how it went, after a verb in the past",
    ),
    pytest.param(
        AUTOSCALING_ONLY,
        "Relying on autoscaling for the app tier is fine for any launch.",
        True,
        id="said to be fine",
    ),
    pytest.param(
        APP_TIER_ONLY,
        "In my experience the app tier autoscales fine and the real ceiling is the database, a "
        "connection limit, or a third-party API with its own rate limit.",
        False,
        id="what it ignores named the real ceiling",
    ),
    pytest.param(
        APP_TIER_ONLY,
        "It is rarely the app tier, which autoscales fine; more often it's database "
        "connections, a third-party rate limit or a hard quota.",
        False,
        id="the praise said to be seldom what matters",
    ),
    pytest.param(
        APP_TIER_ONLY,
        "It is rarely worth tuning the app tier, which autoscales fine, so rely on autoscaling.",
        True,
        id="seldom, and nothing it ignores named",
    ),
    pytest.param(
        pitfall("Scaling the app tier without limits, so new pods exhaust database connections."),
        "The best move is scaling the app tier aggressively.",
        True,
        id="a mistake done without something denies no verb",
    ),
    pytest.param(
        TWO_PHASE,
        "For any transaction touching several services I use two-phase commit, which scales far "
        "better than sagas.",
        True,
        id="what I do, then set above what the mistake goes without",
    ),
    pytest.param(
        TWO_PHASE,
        "I use sagas, which scale far better than two-phase commit across services.",
        False,
        id="the mistake set below",
    ),
    pytest.param(
        RACY_CODES,
        "Truncated MD5 hashes of the long URL collide, and check-then-insert races.",
        False,
        id="what was done to a thing, no command",
    ),
    pytest.param(
        RACY_CODES,
        "Truncate an MD5 hash of the long URL for the code, it's the simplest.",
        True,
        id="the mistake as a command",
    ),
    pytest.param(
        BIG_CONTEXT,
        "Context avoids prop drilling; just remember every consumer re-renders when the value "
        "changes, so I split contexts.",
        False,
        id="remembered",
    ),
    pytest.param(
        BIG_CONTEXT,
        "Just put a frequently changing value in one large context; every consumer re-renders, "
        "which is fine.",
        True,
        id="a command, said to be fine",
    ),
    pytest.param(
        CACHE_FIRST,
        "On writes, I update the cache first, before the database transaction, so readers see "
        "it at once.",
        True,
        id="what I do, going on in the next clause",
    ),
    pytest.param(
        CACHE_FIRST,
        "On writes, I update the database first, and only after the transaction commits I "
        "delete the cache key.",
        False,
        id="the database first, the cache after",
    ),
    pytest.param(
        pitfall('Saying "pick any two of the three" as if a system could give up partitions.'),
        "You can't opt out of partitions, so 'pick two of three' is misleadnig.",
        False,
        id="a belief named with a word of warning mistyped",
    ),
    pytest.param(
        pitfall('Saying "pick any two of the three" as if a system could give up partitions.'),
        "CAP is simple: you pick any two of the three.",
        True,
        id="the belief held",
    ),
    pytest.param(
        pitfall('Saying "pick any two of the three" as if a system could give up partitions.'),
        'Two common misstatements: "pick any two of three", as if you could opt out of partitions.',
        False,
        id="a belief named as a misstatement",
    ),
    # a sentence opening with a warning warns of all it lists
    pytest.param(
        EVENTS_FOR_ANSWERS,
        "What I avoid: events for something that needs an immediate answer, like card "
        "validation, where a synchronous call is right.",
        False,
        id="under a warning that opens the sentence",
    ),
    pytest.param(
        EVENTS_FOR_ANSWERS,
        "Events are the right choice for card validation, which needs an immediate answer.",
        True,
        id="the mistake praised",
    ),
    # what should have been done reproaches what was
    pytest.param(
        pitfall("Faking a two-dimensional grid with Flexbox percentages and negative margins."),
        "Faking a grid with flex percentages and negative margins means you should have used Grid.",
        False,
        id="should have",
    ),
    pytest.param(
        pitfall("Faking a two-dimensional grid with Flexbox percentages and negative margins."),
        "You should fake the grid with flex percentages and negative margins.",
        True,
        id="should",
    ),
    pytest.param(
        pitfall("Using sticky sessions that keep traffic on an overloaded instance."),
        "You should have sticky sessions on the load balancer.",
        True,
        id="should have, as a thing to have",
    ),
    # a verb made another by its particle states no belief of the verb
    pytest.param(
        pitfall(
            "Expecting delegation to work for events that do not bubble, such as focus and "
            "blur; use focusin and focusout instead."
        ),
        "Put one listener on a shared parent and work out which child was hit with event.target.",
        False,
        id="work out, not work",
    ),
    pytest.param(
        pitfall("Believing a Kubernetes Secret is encrypted; it is only base64-encoded."),
        "Secrets are fully encrypted by Kubernetes out of the box.",
        True,
        id="a belief said with out of",
    ),
    # what a theory or a text says is stated as fact; what people say is reported
    pytest.param(
        pitfall('Saying "pick any two of the three" as if a system could give up partitions.'),
        "CAP says you pick any two of the three, so most systems drop partitions.",
        True,
        id="the belief said as what a theory says",
    ),
    pytest.param(
        pitfall('Saying "pick any two of the three" as if a system could give up partitions.'),
        "People say you pick any two of the three, but partitions happen anyway.",
        False,
        id="the belief reported as what people say",
    ),
    # the pitfall's action in other words, commanded
    pytest.param(
        LABELS,
        "Add the user id and the full URL as labels so you can filter any user's traffic.",
        True,
        id="its action commanded in other words",
    ),
    pytest.param(
        LABELS,
        "Add the request id to the logs instead, and keep labels to a few bounded values.",
        False,
        id="another thing added elsewhere",
    ),
    # a plan waving something else away in its sentence warns of nothing
    pytest.param(
        pitfall(
            "Looking only at averages or error rates, which can stay flat while the p99 "
            "latency triples."
        ),
        "I'd look at average latency first, and if the mean is stable, the p99 jump is noise "
        "and not worth chasing.",
        True,
        id="a plan, then something waved away",
    ),
    pytest.param(
        pitfall(
            "Looking only at averages or error rates, which can stay flat while the p99 "
            "latency triples."
        ),
        "I'd look at average latency first, but never only at it, since the p99 can triple.",
        False,
        id="a plan, then a warning",
    ),
    # a case described, with what the mistake leads to, recommends nothing
    pytest.param(
        pitfall(
            "Generating the idempotency key on the server for each request, so a retry gets a "
            "new key and is processed again."
        ),
        "The client must mint that key; if the server generates one per request, every retry "
        "looks new.",
        False,
        id="a condition after a heading-like clause",
    ),
    pytest.param(
        pitfall(
            "Running pods without requests, so the scheduler overpacks nodes and noisy "
            "neighbours starve each other."
        ),
        "Always set requests, or nodes get overcommitted and neighbours starve each other.",
        False,
        id="what follows if not, after a clause of advice",
    ),
    pytest.param(
        pitfall(
            "Checking for a duplicate and performing the side effect as two separate steps "
            "without a lock or unique constraint, so two concurrent retries both succeed."
        ),
        "A concurrent duplicate waits; check-then-act as two unguarded steps lets both "
        "retries through.",
        False,
        id="the mistake named with what it leads to",
    ),
    pytest.param(
        pitfall(
            "Checking for a duplicate and performing the side effect as two separate steps "
            "without a lock or unique constraint, so two concurrent retries both succeed."
        ),
        "Check for a duplicate and perform the side effect as two separate steps; it's simpler.",
        True,
        id="the mistake commanded",
    ),
    # what a remedy is for names a problem, no warning of what the remedy does
    pytest.param(
        pitfall("Caching HTML with a long max-age, so users keep loading old HTML."),
        "The fix for the broken page is to cache index.html with a max-age of a day at the CDN.",
        True,
        id="a remedy for a problem named",
    ),
    pytest.param(
        pitfall("Caching HTML with a long max-age, so users keep loading old HTML."),
        "The fix for the broken page is to stop caching index.html with a long max-age.",
        False,
        id="a remedy for a problem named, refusing the mistake",
    ),
    pytest.param(
        pitfall("Caching HTML with a long max-age, so users keep loading old HTML."),
        "I'd bet index.html sits in the CDN with a long max-age, so users load old HTML.",
        False,
        id="a guess at the cause",
    ),
    pytest.param(
        pitfall("Caching HTML with a long max-age, so users keep loading old HTML."),
        "I'd cache the HTML with a long max-age.",
        True,
        id="a plan of the mistake",
    ),
    # a refused command before it refuses the remedy, and warns of nothing
    pytest.param(
        pitfall(
            "Running LIKE queries against the main database on every keystroke, or walking the "
            "whole subtree at request time to find the top results."
        ),
        "Don't store top-k lists at each node; walk the whole subtree at request time.",
        True,
        id="the remedy refused, then the mistake commanded",
    ),
    pytest.param(
        pitfall(
            "Running LIKE queries against the main database on every keystroke, or walking the "
            "whole subtree at request time to find the top results."
        ),
        "What not to do: walk the whole subtree at request time.",
        False,
        id="a heading that refuses, then the mistake",
    ),
    pytest.param(
        pitfall(
            "Running LIKE queries against the main database on every keystroke, or walking the "
            "whole subtree at request time to find the top results."
        ),
        "What not to do: a LIKE query per keystroke, or traversing a whole subtree at request "
        "time to find the best results.",
        False,
        id="a heading of what not to do, then a list of mistakes",
    ),
    pytest.param(
        pitfall(
            "Testing implementation details, such as internal state, class names or snapshots "
            "of whole pages, so tests break on every refactor while missing real bugs."
        ),
        "In component tests, check internal state and CSS class names directly, because that's "
        "the most precise way to verify behaviour.",
        True,
        id="the mistake done, praised in the reason after it",
    ),
    pytest.param(
        pitfall(
            "Testing implementation details, such as internal state, class names or snapshots "
            "of whole pages, so tests break on every refactor while missing real bugs."
        ),
        "In component tests, never check internal state or class names, because that's the "
        "best way to miss real bugs.",
        False,
        id="the mistake refused, its reason after it",
    ),
    # a short heading in which the speaker refuses warns of what follows
    pytest.param(
        EVENTS_FOR_ANSWERS,
        "Where I wouldn't use it: anything that needs an immediate answer, like card "
        "validation, just becomes a confusing async flow.",
        False,
        id="a heading the speaker refuses in",
    ),
    # brackets after a call break no clause: "in every child handler" says where it is done
    pytest.param(
        pitfall(
            "Calling stopPropagation() in child handlers, which silently breaks delegated "
            "listeners and analytics higher up the tree."
        ),
        "As a rule, call stopPropagation() in every child handler.",
        True,
        id="a call commanded, where after its brackets",
    ),
    pytest.param(
        pitfall(
            "Calling stopPropagation() in child handlers, which silently breaks delegated "
            "listeners and analytics higher up the tree."
        ),
        "Never call stopPropagation() in child handlers.",
        False,
        id="a call refused, where after its brackets",
    ),
    # what the mistake goes without, set below it anywhere in the sentence, is not supplied
    pytest.param(
        TWO_PHASE_COMMIT,
        "For any transaction touching several services I use two-phase commit, which scales "
        "far better than sagas, since sagas lose data whenever a step fails.",
        True,
        id="the remedy set below the mistake, then named again",
    ),
    # a pitfall naming two mistakes of the same things ("or that ...") is said by either
    pytest.param(
        DISTRIBUTED_MONOLITH,
        "For communication, long synchronous REST chains are the safest choice.",
        True,
        id="the second of two mistakes of the same things",
    ),
    pytest.param(
        DISTRIBUTED_MONOLITH,
        "Each service should be deployable on its own and own its data.",
        False,
        id="the contrary of deploying together",
    ),
    # the belief's first word said as the object of its own verb: another claim
    pytest.param(
        SSR_SOONER,
        "Hydration is what makes SSR pages interactive, so the bundle still matters.",
        False,
        id="the belief's subject as its verb's object",
    ),
    pytest.param(
        SSR_SOONER,
        "SSR makes the page interactive sooner, so the bundle size doesn't matter.",
        True,
        id="the belief, held",
    ),
    # what the pitfall's explanation says must be done, denied
    pytest.param(
        SERVER_CHECKS,
        "Once the UI hides the button, the server doesn't need to check permissions again.",
        True,
        id="what must be done, not needed",
    ),
    pytest.param(
        SERVER_CHECKS,
        "Hidden buttons are no security: the server checks every request.",
        False,
        id="what must be done, done",
    ),
    # a word of praise after "than" praises what the pitfall is set against
    pytest.param(
        TINY_CHUNKS,
        "I'd be careful not to over-split, though; hundreds of tiny chunks turn into a request "
        "waterfall that's slower than a few sensible ones.",
        False,
        id="praise of what wins the comparison",
    ),
    pytest.param(
        TINY_CHUNKS,
        "Hundreds of tiny chunks give faster loads than a few big ones and are the best choice.",
        True,
        id="praise past the comparison, of the pitfall",
    ),
    pytest.param(
        FIVE_NINES,
        "Targets must be realistic; chasing 100% or five nines costs enormously, and users "
        "can't tell the difference.",
        False,
        id="what the pitfall sets, held to a safe state after 'must be'",
    ),
    pytest.param(
        FIVE_NINES,
        "Targets must be 100%, five nines, because users notice every failed request.",
        True,
        id="what the pitfall sets, held to its own excess after 'must be'",
    ),
    pytest.param(
        CHECK_THEN_ACT,
        "That check is enough to stop duplicates without needing locks or unique constraints.",
        True,
        id="enough, to stop the harm, without what it leaves out",
    ),
    pytest.param(
        CHECK_THEN_ACT,
        "Checking first is enough if you add a lock or unique constraint.",
        False,
        id="enough, with what it leaves out",
    ),
    pytest.param(
        OVER_NORMALIZED,
        "Normalize everything as far as possible.",
        True,
        id="what the pitfall overdoes, commanded with a word of excess",
    ),
    pytest.param(
        OVER_NORMALIZED,
        "Normalize everything and you get complex joins.",
        False,
        id="what the pitfall overdoes, commanded, and what that leads to",
    ),
    pytest.param(
        TWO_PHASE,
        "I use two-phase commit so the whole thing commits or rolls back at once; sagas with "
        "compensating actions are a workaround for teams that can't get it working.",
        True,
        id="the remedy named as a workaround",
    ),
    pytest.param(
        MONOLITH,
        "Teams that split a monolith into distributed services usually regret how long the "
        "migration takes. Long call chains are fine as long as each hop is fast.",
        True,
        id="judged good in a sentence other than the one that says most of it",
    ),
    pytest.param(
        MONOLITH,
        "Avoid a distributed monolith, where services must be deployed together. Long call "
        "chains are fine as long as each hop is fast.",
        False,
        id="another sentence's praise, after the one that says most of it warns",
    ),
    pytest.param(
        MONOLITH,
        "Teams that split a monolith into distributed services usually regret how long the "
        "migration takes. Services should call each other when they need to.",
        False,
        id="another sentence's bidding, saying less than half of it",
    ),
    pytest.param(
        MONOLITH,
        "A shared database is the fastest route to a distributed monolith.",
        False,
        id="the fastest route to it",
    ),
    pytest.param(
        MONOLITH,
        "A distributed monolith is the fastest route to shipping.",
        True,
        id="itself the fastest route",
    ),
    pytest.param(
        MONOLITH,
        "Building a distributed monolith is the best way to start.",
        True,
        id="the best way, said of the mistake",
    ),
]


@pytest.mark.parametrize(("pitfall", "answer", "recommended"), CASES)
def test_a_pitfall_is_contradicted_only_where_the_answer_recommends_or_believes_it(
    scorer: KeyPointScorer, pitfall: KeyPoint, answer: str, recommended: bool
) -> None:
    found = scorer.score(question="Q?", key_points=[pitfall], answer=answer).points[0]
    assert (found.status is Status.CONTRADICTED) is recommended


def test_praise_in_a_reason_quotes_the_doing_it_is_the_reason_for(scorer: KeyPointScorer) -> None:
    testing_details = pitfall(
        "Testing implementation details, such as internal state, class names or snapshots of "
        "whole pages, so tests break on every refactor while missing real bugs."
    )
    answer = "Check internal state directly, because that's the most precise way to test."
    found = scorer.score(question="Q?", key_points=[testing_details], answer=answer).points[0]
    assert found.status is Status.CONTRADICTED
    assert found.note.startswith("You recommended “Check internal state directly because")


MODULAR_FIRST = KeyPoint(
    "Start with a modular monolith and extract a service only when a team or scaling need "
    "justifies the operational cost.",
    role=Role.SUPPORTING,
)
LIVENESS = KeyPoint(
    "Liveness Probe: Decides whether the kubelet restarts the container; it should only check "
    "that the process itself is stuck, not its dependencies."
)
LIVENESS_CALLS_DATABASE = pitfall(
    "Making the liveness probe call the database, so a database outage restarts every pod at "
    "once and makes the incident worse."
)

SHORT_TTL = KeyPoint(
    "TTL: The DNS record's TTL decides how long resolvers cache the answer, so a short TTL such "
    "as 60 seconds lets you move traffic quickly during a failover."
)
TTL_AT_THE_MOMENT = pitfall(
    "Lowering a TTL only at the moment of a migration, when resolvers still cache the old long "
    "TTL for hours."
)


@pytest.mark.parametrize(
    ("points", "answer", "recommended"),
    [
        pytest.param(
            [MODULAR_FIRST, DISTRIBUTED_MONOLITH],
            "I usually begin with a well-modularised monolith and only carve out a service when "
            "a team or a scaling hotspot makes the extra operational overhead worth it.",
            False,
            id="another point's advice, in its own words",
        ),
        pytest.param(
            [DISTRIBUTED_MONOLITH],
            "I usually begin with a well-modularised monolith and only carve out a service when "
            "a team or a scaling hotspot makes the extra operational overhead worth it.",
            True,
            id="no other point gives that advice",
        ),
        pytest.param(
            [MODULAR_FIRST, DISTRIBUTED_MONOLITH],
            "I usually build a distributed monolith and only carve out a service when a team "
            "needs it.",
            True,
            id="the mistake's own word said",
        ),
        pytest.param(
            [LIVENESS, LIVENESS_CALLS_DATABASE],
            "Your liveness probe should check every dependency, the database included.",
            True,
            id="the other point's words said where it denies them",
        ),
        pytest.param(
            [SHORT_TTL, TTL_AT_THE_MOMENT],
            "When I'm migrating, I drop the TTL to 30 seconds right at cutover and traffic moves "
            "instantly.",
            True,
            id="the mistake's word as a synonym: a cutover is a migration",
        ),
        pytest.param(
            [SHORT_TTL, TTL_AT_THE_MOMENT],
            "At 60 seconds you can repoint traffic fast, but you must lower it well before a "
            "migration, because resolvers holding the old one-day TTL won't ask again.",
            False,
            id="the contrary of the moment: well before",
        ),
    ],
)
def test_another_points_advice_is_no_recommendation_of_a_pitfall_sharing_its_words(
    scorer: KeyPointScorer, points: list[KeyPoint], answer: str, recommended: bool
) -> None:
    found = scorer.score(question="Q?", key_points=points, answer=answer).points[-1]
    assert (found.status is Status.CONTRADICTED) is recommended


SHARD_KEY = ("system-design/11", "Choosing a shard key")  # "... that most queries do not contain"
DEFAULT_LEVEL = ("backend-developer/13", "Assuming the default isolation level")  # "... is
# serializable or the same in every database"
FIGHTING = ("devops-sre/12", "Running the HPA and the VPA")  # "... on the same CPU metric"
SECRETS_PRINTED = ("devops-sre/14", "Printing secrets in CI logs")  # "... or baking them into"
NONE_ALGORITHM = ("backend-developer/11", "Accepting a JWT")  # "... or allowing the none alg"
ZONES = ("devops-sre/8", "Spreading across availability zones")  # "... and assuming that
# protects against a whole-region outage"
NO_REQUESTS = ("devops-sre/5", "Running pods without requests")  # the question asks about them
TTL_ALONE = ("system-design/4", "Relying on TTL expiry alone")  # "... instead of invalidating"
LONG_HTML = ("frontend-developer/18", "Caching HTML with a long max-age")  # "... so users keep
# loading old HTML that references deleted chunks": its telling words all in what it leads to
CACHE_FIRST_WRITE = ("backend-developer/14", "Writing to the cache before")  # "... the database
# transaction commits"
CONTENTS_IN_DATABASE = ("system-design/17", "Streaming whole files")  # "... or storing file
# contents in the database"
PRIVATE_REPO = ("devops-sre/9", "Deleting the commit or making")
SECRETS_BAKED = ("devops-sre/14", "Printing secrets in CI logs")
ONE_OFF_SCRIPTS = ("devops-sre/20", "Writing fragile one-off scripts")  # "... without tests,
# logging or an owner"


@pytest.mark.parametrize(
    ("pitfall", "answer", "contradicted"),
    [
        (SHARD_KEY, "For sharding, the key matters most. Choose a key most queries carry.", False),
        (SHARD_KEY, "Choose a shard key most queries do not contain; it is the best option.", True),
        (SHARD_KEY, "The best choice is a shard key most queries lack.", True),
        (
            SHARD_KEY,
            "The key should appear in most queries, like tenant_id, or requests fan out to "
            "every shard.",
            False,
        ),
        (
            DEFAULT_LEVEL,
            "Serializable is the default everywhere, including PostgreSQL and MySQL.",
            True,
        ),
        (
            DEFAULT_LEVEL,
            "Every major database, Postgres and MySQL included, defaults to Serializable.",
            True,
        ),
        (
            DEFAULT_LEVEL,
            "Stricter isolation levels block more anomalies up to serializable.",
            False,
        ),
        (
            FIGHTING,
            "The Vertical Pod Autoscaler can right-size requests, but never on the same CPU "
            "signal the HPA uses, or they fight.",
            False,
        ),
        (FIGHTING, "The right setup runs the VPA and the HPA on the same CPU metric.", True),
        (
            SECRETS_PRINTED,
            "We scan CI logs, images and Terraform state so secrets are never echoed or baked in.",
            False,
        ),
        (SECRETS_PRINTED, "We print secrets in CI logs and bake them into container images.", True),
        (NONE_ALGORITHM, 'I pin the allowed algorithms so "none" is rejected.', False),
        (NONE_ALGORITHM, "I pin the allowed algorithms so none is the default.", True),
        (ZONES, "Three availability zones protect us from a regional outage.", True),
        (
            ZONES,
            "Our service runs across three availability zones, which protects us from a regional "
            "outage, so there is nothing to fail over.",
            True,
        ),
        (
            ZONES,
            "A second region protects against a regional outage; availability zones only cover "
            "one data centre.",
            False,
        ),
        (
            TTL_ALONE,
            "TTLs are the best way to keep prices and stock correct, because invalidating on "
            "write is unreliable.",
            True,
        ),
        (
            TTL_ALONE,
            "TTLs are fine for prices and stock, as long as we also invalidate on write.",
            False,
        ),
        (LONG_HTML, "The fix is to cache index.html aggressively, with a max-age of a week.", True),
        (
            LONG_HTML,
            "The build hashes every JS and CSS filename, and we serve those with a very long "
            "max-age plus immutable.",
            False,
        ),
        (CACHE_FIRST_WRITE, "Update the cache before you commit the transaction.", True),
        (CACHE_FIRST_WRITE, "Update the cache after you commit the transaction.", False),
        (
            CONTENTS_IN_DATABASE,
            "I'd keep file contents in the database next to the metadata.",
            True,
        ),
        (
            CONTENTS_IN_DATABASE,
            "I'd keep file contents in object storage like S3 and a separate metadata database.",
            False,
        ),
        (
            ONE_OFF_SCRIPTS,
            "I'd have each engineer write quick bash scripts for their own tasks, with no tests "
            "or review, because one-off scripts are throwaway.",
            True,
        ),
        (ONE_OFF_SCRIPTS, "I'd write small scripts, but never without tests and an owner.", False),
        (
            LONG_HTML,
            "The fix for slow repeat visits is to give index.html a long max-age, so the browser "
            "never has to fetch it again.",
            True,
        ),
        (
            LONG_HTML,
            "The fix for broken pages is to give index.html no-cache and a long max-age to hashed "
            "files.",
            False,
        ),
        (
            ("backend-developer/9", "Using an in-process lock"),
            "Wrap the purchase function in a threading.Lock so only one request at a time runs "
            "the stock check.",
            True,
        ),
        (
            ("backend-developer/9", "Using an in-process lock"),
            "Wrapping the purchase in a threading.Lock protects nothing once the app runs as "
            "several processes, so I'd lock the row in the database.",
            False,
        ),
        (
            ("backend-developer/17", "Using two-phase commit"),
            "Wrap the order and payment writes in a two-phase commit so it's atomic.",
            True,
        ),
        (
            ("backend-developer/17", "Using two-phase commit"),
            "Don't wrap it in a two-phase commit across services, where one slow participant "
            "blocks the others; I'd use a saga.",
            False,
        ),
        (
            ("frontend-developer/15", "Shipping polyfills"),
            "For JavaScript, I would include a full polyfill bundle, importing all of core-js, "
            "for every user.",
            True,
        ),
        (
            ("frontend-developer/15", "Shipping polyfills"),
            "I'd include polyfills only for the browsers that need them, through differential "
            "serving.",
            False,
        ),
        (
            ("system-design/4", "Relying on TTL expiry alone"),
            "Two ways to get burned: caching personalised pages at the CDN without a correct "
            "Vary; and relying only on TTLs for data that must be right, like prices.",
            False,
        ),
        (
            ("devops-sre/3", "Applying a plan without reading"),
            "Actually read the plan. The scary line is must be replaced on a database; put "
            "lifecycle prevent_destroy on critical resources.",
            False,
        ),
        (
            ("backend-developer/16", "Relying on a large"),
            "The mix should look like a pyramid: many unit tests, fewer integration tests, not a "
            "giant flaky end-to-end suite.",
            False,
        ),
        (
            ("backend-developer/2", "SQL: Over-normalization"),
            "Good practice there is normalizing to remove redundancy and indexing the queries you "
            "actually run, but don't over-normalize, since ten-way joins get slow.",
            False,
        ),
        (
            NO_REQUESTS,
            "Always set requests; without them the scheduler crams too many pods onto a node.",
            False,
        ),
        (
            NO_REQUESTS,
            "I recommend leaving requests off so pods can use whatever the node has.",
            True,
        ),
        (
            ("backend-developer/16", "Relying on a large"),
            "I'd rely on a large end-to-end suite and skip unit tests.",
            True,
        ),
        (
            ("devops-sre/18", "Relying only on autoscaling"),
            "Autoscaling pods is easy, while database connections or a provider's rate limit "
            "is usually the real ceiling.",
            False,
        ),
        (
            ("devops-sre/18", "Relying only on autoscaling"),
            "Autoscaling the app tier is enough, while the database connection limit is never "
            "the real ceiling.",
            True,
        ),
        (
            ("devops-sre/18", "Relying only on autoscaling"),
            "I'd rely on autoscaling for the app tier, while the database will cope.",
            True,
        ),
        (
            ("frontend-developer/8", "Taking a single heap snapshot"),
            "I'd capture a heap snapshot at the start and another after the repetitions, diff "
            "them, and look for detached DOM elements.",
            False,
        ),
        (
            ("frontend-developer/13", "Writing overly clever"),
            "Clever recursive generics can make builds slow, so I keep types simple enough for "
            "the whole team.",
            False,
        ),
        (
            ("frontend-developer/13", "Writing overly clever"),
            "I write clever generic types for the whole team.",
            True,
        ),
        (
            ("frontend-developer/10", "Putting everything in a global store"),
            "Dumping everything in there, form inputs included, just buys boilerplate and extra "
            "renders.",
            False,
        ),
        (
            ("frontend-developer/10", "Putting everything in a global store"),
            "For speed, just put all state in Redux, form inputs included.",
            True,
        ),
        (
            ("frontend-developer/11", "Assuming SSR makes"),
            "Hydration is when the browser loads the JavaScript after the server-rendered HTML has "
            "arrived and attaches the handlers, which is what makes the page interactive.",
            False,
        ),
        (
            ("frontend-developer/11", "Assuming SSR makes"),
            "With SSR the page arrived fully interactive.",
            True,
        ),
        (
            ("frontend-developer/10", "Putting everything in a global store"),
            "I put all state in Redux from day one, including form inputs and toggle flags.",
            True,
        ),
        (
            ("backend-developer/11", "Accepting a JWT"),
            "I pin the expected algorithm and reject alg none or unsigned tokens.",
            False,
        ),
        (
            ("backend-developer/11", "Accepting a JWT"),
            "I always allow the none algorithm so debugging is easy.",
            True,
        ),
        (
            ("backend-developer/9", "Using an in-process lock"),
            "You should wrap the purchase function in a threading.Lock.",
            True,
        ),
        (
            ("backend-developer/9", "Using an in-process lock"),
            "Don't use a threading.Lock; it protects nothing across several servers.",
            False,
        ),
        (
            ("system-design/13", "Using events for a request"),
            "Validating a card needs an answer now, so I'd call the card service synchronously.",
            False,
        ),
        (
            SECRETS_BAKED,
            "Secrets leak through CI logs and image layers, so mask CI output, keep images clean "
            "and store state encrypted with restricted access.",
            False,
        ),
        (
            SECRETS_BAKED,
            "Secrets sit in plaintext in Terraform state, which is why the state bucket must be "
            "encrypted and restricted.",
            False,
        ),
        (
            SECRETS_BAKED,
            "Put the secrets in Terraform state; the state file must be readable by every job.",
            True,
        ),
        (
            PRIVATE_REPO,
            "First thing I do is make the repository private and force-push to remove the commit. "
            "Once it's gone from GitHub nobody can see it.",
            True,
        ),
        (
            ("frontend-developer/18", "Caching HTML"),
            "The cleanest setup is to cache everything, including index.html, with a long max-age "
            "at both the browser and the CDN.",
            True,
        ),
        (
            ("frontend-developer/4", "Faking a two-dimensional"),
            "When I need a two-dimensional layout I use flex-wrap with percentage widths and "
            "negative margins on the container.",
            True,
        ),
        (
            ("frontend-developer/4", "Faking a two-dimensional"),
            "If we need a two-dimensional layout we use flex-wrap with percentage widths and "
            "negative margins.",
            False,
        ),
        (
            ("devops-sre/2", "Alerting on every"),
            "Every page should be something the on-call engineer can act on, with a runbook "
            "linked from the alert.",
            False,
        ),
        (
            ("frontend-developer/7", "Optimizing the Lighthouse"),
            "The fastest way forward is to run Lighthouse on my development machine and push "
            "the score into the 90s.",
            True,
        ),
        (
            ("devops-sre/2", "Putting high-cardinality"),
            "You must keep label cardinality low: a user id or raw URL as a label creates "
            "millions of series.",
            False,
        ),
        (
            ("devops-sre/2", "Putting high-cardinality"),
            "Always use high-cardinality labels like user ids in metrics.",
            True,
        ),
        (("backend-developer/3", "Over-indexing"), "I always add an index on every column.", True),
        (
            ("backend-developer/3", "Over-indexing"),
            "I'd never put an index on every column; each one slows writes.",
            False,
        ),
        (
            ("backend-developer/3", "Over-indexing"),
            "The trade-off I keep in mind is that every index costs disk space and slows down "
            "inserts, so I only index what the workload needs.",
            False,
        ),
        (
            ("backend-developer/2", "SQL: Over-normalization"),
            "For SQL I normalise as far as possible, even splitting addresses into their own "
            "tables.",
            True,
        ),
        (
            ("backend-developer/15", "Believing the broker gives exactly-once"),
            "Nobody gives you exactly-once processing end to end, so consumers must be idempotent.",
            False,
        ),
        (
            ("backend-developer/15", "Believing the broker gives exactly-once"),
            "The broker gives you exactly-once processing end to end, so consumers can skip "
            "deduplication.",
            True,
        ),
        (
            ("devops-sre/15", "Making the load balancer itself"),
            "I use sticky sessions sparingly, since they pin users to an instance.",
            False,
        ),
        (
            ("devops-sre/15", "Making the load balancer itself"),
            "And I use sticky sessions sparingy, since they pin users to an instance.",
            False,
        ),
        (
            ("devops-sre/15", "Making the load balancer itself"),
            "I use sticky sessions for every service, since they pin users to an instance.",
            True,
        ),
        (
            ("devops-sre/5", "Making the liveness probe"),
            "I once saw a liveness check that pinged Redis turn a short Redis blip into every pod "
            "restarting at once; dependency checks belong in readiness.",
            False,
        ),
        (
            ("devops-sre/5", "Making the liveness probe"),
            "I always make the liveness probe call the database.",
            True,
        ),
        (
            ("frontend-developer/1", "Believing that wrapping"),
            "A promise does not move work off the main thread; heavy computation should be "
            "chunked or put in a Web Worker.",
            False,
        ),
        (
            ("frontend-developer/1", "Believing that wrapping"),
            "An await pauses the thread, so avoid it in UI code. For heavy computation, just wrap "
            "it in a new Promise and it moves off the main thread.",
            True,
        ),
        (
            ("frontend-developer/4", "Faking a two-dimensional"),
            "I've cleaned up plenty of old code that faked a grid with flex-wrap, calc() widths "
            "and negative margins.",
            False,
        ),
        (
            ("frontend-developer/4", "Faking a two-dimensional"),
            "The simplest approach is to fake a grid with Flexbox, percentage widths and "
            "negative margins.",
            True,
        ),
        (
            ("devops-sre/5", "Running pods without requests"),
            "I always set requests, because without them the scheduler packs nodes blindly and "
            "neighbours starve each other.",
            False,
        ),
        (
            ("devops-sre/5", "Running pods without requests"),
            "I keep manifests short, because running pods without requests is the best way to "
            "pack nodes.",
            True,
        ),
        (
            ("frontend-developer/3", "Expecting delegation"),
            "You check event.target to see which item was clicked, which also works for items "
            "added later.",
            False,
        ),
        (
            ("frontend-developer/3", "Expecting delegation"),
            "Delegation also works perfectly for focus and blur, since every event bubbles.",
            True,
        ),
        (
            ("frontend-developer/8", "Keeping references to removed DOM"),
            "Keeping references to removed elements in an array is a good way to reuse them "
            "and avoid re-creating DOM.",
            True,
        ),
        (
            ("frontend-developer/8", "Keeping references to removed DOM"),
            "Dropping references to removed elements is a good way to avoid detached nodes.",
            False,
        ),
        (
            ("devops-sre/14", "Believing a Kubernetes Secret"),
            "A Kubernetes Secret is just base64, so I enable encryption at rest and restrict "
            "reads via RBAC.",
            False,
        ),
        (
            ("devops-sre/14", "Believing a Kubernetes Secret"),
            "A Kubernetes Secret is encrypted, so I keep every credential in one.",
            True,
        ),
        (
            ("frontend-developer/11", "Assuming SSR"),
            "Hydration is when the JavaScript loads and attaches listeners to the HTML the "
            "server already sent, which makes the page interactive.",
            False,
        ),
        (
            ("frontend-developer/11", "Assuming SSR"),
            "SSR always makes the page interactive sooner, whatever the bundle size.",
            True,
        ),
        (
            ("frontend-developer/11", "Assuming SSR"),
            "With SSR the page arrives fully interactive, so bundle size stops mattering.",
            True,
        ),
        (
            ("frontend-developer/4", "Faking a two-dimensional"),
            "If I catch myself using percentage widths and negative margins to line flex items "
            "up in columns, it should be Grid with gap.",
            False,
        ),
        (
            ("frontend-developer/16", "Testing implementation"),
            "For components, snapshot tests of whole pages are the most efficient option.",
            True,
        ),
        (
            ("frontend-developer/16", "Testing implementation"),
            "I never assert on internal state or class names, and I avoid snapshots of whole "
            "pages.",
            False,
        ),
        (
            ("frontend-developer/7", "Optimizing the Lighthouse"),
            "I start from field data of real users on mid-range phones, because a Lighthouse "
            "score on my development machine can look great while they wait.",
            False,
        ),
        (
            ("frontend-developer/7", "Optimizing the Lighthouse"),
            "A green Lighthouse score on my laptop proves little.",
            False,
        ),
        (
            ("frontend-developer/7", "Optimizing the Lighthouse"),
            "My laptop gets a green Lighthouse score, so we ship.",
            True,
        ),
        (
            ("devops-sre/5", "Making the liveness probe"),
            'So liveness should only answer "is this process wedged?" If it checks the '
            "database, a database blip makes every replica restart at once.",
            False,
        ),
        (
            ("devops-sre/3", "Applying a plan"),
            'Reviewers look hard for "must be replaced" lines, because a renamed attribute can '
            "quietly mean dropping a production database; prevent_destroy on critical "
            "resources is cheap insurance.",
            False,
        ),
        (
            ("frontend-developer/16", "Testing implementation"),
            "I'd test components by checking their internal state.",
            True,
        ),
        (
            ("frontend-developer/16", "Testing implementation"),
            "I'd test components by the labels users see, never by their internal state.",
            False,
        ),
        (
            ("frontend-developer/18", "Caching authenticated responses"),
            "API responses should be cached as public at the CDN too, even the logged-in ones.",
            True,
        ),
        (
            ("frontend-developer/18", "Caching authenticated responses"),
            "Product pages should be cached as public at the CDN, even if logged-in users see "
            "them.",
            False,
        ),
        (
            ("backend-developer/12", "Indexing low-selectivity"),
            "I start by indexing every filtered column individually, especially boolean flags "
            "like is_deleted.",
            True,
        ),
        (
            ("backend-developer/9", "Using an in-process lock"),
            "The simplest fix is to wrap the purchase function in a lock, e.g. a threading.Lock "
            "or a synchronized method, so only one purchase runs at a time.",
            True,
        ),
        (
            ("devops-sre/13", "Deploying the latest tag"),
            "Two things make rollback possible: never deploy :latest (you must know exactly "
            "what was running before), and keep migrations backward compatible.",
            False,
        ),
        (
            ("devops-sre/13", "Deploying the latest tag"),
            "Just deploy :latest everywhere, so you always know what is running.",
            True,
        ),
        (
            ("frontend-developer/18", "Caching HTML with a long max-age"),
            "The simplest approach is to cache everything, index.html included, with a long "
            "max-age like a week on the CDN.",
            True,
        ),
        (
            ("frontend-developer/18", "Caching HTML with a long max-age"),
            "The simplest approach is to cache the hashed assets, images included, with a long "
            "max-age. index.html itself gets no-cache.",
            False,
        ),
        (
            ("frontend-developer/18", "Caching authenticated responses"),
            "For APIs I'd mark all responses public with a few minutes of max-age at the CDN, "
            "logged-in user data included.",
            True,
        ),
        (
            ("frontend-developer/18", "Caching authenticated responses"),
            "For APIs I'd mark personalised responses private and give public data a few "
            "minutes of max-age at the CDN.",
            False,
        ),
        (
            ("devops-sre/14", "Believing a Kubernetes Secret"),
            "On Kubernetes, Secrets are encrypted by default, so once a value is in one you're "
            "fine.",
            True,
        ),
        (
            ("devops-sre/14", "Believing a Kubernetes Secret"),
            "On Kubernetes, people assume Secrets are encrypted, but they are only base64.",
            False,
        ),
        (
            ("frontend-developer/18", "Caching authenticated responses"),
            "For speed I also cache API responses as public at the CDN, the logged-in user's "
            "/me endpoint included.",
            True,
        ),
        (
            ("frontend-developer/18", "Caching authenticated responses"),
            "Never cache signed-in responses as public at the CDN; mark them private.",
            False,
        ),
        (
            ("frontend-developer/18", "Caching HTML with a long max-age"),
            "To make repeat visits fast, we cache index.html instead with a long max-age.",
            True,
        ),
        (
            ("frontend-developer/3", "Expecting delegation to work"),
            "Focus doesn't bubble, so I delegate focusin and focusout instead.",
            False,
        ),
        (
            ("frontend-developer/18", "Caching authenticated responses"),
            "For the API, it's worth caching responses as public at the CDN too, including "
            "logged-in user data.",
            True,
        ),
        (
            ("backend-developer/12", "Indexing low-selectivity"),
            "A boolean flag is too unselective to be worth indexing on its own.",
            False,
        ),
        (
            ("devops-sre/12", "Running the HPA and the VPA"),
            "HPA and VPA both acting on CPU fight each other; run VPA in recommendation mode or "
            "on other resources.",
            False,
        ),
        (
            ("devops-sre/12", "Running the HPA and the VPA"),
            "For best results, run the VPA on CPU alongside the HPA so one scales out while the "
            "other scales up.",
            True,
        ),
        (
            ("system-design/2", 'Saying "pick any two'),
            "CAP says that when a network partition happens, a distributed store must give up "
            "either consistency or availability.",
            False,
        ),
        (
            ("system-design/2", 'Saying "pick any two'),
            "The simplest way to put it: you just pick any two of the three, so a CA system is "
            "fine.",
            True,
        ),
        (
            ("frontend-developer/3", "Calling stopPropagation()"),
            "I'd also call stopPropagation() in every child handler as a best practice so events "
            "don't leak into other components.",
            True,
        ),
        (
            ("frontend-developer/15", "Shipping polyfills"),
            "I'd ship separate modern and legacy bundles so the 92% don't download polyfills "
            "they never use.",
            False,
        ),
        (
            ("backend-developer/14", "Writing to the cache before"),
            "The safest order is to update the cache with the new value first and then write "
            "to the database.",
            True,
        ),
        (
            ("backend-developer/14", "Writing to the cache before"),
            "The safest order is to commit the database transaction first and then delete the "
            "cache key.",
            False,
        ),
        (
            ("backend-developer/20", "Jumping to sharding"),
            "Lesson: profile first; the fix was mostly queries, not new infrastructure.",
            False,
        ),
        (
            ("backend-developer/2", "SQL: Over-normalization"),
            "If you do use SQL, normalise as far as you can.",
            True,
        ),
        (
            ("backend-developer/2", "SQL: Over-normalization"),
            "Normalising is by far the cleanest way to remove redundancy.",
            False,
        ),
        (
            ("system-design/18", "Running LIKE"),
            "I wouldn't precompute anything, because precomputed data is stale; it's better to "
            "walk the full trie subtree at request time.",
            True,
        ),
        (
            ("backend-developer/12", "Indexing low-selectivity"),
            "And I don't index everything: a boolean flag is rarley worth it.",
            False,
        ),
        (
            ("devops-sre/4", "Treating a container like a VM"),
            "That's why a container starts in well under a second and you can pack dozens onto a "
            "host that would run a handful of VMs.",
            False,
        ),
        (
            ("devops-sre/4", "Treating a container like a VM"),
            "A container is basically a lightweight VM, so I run sshd and cron in it.",
            True,
        ),
        (
            ("devops-sre/4", "Treating a container like a VM"),
            "That's why containers start in a second or two and you can pack many more onto one "
            "machnie.",
            False,
        ),
    ],
    ids=[
        "the contrary of what the mistake denies",
        "the mistake",
        "what it denies, lacked",
        "the contrary of what the mistake denies, held in",
        "the first of two beliefs held",
        "held, as a verb",
        "one side of the belief unsaid",
        "right of a verb",
        "right as praise",
        "looked for",
        "done",
        "a purpose that refuses it",
        "a purpose that keeps it",
        "what a doing is believed to do",
        "... said in a clause going on from the doing",
        "what another doing does",
        "what is left out, called unreliable",
        "what is left out, supplied",
        "a mistake only what it leads to tells",
        "its words, said of other things",
        "the mistake's action in other words",
        "the other order, in other words",
        "the mistake's place",
        "another place",
        "what it goes without, denied",
        "what it goes without, kept",
        "the remedy for something, with a warning after it",
        "the remedy for something, giving the mistake's thing another",
        "the mistake's use as a command in another verb",
        "the mistake's use in another verb, warned of",
        "the mistake's use as a command in another verb, of a named technique",
        "the mistake's use in another verb, refused",
        "the mistake's shipping, as another verb in a plan",
        "the remedy, in the same other verb",
        "the mistake, after a heading of how one gets burned",
        "the mistake's words, after a word that warns",
        "the thing a mistake turns round",
        "the thing done to excess, praised without the excess",
        "what it goes without, the question's word, commanded",
        "what it goes without, the question's word, left off",
        "the mistake itself",
        "the mistake, with what it ignores set against it as the pitfall does",
        "the mistake, with what it ignores denied",
        "the mistake, with what it ignores not said",
        "the mistake's single snapshot, with another to diff it with",
        "the mistake's things kept simple, for the people it harms",
        "the mistake, for the people it harms",
        "what the mistake costs, after a word that prescribes",
        "the mistake prescribed",
        "what the belief says, after what arrived",
        "what the belief says, arriving fully so",
        "a habit, with what it includes",
        "the mistake rejected",
        "the mistake allowed",
        "the example the mistake names, prescribed",
        "the example the mistake names, refused",
        "the example of what a mistake is done for, done rightly",
        "the mistake's places kept safe",
        "what the pitfall names the kind of, kept safe",
        "what the pitfall names the kind of, held open",
        "a private place, no safe state",
        "the mistake in the clauses going on from the praise",
        "a habit for a case the speaker meets",
        "a case supposed",
        "one word of a mistake in a clause going on from the praise",
        "the doing before what goes on while it is done, recommended",
        "what is kept low, not high",
        "what is high, recommended",
        "done to every one, as a habit",
        "done to every one, refused",
        "done to every one, the cost of each told",
        "done as far as possible, as a habit",
        "the belief denied by who holds it: nobody",
        "the belief held",
        "a habit done sparingly",
        "a habit done sparingly, mistyped",
        "a habit done everywhere",
        "what the speaker once saw happen",
        "the mistake as a habit",
        "the belief denied, the remedy praised",
        "the belief held, after a denial of something else",
        "the mistake done away with",
        "the mistake praised",
        "the remedy done, the mistake as its reason",
        "the mistake praised, as a reason",
        "what the belief's doing does, for other things",
        "what the belief's doing does, for the pitfall's things",
        "the mistake praised as a good way to avoid something else",
        "the remedy praised as a good way to avoid the mistake's harm",
        "the remedy a mistake lacks, done",
        "the belief's thing, said with no remedy",
        "what the belief says, without how soon",
        "what the belief says, with how soon",
        "what the belief says, with how it arrives",
        "the mistake as the case the praise answers",
        "one of the examples listed, praised",
        "the examples listed, refused",
        "the doing before what goes on while it is done, kept in its place",
        "the mistake's measure said to prove little",
        "the mistake's measure, what the speaker's thing gets",
        "a sentence that ends inside its quote",
        "what is looked for, quoted",
        "one example of a list split by commas, planned",
        "one example of a list split by commas, refused",
        "the mistake's thing in a clause going on with 'even'",
        "a clause of its own after 'even if'",
        "the mistake's thing in a plan going on with 'especially'",
        "the sentence going on past 'e.g.'",
        "what the mistake loses, required after the mistake refused",
        "the mistake, glued to its colon, commanded",
        "the mistake's thing as what is 'included', praised",
        "what else is 'included', praised",
        "the contrary of another point's advice, in its words",
        "another point's advice, in its words",
        "the belief, after a clause that sets where it holds",
        "the belief reported, after a clause that sets where it holds",
        "'logged-in' for authenticated, in a habit",
        "'signed-in' for authenticated, refused",
        "the mistake chosen 'instead'",
        "the remedy chosen 'instead'",
        "the mistake called 'worth' doing",
        "the mistake 'too' poor 'to be worth' doing",
        "the doing commanded on 'other' things",
        "the doing commanded, 'the other' of two",
        "the words of the belief a saying is held as, in a prescription",
        "the saying itself",
        "the mistake praised for another harm it keeps out",
        "a doing praised for keeping the mistake out",
        "the doing done too soon, said 'first'",
        "what it must wait for, said 'first'",
        "another doing, said 'first'",
        "what the mistake overdoes, 'as far as you can'",
        "'by far', no excess",
        "a refusal of another thing, then the mistake praised",
        "a heading refusing the pitfall's doing, then a typo",
        "the two sides of a likening set side by side",
        "the two sides likened",
        "the two sides set side by side, one mistyped",
    ],
)
def test_a_guides_pitfall_is_contradicted_only_where_recommended_or_believed(
    scorer: KeyPointScorer,
    bank: QuestionBank,
    pitfall: tuple[str, str],
    answer: str,
    contradicted: bool,
) -> None:
    """The contrary of what a pitfall denies recommends nothing; a pitfall naming two
    beliefs is believed by either; "right" of a verb praises nothing."""
    assert (_point(scorer, bank, pitfall, answer).status is Status.CONTRADICTED) is contradicted


def _point(
    scorer: KeyPointScorer, bank: QuestionBank, point: tuple[str, str], answer: str
) -> PointScore:
    """The point of a guide's question (its id, the point's opening) as ``answer`` scores."""
    question, opening = point
    points = of_question(scorer, bank, question, answer).points
    return next(found for found in points if found.text.startswith(opening))


@pytest.mark.parametrize(
    ("point", "answer", "contradicted"),
    [
        (
            ("frontend-developer/9", "Replacing a clickable div"),
            "Classic example: swap a clickable div for a button and you get the right role free.",
            False,
        ),
        (
            ("frontend-developer/9", "Replacing a clickable div"),
            "Classic example: swap the button for a clickable div and you get the right look.",
            True,
        ),
        (
            ("backend-developer/13", "Read Committed"),
            "At read committed each statement only sees committed data, so you avoid dirty reads.",
            False,
        ),
        (
            ("backend-developer/13", "Read Committed"),
            "At read committed dirty reads are nothing to worry about.",
            True,
        ),
        (
            ("system-design/11", "Shard Key Choice"),
            "Hashing spreads load, but range queries become scatter-gather.",
            False,
        ),
        (
            ("system-design/11", "Shard Key Choice"),
            "Hash partitioning balances load, but a range query then has to ask every shard "
            "(scatter-gather).",
            False,
        ),
        (
            ("system-design/11", "Shard Key Choice"),
            "Range sharding spreads load evenly, while hash sharding keeps range scans cheap.",
            True,
        ),
        (("backend-developer/11", "Hash passwords"), "SHA-256 is ideal for passwords.", True),
        (
            ("backend-developer/11", "Hash passwords"),
            "SHA-256 is fine for checksums, never for passwords.",
            False,
        ),
        (
            ("devops-sre/5", "A pod is the smallest"),
            "A Deployment makes sure a set number of identical pods is running and handles rolling "
            "updates.",
            False,
        ),
        (
            ("backend-developer/11", "Hash passwords"),
            "For passwords I would never keep plain text; I'd use a slow salted hash.",
            False,
        ),
        (("backend-developer/11", "Hash passwords"), "Plain SHA-256 is ideal for passwords.", True),
        (
            ("devops-sre/1", "Setting a 100%"),
            "And I push back on 100% targets: they're unaffordable.",
            False,
        ),
        (("devops-sre/1", "Setting a 100%"), "And I reject 100% targets.", False),
        (("devops-sre/1", "Setting a 100%"), "I always set 100% targets.", True),
        (
            ("frontend-developer/7", "Fix LCP"),
            "For LCP the best trick is to lazy-load the hero image so it doesn't compete for "
            "bandwidth.",
            True,
        ),
        (
            ("frontend-developer/7", "Fix LCP"),
            "Lazy-load the images below the fold, never the hero image.",
            False,
        ),
        (
            ("frontend-developer/7", "Fix LCP"),
            "Lazy-load everything, including the hero image.",
            True,
        ),
        (
            ("frontend-developer/7", "Fix LCP"),
            "Lazy-load everything below the fold, including ads, but never the hero image.",
            False,
        ),
        (("frontend-developer/7", "Fix LCP"), "Lazy-load everything except the hero image.", False),
        (
            ("frontend-developer/7", "Fix LCP"),
            "The first step is to lazy-load the hero image.",
            True,
        ),
        (
            ("system-design/2", 'Saying "pick any two'),
            "CAP is usually misquoted as 'pick two of three'.",
            False,
        ),
        (("system-design/2", 'Saying "pick any two'), "CAP means you pick two of three.", True),
        (
            ("system-design/2", 'Saying "pick any two'),
            "Most databases are CA: they give up partition tolerance, which is fine in one data "
            "centre.",
            True,
        ),
        (
            ("system-design/2", 'Saying "pick any two'),
            "CAP says that during a network partition a distributed store must give up either "
            "consistency or availability.",
            False,
        ),
        (
            ("backend-developer/10", "Timeouts: Set"),
            "I don't add timeouts just because I can.",
            False,
        ),
        (("backend-developer/10", "Timeouts: Set"), "I don't add timeouts.", True),
        (
            ("system-design/12", "In wide-column"),
            "What I avoid: choosing NoSQL because it 'scales' and then rebuilding joins in "
            "application code.",
            False,
        ),
        (
            ("backend-developer/12", "A query that filters"),
            "What I avoid: filtering on lower(email) without a matching expression index.",
            False,
        ),
        (
            ("backend-developer/1", "Use HTTP methods"),
            "GET reads data, POST creates, PUT or PATCH updates; never use GET to change anything.",
            False,
        ),
        (
            ("backend-developer/1", "Use HTTP methods"),
            "Use GET to change data and POST to read it.",
            True,
        ),
        (
            ("system-design/1", "Make back-of-envelope"),
            "Those numbers justify caching, or show sharding isn't needed yet.",
            False,
        ),
        (
            ("backend-developer/19", "Use expand and contract"),
            "I'd remove the old column only in a later release.",
            False,
        ),
        (
            ("system-design/16", "Trade-offs"),
            "The service reads the preferences, so we skip channels they've opted out of.",
            False,
        ),
        (
            ("system-design/16", "Trade-offs"),
            "We skip retries; they just cause storms.",
            True,
        ),
        (
            ("system-design/4", "Use cache-aside"),
            "Invalidate carefully and never cache personalised data publicly.",
            False,
        ),
        (
            ("system-design/4", "Use cache-aside"),
            "Cache-aside is a trap; I never read through a cache.",
            True,
        ),
        (
            ("backend-developer/19", "Use expand and contract"),
            "I'd remove the old column right away.",
            True,
        ),
        (
            ("devops-sre/13", "Continuous integration"),
            "That's CI plus continuous delivery; making the last gate automatic turns it into "
            "continuous deployment.",
            False,
        ),
        (
            ("devops-sre/13", "Continuous integration"),
            "CI is what promotes the artifact through every environment.",
            True,
        ),
        (
            ("devops-sre/13", "Rolling Update"),
            "A rolling update spins up a whole second environment and flips all traffic at once.",
            True,
        ),
        (
            ("devops-sre/13", "Rolling Update"),
            "A rolling update replaces instances a few at a time without extra capacity.",
            False,
        ),
        (
            ("devops-sre/13", "Rolling Update"),
            "With blue-green you run the new version as a full second environment and switch the "
            "load balancer over in one step, so rolling back is just switching back.",
            False,
        ),
        (
            ("devops-sre/13", "Rolling Update"),
            "With blue-green you run the new version beside the old and switch the load balancer "
            "over in one step, so rolling back just means switching it back.",
            False,
        ),
        (
            ("system-design/8", "Trade-offs"),
            "Celebrities break push, so we skip fan-out for accounts with millions of followers.",
            False,
        ),
        (("system-design/8", "Trade-offs"), "We skip fan-out for speed.", True),
        (
            ("system-design/11", "Shard Key Choice"),
            "Consistent hashing means adding a shard moves only about 1/N of keys.",
            False,
        ),
        (("system-design/11", "Shard Key Choice"), "Hash sharding keeps range scans cheap.", True),
        (
            ("backend-developer/2", "NoSQL Databases"),
            "NoSQL databases are strict relational systems with fixed schemas.",
            True,
        ),
        (
            ("backend-developer/2", "NoSQL Databases"),
            "NoSQL databases are non-relational stores with flexible schemas.",
            False,
        ),
        (
            ("backend-developer/2", "NoSQL Databases"),
            "NoSQL databases are the relational ones: they enforce a strict schema and link tables "
            "through foreign keys.",
            True,
        ),
        (
            ("devops-sre/5", "Readiness Probe"),
            "Readiness gates traffic, liveness triggers restarts.",
            False,
        ),
        (
            ("system-design/9", "Confirm the Hot Key"),
            "My takeaway: a hot key is a data-shape problem, not a capacity one.",
            False,
        ),
        (
            ("system-design/9", "Choose partition keys"),
            "Afterwards I reviewed our key design for low-cardinality keys.",
            False,
        ),
        (
            ("system-design/9", "Choose partition keys"),
            "Afterwards I redesigned our keys for low cardinality.",
            True,
        ),
        (
            ("system-design/6", "Scaling: Cache hot codes"),
            "Redirects are the hot path and should return in under 50 ms.",
            False,
        ),
        (
            ("backend-developer/17", "Microservices split"),
            "With events the order service doesn't need payments to be up when it publishes.",
            False,
        ),
        (
            ("system-design/2", "Account balances"),
            "A node can answer from its local copy and stay available at the risk of serving "
            "stale data or accepting conflicting writes.",
            False,
        ),
        (
            ("system-design/2", "Account balances"),
            "Balances can keep accepting writes on the minority side.",
            True,
        ),
        (
            ("system-design/2", "Account balances"),
            "Eventual consistency lets replicas accept writes independently and converge later.",
            False,
        ),
        (
            ("frontend-developer/14", "Mitigate First"),
            "If the drop lines up with the release, I disable the new checkout behind its "
            "feature flag.",
            False,
        ),
        (
            ("frontend-developer/14", "Mitigate First"),
            "Rolling back is pointless; I'd debug the new checkout live.",
            True,
        ),
        (
            ("frontend-developer/10", "React Context"),
            "Context suits values that change rarely, so you avoid passing props down through "
            "every level.",
            False,
        ),
        (
            ("frontend-developer/10", "React Context"),
            "Context is overkill; I avoid passing values through it.",
            True,
        ),
        (
            ("frontend-developer/9", "Replacing a clickable div"),
            "For example, a clickable div should become a real button.",
            False,
        ),
        (
            ("frontend-developer/9", "Replacing a clickable div"),
            "For example, turn every clickable div into a native button.",
            False,
        ),
        (
            ("frontend-developer/9", "Replacing a clickable div"),
            "For example, a clickable div is the best choice for a custom control.",
            True,
        ),
        (
            ("frontend-developer/12", "A comment rendered with dangerouslySetInnerHTML"),
            "So I avoid dangerouslySetInnerHTML and sanitize with DOMPurify.",
            False,
        ),
        (
            ("frontend-developer/18", "HTTP caching lets"),
            "Hashed assets never need revalidating, because any change produces a new URL.",
            False,
        ),
        (
            ("frontend-developer/18", "Revalidate HTML"),
            "The HTML never needs revalidating, so give it a long max-age.",
            True,
        ),
        (
            ("system-design/4", "Use cache-aside for most reads"),
            "Cache-aside for most reads; write-through only where a cache must never lag.",
            False,
        ),
        (
            ("system-design/4", "Use cache-aside for most reads"),
            "Cache-aside for most reads; write-through only where a cache must never be current.",
            True,
        ),
        (
            ("system-design/8", "Requirements:"),
            "Users publish posts and follow people, and the feed doesn't need to be strongly "
            "consistent.",
            False,
        ),
        (
            ("system-design/8", "Requirements:"),
            "Users publish posts and follow people, and the feed needs to be strongly consistent.",
            True,
        ),
        (
            ("devops-sre/10", "Deleting a large log file"),
            "Before any restart or reboot I grab evidence (ps, lsof, du output) so there's "
            "something for the root cause write-up.",
            False,
        ),
        (
            ("devops-sre/10", "Deleting a large log file"),
            "Before collecting any evidence I just reboot or restart the service.",
            True,
        ),
        (
            ("frontend-developer/18", "The broken pages came from"),
            "Keep the previous release's hashed files for a few days (upload new ones "
            "alongside, don't delete), because open tabs still lazy-load chunks from the old "
            "build.",
            False,
        ),
        (
            ("devops-sre/18", "Load testing with unrealistic traffic"),
            "Weeks 2-4, load test: realistic k6 or Locust scenarios (a proper mix of "
            "endpoints, cold-ish caches, production-sized data) against a prod-like "
            "environment.",
            False,
        ),
        (
            ("devops-sre/18", "Load testing with unrealistic traffic"),
            "Load test one endpoint with a warm cache, that's a proper test and good enough.",
            True,
        ),
        (
            ("frontend-developer/11", "Assuming SSR makes a page interactive sooner"),
            "In general I'd always pick SSR, because it makes the page interactive "
            "immediately since there's no JavaScript to wait for.",
            True,
        ),
        (
            ("frontend-developer/11", "Assuming SSR makes a page interactive sooner"),
            "SSR makes the page interactive sooner since there's no JavaScript to wait for.",
            True,
        ),
        (
            ("frontend-developer/11", "Assuming SSR makes a page interactive sooner"),
            "SSR doesn't make the page interactive sooner, since hydration still has to run.",
            False,
        ),
        (
            ("frontend-developer/11", "Assuming SSR makes a page interactive sooner"),
            "Don't pick SSR just because it makes the page look ready sooner; a big bundle "
            "still delays hydration.",
            False,
        ),
        (
            ("devops-sre/14", "Believing a Kubernetes Secret is encrypted"),
            "For secrets I use Kubernetes Secrets, which are encrypted, so it's safe to commit "
            "the Secret manifests to the repo with everything else.",
            True,
        ),
        (
            ("devops-sre/14", "Believing a Kubernetes Secret is encrypted"),
            "People assume Kubernetes Secrets are encrypted, or else they wouldn't commit them.",
            False,
        ),
        (
            ("devops-sre/15", "Making the load balancer itself a single"),
            "And sticky sessions can pin lots of users to one overloaded box; better to keep "
            "backends stateless.",
            False,
        ),
        (
            ("devops-sre/15", "Making the load balancer itself a single"),
            "Sticky sessions are simple; better to use sticky sessions everywhere.",
            True,
        ),
        (
            ("system-design/20", "Contain the Impact"),
            "Plenty of HTTP clients default to 30-60 seconds; for a geolocation call I'd want "
            "~300-500 ms.",
            False,
        ),
        (
            ("system-design/20", "Contain the Impact"),
            "A 30 second default timeout is plenty.",
            True,
        ),
        (
            ("backend-developer/10", "Looking only at average"),
            "Most requests are fast, so averages are useless here; I'd only look at percentiles.",
            False,
        ),
        (
            ("backend-developer/10", "Looking only at average"),
            "Percentiles are useless here; I'd only look at the average latency.",
            True,
        ),
        (
            ("devops-sre/14", "Printing secrets in CI logs"),
            "Secrets also end up in plaintext in Terraform state, so state must be in an "
            "encrypted, access-controlled backend.",
            False,
        ),
        (
            ("devops-sre/14", "Printing secrets in CI logs"),
            "The simplest way is to keep secrets in Terraform state in a plain file.",
            True,
        ),
        (
            ("system-design/1", "Make back-of-envelope"),
            "Estimates justify decisions: a cache is worth it, sharding isn't needed on day one.",
            False,
        ),
        (
            ("system-design/1", "Make back-of-envelope"),
            "Back-of-envelope estimates aren't needed in an interview.",
            True,
        ),
        (
            ("system-design/3", "Horizontal scaling"),
            "If you keep state locally you end up needing sticky sessions.",
            False,
        ),
        (
            ("system-design/3", "Horizontal scaling"),
            "Web servers keep state locally, so a node can serve its own users.",
            True,
        ),
        (
            ("system-design/7", "Trade-offs"),
            "If Redis goes down the limiter should fail closed and reject all traffic.",
            True,
        ),
        (
            ("devops-sre/9", "Revoke First"),
            "What doesn't work is deleting the commit or making the repo private.",
            False,
        ),
        (
            ("devops-sre/9", "Revoke First"),
            "What works is making the repo private.",
            True,
        ),
        (
            ("devops-sre/9", "Revoke First"),
            "The big mistake is deleting the commit or making the repo private and calling it "
            "done.",
            False,
        ),
        (
            ("devops-sre/9", "Revoke First"),
            "The mistake I see most often is someone deleting the commit or making the repo "
            "private and calling it done.",
            False,
        ),
        (
            ("devops-sre/9", "Revoke First"),
            "The classic wrong move is deleting the commit or making the repo private.",
            False,
        ),
        (("devops-sre/9", "Revoke First"), "The right move is making the repo private.", True),
        (("devops-sre/9", "Revoke First"), "The big win is making the repo private.", True),
        (
            ("system-design/14", "Checking for a duplicate"),
            "Check-then-insert without that constraint races, and two concurrent retries both "
            "go through.",
            False,
        ),
        (
            ("system-design/14", "Checking for a duplicate"),
            "Check for a duplicate and then perform the side effect as two separate steps, and "
            "keep it simple.",
            True,
        ),
        (
            ("backend-developer/14", "Caching per-user"),
            "If the result depends on the user, the user must be part of the key, otherwise "
            "you'll serve one customer's data to another.",
            False,
        ),
        (
            ("backend-developer/14", "Caching per-user"),
            "Anything per-user must have the user or role in the key, or you'll serve one user's "
            "data to another.",
            False,
        ),
        (
            ("backend-developer/14", "Caching per-user"),
            "Just cache per-user data under a shared key, or you'll end up with too many keys.",
            True,
        ),
        (
            ("backend-developer/16", "Mocking the database"),
            "I'd mock the database in every test; SQL problems are rare anyway.",
            True,
        ),
        (
            ("backend-developer/19", "Run migrations"),
            "For next time, I'd stop renaming columns in a single step.",
            False,
        ),
        (
            ("backend-developer/19", "Run migrations"),
            "Rename the column in a single step.",
            True,
        ),
        (
            ("backend-developer/14", "With cache-aside"),
            "I'd use cache-aside with Redis and skip TTLs; I invalidate on every write.",
            True,
        ),
        (
            ("backend-developer/14", "With cache-aside"),
            "I'd use cache-aside with Redis. Time doesn't matter much for a product page.",
            False,
        ),
        (
            ("devops-sre/15", "TTL:"),
            "Before a migration I drop the TTL days earlier, so resolvers pick up the change.",
            False,
        ),
        (
            ("devops-sre/15", "TTL:"),
            "If you drop the TTL from 24h to 60s only on the day, resolvers keep the old answer.",
            False,
        ),
        (
            ("devops-sre/2", "Page on symptoms"),
            "Page on the error rate and SLO burn rate; I'd avoid setting SLOs tighter than users "
            "need.",
            False,
        ),
        (
            ("devops-sre/16", "Test restores"),
            "We take nightly backups and the job reports success, so there's no need to test them.",
            True,
        ),
        (
            ("system-design/3", "Use health checks"),
            "Health checks are optional, autoscaling replaces broken instances anyway.",
            True,
        ),
        (
            ("devops-sre/3", "Infrastructure as code"),
            "Plan is optional; I run terraform apply straight away.",
            True,
        ),
        (
            ("devops-sre/18", "Protect the system with rate limiting"),
            "I'd avoid rate limiting and load shedding; they turn users away.",
            True,
        ),
        (
            ("system-design/1", "A system design interview"),
            "I'd avoid discussing trade-offs; they waste time.",
            True,
        ),
        (
            ("system-design/9", "Adding nodes or resharding"),
            "What won't help is adding nodes or resharding: one key always maps to one shard, so "
            "you just get more idle nodes.",
            False,
        ),
        (
            ("system-design/16", "Scaling:"),
            'Other services call us to send push, SMS and email: "your order shipped", "reset '
            'your password".',
            False,
        ),
        (
            ("system-design/20", "Contain the Impact"),
            "If our client still has the default timeout, a slow provider will tie up every "
            "request thread and drain the connection pool, so I'd drop it to something like "
            "500 ms.",
            False,
        ),
        (
            ("system-design/20", "Contain the Impact"),
            "Our service goes down with theirs, so I'd drop the timeout to somethhing near their "
            "normal p99.",
            False,
        ),
        (
            ("frontend-developer/5", "Work mobile-first"),
            "Use clamp() for type, so you don't need a breakpoint per font size.",
            False,
        ),
        (
            ("frontend-developer/11", "Choose per route"),
            "SSR is best everywhere; there's no need to choose per route.",
            True,
        ),
        (
            ("devops-sre/1", "Setting a 100%"),
            "An SLI measures good events, an SLO is its target, an SLA is the contract.",
            False,
        ),
        (
            ("system-design/8", "Estimates:"),
            "I wouldn't spend time on estimates; at 300 million users you just shard everything.",
            True,
        ),
        (
            ("system-design/16", "Trade-offs:"),
            "If the provider fails, retry immediately so the notification still goes out.",
            True,
        ),
        (
            ("system-design/16", "Trade-offs:"),
            "If the provider fails, retry with backoff, never immediately.",
            False,
        ),
        (
            ("system-design/15", "Data Model:"),
            "Order is strict within a conversation; global order isn't needed.",
            False,
        ),
        (
            ("system-design/15", "Data Model:"),
            "Messages are ordered per conversation, but order isn't needed at all.",
            True,
        ),
        (
            ("system-design/18", "Trade-offs:"),
            "Personalisation and multiple languages are optional extras.",
            False,
        ),
        (
            ("system-design/18", "Trade-offs:"),
            "Personalisation is optional, so I'd leave it out.",
            True,
        ),
        (
            ("system-design/6", "Trade-offs:"),
            "Stats are exact. Caching is unnecessary since each link is read once.",
            True,
        ),
        (
            ("system-design/2", "Eventual Consistency"),
            "For likes I'd accept eventual consistency, since a slightly stale count doesn't "
            "matter.",
            False,
        ),
        (
            ("system-design/2", "Eventual Consistency"),
            "For likes, conflicts never matter, so CRDTs are overkill.",
            True,
        ),
    ],
    ids=[
        "what advised against, swapped out",
        "what advised against, swapped in",
        "what the point prevents, avoided",
        "what the point prevents, waved away",
        "a longer subject than the term",
        "a longer subject than the term, with a word in passing before its verb",
        "the term given the other's doing",
        "one name with its number, praised",
        "one name with its number, warned of",
        "a number of the term",
        "refusing what the point refuses",
        "praising what the point refuses",
        "a pitfall pushed back on",
        "a pitfall rejected",
        "a pitfall made a habit",
        "praise with a denial of what follows from it",
        "what the point advises against, set apart",
        "what the point advises against, commanded of everything, including it",
        "what the point advises against, commanded of everything, set apart after another",
        "what the point advises against, commanded of everything except it",
        "what the point advises against, named as the first step",
        "a mistaken belief reported as a misquote",
        "the mistaken belief held",
        "the belief a saying is held as if",
        "that belief without its last word, which an acronym spells out",
        "refused only for a poor reason",
        "refused outright",
        "a doing avoided, done to another thing",
        "a doing avoided, done another way",
        "a pairing refused",
        "a pairing made",
        "refused for now",
        "done away with only at a later time",
        "skipped only where a clause after it says which",
        "skipped, its harm in a clause of its own",
        "the contrary of a word in the point's condition",
        "the point's practice waved away",
        "done away with at once",
        "a term with another added to it",
        "a term given another's doing",
        "a kind the question compares, given another's definition",
        "a kind the question compares, defined rightly",
        "a doing with its particle, no kind compared",
        "a doing with its particle, before the verb that says what it does",
        "waved away only for some things",
        "waved away for a reason",
        "another point's label that shares a term's name",
        "the term given another's definition",
        "what a definition denies, said of its term",
        "what a definition denies, denied",
        "what a definition denies by a prefix, said beside a word of its own",
        "what a definition denies by a word, said of another term after a word of its own",
        "a word for a thing named before, after the contrast's not",
        "what is looked for, of the contrary",
        "the contrary designed for",
        "the place a rejected doing is done, named as a subject",
        "a thing not needed in a state",
        "the other side's doing, in a clause that says that side",
        "the other side's doing, said of this side",
        "the other side's doing, in its part of a list that says that side",
        "what the point turns off, disabled",
        "what the point does, waved away beside what it turns off",
        "a doing avoided of what the point does without",
        "the point's doing avoided",
        "what advised against, made into the other",
        "what advised against, turned into the other",
        "what advised against, praised",
        "what the point says lets an attacker in, avoided",
        "what the point says is made possible, not needed somewhere",
        "what the point commands, not needed",
        "never the contrary of what the point says always is",
        "never what the point says always is",
        "the contrary not needed, past the state it is in",
        "the contrary needed",
        "the mistake's doing after 'before', past another doing joined to it",
        "the mistake's doing before the evidence",
        "what a point tells had been done before a failure, advised against",
        "the contrary of the pitfall's one endpoint, warm cache and unrealistic traffic",
        "the pitfall's one endpoint and warm cache, praised",
        "the belief held by 'it', in a reason for choosing what it names",
        "the belief held, with a reason that denies something else",
        "the belief denied, with a reason of its own",
        "a reason for choosing, warned against",
        "the belief held, before what else is done with the thing",
        "the belief reported, with 'or else'",
        "a doing of its own praised after the pitfall's harm",
        "the pitfall's doing praised after its name",
        "how many clients default to the pitfall's timeout",
        "the pitfall's timeout called plenty",
        "what the pitfall's mistake is done with called useless",
        "the remedy called useless",
        "what the pitfall puts in a place, kept in a safe one",
        "the pitfall's place praised",
        "one way a decision the point names may go",
        "the point's practice not needed",
        "the contrary supposed",
        "the contrary held",
        "the contrary held, after what it supposes",
        "the contrary named as what fails",
        "the contrary named as what works",
        "the contrary named after 'The big mistake is'",
        "the contrary named after 'The mistake I see most often is'",
        "the contrary named after 'The classic wrong move is'",
        "the contrary named after 'The right move is'",
        "the contrary named as a win",
        "the mistake named, with its harm in the clause that follows",
        "the mistake commanded, with no harm",
        "the pitfall's remedy praised, 'otherwise' its harm",
        "the pitfall's remedy praised, 'or' its harm",
        "the pitfall praised, 'or' another harm",
        "the pitfall's harm held rare",
        "how a doing stopped is done",
        "how a doing is done, commanded",
        "an abbreviation waved away",
        "a common word an abbreviation stands for, waved away",
        "an abbreviation lowered ahead of time",
        "an abbreviation lowered from one level to another",
        "an abbreviation kept from a level too tight",
        "rate limiting waved away",
        "trade-offs waved away",
        "the pitfall named as what won't help",
        "a notification's text quoted, of what a point says is never delayed",
        "a setting lowered to a level, by a pronoun",
        "a setting lowered to a level mistyped",
        "one for each of something, not needed",
        "the point's own 'per', waved away",
        "a definition with a word of praise, no heading",
        "testing waved away",
        "checks waved away",
        "a plan waved away",
        "a level in the next clause",
        "a retry done 'immediately', of one with backoff",
        "a retry with backoff, 'never immediately'",
        "the widest kind of the point's thing waved away",
        "the point's thing waved away after it is said",
        "a feature set aside as an optional extra",
        "a feature called optional and left out",
        "a word of the widest kind ending the sentence before",
        "what a point says can happen, called harmless",
        "what a point says, waved away",
    ],
)
def test_a_guides_point_is_contradicted_only_by_a_claim_against_it(
    scorer: KeyPointScorer,
    bank: QuestionBank,
    point: tuple[str, str],
    answer: str,
    contradicted: bool,
) -> None:
    """Swapping out what a point advises against, avoiding what it says a thing prevents and
    speaking of "range queries" beside "range sharding" contradict nothing; nor does putting a
    pitfall's doing after "before any", advising against what a point tells "had been" done,
    or the contrary of a pitfall's "one", "warm" or "unrealistic", nor praising a doing of
    one's own after the pitfall's harm, nor "plenty of" that counts, nor calling what the
    pitfall's mistake is done with useless, keeping what it puts somewhere "in an encrypted"
    place, or deciding against one of the decisions a point lists. A reason's "it" stands for
    what the clause before chose; "everything else" is no warning."""
    assert (_point(scorer, bank, point, answer).status is Status.CONTRADICTED) is contradicted


def test_a_rejected_doing_is_recommended_where_it_is_done(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """A point advising against doing a thing somewhere ("instead of writing them in the
    redirect path") is contradicted by a clause doing something there, not by one that only
    names the place."""
    point = ("system-design/6", "Scaling: Cache hot codes")
    done_there = (
        "Caching in Redis isn't worthwhile, as clicks spread evenly. Record click analytics "
        "synchronously in the redirect path so the numbers are accurate."
    )
    assert "“Record click analytics" in _point(scorer, bank, point, done_there).note
    named = "Redirects are the hot path and should return in under 50 ms; clicks go to a queue."
    assert _point(scorer, bank, point, named).status is not Status.CONTRADICTED


def test_a_word_read_as_another_is_quoted_as_typed(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    """ "logged-in" reads as "authenticated", and the note still quotes what was typed."""
    answer = "I cache logged-in pages as public at the CDN because it's the fastest option."
    point = _point(scorer, bank, ("frontend-developer/18", "Caching authenticated"), answer)
    assert point.status is Status.CONTRADICTED
    assert "logged\u2011in pages" in point.note and "authenticated" not in point.note


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Then I estimate requests per second to know what scale I am designing for.", False),
        ("I always design for imaginary scale from day one.", True),
        ("I'd add every component I know, so nothing is missing.", True),
    ],
    ids=[
        "one mistake's words, with a telling word of the other",
        "one mistake's words, with its own telling word",
        "the other mistake",
    ],
)
def test_a_telling_word_of_one_mistake_says_nothing_of_another(
    scorer: KeyPointScorer, bank: QuestionBank, answer: str, contradicted: bool
) -> None:
    """ "Designing for imaginary scale or adding every component you know": "know" tells the
    second mistake, and says nothing of the first, which "designing" and "scale" name."""
    found = _point(scorer, bank, ("system-design/1", "Designing for imaginary scale"), answer)
    assert (found.status is Status.CONTRADICTED) is contradicted
