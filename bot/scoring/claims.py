"""Wrong claims in the right words: a key point's phrase denied, turned into its opposite, or
its terms paired with the wrong partners. Each check is narrow on purpose: a false
"contradicted" costs a candidate's trust more than a missed one.

* *dismissed*: "no need to rotate the key", "rotation is unnecessary", "test restores aren't
  necessary" or "I'd skip the rotation" against "rotate the key immediately" ("Kafka only
  adds complexity", "sharding is premature", "traces are too noisy to be useful", "I'd remove
  the liveness probe", "I'd leave requests out", "drift isn't a concern", "load balancing
  makes it worse", "retrying after a deadlock is pointless"): advice not to do
  what the point says, where the point does not negate it, no point of the question calls it
  optional ("support optional custom aliases and expiry") nor uses the word that waves it away
  of the same things ("extension headers are optional" where a point speaks of "optional
  headers"; not "remove the width" where one says "remove third-party scripts"), and the
  sentence does not open by naming a small case it is about ("For a small internal API, Redis
  would be overkill"); a word that links sentences ("therefore") is no term of a point;
  and the point's own verb refused outright, "never retry" or "we don't retry failed
  sends" against "retry failed sends with backoff", with nothing after it in its clause but
  the point's words (not "never retry a non-idempotent call" nor "never write the cache
  before the database commits", which say when), or, for a doing the point commands ("...,
  roll back or shift traffic"), nothing that says which, how much or when ("so I wouldn't
  roll back"); what a point says only is made possible ("ETag lets a client revalidate")
  is not waved away by finding it not needed ("hashed assets never need revalidating");
* *opposite*: "indexes make writes faster" against "slower write operations", "strict mode
  off" against "Enable strict mode": an antonym within two words of a term that the point
  attaches the other word to in the same clause ("after review, never from a laptop"
  attaches "never" to the laptop, not to the review), and the point's own word nowhere near
  (an answer weighing both sides is not wrong); a denied antonym ("not slower") agrees with
  the point, and so does one followed by the contrary of what the point attaches to it
  ("never stale" for "always fresh") or by a denial in its clause ("making the repo private
  isn't a fix"); an antonym another point of the question attaches to the same term
  ("Optimistic Locking: ..." beside "Pessimistic Locking: ..."), or whose contrary another
  point attaches to it ("write skew is blocked" beside "Serializable prevents write skew"),
  speaks of that point; and one saying which of two things wins ("the one with higher
  specificity wins") tells a rule, not advice;
* *mispaired*: "GET to create" against "GET for reading, POST for creating";
* *reversed*: "decided by where a function is called rather than where it's written" against
  "decided by where a function is written, not where it is called" (see ``contrasts``);
* *rejected*: what a point advises against ("never with MD5", "rather than innerHTML", "prefer
  short-lived credentials over long-lived static keys"), kept here for ``advice`` to find
  recommended.

A pitfall is said in the negative by nature, so it is checked only for the one thing that
contradicts it: waving away what it says must not be skipped ("versioning is an
anti-pattern" against "Not versioning APIs leads to breaking changes"), and, when it names a
mistaken belief, for stating that belief (see ``advice``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from bot.scoring import clauses, rarity
from bot.scoring.contrasts import (
    Contrast,
    keeps_doing,
    point_contrasts,
    reversal,
    set_against,
)
from bot.scoring.deeds import is_bare
from bot.scoring.text import (
    ADVISING,
    COPULAS_OF_A_KIND,
    DECLINED,
    DISMISSAL_REACH,
    FUNCTION_WORDS,
    GIVING_REASONS,
    HEDGES,
    MUCH,
    NEGATION_REACH,
    OFF,
    RELIED_ON,
    SPEAKERS,
    SPEAKERS_DOING,
    SUPPOSING,
    SWITCHING,
    WONT,
    Joined,
    Word,
    ends_in_s,
    is_denied,
    is_dismissed,
    joined_stems,
    of_no_use,
    regular_past,
    stem,
    waved_away_after,
    word_set,
)

REACH = 2  # words between a term and what is attached to it
DONE_ON = word_set("on in with via using")  # between a doing and what it is done on
KIND_WORDS = 2  # words before a term that name its kind: "long-lived" of "long-lived secrets"
DENYING_TOO = word_set("cannot nobody")  # deny what follows, though no negation elsewhere
FREQUENCY = word_set("always never")  # before an empty verb, said of what the verb takes
FREQUENCY_REACH = 4  # words after that verb of what it takes: "always get the latest HTML"
SUBJECT_REACH = 5  # words of a subject an opposite after "is" is said of: "Scope in JavaScript"
DONE_TO_REACH = 6  # words after a doing that name what it is done to: "deploying a latest tag"
OTHER_KIND_REACH = 4  # words before a term in which "or (other)" names its kind by an example
JOINS_A_KIND = word_set("or and")  # before a kind: "a boolean or (other) low-cardinality column"
# between a negation and a term a quote opens with, what the negation refuses: "wouldn't
# use", "don't rely much on"
REFUSED_BEFORE = DECLINED | RELIED_ON | HEDGES | MUCH
TURNED_REACH = 8  # words quoted after a term waved away in the clause after its own
BELIEF_COPULAS = word_set("is are")  # a belief said in full: "the default level is serializable"
# the speaker's refusals (see ``text.WONT``), but "not" alone: "X is not retried" refuses nothing
REFUSALS = (WONT - word_set("not")) | word_set("dont")
DECIDING = word_set("decided chose opted")  # and then DECIDED_NOT: a refusal of one's own
DECIDED_NOT = ("not", "to")
SPEAKING = SPEAKERS | word_set("i'd we'd i’d we’d")  # who refuses a doing themselves
# before a refusal in its clause: who advises (see ``text.ADVISING``), and how ("so I'd never",
# "you must never")
REFUSING = (ADVISING - word_set("always")) | word_set("must so then")
THEN = "then"  # after a refused doing, another after it: the order is refused, not the doing
# ending the clause before a refusal, a failure: what the refusal says then fails to happen
# ("commit to the database, crash, never publish")
CRASHING = frozenset({"crash", "die", "fail"})  # stems: "crashes", "died", "fails"
# endings of words that are not a verb to refuse: "never revalidated", "never slowness"
NO_VERB = re.compile(r"(ed|ness|tions?|sions?|ments?|ity|ities|ances?|ences?|ible|able|ous)$")
# after what is refused, words that say how much of it: "I wouldn't add an index on every
# column" weighs how many
QUALIFYING = word_set(
    "every each all everything more most many much too before after until unless without only "
    "so that than instead just based if when beyond above below"
)
COST_OF = ("cost", "of")  # before a point's word, within PRICE_REACH: a price, not a claim
PRICE_REACH = 3
NO_LONGER = ("no", "longer")  # before a key point's word, with only grammar between: denied
# verbs too empty to attach an antonym to a point's claim: "never gets confused" says nothing
# against "users always get the current HTML"
EMPTY_VERB_STEMS = frozenset(
    map(stem, word_set("get gets got make makes made do does did have has had go goes went"))
)
COORDINATING = frozenset({"and", "or", "but"})  # a word after one takes nothing from before it
# "For a small API, ...": in a clause opening with "for", words that name a small case
SMALL_CASE = word_set("small tiny single one two few little low internal simple normal flat")
CASE_WORDS = 4  # words after that "for" that name the case: "a service with flat" load
SCOPED_CLAUSES = 2  # clauses before a dismissal that may name the case it is about
CASE_OPENING = word_set("if when where whenever")  # a clause naming a case: "where services..."
NEEDING = word_set("need needs")
FOR_REACH = 2  # words after a term waved away in which "for" names what it is waved away for
SOME_REACH = 3  # words after what "for" names first in which what sets them apart stands
AT_TIMES = word_set("sometimes occasionally")  # before a term waved away: only in some cases
ONE_THING_REASONS = word_set("since because")  # "..., since it needs no SEO": that one thing
ONE_THING_REACH = 5  # words before a term waved away in which such a reason opens
LACKED_REACH = 3  # words before a term in which "without" says it is what something lacks
LOST = word_set("lost missing")  # ... or, after one of LOST_AFTER, "with a lost KMS key"
LOST_AFTER = word_set("a an the its their our your")  # not "lost updates", a thing named
# "for accounts with millions of followers", "for huge accounts": some things, set apart from
# the rest by what they have or how big they are
SETTING_APART = word_set(
    "with whose that which over above below under beyond huge large big biggest largest"
)
CONTRAST_REACH = 12  # words around an opposite in which the point's own word excuses it
PAIRING_WORDS = frozenset({"for", "to", "means", "does"})
# opening what follows a supposition, or in it: its subject, or its modal ("the limiter
# should fail closed")
FOLLOWING_FROM = word_set("i we you they it he she should must will would can could shall may")
WHAT = "what"  # "What doesn't work is ...": what fails, named
NEVER = "never"
WORKING = word_set("work works worked help helps helped suffice suffices")
# "The big mistake is ...": what follows is named as a mistake, when the clause opens with
# the name and at most so many words before it
MISTAKE_NAMES = word_set("mistake mistakes trap traps pitfall pitfalls")
CHOICES_MADE = word_set("move moves call thing")  # after CALLED_WRONG: "the wrong move"
CALLED_WRONG = word_set("wrong bad worst")
MISTAKE_NAMED_WITHIN = 3
MISTAKE_QUALIFIED_BY = 4  # words between it and "is" that say whose it is: "I see most often"
MIN_PAIRS = 2  # a point pairs terms when it lists at least this many pairs
LISTED_WITHIN = 10  # words between one pairing word and the next in a list of pairs
LEAVING_OUT = word_set(
    """
    without forgetting forget ignoring ignore skipping skip missing lacking neglecting omitting
    leaving instead rather
    """
)  # in a pitfall, words that name something left out: "hot-fixing without a test", or the
# right way: "instead of comparing snapshots"
TOO_SOON = word_set("before")  # in a pitfall: what follows must come first
OMITTING = LEAVING_OUT | word_set("not no")  # opening a pitfall: "Not having a rollback plan"
# opening a pitfall, a mistake of leaving something out or taking it away: "Removing focus
# outlines", "Skipping load tests"
TAKING_AWAY = OMITTING | word_set("removing disabling dropping deleting turning hiding")
VERB_DENIALS = word_set("not never cannot")  # a verb denied, not a thing left out ("without")
DENIAL_SUBJECT = 3  # words before a pitfall's denial in which what it is denied of stands
OF = word_set("of")  # between two terms: one term, "back-of-envelope"
PLACEHOLDERS = word_set("another other")  # a partner naming nothing: "to one ... to another"
LIKE = "like"  # after a word, a kind named by it: "boolean-like columns"
PLACING = word_set("in into on at")  # between two terms: where one is put, "tokens in localStorage"
GOING_WITHOUT = word_set("without")
LEFT_OUT_WORDS = 3  # content words after "without" that name what a pitfall leaves out
REJECTING = word_set("never instead rather avoid")  # in a point: "textContent rather than
# innerHTML", "never with MD5": what follows is what the point advises against
# in a point that prefers ("Prefer short-lived credentials over long-lived static keys"), what
# follows "over" is what it advises against, as after "rather than"
PREFERRING = word_set("prefer prefers preferring favor favour")
# in a point, what a thing replaces is advised against, up to what replaces it: "Replacing a
# clickable div with a native button", "Replace long-lived access keys with short-lived ones";
# in an answer, what it replaces is no recommendation: "swap a clickable div for a button"
REPLACING = word_set("replace replaces replacing replaced swap swaps swapping swapped")
REPLACED_WITH = word_set("with by for")
BECOMING = word_set("become becomes")  # in an answer: "a clickable div should become a button"
TURNING = word_set("turn turns turned convert converts converted")  # "turn the div into a button"
PREFERRED_OVER = word_set("over")
COMPARED_WITH = word_set("than")  # in a point: what follows is weighed less, not affirmed
# in a point, what a thing keeps from happening ("which prevents dirty reads"); an answer that
# avoids it agrees ("so you avoid dirty reads"), one that waves it away does not ("don't worry
# about stampedes" against "Prevent cache stampedes")
PREVENTING = word_set("prevent prevents preventing prevented avoids avoided stops")
AVOIDING = PREVENTING | word_set("avoid avoiding stop")
SUFFERING = word_set("suffer suffers")  # in a point: "where client timestamps suffer from skew"
SUFFERED_WORDS = 2  # content words before it that name what suffers
# in a point, before a doing told as done before what went wrong: "the old chunks had been
# deleted" explains a failure; it recommends no deleting
HAD, BEEN = "had", "been"
REFUSED_REACH = 2  # words before a pairing's term in which a refusal stands: "never use GET"
AVOIDED_HEADING = 4  # words of a heading naming what is avoided: "What I avoid", "what we avoid"
DONE_TO_WORDS = 3  # the words after a doing that say what it is done to
SETTING_AGAINST = word_set("but though although yet")
# all a clause says of a thing: "doesn't help", "won't really help here either"; not "doesn't
# help with I/O-bound work", which says what for (words read: "doesn't" is "not")
UNHELPFUL = re.compile(
    r"(does |will |would )?not (really |actually |much )?(help|fix (it|this|that))"
    r"( (here|either|anyway|much))*"
)
RISKING = word_set("can may might")  # in a point: a harm that may happen follows
RISKED_WORDS = 2  # the words after it naming the harm: "can trigger a reflow"
FALLING_INTO = word_set("be become get go")  # after RISKING, a state may follow: "can be stale"
AVOIDED_REACH = 3  # words before a term in which the word that avoids it stands
CEASED_REACH = 6  # words from a doing stopped to how it is done: "stop renaming columns in a"
# in a point, what follows is made possible, not asked for: "ETag lets a client revalidate";
# an answer that finds it not needed somewhere ("they never need revalidating") agrees
ENABLING = word_set("let lets allow allows enable enables")
BEFALLEN = word_set("was were")  # before what befell a thing described: "that were deleted"
DESCRIBING = word_set("that which")
ENABLED_WORDS = 3  # the words after it naming what is made possible: "a client revalidate"
ATTACKERS = word_set("attacker attackers")  # after ENABLING: what comes before is a danger
# in a pitfall, what follows is the remedy the mistake lacks: "only base64-encoded unless
# encryption at rest is enabled"
REMEDIED_BY = word_set("unless")
WHILE = "while"  # in a pitfall, before what its mistake ignores
LEADING_TO = word_set("which that so because causing leading when where until instead rather while")
BELIEF_ENDS = LEADING_TO | word_set("without")  # what a belief of a doing is held without
BELIEVING = word_set("assuming believing treating saying thinking expecting")  # opening a
# pitfall, a mistaken belief follows: "Believing a Kubernetes Secret is encrypted"
# in a belief, a comparison it hinges on ("SSR makes a page interactive sooner"), and the words
# an answer holds it by ("interactive the moment it arrives", "arrives fully interactive");
# without one it states no belief
COMPARING = word_set("sooner faster quicker earlier later better worse cheaper safer")
TO_A_DEGREE = COMPARING | word_set(
    "more less than immediately instantly instant moment soon quickly straight arrive arrives fully"
)  # not "arrived": "after the server-rendered HTML has arrived" says when, not how soon
LIKENING = word_set("as like")  # in a belief: "Treating replication as a backup"
RELATIVES = word_set("that which who")  # "or that ...": another mistake of the same things
RELATIVE_THAT = word_set("that")  # after a belief: what restricts it, "events that ..."
RESTRICTION_WORDS = 3  # words of such a restriction read: "do not bubble"
FOR_WHAT_WORDS = 2  # words after "for" that say what a doing is for: "for every event"
CONCEDING = word_set("optional")  # in a key point, what follows need not be said or done
HARMLESS = word_set("harmless acceptable tolerable")  # in a key point, of what comes before it
HEAD_STEMS = 2  # stems a pitfall's head must hold to be said on its own
REQUIRING = word_set("must")  # in a pitfall's explanation: "the server must check every request"
REQUIRED_WORDS = 4  # words after "must" that say what must be done
DENIABLE_WEIGHT = 1.55  # rarer than "add" or "make": a term whose denial changes the claim
# stems of steps an interviewer expects that everyday English makes common, so rarity alone
# would not make them terms: "no need to test restores", "health checks are optional",
# "I skip plan and run apply", "security can wait"
ALWAYS_DENIABLE = frozenset({"test", "plan", "check", "secur", "version", "rate", "trade"})
LOOKING_FOR = word_set(
    "review reviewed reviewing audit audited auditing check checked checking scan scanned "
    "scanning search searched searching hunt hunted hunting look looked looking watch watched "
    "watches"
)  # then SOUGHT_AFTER, then what is looked for: "we audited the schema for low-cardinality keys"
SOUGHT_AFTER = word_set("for")
EXAMPLE_WORDS = 2  # content words of the example a pitfall names: "threading.Lock"
EXAMPLE_ENDS = LEADING_TO | word_set("or and with in on for")  # "a boolean flag, where"
LIST_ENDS = LEADING_TO | word_set("with in on for")  # of a list of examples
CHOICES = word_set("decision decisions choice choices option options")  # before "such as"
CHOSEN_FROM = 3  # from where a listed choice opens back to its word of choice: "decisions such as"
JOINING = word_set("or and")  # between the examples a pitfall lists
LISTED_WORDS = 4  # the most words of meaning of one listed example: "internal state class names"
# before "such as", words that make the example one of what the mistake is done with or for
DONE_WITH = word_set("with for to of from by")
REFUSING_A_DOING = word_set("not never")  # "don't" is read "not"
BUT_FOR = word_set("but except unless without")  # after a refused doing: what the point asks for
REVERSING = word_set("inverted reversed")  # before a thing in a pitfall: the thing turned round
MISTAKE_WEIGHT = 1.4  # rarer than "every" or "look": a term that names a mistake
# In a pitfall, where what its mistake leads to, what it leaves out or what makes it one opens
# ("Faking a grid with Flexbox ... when Grid handles rows and columns directly"); not "that",
# which may restrict it ("a request that needs an immediate answer").
LEADING_ON = word_set("which so because causing leading instead rather when")
LEADS_TO = LEADING_ON | word_set("leads lead causes cause results")  # where what it leads to opens
# in a pitfall of leaving something out, where what skipping it leads to opens
OMISSION_ENDS = LEADS_TO | word_set("can could may might will is are which that")
# Words that link sentences ("therefore waiting is not necessary"): never a term of a point
CONNECTIVES = word_set(
    "therefore thus hence however moreover furthermore consequently additionally nevertheless"
)
# Words that wave a term away ("headers are optional", "I'd remove the secret") unless the
# key points use them too ("optional network layer information", "Remove the secret from the
# history"): there, the answer echoes the guide
ECHOABLE = word_set(
    "optional unnecessary pointless overkill useless needless redundant superfluous unneeded "
    "irrelevant obsolete outdated remove drop disable"
)

# the endings of a clause that waves a thing away only for now, or sets a feature aside for
# later: "sharding isn't needed yet", "personalisation is an optional extra"
PUT_ASIDE = frozenset(
    {
        ("yet",),
        ("for", "now"),
        ("optional", "extra"),
        ("optional", "extras"),
        ("stretch", "goal"),
        ("stretch", "goals"),
    }
)
# before a term, its widest kind: "global order isn't needed", "exact counts are overkill"
WIDEST = word_set("global globally total overall universal perfect perfectly exact absolute")
NEAR = "close"  # before "to", how near a thing is: "close to useless"
JUST_ONE = word_set("single lone")  # before a term: "a single snapshot is useless"
ALONE = word_set("alone")  # after a term: "snapshots alone are useless"
# in a clause that joins a term to another: only the two at once are waved away, "don't run
# HPA and VPA on the same CPU metric"
TOGETHER = re.compile(r"\b(together|simultaneously|side by side|(on|against|for) the same)\b")
DONE_ALONGSIDE = word_set("and with alongside plus")  # between a term and another done with it
JOINED_WITHIN = 3  # words from a term to the word joining it to another
OUTRANKING = word_set("wins win precedence")  # "the one with higher specificity wins"
RANK_REACH = 3  # words after an antonym in which what it wins stands: "higher specificity wins"
HAVING_THE = word_set("with")  # before the antonym: "the one with higher specificity"
ADVERB_ENDING = "ly"  # "Regularly read blogs": the command is the word after
ECHO_REACH = 7  # words either side of such a word in a key point that it is said of
DISABLE = "disable"  # the ECHOABLE word a point's "turn off" is
POOR = word_set("poor bad weak worse")  # "poor for high-cardinality detail": no claim of it
POOR_REACH = 2  # words before a point's word in which such a judgement stands

_OPPOSITES = """
faster slower; quicker slower; increase decrease; increase reduce; improve worsen;
always never; stateless stateful; horizontal vertical; horizontally vertically;
public private; optimistic pessimistic; enable disable; enable off; allow deny; allow block;
allow prevent;
accept reject; safe unsafe; secure insecure; consistent inconsistent; mutable immutable;
encrypted plaintext; hashed plaintext; mutate immutably; shared separate; single separate;
open closed; high low; eventual strong; eventually strongly; lexical dynamic; great small;
backoff immediately
"""


# More antonyms, only ever to excuse: the answer's opposite word followed by the contrary of
# what the point attaches to it says the same thing twice negated ("must never be stale" for
# "must always be fresh"). Never used to find a contradiction. With _OPPOSITES, CONTRARIES.
_STATES = """
stale fresh; outdated current; slow fast; empty full; broken working; lost kept; miss hit;
down up; short long; lag fresh
"""


COMPARATIVE_ENDING, THAN, THAN_REACH = "er", "than", 4  # "higher priority queue than"


def _opposite_stems(pairs: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for pair in pairs.split(";"):
        first, second = (stem(word) for word in pair.split())
        table.setdefault(first, set()).add(second)
        table.setdefault(second, set()).add(first)
    return {word: frozenset(others) for word, others in table.items()}


OPPOSITES = _opposite_stems(_OPPOSITES)
OTHER_SIDE = word_set("while whereas")  # a point's two sides: "A rejects writes, while B ..."
CONTRARIES = _opposite_stems(f"{_OPPOSITES};{_STATES}")


@dataclass(frozen=True, slots=True)
class Opposite:
    original: str  # the point's word, as a stem: "slower"; "enabl" of "Enable"
    near: frozenset[str]  # the terms the point attaches it to: "write"
    written: str  # the point's word as written, for the feedback: "enable"
    # what the point says on each side of "while" or "whereas", the side of this word first,
    # each without the other's words: "Account balances ... reject writes on the minority
    # side, while a shopping cart ... can stay available" (see ``_of_the_other_side``)
    sides: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # said of what an empty verb takes: "users always get the HTML" (see ``_taken``)
    of_taken: bool = False
    # for "always" or "never", the doing it is said of: "map" of "a key always maps to one
    # shard" (see ``_another_doing``)
    doing: str = ""
    # said in a condition: "only when the cache must always be fresh" (see ``_in_condition``),
    # and what the condition says of it after it ("fresh"): outside a case, only the contrary
    # said of that contradicts it ("the cache must never be fresh", not "never cache
    # personalised data"); in a case, as of the terms near it ("only where a cache must never
    # be current")
    conditional: bool = False
    after: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Belief:
    """A mistaken belief a pitfall names ("Believing a Kubernetes Secret is encrypted")."""

    # its stems, those of each side of a likening ("Treating replication as a backup"), and
    # whether it is a denial ("async code cannot race")
    stems: frozenset[str]
    sides: tuple[frozenset[str], ...] = ()
    denies: bool = False
    compares: bool = False  # "SSR makes a page interactive sooner": held only so soon
    # whether its sides are likened ("Treating a container like a VM"): held only where the
    # answer likens them too, not where it sets them side by side ("a container starts in a
    # second; a host runs a handful of VMs")
    likens: bool = False
    # the stems of its first word and of those after it: "server", "side", "render" and
    # "make", "page", "interact" of "SSR makes a page interactive"; said right after one of
    # the later ones, the first is their object ("Hydration is what makes SSR interactive")
    head: frozenset[str] = frozenset()
    later: frozenset[str] = frozenset()
    # what it is restricted to things that do not do: "bubbl" of "Expecting delegation to
    # work for events that do not bubble"; an answer that says they do speaks of others
    unless: frozenset[str] = frozenset()
    # whether it says what its doing is for: "delegation to work for events"
    says_for: bool = False
    # for a belief a saying is held "as if", the stem of its last word of weight, without
    # which it is not held: "toler" of "a distributed system could give up partition
    # tolerance" ("a distributed store must give up consistency or availability during a
    # partition" holds another)
    last: str = ""


@dataclass(frozen=True, slots=True)
class PointClaims:
    """What a key point claims, prepared once with the point."""

    affirmed: frozenset[str] = frozenset()  # telling stems the point states, not negated
    opposites: Mapping[str, Opposite] = field(default_factory=dict)  # "faster" -> slower/write
    pairs: Mapping[str, str] = field(default_factory=dict)  # "get" -> "read"
    triggers: frozenset[str] = frozenset()  # answer stems that may start a contradiction
    # the word a paired term is named with, before it, and the term's partner: "oidc" -> "ci"
    # of "OIDC federation for CI"
    pair_names: Mapping[str, str] = field(default_factory=dict)
    omission: bool = False  # a pitfall of leaving something out: "Not having a rollback plan"
    # what a pitfall done without something leaves out: "test" in "hot-fixing without a test"
    left_out: frozenset[str] = frozenset()
    # what a pitfall's mistake ignores, said after "while": "databas", "real", "ceil" of
    # "Relying only on autoscaling for the app tier while the database ... is the real
    # ceiling"; a sentence that goes on to say it sets the mistake against it as the point does
    ignored: frozenset[str] = frozenset()
    # what a pitfall's mistake does too much of: "normal" of "Over-normalization"; an answer
    # that praises normalizing without "over" praises no mistake
    excess: frozenset[str] = frozenset()
    # what a mistake is done without, the question's own words kept: "request" of "Running
    # pods without requests" when the question asks about requests; setting them supplies it
    goes_without: frozenset[str] = frozenset()
    # what a pitfall's mistake is done before, and must come first: "databas", "transact",
    # "commit" of "Writing to the cache before the database transaction commits"
    waits_for: frozenset[str] = frozenset()
    # what a point advises against: "innerhtml" in "textContent rather than innerHTML"
    rejected: frozenset[str] = frozenset()
    # its words that are contraries of the point's own: "long" of "short-lived ... over
    # long-lived static keys"
    rejected_kinds: frozenset[str] = frozenset()
    # where a doing a point advises against is done: "redirect", "path" of "instead of
    # writing them in the redirect path"; a clause that puts nothing there ("redirects are
    # the hot path") recommends no such doing
    rejected_where: frozenset[str] = frozenset()
    # what a point says a thing keeps from happening: "dirti" of "which prevents dirty reads"
    prevented: frozenset[str] = frozenset()
    # the stems of each mistake a pitfall names as alternatives ("Committing the state file
    # to Git, or editing state by hand"), and of each one's head before what it leads to
    # ("using sticky sessions"); empty for one mistake that says nothing of what it leads to
    alternatives: tuple[frozenset[str], ...] = ()
    # the stems of the mistakes a pitfall names, without what they lead to: "add", "index",
    # "query" of "Adding an index for every query: each index slows down inserts"
    mistakes: frozenset[str] = frozenset()
    # the example of its mistake a pitfall names, in two words: "thread", "lock" of "Using
    # an in-process lock such as threading.Lock"; a sentence saying both says the mistake
    example: frozenset[str] = frozenset()
    # the examples a pitfall lists, each of a few words: "internal state", "class names" and
    # "snapshots of whole pages" of "Testing implementation details, such as internal state,
    # class names or snapshots of whole pages"; a sentence saying all of one says the mistake
    examples: tuple[frozenset[str], ...] = ()
    # the words (lowercase) a pitfall says its mistake in, before why it is one: "against"
    # and "none" are the mistake's in "Running queries against the main database" and
    # "Removing focus outlines with outline: none", no warning of it
    mistake_words: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()  # of ``affirmed``, the terms the question says too
    # the mistaken beliefs a pitfall names: "a Kubernetes Secret is encrypted" of "Believing a
    # Kubernetes Secret is encrypted"; empty for a pitfall naming none
    beliefs: tuple[Belief, ...] = ()
    joined: Joined = frozenset()  # stems the point says one right after the other: rate, limit
    # the doings the point commands, opening its clauses: "roll" of "..., roll back"
    commanded: frozenset[str] = frozenset()
    # what the point says only is made possible: "revalid" of "ETag lets a client revalidate"
    enabled: frozenset[str] = frozenset()
    # what the point does without: "prop", "drill" of "... down the tree without prop drilling";
    # avoiding a doing of it ("so you avoid passing props down") agrees
    does_without: frozenset[str] = frozenset()
    # the ECHOABLE words the question's points use -> the stems each is said with there
    echoed: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # pairs of stems a pitfall of the question names as its mistake ("sticki", "session" of
    # "using sticky sessions that..."): waving them away agrees with the guide, whatever
    # another point says of one of them ("consistent hashing for sticky routing")
    warned: Joined = frozenset()
    # for a pitfall, what each other point advises in words of its own, where that point
    # shares a word of the pitfall's mistake: "modular", "start"... of "Start with a modular
    # monolith" beside "Building a distributed monolith"
    advised_apart: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # (own, all)
    # what a pitfall's mistake denies a thing of: "queri" of "Choosing a shard key that most
    # queries do not contain"; an answer that says the thing does it says the contrary
    denied_of: frozenset[str] = frozenset()
    # what the point says and sets against it: "written, not where it is called"
    contrasts: tuple[Contrast, ...] = ()
    # whether the point names what its things do not do: "but neither removes the need for
    # locking"; an answer saying one of them "doesn't help" here may say the same
    limited: bool = False
    # of ``affirmed``, what the point says only as a rare abbreviation the glossary spells
    # out in common words ("time" of "TTL"): an answer waves it away only by an abbreviation
    abbreviated: frozenset[str] = frozenset()

    def without_opposites(self, spoken_for: frozenset[str]) -> PointClaims:
        """These claims, the antonyms in ``spoken_for`` no longer contradicting them."""
        if spoken_for.isdisjoint(self.opposites):
            return self
        opposites = {word: o for word, o in self.opposites.items() if word not in spoken_for}
        dropped = spoken_for.difference(self.affirmed, self.pairs, self.set_against())
        return replace(self, opposites=opposites, triggers=self.triggers - dropped)

    def set_against(self) -> frozenset[str]:
        """What the point's contrasts set against what it says (see ``contrasts``)."""
        return set_against(self.contrasts)

    def conceding(self, terms: frozenset[str]) -> PointClaims:
        """These claims, with the ``terms`` the question's own points call optional no longer
        affirmed: calling them optional agrees with the guide."""
        if self.affirmed.isdisjoint(terms):
            return self
        kept = terms.difference(self.opposites, self.pairs, self.set_against())
        return replace(
            self,
            affirmed=self.affirmed - terms,
            triggers=self.triggers - kept,
            topic=self.topic - terms,
        )


