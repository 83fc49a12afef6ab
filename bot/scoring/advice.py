"""A pitfall recommended as good advice: "the safest place for the token is localStorage";
and what a point advises against, recommended: "innerHTML is the right choice for user text"
against "textContent rather than innerHTML for user-supplied text".

A pitfall earns credit when the answer shows awareness of it; said as a recommendation it is
the very mistake it warns of, and contradicts the point. The answer *says* a pitfall in the
sentence that holds most of its words (at least ``SAID_FROM`` of their weight, or of one of
the mistakes it names: "Committing the state file to Git, or editing state by hand"); it
*recommends* it when a clause holding those words praises or prescribes ("safest", "best",
"should") and that clause warns of nothing (no negation, no "avoid", "risk", "leaks"...).
A bare imperative opening a clause ("just wrap it in a promise") prescribes too, as does a
habit ("I always turn on sticky sessions"), and so does a clause opening with the pitfall's
own action, or the same in other words ("Put user ids in metric labels", "add the user id as
a label" for "Putting user ids in labels"), with what
the speaker would do or likes doing ("I'd focus on testing internal state", "I like putting
user ids in labels"), or with what the speaker does ("On writes I update the cache first", "I
mock the database in every test"), weighed against warnings in its whole sentence (a habit's
up to its reason or purpose: "because SQL problems are rare", "so the cluster pulls the newest
code without editing manifests" say why, and warn of nothing). A habit says the pitfall with
the clause that goes on from it ("I update the cache first, before the database
transaction"), and a comparison after it praises what the habit does ("I use two-phase commit,
which scales far better than sagas"). A plan that opens a sentence
says the pitfall with the clauses after it ("I'd keep it simple and query the main database:
on each keystroke run LIKE..."). A reason that gives the pitfall and what it leads to warns of
it ("keep chunking sensible, because hundreds of tiny chunks create request waterfalls"), and
so does what it makes people do ("the fastest way to get people ignoring red builds"). A
word of warning the pitfall says itself is part of the mistake ("queries *against* the main
database", "outline: *none*"); "against" warns only where it takes a stand ("argue
against"), not where a thing is run ("a quick run against the homepage"); and the fix a word
of praise qualifies is what is praised ("the quickest *fix* is to delete the pod"). The
sentence must name
the mistake itself by the end of the praised clause, not only what it leads to: "every page
should be actionable" praises nothing of "Alerting on every CPU spike, which causes alert
fatigue so real pages get missed". A pitfall is said by what it does alone, too: "sticky
sessions" of "using sticky sessions that keep traffic on an overloaded instance". Saying
the contrary of what a pitfall hinges on ("cross-account" for "the same account", "several"
for "a single", "after" for "before") in the praised clause is no recommendation of it, nor
is saying, in a clause that denies nothing, that the thing the mistake denies something of
does it ("a key most queries carry" for "a key most queries do not contain"). A
clause that praises and warns is weighing the two sides, which is awareness; a negation in
another clause ("replicas never lose data, so reading from them after a write is safe")
excuses nothing.
A clause giving another point's advice in that point's own words ("I'd begin with a modular
monolith" beside "Building a distributed monolith") recommends that point, not the pitfall,
unless it says a word of the mistake the other point does not.
A pitfall of leaving something out ("Not having a rollback plan") is never recommended this
way: praising what it leaves out is the awareness it asks for. One done *without* something
("caching personalised pages at the CDN without Cache-Control: private") is recommended
unless the sentence supplies what it leaves out (not belittled: "sagas are only for
reports", nor set below the mistake: "better than sagas"), and so is waving away what it
goes without ("tests and logging aren't needed" of scripts written without them). A pitfall
of a mistaken belief ("Believing a Kubernetes Secret is encrypted") is held by a clause
stating the belief as fact: "Secrets are encrypted by default", not "people assume Secrets
are encrypted" nor "I remind people a Secret is only base64"; what a theory or a text says
is stated as fact ("CAP says you pick any two"); a pitfall naming two beliefs ("the default
isolation level is serializable or the same in every database") is held by either, each side
of it said; one hinging on a comparison ("SSR makes a page interactive sooner") only where the
clause says how soon ("the moment it arrives"). The remedy a pitfall names after "unless"
("only base64-encoded unless encryption at rest is enabled") is what its mistake leaves out.
What a point advises against ("never lazy-load it") is recommended by praise, by a word that
prescribes, or by a command to do it to a thing ("lazy-load the hero image so it doesn't
compete", "For LCP I'd lazy-load every image", "the key fix is to lazy-load it"), unless a
denial right after sets something else against it ("lazy-load images below the fold, but
not the hero image"). Things kept apart are no recommendation of joining them: "keep the
payload free of secrets", "separate metadata from content".
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from bot.scoring import clauses
from bot.scoring.claims import (
    AVOIDING,
    BELIEVING,
    OPPOSITES,
    PLACING,
    TO_A_DEGREE,
    TOO_SOON,
    Belief,
    PointClaims,
    denies,
    for_what,
    names_what_fails,
    replaced,
    turned_into,
    waved_away,
)
from bot.scoring.deeds import SAME_IN_PRESENT, is_bare, is_past
from bot.scoring.reading import Reading, sentence_bounds, typo_of
from bot.scoring.text import (
    ARTICLES,
    CONSEQUENT,
    COPULAS_OF_A_KIND,
    DETERMINERS,
    DISMISSED_AFTER,
    HABITUALLY,
    JOINING_THINGS,
    LIGHT_VERBS,
    SPEAKERS,
    Word,
    ending,
    ends_in_s,
    is_denied,
    is_dismissed,
    quoted,
    stem,
    word_set,
)
from bot.scoring.vocabulary import ADVISED_APART, PreparedPoint

BELIEVED_FROM = 0.6  # weighted share of a mistaken belief's words a clause must hold to state it
BELIEVED_STEMS = 2  # and at least this many of its stems
# a word of so many stems spells out an acronym: "CAP" names "tolerance" only among others,
# and holds no belief that ends in it
SPELT_OUT = 3
# ... and this weighted share of each of its sides: "default" of "the default isolation level"
# ("stricter isolation levels ... up to serializable" believes nothing of a default)
BELIEVED_SIDE = 0.5
SAID_FROM = 0.4  # weighted share of a pitfall's words one sentence must hold to say it
# ... and another sentence, to recommend it by a word that judges it good when the sentence
# that says most of it neither recommends it nor warns: "I'd go straight to microservices,
# since migrating a monolith later is harder. Long call chains are fine."
ALSO_SAID_FROM = 0.5
EXCESS_REACH = 4  # words either side of a pitfall's excess in which "every" says it: "on every"
# beside what a pitfall overdoes: "on every column", "as far as possible"
ALL_OF_IT = word_set("every all everything everywhere possible possibly")
AS_FAR_AS = ["as", "far", "as"]  # ... and, beside it, "normalise as far as you can"
ENDORSING = word_set(
    """
    safest safe best better should must recommend recommended prefer preferred ideal
    correct proper right fine standard simplest easiest cleanest quickest fastest good great
    precise accurate easy freely plenty enough
    reliable robust clean cleaner smart effective efficient optimal solid sensible wise preferable
    worth
    """
)
ENOUGH = "enough"
OTHERWISE = word_set("otherwise else")  # opening a clause: what follows if not
# after "or" opening a clause, who suffers what follows if not: "or you'll serve stale data"
WARNED_OF = ("else", "you", "we", "they", "users", "it'll", "it’ll")
STOPPING = word_set("stop stops prevent prevents")  # what a praised doing is for: a harm
KEEPING = word_set("keep keeps keeping kept")  # ... and "keep ... from": "keep events from leaking"
FROM = "from"
KEPT_FROM_REACH = 3  # words from "keep" to "from", and from "from" to the harm kept out
JUDGING = ENDORSING - word_set("should must")  # praise that judges, not a bidding
PLENTY = "plenty"  # praise ("two replicas are plenty"), but not before "of": how many
# opening a clause, a bare imperative or a habit: "just wrap it", "we always deploy latest"
PRESCRIBING = word_set("just simply always")
# opening a clause that says more of the doing before it: "cache everything, including ..."
MODIFYING = word_set("including with at for in on by using via across into")
MISTAKE_SAID_AFTER = 2  # words of a pitfall's mistake in those clauses: "with a long max-age"
PRAISING = ENDORSING | PRESCRIBING
HEADING_PRAISE = PRAISING | word_set("simple")  # "Keep it simple: ..."
HEADING_WORDS = 6  # the most words of a heading that praises the clause after it
# in such a heading, words that warn of the clause after it: "Two dangers: ..."
# what names a belief as false: "Two common misstatements: 'pick any two of three'"
MISBELIEFS = word_set(
    "misstatement misstatements misconception misconceptions myth myths fallacy fallacies "
    "misunderstanding misunderstandings"
)
WARNING_HEADINGS = (
    word_set(
        "danger dangers trap traps pitfall pitfalls mistake mistakes risk risks gotcha gotchas "
        "caveat caveats avoid beware careful burned burnt bitten"
    )
    | MISBELIEFS
)
PLANNING = word_set("i'd we'd i'll we'll i’d we’d i’ll we’ll")  # opening a clause: a plan
SEEKING = word_set("grep search hunt scan audit")  # and "look for", "check for"
SEEKING_WITH = {"look": "for", "check": "for"}
LOOKING = word_set("look looks looked looking watch watches check checks checking")
GUESSING = word_set("bet guess suspect wager imagine assume")  # after "I'd": a guess
HAD = word_set("i'd we'd i’d we’d")  # or what the speaker had done: "we'd enabled"
NOT_PAST = word_set("proceed succeed exceed embed shred speed need feed seed bleed breed")
PARTICIPLE_ENDINGS = ("ed", "en", "wn")  # "used", "been", "chosen", "shown"
RIGHT_AS_VERB = word_set("size sized sizes sizing click clicked clicks clicking")
WHEN = word_set("now away then after before there here")  # "right now" praises nothing
LESSER = word_set("part bit half")  # "the easy part": the lesser problem, not advice
# after "enough to": harm a thing suffices for, no praise ("enough to cause scrolling")
HARMING = word_set(
    "cause break trigger crash kill ruin overload exhaust block leak brute crack steal"
)
APPEARING = word_set(
    "look looks looked looking seem seems seemed appear appears appeared feel feels felt feeling"
)
APPEARING_REACH = 2  # words before a word of praise in which "look" says how it looks
WOULD = word_set("would will should")
# after "I", "we": what the speaker would do or likes doing ("I like putting ids in labels")
INTENDING = WOULD | word_set("like love")
HABIT_WITHIN = 7  # words before "I" or "we" in a clause saying what they do: "On writes I"
SPEAKERS_OWN = word_set("my our")  # "my pipeline rebuilds", "our services call": a habit too
HABIT_OPENERS = SPEAKERS | SPEAKERS_OWN
# After "I": a state of mind, a past deed or a modal, not what the speaker does
NOT_DOING = word_set(
    """
    think know believe guess mean feel am can could may might must need have has get wish
    hope
    """
)
FIXES = word_set("fix fixes")  # after a word of praise, what is praised: "the quickest fix"
# naming the remedy that follows them: "the fix is to add more nodes", "the answer was to reshard"
REMEDIES = word_set("fix answer solution remedy step")  # "the first step is to"
REMEDY_FOR = 5  # words that may say what a remedy is for: "the fix for slow repeat visits is"
PRAISING_OR_REMEDY = PRAISING | REMEDIES  # "the fix is to" praises what follows as praise does
# after a denial, what undoes the denial: "doesn't remove the race" says there is one
DOING_AWAY_WITH = word_set(
    "remove removes eliminate eliminates prevent prevents fix fixes solve solves"
)
DONE_AWAY_REACH = 3  # the verb after a denial and the words to the thing: "remove the race"
# in a praised clause, before the mistake: the speaker did away with it
CLEARING = word_set("cleaned removed ripped rewrote rewritten refactored deleted retired fixed")
DENIED_REACH = 2  # words after a denial in which the belief's word it denies stands
ONCE = word_set("once recently")  # after "I", before the verb of what happened: "I once saw"
# what a heading's speaker refuses when the refusal is of what follows: "Where I wouldn't use
# it: ...", "What I'd never do: ..."
REFUSED_AHEAD = word_set("use do recommend allow accept ship try want choose pick")
WAY_TO = ("way", "to")  # after praise, what follows is what the praised doing is for
SO_THAT = "so"  # after praise, with a negation soon after: the harm the doing keeps out
KEPT_OUT_REACH = 3  # words after it in which the negation stands: "so events don't leak"
NAMING = word_set("is was")
# before a remedy, owning it: "the fix", "our fix", "the first step"; not "the tempting fix",
# "a quick fix"
OWNING = word_set("the my our first")
PARTICLES = word_set("out up off over around")  # after a verb, another verb: "work out"
CONDITIONS = word_set("if when unless once")  # "If we keep backups in one account": no habit
HABITUAL_CASES = word_set("when whenever")  # "When I need a grid, I use ...": a habit for a case
CASE_NAMED_IN = 2  # words at least before the doing: "when", the speaker and what they meet
# before a word of praise in its clause, what is praised is the exception, the remedy: "a
# callback reads state from an old render unless the deps are right"
EXCEPTING = word_set("unless")
# "stay out of", "steer clear of", "keep the payload free of"
KEEPING_APART = {"out": "of", "away": "from", "clear": "of", "free": "of"}
KEPT_FROM_WORDS = 3  # words after "out of" that name what is kept away from: "the logs"
# verbs that set one thing apart from another: "separate metadata from content"
SETTING_APART = word_set(
    "separate separates separating decouple decouples decoupling isolate isolates isolating"
)
SET_APART_WITHIN = 4  # words after such a verb in which its "from" stands
# what follows a recommendation or a habit: why, or what for; not a warning
FOLLOWING = word_set("because since so which")
REASONS = word_set("because since")  # opening a clause that gives a reason
STANDING_FOR = word_set("it they")  # after a reason's word: what the clause before names
# ... or speaks of it, to praise it: "because that's the most precise way"
REASON_SUBJECTS = STANDING_FOR | word_set("it's that that's this they're")
# in a praised clause, words that stand for a thing named before: "better to use them"
STANDING_FOR_THINGS = word_set("it them this that these those one ones")
OWN_DOING_WORDS = 4  # a praise, "to", a verb and what it is done to: "better to keep backends"
CONSEQUENCES = word_set("so therefore hence thus")  # opening a clause that follows from one
# after what must come first: "commit the transaction first", "collect evidence before"
FIRST = word_set("first before")
FIRST_OF_ORDER = "first"  # of a doing, the "before" a pitfall of doing it too soon says
BEFORE = "befor"  # that "before", stemmed
AFTER = word_set("after once until")  # before it: "after the commit", "once data is reconciled"
ORDER_REACH = 3  # words between what must come first and the "first" that says so
AND = word_set("and but")  # opening a clause that goes on with the same doing: "and only after"
HARM_SAID = 2  # stems of what a pitfall leads to that a reason must say to warn of it
GOING_ON_TO = word_set("and so")  # opening a clause of what follows from the one before
ACTED_ON = 3  # telling words of a pitfall in a clause that opens with the pitfall's action
COPULAS = COPULAS_OF_A_KIND | word_set("be s")  # before "plenty of": it praises again
BELITTLING = word_set("only just merely mostly")
# before what a thing is set above: "scales far better than sagas", "instead of sagas"
OUTRANKING = (("than",), ("instead", "of"))
# The same action in other words, opening a pitfall and a command: "Putting user ids in
# labels" and "add the user id as a label".
ALIKE_ACTIONS = {
    "put": frozenset({"add", "includ", "store", "place", "stick"}),
    "store": frozenset({"put", "keep", "save"}),
    "keep": frozenset({"store", "leav"}),
    "add": frozenset({"put", "includ"}),
    "write": frozenset({"updat", "set", "put"}),  # "update the cache before you commit"
    "cach": frozenset({"give", "set"}),  # "give index.html a long max-age"
    # "wrap it in a two-phase commit" of "Using two-phase commit across services"
    "use": frozenset({"wrap", "add", "put", "pick", "choos", "adopt", "introduc"}),
    "ship": frozenset({"includ", "send", "serv"}),  # "include the full polyfill bundle"
    "access": frozenset({"read", "call", "touch"}),  # "read window.innerWidth in render"
}
NOT_NEEDED = word_set("worth need needed necessary required")  # after a negation: waved away
# what a command does its deed to, just after the verb or the rest of it: "lazy-load the image"
COMMANDED = word_set("the a an it them this that these those your our their every all everything")
BUT_ALSO = word_set("but and yet though")  # before a denial set against a clause: "but not"
LEFT_OUT_OF = word_set("except excluding")  # what a command is not given for: "except the hero"
REJECTED_SAID = 2  # words of what a point advises against that a clause must say to say it
HAVING = word_set("have would've could've")  # before "been": a way not taken, "would have been"
ROUTES = word_set("route way path road recipe ticket")  # after praise: "fastest route to"
TOWARDS = word_set("to for")
ROUTE_REACH = 4  # words after "to" that name where it leads: "to a distributed monolith"
CANDIDATES = word_set("candidate candidates")  # after praise: "a good candidate for an index"
FOR = word_set("for")
CANDIDATE_FOR_WORDS = 3  # words after "for" that name what it is a candidate for
# after a praise, what sets against it what a pitfall's mistake ignores, and the share of
# that said there: "..., while database connections are the real ceiling", "and the real
# ceiling is the database", "more often it's database connections"
SETTING_AGAINST = word_set("while whereas but real actual often")
SELDOM = word_set("rarely seldom")  # before the praise: "it's rarely the app tier, which ..."
IGNORED_SAID = 0.5
LACKING = word_set("lack lacks lacked miss misses missed omit omits omitted skip skips skipped")
# what leaves a thing out: "leaving requests off", "without them", "skipping them"
LEFT_BEHIND = LACKING | word_set("leave leaving left without skipping drop dropping ignore")
# what says a thing is done to excess: "over-normalizing", "as far as possible", "always"
TOO_MUCH = word_set(
    "over too excessive excessively every all far highest maximum fully possible possibly more "
    "much always everything heavily aggressively"
)
COMPARING = word_set("over than versus vs unlike beat beats")  # "simple types beat smart ones"
PRAISED_AFTER_COMPARING = 4  # words from "than" to the praise of what wins: "than a few sensible"
_OTHERS = word_set("different separate cross another other")
RECIPROCAL = word_set("each the one")  # before "other": one of those named, "each other"
_MANY = word_set("multiple several many redundant")
_LEADER = word_set("leader primary")
UN = "un"  # before an adjective, its contrary: "unrealistic", "unbounded"
UN_WORD = 5  # letters at least after it: "unrealistic"; not "unused", for "indexes not used"
CONTRARIES = {
    "same": _OTHERS,
    # what makes a key or a resource one's own: "must include the user in the key"
    "shared": _OTHERS | word_set("own include includes including specific unique isolated"),
    "single": _MANY,
    "one": _MANY | word_set("mix variety"),  # "a mix of endpoints" for "one endpoint"
    "warm": word_set("cold"),  # "cold caches" for "a warm cache"
    "server": word_set("client"),
    "client": word_set("server"),
    "follower": _LEADER,
    "followers": _LEADER,
    "replica": _LEADER,
    "replicas": _LEADER,
    "before": word_set("after once"),
    "asynchronous": word_set("synchronous synchronously"),
    "synchronous": word_set("asynchronous asynchronously async"),
    "together": word_set("own independently independent separately apart alone"),
    # "a day or two ahead", "well before" are the contrary of "only at the moment of a migration"
    "moment": word_set("ahead advance beforehand early earlier before"),
    # where contents are kept: "file contents in object storage like S3" for "in the database"
    "database": word_set("object s3 bucket buckets"),
    "high": word_set("low"),  # "keep label cardinality low" for "high-cardinality labels"
}
# before "against", words that make it a warning ("I'd argue against", "guards against"), not
# the place a thing is done ("a quick run against the homepage", "queries against a replica")
TAKING_A_STAND = word_set(
    """
    warn warns warned warning argue argues argued arguing advise advises advised advising
    recommend recommends recommended decided decide vote voted caution cautioned guard guards
    guarded guarding protect protects protected protecting defend defends defended push
    pushed pushing is are was were am be strongly firmly definitely always
    """
)
SIGNS = word_set("sign signs smell smells")  # of a mistake: "a sign it should be Grid"
SIGN_OF = word_set("a the warning clear sure code telltale")  # "a sign", not "sign the token"
PLACES = word_set("in inside on into within")  # opening where a thing is done: "in every child"
REFUSED_WORDS = 2  # what a refused command does, to what: "store top-k lists"
PRESCRIBED_AFTER = 3  # words from a remedy named to its command: "fix is to"
# before a remedy that prescribes what follows "is to": "the fix", "the key fix", "our fix"
OWNED_OR_PRAISED = OWNING | ENDORSING | word_set("key real main")
ADVISERS = word_set("i we you")
SPEAKER_REACH = 3  # the words a clause's speaker may follow: "For LCP I'd"
LEAD_INS = word_set("then next also finally first so")  # before a plan: "Then I'd add"
ABOUT_WHAT = word_set("for in on with")  # before a plan, what it is about: "For APIs I'd"
ABOUT_WORDS = 3  # words after one of ABOUT_WHAT in which the plan's "I'd" may stand
OPENERS = word_set("i we you would will always just simply then and so also to")  # "I'd": "i"
# what a practice makes people do to their own signals: "people start ignoring the pages"
IGNORING = word_set("ignore ignores ignoring ignored")
PEOPLE = word_set("people team teams engineers developers devs everyone users folks reviewers")
PEOPLE_REACH = 4  # words between the people and their ignoring: "people clicking rerun and"
# just before a word of praise, within RARELY_REACH words: it seldom holds
RARELY = word_set("rarely seldom hardly barely")
RARELY_REACH = 2
# after a harm, what holds it rare: "SQL problems are rare anyway", "the risk is negligible"
HELD_RARE = re.compile(
    r"(is|are|were|was) ((very|pretty|quite|so|really|extremely) )?(rare|unlikely|negligible|"
    r"minimal|tiny|theoretical|overblown|overstated|exaggerated)\b"
)
RARE_REACH = 3  # words HELD_RARE reads
SPARINGLY = RARELY | word_set("sparingly occasionally")  # after a doing: done little
INSTEAD = "instead"
WORTH = "worth"  # praise, but not "too unselective to be worth it" nor "worth noting"
WORTH_REACH = 5  # words before it in which "too" stands
WORTH_SAYING = word_set(
    "noting mentioning saying knowing remembering repeating stressing worrying bothering"
)
SPARING_REACH = 4  # words after the doing in which it stands: "use sticky sessions sparingly"
WARNING = word_set(
    """
    avoid avoided avoiding mistake mistakes pitfall pitfalls risk risks risky danger dangers
    dangerous traps scary scariest
    bad wrong careful beware instead rather stop leak leaks leaking lose loses losing lost
    hide hides hiding mask masks masking misleading
    stale break breaks broke broken breakage fail fails failure expose exposes vulnerable
    vulnerability unsafe insecure problem problems bug bugs anti antipattern trap otherwise
    else fix fixes watch watching weak weaker poor poorly gotcha gotchas caveat caveats
    remember aware reject rejects rejected rejecting refuse refuses refused
    """
)

WORTHLESS = word_set("useless pointless meaningless worthless")  # said of what a mistake uses
# what a clause says its thing shows: nothing worth having, "a green score proves little"
BELITTLED = re.compile(r"\b(proves?|proved|shows?|showed|tells?|told) (very )?(little|nothing)\b")
# after what a pitfall leaves out, said of it: "invalidating on write is unreliable"
UNRELIABLE = re.compile(r"(\w+ ){0,2}(is|are) (\w+ )?(unreliable|flaky|fragile)\b")
RELATIVE = word_set("which")  # opening a clause that goes on with what the one before states
FRAMING = word_set("on in")  # opening a clause that sets where the next holds: "On Kubernetes,"
FRAME_WORDS = 3  # at most, with it: "In Postgres 16,"
# opening a clause, words that go on from the clause before: "..., before the transaction"
GOING_ON = word_set("before after until without including")
EXTENDING = word_set("even especially")  # "..., even the logged-in ones": more of the same
CONCEDING = word_set("if though when so then")  # after "even": a clause of its own
INCLUDED_WORDS = 6  # a clause going on with what it adds, then "included": "index.html included"
PLACE_REACH = 3  # words after "in" that may name a place: "in the redirect path"
# in a habit's reason or purpose, words that keep the mistake out: "I pin the allowed
# algorithms so 'none' is rejected"; other warnings there say why, and warn of nothing
REFUSING = word_set(
    """
    reject rejects rejected rejecting refuse refuses refused refusing deny denies denied
    disallow disallows disallowed forbid forbids forbidden
    """
)

# a state that keeps a thing safe from a pitfall: "keep images clean", "store state encrypted";
# or within bounds, short of the pitfall's excess: "keep the chunks reasonably sized"
SAFE_STATES = word_set(
    "clean encrypted masked redacted scrubbed reasonably sensibly moderately reasonable "
    "sensible moderate manageable simple simpler realistic achievable attainable"
)
# between the sides of a likening belief, what likens them: "containers like VMs", "a
# container is a VM", "the same as a VM"
LIKENED_BY = word_set("like as is are s same similar equivalent basically just treat treated")
# between a thing and the state it must be kept in: "targets must be realistic"
HELD_TO = word_set("must should be is are stay stays remain remains")
HELD_IN = word_set("in inside within a an the")  # and the place it is held in, after them
# Words that name a belief rather than hold it: "assuming async code is safe", "the myth
# that replicas are backups".
REPORTING = BELIEVING | word_set(
    """
    assume assumes assumed assumption believe believes believed belief think thinks thought
    myth misconception mistakenly wrongly misunderstanding remind reminds reminded reminding
    misquoted misquote misquotes misread misunderstood misstated
    """
)
# After "I", "we": no habit, but a state of mind, a past deed, a modal, a plan or a report
NO_HABIT = NOT_DOING | INTENDING | REPORTING
# a speaker's verbs against what follows: "I reject 100% targets", "I push back on them"
OPPOSING = REFUSING | word_set(
    "object objects resist resists oppose opposes veto vetoes discourage discourages ban bans "
    "challenge challenges"
)
PUSHING = word_set("push pushes")  # with "back": "I push back on 100% targets"
# In a sentence, words that keep a belief from being held: it is named as a belief
# ("treating replication as a backup"), reported ("people say Secrets are encrypted"),
# compared ("lighter than VMs", "a fraction of a VM's memory") or warned of.
EXCUSING = (
    WARNING
    | COMPARING
    | REPORTING
    | word_set("people claim claims say says said often commonly different differs while whereas")
    | word_set("fraction compared")
    | MISBELIEFS
)
# Words that limit a belief in its own clause or as the next one opens ("only base64, unless
# encryption is on"); further on they limit something else ("so you never see anomalies
# unless someone lowers it").
LIMITING = word_set("only merely unless")
ELSE = "else"  # a warning ("or else"), but not after what it adds to: "everything else"
ADDED_TO = ("thing", "one", "body", "where")
# A theory or a text that says something states it as fact, unlike people who say it: "CAP
# says you pick any two", "the spec says", not "people say Secrets are encrypted".
SAYING = word_set("say says said")
STATING = word_set("theorem rule law spec specification rfc standard docs documentation")
# After "think", words that make it a matter to ponder, not a belief reported: "you rarely
# need to think about isolation".
THINKING = word_set("think thinks thought")
PONDERING = word_set("about of through twice hard")


def endorsed(point: PreparedPoint, reading: Reading) -> str:
    """Why the answer recommends the pitfall ``point``, or "" when it does not."""
    if point.claims.omission:
        return ""
    believed = _believed(point, reading)
    if believed:
        return believed
    said = _sayings(point, reading)
    if not said:
        return ""
    (sentence, places, _), *others = said
    recommended = _recommended_in(point, reading, sentence, places)
    if recommended or _warns_in(point, reading.sentences[sentence]):
        return recommended
    for sentence, places, share in others:
        if share >= ALSO_SAID_FROM:
            recommended = _recommended_in(point, reading, sentence, places, judged_only=True)
            if recommended:
                return recommended
    return ""


def _warns_in(point: PreparedPoint, words: Sequence[Word]) -> bool:
    """Whether the sentence ``words`` has a word that warns (see ``_warns``)."""
    own = point.claims.mistake_words
    return any(_warns(words, offset, own) for offset in range(len(words)))


def _recommended_in(
    point: PreparedPoint,
    reading: Reading,
    sentence: int,
    places: Sequence[int],
    *,
    judged_only: bool = False,
) -> str:
    """Why the sentence ``sentence``, which says the pitfall ``point`` at ``places``,
    recommends it, or "" when it does not; ``judged_only``: only by a word that judges it
    good ("fine", "simplest"), not by a habit, a plan or a command."""
    first = sentence_bounds(reading, sentence)[0]
    words = reading.sentences[sentence]
    waved = _waves_away_left_out(point.claims.left_out, reading, first, len(words))
    if waved:
        return waved
    starts = reading.clause_starts  # in order
    holding = _continued(Counter(clauses.start_of(starts, place) for place in places), reading)
    praise = _praise(words, first, reading, holding, point)
    if praise < 0 or (judged_only and not _judges_or_plans(words, praise)):
        return ""
    if names_what_fails(reading.words, first, first + praise):
        return ""  # "What won't help is adding nodes: ..., so you just get idle nodes"
    opens = clauses.start_of(starts, first + praise) - first
    done = point.claims.mistakes - {_action(point)}  # what is done, not the doing: "to test"
    if _leads_to_mistake(done, words[opens:], praise - opens):
        return ""  # "a shared database is the fastest route to a distributed monolith"
    praised = clauses.start_of(starts, first + praise)
    if _advises_apart(point, reading, praised):
        return ""  # another point's advice: "I'd begin with a modular monolith"
    before = sentence_bounds(reading, sentence - 1)[0] if sentence else first
    if _belief_denied(point, reading, before, first + len(words)):
        return ""  # "a promise does not move work off the main thread; chunk it instead"
    praised_words = _clause(reading, praised)
    if not REPORTING.isdisjoint(word.lower for word in praised_words):
        return ""  # a belief named, not held: "or assuming async code is safe"
    if point.claims.mistakes and not _names_mistake(point, reading, first, praised):
        return ""  # what a mistake leads to, praised: "every page should be actionable"
    if _short_of_excess(point.claims.excess, reading, first, praised):
        return ""  # "normalizing to remove redundancy" for "Over-normalization"
    if (
        _warned(point, words, first, praise, starts)
        or _puts_first(point.claims, _clause_and_next(reading, praised, _says_when))
        or _supplies(point.claims.left_out, words, first, reading)
        or _prescribes_what_it_lacks(point, reading, praised)
        or _harm_as_reason(point, reading, words, first, praised)
    ):
        return ""
    if _praises_the_other_side(reading, first + praise, places):
        return ""
    if _otherwise_after(point, reading, praised):
        return ""  # "the user must be part of the key, otherwise you'll serve one's data to..."
    if _called_worthless(point.claims.mistakes, reading, first, praised):
        return ""  # "averages are useless here; I'd only look at percentiles"
    if BELITTLED.search(" ".join(word.lower for word in praised_words)):
        return ""  # "a green Lighthouse score on my laptop proves little"
    if _praises_its_own_doing(point, praised_words):
        return ""  # "sticky sessions pin users to one box; better to keep backends stateless"
    if _turns_over(point.claims.denied_of, praised_words):
        return ""  # "choose a key most queries carry" for "a key most queries do not contain"
    if _kept_safe(point, praised_words):
        return ""  # "keep images clean and store state encrypted" for "baking them into images"
    if _cleared(point, praised_words):
        return ""  # "I've cleaned up plenty of old code that faked a grid with flex-wrap"
    if _sets_against_what_it_ignores(
        point.claims.ignored, reading, praised, (first, first + len(words))
    ):
        return ""  # "autoscaling pods is easy, while database connections are the real ceiling"
    return f"You recommended “{_quote_praised(reading, praised)}”; the key point warns against it."


def _judges_or_plans(words: Sequence[Word], praise: int) -> bool:
    """Whether the praise at ``praise`` in a sentence (its ``words``) is a word that judges
    ("fine", "simplest") or the plan that opens the sentence ("I'd keep it simple: the
    client uploads the whole file to our API servers")."""
    return words[praise].lower in JUDGING or (praise == 0 and _plans(_led_in(words)))


def _otherwise_after(point: PreparedPoint, reading: Reading, praised: int) -> bool:
    """Whether the clause after the praised one (opening at ``praised``), in its sentence,
    opens with what follows if the praise is not heeded ("otherwise", "or else"): the praise
    prescribes the pitfall's remedy and warns of what it leads to. After a bare "or" the
    clause must say that harm in the pitfall's words: "..., or you'll serve one user's data
    to another", not "..., or you'll get too many keys"."""
    past = clauses.bounds(reading.clause_starts, praised, len(reading.words))[1]
    ends = reading.sentence_ends
    in_sentence = past < ends[bisect.bisect_right(ends, praised)]  # not "... Otherwise I'd"
    if not in_sentence:
        return False
    opening = reading.words[past].lower
    if opening != "or" or past + 1 >= len(reading.words):
        return opening in OTHERWISE
    told = len(_harm_of(point).intersection(_stems_of(reading, past)))
    return reading.words[past + 1].lower.startswith(WARNED_OF) and told >= HARM_SAID


def _called_worthless(mistakes: frozenset[str], reading: Reading, first: int, past: int) -> bool:
    """Whether a clause of the sentence from ``first`` up to the praised one (opening at
    ``past``) calls what the pitfall's mistake is done with worthless ("averages are useless
    here; I'd only look at percentiles" of "Looking only at average latency"): what the
    sentence praises then is something else. Not a reason given after the praise: "I point
    the liveness probe at the database, because if it is down the pod is useless anyway"."""
    starts = reading.clause_starts
    opens = bisect.bisect_left(starts, first)
    for start in itertools.takewhile(lambda at: at < past, starts[opens:]):
        clause = _clause(reading, start)
        if not WORTHLESS.isdisjoint(word.lower for word in clause) and any(
            not mistakes.isdisjoint(word.stems) for word in clause
        ):
            return True
    return False


def _praises_its_own_doing(point: PreparedPoint, praised: Sequence[Word]) -> bool:
    """Whether the praised clause (its ``words``) opens with its praise and names a doing of
    its own, with none of the pitfall's mistaken words nor a word standing for them: "better to
    keep backends stateless" after the harm of sticky sessions; not "better to use them"."""
    if len(praised) < OWN_DOING_WORDS or praised[0].lower not in PRAISING_OR_REMEDY:
        return False
    rest = praised[1:]
    if rest[0].lower != "to" or any(word.lower in STANDING_FOR_THINGS for word in rest):
        return False
    return all(point.claims.mistakes.isdisjoint(word.stems) for word in rest)


def _sets_against_what_it_ignores(
    ignored: frozenset[str], reading: Reading, praised: int, sentence: tuple[int, int]
) -> bool:
    """Whether the sentence (its first word's index and the index past its last) goes on from
    the praised clause (opening at ``praised``) to set against it at least IGNORED_SAID of what
    the pitfall's mistake ignores, undenied, after a word that sets it against the praise, or
    anywhere after a praise the sentence says is seldom what matters: "autoscaling pods is
    easy, while database connections ... are the real ceiling", "it's rarely the app tier,
    which autoscales fine; it's the database connection limit"."""
    if not ignored:
        return False
    words = reading.words
    first, past = sentence
    if any(word.lower in SELDOM for word in words[first:praised]):
        return _said_against(ignored, words[praised + 1 : past])
    for at in range(praised + 1, past):
        if words[at].lower in SETTING_AGAINST:
            return _said_against(ignored, words[at + 1 : past])
    return False


def _said_against(ignored: frozenset[str], against: Sequence[Word]) -> bool:
    """Whether the words ``against`` the praise say at least IGNORED_SAID of what the
    pitfall's mistake ignores, undenied ("while the database never is" denies it)."""
    said = {found for word in against for found in word.stems}
    denied = any(word.negator for word in against)
    return not denied and len(said & ignored) >= IGNORED_SAID * len(ignored)


def _kept_safe(point: PreparedPoint, clause: Sequence[Word]) -> bool:
    """Whether the praised ``clause`` puts what it names of the pitfall in a safe state, the
    remedy: "keep images clean and store state encrypted" of "baking secrets into images and
    Terraform state", "keep the chunks reasonably sized" of "hundreds of tiny chunks",
    "targets must be realistic" of "a 100% target", also mistyped; each word of the
    pitfall's that a word with a meaning follows, or follows after "must be" and the like."""
    followed = [
        state
        for at, word in enumerate(clause)
        if word.content and word.first in point.places
        for state in _state_after(clause, at + 1)
    ]
    return bool(followed) and all(_one_of(state, SAFE_STATES) for state in followed)


def _state_after(clause: Sequence[Word], at: int) -> Sequence[Word]:
    """The word with a meaning at ``at``, or after HELD_TO words there and a place they
    hold it in ("state must be in an encrypted backend"), as a one-word list; none when a
    grammatical word stands there instead. A word the pitfall's word names the kind of
    may stand first: "the state bucket must be encrypted"."""
    named = at + 1 < len(clause) and clause[at].content and clause[at + 1].lower in HELD_TO
    at += named
    while at < len(clause) and clause[at].lower in HELD_TO:
        at += 1
    while at < len(clause) and clause[at].lower in HELD_IN:
        at += 1
    return clause[at : at + 1] if at < len(clause) and clause[at].content else ()


def _cleared(point: PreparedPoint, clause: Sequence[Word]) -> bool:
    """Whether the praised ``clause`` does away with the pitfall's mistake, a word of
    CLEARING before its first word of the pitfall's: "I've cleaned up plenty of old code that
    faked a grid with flex-wrap" of "Faking a two-dimensional grid with Flexbox"."""
    first = next((at for at, word in enumerate(clause) if word.first in point.places), 0)
    return any(word.lower in CLEARING for word in clause[:first])


def _continued(holding: Counter[int], reading: Reading) -> Counter[int]:
    """The clauses ``holding`` the pitfall's telling words, with the clause before each that
    opens with a word going on from it ("I update the cache first, | before the database
    transaction" tells the pitfall in both), and the clause after each that gives its reason
    (see ``_reason_for``), where its praise stands."""
    added: Counter[int] = Counter()
    for before, start in itertools.pairwise(reading.clause_starts):
        if start in holding and _goes_on(reading, start):
            added[before] += holding[start]
        if before in holding and _reason_for(reading, before, start):
            added[start] += holding[before]
    return holding | added if added else holding


def _reason_for(reading: Reading, before: int, start: int) -> bool:
    """Whether the clause opening at ``start`` gives the reason for the undenied one before
    it (opening at ``before``), speaking of what that one says: "check internal state
    directly, | because that's the most precise way"."""
    words = reading.words
    if words[start].lower not in REASONS or _next(words, start) not in REASON_SUBJECTS:
        return False
    return not any(word.negator for word in words[before:start])


def _goes_on(reading: Reading, start: int) -> bool:
    """Whether the clause opening at ``start`` goes on from the one before: "before the
    database transaction", "even the logged-in ones", "including the hero image", "logged-in
    user data included"; not "even if it fails"."""
    words = reading.words
    opening = words[start].lower
    if opening in GOING_ON or _included(reading, start):
        return True
    following = words[start + 1].lower if start + 1 < len(words) else ""
    return opening in EXTENDING and following not in CONCEDING


def _included(reading: Reading, start: int) -> bool:
    """Whether the clause opening at ``start`` is a short one ending in "included": "...
    cache everything, index.html included, ..."."""
    past = clauses.bounds(reading.clause_starts, start, len(reading.words))[1]
    return past - start <= INCLUDED_WORDS and reading.words[past - 1].lower == "included"


def _advises_apart(point: PreparedPoint, reading: Reading, praised: int) -> bool:
    """Whether the clause opening at ``praised`` gives another point's advice in that point's
    own words ("I'd begin with a modular monolith and carve out services later" beside
    "Building a distributed monolith"), saying no word of the mistake that point does not
    say ("the liveness probe should check every dependency" mixes the readiness probe's
    advice with the liveness probe), nor the contrary of a word it says alone."""
    if not point.claims.advised_apart:
        return False
    first, past = clauses.bounds(reading.clause_starts, praised, len(reading.words))
    said = {found for found, _, index, _, _ in reading.hits if first <= index < past}
    mistaken = said.intersection(point.claims.mistakes)
    return any(
        len(said.intersection(own)) >= ADVISED_APART
        and mistaken <= stems
        and not _says_contrary(said, own)
        for own, stems in point.claims.advised_apart
    )


def _says_contrary(said: set[str], own: frozenset[str]) -> bool:
    """Whether ``said`` holds the opposite of one of another point's ``own`` words and not
    the word itself: "mark all responses public" against "Mark personalised responses
    private" gives no such advice."""
    return any(not OPPOSITES.get(stem, frozenset()).isdisjoint(own - said) for stem in said - own)


def _puts_first(claims: PointClaims, words: Sequence[Word]) -> bool:
    """Whether the clause ``words`` puts first what the pitfall's mistake does too soon: "I
    commit the database transaction first and only then delete the key", "after the commit"
    for "Writing to the cache before the database transaction commits"; "collect evidence
    before changing anything" for "rebooting before collecting evidence"; or puts the
    mistake's own doing later: "investigate before rebooting"."""
    waits_for = claims.waits_for
    done_later = claims.mistakes - waits_for if waits_for else frozenset()
    for at, word in enumerate(words):
        if not done_later.isdisjoint(word.stems) and _put_after(words, at):
            return True  # the mistake's own doing put after another: "before rebooting"
        if waits_for.isdisjoint(word.stems):
            continue
        if any(w.lower in FIRST for w in words[at + 1 : at + 1 + ORDER_REACH]):
            return True
        if _preceding(words, at) in AFTER:  # "after the commit", not "after that, collect evidence"
            return True
    return False


def _put_after(words: Sequence[Word], at: int) -> bool:
    """Whether "before" stands before the doing at ``at``, past any determiner and one doing
    joined to it: "before rebooting", "before any restart or reboot"."""
    before = _back_past(words, at, DETERMINERS)
    if before > 0 and words[before].lower in JOINING_THINGS:
        before = _back_past(words, before - 1, DETERMINERS)  # past "restart or"
    return before >= 0 and words[before].lower in TOO_SOON


def _preceding(words: Sequence[Word], at: int) -> str:
    """The word before the one at ``at``, past any article (lowercase), "" for none."""
    before = _back_past(words, at, ARTICLES)
    return words[before].lower if before >= 0 else ""


def _back_past(words: Sequence[Word], at: int, skipping: frozenset[str]) -> int:
    """Where the word before the one at ``at`` stands, past any of ``skipping``; -1 for none."""
    before = at - 1
    while before >= 0 and words[before].lower in skipping:
        before -= 1
    return before


def _harm_as_reason(
    point: PreparedPoint, reading: Reading, words: Sequence[Word], first: int, praised: int
) -> bool:
    """Whether another clause of the sentence gives as the reason for what is praised the
    pitfall's mistake and what it leads to, in the pitfall's words: a later one ("I'd keep
    chunking sensible, because hundreds of tiny chunks create request waterfalls"), or an
    earlier one when the praise follows from it ("Hundreds of tiny chunks create request
    waterfalls, so aim for sensible route chunks")."""
    starts = reading.clause_starts
    mistakes = point.claims.mistakes
    harm = _harm_of(point)
    past = first + len(words)
    praised_names = len(mistakes.intersection(_stems_of(reading, praised)))
    follows = reading.words[praised].lower in CONSEQUENCES
    for clause in starts:
        if clause >= past or clause < first or clause == praised:
            continue
        if clause > praised and reading.words[clause].lower not in REASONS:
            continue
        if clause < praised and not (follows and _harm_told(point, reading, clause)):
            continue
        said = _stems_of(reading, clause)
        if len(said & harm) >= HARM_SAID and len(said & mistakes) > praised_names:
            return True
    return False


def _harm_of(point: PreparedPoint) -> set[str]:
    """The pitfall's telling stems that are not its mistake: what it leads to."""
    return {point.stems[place] for place in point.telling} - point.claims.mistakes


def _harm_told(point: PreparedPoint, reading: Reading, clause: int) -> bool:
    """Whether the clause opening at ``clause``, or the next one following from it, goes on to
    say what the pitfall leads to, in HARM_SAID of the words the pitfall says after its
    mistake: it names the mistake to describe it ("check-then-act as two unguarded steps lets
    both retries through"), not as a command."""
    alternatives = point.claims.alternatives
    harm = frozenset().union(  # each mistake's words past its head: past "so", "which"
        *(whole - head for whole, head in itertools.pairwise(alternatives) if head < whole)
    )
    told = _clause_and_next(reading, clause, _says_what_follows)
    said = {s for word in told if not word.function for s in word.stems}
    return len(said & (harm - point.claims.mistakes)) >= HARM_SAID


def _says_what_follows(reading: Reading, opens: int) -> bool:
    """Whether the clause opening at ``opens`` says what follows from the one before:
    "Check-then-insert without that constraint races, | and two concurrent retries both go
    through"."""
    return reading.words[opens].lower in GOING_ON_TO


def _belief_denied(point: PreparedPoint, reading: Reading, first: int, past: int) -> bool:
    """Whether a clause from ``first`` up to ``past`` (the praise's sentence and the one
    before it) holds BELIEVED_STEMS of one of the pitfall's mistaken beliefs and denies it: "a
    promise does not move work off the main thread" of "Believing that wrapping CPU-heavy
    code in a promise moves it off the main thread". A denying belief ("async code cannot
    race") is not turned round by leaving out "cannot"."""
    opening = {first, *(start for start in reading.clause_starts if first <= start < past)}
    return any(
        _denies_belief(belief, _clause(reading, clause))
        for belief in point.claims.beliefs
        if not belief.denies
        for clause in sorted(opening)
    )


def _denies_belief(belief: Belief, words: Sequence[Word]) -> bool:
    """Whether ``words`` hold BELIEVED_STEMS of the ``belief`` and deny a content word of it,
    within DENIED_REACH words after the denial: "does not move work off the main thread";
    not "avoid it in UI code"."""
    held = belief.stems.intersection(found for word in words for found in word.stems)
    if len(held) < BELIEVED_STEMS:
        return False
    for at, word in enumerate(words):
        denied = words[at + 1 : at + 1 + DENIED_REACH]
        if denies(word) and any(
            later.content and not belief.stems.isdisjoint(later.stems) for later in denied
        ):
            return True
    return False


def _stems_of(reading: Reading, clause: int) -> set[str]:
    """The stems of the clause opening at ``clause`` (a sentence opens a clause too)."""
    return set().union(*(word.stems for word in _clause(reading, clause)))


def _warned(
    point: PreparedPoint, words: Sequence[Word], first: int, praise: int, starts: Sequence[int]
) -> bool:
    """Whether the sentence ``words`` (opening at ``first``) warns of the pitfall it praises at
    ``praise``: by a warning (see ``_warns``) in the praised clause, or anywhere in the sentence
    when no word of praise but a command, a plan or a habit prescribes (a habit's sentence up
    to its reason or purpose, unless that refuses something: "so 'none' is rejected"); by the
    contrary of what the pitfall hinges on, in the praised clause; or by a short heading that
    warns, before the praised clause or opening the sentence ("What I avoid: ...")."""
    praised = clauses.start_of(starts, first + praise)
    mistakes = point.claims.mistakes | {_action(point)}  # "Indexing ..." of "I don't index"
    if _under_warning(words[: praised - first], mistakes) or _opens_with_warning(
        words, first, starts, mistakes
    ):
        return True
    by_action = words[praise].lower not in PRAISING_OR_REMEDY
    reach = len(words)
    if by_action and _habit(words, praise, praised - first):
        reach = next((at for at in range(praise, reach) if words[at].lower in FOLLOWING), reach)
        if any(word.lower in REFUSING for word in words[reach:]):
            return True  # a purpose that keeps the mistake out: "so 'none' is rejected"
    own = point.claims.mistake_words
    contrary = _contrary(point)
    remedied = _remedied(words, praise)
    purpose = _way_to(words, praise)
    kept_out = _kept_out(words, praise, point.claims.mistakes)
    commanded = first + praise == praised  # a bare command: "walk the whole subtree"
    for offset in range(reach):
        if offset in remedied or offset in kept_out:
            continue  # what a remedy is for: "the fix for the broken page is to..."
        if offset in purpose and words[offset].lower in AVOIDING | STOPPING:
            continue  # what the praised doing keeps out: "a good way to avoid re-creating DOM"
        if _kept_from(words, offset):
            continue  # the harm the praised doing keeps out: "to keep events from leaking"
        word = words[offset]
        in_praised = clauses.start_of(starts, first + offset) == praised
        if in_praised and _one_of(word, contrary) and not _reciprocal(words, offset):
            return True
        if (
            commanded
            and not in_praised
            and _refuses_another(point, words, first, offset, (praised, starts))
        ):
            continue  # "don't store top-k lists at each node; walk the whole subtree"
        said_without = _goes_without(point, words, offset)  # the mistake itself, no warning
        warns = (_warns(words, offset, own) and not said_without) or _out_of(words, offset, point)
        if warns and (in_praised or (by_action and not _waves_away(words, offset))):
            return True
    return False


def _reciprocal(words: Sequence[Word], offset: int) -> bool:
    """Whether the word at ``offset`` is "other" of "each other" or "the other" (one of the
    two named): no other thing, as "on other resources" is."""
    return words[offset].lower == "other" and _before(words, offset) in RECIPROCAL


def _kept_from(words: Sequence[Word], offset: int) -> bool:
    """Whether the word at ``offset`` is what something is kept from, a harm kept out: "to
    keep events from leaking", "keeps the cache from going stale"."""
    for at in range(offset - 1, max(-1, offset - 1 - KEPT_FROM_REACH), -1):
        if words[at].lower == FROM:
            return any(word.lower in KEEPING for word in words[max(0, at - KEPT_FROM_REACH) : at])
    return False


def _refuses_another(
    point: PreparedPoint,
    words: Sequence[Word],
    first: int,
    offset: int,
    praised_in: tuple[int, Sequence[int]],
) -> bool:
    """Whether the word at ``offset``, before the praised clause (``praised_in``: where it
    opens, and where every clause does), denies something in a clause that says nothing of
    the pitfall's mistake: "don't store top-k lists at each node" before "walk the whole
    subtree at request time" refuses the remedy, and warns of nothing."""
    praised, starts = praised_in
    if not words[offset].negator or first + offset > praised:
        return False
    opens, past = clauses.bounds(starts, first + offset, first + len(words))
    if opens != first + offset:
        return False  # a command refused opens its clause: not "What I wouldn't do is ..."
    refused = [word for word in words[opens - first : past - first] if word.content]
    said = {stem for word in refused for stem in word.stems}
    return len(refused) >= REFUSED_WORDS and said.isdisjoint(point.claims.mistakes)


def _remedied(words: Sequence[Word], praise: int) -> range:
    """Where a remedy named at ``praise`` and what it is for stand, up to the word naming it:
    "fix for the broken page is" of "The fix for the broken page is to..."; empty for praise
    of another kind."""
    naming = _naming(words, praise) if words[praise].lower in REMEDIES else -1
    return range(praise, naming + 1) if naming >= 0 else range(0)


def _kept_out(words: Sequence[Word], praise: int, mistakes: frozenset[str]) -> range:
    """Where another harm than the pitfall's mistake that a praised doing is for keeping out
    stands, from the "so" after the praise at ``praise`` that a negation follows to the
    sentence's end: "as a best practice so events don't leak into other components"; empty
    for none, and where it names the mistake: "so the 92% don't download polyfills"."""
    for at in range(praise + 1, len(words) - 1):
        if words[at].lower == SO_THAT:
            denied = any(word.negator for word in words[at + 1 : at + 1 + KEPT_OUT_REACH])
            named = any(not mistakes.isdisjoint(word.stems) for word in words[at + 1 :])
            return range(at, len(words)) if denied and not named else range(0)
    return range(0)


def _way_to(words: Sequence[Word], praise: int) -> range:
    """Where what the praise at ``praise`` calls a good way to do stands, from its "way to" to
    the sentence's end: "avoid re-creating DOM" of "is a good way to reuse them and avoid
    re-creating DOM" is what the praised doing is for, and so is what it is "enough to" do;
    empty for praise of another kind."""
    following = [word.lower for word in words[praise + 1 : praise + 1 + len(WAY_TO)]]
    enough_to = words[praise].lower == ENOUGH and following[:1] == [WAY_TO[1]]
    if tuple(following) == WAY_TO or enough_to:  # "is enough to stop duplicates"
        return range(praise + 1, len(words))
    return range(0)


def _leads_to_mistake(mistakes: frozenset[str], words: Sequence[Word], praise: int) -> bool:
    """Whether the praise at ``praise`` in a clause (its ``words`` from its opening on) calls
    a thing the pitfall's mistake does not name the surest way to that mistake: "a shared
    database is the fastest route to a distributed monolith"; not "TTLs are the best way to
    keep prices correct", where the mistake is the way."""
    named = _praised_for(words, praise, (ROUTES, TOWARDS), ROUTE_REACH)
    if named is None or any(not mistakes.isdisjoint(word.stems) for word in words[:praise]):
        return False
    reached = itertools.takewhile(  # up to a verb of being: "way to hit that was snapshots"
        lambda word: word.lower not in COPULAS, named
    )
    return any(not mistakes.isdisjoint(word.stems) for word in reached)


def _praised_for(
    words: Sequence[Word], praise: int, said_with: tuple[frozenset[str], frozenset[str]], most: int
) -> Sequence[Word] | None:
    """The ``most`` words after the praise at ``praise`` and the two words ``said_with`` gives
    the choices of (a noun and what links it on: "candidate for", "route to"), which name what
    the praise is of: "an index" of "a good candidate for an index"; None when the praise is
    not followed by them."""
    heads, linking = said_with
    if praise + 2 >= len(words) or words[praise + 1].lower not in heads:
        return None
    if words[praise + 2].lower not in linking:
        return None
    return words[praise + 3 : praise + 3 + most]


def _goes_without(point: PreparedPoint, words: Sequence[Word], offset: int) -> bool:
    """Whether the negation at ``offset`` says what a pitfall done without something leaves
    out, which is the mistake, no warning of it: "with no tests or review" of "Writing
    one-off scripts without tests"."""
    left_out = point.claims.left_out
    if not left_out or not words[offset].negator:
        return False
    following = next(
        (word for word in words[offset + 1 :] if word.content and word.lower not in LIGHT_VERBS),
        None,
    )  # "without needing locks"
    return following is not None and following.first in left_out


def _waves_away(words: Sequence[Word], offset: int) -> bool:
    """Whether the negation at ``offset`` waves something away rather than warns: "the p99
    jump is noise and not worth chasing", "no need to page"."""
    return words[offset].negator and _next(words, offset) in NOT_NEEDED


def _opens_with_warning(
    words: Sequence[Word], first: int, starts: Sequence[int], mistakes: frozenset[str]
) -> bool:
    """Whether the sentence ``words`` (opening at ``first``) opens with a short heading that
    warns of all it lists: "What I avoid: events for something that needs an immediate
    answer, like card validation, where a synchronous call is right"."""
    second = _second_clause(first, len(words), starts)
    return second >= 0 and _under_warning(words[: second - first], mistakes)


def _second_clause(first: int, length: int, starts: Sequence[int]) -> int:
    """Where the second clause of the sentence of ``length`` words opening at ``first``
    opens; -1 for a sentence of one clause."""
    following = bisect.bisect_right(starts, first)
    if following >= len(starts) or starts[following] >= first + length:
        return -1
    return starts[following]


def _under_warning(heading: Sequence[Word], mistakes: frozenset[str]) -> bool:
    """Whether the words before the praised clause are a short heading that warns of what
    follows: "Two dangers: caching personalised pages at the CDN without the right Vary"."""
    return len(heading) <= HEADING_WORDS and any(
        word.lower in WARNING_HEADINGS
        or (word.negator and _refuses_in_heading(heading, at, mistakes))
        for at, word in enumerate(heading)
    )


def _refuses_in_heading(heading: Sequence[Word], at: int, mistakes: frozenset[str]) -> bool:
    """Whether the negation at ``at`` of a heading refuses what follows: the speaker's ("Where
    I wouldn't use it: anything that needs an immediate answer", "I don't index everything:"
    of a pitfall's ``mistakes`` of indexing) or what is not to be done ("What not to do: a
    LIKE query per keystroke, or walking the whole subtree"); not a refusal of another thing:
    "I wouldn't precompute anything, because ...; it's better to walk the full trie
    subtree"."""
    refused = _next(heading, at)
    if refused == WAY_TO[1]:
        return True
    what = stem(refused)
    return _before(heading, at) in SPEAKERS and (refused in REFUSED_AHEAD or what in mistakes)


def _warns(words: Sequence[Word], offset: int, own: frozenset[str]) -> bool:
    """Whether the word at ``offset`` warns: a negation or a word of warning, unless the
    pitfall says it as part of its mistake (``own``, see ``PointClaims.mistake_words``)
    or it is the fix a word of praise qualifies ("the quickest *fix*", not "best avoided");
    "instead" right after the mistake's words chooses it: "we cache the HTML instead"."""
    word = words[offset]
    if word.lower in own:
        return False
    if word.lower == INSTEAD and _next(words, offset) != "of" and _before(words, offset) in own:
        return False  # "we cache index.html instead with a long max-age": the mistake chosen
    if word.negator:
        return word.lower != "against" or _before(words, offset) in TAKING_A_STAND
    if word.lower in SIGNS and _before(words, offset) in SIGN_OF:
        return True  # "that's a sign it should be Grid": what came before is a symptom
    if word.lower in IGNORING and not PEOPLE.isdisjoint(
        w.lower for w in words[max(0, offset - PEOPLE_REACH) : offset]
    ):
        return True  # "the fastest way to get people ignoring red builds": what it does to them
    warning = _one_of(word, WARNING)  # also "avooid"
    return (
        warning
        and not (
            word.lower in FIXES and (_after_praise(words, offset) or _names_remedy(words, offset))
        )
        and not _held_rare(words, offset)
    )


def _held_rare(words: Sequence[Word], offset: int) -> bool:
    """Whether the word of warning at ``offset`` is a harm held rare, which waves it away:
    "SQL problems are rare anyway", "it rarely causes problems"."""
    before = words[max(0, offset - RARELY_REACH - 1) : offset]
    if any(word.lower in RARELY for word in before):
        return True
    after = " ".join(word.lower for word in words[offset + 1 : offset + 1 + RARE_REACH])
    return HELD_RARE.match(after) is not None


def _before(words: Sequence[Word], offset: int) -> str:
    """The word before the one at ``offset`` (lowercase), "" at the start."""
    return words[offset - 1].lower if offset > 0 else ""


def _after_praise(words: Sequence[Word], offset: int) -> bool:
    """Whether a word of praise stands just before the word at ``offset``: "the quickest"."""
    return _before(words, offset) in PRAISING


def _names_remedy(words: Sequence[Word], offset: int) -> bool:
    """Whether the word at ``offset`` names the remedy that follows it as the speaker's own:
    "the fix is to add more nodes", "our answer was to reshard", "the fix for slow repeat
    visits is to..." (what it is for in at most REMEDY_FOR words); not "the tempting fix is"."""
    if words[offset].lower not in REMEDIES or not offset or words[offset - 1].lower not in OWNING:
        return False
    return _naming(words, offset) >= 0


def _naming(words: Sequence[Word], remedy: int) -> int:
    """Where the word that names the remedy at ``remedy`` stands: "is" just after it, or
    after what it is for in at most REMEDY_FOR words ("the fix for slow repeat visits is");
    -1 for none."""
    if _next(words, remedy) != "for":
        return remedy + 1 if _next(words, remedy) in NAMING else -1
    following = range(remedy + 2, min(len(words), remedy + 2 + REMEDY_FOR))
    return next((at for at in following if words[at].lower in NAMING), -1)


def _habit(words: Sequence[Word], offset: int, clause: int) -> bool:
    """Whether the word at ``offset`` is "I" or "we" saying what the speaker does (or "my" or
    "our" opening what the speaker's thing does: "Our service runs across three zones"), within
    HABIT_WITHIN words of the start of its clause (at ``clause``), with no condition or
    negation before it: "On writes I update the cache first", "I usually mock the database";
    not "I think", "I found", "we can", "if we keep", nor "we scan the logs"."""
    said = words[offset].surface.lower()
    if said not in HABIT_OPENERS or offset - clause > HABIT_WITHIN:
        return False
    before = words[clause:offset]
    if any(word.negator for word in before):
        return False
    if any(word.lower in CONDITIONS for word in before) and not _habitual_case(before):
        return False
    at = offset + 1
    if said in SPEAKERS_OWN:  # "My pipeline rebuilds...": what the speaker's thing does
        at += 1
        if at >= len(words) or not words[at].lower.endswith("s") or words[at - 1].function:
            return False
    while at < len(words) and (words[at].lower in HABITUALLY or words[at].lower in ONCE):
        at += 1  # "I usually mock ...", and past the adverb of "I once saw ..."
    if at == len(words):
        return False
    verb = words[at]
    if any(_one_of(word, SPARINGLY) for word in words[at + 1 : at + 1 + SPARING_REACH]):
        return False  # done little, no habit: "I use sticky sessions sparingly", mistyped too
    return (
        verb.lower.isalpha()
        and len(verb.lower) > 1
        and not verb.negator
        and (verb.lower in SAME_IN_PRESENT or not is_past(verb))  # "I put", not "I wrote"
        and verb.lower not in NO_HABIT
        and not _opposes(words, at)
        and not _seeks(words[offset:])  # looking for it: "we scan CI logs for secrets"
    )


def _habitual_case(before: Sequence[Word]) -> bool:
    """Whether the words ``before`` the speaker's doing open with the case the speaker meets
    again and again, and no other condition: "When I need a two-dimensional layout (I use
    ...)"; not "If we keep backups in one account", a case supposed."""
    cases = [at for at, word in enumerate(before) if word.lower in CONDITIONS]
    return (
        cases == [0]
        and before[0].lower in HABITUAL_CASES
        and len(before) > CASE_NAMED_IN
        and before[1].lower in SPEAKERS
    )


def _opposes(words: Sequence[Word], verb: int) -> bool:
    """Whether the speaker's verb at ``verb`` sets them against what follows: "I reject 100%
    targets", "I push back on 100% targets" (OPPOSING), which is no habit of doing it."""
    lower = words[verb].lower
    return lower in OPPOSING or (lower in PUSHING and _next(words, verb) == "back")


def _out_of(words: Sequence[Word], offset: int, point: PreparedPoint) -> bool:
    """Whether the word at ``offset`` opens "out of", "away from" or "clear of" before the
    pitfall's words, or sets them apart ("separate metadata from content"): "secrets must
    stay out of the logs", "I'd steer clear of snapshot-heavy tests" keep apart what a pitfall
    joins, or keep away from it; "moving tokens out of cookies and into localStorage" keeps
    away from something else."""
    kept_from = _kept_apart(words, offset, point.claims.mistake_words)
    spelt = [word.lower for word in point.words if word.content]
    return any(
        not point.places.keys().isdisjoint(word.stems) or typo_of(word, spelt) is not None
        for word in kept_from
    )


def _kept_apart(words: Sequence[Word], offset: int, own: frozenset[str]) -> Sequence[Word]:
    """The words that name what the word at ``offset`` keeps apart: KEPT_FROM_WORDS after
    "out of" ("the logs"), or what a verb SETTING_APART, not the mistake's own, sets apart
    up to KEPT_FROM_WORDS after its "from" ("metadata from file contents"); none for others."""
    lower = words[offset].lower
    after = KEEPING_APART.get(lower)
    if after is not None and _next(words, offset) == after:
        return words[offset + 2 : offset + 2 + KEPT_FROM_WORDS]
    if lower not in SETTING_APART or lower in own:
        return ()
    reach = words[offset + 1 : offset + 2 + SET_APART_WITHIN]
    apart = next((at for at, word in enumerate(reach) if word.lower == "from"), 0)
    if not apart:
        return ()
    return [*reach[:apart], *words[offset + 2 + apart : offset + 2 + apart + KEPT_FROM_WORDS]]


def _turns_over(denied_of: frozenset[str], clause: Sequence[Word]) -> bool:
    """Whether a praised ``clause`` that denies nothing says a thing the pitfall's mistake
    denies something of, doing something ("a key most queries carry" for "a key most queries
    do not contain") or holding it ("the key should appear in most queries"): the contrary
    of the mistake, not the mistake; not where what it does is to lack ("most queries
    lack")."""
    if not denied_of or any(map(denies, clause)):
        return False
    return any(
        word.first in denied_of and (_does(clause, at) or _held_in(clause, at))
        for at, word in enumerate(clause)
    )


def _does(clause: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is followed by a word of meaning, what it does, but not
    one of lacking: "most queries carry", not "most queries lack"."""
    following = clause[at + 1] if at + 1 < len(clause) else None
    return following is not None and following.content and following.lower not in LACKING


def _held_in(clause: Sequence[Word], at: int) -> bool:
    """Whether "in" stands just before the word at ``at``, what holds a thing: "appear in
    most queries"."""
    return any(earlier.lower == "in" for earlier in clause[max(0, at - 2) : at])


def _names_mistake(point: PreparedPoint, reading: Reading, first: int, praised: int) -> bool:
    """Whether the sentence opening at ``first`` names the pitfall's mistake ("I mock the
    database layer") before the praised clause (opening at ``praised``) ends, not only what
    the mistake leads to ("real pages get missed"); not in the condition the sentence opens
    with: "If I catch myself faking columns with negative margins, it should be Grid"."""
    _, past = clauses.bounds(reading.clause_starts, praised, len(reading.words))
    mistakes = point.claims.mistakes
    words = reading.words
    if (
        praised > first
        and words[first].lower in CONDITIONS
        and words[praised].lower not in FOLLOWING
    ):
        # the mistake as the case the praise answers: "If I catch myself ..., it should be"
        first = clauses.bounds(reading.clause_starts, first, len(words))[1]
    if any(not mistakes.isdisjoint(word.stems) for word in words[praised:past]):
        return True
    if any(
        _names_undenied(point, reading, clause) for clause in _clauses_in(reading, first, praised)
    ):
        return True
    modified = reading.words[past : _modified_past(reading, praised)]
    said = mistakes.intersection(found for word in modified for found in word.stems)
    return len(said) >= MISTAKE_SAID_AFTER


def _clauses_in(reading: Reading, first: int, past: int) -> list[int]:
    """Where each clause from ``first`` up to ``past`` opens."""
    return [first, *(start for start in reading.clause_starts if first < start < past)]


def _names_undenied(point: PreparedPoint, reading: Reading, clause: int) -> bool:
    """Whether the clause opening at ``clause`` names the pitfall's mistake and denies none
    of the pitfall's words up to it: not "never deploy :latest" before "you must know exactly
    what was running" of "Deploying the latest tag, so nobody knows what is running"."""
    words, mistakes = reading.words, point.claims.mistakes
    _, past = clauses.bounds(reading.clause_starts, clause, len(words))
    named = [at for at in range(clause, past) if not mistakes.isdisjoint(words[at].stems)]
    return bool(named) and not any(
        is_denied(words, at)
        for at in range(clause, named[-1] + 1)
        if any(stem in point.places for stem in words[at].stems)
    )


def _modified_past(reading: Reading, clause: int) -> int:
    """The index past the clause opening at ``clause`` and the clauses after it that only
    say more of what it does: "cache everything, including index.html, with a long max-age",
    "cache everything, index.html included, with a long max-age"."""
    words, starts = reading.words, reading.clause_starts
    _, past = clauses.bounds(starts, clause, len(words))
    while (
        past < len(words)
        and (words[past].lower in MODIFYING or _included(reading, past))
        and past not in reading.sentence_ends
    ):
        past = clauses.bounds(starts, past, len(words))[1]
    return past


def _short_of_excess(excess: frozenset[str], reading: Reading, first: int, praised: int) -> bool:
    """Whether the sentence opening at ``first``, up to the praised clause's end, says what a
    pitfall does too much of (``excess``) with no word of excess: "normalizing" for
    "Over-normalization", not "over-normalizing", "too much normalization" nor "normalise as
    far as you possibly can"."""
    if not excess:
        return False
    _, past = clauses.bounds(reading.clause_starts, praised, len(reading.words))
    words = reading.words[first:past]
    said = any(not excess.isdisjoint(word.stems) for word in words)
    return said and not any(word.lower in TOO_MUCH for word in words)


def _side_said(side: frozenset[str], said: set[str], weights: Mapping[str, float]) -> float:
    """The weighted share of a belief's ``side`` that the stems ``said`` say (1 for a side of
    no weight)."""
    whole = sum([weights[found] for found in side], 0.0)
    if not whole:
        return 1.0
    return sum([weights[found] for found in side if found in said], 0.0) / whole


def _believed(point: PreparedPoint, reading: Reading) -> str:
    """Why the answer states a mistaken belief the pitfall names ("Kubernetes Secrets are
    encrypted" for "Believing a Kubernetes Secret is encrypted"), or "" when it does not."""
    return next(
        (
            note
            for belief in point.claims.beliefs
            if (note := _belief_stated(point, belief, reading))
        ),
        "",
    )


def _belief_stated(point: PreparedPoint, belief: Belief, reading: Reading) -> str:
    """Why the answer states the ``belief``, or "" when it does not: a clause holding
    BELIEVED_FROM of the belief (and BELIEVED_SIDE of each of its sides; a word of it is not
    said by a verb with another particle: "work out" for "work for events"), denying it no
    more and no less than the belief does, in a sentence that neither warns, compares,
    limits nor reports what others believe."""
    weights = point.stem_weights  # the question's own words weigh little: "event delegation"
    whole = sum([weights[found] for found in belief.stems], 0.0)
    held: dict[int, set[str]] = {}
    sentence_of: dict[int, int] = {}
    past: dict[int, int] = {}  # where what a clause states ends, a clause going on from it too
    last: dict[int, int] = {}  # where its last word of the belief stands
    ends_said: set[int] = set()  # the clauses saying the belief's last word in its own word
    own = frozenset(word.lower for word in point.words)
    for found, _, index, sentence, _ in reading.hits:
        if found in belief.stems and not _particle_after(reading.words, index, own):
            clause, ends = _stated_in(reading, index, sentence_bounds(reading, sentence))
            held.setdefault(clause, set()).add(found)
            sentence_of[clause] = sentence
            past[clause] = max(past.get(clause, ends), ends)
            last[clause] = max(last.get(clause, index), index)
            if found == belief.last and len(reading.words[index].stems) < SPELT_OUT:
                ends_said.add(clause)
    for clause, stems in held.items():
        stated = reading.words[clause : _reason_after(reading.words, last[clause], past[clause])]
        if (
            len(stems) < BELIEVED_STEMS
            or (belief.last and clause not in ends_said)
            or sum([weights[found] for found in stems], 0.0) < BELIEVED_FROM * whole
            or any(_side_said(side, stems, weights) < BELIEVED_SIDE for side in belief.sides)
            or _denies(stated, belief.stems) != belief.denies
            or (belief.compares and all(w.lower not in TO_A_DEGREE for w in stated))
            or (belief.likens and not _likened(belief, reading, clause, clause + len(stated)))
            or _says_otherwise(belief.unless, stated)
            or (belief.says_for and _for_others(point, stated))
            or _head_as_object(belief, stated)
            or _excused(reading, clause, sentence_of[clause])
        ):
            continue
        return f"You said “{quoted(stated)}”; the key point says that is a mistake."
    return ""


def _likened(belief: Belief, reading: Reading, first: int, past: int) -> bool:
    """Whether the answer's words from ``first`` up to ``past`` liken the two sides of a
    belief that likens them, a word of likening or a copula after the first of their words,
    also mistyped: "I treat containers like small VMs", "a container is basically a VM",
    "containers and VMs give the same isolation"; not "a container starts in a second, and a
    host runs a handful of VMs"."""
    said = [
        min(
            (
                index
                for found, _, index, _, _ in reading.hits
                if first <= index < past and found in side
            ),
            default=-1,
        )
        for side in belief.sides[:2]
    ]
    if len(said) < 2 or min(said) < 0:
        return True  # a side said in other words: judged as before
    return any(word.lower in LIKENED_BY for word in reading.words[min(said) + 1 : past])


def _reason_after(words: Sequence[Word], last: int, past: int) -> int:
    """Where a statement whose last word of a belief stands at ``last`` ends: at a reason
    given after it within its clause ("... interactive immediately since there's no
    JavaScript to wait for"), whose denials are its own; else at ``past``."""
    return next((at for at in range(last + 1, past) if words[at].lower in REASONS), past)


def _denies(stated: Sequence[Word], belief: frozenset[str]) -> bool:
    """Whether a clause denies what it states: a denial of doing away with a word of the
    ``belief`` affirms it ("switching to async doesn't remove the race" says there is a race;
    "doesn't remove this need" denies)."""
    return any(
        denies(word) and not _does_away_with(stated[at + 1 : at + 1 + DONE_AWAY_REACH], belief)
        for at, word in enumerate(stated)
    )


def _does_away_with(words: Sequence[Word], belief: frozenset[str]) -> bool:
    """Whether ``words`` open with doing away with a word of the belief: "remove the race"."""
    if not words or words[0].lower not in DOING_AWAY_WITH:
        return False
    thing = next((word for word in words[1:] if word.content), None)
    return thing is not None and thing.first in belief


def _head_as_object(belief: Belief, stated: Sequence[Word]) -> bool:
    """Whether the belief's first word is said first right after a later word of it, as its
    object: "Hydration is what makes SSR pages interactive" of the belief "SSR makes a page
    interactive"; not "SSR makes pages interactive". A belief opening with "a" or "the" has
    no such word (see ``claims.Belief.head``)."""
    head = belief.head
    at = next((at for at, word in enumerate(stated) if not head.isdisjoint(word.stems)), 0)
    return at > 0 and not belief.later.isdisjoint(stated[at - 1].stems)


def _stated_in(reading: Reading, index: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """Where the statement holding the word at ``index`` opens and ends: its clause, and a
    clause opening with "which" goes on with the one before it in the ``sentence`` (where it
    opens and ends): "we run across three zones, which protects us from a regional outage";
    a clause that only sets where the next holds goes with it: "On Kubernetes, Secrets are
    encrypted"."""
    starts, words = reading.clause_starts, reading.words
    first, past = clauses.bounds(starts, index, len(words))
    if _frames(reading, first) and past < sentence[1]:
        return first, clauses.bounds(starts, past, len(words))[1]  # "On Kubernetes, | Secrets..."
    if first > sentence[0] and _frames(reading, clauses.start_of(starts, first - 1)):
        return clauses.start_of(starts, first - 1), past
    if _goes_on_with(words, first) and first > sentence[0]:
        return clauses.start_of(starts, first - 1), past
    if past < sentence[1] and words[past].lower in RELATIVE:
        past = clauses.bounds(starts, past, len(words))[1]
    return first, past


def _frames(reading: Reading, clause: int) -> bool:
    """Whether the clause opening at ``clause`` only sets where what follows holds: a few
    words after a preposition, "On Kubernetes", "In Postgres 16"."""
    past = clauses.bounds(reading.clause_starts, clause, len(reading.words))[1]
    return reading.words[clause].lower in FRAMING and past - clause <= FRAME_WORDS


def _goes_on_with(words: Sequence[Word], first: int) -> bool:
    """Whether the clause opening at ``first`` states more of what the one before it names:
    it opens with "which", or gives a reason with a pronoun for it ("I'd pick SSR, because it
    makes the page interactive immediately")."""
    if words[first].lower in RELATIVE:
        return True
    return words[first].lower in REASONS and _next(words, first) in STANDING_FOR


def _particle_after(words: Sequence[Word], index: int, own: frozenset[str]) -> bool:
    """Whether the word at ``index`` is a verb made another by a particle the pitfall's own
    words do not give it: "work out which child" for "delegation to work"; not "Kubernetes
    out of the box"."""
    particle = _next(words, index)
    return particle in PARTICLES - own and _next(words, index + 1) != "of"


def _excused(reading: Reading, clause: int, sentence: int) -> bool:
    """Whether the sentence numbered ``sentence`` keeps the belief stated in the clause opening
    at ``clause`` from being held: it names, reports, compares or warns anywhere in the
    sentence, or limits the belief in that clause or as the next clause opens."""
    words = reading.sentences[sentence]
    if any(_excusing(words, at) for at in range(len(words))):
        return True
    _, past = clauses.bounds(reading.clause_starts, clause, len(reading.words))
    limited = reading.words[clause : past + 1]  # and the word opening the next clause
    return not LIMITING.isdisjoint(word.lower for word in limited)


def _excusing(words: Sequence[Word], at: int) -> bool:
    """Whether ``words[at]`` names, reports, compares or warns ("people think", not "think
    about" nor "fail over"), also mistyped ("misleadnig")."""
    if not _one_of(words[at], EXCUSING) or _anything_else(words, at):
        return False
    if words[at].lower in SAYING and at and _states(words[at - 1]):
        return False
    if _with_over(words, at):
        return False  # another verb: "nothing to fail over"
    return words[at].lower not in THINKING or _next(words, at) not in PONDERING


def _anything_else(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is "else" after what it adds to ("with everything else",
    "someone else"): no warning, as "or else" is."""
    return words[at].lower == ELSE and at > 0 and words[at - 1].lower.endswith(ADDED_TO)


def _with_over(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is part of a warning's word and "over", which make another
    verb, no warning nor comparison: "fail over"."""
    if words[at].lower == "over":
        return at > 0 and words[at - 1].lower in WARNING
    return _next(words, at) == "over"


def _states(subject: Word) -> bool:
    """Whether ``subject``, saying something, states it: a theory or a text ("the theorem",
    "the spec"), or an abbreviation naming one ("CAP", "RFC 9110")."""
    surface = subject.surface
    return subject.lower in STATING or (len(surface) > 1 and surface.isupper())


def _says_otherwise(unless: frozenset[str], clause: Sequence[Word]) -> bool:
    """Whether the clause says its things do what the belief is restricted to things that do
    not: "click events bubble up" for "... for events that do not bubble"."""
    return not unless.isdisjoint(word.first for word in clause)


def _for_others(point: PreparedPoint, clause: Sequence[Word]) -> bool:
    """Whether the clause says what its doing is for, and none of it is a word of the pitfall:
    "which also works for items added later" of "Expecting delegation to work for events that
    do not bubble, such as focus and blur"; not "works for focus and blur too"."""
    said = for_what(clause)
    return bool(said) and all(point.places.keys().isdisjoint(word.stems) for word in said)


def _contrary(point: PreparedPoint) -> frozenset[str]:
    """The words that say the contrary of what the pitfall hinges on: "separate" or "cross"
    for "Keeping backups in the same account"; a word with "un" taken off for one with it:
    "realistic" for "unrealistic traffic"."""
    return frozenset().union(
        *(CONTRARIES.get(word.lower, ()) for word in point.words),
        (word.lower[len(UN) :] for word in point.words if _negative_form(word.lower)),
    )


def _negative_form(spelt: str) -> bool:
    """Whether ``spelt`` may be a word with "un" before it: "unrealistic", "untested". What is
    left of "understand" or "unique" is no word an answer says, so it says no contrary."""
    return spelt.startswith(UN) and len(spelt) - len(UN) >= UN_WORD


def _one_of(word: Word, spellings: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``spellings``, also mistyped ("ledaer", "parrt")."""
    return word.lower in spellings or (bool(spellings) and typo_of(word, spellings) is not None)


def _praises_the_other_side(reading: Reading, praise: int, places: Sequence[int]) -> bool:
    """Whether the praise at ``praise`` compares, and most of the pitfall's words in its
    clause stand on the losing side: "bcrypt is better than MD5", "prefer a few indexes over
    indexing every column"; or it praises what the pitfall is set against: "hundreds of tiny
    chunks turn into a waterfall that's slower than a few sensible ones"."""
    starts = reading.clause_starts
    clause = clauses.start_of(starts, praise)
    compared = _compared_at(reading, praise)
    after = compared >= 0
    if not after:
        compared = _compared_before(reading, praise)
        if compared < 0:
            return False
    sides = Counter(
        (place > compared) is after
        for place in places
        if place != compared and clauses.start_of(starts, place) == clause
    )
    return sides[True] >= sides[False]  # none but the comparing word: praise of another


def _compared_before(reading: Reading, praise: int) -> int:
    """Where a comparing word stands just before the praise at ``praise``, the praise naming
    what wins ("slower *than* a few sensible ones"); -1 for none, and for one that a word
    such as "and" sets apart ("stronger isolation than VMs and are the safest choice")."""
    for at in range(praise - 1, max(praise - 1 - PRAISED_AFTER_COMPARING, -1), -1):
        lower = reading.words[at].lower
        if lower in COMPARING:
            return at
        if lower in BUT_ALSO or lower == "or":
            return -1
    return -1


def rejected(point: PreparedPoint, said: Iterable[int], reading: Reading) -> str:
    """Why the answer recommends what the point advises against ("innerHTML is the right
    choice for user text" against "textContent rather than innerHTML for user-supplied text"),
    or "" when it does not. ``said``: the point's places the answer says."""
    rejects = point.claims.rejected
    if not rejects or rejects.isdisjoint(point.stems[place] for place in said):
        return ""
    starts = reading.clause_starts
    for found, _, index, _, _ in reading.hits:
        if found in rejects:
            clause = clauses.start_of(starts, index)
            if _recommends(point, reading, clause):
                quoted = _quote(reading, clause)
                return f"You recommended “{quoted}”; the key point advises against it."
    return ""


def _recommends(point: PreparedPoint, reading: Reading, clause: int) -> bool:
    """Whether the clause opening at ``clause`` holds REJECTED_SAID of the words naming what
    the point advises against (see ``_rejected_said``), and praises or prescribes it, warning
    of nothing before what follows from it (FOLLOWING: "so it doesn't compete" warns of
    nothing)."""
    words = _clause_and_next(reading, clause, _goes_on_or_says_more)
    last = clauses.start_of(reading.clause_starts, clause + len(words) - 1)
    rejects = point.claims.rejected
    # what the clause goes on to say follows from it: "I turn on strict mode so null and
    # undefined have to be handled" recommends strict mode, not "undefined"
    said = next((at for at, word in enumerate(words) if at and word.lower in FOLLOWING), len(words))
    own = words[:said]  # and the case it is for, when the clause names the thing itself
    if not _rejected_said(own, rejects) or (
        _rejected_said([*_led_in_for(reading, clause), *own], rejects) < REJECTED_SAID
    ):
        return False  # "For deadlocks: always take locks in the same order" avoids them
    if not _placed_there(point.claims.rejected_where, words[:said]):
        return False  # "redirects are the hot path" of "instead of writing them in the path"
    done_away = replaced(words[:said]) | turned_into(words[:said])
    if len(rejects & done_away) >= REJECTED_SAID:
        return False  # what the clause does away with: "swap a clickable div for a button"
    warned = [_warns_or_weighs(word) for word in words]
    if _set_against_next(reading, last) or any(word.lower in LEFT_OUT_OF for word in words):
        return False  # "lazy-load images below the fold, never the hero image"
    remedy = _remedy_named(words[:said])
    if remedy > 0 and not any(warned[: remedy - PRESCRIBED_AFTER - 1]):
        return _commands_rejected(point, words[:said], remedy)  # "the fix is to lazy-load it"
    if any(warned[:said]):
        return False  # "never lazy-load the hero image"
    opening = _opening(words)
    if _commands_rejected(point, words[:said], len(opening) - 1):
        return True  # what follows is why: "lazy-load the hero image so it doesn't compete"
    prescribes = any(word.lower in PRESCRIBING for word in opening)
    # what follows may deny ("the best trick is to lazy-load the hero image so it doesn't
    # compete") or praise ("I use SHA-256 because it's a standard hash")
    praising = _praising(point)
    untried = _opens_with_but(reading, last)
    return prescribes or any(
        _praises(words, at, 0, praising)
        and not _candidate_for_other(words, at, rejects)
        and not (untried and _counterfactual(words, at))
        for at in range(len(words))
    )


def _opens_with_but(reading: Reading, clause: int) -> bool:
    """Whether the clause after the one opening at ``clause`` opens with "but"."""
    past = clauses.bounds(reading.clause_starts, clause, len(reading.words))[1]
    return past < len(reading.words) and reading.words[past].lower == "but"


def _counterfactual(words: Sequence[Word], at: int) -> bool:
    """Whether the praise at ``at`` is of a way not taken: "scripting a restart would have
    been easy, but we fixed the leak" (with the "but" after it)."""
    return at >= 2 and words[at - 1].lower == "been" and words[at - 2].lower in HAVING


def _candidate_for_other(words: Sequence[Word], at: int, rejects: frozenset[str]) -> bool:
    """Whether the praise at ``at`` says its subject is a good candidate for a thing other
    than what a point advises against: "a sequential scan on a large table is a good
    candidate for an index" praises the index, not the scan."""
    named = _praised_for(words, at, (CANDIDATES, FOR), CANDIDATE_FOR_WORDS)
    return named is not None and all(rejects.isdisjoint(word.stems) for word in named)


def _led_in_for(reading: Reading, clause: int) -> Sequence[Word]:
    """The words of the clause before the one opening at ``clause``, in its sentence, when
    that one says what it is for: "For user-provided text, | innerHTML is the right
    choice"; () for none."""
    before = clauses.start_before(reading.clause_starts, clause)
    if before == clause or clause in reading.sentence_ends:
        return ()
    return reading.words[before:clause] if reading.words[before].lower == "for" else ()


def _goes_on_or_says_more(reading: Reading, start: int) -> bool:
    """Whether the clause opening at ``start`` goes on from the one before (see ``_goes_on``)
    or says more of what it names: "I hash passwords with SHA-256, | which is secure"."""
    return _goes_on(reading, start) or _goes_on_with(reading.words, start)


def _placed_there(where: frozenset[str], words: Sequence[Word]) -> bool:
    """Whether ``words`` put something where a point's rejected doing is done ("in the
    redirect path" of ``where``: "redirect", "path"), or the point names no such place."""
    if not where:
        return True
    return any(
        word.lower in PLACING
        and not where.isdisjoint(later.first for later in words[at + 1 : at + 1 + PLACE_REACH])
        for at, word in enumerate(words)
    )


def _remedy_named(words: Sequence[Word]) -> int:
    """Where the command after a remedy named stands ("the key fix is to lazy-load it": at
    "lazy"), -1 for none: a remedy owned or praised, "is" and "to" just before it; not "a
    tempting fix is to"."""
    for at in range(PRESCRIBED_AFTER + 1, len(words)):
        owned, remedy, being, to = (word.lower for word in words[at - PRESCRIBED_AFTER - 1 : at])
        if owned in OWNED_OR_PRAISED and remedy in REMEDIES and being in NAMING and to == "to":
            return at
    return -1


def _rejected_said(words: Sequence[Word], rejects: frozenset[str]) -> int:
    """How many of the words naming what a point advises against ``words`` say, one that
    names it alone counting for REJECTED_SAID: a name with a number, in it or after it
    ("MD5", "SHA-256")."""
    said = {
        word.first: _numbered(words, at) for at, word in enumerate(words) if word.first in rejects
    }
    return sum(REJECTED_SAID if alone else 1 for alone in said.values())


def _numbered(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is a name with a number: "MD5", "SHA" of "SHA-256"."""
    following = words[at + 1].surface if at + 1 < len(words) else ""
    return any(char.isdigit() for char in words[at].surface) or following.isdigit()


def _warns_or_weighs(word: Word) -> bool:
    """Whether ``word`` denies, warns or compares: "not", "avoid", "over"."""
    return word.negator or word.lower in WARNING or word.lower in COMPARING


def _set_against_next(reading: Reading, clause: int) -> bool:
    """Whether the clause after the one opening at ``clause`` opens by denying, setting
    something else against it: "..., never the hero image", "..., but not the LCP element"."""
    words = reading.words
    past = clauses.bounds(reading.clause_starts, clause, len(words))[1]
    if past + 1 < len(words) and words[past].lower in BUT_ALSO:
        past += 1  # "..., but not the hero image"
    return past < len(words) and words[past].negator


def _commands_rejected(point: PreparedPoint, words: Sequence[Word], at: int) -> bool:
    """Whether the clause (its ``words``) opens at ``at`` with a command to do what the point
    advises against, to a thing: "lazy-load the hero image", "I'd lazy-load it" against
    "never lazy-load it"; not "lazy-loaded images", "hydration mismatch", "redirects are the
    hot path", nor "attach one listener to the list" where the point commands the verb too
    ("instead of attaching a listener to every child, attach one to the parent")."""
    rejects = point.claims.rejected
    if at >= len(words):
        return False
    verb = words[at]
    if verb.first not in rejects or verb.lower.endswith("ing") or is_past(verb):
        return False
    if sum(1 for word in point.words if word.first == verb.first) > 1:
        return False
    after = at + 1
    if after < len(words) and words[after].first in rejects:
        after += 1  # the rest of it: "lazy-load"
    return after < len(words) and words[after].lower in COMMANDED


def _opening(words: Sequence[Word]) -> Sequence[Word]:
    """How a clause opens: its first words that only lead in ("I'd", "always", "just") and
    the word after them, where a command stands: "I'd always put", "just use"; after what it
    is for, when the speaker follows it: "For LCP I'd lazy-load"."""
    led_by_purpose = bool(words) and words[0].lower == "for"
    speaker = (
        next((at for at, word in enumerate(words[:SPEAKER_REACH]) if word.lower in ADVISERS), 0)
        if led_by_purpose
        else 0
    )
    leading = len(list(itertools.takewhile(lambda word: word.lower in OPENERS, words[speaker:])))
    return words[: speaker + leading + 1]


def _praising(point: PreparedPoint) -> frozenset[str]:
    """The words of praise, but those the point itself says: praise it says ("duplicates must
    be handled by the consumer") echoes its remedy."""
    return ENDORSING - {word.lower for word in point.words}


def _quote_praised(reading: Reading, praised: int) -> str:
    """The praised clause (opening at ``praised``) as typed, from the clause it gives the
    reason for: "check internal state and CSS class names directly because that's…"."""
    before = clauses.start_before(reading.clause_starts, praised)
    if before == praised or not _reason_for(reading, before, praised):
        return _quote(reading, praised)
    past = clauses.bounds(reading.clause_starts, praised, len(reading.words))[1]
    return quoted(reading.words[before:past])


def _quote(reading: Reading, start: int) -> str:
    """The clause opening at ``start`` as typed (see ``text.quoted``)."""
    return quoted(_clause(reading, start))


def _clause(reading: Reading, start: int) -> Sequence[Word]:
    """The words of the clause opening at ``start``."""
    first, past = clauses.bounds(reading.clause_starts, start, len(reading.words))
    return reading.words[first:past]


def _clause_and_next(
    reading: Reading, start: int, goes_on: Callable[[Reading, int], bool]
) -> Sequence[Word]:
    """The words of the clause opening at ``start``, and of the next when ``goes_on`` says
    that one, opening where it does, goes on from it (see ``_says_where``, ``_says_when``)."""
    first, past = _clause_and_next_bounds(reading, start, goes_on)
    return reading.words[first:past]


def _clause_and_next_bounds(
    reading: Reading, start: int, goes_on: Callable[[Reading, int], bool]
) -> tuple[int, int]:
    """Where the words ``_clause_and_next`` returns start and end."""
    first, past = clauses.bounds(reading.clause_starts, start, len(reading.words))
    if past < len(reading.words) and goes_on(reading, past):
        past = clauses.bounds(reading.clause_starts, past, len(reading.words))[1]
    return first, past


def _says_where(reading: Reading, opens: int) -> bool:
    """Whether the clause opening at ``opens`` only says where: "Call stopPropagation() in
    every child handler", broken at the brackets."""
    return reading.words[opens].lower in PLACES


def _says_when(reading: Reading, opens: int) -> bool:
    """Whether the clause opening at ``opens``, in the same sentence, goes on to say when,
    "and" then a word of order within ORDER_REACH words: "I prefer deleting the key, and only
    after the transaction has committed"."""
    following = reading.words[opens + 1 : opens + 1 + ORDER_REACH]
    return (
        opens not in reading.sentence_ends
        and reading.words[opens].lower in AND
        and any(word.lower in AFTER or word.lower in FIRST for word in following)
    )


def _waves_away_left_out(
    left_out: frozenset[str], reading: Reading, first: int, length: int
) -> str:
    """Why the sentence opening at ``first``, which says the pitfall, recommends doing
    without what it leaves out ("scripts without tests or logging": "tests and logging
    aren't needed for internal tooling"); "" when it does not. Advice against it in its
    clause is a warning of the pitfall: "avoid 'check if it exists, then insert'"."""
    if not left_out:
        return ""  # most pitfalls: nothing done without
    words, starts = reading.words, reading.clause_starts
    return next(
        (
            waved_away(words, index, starts)
            for index in range(first, first + length)
            if not left_out.isdisjoint(words[index].stems)
            and is_dismissed(words, index, clause_starts=starts)
            and WARNING.isdisjoint(word.lower for word in _clause(reading, index))
        ),
        "",
    )


def _prescribes_what_it_lacks(point: PreparedPoint, reading: Reading, praised: int) -> bool:
    """Whether the praised clause (opening at ``praised``) itself names what the pitfall's
    mistake goes without, undenied: "Always set requests" of "Running pods without requests",
    even where the question asks about requests; for a reason ("because without them the
    scheduler packs nodes blindly"), the clause it is the reason for."""
    before = clauses.start_before(reading.clause_starts, praised)
    if reading.words[praised].lower in REASONS and before != praised:
        return _prescribes_what_it_lacks(point, reading, before)  # "I always set requests, ..."
    clause = _clause(reading, praised)
    if any(word.lower in LEFT_BEHIND for word in clause):
        return False  # "I recommend leaving requests off"
    return any(
        word.first in point.claims.goes_without and not is_denied(clause, at)
        for at, word in enumerate(clause)
    )


def _supplies(
    left_out: frozenset[str], words: Sequence[Word], first: int, reading: Reading
) -> bool:
    """Whether the sentence supplies what the pitfall leaves out ("cache it at the CDN, but
    only with Cache-Control: private"), also with a typo ("colliions must be hanlded"), not
    denied ("you don't need private headers"), belittled ("sagas are only for reports"),
    waved away ("invalidating on write is unreliable") nor set below the mistake anywhere in
    the sentence ("two-phase commit, which scales far better than sagas, since sagas lose
    data")."""
    if not left_out:
        return False
    past = first + len(words)
    said = [
        index
        for found, _, index, _, _ in reading.hits
        if first <= index < past and found in left_out
    ]
    words = reading.words
    return not any(_outranked(words, index) for index in said) and any(
        not _denied_with_others(words, index, left_out)
        and not _belittled(words, index)
        and not _judged_away(words, index, reading.clause_starts)
        for index in said
    )


def _denied_with_others(words: Sequence[Word], index: int, named: frozenset[str]) -> bool:
    """Whether the word at ``index``, one of the ``named`` things, is denied, also as one of
    them joined by "and" or "or" after a denial: "without needing locks or unique
    constraints"."""
    at = index
    while not is_denied(words, at):
        if at >= 1 and words[at - 1].first in named:
            at -= 1  # "unique" of "unique constraints"
        elif at >= 2 and words[at - 1].lower in JOINING_THINGS and words[at - 2].first in named:
            at -= 2
        else:
            return False
    return True


def _judged_away(words: Sequence[Word], index: int, starts: Sequence[int]) -> bool:
    """Whether the rest of the clause from the word at ``index`` waves it away, in whatever
    case it names ("invalidating on write is overkill", see ``text.DISMISSED_AFTER``), or
    calls it unreliable: "invalidating on write is unreliable"."""
    past = clauses.bounds(starts, index, len(words))[1]
    rest = " ".join(word.lower for word in words[index + 1 : past])
    return DISMISSED_AFTER.match(rest) is not None or UNRELIABLE.match(rest) is not None


def _belittled(words: Sequence[Word], index: int) -> bool:
    """Whether the word at ``index`` is said to be only a little: "sagas are only for
    reporting jobs", "sagas are just a workaround"."""
    after = [word.lower for word in words[index + 1 : index + 3]]
    return len(after) == 2 and after[0] in COPULAS_OF_A_KIND and after[1] in BELITTLING


def _outranked(words: Sequence[Word], index: int) -> bool:
    """Whether the word at ``index`` is what something else is set above, a determiner
    aside: "better than sagas", "instead of the sagas"."""
    start = index - 1 if index > 0 and words[index - 1].lower in DETERMINERS else index
    return bool(ending(words[:start], OUTRANKING))


def _sayings(point: PreparedPoint, reading: Reading) -> list[tuple[int, list[int], float]]:
    """The sentences that say the point, the one that says most of it first, each with where
    in the answer its telling words stand, or the words of its mistake where they are not
    telling and the sentence says all of them ("html", "max-age" of "Caching HTML with a long
    max-age, so users keep loading old HTML...", which other points say too), and of the
    example it names ("wrap it in a threading.Lock" of "Using an in-process lock such as
    threading.Lock, which protects nothing once ..."); else the one sentence that says what
    it does too much of, or one of its examples, if any. An answer that names the mistake
    in one sentence ("migrating a monolith later is harder than starting distributed") may
    recommend it in another ("long call chains are fine")."""
    weights: dict[int, dict[str, float]] = {}
    places: dict[int, list[int]] = {}
    telling: dict[int, list[tuple[int, str]]] = {}  # each telling word's place, and its stem
    mistaken: dict[int, list[int]] = {}  # where the words of an untold mistake stand
    exampled: dict[int, list[int]] = {}  # where the words of the example it names stand
    mistakes, example = _untold_mistakes(point), point.claims.example
    for found, _, index, sentence, _ in reading.hits:
        place = point.places.get(found)
        if place is not None:
            weights.setdefault(sentence, {})[found] = point.weights[place]
            if place in point.telling or not point.telling:
                telling.setdefault(sentence, []).append((index, found))
            elif found in mistakes:
                mistaken.setdefault(sentence, []).append(index)
            if found in example:
                exampled.setdefault(sentence, []).append(index)
    if not weights or point.total <= 0:
        return []
    for at in _firsts(point, reading, 0, len(reading.words)):  # "the cache first, then ..."
        sentence = bisect.bisect_right(reading.sentence_ends, at)
        weights.get(sentence, {}).setdefault(BEFORE, point.weights[point.places[BEFORE]])
    shares = {sentence: _shares(point, found) for sentence, found in weights.items()}
    said = {sentence: max(share.values(), default=0.0) for sentence, share in shares.items()}
    for sentence, told in telling.items():  # of the mistake said, not only of another one
        others = _other_alternatives(point, shares[sentence])
        places[sentence] = [index for index, found in told if found not in others]
    saying: list[tuple[int, list[int], float]] = []
    for sentence in sorted(said, key=said.__getitem__, reverse=True):  # stable: first on a tie
        if mistakes and mistakes.issubset(weights[sentence]):
            places.setdefault(sentence, []).extend(mistaken.get(sentence, ()))
        if example and example.issubset(weights[sentence]):
            places.setdefault(sentence, []).extend(exampled[sentence])  # "in a threading.Lock"
        if said[sentence] >= SAID_FROM and places.get(sentence):
            saying.append((sentence, sorted(places[sentence]), said[sentence]))
        elif not saying:  # the sentence that says most of it does not say it
            other = _excess_said(point, reading) or _example_said(point, reading)
            return [(*other, 0.0)] if other else []
    return saying


def _lists(point: PreparedPoint, reading: Reading, clause: int) -> bool:
    """Whether the clause opening at ``clause`` says all the words of an example the pitfall
    lists: "I'd test components by checking their internal state" of "such as internal
    state"."""
    said = _stems_of(reading, clause)
    return any(example <= said for example in point.claims.examples)


def _example_said(point: PreparedPoint, reading: Reading) -> tuple[int, list[int]] | None:
    """The first sentence that says all the words of one of the examples a pitfall lists
    ("snapshot tests of whole pages" of "..., such as internal state, class names or
    snapshots of whole pages"), and where; None for none."""
    if not point.claims.examples:
        return None
    said: dict[int, dict[str, int]] = {}
    for found, _, index, sentence, _ in reading.hits:
        said.setdefault(sentence, {}).setdefault(found, index)
        for example in point.claims.examples:
            if found in example and example.issubset(said[sentence]):
                return sentence, sorted(said[sentence][stem] for stem in example)
    return None


def _excess_said(point: PreparedPoint, reading: Reading) -> tuple[int, list[int]] | None:
    """The first sentence that says what a pitfall does too much of with a word of excess
    beside it ("add an index on every column" of "Over-indexing ..."), and where; None for
    none."""
    for found, _, index, sentence, _ in reading.hits:
        if _overdone(point, reading, found, index):
            return sentence, [index]
    return None


def _overdone(
    point: PreparedPoint, reading: Reading, found: str, index: int, *, done: bool = False
) -> bool:
    """Whether the answer's word at ``index``, a hit of ``found``, says what the pitfall
    does too much of with a word of excess beside it ("an index on every column"), or, to
    be ``done``, after it: "normalise as far as possible", not "every index costs"."""
    if found not in point.claims.excess:
        return False
    first = index if done else max(0, index - EXCESS_REACH)
    beside = [word.lower for word in reading.words[first : index + EXCESS_REACH + 1]]
    return not ALL_OF_IT.isdisjoint(beside) or _as_far_as(beside)


def _as_far_as(words: Sequence[str]) -> bool:
    """Whether ``words`` say "as far as", which goes as far as possible: "normalise as far as
    you can"; not "far" alone ("by far the cleanest", "so far")."""
    return any(list(words[at : at + 3]) == AS_FAR_AS for at in range(len(words) - 2))


def _says(point: PreparedPoint, reading: Reading, clause: int, until: int = -1) -> bool:
    """Whether the clause opening at ``clause`` says the pitfall on its own (SAID_FROM), or
    with the clauses after it up to ``until``, when given, or with the next one when that
    goes on from it ("I update the cache first, before the database transaction"); or says
    what the pitfall does too much of with a word of excess ("I normalise everything"). The
    pitfall's action counts as said in other words too ("include" of "Shipping", see
    ``ALIKE_ACTIONS``)."""
    first, past = _clause_and_next_bounds(reading, clause, _goes_on)
    past = max(past, until)
    hits = [(stem, index) for stem, _, index, _, _ in reading.hits if first <= index < past]
    if any(_overdone(point, reading, stem, index, done=True) for stem, index in hits):
        return True  # "I normalise everything" of "Over-normalization"
    found = {
        stem: point.weights[place]
        for stem, index in hits
        if (place := point.places.get(stem)) is not None
    }
    if _firsts(point, reading, first, past):  # "I update the cache first"
        found.setdefault(BEFORE, point.weights[point.places[BEFORE]])
    action = _action(point)
    if action in ALIKE_ACTIONS and action not in found and action in point.places:
        alike = ALIKE_ACTIONS[action]  # "include the full polyfill bundle" says "Shipping"
        if any(word.first in alike for word in reading.words[first:past]):
            found[action] = point.weights[point.places[action]]
    return _share_said(point, found) >= SAID_FROM


def _firsts(point: PreparedPoint, reading: Reading, first: int, past: int) -> list[int]:
    """Where from ``first`` up to ``past`` "first" says the "before" of a pitfall that does a
    thing too soon, in a clause that names what it does then (in the mistake that says
    "before", when it names several): "update the cache with the new value first" of
    "Writing to the cache before the database transaction commits", not "profile first";
    none for any other pitfall."""
    waits_for = point.claims.waits_for
    if not waits_for or BEFORE not in point.places:
        return []
    alternatives = _alternatives(point)
    done = frozenset().union(*(a for a in alternatives if BEFORE in a)) - waits_for - {BEFORE}
    words, starts = reading.words, reading.clause_starts
    return [
        at
        for at in range(first, past)
        if words[at].lower == FIRST_OF_ORDER
        and any(
            not done.isdisjoint(word.stems)
            for word in words[slice(*clauses.bounds(starts, at, len(words)))]
        )
    ]


def _untold_mistakes(point: PreparedPoint) -> frozenset[str]:
    """The stems of the pitfall's mistake when none of them is a telling word, its telling
    words all in what it leads to ("html", "maximum", "age" of "Caching HTML with a long
    max-age, so users keep loading old HTML that references deleted chunks"); else none."""
    mistakes = point.claims.mistakes
    telling = {point.stems[place] for place in point.telling}
    return mistakes if telling and telling.isdisjoint(mistakes) else frozenset()


def _share_said(point: PreparedPoint, found: dict[str, float]) -> float:
    """The most of one alternative of the pitfall ("Committing the state file to Git, or
    editing state by hand") that ``found`` (stem -> weight) says, as a share of its weight;
    an alternative of several words is not said by one of them ("add" of "Adding nodes")."""
    return max(_shares(point, found).values(), default=0.0)


def _shares(point: PreparedPoint, found: dict[str, float]) -> dict[frozenset[str], float]:
    """Each alternative of the pitfall, with the share of it ``found`` says (see
    ``_share_said``)."""
    return {each: _alternative_share(point, found, each) for each in _alternatives(point)}


def _other_alternatives(
    point: PreparedPoint, shares: Mapping[frozenset[str], float]
) -> frozenset[str]:
    """The stems only the alternatives of the pitfall a sentence does not say (``shares``,
    see ``_shares``) name, nor one that holds an alternative it says: a telling word among
    them says another mistake, not the one said: "to know what scale I am designing for"
    says nothing of "Designing for imaginary scale or adding every component you know" by
    the second's "know". None when what it says has no telling word of its own."""
    said = [each for each, share in shares.items() if share >= SAID_FROM]
    kept = frozenset().union(*(each for each in shares if any(one <= each for one in said)))
    if not any(point.places[found] in point.telling for found in kept):
        return frozenset()  # "deleting the commit": a mistake told by no word of its own
    return frozenset().union(*shares) - kept


def _alternatives(point: PreparedPoint) -> tuple[frozenset[str], ...]:
    return point.claims.alternatives or (frozenset(point.stems),)


def _alternative_share(
    point: PreparedPoint, found: dict[str, float], alternative: frozenset[str]
) -> float:
    said = [weight for stem, weight in found.items() if stem in alternative]
    if len(said) <= 1 and len(alternative) != 1:
        return 0.0
    # summed in the point's order, not a set's: the same answer, the same sentence
    whole = sum([point.stem_weights[stem] for stem in point.stems if stem in alternative], 0.0)
    return sum(said) / (whole or 1.0)


def _praise(
    words: Sequence[Word], first: int, reading: Reading, holding: Counter[int], point: PreparedPoint
) -> int:
    """Where in the sentence a word of praise stands in one of the clauses ``holding`` the
    pitfall's telling words (each clause's start, with how many it holds); -1 for none. A
    clause's opening prescribes too: "just"; so does naming the remedy ("the fix is to add
    more nodes"); the pitfall's own action in a clause with ACTED_ON of its telling words
    ("Put user ids in labels" for "Putting user ids in labels"); or what the speaker would
    do or does, in a clause that says the pitfall ("I'd always run the VPA alongside the HPA
    on CPU", "On writes I update the cache first").
    ``words`` is the sentence of ``reading`` that opens at ``first``."""
    praising, acted = _praising(point), -1
    action, later = _action(point), _later_actions(point)
    starts = reading.clause_starts
    opening_past = {clause: clause + len(_opening(words[clause - first :])) for clause in holding}
    for offset, word in enumerate(words):
        clause = clauses.start_of(starts, first + offset)
        if clause not in holding:
            continue
        opening = first + offset < opening_past[clause]
        if (
            _praises(words, offset, clause - first, praising)
            or (opening and _prescribes(words, offset))
            or _names_remedy(words, offset)
        ):
            earlier_habit = 0 <= acted < clause - first
            return acted if earlier_habit and _compared_at(reading, first + offset) >= 0 else offset
        if acted < 0 and _habit(words, offset, clause - first) and _says(point, reading, clause):
            acted = offset  # what the speaker does: "On writes I update the cache first"
            continue
        if not opening or acted >= 0:
            continue
        planned = first + offset == clause and _plans(_led_in(words[offset:]))
        commanded = (
            (_commands(word, action) or _commands_later(words, offset, later))
            and _acted_on(point, _clause_and_next(reading, clause, _says_where), holding[clause])
            and not _harm_told(point, reading, clause)
        ) or _commands_excess(point, reading, first + offset)
        until = first + len(words) if clause == first else -1  # a plan opening the sentence
        said = planned and (_says(point, reading, clause, until) or _lists(point, reading, clause))
        if said or commanded:
            acted = offset
    return acted if acted >= 0 else _after_heading(words, first, starts, holding)


def _prescribes(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is PRESCRIBING ("just use Redux", "just restarted it"), not
    before a word in -s or -ing, which tells what a thing does: "just buys boilerplate" tells
    its cost."""
    if words[at].lower not in PRESCRIBING:
        return False
    following = words[at + 1] if at + 1 < len(words) else None
    return following is None or not following.content or is_bare(following) or is_past(following)


def _compared_at(reading: Reading, at: int) -> int:
    """Where the praise at ``at`` compares in its clause ("better *than* MD5"); -1 for none.
    A habit said before such a praise ("I use two-phase commit, which scales far better than
    sagas") is what the speaker recommends."""
    past = clauses.bounds(reading.clause_starts, at, len(reading.words))[1]
    return next((i for i in range(at + 1, past) if reading.words[i].lower in COMPARING), -1)


def _after_heading(
    words: Sequence[Word], first: int, starts: Sequence[int], holding: Counter[int]
) -> int:
    """Where the clause after a short heading of praise opens ("I'd keep it simple: the
    client uploads the whole file to the app servers", "The standard design: ..."), when it
    holds the pitfall's telling words and the heading none; -1 otherwise."""
    second = _second_clause(first, len(words), starts)
    if second < 0 or second not in holding or first in holding or second - first > HEADING_WORDS:
        return -1
    if words[second - first].lower in CONDITIONS | CONSEQUENT:
        return -1  # "The client must mint the key; if the server generates one, ...": a case,
        # and "Always set requests, or nodes get overcommitted": what follows if not
    heading = words[: second - first]
    if _tells_a_fact(heading):
        return -1  # "An SLI measures good events, an SLO is its target": no heading
    return second - first if any(word.lower in HEADING_PRAISE for word in heading) else -1


def _tells_a_fact(heading: Sequence[Word]) -> bool:
    """Whether ``heading`` tells a fact, a verb in -s after a thing an article names, and
    what it does it to after it: "An SLI measures good events"; not "The standard design",
    nor "For the best results", whose last word is a thing."""
    return any(
        article.lower in ARTICLES and thing.content and verb.content and ends_in_s(verb)
        for article, thing, verb in zip(heading, heading[1:], heading[2:-1], strict=False)
    )


def _acted_on(point: PreparedPoint, clause: Sequence[Word], telling: int) -> bool:
    """Whether a clause holding ``telling`` of the pitfall's telling words speaks of the
    pitfall's action: ACTED_ON of them, or every word of its mistake when that takes two or
    more ("Use offset pagination" for "Using offset pagination, which repeats or skips
    posts as new ones arrive")."""
    if telling >= ACTED_ON:
        return True
    mistakes = point.claims.mistakes
    return len(mistakes) >= 2 and mistakes.issubset(
        found for word in clause for found in word.stems
    )


def _praises(words: Sequence[Word], offset: int, clause: int, praising: frozenset[str]) -> bool:
    """Whether the word at ``offset`` praises what its clause (opening at ``clause``) says:
    a word of ``praising``, but not one that only says when ("right now"), nor how a thing
    went ("the app, which autoscaled fine"), nor one in the exception the clause makes
    ("unless the deps are right" praises the remedy), nor one said to hold rarely ("a boolean
    flag is rarely selective enough to help")."""
    return (
        words[offset].lower in praising
        and not _idiom(words, offset)
        and not (offset > clause and is_past(words[offset - 1]))
        and not any(word.lower in EXCEPTING for word in words[clause:offset])
        and not any(
            word.lower in RARELY for word in words[max(clause, offset - RARELY_REACH) : offset]
        )
        and not _sought(words, clause, offset)
    )


def _sought(words: Sequence[Word], clause: int, offset: int) -> bool:
    """Whether the word at ``offset`` is in what its clause (opening at ``clause``) looks
    for: "Reviewers look hard for 'must be replaced' lines" quotes, and praises nothing."""
    return any(
        word.lower == "for" and at > clause and _looks(words[max(clause, at - 2) : at])
        for at, word in enumerate(words[:offset])
    )


def _looks(before: Sequence[Word]) -> bool:
    """Whether ``before`` holds a verb of looking that "for" follows: "look hard", "watch"."""
    return any(word.lower in SEEKING or word.lower in LOOKING for word in before)


def _idiom(words: Sequence[Word], offset: int) -> bool:
    """Whether the word of praise at ``offset`` only says when ("right now", "right away") or
    how many ("plenty of clients"), is part of a verb ("the VPA can right-size requests"),
    reproaches what was done ("you should have used Grid"), that a thing suffices for harm
    ("one fixed width is enough to cause scrolling"), how a thing looks ("averages can look
    perfectly fine while the tail gets worse"), or that it is the lesser problem ("autoscaling
    the app tier is the easy part")."""
    if words[offset].lower == "right" and _next(words, offset) in WHEN | RIGHT_AS_VERB:
        return True
    if words[offset].lower == PLENTY and _next(words, offset) == "of":
        # "plenty of HTTP clients default to 30 seconds": how many, no praise; but "which is
        # plenty of room" praises
        return not (offset and words[offset - 1].lower in COPULAS)
    if _next(words, offset) == "have" and _participle(words, offset + 2):
        return True  # "means you should have used Grid": a reproach
    if words[offset].lower == "enough" and _next(words, offset) == "to":
        return offset + 2 < len(words) and words[offset + 2].lower in HARMING
    if words[offset].lower == WORTH:
        return _worth_idiom(words, offset)
    if offset + 1 < len(words) and _one_of(words[offset + 1], LESSER):
        return True
    before = words[max(0, offset - APPEARING_REACH) : offset]
    return any(word.lower in APPEARING for word in before)


def _worth_idiom(words: Sequence[Word], offset: int) -> bool:
    """Whether "worth" at ``offset`` only says a thing falls short ("too unselective to be
    worth it", "not worth chasing"), that something is worth saying ("worth noting that ...")
    or fearing ("no lag worth worrying about")."""
    before = words[max(0, offset - WORTH_REACH) : offset]
    short = any(word.lower == "too" or word.negator for word in before)  # "not worth chasing"
    return short or _next(words, offset) in WORTH_SAYING


def _participle(words: Sequence[Word], offset: int) -> bool:
    """Whether the word at ``offset`` is a past participle: "used", "been", "chosen"; not
    "a" of "you should have a runbook"."""
    if offset >= len(words):
        return False
    return words[offset].lower.endswith(PARTICIPLE_ENDINGS) or is_past(words[offset])


def _next(words: Sequence[Word], offset: int) -> str:
    """The word after the one at ``offset`` (lowercase), "" at the end."""
    return words[offset + 1].lower if offset + 1 < len(words) else ""


def _plans(words: Sequence[Word]) -> bool:
    """Whether a clause (its ``words``) opens with what the speaker would do or likes doing:
    "I'd", "we will", "I like"; not what they had done: "We'd also enabled sticky sessions"."""
    said = words[0].surface.lower()
    if _seeks(words):
        return False  # a plan to look for it: "I'd also grep for variables that store nodes"
    if len(words) > 1 and words[1].lower in GUESSING:
        return False  # "I'd bet index.html sits in the CDN": a guess, no plan
    if said in PLANNING:
        return not (said in HAD and _had(_opening(words)[-1]))
    return said in SPEAKERS and len(words) > 1 and words[1].lower in INTENDING


def _led_in(words: Sequence[Word]) -> Sequence[Word]:
    """A clause's words after a word that only leads it in ("Then I'd add ..."), or after
    what it is about, when a plan follows ("For HTTP APIs I'd generate ...")."""
    if len(words) > 1 and words[0].lower in LEAD_INS:
        return words[1:]
    if words and words[0].lower in ABOUT_WHAT:
        reach = range(2, min(len(words), 2 + ABOUT_WORDS))
        return next((words[at:] for at in reach if words[at].surface.lower() in PLANNING), words)
    return words


def _seeks(words: Sequence[Word]) -> bool:
    """Whether a clause (its ``words``) opens by looking for what follows: "I'd grep for",
    "we'd look for"; not "I'd look at the average latency"."""
    opening = _opening(words)
    verb = opening[-1].lower
    if verb in SEEKING:
        return True
    after = words[len(opening)].lower if len(opening) < len(words) else ""
    return SEEKING_WITH.get(verb) == after


def _had(verb: Word) -> bool:
    """Whether ``verb`` is a past participle after "'d": "enabled", not "proceed"."""
    return is_past(verb) and verb.lower not in NOT_PAST


def _commands(word: Word, action: str) -> bool:
    """Whether ``word`` is the pitfall's action as a command (see ``deeds.is_bare``), also in
    other words ("Add" for "Putting", see ``ALIKE_ACTIONS``): "Put", not "Putting" nor "the
    server generates"; "Use" of "Using", a word too common to have a stem of its own."""
    found = stem(word.lower)
    return (
        bool(action)
        and (found == action or found in ALIKE_ACTIONS.get(action, ()))
        and is_bare(word)
    )


def _commands_excess(point: PreparedPoint, reading: Reading, at: int) -> bool:
    """Whether the answer's word at ``at`` commands what the pitfall does too much of, with a
    word of excess after it: "Normalize everything" of "Over-normalization"; not when its
    sentence goes on to say what that leads to ("Normalize everything and you get complex
    joins"), which warns."""
    word = reading.words[at]
    if not is_bare(word) or not any(
        _overdone(point, reading, found, at, done=True) for found in word.stems
    ):
        return False
    ends = reading.sentence_ends
    past = ends[bisect.bisect_right(ends, at)] if at < ends[-1] else len(reading.words)
    harm = set(point.stems) - point.claims.mistakes - point.claims.excess
    told = {found for later in reading.words[at + 1 : past] for found in later.stems}
    return len(told & harm) < HARM_SAID


def _commands_later(words: Sequence[Word], offset: int, actions: frozenset[str]) -> bool:
    """Whether the word at ``offset`` commands the action of a later mistake of the pitfall,
    done to something just after it: "walk the whole subtree" of "..., or walking the whole
    subtree"; not "check-then-insert races", a name."""
    found = stem(words[offset].lower)
    return found in actions and is_bare(words[offset]) and _next(words, offset) in COMMANDED


def _action(point: PreparedPoint) -> str:
    """The stem of the action a pitfall opens with ("Putting" -> "put"), "" for none."""
    opening = point.words[0] if point.words else None
    return stem(opening.lower) if opening and opening.lower.endswith("ing") else ""


def _later_actions(point: PreparedPoint) -> frozenset[str]:
    """The stems of the actions that open the pitfall's later mistakes: "walk" of "Running
    LIKE queries on every keystroke, or walking the whole subtree"."""
    words = point.words
    return frozenset(
        stem(following.lower)
        for word, following in itertools.pairwise(words)
        if word.lower == "or" and following.lower.endswith("ing")
    )
