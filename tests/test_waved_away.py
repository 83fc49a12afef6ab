"""Advice waved away in more ways than "no need to": a practice called harmful ("read replicas
are a trap"), said to waste something ("load testing wastes the month"), or named and then
skipped with a pronoun ("traces are too noisy, so I'd skip them"). Each contradicts a point
that recommends the practice; each keeps to the practice itself, so an answer that warns of
one way of doing it, or of something else in a longer subject, contradicts nothing."""

from __future__ import annotations

import pytest

from bot.questions import KeyPoint
from bot.scoring import KeyPointScorer, Status
from bot.types import Role

REPLICAS = "Route read-heavy queries such as reports to read replicas to take load off the primary."
RETRIES = "Retry failed sends with exponential backoff and jitter, and give up after a few tries."
STRICT = "Enable strict mode so null and undefined must be handled explicitly."
POOLER = "Put a connection pooler such as PgBouncer in front of the database."
LOAD_TESTS = "Load test at the expected traffic before the launch to find the real bottleneck."
TRACES = "Open distributed traces of the slow requests to see which span takes the time."
INODES = "Run df -i too: inodes can run out while df -h still shows free space."
INDEXES = "Add a composite index on the columns the slow query filters and sorts by."
BLOCKS = "Chunk files into 4 MB blocks and hash them, so an edit uploads only changed blocks."
VNODES = "Use virtual nodes, 100 to 200 per server, so keys spread evenly over the ring."
SEQUENCE = "Order messages by a sequence the server assigns, and let client clocks only display."
BACKUPS = "Keep backups in another account and region, away from production."
MINIFIED = "Serve minified bundles compressed with Brotli or gzip, with content-hashed names."
DISTRIBUTED_SQL = "Consider distributed SQL databases such as Spanner for SQL at global scale."
TRADE_OFFS = "Discuss trade-offs: name the alternatives you rejected and why."
MARGIN = "Plan for the forecast plus a safety margin, for example 7x rather than 5x."
OPTIMISTIC = "Use optimistic locking with a version column, and retry when the update fails."
COURSES = "Enroll in courses on platforms like Coursera or Udemy to learn new technologies."
READING = "Reading and Research: Regularly read blogs, articles, and books on new technologies."
INVALIDATE = "Invalidate on write: write the cache after the database commits."
LCP = "Measure loading with Largest Contentful Paint in the field."
DAMAGE = "Use error logs to find the failed writes, take a backup, and replay them."
ESTIMATES = "Make back-of-envelope estimates of requests per second and storage."
IDEMPOTENT = (
    "Make consumers idempotent by recording processed message ids in a table with a unique "
    "constraint and skipping duplicates."
)
FAN_OUT = "Fan out on write: push each new post id into every follower's cached timeline."
SHARDING = "Sharding: Partition data by a key such as tenant id across several databases."
CENTRAL_REDIS = "A central Redis gives accurate global limits at the cost of a network hop."
FINGERPRINTED = (
    "Fingerprint Static Assets: Put a content hash in every JS, CSS and image filename "
    "(app.3f9a1c.js) and serve them with Cache-Control: public, max-age=31536000, immutable."
)
PURGED = (
    "CDN Configuration: Serve assets from CDN edges close to users, purge the HTML on deploy, "
    "and keep the previous release's hashed assets available for a while."
)
COVERAGE_TAB = "Use the DevTools Coverage tab to find code that is downloaded but never run."
CELEBRITIES = (
    "Posts from accounts with millions of followers are not fanned out but merged into the "
    "timeline at read time."
)
SENTRY = "Check error monitoring such as Sentry for the affected browsers and pages."
SYNC_CALLS = "Synchronous calls over REST or gRPC return an immediate answer but couple services."
OUTBOX = "Publish events atomically with the database write using a transactional outbox."
MONITORING = "Monitoring Tools: Use tools like New Relic or Datadog to monitor CPU usage patterns."
BALANCING = "Load Balancing: Distribute traffic across multiple servers to alleviate pressure."
TOIL = "Toil is manual, repetitive work, such as granting access by hand for every ticket."
OWNED_STATE = "Keep state in the component that owns it until a sibling needs it."
BACKUPS_EVERYTHING = (
    "Back up everything needed to rebuild: configuration, secrets and encryption keys."
)
LIVENESS = "Liveness Probe: Decides whether the kubelet restarts a stuck container."
TESTS_IN_CI = "Every pull request runs lint, type checks, unit tests and integration tests."
ETAGS = "Let clients revalidate with ETags, so an unchanged file costs a 304, not a download."
FLAGS = "Ship risky changes behind feature flags, so a bad one can be turned off at once."
LOCAL_CACHE = "Add a short-lived local cache for the hot key on the app servers."
REVOKE_FIRST = "Revoke First: Deactivate and delete the leaked access key in IAM at once."
GLOBAL_STORE = "Global Store: Redux Toolkit or Zustand for storing state many components share."
RESOLVERS = "DNS resolvers cache the answer for as long as the record's TTL says."
COLLISIONS = "Handle collisions when you truncate an MD5 hash of the long URL."
ESCAPED = "Let the framework escape output, and use textContent instead of innerHTML."
CACHING = "Caching: implement caching strategies to reduce database load."
QUALITIES = "Name the non-functional requirements: latency, availability and durability."
LOCAL_STATE = "Local State: useState keeps form inputs in the component that owns them."
ANALYZER = "Measure: run a bundle analyzer to see what the bundle holds."
BREAKER = "Circuit Breaker: after a failure threshold, open the circuit and fail fast."
QUEUES = "A message queue hands each job to one consumer, while many consumer groups read a log."
ASYNC = "Choose async I/O for I/O-bound services and threads for CPU-bound work."
DIMENSIONS = "Set width and height on images so the browser reserves their space."
AUTOSCALERS = "Use the HPA and the VPA to scale pods on CPU and memory."
HOT_KEYS = "Use Redis for caching hot keys."
SERVER_CHECKS = "Check permissions on the server for every request, whatever the client says."
RENDERING = "Client-side rendering (CSR) is cheap to host but weak for SEO."
SHORT_LIVED = "Prefer short-lived, dynamic credentials over long-lived static keys."
VAULT_SECRETS = (
    "Prefer short-lived, dynamic credentials (Vault database secrets, IAM roles) over "
    "long-lived static keys."
)
PROCESSES = "Use threads or processes for blocking or CPU-bound work."
ASYNC_LIMITED = f"{ASYNC[:-1]}, but neither removes the need for locking in the database."
SNAPSHOTS = "Compare heap snapshots taken before and after the repeated action."
DETACHED = "Look for detached DOM nodes that a listener still retains."
BATCHING = (
    "Batch DOM changes, for example by building nodes in a DocumentFragment or toggling one "
    "class, because every layout-affecting change can trigger a reflow."
)
ROLLBACK = "Rollback: Quickly revert to the previous stable version to minimize downtime."
TLS = "Terminate TLS at the load balancer and forward plain HTTP inside the network."
MEASURE = "Measure it: track for two to four weeks where the team's time goes."
BOXES = "Spend the first minutes agreeing on the features and the scale before drawing any boxes."
ROLL_BACK_FIRST = (
    "Mitigate First: If the SLO is burning, roll back or shift traffic off the new version "
    "before debugging."
)
PROCESS_INSPECTION = (
    "Process Inspection: Use commands like top or htop to identify processes consuming CPU."
)
MONITORING = "Monitoring Tools: Use tools like New Relic or Datadog to monitor CPU usage patterns."
TIMEOUTS = "Set tight timeouts on calls to the provider so slow calls do not exhaust threads."