def spoken_for(claims: Sequence[PointClaims]) -> list[PointClaims]:
    """Each point's claims without the antonyms another point attaches to a term the point
    attaches its own word to: "optimistic" is no contradiction of "Pessimistic Locking: ..."
    when another point is "Optimistic Locking: ...", nor "eventual" of "Strong Consistency:
    ..." beside "Eventual Consistency: ...", though the question asks which consistency."""
    said = [
        (number, opposite.original, opposite.near)
        for number, each in enumerate(claims)
        for opposite in each.opposites.values()
    ]
    return [
        each.without_opposites(
            frozenset(
                word
                for word, opposite in each.opposites.items()
                for other, original, near in said
                if other != number
                and _same_sense(original, word, opposite.original)
                and not near.isdisjoint(opposite.near)
            )
        )
        for number, each in enumerate(claims)
    ]


def _same_sense(attached: str, word: str, original: str) -> bool:
    """Whether another point's ``attached`` word says what the answer's ``word`` says in
    place of the point's ``original``: the word itself, or another antonym of the original
    ("prevents write skew" beside "allows write skew": "blocked" speaks of either)."""
    return attached == word or attached in OPPOSITES.get(original, frozenset())


def conceded(words: Sequence[Word]) -> frozenset[str]:
    """The stems a key point itself calls optional: those of the few words after "optional"
    ("support optional custom aliases and expiry") or before "harmless" ("a slightly stale
    count is harmless"), and any it waves away."""
    found: set[str] = set()
    for index, word in enumerate(words):
        if word.lower in CONCEDING:
            found.update(
                s for after in words[index + 1 : index + 1 + REACH * 2] for s in after.stems
            )
        elif word.lower in HARMLESS:
            found.update(
                s for before in words[max(0, index - REACH * 2) : index] for s in before.stems
            )
        elif word.first and is_dismissed(words, index):
            found.add(word.first)
    return frozenset(found)