CASES = [
    pytest.param(REPLICAS, "Read replicas are a trap, they only add load.", True, id="a trap"),
    pytest.param(RETRIES, "Retrying is dangerous, so we log the failure.", True, id="dangerous"),
    pytest.param(
        RETRIES, "Retries are counterproductive because they block requests.", True, id="counter"
    ),
    pytest.param(LOAD_TESTS, "Load testing wastes the month we have.", True, id="wastes a month"),
    pytest.param(
        TRACES,
        "Traces are too expensive to dig through, so I wouldn't bother with them.",
        True,
        id="not bothered with",
    ),
    pytest.param(
        LOAD_TESTS, "Load tests never match production, so I'd skip them.", True, id="skipped"
    ),
    pytest.param(TRACES, "Distributed tracing is mostly marketing.", True, id="mostly marketing"),
    pytest.param(
        DISTRIBUTED_SQL,
        "Distributed SQL databases like Spanner are mostly marketing.",
        True,
        id="named with an example",
    ),
    pytest.param(TRACES, "I wouldn't worry about traces at all.", True, id="not worried about"),
    pytest.param(MARGIN, "I wouldn't add a safety margin either.", True, id="declined"),
    pytest.param(
        TRADE_OFFS, "I avoid talking about trade-offs in interviews.", True, id="not spoken of"
    ),
    pytest.param(
        TRADE_OFFS, "I don't bring up trade-offs; it sounds unsure.", True, id="not raised"
    ),
    pytest.param(TRACES, "I generally avoid traces; they mislead.", True, id="avoided as a habit"),
    pytest.param(TRACES, "I usually skip traces and read the logs.", True, id="skipped as a habit"),
    pytest.param(TRACES, "Traces generally avoid guesswork.", False, id="a habit of the traces"),
    pytest.param(
        BACKUPS_EVERYTHING,
        "We backed up the KMS keys, because encrypted data without its key is useless.",
        False,
        id="useless without it",
    ),
    pytest.param(
        BACKUPS_EVERYTHING,
        "An encrypted backup without its KMS key is useless.",
        False,
        id="useless without it, the key named with its kind",
    ),
    pytest.param(BACKUPS_EVERYTHING, "Encryption keys are useless.", True, id="useless"),
    pytest.param(
        BACKUPS_EVERYTHING,
        "Without the keys, encrypted backups are useless.",
        False,
        id="useless, lacking something",
    ),
    pytest.param(
        BACKUPS_EVERYTHING,
        "I back up the encryption keys, without which encrypted backups are useless.",
        False,
        id="useless, lacking what was named",
    ),
    pytest.param(
        BACKUPS_EVERYTHING,
        "A backup encrypted with a key you've lost is useless.",
        False,
        id="which of it is meant: what someone did to it",
    ),
    pytest.param(
        BACKUPS_EVERYTHING,
        "Back up the keys too (encrypted backups with a lost key are just noise).",
        False,
        id="which of it is meant: the case 'with a' names",
    ),
    pytest.param(
        BACKUPS_EVERYTHING,
        "The keys matter too: encrypted backups with a lost KMS key are just noise.",
        False,
        id="useless, with what it lacks lost",
    ),
    pytest.param(
        TRACES,
        "Tracing is useless if nobody reads the traces, so we review them weekly.",
        False,
        id="useless unless something else is done",
    ),
    pytest.param(
        TESTS_IN_CI,
        "Fail fast: if lint fails, don't bother running the rest.",
        False,
        id="after a failure supposed, failing fast",
    ),
    pytest.param(
        TESTS_IN_CI,
        "If the deadline is tight, don't bother running the tests.",
        True,
        id="after another case supposed",
    ),
    pytest.param(
        TESTS_IN_CI,
        "If the deploy fails we simply run it again. Don't bother running the tests.",
        True,
        id="after a failure supposed and what is done then",
    ),
    pytest.param(ETAGS, "ETags are legacy at this point.", True, id="called legacy"),
    pytest.param(
        INODES,
        "Inodes can't run out on modern filesystems, so df -i is pointless.",
        True,
        id="a command's flag is no 'I' who did something to it",
    ),
    pytest.param(
        MEASURE, "I wouldn't waste weeks measuring it.", True, id="weeks not wasted on it"
    ),
    pytest.param(
        LIVENESS,
        "Mistakes I avoid: a liveness probe that queries the database.",
        False,
        id="a kind of it avoided, a clause naming the kind",
    ),
    pytest.param(LIVENESS, "I avoid liveness probes entirely.", True, id="all of it avoided"),
    pytest.param(
        LIVENESS,
        "I'd skip the liveness probe, since that means restarts.",
        True,
        id="avoided, with a reason after",
    ),
    pytest.param(
        ETAGS,
        "ETags cost a round trip for very little, so I switch them off.",
        True,
        id="switched off, by a pronoun after 'so'",
    ),
    pytest.param(
        ETAGS, "Our legacy ETags setup was broken, so I fixed it.", False, id="a legacy setup"
    ),
    pytest.param(
        FLAGS,
        "When a bad release ships, I switch off the feature flag for it first.",
        False,
        id="a flag switched off is a flag used",
    ),
    pytest.param(
        LOCAL_CACHE,
        "Someone proposed a local cache on the app servers, but I rejected it as too stale.",
        True,
        id="proposed by others, turned down by the speaker",
    ),
    pytest.param(
        LOCAL_CACHE,
        "They suggested a cache on the app servers, so we quickly ruled it out.",
        True,
        id="suggested, then ruled out",
    ),
    pytest.param(
        LOCAL_CACHE,
        "Someone proposed a local cache on the app servers, and I agreed to it.",
        False,
        id="proposed and agreed to",
    ),
    pytest.param(
        LOCAL_CACHE,
        "A request for a missing key is rejected by the cache on the app servers.",
        False,
        id="rejected by the system, no advice turned down",
    ),
    pytest.param(
        REVOKE_FIRST,
        "Revoking the key first means that the leaked one is useless to whoever found it.",
        False,
        id="which of it is meant: what befell it, then 'one'",
    ),
    pytest.param(
        REVOKE_FIRST,
        "Revoking first is useless: the leaked key has already been copied.",
        True,
        id="revoking waved away, whatever befell the key",
    ),
    pytest.param(
        BACKUPS_EVERYTHING,
        "Encryption keys are useless in a backup.",
        True,
        id="useless as a whole",
    ),
    pytest.param(
        SYNC_CALLS,
        "Where services don't need an immediate answer, I publish events to a queue.",
        False,
        id="the case named by what its things need",
    ),
    pytest.param(
        SYNC_CALLS,
        "If it's internal, you don't need an immediate answer, so skip the REST calls.",
        True,
        id="a case, and advice to the listener",
    ),
    pytest.param(
        BACKUPS_EVERYTHING,
        "We restored without a hitch. Encrypted backups are useless.",
        True,
        id="without, in another sentence",
    ),
    pytest.param(
        GLOBAL_STORE, "I'd avoid storing anything I can compute.", False, id="only some things"
    ),
    pytest.param(GLOBAL_STORE, "I also avoid storing state.", True, id="avoided also"),
    pytest.param(
        IDEMPOTENT,
        "Record each handled message id in a table with a unique constraint, and skip ids "
        "already seen.",
        False,
        id="only the ones already done",
    ),
    pytest.param(
        IDEMPOTENT,
        "Processing is fast, so skip recording message ids in a table.",
        True,
        id="the record itself skipped",
    ),
    pytest.param(
        FAN_OUT,
        "For accounts with millions of followers we skip the fan-out and merge their posts in "
        "at read time.",
        False,
        id="for a case named before",
    ),
    pytest.param(
        FAN_OUT,
        "Celebrities are different: for those we skip the fan-out.",
        False,
        id="for those",
    ),
    pytest.param(
        FAN_OUT, "For simplicity we skip the fan-out entirely.", True, id="for a reason, not a case"
    ),
    pytest.param(TLS, "I also disable TLS 1.0 and 1.1.", False, id="one version"),
    pytest.param(
        TRACES, "Traces only show one request, so they aren't useful here.", True, id="so they"
    ),
    pytest.param(
        TRACES, "Traces show the slow span, so they are useful.", False, id="so they help"
    ),
    pytest.param(
        TRACES,
        "Traces only show one request, so it doesn't matter where they live.",
        False,
        id="so it matters not where",
    ),
    pytest.param(
        TRACES, "Tools like traces only add noise, so I avoid them.", True, id="tools like"
    ),
    pytest.param(
        TRACES, "Tools such as traces only add noise, so I avoid them.", True, id="such as"
    ),
    pytest.param(
        MONITORING,
        "Monitoring tools like Datadog only track memory, not CPU, so I skip them.",
        True,
        id="so, after an aside",
    ),
    pytest.param(
        MONITORING,
        "Datadog tracks CPU, not just memory, so I use it.",
        False,
        id="so, after an aside, used",
    ),
    pytest.param(
        BOXES,
        "I avoid drawing boxes before understanding the problem.",
        False,
        id="put off until something is done",
    ),
    pytest.param(BOXES, "I avoid drawing boxes.", True, id="avoided"),
    pytest.param(
        LOAD_TESTS, "I'd skip load tests before the launch.", True, id="skipped before a time"
    ),
    pytest.param(MEASURE, "I wouldn't waste time measuring it.", True, id="no time wasted on it"),
    pytest.param(
        LOAD_TESTS,
        "I didn't waste a week on load tests before the launch.",
        True,
        id="no week wasted on it",
    ),
    pytest.param(
        LOAD_TESTS,
        "We spent a week on load tests before the launch.",
        False,
        id="a week spent on it",
    ),
    pytest.param(
        RETRIES,
        "Retries I skipped on purpose, because they only hide errors.",
        True,
        id="set before the speaker who skipped it",
    ),
    pytest.param(
        RETRIES,
        "Retries I skipped for the first release, then added with jitter.",
        False,
        id="skipped for a time only",
    ),
    pytest.param(
        MEASURE,
        "We wasted time measuring it by hand until a script did the tracking.",
        False,
        id="time wasted doing it by hand",
    ),
    pytest.param(RETRIES, "Retries seemed risky, so we log the failure.", True, id="seemed risky"),
    pytest.param(
        RETRIES, "Retries seemed risky until we added jitter.", False, id="risky until done"
    ),
    pytest.param(ROLLBACK, "Rollbacks are rarely worth it.", True, id="rarely worth it"),
    pytest.param(
        ROLLBACK, "Rolling back is a mistake; fix forward.", True, id="a doing with its particle"
    ),
    pytest.param(
        QUALITIES,
        "I keep driver locations in memory; durability there doesn't matter, since a ping is "
        "replaced every few seconds.",
        False,
        id="of the one place named before",
    ),
    pytest.param(
        QUALITIES,
        "Durability doesn't matter, since a ping is replaced every few seconds.",
        True,
        id="of every place",
    ),
    pytest.param(LOCAL_STATE, "Form inputs are just boilerplate.", True, id="just boilerplate"),
    pytest.param(
        LOCAL_STATE,
        "Form inputs in Redux are just boilerplate; keep them in the component.",
        False,
        id="boilerplate only in one place",
    ),
    pytest.param(
        ROLLBACK, "Rolling back is usually the wrong move.", True, id="usually the wrong move"
    ),
    pytest.param(
        ROLLBACK,
        "Rolling back is dangerous without a tested plan.",
        False,
        id="a doing with its particle, harmful only without something",
    ),
    pytest.param(
        ROLLBACK,
        "Rolling back is a last resort, because it hides the bug.",
        True,
        id="a last resort",
    ),
    pytest.param(
        ROLLBACK,
        "A rollback is a last resort for when the data is already migrated.",
        False,
        id="a last resort for some case",
    ),
    pytest.param(
        LOAD_TESTS,
        "I wouldn't bother trying to load test before the launch.",
        True,
        id="not bothered trying",
    ),
    pytest.param(
        LOAD_TESTS,
        "There's no point trying to load test before the launch.",
        True,
        id="no point trying",
    ),
    pytest.param(
        RETRIES, "I didn't see the point of retries; failures are rare.", True, id="no point seen"
    ),
    pytest.param(
        RETRIES,
        "I never really saw much point in adding retries.",
        True,
        id="no point seen in doing it",
    ),
    pytest.param(RETRIES, "I see the point of retries with jitter.", False, id="the point seen"),
    pytest.param(
        TRACES,
        "A single trace is close to useless; compare many slow ones.",
        False,
        id="one alone is useless",
    ),
    pytest.param(TRACES, "Traces are close to useless.", True, id="all of them are useless"),
    pytest.param(
        TRACES,
        "It missed one. Traces alone are useless; compare them with the metrics.",
        False,
        id="alone, useless",
    ),
    pytest.param(
        TRACES,
        "It's better to page too often than to miss one. Traces are useless.",
        True,
        id="'one' ending the sentence before",
    ),
    pytest.param(
        LOAD_TESTS,
        "There's no need to bother with load tests before the launch.",
        True,
        id="no need to bother with it",
    ),
    pytest.param(
        TRACES,
        "A restart is quicker; there's no need to dig through traces.",
        True,
        id="no need to dig through it",
    ),
    pytest.param(
        TRACES,
        "There's no need to look at a single trace alone; compare many slow ones.",
        False,
        id="no need to look at one alone",
    ),
    pytest.param(
        LOAD_TESTS,
        "There's no reason to load test before the launch.",
        True,
        id="no reason to do it",
    ),
    pytest.param(
        LOAD_TESTS, "That is the reason to load test before the launch.", False, id="the reason"
    ),
    pytest.param(
        LOAD_TESTS,
        "The fastest way to launch is to skip load tests.",
        True,
        id="skipping it, the way",
    ),
    pytest.param(
        LOAD_TESTS,
        "A common mistake is to skip load tests before the launch.",
        False,
        id="skipping it, a mistake",
    ),
    pytest.param(
        LOAD_TESTS,
        "It was worth trying to load test before the launch.",
        False,
        id="worth trying",
    ),
    pytest.param(ROLLBACK, "I never roll back; I fix forward.", True, id="a compound split"),
    pytest.param(RETRIES, "We never rettry failed sends.", True, id="a doing misspelt"),
    pytest.param(
        INDEXES, "Caveat: dont inedx everything, each one slows writes.", False, id="all misspelt"
    ),
    pytest.param(ROLLBACK, "First I roll back to the last good version.", False, id="split, done"),
    pytest.param(RETRIES, "Retries just hide errors.", True, id="hiding errors"),
    pytest.param(RETRIES, "We decided not to retry failed sends.", True, id="decided not to"),
    pytest.param(
        RETRIES, "I chose not to retry until the outage ended.", False, id="not to, until"
    ),
    pytest.param(
        TRACES, "Traces become unnecessary once you have logs.", True, id="become unnecessary"
    ),
    pytest.param(
        TRACES,
        "Traces usually become unnecessary once the logs are structured.",
        False,
        id="usually become unnecessary",
    ),
    pytest.param(
        INODES,
        "Inodes never run out these days, so df -i isn't worth checking.",
        True,
        id="after so",
    ),
    pytest.param(
        INODES, "Disks fill up fast, so df -i is worth checking.", False, id="worth it, after so"
    ),
    pytest.param(TRACES, "Traces rarely matter in practice.", True, id="rarely matter"),
    pytest.param(TRACES, "Traces are mostly a matter of taste.", True, id="a matter of taste"),
    pytest.param(TRACES, "Traces matter: they show which span is slow.", False, id="they matter"),
    pytest.param(TRACES, "Traces are the wrong tool here.", True, id="the wrong tool"),
    pytest.param(TRACES, "Traces show which span picked the wrong tool.", False, id="a wrong tool"),
    pytest.param(RETRIES, "Retries just hide the problem.", True, id="just hiding the problem"),
    pytest.param(
        RETRIES, "Retries hide the problem, so we alert on them.", False, id="hiding, watched"
    ),
    pytest.param(INDEXES, "Indexes slow reads down, so I leave them off.", True, id="so left off"),
    pytest.param(
        INDEXES, "Indexes are cheap, so I never leave them off.", False, id="never left off"
    ),
    pytest.param(
        TRADE_OFFS, "I don't talk much; I name each trade-off and why.", False, id="talk, then say"
    ),
    pytest.param(MARGIN, "We can't add a safety margin without budget.", False, id="unable to"),
    pytest.param(
        MARGIN, "If we don't add a safety margin, a spike takes us down.", False, id="if not"
    ),
    pytest.param(INDEXES, "I wouldn't add an index on every column.", False, id="on every one"),
    pytest.param(LOAD_TESTS, "Load testing is mostly theatre.", True, id="theatre"),
    pytest.param(LOAD_TESTS, "Load tests are just bureaucracy.", True, id="bureaucracy"),
    pytest.param(
        TRACES, "Traces I'd avoid: they cost too much.", True, id="set first, then avoided"
    ),
    pytest.param(
        TRACES, "Tracing is something I'd avoid: it costs too much.", True, id="something avoided"
    ),
    pytest.param(
        INDEXES,
        "Indexes I'd generally avoid because they slow down reads.",
        True,
        id="set first, then avoided, hedged, with a reason",
    ),
    pytest.param(TRACES, "Distributed traces are mostly guesswork.", True, id="guesswork"),
    pytest.param(
        TRACES, "With traces I'd avoid guessing which span is slow.", False, id="avoided with it"
    ),
    pytest.param(
        REPLICAS, "Replicas such as a reporting copy are risky.", True, id="named with such as"
    ),
    pytest.param(
        TRACES, "Traces aren't something to worry about here.", True, id="nothing to worry about"
    ),
    pytest.param(TRACES, "Traces are something to worry about.", False, id="to worry about"),
    pytest.param(LOAD_TESTS, "Load testing is a mistake before launch.", True, id="a mistake"),
    pytest.param(INODES, "Inodes aren't worth checking on a new box.", True, id="worth doing"),
    pytest.param(TRACES, "Traces are nice to have, nothing more.", True, id="nice to have"),
    pytest.param(
        REPLICAS,
        "Indexes slow writes, and read replicas lag behind, so I'd skip both.",
        True,
        id="skipped after and",
    ),
    pytest.param(
        BLOCKS,
        "Chunking files adds complexity without much gain.",
        True,
        id="complexity for nothing",
    ),
    pytest.param(
        BLOCKS,
        "Chunking adds complexity, but it saves bandwidth on every edit.",
        False,
        id="complexity weighed",
    ),
    pytest.param(INDEXES, "Columns aren't worth indexing.", True, id="worth doing to all"),
    pytest.param(
        LOAD_TESTS, "Load tests aren't very useful, staging never matches.", True, id="not very"
    ),
    pytest.param(
        LOAD_TESTS, "Load tests aren't that important before launch.", True, id="not that"
    ),
    pytest.param(MINIFIED, "Minified bundles don't really help, gzip does it.", True, id="no help"),
    pytest.param(
        VNODES,
        "Virtual nodes make the load uneven, so avoid them, and keep one token per server.",
        True,
        id="skipped, then another clause",
    ),
    # a warning about one way of doing it, or about something else, waves nothing away
    pytest.param(
        SEQUENCE,
        "Client clocks drift, so I'd skip them and let the server number each message.",
        False,
        id="skipped for another way",
    ),
    pytest.param(
        RETRIES, "Retrying is dangerous without backoff, so add jitter.", False, id="one way"
    ),
    pytest.param(RETRIES, "Retrying immediately in a tight loop is dangerous.", False, id="which"),
    pytest.param(
        BACKUPS,
        "Storing backups in the same region as production is a trap.",
        False,
        id="a longer subject",
    ),
    pytest.param(
        LOAD_TESTS,
        "Load tests catch real bottlenecks, so I'd never skip them.",
        False,
        id="never",
    ),
    pytest.param(
        TRACES,
        "Traces from third-party scripts are often noise, so I'd delay or remove them.",
        False,
        id="not the speaker's verb",
    ),
    pytest.param(
        INDEXES,
        "A boolean column isn't worth indexing.",
        False,
        id="worth doing to one kind",
    ),
    pytest.param(
        MINIFIED, "Brotli doesn't help for images, which come compressed.", False, id="no help for"
    ),
    pytest.param(
        READING, "Newsletters and tech blogs are mostly marketing.", True, id="joined with and"
    ),
    pytest.param(
        BACKUPS,
        "Replicas in a single zone and backups are a trap.",
        False,
        id="joined after a longer subject",
    ),
    pytest.param(
        RETRIES,
        "Retries can send a message twice, so I avoid them unless the send is idempotent.",
        False,
        id="unless",
    ),
    # the point's own verb refused outright, as advice or as the speaker's habit
    pytest.param(RETRIES, "If a send fails, never retry; just log it.", True, id="never do it"),
    pytest.param(RETRIES, "We don't retry failed sends.", True, id="we don't do it"),
    pytest.param(
        RETRIES, "You should never retry failed sends.", True, id="you should never do it"
    ),
    pytest.param(
        RETRIES, "Never retry a non-idempotent send blindly.", False, id="refused in one case"
    ),
    pytest.param(RETRIES, "Failed sends are never retried twice.", False, id="what happens"),
    pytest.param(RETRIES, "If we don't, retry the failed sends.", False, id="another clause"),
    pytest.param(
        INDEXES, "I wouldn't add an index on every column.", False, id="refused for every one"
    ),
    # what follows when advice is not taken, and a level a thing is brought to
    pytest.param(BACKUPS, "Backups are useless once ransomware reaches them.", True, id="useless"),
    pytest.param(
        BACKUPS,
        "Keep the keys elsewhere too, or your encrypted backups are useless.",
        False,
        id="or else useless",
    ),
    pytest.param(TIMEOUTS, "I'd drop the timeouts.", True, id="dropped"),
    pytest.param(
        TIMEOUTS, "I'd drop the timeouts to a few hundred milliseconds.", False, id="lowered"
    ),
    pytest.param(TIMEOUTS, "I'd drop the timeouts to 300 ms.", False, id="lowered to a number"),
    pytest.param(
        TIMEOUTS,
        "I'd drop the timeout to something close to their normal p99.",
        False,
        id="lowered to a level named in words",
    ),
    pytest.param(
        REPLICAS, "Read replicas are band-aids that delay the inevitable.", True, id="aid"
    ),
    pytest.param(LOAD_TESTS, "Load testing is a crutch for weak design.", True, id="a crutch"),
    pytest.param(MARGIN, "I wouldn't plan a safety margin.", True, id="not planned"),
    pytest.param(MARGIN, "I wouldn't plan a margin beyond 7x.", False, id="not planned beyond"),
    pytest.param(
        "Run several replicas behind a load balancer.",
        "Replicas behind a load balancer are unnecessary.",
        True,
        id="a thing behind another, waved away",
    ),
    pytest.param(
        "Use health checks so the load balancer takes unhealthy instances out of rotation.",
        "Autoscaling makes health checks redundant.",
        True,
        id="made redundant",
    ),
    pytest.param(
        "Retries give at-least-once delivery, so an idempotency key deduplicates.",
        "The queue gives exactly-once delivery, which makes idempotency keys unnecessary.",
        True,
        id="made unnecessary, past the rest of the term",
    ),
    pytest.param(
        "Use health checks so the load balancer takes unhealthy instances out of rotation.",
        "Health checks make manual failover unnecessary.",
        False,
        id="what the term makes needless",
    ),
    pytest.param(LOAD_TESTS, "Load tests are too noisy to act on.", True, id="too noisy to act on"),
    pytest.param(LOAD_TESTS, "Load testing takes too long at this stage.", True, id="too long"),
    pytest.param(
        LOAD_TESTS,
        "A full load test takes too long to run on every commit, so we run it nightly.",
        False,
        id="too long for when",
    ),
    pytest.param(
        RETRIES, "Retrying after a deadlock is pointless.", True, id="pointless after a case"
    ),
    pytest.param(
        LCP, "Lazy loading the hero image should be avoided.", False, id="a verb and its object"
    ),
    pytest.param(REPLICAS, "Read replicas make things worse.", True, id="worse"),
    pytest.param(
        REPLICAS, "Read replicas without a lag check make it worse.", False, id="worse without"
    ),
    pytest.param(
        INDEXES, "A composite index is a long-term nice-to-have.", True, id="a nice to have"
    ),
    pytest.param(INODES, "df -i isn't relevant here.", True, id="not relevant"),
    pytest.param(
        INVALIDATE, "I never write the cache before the database commits.", False, id="never before"
    ),
    pytest.param(INVALIDATE, "I never write the cache.", True, id="never"),
    pytest.param(TRACES, "Distributed traces can be ignored.", True, id="can be ignored"),
    pytest.param(
        RETRIES,
        "Anything that doesn't need retries with backoff goes on the fast path.",
        False,
        id="which things need it",
    ),
    pytest.param(
        RETRIES,
        "Calls that do not need retries with backoff go on the fast path.",
        False,
        id="which things need it, with do",
    ),
    pytest.param(RETRIES, "Sends don't need retries with backoff.", True, id="no need"),
    pytest.param(LOAD_TESTS, "Load tests are mostly overhead.", True, id="overhead"),
    pytest.param(MARGIN, "A safety margin is wasteful.", True, id="wasteful"),
    pytest.param(LOAD_TESTS, "Load testing only slows the team down.", True, id="only slows down"),
    pytest.param(
        FINGERPRINTED,
        "Content hashes in filenames just break things.",
        True,
        id="just breaks things",
    ),
    pytest.param(
        FINGERPRINTED,
        "Without content hashes in filenames, deploys just break things.",
        False,
        id="what breaks things without it",
    ),
    pytest.param(STRICT, "Strict mode is mostly noise.", True, id="commanded to be enabled"),
    pytest.param(
        POOLER,
        "Connection poolers just add a network hop, so I'd raise max_connections instead.",
        True,
        id="just adds a hop",
    ),
    pytest.param(
        POOLER,
        "A connection pooler adds a network hop but saves the database's connections.",
        False,
        id="adds a hop, and what it is worth",
    ),
    pytest.param(
        POOLER,
        "I'd start with a connection pooler and only add complexity where the load demands it.",
        False,
        id="complexity added only where needed",
    ),
    pytest.param(
        INDEXES, "A composite index on those columns is low overhead.", False, id="low overhead"
    ),
    pytest.param(DAMAGE, "There's no need to take a backup.", True, id="no need to do"),
    pytest.param(DAMAGE, "There's no need to run a backup first.", True, id="no need to run"),
    pytest.param(
        DAMAGE, "It's quick, so there's no need to take a backup.", True, id="so no need to do"
    ),
    pytest.param(
        ESTIMATES, "Back-of-envelope estimates are a waste of time.", True, id="a term with 'of'"
    ),
    pytest.param(
        ESTIMATES,
        "The cost of estimates is a waste of time to argue about.",
        False,
        id="what 'of' attaches the term to",
    ),
    pytest.param(
        SENTRY, "Checking Sentry wasn't necessary.", True, id="the point's own doing, waved away"
    ),
    pytest.param(
        SENTRY,
        "Chasing every Sentry alert wasn't necessary.",
        False,
        id="another doing of the term, waved away",
    ),
    pytest.param(
        TOIL,
        "I built a self-service page, so other teams never need to raise a ticket.",
        False,
        id="a chore others are spared",
    ),
    pytest.param(
        OWNED_STATE,
        "Most state never needs to leave the component that owns it.",
        False,
        id="no need to take it away",
    ),
    pytest.param(
        "Take nightly snapshots of the database plus continuous WAL archiving.",
        "A database dump is useless without the key that decrypts it.",
        False,
        id="useless without what else it needs",
    ),
    pytest.param(
        "Take nightly snapshots of the database plus continuous WAL archiving.",
        "Nightly snapshots are useless; WAL archiving is all you need.",
        True,
        id="useless",
    ),
    # a doing the point commands, declined outright by the speaker
    pytest.param(
        ROLL_BACK_FIRST,
        "If errors are normal, the deploy is fine, so I wouldn't roll back.",
        True,
        id="the point's command declined",
    ),
    pytest.param(
        ROLL_BACK_FIRST,
        "I'd never roll back before checking the SLO burn rate.",
        False,
        id="the point's command declined only until something is done",
    ),
    pytest.param(
        "Indexing: Add indexes to columns that are often filtered or joined on.",
        "Writes matter here, so I don't index every column.",
        False,
        id="a heading's doing, declined for some things",
    ),
    pytest.param(
        "The endpoint saves the user, publishes an event and returns 201.",
        "We never publish for a rolled back transaction.",
        False,
        id="a doing described, not commanded",
    ),
    pytest.param(
        ROLL_BACK_FIRST,
        "Some releases are ones which we don't roll back, like schema changes.",
        False,
        id="a doing declined of the things named before",
    ),
    pytest.param(
        PROCESS_INSPECTION,
        "I don't bother with top or htop; I resize the instance instead.",
        True,
        id="the second of two things waved away together",
    ),
    pytest.param(
        OUTBOX,
        "Use an outbox, never 'write to the database, then publish' as two separate steps.",
        False,
        id="a doing refused before another, by 'then'",
    ),
    pytest.param(
        OUTBOX,
        "Never write to the database. Then publish to Kafka from the handler.",
        True,
        id="a doing refused, another in the next sentence",
    ),
    pytest.param(
        PROCESS_INSPECTION,
        "I'd skip top and htop, since they only report memory.",
        True,
        id="the last of two things waved away together, ending its clause",
    ),
    pytest.param(
        PROCESS_INSPECTION,
        "I'd skip the dashboards and run htop to see which process burns CPU.",
        False,
        id="a thing skipped, then a doing of its own",
    ),
    pytest.param(
        PROCESS_INSPECTION,
        "There's no need for a profiler, and htop shows which process burns CPU.",
        False,
        id="another clause after a thing waved away",
    ),
    pytest.param(
        RESOLVERS,
        "Resolvers already hold the old 24h value, so drop it well in advance.",
        False,
        id="a plural subject, then something else skipped",
    ),
    pytest.param(
        RESOLVERS,
        "Resolvers are too slow to matter, so I'd skip them.",
        True,
        id="a plural subject, then skipped",
    ),
    pytest.param(
        ROLL_BACK_FIRST,
        "Error rates are normal, so rolling back would be an overreaction.",
        True,
        id="called an overreaction",
    ),
    pytest.param(
        ASYNC_LIMITED,
        "A lock only guards one process. Async doesn't help either, since the event loop "
        "switches requests at every await.",
        False,
        id="unhelpful here, as the point itself limits it",
    ),
    pytest.param(
        ASYNC,
        "A lock only guards one process. Async doesn't help either, since the event loop "
        "switches requests at every await.",
        True,
        id="unhelpful, of a point that limits nothing",
    ),
    pytest.param(
        BATCHING,
        "Batch your updates (a DocumentFragment, or toggling one class) so you don't trigger "
        "a reflow per change.",
        False,
        id="what a point says may happen, avoided by a remedy",
    ),
    pytest.param(
        BATCHING,
        "Batching is pointless; a change never triggers a reflow.",
        True,
        id="what a point says may happen, denied",
    ),
    pytest.param(
        LOAD_TESTS,
        "I also don't rely on load tests for this; they never match production.",
        True,
        id="not relied on",
    ),
    pytest.param(
        LOAD_TESTS,
        "We rely on load tests at the expected traffic before every launch.",
        False,
        id="relied on",
    ),
    pytest.param(
        INDEXES,
        "I also drop indexes the planner never uses, since each one slows writes.",
        False,
        id="only the unused ones dropped",
    ),
    pytest.param(
        INDEXES,
        "I'd skip indexes, the planner never uses them.",
        True,
        id="dropped, their use denied in a clause of its own",
    ),
    pytest.param(
        LOAD_TESTS,
        "I don't rely much on load tests; they never match production.",
        True,
        id="not relied on much",
    ),
    pytest.param(
        LOAD_TESTS,
        "I don't really use load tests for this.",
        True,
        id="not really used",
    ),
    pytest.param(
        TIMEOUTS,
        "I'd avoid adding timeouts to the provider calls; a timeout turns slow into failed.",
        True,
        id="avoided, with the doing of it named",
    ),
    pytest.param(
        TIMEOUTS,
        "I'd avoid adding retries without timeouts on the provider calls.",
        False,
        id="another doing avoided, the point's term its remedy",
    ),
    pytest.param(
        TRACES,
        "Distributed traces are extra complexity for nothing.",
        True,
        id="extra complexity for nothing",
    ),
    pytest.param(
        TRACES,
        "Distributed traces are extra complexity, but worth it once requests cross services.",
        False,
        id="extra complexity, weighed",
    ),
    pytest.param(
        SYNC_CALLS,
        "Events mean the order service doesn't need synchronous calls to be up at that moment.",
        False,
        id="a thing not needed in a state",
    ),
    pytest.param(
        LOCAL_CACHE,
        "Keep it simple. Skip the local cache, since the hot key changes every second.",
        True,
        id="skipped as a bidding",
    ),
    pytest.param(
        LOCAL_CACHE,
        "Put everything on one database, and skip the local cache.",
        True,
        id="skipped as a bidding after and",
    ),
    pytest.param(
        LOCAL_CACHE,
        "On a hit the server can see it, skip the local cache and answer from memory.",
        False,
        id="skip one of a list of deeds",
    ),
    pytest.param(
        LOCAL_CACHE,
        "Skip the local cache for huge tenants only; everyone else keeps it.",
        False,
        id="skipped as a bidding for some",
    ),
    pytest.param(
        PROCESSES,
        "Not a fix: a threading lock, which only guards one process and is useless across servers.",
        False,
        id="another predicate of the subject before the term",
    ),
    pytest.param(
        PROCESSES,
        "Not a fix: extra processes are useless across servers.",
        True,
        id="the term's own predicate",
    ),
    pytest.param(
        RESOLVERS,
        "Resolvers with millions of queries a day are too slow to matter, so I'd skip them.",
        False,
        id="a subject set apart by how many, then skipped",
    ),
    pytest.param(
        SHORT_LIVED,
        "I avoid long-lived keys altogether and issue credentials per job.",
        False,
        id="what describes the thing the point rejects, waved away",
    ),
    pytest.param(
        "Posts from accounts with millions of followers are merged into the timeline at read time.",
        "Pushing one post to 50 million followers is slow and wasteful.",
        False,
        id="a term that opens with its count, waved away as too many",
    ),
    pytest.param(
        "Indexes are B-trees of sorted key values that point to rows.",
        "An index on a boolean that's true for half the rows is useless.",
        False,
        id="a term counted by half inside what is waved away",
    ),
    pytest.param(
        VAULT_SECRETS,
        "I avoid long-lived secrets entirely, and every job gets its own credentials.",
        False,
        id="the other kind the point rejects, named before the term and waved away",
    ),
    pytest.param(
        VAULT_SECRETS,
        "I avoid Vault secrets entirely; a config file is simpler.",
        True,
        id="the point's own kind, named before the term and waved away",
    ),
    pytest.param(
        SHORT_LIVED,
        "I avoid short-lived credentials; they break too often.",
        True,
        id="what the point prefers, waved away",
    ),
    pytest.param(
        MEASURE,
        "I wouldn't spend time measuring it; everyone knows what hurts.",
        True,
        id="no time spent on it",
    ),
    pytest.param(
        LOAD_TESTS,
        "I didn't waste time on load tests before the launch.",
        True,
        id="no time wasted on it, then",
    ),
    pytest.param(
        LOAD_TESTS,
        "I spend time on load tests before every launch.",
        False,
        id="time spent on it",
    ),
    pytest.param(
        DIMENSIONS,
        "Removing the width and height attributes from images lets them size naturally.",
        True,
        id="doing away with it, said to help",
    ),
    pytest.param(
        DIMENSIONS,
        "Removing the width and height attributes from images doesn't help; they reserve space.",
        False,
        id="doing away with it, said not to help",
    ),
    pytest.param(
        DIMENSIONS,
        "Removing the width and height attributes from images causes layout shift.",
        False,
        id="doing away with it, said to harm",
    ),
    pytest.param(
        FLAGS,
        "Keep it simple: feature flags just clutter the code.",
        True,
        id="said to clutter",
    ),
    pytest.param(
        FLAGS,
        "Old feature flags that nobody removes clutter the code, so I delete them after launch.",
        False,
        id="some of it said to clutter",
    ),
    pytest.param(
        LOAD_TESTS, "Load testing felt pointless this close to launch.", True, id="felt pointless"
    ),
    pytest.param(
        LOAD_TESTS,
        "Honestly, load testing feels like a waste of time.",
        True,
        id="feels like a waste of time",
    ),
    pytest.param(
        LOAD_TESTS,
        "Load testing felt slow at first, but it found the real bottleneck.",
        False,
        id="felt slow, and then found the bottleneck",
    ),
    pytest.param(
        FAN_OUT,
        "For accounts above a follower threshold I skip fan-out and merge their posts at read "
        "time.",
        False,
        id="skipped for the accounts named before it",
    ),
    pytest.param(
        FAN_OUT,
        "It only makes sense for teams under ten people. I'd skip fan-out.",
        True,
        id="a case named in the sentence before, of something else",
    ),
    pytest.param(
        CELEBRITIES,
        "Pushing a post to 50 million timelines is wasteful, so celebrities' posts are merged at "
        "read time.",
        False,
        id="counted in millions",
    ),
    pytest.param(
        CELEBRITIES,
        "The timelines of millions of followers are overkill; merge nothing at read time.",
        True,
        id="the same thing waved away",
    ),
    pytest.param(
        SHARDING,
        "Sharding by tenant id is the last resort, only if writes alone outgrow one primary.",
        False,
        id="a last resort for a case, only if",
    ),
    pytest.param(SHARDING, "Sharding by tenant id is the last resort.", True, id="a last resort"),
    pytest.param(
        CENTRAL_REDIS,
        "Local per-node counters would skip the hop but drift when traffic is uneven.",
        False,
        id="what a thing would do",
    ),
    pytest.param(CENTRAL_REDIS, "I would skip the hop.", True, id="what the speaker would do"),
    pytest.param(
        COVERAGE_TAB,
        "Each page only loads the code it needs instead of downloading everything up front.",
        False,
        id="instead of doing it to everything",
    ),
    pytest.param(COVERAGE_TAB, "I'd skip downloading.", True, id="instead of doing it"),
    pytest.param(
        QUEUES,
        "Use a queue when the producer doesn't need the consumer's answer right now.",
        False,
        id="what the term owns, not needed",
    ),
    pytest.param(QUEUES, "There's no need for a consumer group.", True, id="not needed"),
    pytest.param(
        FAN_OUT,
        "One post becomes millions of writes, so above a follower threshhold I skip fan-out.",
        False,
        id="skipped above a threshold",
    ),
    pytest.param(
        FAN_OUT,
        "I'd push that score to 100 and skip fan-out.",
        True,
        id="a count, no threshold of the case",
    ),
    pytest.param(
        MEASURE,
        "Measuring where time goes is a waste of effort.",
        True,
        id="a doing with what it is done to, as a clause",
    ),
    pytest.param(
        COLLISIONS,
        "Truncated MD5 hashes I'd avoid: collisions are real at this scale.",
        False,
        id="avoided in the clause before",
    ),
    pytest.param(COLLISIONS, "I'd avoid handling collisions.", True, id="avoided"),
    pytest.param(
        LOCAL_CACHE,
        "A local cache on the app servers is risky because it creates inconsistency.",
        True,
        id="four words between, after an article",
    ),
    pytest.param(
        ESCAPED,
        "React escapes text, so I avoid escape hatches like dangerouslySetInnerHTML.",
        False,
        id="the kind of other things, with examples",
    ),
    pytest.param(
        ESCAPED, "I avoid escaping output like user comments.", True, id="the doing, with examples"
    ),
    pytest.param(
        CACHING, "I avoid caching layers like Redis.", True, id="a kind of the practice itself"
    ),
    pytest.param(
        ANALYZER,
        "I wouldn't waste time on a bundle analyzer; libraries like moment are tree-shaken.",
        True,
        id="examples in the next clause",
    ),
    pytest.param(BREAKER, "I wouldn't put in a circuit breaker.", True, id="not put in"),
    pytest.param(BREAKER, "I wouldn't set up a circuit breaker.", True, id="not set up"),
    pytest.param(BREAKER, "Circuit breakers are overcomplicated.", True, id="overcomplicated"),
    pytest.param(
        BREAKER,
        "I'd never put a circuit breaker's state in the database.",
        False,
        id="never put somewhere",
    ),
    pytest.param(
        SNAPSHOTS,
        "Comparing multiple snapshots doesn't add much, because the diff is noise.",
        True,
        id="adds nothing",
    ),
    pytest.param(
        SNAPSHOTS,
        "Comparing snapshots adds the growth view that one snapshot lacks.",
        False,
        id="adds something",
    ),
    pytest.param(DETACHED, "Detached DOM nodes are safe to ignore.", True, id="safe to ignore"),
    pytest.param(
        DETACHED, "Detached DOM nodes are never safe to ignore.", False, id="never safe to ignore"
    ),
    pytest.param(
        SYNC_CALLS,
        "Where I don't need an immediate answer I publish events to a queue.",
        False,
        id="the case named by what the speaker needs",
    ),
    pytest.param(
        RETRIES,
        "The broker delivers every message exactly once, so no retry logic is needed.",
        True,
        id="no term needed at all",
    ),
    pytest.param(
        RETRIES,
        "Where no retry is needed, the client just logs the failure.",
        False,
        id="no term needed, in a case",
    ),
    pytest.param(
        RETRIES,
        "Sends go through a queue, with no retry needed on the client.",
        False,
        id="no term needed, as a state",
    ),
    pytest.param(
        RETRIES,
        "In six months no failed send needed more than one retry.",
        False,
        id="no term that needed something",
    ),
    # in brackets, an aside: what an alternative lacks, or an exception to what goes before
    pytest.param(
        RETRIES,
        "There are two choices: at-most-once (never retry, might lose a send) or at-least-once "
        "(retry with backoff, might duplicate).",
        False,
        id="a refusal in brackets, glossing an alternative",
    ),
    pytest.param(
        RETRIES,
        "There are two choices: at-most-once, never retry, might lose a send.",
        True,
        id="the same refusal out of brackets",
    ),
    pytest.param(
        PURGED,
        "On deploy, purge the HTML only (hashed files never need purging).",
        False,
        id="waved away in brackets, an exception",
    ),
    pytest.param(
        PURGED,
        "On deploy, hashed files never need purging.",
        True,
        id="the same out of brackets",
    ),
    # the point's thing refused with the verb the point commands it with
    pytest.param(
        FINGERPRINTED,
        "Never put a content hash in the filename.",
        True,
        id="never, the point's verb and its thing",
    ),
    pytest.param(
        FINGERPRINTED,
        "Don't put hashes in filenames; keep stable names like app.js.",
        True,
        id="don't, the point's verb and its thing",
    ),
    pytest.param(
        FINGERPRINTED,
        "Never put the hash in a query string instead of the filename.",
        False,
        id="the point's verb, its thing put elsewhere",
    ),
    pytest.param(
        FINGERPRINTED,
        "To avoid mixed versions, don't use hashed filenames, because they break caching.",
        True,
        id="bidden not to use it",
    ),
    pytest.param(
        FINGERPRINTED, "Do not use hashed filenames.", True, id="bidden not to, in two words"
    ),
    pytest.param(
        FINGERPRINTED,
        "The old build script doesn't use hashed filenames, which is why users broke.",
        False,
        id="a thing that does not use it",
    ),
    pytest.param(
        AUTOSCALERS,
        "Also, don't run HPA and VPA on the same CPU metric, they fight.",
        False,
        id="bidden not to run two together",
    ),
    pytest.param(
        AUTOSCALERS,
        "I wouldn't run HPA and VPA on the same CPU metric.",
        False,
        id="declining to run two together",
    ),
    pytest.param(
        AUTOSCALERS,
        "Don't run HPA and VPA; size the pods by hand.",
        True,
        id="bidden not to run either",
    ),
    pytest.param(
        RENDERING,
        "The logged-in area is plain CSR since SEO doesn't matter there.",
        False,
        id="of no matter in the one place named before",
    ),
    pytest.param(
        RENDERING, "CSR is fine, since SEO doesn't matter here.", True, id="of no matter here"
    ),
    pytest.param(
        HOT_KEYS, "I don't use Redis as the primary database.", False, id="declined in a role"
    ),
    pytest.param(
        HOT_KEYS,
        "We never use user ids, full URLs or Redis keys as metric labels.",
        False,
        id="one of a list declined in a role",
    ),
    pytest.param(HOT_KEYS, "I don't use Redis, as it's overkill.", True, id="declined, as why"),
    pytest.param(HOT_KEYS, "I don't use Redis as well.", True, id="declined as well"),
    pytest.param(
        SERVER_CHECKS,
        "I never rely on the client to enforce permissions.",
        False,
        id="not relied on for a role",
    ),
    pytest.param(SERVER_CHECKS, "I never rely on the server.", True, id="not relied on"),
    pytest.param(
        BREAKER,
        "Circuit breakers aren't a good fit, because they turn a slow response into an error.",
        True,
        id="not a good fit",
    ),
    pytest.param(
        BREAKER, "A circuit breaker isn't a good fit for every call.", False, id="not for every"
    ),
    pytest.param(
        INDEXES,
        "I drop indexes that pg_stat_user_indexes shows are never scanned.",
        False,
        id="only the ones a long name says are never used",
    ),
    pytest.param(
        INDEXES,
        "I drop indexes that slow the writes down, since they are never needed.",
        True,
        id="the ones that slow writes, never needed",
    ),
    pytest.param(TRACES, "I don't bother much with traces.", True, id="not bothered much with"),
    pytest.param(TRACES, "I rarely look at traces.", True, id="rarely looked at"),
    pytest.param(TRACES, "I seldom use traces; logs are enough.", True, id="seldom used"),
    pytest.param(
        TRACES, "When a request is rarely slow, traces show why.", False, id="rarely, else"
    ),
    pytest.param(COURSES, "I don't take courses; I learn on the job.", True, id="not taken"),
    pytest.param(
        COURSES, "I don't take notes in courses.", False, id="not taken, of something else"
    ),
    pytest.param(TRACES, "I stay away from traces; logs are enough.", True, id="stayed away from"),
    pytest.param(TRACES, "I steer clear of traces.", True, id="steered clear of"),
    pytest.param(TRACES, "Traces are worth avoiding in production.", True, id="worth avoiding"),
    pytest.param(
        TRACES, "Opening traces would have been a waste of time.", True, id="would have been"
    ),
    pytest.param(TRACES, "Traces will be overkill here.", True, id="will be"),
    pytest.param(
        TRACES, "Opening traces would have been useful.", False, id="would have been, good"
    ),
    pytest.param(TRACES, "We skipped traces; the logs were enough.", True, id="skipped by us"),
    pytest.param(TRACES, "Traces just create noise.", True, id="just create noise"),
    pytest.param(TRACES, "We skip the traces, since logs are enough.", True, id="skipped always"),
    pytest.param(TRACES, "Traces just create noise when sampled at 100%.", False, id="noise, when"),
    pytest.param(TRACES, "The sampler skipped traces of fast requests.", False, id="skipped by it"),
    pytest.param(
        OPTIMISTIC,
        "Optimistic locking with version columns I'd skip.",
        True,
        id="set before, skipped",
    ),
    pytest.param(
        OPTIMISTIC, "Optimistic locking with version columns I'd use.", False, id="set before, used"
    ),
    pytest.param(
        TRACES,
        "The slow requests stay away from traces when sampling drops them.",
        False,
        id="things kept away from it",
    ),
    pytest.param(
        "If df and du disagree, lsof +L1 shows files that were deleted but are still held open.",
        "I truncate a live log, never delete it, which frees nothing while it is open.",
        False,
        id="what befell a thing the point describes",
    ),
    pytest.param(
        "Delete the files that were rotated, then restart the process.",
        "Never delete the files; archive them.",
        True,
        id="what the point bids done",
    ),
    pytest.param(
        MONITORING,
        "Monitoring tools like Datadog only show averages, so they aren't much use here.",
        True,
        id="not much use",
    ),
    pytest.param(MONITORING, "Tools like Datadog are of no use here.", True, id="of no use"),
    pytest.param(MONITORING, "Datadog is of little use for this.", True, id="of little use"),
    pytest.param(MONITORING, "Datadog is of some use here.", False, id="of some use"),
    pytest.param(
        "Framing: the CAP theorem is a choice between consistency and availability.",
        "Calling CAP 'pick two of three' is misleading.",
        False,
        id="a framing called misleading",
    ),
    pytest.param(
        BALANCING,
        "Load balancing actually makes CPU worse, so I'd use one big machine.",
        True,
        id="makes a thing worse, an adverb before",
    ),
    pytest.param(BALANCING, "Load balancing makes nothing worse.", False, id="makes nothing worse"),
    pytest.param(
        LOAD_TESTS,
        "Load testing felt pointless because the new system didn't exist yet, so we skipped it.",
        True,
        id="a reason ending on yet",
    ),
    pytest.param(LOAD_TESTS, "Load testing isn't needed yet.", False, id="not needed yet"),
    pytest.param(
        "Attach one listener to a common ancestor and use event.target to find which child was "
        "clicked.",
        "stopPropagation() in a child kills every delegated listener above it, including "
        "analytics and click-outside logic, so I avoid it.",
        False,
        id="things included, no subject",
    ),
]


@pytest.mark.parametrize(("point", "answer", "contradicted"), CASES)
def test_a_practice_waved_away_contradicts_the_point_that_recommends_it(
    scorer: KeyPointScorer, point: str, answer: str, contradicted: bool
) -> None:
    result = scorer.score(question="How would you handle it?", key_points=[point], answer=answer)
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted


ALGORITHMS = "Algorithms: round robin, least connections and consistent hashing for sticky routing."
STICKY_PITFALL = KeyPoint(
    "Making the load balancer a single point of failure, or using sticky sessions that keep "
    "traffic on an overloaded instance.",
    role=Role.PITFALL,
)
CSRF_TOKENS = "Protect state-changing requests against CSRF with anti-CSRF tokens."
TOKENS_IN_STORAGE = KeyPoint(
    "Storing access tokens in localStorage, where any XSS can read them.", role=Role.PITFALL
)
INDEX_ORDER = (
    "Order composite index columns by the leftmost-prefix rule, equality columns first and range "
    "or sort columns last."
)
BOOLEAN_INDEX = KeyPoint(
    "Indexing low-selectivity columns such as a boolean flag, where the planner prefers a "
    "sequential scan anyway.",
    role=Role.PITFALL,
)
TAGGED = "Merging to main builds an image tagged with the commit SHA and deploys it to staging."
LATEST_TAG = KeyPoint(
    "Deploying the latest tag, so nobody knows what is running and rolling back is not possible.",
    role=Role.PITFALL,
)
OUTLINES = "Keep a visible focus outline on every interactive element for keyboard users."
NO_OUTLINES = KeyPoint("Removing focus outlines with outline: none.", role=Role.PITFALL)