def point_claims(
    words: Sequence[Word], weights: Mapping[str, float], clause_starts: Sequence[int] = ()
) -> PointClaims:
    """What the point claims; ``clause_starts``: where its clauses begin, for what each of
    its words is attached to ("after review, never from a laptop": "never" to the laptop)."""
    stems = [word.first for word in words]
    joined = _joined(words)
    affirmed, opposites, pairs = (
        _affirmed(words, stems, weights, joined),
        _opposites(words, stems, clause_starts),
        _pairs(words, stems),
    )
    prefers = not PREFERRING.isdisjoint(word.lower for word in words)
    rejecting = REJECTING | PREFERRED_OVER if prefers else REJECTING
    states = _contrasts_doings(words, rejecting) or _never_does(words, rejecting)
    advised = frozenset() if states else _named_after(words, rejecting)
    rejected = frozenset(
        found for found in advised | replaced(words) if weights.get(found, 0.0) >= DENIABLE_WEIGHT
    )
    affirmed -= rejected  # "feature detection rather than user-agent sniffing" affirms no sniffing
    # nor does what it weighs less: "structure matters more than naming the right technology"
    affirmed -= _named_after(words, COMPARED_WITH)
    affirmed -= _choices_listed(words)  # "to justify decisions such as caching or sharding"
    prevented = _named_after(words, PREVENTING) | _risked(words) | _dangers(words, clause_starts)
    affirmed -= _suffering(words)  # "where client timestamps suffer from clock skew"
    affirmed -= _had_done(words)  # "while the old chunks had been deleted"
    affirmed -= _refused_doings(words, clause_starts)  # "never store them in plain text"
    contrasts = point_contrasts(words, clause_starts)
    triggers = affirmed | set(opposites) | set(pairs) | set_against(contrasts)
    return PointClaims(
        affirmed,
        opposites,
        pairs,
        triggers,
        rejected=rejected,
        rejected_kinds=_other_kinds(advised, stems),
        rejected_where=_where_named_after(words, rejecting) if advised else frozenset(),
        prevented=prevented,
        joined=joined,
        contrasts=contrasts,
        commanded=_commanded(words, clause_starts),
        enabled=_enabled(words),
        does_without=_named_after(words, GOING_WITHOUT),
        limited=_limited(words),
        pair_names=_pair_names(words, stems, pairs),
        abbreviated=_abbreviated(words, weights) & affirmed,
    )


def _enabled(words: Sequence[Word]) -> frozenset[str]:
    """The stems the point says only are made possible, in the ENABLED_WORDS after one of
    ENABLING and nowhere else in it: "client", "revalid" of "ETag or Last-Modified let a
    client revalidate"; not after one that opens the point, a command: "Enable strict mode"
    requires it. So is a state a thing may fall into: "stale" of "reads can be stale for a
    while"; an answer that finds it harmless agrees. So is what befell a thing the point
    describes (see ``_described_state``)."""
    found: set[str] = set()
    elsewhere: set[str] = set()
    after = 0
    for at, word in enumerate(words):
        if at and (word.lower in ENABLING or _risked_state(words, at)):
            after = ENABLED_WORDS
            continue
        if after or _described_state(words, at):
            found.update(word.stems)
        elif not regular_past(word):  # "Check Deleted but Open Files" says no more of it
            elsewhere.update(word.stems)
        after = max(0, after - 1)
    return frozenset(found - elsewhere)


def _described_state(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` tells what befell a thing the point describes, after "that
    was" or "which were": "deleted" of "files that were deleted but are still held open"; a
    state, not advice, so "never rm a live log" does not deny it."""
    return (
        at > 1
        and regular_past(words[at])
        and words[at - 1].lower in BEFALLEN
        and words[at - 2].lower in DESCRIBING
    )


def _risked_state(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` opens a state a thing may fall into: "can be stale", "may
    go stale"; not a doing made possible, "browsers can cache briefly"."""
    following = words[at + 1].lower if at + 1 < len(words) else ""
    return words[at].lower in RISKING and following in FALLING_INTO


def _dangers(words: Sequence[Word], clause_starts: Sequence[int]) -> frozenset[str]:
    """What the point says lets an attacker in: the content words of the clause before "lets
    an attacker" ("comment", "render", "dangerouslysetinnerhtml" of "A comment rendered with
    dangerouslySetInnerHTML lets an attacker post ..."); avoiding them agrees."""
    found: set[str] = set()
    for at, word in enumerate(words):
        following = words[at + 1 : at + 3]
        if word.lower in ENABLING and any(later.lower in ATTACKERS for later in following):
            opens = clauses.start_of(clause_starts, at)
            found.update(earlier.first for earlier in words[opens:at] if earlier.content)
    return frozenset(found)


def _limited(words: Sequence[Word]) -> bool:
    """Whether a point sets a denial against what it says: "..., but neither removes the
    need for locking", "..., but does not replace backups"."""
    return any(
        word.lower in SETTING_AGAINST and any(later.negator for later in words[at + 1 : at + 3])
        for at, word in enumerate(words)
    )


def _commanded(words: Sequence[Word], clause_starts: Sequence[int]) -> frozenset[str]:
    """The stems of the words opening the point's clauses, an adverb aside: the doings it
    commands, "roll" of "If the SLO is burning, roll back", "read" of "Regularly read blogs";
    not "Indexing" nor "publishes" (a noun opening a clause is never said after "I
    wouldn't")."""
    found = set()
    for start in clause_starts or (0,):
        at = start
        while at < len(words) and words[at].lower.endswith(ADVERB_ENDING):
            at += 1
        doing = words[at] if at < len(words) else None
        if doing and doing.content and doing.first and is_bare(doing):
            found.add(words[at].first)
    return frozenset(found)


def pitfall_claims(
    words: Sequence[Word],
    weights: Mapping[str, float],
    stated: int,
    named: int,
    own: int,
    clause_starts: Sequence[int] = (),
) -> PointClaims:
    """A pitfall ("Not versioning APIs breaks clients") is contradicted by waving away what
    it says must not be skipped: "versioning is an anti-pattern" (or, see ``advice``, by
    recommending it, unless it is a pitfall of leaving something out), and by saying the
    opposite of what it leads to."""
    stems = [word.first for word in words]
    skipped = frozenset(
        found
        for index, found in enumerate(stems)
        if weights.get(found, 0.0) >= DENIABLE_WEIGHT and is_denied(words, index)
    )
    omission = bool(words) and words[0].lower in OMITTING
    if omission:  # what must not be skipped: "horizontal scaling" of "Not planning for ..."
        skipped |= _omitted(words, weights)
    skipped |= _required(words[stated:], weights)  # "...; the server must check every request"
    left_out = _named_after(words, LEAVING_OUT | REMEDIED_BY)
    start, end = _belief(words[:stated])
    belief = words[start:end]
    after = _leads_to(words, named)
    opposites = _opposites(words[after:], stems[after:])
    return PointClaims(
        opposites=opposites,
        beliefs=_beliefs(words, start, end, stated, clause_starts, weights),
        affirmed=skipped,
        triggers=skipped | set(opposites),
        omission=omission,
        left_out=left_out,
        ignored=_ignored(words),
        goes_without=_named_after(words, GOING_WITHOUT),
        excess=frozenset(
            later.first
            for word, later in itertools.pairwise(words)
            if word.lower == "over" and later.content
        ),
        waits_for=_named_after(words, TOO_SOON),
        alternatives=_alternatives(words, weights),
        mistakes=_mistakes(words, weights, named),
        example=_example(words[:named]),
        examples=_examples(words[:named], clause_starts),
        mistake_words=frozenset(word.lower for word in words[:own]),
        denied_of=frozenset() if omission or belief else _denied_of(words[:after]),
    )


def _other_kinds(rejected: frozenset[str], stems: Sequence[str]) -> frozenset[str]:
    """The words of what a point advises against (``rejected``) that are contraries of its
    own words (``stems``): "long" of "short-lived credentials over long-lived keys"."""
    said = frozenset(stems)
    return frozenset(
        found for found in rejected if not CONTRARIES.get(found, frozenset()).isdisjoint(said)
    )


def _denied_of(mistake: Sequence[Word]) -> frozenset[str]:
    """The stem of the content word just before each verb denied in a pitfall's ``mistake``,
    with only grammar between: "queri" of "a shard key that most queries do not contain"."""
    found = set()
    for index, word in enumerate(mistake):
        if word.lower in VERB_DENIALS:
            before = reversed(mistake[max(0, index - DENIAL_SUBJECT) : index])
            subject = next((earlier for earlier in before if earlier.content), None)
            if subject is not None:
                found.add(subject.first)
    return frozenset(found)


def _required(explained: Sequence[Word], weights: Mapping[str, float]) -> frozenset[str]:
    """What a pitfall's explanation, after its statement, says must be done: the doing, however
    common its word, and the telling terms after it: "check", "request" of "...; the server
    must check every request"; denying it ("the server doesn't need to check permissions")
    contradicts the pitfall."""
    found: set[str] = set()
    for at, word in enumerate(explained):
        if word.lower in REQUIRING:
            after = [
                later for later in explained[at + 1 : at + 1 + REQUIRED_WORDS] if later.content
            ]
            found.update(
                later.first
                for place, later in enumerate(after)
                if place == 0 or weights.get(later.first, 0.0) >= DENIABLE_WEIGHT
            )
    return frozenset(found)


def _omitted(words: Sequence[Word], weights: Mapping[str, float]) -> frozenset[str]:
    """What a pitfall of leaving something out says must be done, up to what skipping it
    leads to: "plan", "horizont", "scale" of "Not planning for horizontal scaling can lead to
    bottlenecks"."""
    done = itertools.takewhile(lambda word: word.lower not in OMISSION_ENDS, words[1:])
    return frozenset(
        word.first
        for word in done
        if word.content and weights.get(word.first, 0.0) >= DENIABLE_WEIGHT
    )


def _leads_to(words: Sequence[Word], named: int) -> int:
    """Where a pitfall starts saying what its mistake leads to, whose opposite is a wrong
    claim ("makes writes faster" against "Over-indexing leads to slower writes"); the
    mistake's own words are not ("a public repo" against "Making the repository private")."""
    return min(next((at for at, word in enumerate(words) if word.lower in LEADS_TO), named), named)


def _examples(
    mistake: Sequence[Word], clause_starts: Sequence[int] = ()
) -> tuple[frozenset[str], ...]:
    """The stems of each example a pitfall's ``mistake`` lists after "such as", split at "or",
    "and" and commas (``clause_starts``), of those that hold two to four words of meaning
    ("internal state", "class names", "snapshots of whole pages"); none for a list of one,
    which ``_example`` reads."""
    at = _such_as(mistake)
    if not at:
        return ()
    listed = itertools.takewhile(lambda word: word.lower not in LIST_ENDS, mistake[at:])
    items: list[list[str]] = [[]]
    for place, word in enumerate(listed, start=at):
        if word.lower in JOINING or (place in clause_starts and items[-1]):
            items.append([])
        if word.content and word.lower not in JOINING:
            items[-1].append(word.first)
    found = [frozenset(item) for item in items if EXAMPLE_WORDS <= len(item) <= LISTED_WORDS]
    return tuple(found) if len(items) > 1 else ()


def _choices_listed(words: Sequence[Word]) -> frozenset[str]:
    """The stems of the choices a point lists after "such as" ("justify decisions such as
    caching or sharding"): ways a decision may go, none of them affirmed, so that deciding
    against one ("sharding isn't needed on day one") is a decision too."""
    found: set[str] = set()
    for at in _after_such_as(words):
        if at >= CHOSEN_FROM and words[at - CHOSEN_FROM].lower in CHOICES:
            listed = itertools.takewhile(lambda word: word.lower not in LIST_ENDS, words[at:])
            found.update(stem for word in listed if word.content for stem in word.stems)
    return frozenset(found)


def _after_such_as(words: Sequence[Word]) -> Iterator[int]:
    """Where each example after "such as" opens in ``words``."""
    return (
        index + 2
        for index in range(len(words) - 1)
        if words[index].lower == "such" and _next_is(words, index, "as")
    )


def _such_as(mistake: Sequence[Word]) -> int:
    """Where the example after "such as" opens in a pitfall's ``mistake``; 0 for none, and
    for an example of something the mistake is done with or for (see ``_example``)."""
    at = next(_after_such_as(mistake), 0)
    return 0 if any(word.lower in DONE_WITH for word in mistake[: max(0, at - 2)]) else at


def _example(mistake: Sequence[Word]) -> frozenset[str]:
    """The stems of the example of what a pitfall's ``mistake`` does, named after "such as",
    when it is two words: "thread", "lock" of "Using an in-process lock such as
    threading.Lock"; none for one word ("such as prices or stock levels") or more, which an
    answer seldom says whole, nor for an example of something else the mistake is done with
    or for ("Using events for a request that needs an immediate answer, such as validating a
    card": validating a card is no mistake)."""
    at = _such_as(mistake)
    if not at:
        return frozenset()
    named = list(itertools.takewhile(lambda word: word.lower not in EXAMPLE_ENDS, mistake[at:]))
    content = [word.first for word in named if word.content]
    return frozenset(content) if len(content) == EXAMPLE_WORDS else frozenset()


def _mistakes(words: Sequence[Word], weights: Mapping[str, float], named: int) -> frozenset[str]:
    """The stems (MISTAKE_WEIGHT) of the mistakes a pitfall names, not of what they lead
    to: its first ``named`` words up to a word LEADS_TO ("which", "so", "can lead to"), and
    the head of each further mistake it names after "or" ("editing state by hand" of "...,
    or editing state by hand instead of using mv"); not the thing a word turns round
    (REVERSING): "an inverted pyramid" is the mistake, the pyramid is not; nor the word that
    opens a belief ("Believing", "Saying") nor the belief a saying is held "as if"."""
    found: set[str] = set()
    held_from = _held_as_if(words)
    for start in [-1, *_cuts(words)]:
        past = min(named if start < 0 else len(words), held_from)
        head = next((at for at in range(start + 2, past) if words[at].lower in LEADS_TO), past)
        found.update(
            s
            for at in range(start + 1, head)
            if not (at and words[at - 1].lower in REVERSING) and words[at].lower not in BELIEVING
            for s in words[at].stems
            if weights.get(s, 0.0) >= MISTAKE_WEIGHT
        )
    return frozenset(found)


def _held_as_if(words: Sequence[Word]) -> int:
    """Where "as if" opens the belief a saying is held as, whose words are no part of the
    mistake ("Saying "pick any two" as if a distributed system could ..."); past the end
    for none."""
    return next(
        (
            at
            for at in range(len(words) - 1)
            if words[at].lower == "as" and words[at + 1].lower == "if"
        ),
        len(words),
    )


def _cuts(words: Sequence[Word]) -> list[int]:
    """Where "or" opens another mistake a pitfall names: "..., or editing state by hand",
    "services that must be deployed together or that call each other in long chains"."""
    return [
        index
        for index in range(1, len(words) - 1)
        if words[index].lower == "or"
        and (words[index + 1].lower.endswith("ing") or words[index + 1].lower in RELATIVES)
    ]


def _alternatives(
    words: Sequence[Word], weights: Mapping[str, float]
) -> tuple[frozenset[str], ...]:
    """The stems of each mistake a pitfall names, split where "or" opens another action
    ("..., or editing state by hand"), each also by its head alone: the words before what it
    leads to ("using sticky sessions" of "using sticky sessions that keep traffic on an
    overloaded instance"); () when it names one mistake and says nothing of what it leads to."""
    cuts = _cuts(words)
    found: list[frozenset[str]] = []
    for start, end in zip([0, *cuts], [*cuts, len(words)], strict=True):
        found.append(_stems_in(words[start:end], weights))
        head = next((at for at in range(start + 2, end) if words[at].lower in LEADING_TO), end)
        stems = _stems_in(words[start:head], weights)
        if head < end and len(stems) >= HEAD_STEMS:
            found.append(stems)
    return tuple(found) if len(found) > 1 else ()


def _beliefs(
    words: Sequence[Word],
    start: int,
    end: int,
    stated: int,
    clause_starts: Sequence[int],
    weights: Mapping[str, float],
) -> tuple[Belief, ...]:
    """The belief a pitfall's statement names (from ``start`` to ``end``, restricted by what
    follows up to ``stated``), and the one a saying is held "as if": "a distributed system
    could give up partition tolerance" of "Saying "pick any two of the three" as if ...".
    """
    beliefs = [_belief_of(words[start:end], words[end:stated], weights)]
    if [word.lower for word in words[stated : stated + 2]] == ["as", "if"]:
        past = next((at for at in clause_starts if at > stated), len(words))
        held = _belief_of(words[stated + 2 : past], (), weights)
        beliefs.append(replace(held, last=_last_of(words[stated + 2 : past], held.stems)))
    return tuple(belief for belief in beliefs if belief.stems)


def _belief_of(
    belief: Sequence[Word], after: Sequence[Word], weights: Mapping[str, float]
) -> Belief:
    stems = _affirmed_stems([word for word in belief if word.lower not in BELIEVING], weights)
    return Belief(
        stems=stems,
        sides=_sides(belief, weights),
        denies=any(denies(word) for word in belief),
        compares=any(word.lower in COMPARING for word in belief),
        likens=_likens(belief),
        head=_head_of(belief),
        later=frozenset(found for word in belief[1:] if word.content for found in word.stems),
        unless=_restricted_to_not(after, weights),
        says_for=bool(for_what(belief)),
    )


def _last_of(belief: Sequence[Word], stems: frozenset[str]) -> str:
    return next((word.first for word in reversed(belief) if word.first in stems), "")


def _belief(statement: Sequence[Word]) -> tuple[int, int]:
    """Where the belief a pitfall's statement names starts and ends ("a Kubernetes Secret is
    encrypted" of "Believing a Kubernetes Secret is encrypted"), up to what it leads to; (0, 0)
    for none."""
    if not statement:
        return 0, 0
    if statement[0].lower not in BELIEVING:
        return _believed_of_doing(statement)
    start = 2 if len(statement) > 1 and statement[1].lower == "that" else 1
    end = next(
        (at for at in range(start + 1, len(statement)) if statement[at].lower in LEADING_TO),
        len(statement),
    )
    return start, _first_of_beliefs(statement, start, end)


def _believed_of_doing(statement: Sequence[Word]) -> tuple[int, int]:
    """Where the belief a pitfall holds of what it does starts and ends: "across availability
    zones and assuming that protects against a whole-region outage" of "Spreading ...": the
    doing (what it is done to, "across availability zones") and what is believed of it, up to
    what it is believed without ("... and believing the problem is solved | without rotating
    the key"); (0, 0) for none."""
    believing = next(
        (
            at
            for at in range(1, len(statement))
            if statement[at].lower in BELIEVING and statement[at - 1].lower == "and"
        ),
        0,
    )
    if not believing:
        return 0, 0
    doing = 1 if statement[0].lower.endswith("ing") else 0  # the thing done, not "Spreading"
    said = believing + (2 if _next_is(statement, believing, "that") else 1)
    end = next(
        (at for at in range(said + 1, len(statement)) if statement[at].lower in BELIEF_ENDS),
        len(statement),
    )
    return doing, end


def _next_is(words: Sequence[Word], index: int, lower: str) -> bool:
    return index + 1 < len(words) and words[index + 1].lower == lower


def _first_of_beliefs(statement: Sequence[Word], start: int, end: int) -> int:
    """Where the first of two beliefs a pitfall names ends: at "or" after a belief said in
    full ("the default isolation level is serializable | or the same in every database");
    ``end`` for one belief, or one said of two things ("a Secret or a ConfigMap is
    encrypted")."""
    stated = False
    for at in range(start, end):
        lower = statement[at].lower
        if lower == "or" and stated:
            return at
        stated = stated or lower in BELIEF_COPULAS
    return end


def for_what(words: Sequence[Word]) -> list[Word]:
    """The content words just after each "for" in ``words``, up to FOR_WHAT_WORDS of them:
    "events" of "delegation to work for events", "every", "event" of "for every event"."""
    return [
        later
        for at, word in enumerate(words)
        if word.lower == "for"
        for later in words[at + 1 : at + 1 + FOR_WHAT_WORDS]
        if later.content
    ]


def _restricted_to_not(after: Sequence[Word], weights: Mapping[str, float]) -> frozenset[str]:
    """After a belief, the stems of a restriction to things that do not do something: "bubbl"
    of "that do not bubble" (``after`` opens where the belief ends); none otherwise."""
    if not after or after[0].lower not in RELATIVE_THAT:
        return frozenset()
    restriction = after[1 : 1 + RESTRICTION_WORDS]
    if not any(map(denies, restriction)):
        return frozenset()
    return frozenset(
        word.first for word in restriction if word.first in weights and not denies(word)
    )


def _affirmed_stems(words: Sequence[Word], weights: Mapping[str, float]) -> frozenset[str]:
    """The stems of ``words`` but those of a denial: "async code race" of "async code cannot
    race", whose denial is weighed apart."""
    return _stems_in([word for word in words if not denies(word)], weights)


def _head_of(belief: Sequence[Word]) -> frozenset[str]:
    """The stems of a belief's first word, when it has a meaning of its own: "server", "side",
    "render" of "SSR makes a page interactive"."""
    return frozenset(belief[0].stems) if belief and belief[0].content else frozenset()


def _sides(belief: Sequence[Word], weights: Mapping[str, float]) -> tuple[frozenset[str], ...]:
    """The stems on each side of the first likening, denying or stating word of a belief:
    ("replic",) and ("backup",) of "replication as a backup", ("async", "code") and ("race",)
    of "async code cannot race" (not said by "async code isn't immune"), ("default", "isol",
    "level") and ("serializ",) of "the default isolation level is serializable"; () when it
    does none of these."""
    cut = _sides_joined_at(belief)
    if not cut:
        return ()
    return _affirmed_stems(belief[:cut], weights), _affirmed_stems(belief[cut + 1 :], weights)


def _likens(belief: Sequence[Word]) -> bool:
    """Whether a belief's sides are joined by a likening: "a container like a VM"."""
    cut = _sides_joined_at(belief)
    return bool(cut) and belief[cut].lower in LIKENING


def _sides_joined_at(belief: Sequence[Word]) -> int:
    """Where the first word that joins a belief's two sides stands (see ``_joins_sides``); 0
    for none."""
    return next((at for at in range(1, len(belief)) if _joins_sides(belief[at])), 0)


def _joins_sides(word: Word) -> bool:
    """Whether ``word`` joins the two sides of a belief: "as", "like", "is", "cannot", and
    the believing that joins a doing to what is believed of it ("... zones and assuming that
    protects ...")."""
    return (
        word.lower in LIKENING
        or word.lower in BELIEF_COPULAS
        or word.lower in BELIEVING
        or denies(word)
    )


def denies(word: Word) -> bool:
    """Whether a word denies what follows it: "not", "never", "cannot", "nobody" ("Nobody
    gives you exactly-once end to end"); not "against", which opposes ("protects against an
    outage")."""
    return (word.negator and word.lower != "against") or word.lower in DENYING_TOO


def _stems_in(words: Sequence[Word], weights: Mapping[str, float]) -> frozenset[str]:
    return frozenset(s for word in words for s in word.stems if s in weights)


def _named_after(words: Sequence[Word], markers: frozenset[str]) -> frozenset[str]:
    """What the first of ``markers`` names: the LEFT_OUT_WORDS content words after it that
    the point does not say before it ("Caching personalised responses at the CDN without
    Cache-Control: private" -> control, private)."""
    cuts = _cuts(words)
    for index, word in enumerate(words):
        if word.lower in markers:
            before = {earlier.first for earlier in words[:index]}
            end = next((cut for cut in cuts if cut > index), len(words))  # the mistake's end
            # nor what a "which" says it leads to: "without backoff, which creates a storm",
            # nor how it is done: "Avoid deadlocks by taking locks in a consistent order"
            end = next((at for at in range(index + 1, end) if _ends_named(words, at)), end)
            after = (
                later.first
                for later in words[index + 1 : end]
                if later.content and later.first not in before
            )
            return frozenset(itertools.islice(after, LEFT_OUT_WORDS))
    return frozenset()


def _ends_named(words: Sequence[Word], at: int) -> bool:
    """Whether what a marker names ends before the word at ``at``: "which", or "by" and a
    doing, the way it is done ("by taking locks"); not "sort by timestamp", nor "by string
    concatenation", whose "-ing" is no verb's."""
    if words[at].lower == "which":
        return True
    if words[at].lower != "by" or at + 1 == len(words):
        return False
    doing = words[at + 1].lower
    return doing.endswith("ing") and stem(doing) != doing


def _ignored(words: Sequence[Word]) -> frozenset[str]:
    """The content stems a pitfall says after "while", up to its end: what its mistake
    ignores (see ``PointClaims.ignored``)."""
    at = next((index for index, word in enumerate(words) if word.lower == WHILE), len(words))
    return frozenset(word.first for word in words[at + 1 :] if word.content)


def _where_named_after(words: Sequence[Word], markers: frozenset[str]) -> frozenset[str]:
    """The stems of where the doing the first of ``markers`` names is done, when it names
    one: "redirect", "path" of "instead of writing them in the redirect path"; none for no
    doing ("rather than innerHTML") and for one done to a thing named ("instead of chasing a
    coverage percentage"), which the thing alone may recommend."""
    at = next((index for index, word in enumerate(words) if word.lower in markers), len(words))
    doing = next((index for index in range(at + 1, len(words)) if words[index].content), 0)
    if not doing or not words[doing].lower.endswith("ing"):
        return frozenset()
    place = next((index for index in range(doing + 1, len(words)) if words[index].content), 0)
    if not place or not any(word.lower in PLACING for word in words[doing + 1 : place]):
        return frozenset()
    cuts = _cuts(words)
    end = next((cut for cut in cuts if cut > place), len(words))
    return frozenset(word.first for word in words[place:end] if word.content)


def _refused_doings(words: Sequence[Word], clause_starts: Sequence[int]) -> frozenset[str]:
    """The stems of what a doing the point refuses is done to, up to its clause's end or a
    word that turns it round (BUT_FOR): "plain" and "text" of "never store them in plain
    text"; not "key" of "never retry without a key", which the point asks for."""
    found: set[str] = set()
    for index, word in enumerate(words):
        verb = index + 1
        if word.lower not in REFUSING_A_DOING or verb >= len(words) or not words[verb].content:
            continue  # "never with MD5": no doing refused; "Prevent stampedes" names a purpose
        past = clauses.bounds(clause_starts, index, len(words))[1]
        for later in words[verb + 1 : past]:
            if later.negator or later.lower in BUT_FOR:
                break
            found.update(later.stems if later.content else ())
    return frozenset(found)


def _suffering(words: Sequence[Word]) -> frozenset[str]:
    """What the point says suffers, and so does not affirm: the SUFFERED_WORDS content words
    before the first of SUFFERING ("client", "timestamp" of "where client timestamps suffer
    from clock skew"); calling them unreliable agrees with the point."""
    at = next((index for index, word in enumerate(words) if word.lower in SUFFERING), 0)
    before = (word.first for word in reversed(words[:at]) if word.content)
    return frozenset(itertools.islice(before, SUFFERED_WORDS))


def _had_done(words: Sequence[Word]) -> frozenset[str]:
    """The doings a point tells in the past perfect ("the old chunks had been deleted"): what
    happened before the failure it explains, which it does not affirm; calling them a
    mistake agrees with the point."""
    done: set[str] = set()
    for at, word in enumerate(words[:-1]):
        if word.lower != HAD:
            continue
        told = at + 2 if words[at + 1].lower == BEEN and at + 2 < len(words) else at + 1
        if words[told].content:
            done.add(words[told].first)
    return frozenset(done)


def _never_does(words: Sequence[Word], markers: frozenset[str]) -> bool:
    """Whether the first of ``markers`` is "never" telling what a thing does, its verb in -s
    after the thing: "so a marketing blast never delays password resets" advises against no
    password resets; not "never store them in plain text", "reads, never the primary"."""
    at = next((index for index, word in enumerate(words) if word.lower in markers), -1)
    if at < 1 or at + 1 >= len(words) or words[at].lower != NEVER:
        return False
    return words[at - 1].content and ends_in_s(words[at + 1])


def _contrasts_doings(words: Sequence[Word], markers: frozenset[str]) -> bool:
    """Whether the first of ``markers`` sets what a thing keeps doing against what it does
    not: "watch the heap keep growing instead of returning to a baseline" describes a leak;
    it advises against nothing."""
    at = next((index for index, word in enumerate(words) if word.lower in markers), 0)
    return keeps_doing(words, at)


def replaced(words: Sequence[Word]) -> frozenset[str]:
    """What ``words`` say is replaced: up to LEFT_OUT_WORDS content words after the first of
    REPLACING, and none past "with" or "for" ("Replacing a clickable div with a native button",
    "swap a clickable div for a button" -> clickable, div)."""
    for index, word in enumerate(words):
        if word.lower in REPLACING:
            named = itertools.takewhile(
                lambda later: later.lower not in REPLACED_WITH, words[index + 1 :]
            )
            content = (later.first for later in named if later.content)
            return frozenset(itertools.islice(content, LEFT_OUT_WORDS))
    return frozenset()


def turned_into(words: Sequence[Word]) -> frozenset[str]:
    """What ``words`` say is made into something else: up to LEFT_OUT_WORDS content words
    before the first of BECOMING ("a clickable div should become a real button"), or between
    one of TURNING and "into" ("turn every clickable div into a button")."""
    for index, word in enumerate(words):
        if word.lower in BECOMING:
            named: Iterable[Word] = reversed(words[:index])
        elif word.lower in TURNING and any(later.lower == "into" for later in words[index:]):
            named = itertools.takewhile(lambda later: later.lower != "into", words[index + 1 :])
        else:
            continue
        content = (earlier.first for earlier in named if earlier.content)
        return frozenset(itertools.islice(content, LEFT_OUT_WORDS))
    return frozenset()


def mistaken_pairs(words: Sequence[Word], claims: PointClaims) -> Joined:
    """The pairs of stems a pitfall (``words``, ``claims``) says one after the other in the
    mistake it names: ("sticki", "session") of "using sticky sessions that keep traffic...";
    none of one that leaves something out or takes it away ("Not having a rollback plan",
    "Removing focus outlines"), where waving the thing away is the mistake, nor of what a
    mistake is done without ("without a unique constraint")."""
    if claims.omission or not words or words[0].lower in TAKING_AWAY:
        return frozenset()
    named = claims.mistakes - claims.left_out
    return frozenset(pair for pair in _joined(words) | _placed(words) if named.issuperset(pair))


def _placed(words: Sequence[Word]) -> Joined:
    """The pairs of stems a point says with a word of place between: ("token", "localstorag")
    of "tokens in localStorage"."""
    return frozenset(
        (first.first, then.first)
        for first, then in _across(words, PLACING)
        if _pairable(first, then)
    )


def _joined(words: Sequence[Word]) -> Joined:
    """The pairs of stems the point says one right after the other, or across "of"
    ("back-of-envelope"), both words with a meaning of their own: ("rate", "limit") of "rate
    limiting", not ("no", "extra")."""
    return frozenset(
        (first.first, then.first)
        for first, then in itertools.chain(itertools.pairwise(words), _across(words, OF))
        if _pairable(first, then)
    )


def _across(words: Sequence[Word], between: frozenset[str]) -> Iterator[tuple[Word, Word]]:
    """The pairs of words with one word of ``between`` (lowercase) between them."""
    for first, middle, then in zip(words, words[1:], words[2:], strict=False):
        if middle.lower in between:
            yield first, then


def _affirmed(
    words: Sequence[Word], stems: Sequence[str], weights: Mapping[str, float], joined: Joined
) -> frozenset[str]:
    """The telling stems the point states, not those it denies: "capacity" of "needs no
    extra capacity" is denied with the term it ends."""
    return frozenset(
        found
        for index, found in enumerate(stems)
        if _deniable(words[index], found, weights)
        and words[index].lower not in CONNECTIVES
        and not is_denied(words, index, joined)
    )


def _deniable(word: Word, found: str, weights: Mapping[str, float]) -> bool:
    """Whether the point's ``word`` (its stem ``found``) is a term whose denial changes the
    claim: rare enough, a step an interviewer expects, or a rare abbreviation."""
    return (
        weights.get(found, 0.0) >= DENIABLE_WEIGHT
        or found in ALWAYS_DENIABLE
        or _rare_abbreviation(word)
    )


def _rare_abbreviation(word: Word) -> bool:
    """Whether ``word`` is an abbreviation the glossary spells out in more than one word, rare
    as written: "TTL" ("time to live"), "SLO"; a term, though each word it stands for is
    common."""
    return len(word.stems) > 1 and rarity.weight(word.lower) >= DENIABLE_WEIGHT


def _abbreviated(words: Sequence[Word], weights: Mapping[str, float]) -> frozenset[str]:
    """The stems the point affirms only as a rare abbreviation (see ``_rare_abbreviation``)."""
    return frozenset(
        word.first
        for word in words
        if _rare_abbreviation(word) and weights.get(word.first, 0.0) < DENIABLE_WEIGHT
    )


def _opposites(
    words: Sequence[Word], stems: Sequence[str], clause_starts: Sequence[int] = ()
) -> dict[str, Opposite]:
    """The antonyms of the point's words, each with what the point attaches its word to; none
    of a word the point denies ("no longer in a closed path" says an open path)."""
    opposites = {}
    for index, found in enumerate(stems):
        for opposite in OPPOSITES.get(found, ()):
            if (
                opposite not in stems
                and not _denied_in_point(words, index)
                and not _a_price(words, index)
                and not _judged_poor(words, index)
            ):
                within = _in_clause(words, index, clause_starts)
                taken = _taken(words, stems, index, within)
                near = taken if taken is not None else _near(stems, index, REACH, within)
                near -= EMPTY_VERB_STEMS  # "caching always makes reads fast": not "make"
                sides = _two_sides(words, stems, index, near)
                opposites[opposite] = Opposite(
                    found,
                    frozenset(near),
                    words[index].lower,
                    sides,
                    of_taken=taken is not None,
                    doing=_done(words, index, within),
                    conditional=_in_condition(words, index, clause_starts),
                    after=frozenset(stems[index + 1 : index + 2 + REACH]) & near,
                )
    return opposites


def _supposed(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the word at ``index`` stands in what its clause supposes, after "if" or
    "when" and before the subject of what follows from it: "If you keep state locally you
    end up needing sticky sessions" claims nothing of keeping state locally; "if Redis is
    down we fail closed", "if Redis goes down the limiter should fail closed" claim failing
    closed."""
    opens = clauses.start_of(clause_starts, index) if clause_starts else 0
    supposing = [at for at in range(opens, index) if words[at].lower in SUPPOSING]
    return bool(supposing) and not any(
        words[at].lower in FOLLOWING_FROM for at in range(supposing[-1] + 2, index)
    )


def _in_condition(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the word at ``index`` stands in a condition, after "when", "if" or "where" in
    its clause: "choose write-through only when the cache must always be fresh" says what a
    case needs; "always use it when..." is no condition."""
    opens = clauses.start_of(clause_starts, index) if clause_starts else 0
    return any(word.lower in SUPPOSING for word in words[opens:index])


def _two_sides(
    words: Sequence[Word], stems: Sequence[str], index: int, near: set[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The content stems of the point on the side of ``index`` of its "while" or "whereas",
    and on the other side, each without the other's and without the word's own terms
    (``near``); none for a point that weighs no two sides."""
    turn = next((at for at, word in enumerate(words) if word.lower in OTHER_SIDE), -1)
    if turn < 0:
        return frozenset(), frozenset()
    before = {stems[at] for at in range(turn) if words[at].content}
    after = {stems[at] for at in range(turn + 1, len(words)) if words[at].content}
    own, other = (before, after) if index < turn else (after, before)
    shared = own & other | near | {stems[index]}
    return frozenset(own - shared), frozenset(other - shared)


def _judged_poor(words: Sequence[Word], index: int) -> bool:
    """Whether the point's word at ``index`` names what something is poor for, which is no
    claim of it: "good for alerting but poor for high-cardinality detail" does not say that
    cardinality should be high."""
    return any(word.lower in POOR for word in words[max(0, index - POOR_REACH) : index])


def _a_price(words: Sequence[Word], index: int) -> bool:
    """Whether the point's word at ``index`` names the price of what the point speaks of,
    not a claim: "decouples services, at the cost of eventual consistency" does not say
    that a system must be eventually consistent."""
    return any(
        (words[at].lower, words[at + 1].lower) == COST_OF
        for at in range(max(0, index - PRICE_REACH), index - 1)
    )


def _denied_in_point(words: Sequence[Word], index: int) -> bool:
    """Whether the key point denies its word at ``index``: "not in a closed path", "no longer
    in a closed path" (with only grammar between), not "no-cache, so users always get"."""
    if is_denied(words, index):
        return True
    at = index - 1
    while at > 0 and index - at < NEGATION_REACH + 1 and words[at].function:
        at -= 1
    return at > 0 and (words[at - 1].lower, words[at].lower) == NO_LONGER


def _coordinated(words: Sequence[Word], index: int) -> tuple[int, int]:
    """The words from which the word at ``index`` may take what it is attached to: not
    those before an "and", "or" or "but" that opens its part of a coordination ("etcd or
    Spanner and reject writes" attaches nothing to Spanner)."""
    first = index
    while first > 0 and index - first < REACH and words[first - 1].lower not in COORDINATING:
        first -= 1
    return first, len(words)


def _in_clause(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> tuple[int, int]:
    """The words of an answer from which the word at ``index`` may take what it is attached
    to: those of its part of a coordination (see ``_coordinated``), in its own clause ("for
    anything user-specific, never public" attaches "never" to nothing of the user)."""
    first, past = clauses.bounds(clause_starts, index, len(words))
    return max(first, _coordinated(words, index)[0]), past


def _taken(
    words: Sequence[Word], stems: Sequence[str], index: int, within: tuple[int, int]
) -> set[str] | None:
    """For "always" or "never" at ``index`` just before a verb too empty to say anything,
    the stems of what that verb takes, its FREQUENCY_REACH words after it ``within`` (first,
    past) its clause: what the word is said of ("users always get the HTML" says that of the
    HTML); None for any other word."""
    verb = index + 1
    if words[index].lower not in FREQUENCY or verb >= within[1]:
        return None
    if stems[verb] not in EMPTY_VERB_STEMS:
        return None
    return _near(stems, verb, FREQUENCY_REACH, (verb + 1, within[1]))


def _done(words: Sequence[Word], index: int, within: tuple[int, int]) -> str:
    """The stem of the doing "always" or "never" at ``index`` is said of, the word just after
    it ``within`` its clause when that is a word with a meaning: "map" of "always maps"; ""
    for any other word."""
    after = index + 1
    if words[index].lower not in FREQUENCY or after >= within[1] or not words[after].content:
        return ""
    return words[after].first


def _another_doing(
    opposite: Opposite, words: Sequence[Word], index: int, within: tuple[int, int]
) -> bool:
    """Whether the answer's "always" or "never" at ``index`` is said of another doing than
    the point's word is: "never reach" of "always maps"."""
    done = _done(words, index, within)
    return bool(opposite.doing and done) and done != opposite.doing


def _near(
    stems: Sequence[str], index: int, reach: int, within: tuple[int, int] | None = None
) -> set[str]:
    """The stems within ``reach`` words of ``index``, and ``within`` (first, past) if given."""
    first, past = within or (0, len(stems))
    window = stems[max(first, index - reach) : min(past, index + reach + 1)]
    return {s for s in window if s and s != stems[index]}


def _pairs(words: Sequence[Word], stems: Sequence[str]) -> dict[str, str]:
    """ "GET for reading, POST for creating" -> {get: read, post: creat}: pairs listed one
    after another, each within LISTED_WITHIN words of the next ("processes for blocking work,
    but neither removes the need for locking" lists nothing)."""
    joins = [
        index
        for index in range(1, len(words) - 1)
        if words[index].lower in PAIRING_WORDS and _pairable(words[index - 1], words[index + 1])
    ]
    partners: dict[str, set[str]] = {}
    for index in joins:
        if any(0 < abs(index - other) <= LISTED_WITHIN for other in joins):
            partners.setdefault(stems[index - 1], set()).add(stems[index + 1])
    pairs = {  # a term paired with two partners ("Paint for load ... Paint for response") is none
        term: next(iter(found))
        for term, found in partners.items()
        if len(found) == 1 and found.isdisjoint(partners)
    }
    if len(pairs) < MIN_PAIRS or len(set(pairs.values())) < len(pairs):
        return {}
    return pairs


def _pair_names(
    words: Sequence[Word], stems: Sequence[str], pairs: Mapping[str, str]
) -> dict[str, str]:
    """The word each paired term is named with, just before it, and the term's partner:
    "oidc" -> "ci" of "IAM roles for workloads and OIDC federation for CI"."""
    return {
        stems[at - 1]: pairs[stems[at]]
        for at in range(1, len(words) - 1)
        if stems[at] in pairs
        and words[at + 1].lower in PAIRING_WORDS
        and words[at - 1].content
        and stems[at - 1] not in pairs
    }


def _pairable(term: Word, partner: Word) -> bool:
    """Two terms a pairing word may join: words with a meaning of their own ("thus does not"
    pairs nothing), the partner no mere placeholder ("/static to another" after "/api to one
    group": which is "one" is the speaker's choice, and one pair alone is no list)."""
    return (
        bool(term.first and partner.first)
        and not (term.function or partner.function)
        and partner.lower not in PLACEHOLDERS
    )


def contradiction(
    claims: PointClaims,
    words: Sequence[Word],
    stems: Sequence[str],
    places: Mapping[str, Sequence[int]],
    clause_starts: Sequence[int],
    asides: frozenset[int],
) -> str:
    """Why the answer's ``words`` contradict the point, or "" when they do not.

    ``stems`` holds each word's first stem ("" for none) and ``places`` where each stands,
    so only the few places where a contradiction could start are looked at. What is quoted
    stays inside the clause that said it (``clause_starts``: where each clause opens). What
    is waved away in brackets (``asides``: where words stand in them) qualifies what goes
    before: "at-most-once (never retry, might lose it)", "purge the HTML only (hashed files
    never need purging)".
    """
    if claims.triggers.isdisjoint(places):  # the usual case, and quick
        return ""
    present = places.keys() & claims.triggers
    indexes = sorted(index for found in present for index in places[found])
    quoted = _Quoter(words, clause_starts)
    return next(_contradictions(claims, words, stems, indexes, quoted, asides), "")


def _contradictions(
    claims: PointClaims,
    words: Sequence[Word],
    stems: Sequence[str],
    indexes: Sequence[int],
    quoted: _Quoter,
    asides: frozenset[int],
) -> Iterator[str]:
    for index in indexes:
        found = stems[index]
        if (
            found in claims.affirmed
            and index not in asides
            and found not in claims.enabled
            and (found not in claims.abbreviated or len(words[index].stems) > 1)
            and (
                is_dismissed(words, index, claims.joined, quoted.clause_starts, claims.affirmed)
                or _refused(claims, words, stems, index, quoted.clause_starts)
            )
            and not _weighed(claims, words, stems, indexes, index)
            and not _scoped(words, index, quoted.clause_starts)
            and not _for_some(words, index, quoted.clause_starts)
            and not _just_one(words, index)
            and not _together(words, index, quoted.clause_starts)
            and not _the_widest(claims, words, index, quoted.clause_starts)
            and not _echoes(words, index, claims.echoed)
            and not _warned_of(
                words, stems, index, claims.warned, clauses.start_of(quoted.clause_starts, index)
            )
            and not _the_opposite_kind(claims, stems, index)
            and not _of_the_rejected(claims, words, stems, index)
            and not _avoided(claims.prevented, words, stems, index)
            and not (claims.limited and _unhelpful(words, index, quoted.clause_starts))
            and not _done_to_another(claims.affirmed, words, index)
            and not _done_without(claims.does_without, words, index, quoted.clause_starts)
        ):
            yield _waved_away_note(quoted, index)
        opposite = claims.opposites.get(found)
        if (
            opposite
            and opposite.conditional
            and not _in_condition(words, index, quoted.clause_starts)
        ):
            opposite = replace(opposite, near=opposite.after)  # outside a case: what it says
        if (
            opposite
            and len(words[index].stems) == 1  # not one word of a name: "VPA tunes requests"
            and _attached(opposite, words, stems, index, quoted.clause_starts)
            and not _denied_with_its_modifier(words, index, quoted.clause_starts)
            and not _near_to(words, index)
            and not _outranks(words, index)
            and not _compared(words, index, quoted.clause_starts)
            and not _negated_twice(opposite, stems, index)
            and not _denied_after(words, index, quoted.clause_starts)
            and not _sought(words, index, quoted.clause_starts)
            and not _named_as_failing(words, index, quoted.clause_starts)
            and not _supposed(words, index, quoted.clause_starts)
            and not _ceased(words, index, quoted.clause_starts)
            and not any(
                _of_the_other_side(opposite, stems, within)
                for within in (
                    _in_clause(words, index, quoted.clause_starts),
                    clauses.bounds(quoted.clause_starts, index, len(words)),
                )
            )
        ):
            said = quoted(index, REACH, REACH)
            yield f"You said “{said}”; the key point says {opposite.written}…"
        if found in claims.pairs and words[index].lower not in FUNCTION_WORDS:
            yield from _mispaired(claims, stems, index, quoted)
        if claims.contrasts:
            reversed_contrast = reversal(
                claims.contrasts, words, stems, index, quoted.clause_starts
            )
            if reversed_contrast and not _listed_as_sought(words, index, quoted.clause_starts):
                yield reversed_contrast


def _refused(
    claims: PointClaims,
    words: Sequence[Word],
    stems: Sequence[str],
    index: int,
    clause_starts: Sequence[int],
) -> bool:
    """Whether the point's verb at ``index`` is refused outright as advice or habit, just
    after "never", "don't" or "decided not to" with only the speaker before them in the clause,
    and only the point's own words after it: "never retry", "you should never retry", "we
    don't retry deadlocked transactions", "I decided not to declare an incident", and of the
    point's thing with the verb it commands it with, "never put a content hash in the
    filename"; not "never retry a non-idempotent POST", which says when. A doing the point
    commands, opening one of its clauses ("..., roll back or shift traffic"), is refused with
    anything after it that does not say which, how much or when: "so I wouldn't roll back",
    "I wouldn't declare an incident for a blip", not "I wouldn't add an index on every
    column"."""
    at = index - 1
    opens, past = clauses.bounds(clause_starts, index, len(words))
    at = _past_commanded_verb(claims, words, at, opens)  # "never put a content hash in"
    if _decided_against(words, at, opens):
        at -= len(DECIDED_NOT)  # "I decided not to declare an incident"
    elif at < opens or words[at].surface.lower() not in REFUSALS:
        return False
    if NO_VERB.search(words[index].lower):  # "never revalidated", "never slowness": no advice
        return False
    if _after_a_crash(words, opens, clause_starts):
        return False  # "commit to the database, crash, never publish": what a crash leaves undone
    if any(word.surface.lower() not in REFUSING for word in words[opens:at]):
        return False
    split = _split_in_two(words, stems, index)  # "roll back" for "rollback": its two words
    rest = range(index + 1 + split, past)
    if any(words[after].lower == THEN for after in rest) or _then_after(words, past):
        return False  # "don't write to the DB and then publish": an order refused
    if stems[index] in claims.commanded and _own_refusal(words, opens, at, index):
        return _refused_as_said(claims, words, rest)  # "I wouldn't declare an incident for"
    return all(
        (words[after].function and words[after].lower not in QUALIFYING)
        or stems[after] in claims.affirmed
        for after in rest
    )


def _split_in_two(words: Sequence[Word], stems: Sequence[str], index: int) -> bool:
    """Whether the point's compound read at ``index`` is said in two words ("roll back" for
    "rollback", "rolling back"), not in one misspelt ("inedx" for "index")."""
    if stems[index] == words[index].first or index + 1 == len(words):
        return False
    return stems[index] in joined_stems(words[index], words[index + 1])


def _then_after(words: Sequence[Word], past: int) -> bool:
    """Whether the clause that ends before ``past`` goes on, in its sentence, with one that
    opens with "then" and a doing: "never write to the database, then publish" refuses the
    two in that order, not the writing; not "... Then publish"."""
    return past + 1 < len(words) and words[past].surface == THEN and words[past + 1].content


def _after_a_crash(words: Sequence[Word], opens: int, clause_starts: Sequence[int]) -> bool:
    """Whether the clause before the one opening at ``opens`` tells of a failure, as it ends,
    in a sequence of events ("commit to the database, crash, never publish"): what the next
    clause refuses is what then fails to happen. Not a case supposed ("When a deploy fails, I
    never roll back"), which sets the refusal's time."""
    if not opens or words[opens - 1].first not in CRASHING:
        return False
    return words[clauses.start_before(clause_starts, opens)].lower not in SUPPOSING


def _past_commanded_verb(claims: PointClaims, words: Sequence[Word], at: int, opens: int) -> int:
    """Where a refusal of the point's thing at ``at`` + 1 would stand: before the verb the
    point commands it with and the article between ("never put a content hash in the
    filename" of "Put a content hash in every filename"); ``at`` itself for none."""
    verb = at - 1 if at > opens and words[at].article else at
    if verb > opens and words[verb].first in claims.commanded and is_bare(words[verb]):
        return verb - 1
    return at


def _own_refusal(words: Sequence[Word], opens: int, refusal: int, index: int) -> bool:
    """Whether the speaker refuses the doing at ``index`` themselves, in its bare form: "so I
    wouldn't roll back", not "so you never read uncommitted rows", which says what happens,
    nor "never loading lazy"."""
    speaking = any(word.surface.lower() in SPEAKING for word in words[opens:refusal])
    return speaking and is_bare(words[index])


def _refused_as_said(claims: PointClaims, words: Sequence[Word], rest: range) -> bool:
    """Whether what follows a doing refused (``rest``, up to its clause's end) leaves it as
    the point says it: nothing, or the point's own thing first ("an incident for a blip"),
    and nothing that says which, how much or when ("an index on every column"); not another
    thing ("never assume exactly once" against "Assume at-least-once delivery")."""
    if any(words[after].lower in QUALIFYING for after in rest):
        return False
    thing = next(
        (
            after
            for after in rest
            if not words[after].function
            and (words[after - 1].first, words[after].first) not in claims.joined
        ),
        None,
    )  # past the rest of the doing's own term: "back" of "roll back"
    return thing is None or words[thing].first in claims.affirmed


def _decided_against(words: Sequence[Word], at: int, opens: int) -> bool:
    """Whether the words up to ``at`` say the speaker decided against what follows: "decided
    not to", "chose not to" (in a clause opening at ``opens``)."""
    first = at - len(DECIDED_NOT)
    return (
        first >= opens
        and words[first].lower in DECIDING
        and tuple(word.lower for word in words[first + 1 : at + 1]) == DECIDED_NOT
    )


def _the_opposite_kind(claims: PointClaims, stems: Sequence[str], index: int) -> bool:
    """Whether the term at ``index`` follows the antonym of the point's word for it: "strong
    consistency isn't needed" waves away the other kind of what the point says ("eventual
    consistency"), and agrees with it."""
    opposite = claims.opposites.get(stems[index - 1]) if index > 0 else None
    return opposite is not None and stems[index] in opposite.near


def _of_the_rejected(
    claims: PointClaims, words: Sequence[Word], stems: Sequence[str], index: int
) -> bool:
    """Whether the term at ``index`` describes what the point rejects, right after it or
    after "on", "with" or the like (DONE_ON): "I avoid long-lived keys" waves away the keys of
    "short-lived credentials over long-lived keys", and "I'd avoid asserting on internal
    state" the asserting of "rather than on internal state", and agree with them; not "any
    margin above 5x" of "7x rather than 5x". Or a word just before it names the other kind,
    which the point rejects: "I avoid long-lived secrets" of "short-lived credentials (Vault
    database secrets) over long-lived static keys"."""
    after = index + 1
    if after + 1 < len(words) and words[after].lower in DONE_ON:
        after += 1  # "on" of "asserting on internal state"
    if after < len(stems) and stems[after] in claims.rejected:
        return True
    return not claims.rejected_kinds.isdisjoint(stems[max(0, index - KIND_WORDS) : index])


def _warned_of(
    words: Sequence[Word], stems: Sequence[str], index: int, warned: Joined, opens: int
) -> bool:
    """Whether the term at ``index`` is said with its neighbour, or with a word of place
    between, as a pitfall of the question names its mistake: "I avoid sticky sessions", "I
    don't keep tokens in localStorage" wave away what the guide warns of; or after a word
    (in its clause opening at ``opens``) that a pitfall names its mistake with, before another
    word: "boolean-like columns aren't worth indexing" beside "a boolean flag"."""
    if not warned:
        return False
    if _kind_warned_of(words, stems, index, warned, opens) or _done_to_warned(stems, index, warned):
        return True
    nearest = [index + 1, index - 1]
    if index + 2 < len(words) and words[index + 1].lower in PLACING:
        nearest.append(index + 2)
    if index > 1 and words[index - 1].lower in PLACING:
        nearest.append(index - 2)
    return any(
        0 <= other < len(stems) and (stems[min(index, other)], stems[max(index, other)]) in warned
        for other in nearest
    )


def _done_to_warned(stems: Sequence[str], index: int, warned: Joined) -> bool:
    """Whether the doing at ``index`` is done to two words a pitfall names its mistake with,
    side by side in the words after it: "steer clear of deploying a latest tag" beside
    "Deploying the latest tag"."""
    following = [
        at for at in range(index + 1, min(len(stems), index + 1 + DONE_TO_REACH)) if stems[at]
    ]
    return any(
        (stems[first], stems[second]) in warned for first, second in itertools.pairwise(following)
    )


def _kind_warned_of(
    words: Sequence[Word], stems: Sequence[str], index: int, warned: Joined, opens: int
) -> bool:
    """Whether the term at ``index`` follows, in its clause, a word that opens a pitfall's
    mistake (or that word and "like", or that word and "or" or "or other" before the term's
    own qualifiers): "boolean-like columns", "a boolean or (other) low-cardinality column" are
    of the kind a pitfall's "boolean flag" warns of."""
    before = index - 2 if index > 1 and words[index - 1].lower == LIKE else index - 1
    joins = next(
        (
            at
            for at in range(index - 1, max(opens, index - 1 - OTHER_KIND_REACH), -1)
            if words[at].lower in JOINS_A_KIND
        ),
        -1,
    )
    if joins > opens:  # "a boolean or low-cardinality column", "a boolean or other ..."
        before = joins - 1
    return (
        before >= opens
        and words[before].content
        and any(stems[before] == first for first, _ in warned)
    )


def _echoes(words: Sequence[Word], index: int, echoed: Mapping[str, frozenset[str]]) -> bool:
    """Whether the words waving the term at ``index`` away, after it or just before it, are
    the key points' own, said of the same things: "extension headers are optional" where a point
    speaks of "optional headers", "I'd remove the secret" where one says "Remove the
    secret"; not "remove width and height" where one says "remove or delay third-party
    scripts"."""
    if not echoed:
        return False
    around = words[max(0, index - NEGATION_REACH - 1) : index + 2 * DISMISSAL_REACH]
    term = words[max(0, index - 1) : index + 2]  # and the words beside it: "extension headers"
    said = frozenset(s for word in term for s in word.stems)
    return any(not said.isdisjoint(echoed.get(word.lower, ())) for word in around)


def echoes(said: Iterable[Sequence[Word]]) -> dict[str, frozenset[str]]:
    """The ECHOABLE words the key points (``said``: each one's words) use, each with the
    stems said within ECHO_REACH words of it: "remove" -> "secret" of "Remove the secret
    from the history"."""
    found: dict[str, set[str]] = {}
    for words in said:
        for at in range(len(words)):
            echoable = _echoable(words, at)
            if echoable:
                near = words[max(0, at - ECHO_REACH) : at + ECHO_REACH + 1]
                found.setdefault(echoable, set()).update(s for w in near for s in w.stems)
    return {word: frozenset(stems) for word, stems in found.items()}


def _echoable(words: Sequence[Word], at: int) -> str:
    """The ECHOABLE word ``words[at]`` is: itself, or "disable" for the "off" of "turn off"
    ("turn off the feature flag" is echoed by "disable the checkout behind its flag"); "" for
    none."""
    word = words[at].lower
    if word in ECHOABLE:
        return word
    return DISABLE if word == OFF and at and words[at - 1].lower in SWITCHING else ""


def _weighed(
    claims: PointClaims,
    words: Sequence[Word],
    stems: Sequence[str],
    indexes: Sequence[int],
    index: int,
) -> bool:
    """Whether a term of the question waved away at ``index`` is said plainly elsewhere too:
    weighed, not dismissed ("a cache is optional for small apps; at scale, cache-aside...");
    a term the point names with the word before it is said again only with that word
    ("distributed SQL is marketing" is not weighed by "joins as in SQL")."""
    found = stems[index]
    if found not in claims.topic:
        return False
    before = stems[index - 1] if index else ""
    named = (before, found) in claims.joined
    return any(
        other != index
        and stems[other] == found
        and (not named or (other > 0 and stems[other - 1] == before))
        and not is_dismissed(words, other)
        for other in indexes
    )


def _case_needing(words: Sequence[Word], opens: int, index: int) -> bool:
    """Whether the clause opening at ``opens`` names a case by what its things need, the term
    at ``index`` among it: "where services don't need an immediate answer, I publish events",
    also by what the speaker needs ("where I don't need an immediate answer"); not advice to
    the listener or the speaker after a case ("if it's internal you don't need TLS")."""
    if words[opens].lower not in CASE_OPENING:
        return False
    told = words[opens + 1 : index]
    need = next((at for at, word in enumerate(told) if word.lower in NEEDING), None)
    if need is None or not any(word.negator for word in told[:need]):
        return False
    return SPEAKERS_DOING.isdisjoint(word.lower for word in told[1:need])  # not its subject


def _one_thing_needing(words: Sequence[Word], start: int, index: int) -> bool:
    """Whether a reason from ``start`` on, before the term at ``index``, says the one thing
    just named needs no such term: "the dashboard CSR since it needs no SEO"."""
    for at in range(start, index - 2):
        reason, subject = words[at].lower, words[at + 1].lower
        if reason in ONE_THING_REASONS and subject == "it":
            return any(word.lower in NEEDING for word in words[at + 2 : index])
    return False


def _for_some(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term waved away at ``index`` is waved away only for some things, named by
    what sets them apart just after it: "we skip fan-out for accounts with millions of
    followers", "for huge accounts"; not "skip tests for speed", nor "for bug fixes"."""
    past = clauses.bounds(clause_starts, index, len(words))[1]
    after = [word.lower for word in words[index + 1 : min(past, index + 1 + FOR_REACH)]]
    if "for" not in after:
        return False
    at = index + 2 + after.index("for")  # the first word of what "for" names
    return any(word.lower in SETTING_APART for word in words[at : min(past, at + SOME_REACH)])


def _near_to(words: Sequence[Word], index: int) -> bool:
    """Whether the answer's word at ``index`` says how near a thing is: "close to useless" is
    no "closed" against a point's "open"."""
    following = words[index + 1].lower if index + 1 < len(words) else ""
    return words[index].lower == NEAR and following == "to"


def _compared(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the antonym at ``index`` compares two things the answer names, as what it
    says of a thing before it, with "than" after that in its clause: "password resets on a
    higher priority queue than marketing" says nothing against "digests batch low-priority
    notifications"; not "keep specificity higher than the library's", against "Keep
    specificity low"."""
    compared = index + 1 < len(words) and words[index + 1].content
    if not compared or not words[index].lower.endswith(COMPARATIVE_ENDING):
        return False
    past = clauses.bounds(clause_starts, index, len(words))[1]
    return any(word.lower == THAN for word in words[index + 1 : min(past, index + 1 + THAN_REACH)])


def _outranks(words: Sequence[Word], index: int) -> bool:
    """Whether the antonym at ``index`` says which of two things wins, a rule told, not
    advice: "the one with higher specificity wins" against "Keep specificity low"; not
    "strong consistency wins here", a preference."""
    return (
        index > 0
        and words[index - 1].lower in HAVING_THE
        and any(word.lower in OUTRANKING for word in words[index + 1 : index + 1 + RANK_REACH])
    )


def _just_one(words: Sequence[Word], index: int) -> bool:
    """Whether the term waved away at ``index`` is one of its kind alone: "a single snapshot
    is close to useless", "snapshots alone are useless" ask for more snapshots, and wave
    none away."""
    alone = index + 1 < len(words) and words[index + 1].lower in ALONE
    return alone or (index > 0 and words[index - 1].lower in JUST_ONE)


def _together(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term waved away at ``index`` is joined to another in its clause, which says
    the two are done at once: "don't run HPA and VPA on the same CPU metric" waves neither
    away alone; not "don't run HPA and VPA", nor "skip HPA, it reacts too slowly"."""
    opens, ends = clauses.bounds(clause_starts, index, len(words))
    near = words[max(opens, index - JOINED_WITHIN) : index + JOINED_WITHIN + 1]
    if not any(word.lower in DONE_ALONGSIDE for word in near):
        return False
    return TOGETHER.search(" ".join(word.lower for word in words[opens:ends])) is not None


def _the_widest(
    claims: PointClaims, words: Sequence[Word], index: int, clause_starts: Sequence[int]
) -> bool:
    """Whether the term waved away at ``index`` is its widest kind, named by the word before
    it in its clause, which the point does not name: "global order isn't needed" against
    "ordered by a per-conversation sequence"; not "exact counts" against a point of exact
    counts, nor "stats are exact. Caching is unnecessary"."""
    if clauses.start_of(clause_starts, index) >= index:
        return False
    before = words[index - 1]
    return before.lower in WIDEST and before.first not in claims.affirmed


def _scoped(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the clause holding ``index``, or one of the SCOPED_CLAUSES before it, opens by
    naming a small case: "For a small internal API on one server, Redis would be overkill",
    "For two services..., Kafka is overkill"; not a topic ("For a URL shortener, ...",
    "For CSRF, ... tokens are redundant"); or by what it lacks: "Without the keys, encrypted
    backups are useless", "the keys, without which encrypted backups are useless", "a backup
    without its key is useless", "backups with a lost key are noise"; or says it holds at
    times: "you sometimes don't need the queries at all"."""
    at = bisect.bisect_right(clause_starts, index)  # the clauses up to the one holding it
    if at > 1 and words[clause_starts[at - 2]].lower == "without":
        return True  # the clause just before the term's: what is useless lacks something
    opens = clause_starts[at - 1] if at else 0
    if [word.lower for word in words[opens : opens + 2]] == ["without", "which"]:
        return True  # "..., the keys, without which encrypted backups are useless"
    if any(_lacking(words, at) for at in range(max(opens, index - LACKED_REACH), index)):
        return True  # "an encrypted backup without its KMS key is useless": what it lacks
    if _not_yet(words, index, clause_starts):
        return True
    if any(word.lower in AT_TIMES for word in words[opens:index]):
        return True  # "you sometimes don't need the queries at all": only in some cases
    if _one_thing_needing(words, max(opens, index - ONE_THING_REACH), index):
        return True  # "the account dashboard CSR, since it needs no SEO"
    if at and _case_needing(words, clause_starts[at - 1], index):
        return True
    for start in clause_starts[max(0, at - 1 - SCOPED_CLAUSES) : at]:
        if words[start].lower != "for":
            continue  # most clauses: no clause's bounds looked up
        _, past = clauses.bounds(clause_starts, start, len(words))
        case = words[start + 1 : min(past, start + 1 + CASE_WORDS)]
        if any(word.lower in SMALL_CASE for word in case):
            return True
    return False


def _lacking(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` says what follows it is lacking: "without", or "lost" after
    an article ("with a lost key"); not "lost updates", a thing of its own."""
    said = words[at].lower
    if said == "without":
        return True
    return said in LOST and at > 0 and words[at - 1].lower in LOST_AFTER


def _not_yet(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the clause holding ``index`` waves it away only for now, ending on "yet" or
    "for now": "the numbers show sharding isn't needed yet"; or sets it aside as a feature
    for later: "Personalisation and multiple languages are optional extras". Not where that
    ending is of a reason given: "Load testing felt pointless because the new system didn't
    exist yet"."""
    _, past = clauses.bounds(clause_starts, index, len(words))
    ending = tuple(word.lower for word in words[max(index + 1, past - 2) : past])
    if not (ending[-1:] in PUT_ASIDE or ending in PUT_ASIDE):
        return False
    return all(word.lower not in GIVING_REASONS for word in words[index + 1 : past])


def _attached(
    opposite: Opposite,
    words: Sequence[Word],
    stems: Sequence[str],
    index: int,
    clause_starts: Sequence[int],
) -> bool:
    """Whether the opposite at ``index`` is attached to the point's term (among the words of
    its coordination, or the subject it is said of; or, both before an empty verb, what
    that verb takes: see ``_taken``), and the answer does not weigh both
    sides: the point's own word neither near it nor attached to the same term elsewhere
    ("pessimistic locking ... optimistic locking")."""
    within = _in_clause(words, index, clause_starts)
    if _another_doing(opposite, words, index, within):
        return False  # "reads for that key never reach Redis" of "a key always maps to"
    attached = _taken(words, stems, index, within)
    if attached is None and opposite.of_taken:
        return False  # "never give HTML a long max-age" takes nothing "always get" takes
    if attached is None:
        attached = _near(stems, index, REACH, within)
        attached |= _subject(words, stems, index, clauses.start_of(clause_starts, index))
    if opposite.near.isdisjoint(attached):
        return False
    if opposite.original in _near(stems, index, CONTRAST_REACH):
        return False
    return not any(
        found == opposite.original and opposite.near & _near(stems, place, REACH)
        for place, found in enumerate(stems)
    )


def _subject(words: Sequence[Word], stems: Sequence[str], index: int, opens: int) -> set[str]:
    """The stems of the short subject an opposite is said of after "is" or "are", from where
    its clause opens: "scope" of "Scope in JavaScript is dynamic"."""
    copula = index - 1
    if copula <= opens or words[copula].lower not in BELIEF_COPULAS:
        return set()
    first = copula
    while first > opens and words[first - 1].lower not in COORDINATING:
        first -= 1
    if copula - first > SUBJECT_REACH:
        return set()
    return {found for found in stems[first:copula] if found}


def _of_the_other_side(opposite: Opposite, stems: Sequence[str], within: tuple[int, int]) -> bool:
    """Whether the answer's words ``within`` the clause of an opposite (or its part of a list)
    speak of the other side of the point's "while" (see ``Opposite.sides``) and not of its
    own: "A shopping basket can keep accepting writes" and "stay available at the risk of
    serving stale data or accepting conflicting writes" agree with "balances reject writes,
    while a shopping cart can stay available"."""
    own, other = opposite.sides
    said = set(stems[within[0] : within[1]])
    return not said.isdisjoint(other) and said.isdisjoint(own)


def _avoided(
    prevented: frozenset[str], words: Sequence[Word], stems: Sequence[str], index: int
) -> bool:
    """Whether the term at ``index`` is avoided (AVOIDING just before it) where it is, or is
    beside, what the point says is ``prevented``: "you avoid dirty reads" of "which prevents
    dirty reads" agrees with the point."""
    near = (at for at in (index - 1, index, index + 1) if 0 <= at < len(stems))
    return any(stems[at] in prevented for at in near) and (
        any(word.lower in AVOIDING for word in words[max(0, index - AVOIDED_REACH) : index])
        or _so_not(words, index)
    )


def _ceased(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the word at ``index`` tells how a doing is done that its clause stops or
    avoids, the doing just after that word: "I'd stop renaming columns in a single step"."""
    first = max(clauses.start_of(clause_starts, index), index - CEASED_REACH)
    return any(
        words[at].lower in AVOIDING and words[at + 1].lower.endswith("ing")
        for at in range(first, index - 1)
    )


def _so_not(words: Sequence[Word], index: int) -> bool:
    """Whether the term at ``index`` is denied as what a remedy is for: "so you don't trigger
    a reflow", "so that nothing ever leaks"."""
    before = words[max(0, index - AVOIDED_REACH - 1) : index]
    opened = next((at for at, word in enumerate(before) if word.lower == "so"), -1)
    return opened >= 0 and any(word.negator for word in before[opened + 1 :])


def _done_to_another(affirmed: frozenset[str], words: Sequence[Word], index: int) -> bool:
    """Whether the doing at ``index`` opens a list of what the speaker avoids, done to
    something the point does not name: "What I avoid: choosing NoSQL because it scales" of
    "choose partition keys that spread the load"; not "What I avoid: indexing every column"
    of "index the columns", nor "I avoid caching"."""
    if not words[index].lower.endswith("ing") or index == 0:
        return False
    heading = [word.lower for word in words[max(0, index - AVOIDED_HEADING) : index]]
    if heading[-1:] != ["avoid"] or "what" not in heading:
        return False  # only a list of what is avoided: "What I avoid: choosing ..."
    done_to = [word for word in words[index + 1 : index + 1 + DONE_TO_WORDS] if word.content]
    return bool(done_to) and not any(word.first in affirmed for word in done_to)


def _done_without(
    does_without: frozenset[str], words: Sequence[Word], index: int, clause_starts: Sequence[int]
) -> bool:
    """Whether the doing waved away at ``index`` is done to what the point does without, in
    the DONE_TO_WORDS after it in its clause: "so you avoid passing props down" of "passes
    values down the tree without prop drilling"; not "Skip the viewport meta tag; browsers
    zoom out" of "without it mobile browsers render the page at desktop width"."""
    if not does_without or not words[index].lower.endswith("ing"):
        return False
    past = clauses.bounds(clause_starts, index, len(words))[1]
    done_to = words[index + 1 : min(past, index + 1 + DONE_TO_WORDS)]
    return any(word.content and word.first in does_without for word in done_to)


def _unhelpful(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the clause after the term at ``index`` says only that it does not help:
    "Async doesn't help either"."""
    past = clauses.bounds(clause_starts, index, len(words))[1]
    rest = " ".join(word.lower for word in words[index + 1 : past])
    return UNHELPFUL.fullmatch(rest) is not None


def _risked(words: Sequence[Word]) -> frozenset[str]:
    """What a point says may happen, just after "can", "may" or "might": a harm it warns of
    ("every layout-affecting change can trigger a reflow" -> trigger, reflow)."""
    return frozenset(
        later.first
        for at, word in enumerate(words)
        if word.lower in RISKING
        for later in words[at + 1 : at + 1 + RISKED_WORDS]
        if later.content
    )


def _denied_after(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether a word after ``index`` in its clause denies something: "making the repo private
    isn't a fix" says the antonym only to deny it."""
    past = clauses.bounds(clause_starts, index, len(words))[1]
    return any(word.negator for word in words[index + 1 : past])


def _named_as_failing(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the word at ``index`` stands in what its clause names as not working, after
    "What doesn't work is" or "What won't help is": "What doesn't work is deleting the commit
    or making the repo private" rejects both."""
    return names_what_fails(words, clauses.bounds(clause_starts, index, len(words))[0], index)


def names_what_fails(words: Sequence[Word], first: int, index: int) -> bool:
    """Whether "What doesn't work is" or the like stands from ``first`` on, before ``index``,
    or "The big mistake is" opens there, or "The mistake I see most often is", "The classic
    wrong move is": what follows it is named as not working."""
    return any(
        words[at].lower == WHAT
        and words[at + 1].negator
        and words[at + 2].lower in WORKING
        and words[at + 3].lower in COPULAS_OF_A_KIND
        for at in range(first, index - 3)
    ) or any(
        _names_a_mistake(words, at)
        and any(
            word.lower in COPULAS_OF_A_KIND
            for word in words[at + 1 : min(index, at + 2 + MISTAKE_QUALIFIED_BY)]
        )
        for at in range(first, min(first + MISTAKE_NAMED_WITHIN + 1, index - 1))
    )


def _names_a_mistake(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` names a mistake: "mistake", "trap", or a choice called
    wrong, "the classic wrong move"."""
    said = words[at].lower
    if said in MISTAKE_NAMES:
        return True
    return said in CHOICES_MADE and at > 0 and words[at - 1].lower in CALLED_WRONG


def _sought(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the word at ``index`` names what its clause looks for, just after "for" with a
    verb of looking earlier in the clause: "I reviewed our key design for low-cardinality
    keys" hunts them down, it does not design for them."""
    if index < 2 or words[index - 1].lower not in SOUGHT_AFTER:
        return False
    first = clauses.bounds(clause_starts, index, len(words))[0]
    return any(word.lower in LOOKING_FOR for word in words[first : index - 1])


def _listed_as_sought(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the clause of the word at ``index`` follows one that says what is looked for,
    a verb of looking and "for" in it: "Things I watch for in reviews: requests awaited one
    after another instead of with Promise.all" names a mistake, it advises none."""
    before = clauses.start_before(clause_starts, index)
    opens = clauses.start_of(clause_starts, index)
    if before == opens:
        return False
    lead_in = [word.lower for word in words[before:opens]]
    return any(
        word in LOOKING_FOR and not SOUGHT_AFTER.isdisjoint(lead_in[at + 1 : at + 3])
        for at, word in enumerate(lead_in)
    )


def _denied_with_its_modifier(
    words: Sequence[Word], index: int, clause_starts: Sequence[int]
) -> bool:
    """Whether the answer denies its word at ``index``, also past one word of its clause that
    qualifies it: "not stateful"; "must not keep session state locally" (of "stateless")."""
    modified = index > clauses.start_of(clause_starts, index) and words[index - 1].content
    return is_denied(words, index) or (modified and is_denied(words, index - 1))


def _negated_twice(opposite: Opposite, stems: Sequence[str], index: int) -> bool:
    """Whether the opposite at ``index`` is followed by the contrary of a term the point
    attaches its own word to, which agrees with the point: "never stale" for "always fresh"."""
    after = stems[index + 1 : index + REACH + 2]
    return any(not opposite.near.isdisjoint(CONTRARIES.get(found, ())) for found in after)


def _mispaired(
    claims: PointClaims, stems: Sequence[str], index: int, quoted: _Quoter
) -> Iterator[str]:
    # within the clause: "...the daily average. I'd plan for 7x" pairs nothing across the stop
    # what it is paired with follows it ("CSR for dashboards"): not what comes before ("SSR
    # for SEO and CSR for dashboards" pairs CSR with nothing of SSR's)
    _, past = clauses.bounds(quoted.clause_starts, index, len(stems))
    paired = set(stems[index + 1 : min(past, index + REACH + 2)])
    pairs = claims.pairs
    right = pairs[stems[index]]
    pairing = any(word.lower in PAIRING_WORDS for word in quoted.words[index + 1 : index + REACH])
    if any(word.negator for word in quoted.words[max(0, index - REFUSED_REACH) : index]):
        return  # "never use GET to change anything" pairs nothing
    if index and claims.pair_names.get(stems[index - 1]) in paired:
        return  # "OIDC roles for CI": named as the point names what it pairs with CI
    if pairing and paired & (set(pairs.values()) - {right}) and right not in paired:
        said = quoted(index, REACH, REACH)
        term = quoted.words[index].surface
        yield f"You said “{said}”; the key point pairs {term} with “{right}…”."


def waved_away(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> str:
    """Why a term waved away at ``index`` contradicts a point, quoted as every check quotes
    it, so that one claim is charged to one point (see ``scorer._charged_once``)."""
    return _waved_away_note(_Quoter(words, clause_starts), index)


def _waved_away_note(quoted: _Quoter, index: int) -> str:
    """The note for a term waved away, quoting the clause after its own too when that is
    where it is waved away: "proposed a local cache on the app servers, but I rejected it"."""
    words = quoted.words
    first, past = clauses.bounds(quoted.clause_starts, index, len(words))
    before = index - _back_to_refusal(words, max(first, index - REACH - 1), first)
    if waved_away_after(words, past) and not any(w.waves_away for w in words[first:past]):
        cut = "…" if index + TURNED_REACH + 1 < past else ""  # "whenever a server…, so avoid it"
        said = f"{quoted(index, before, TURNED_REACH)}{cut}, {quoted(past, 0, DISMISSAL_REACH)}"
    else:
        said = quoted(index, before, _to_waving_word(words, index, past))
    return f"You said “{said}”; the key point says the opposite."


def _to_waving_word(words: Sequence[Word], index: int, past: int) -> int:
    """How many words after a term waved away at ``index`` a quote takes: DISMISSAL_REACH, or
    up to the word that waves it away when that stands further on in its clause (ending at
    ``past``), and to the clause's end when that is near: "Cleanup functions in useEffect are
    mostly boilerplate", "Rolling back is usually the wrong move"."""
    reach = min(past, index + 2 * DISMISSAL_REACH)
    waving = [
        at
        for at in range(index + 1, reach)
        if words[at].waves_away or of_no_use(words[at - 1].lower, words[at].lower)
    ]
    if not waving:
        return DISMISSAL_REACH
    return max(DISMISSAL_REACH, (past if reach == past else waving[-1] + 1) - index - 1)


def _back_to_refusal(words: Sequence[Word], start: int, first: int) -> int:
    """Where a quote opening at ``start`` opens: at the negation that refuses what it would
    open with, in its clause (opening at ``first``), a reliance, a doing declined or a hedge
    between: "don't rely much on dashboards", not "rely much on dashboards"; "wouldn't use
    logs or traces", not "use logs or traces"."""
    opens = start
    while opens > first and words[opens - 1].lower in REFUSED_BEFORE:
        opens -= 1
    if opens < start or words[start].lower in REFUSED_BEFORE:
        return opens - 1 if opens > first and words[opens - 1].negator else start
    return start


@dataclass(frozen=True, slots=True)
class _Quoter:
    """Quotes the words around a place in the answer, never past its clause."""

    words: Sequence[Word]
    clause_starts: Sequence[int]

    def __call__(self, index: int, before: int, after: int) -> str:
        first, past = clauses.bounds(self.clause_starts, index, len(self.words))
        chosen = self.words[max(first, index - before) : min(past, index + after + 1)]
        return " ".join(word.surface for word in chosen)