@pytest.mark.parametrize(
    ("points", "answer", "contradicted"),
    [
        ([ALGORITHMS, STICKY_PITFALL], "I avoid sticky sessions when possible.", False),
        ([ALGORITHMS, STICKY_PITFALL], "Sticky routing is pointless, round robin is enough.", True),
        ([OUTLINES, NO_OUTLINES], "Focus outlines look ugly, so I'd remove them.", True),
        ([CSRF_TOKENS, TOKENS_IN_STORAGE], "I don't keep tokens in localStorage.", False),
        ([CSRF_TOKENS, TOKENS_IN_STORAGE], "I don't keep tokens in localStoage.", False),
        ([CSRF_TOKENS, TOKENS_IN_STORAGE], "I don't use tokens for forms.", True),
        ([INDEX_ORDER, BOOLEAN_INDEX], "Boolean-like columns aren't worth indexing.", False),
        ([INDEX_ORDER, BOOLEAN_INDEX], "Index columns aren't worth ordering.", True),
        (
            [INDEX_ORDER, BOOLEAN_INDEX],
            "Indexing a boolean or other low-cardinality column is usually pointless.",
            False,
        ),
        (
            [INDEX_ORDER, BOOLEAN_INDEX],
            "A date or other high-cardinality column is pointless to order.",
            True,
        ),
        (
            [INDEX_ORDER, BOOLEAN_INDEX],
            "Indexing a boolean or low-cardinality column is usually pointless.",
            False,
        ),
        ([TAGGED, LATEST_TAG], "I'd steer clear of deploying a latest tag.", False),
        ([TAGGED, LATEST_TAG], "I'd steer clear of deploying tagged images.", True),
    ],
    ids=[
        "waving away the mistake a pitfall names",
        "waving away what the point says",
        "waving away what a pitfall says not to take away",
        "waving away the mistake, with a word of place",
        "waving away the mistake misspelt",
        "waving away the point's term elsewhere",
        "waving away the kind a pitfall names",
        "waving away the point's term itself",
        "waving away the kind a pitfall's example stands for",
        "waving away the point's term, its kind named by what no pitfall names",
        "waving away the kind a pitfall's example stands for, without 'other'",
        "a doing waved away, done to what a pitfall names",
        "a doing waved away, done to what the point names",
    ],
)
def test_waving_away_what_a_pitfall_warns_of_agrees_with_the_guide(
    scorer: KeyPointScorer, points: list[str | KeyPoint], answer: str, contradicted: bool
) -> None:
    """Another point may name the pitfall's thing in passing ("for sticky routing"): avoiding
    what the pitfall warns of is awareness, not a claim against that point."""
    first = scorer.score(question="Q?", key_points=points, answer=answer).points[0]
    assert (first.status is Status.CONTRADICTED) is contradicted


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("Distributed SQL is a marketing term; plain SQL with joins does the job.", True),
        ("SQL is overkill for a cache, but distributed SQL fits a global ledger.", False),
        ("Distributed SQL is a buzzword.", True),
    ],
    ids=["said again without its first word", "weighed", "a buzzword"],
)
def test_a_question_term_named_with_its_first_word_is_weighed_only_by_that_name(
    scorer: KeyPointScorer, answer: str, contradicted: bool
) -> None:
    result = scorer.score(
        question="When would you choose SQL over NoSQL?",
        key_points=[DISTRIBUTED_SQL],
        answer=answer,
    )
    assert (result.points[0].status is Status.CONTRADICTED) is contradicted


@pytest.mark.parametrize(
    ("point", "answer", "quoted"),
    [
        (
            LOCAL_CACHE,
            "Someone proposed a local cache on the app servers, but I rejected it.",
            "proposed a local cache on the app servers, but I rejected it",
        ),
        (
            TRACES,
            "Distributed traces of the slow requests take hours to read and tell us little, so "
            "I'd skip them.",
            "Distributed traces of the slow requests take hours to…, so I'd skip them",
        ),
        (
            TRACES,
            "I don't rely much on distributed traces of the slow requests.",
            "don't rely much on distributed traces of the slow",
        ),
        (
            TRACES,
            "I wouldn't use logs or distributed traces of the slow requests.",
            "wouldn't use logs or distributed traces of the slow",
        ),
    ],
)
def test_a_note_quotes_the_clause_that_waves_away_what_the_one_before_named(
    scorer: KeyPointScorer, point: str, answer: str, quoted: str
) -> None:
    result = scorer.score(question="How would you handle it?", key_points=[point], answer=answer)
    assert result.points[0].note == f"You said “{quoted}”; the key point says the opposite."
