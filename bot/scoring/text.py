"""Text as the scorer reads it: cleaned Unicode, words, glossary, stop words, stems, weights.

Every word keeps the surface form the person typed, so feedback can quote it. A word becomes
zero or more *stems* (Snowball English, after the glossary and a British-to-American spelling
fold), each weighted by its rarity in general English, and counts as a *function word* or not,
for telling sentences from keyword lists. Text is cleaned first: NFKC (full-width letters,
ligatures), and the invisible characters that pasted text carries are removed.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz.distance import OSA

from bot.scoring import clauses, rarity

WORD = re.compile(r"[^\W_]+(?:['’\u2011][^\W_]+)*")  # "don't"; "logged‑in", see ``clean``
# For ``tokens``: each ASCII byte that is neither a letter, a digit, a space nor an apostrophe
# (a character no word holds) -> a space; the other bytes stay as they are.
SYMBOLS_TO_SPACES = bytes(
    byte if chr(byte).isalnum() or chr(byte).isspace() or chr(byte) == "'" or byte > 127 else 32
    for byte in range(256)
)
CLITIC = re.compile(r"['’](?:s|re|ll|ve|d|m)$")
BRITISH = re.compile(r"(?<=\w{3})([iy])s(e|es|ed|er|ers|ing|ation|ations)$")
WORD_CACHE_SIZE = 1 << 16
ABLE_TO = ("ibl", "ibilit")  # kept on a stem: "accessibl" of "accessible", "accessibility"
# zero-width spaces and joiners, soft hyphen, word joiner, BOM, bidi marks and isolates
INVISIBLE = dict.fromkeys(
    [
        *(0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF),
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
    ]
)

# a comparison between two terms, spaced on both sides ("R + W > N") or between two letters or
# digits ("R+W<N"), read as a word so that it can be said the other way round; not a tag
# ("<b>bold</b>"), a type ("Array<string>") nor an arrow ("->")
COMPARED = "(<=|>=|<|>|≤|≥)"
COMPARISON = re.compile(rf"(?<=[\w)]) {COMPARED} (?=[\w(])|(?<=\b[^\W_]){COMPARED}(?=[^\W_]\b)")
COMPARING_SIGNS = "<>≤≥"
COMPARED_AS = {"<": "smaller", "<=": "smaller", "≤": "smaller"}  # and the others "greater"


def word_set(text: str) -> frozenset[str]:
    """The words of a list written as text, one set."""
    return frozenset(text.split())


# Grammatical words: no meaning on their own in an answer. Dropped before measuring
# coverage, and counted to tell written sentences from a bare list of keywords.
GRAMMAR_WORDS = word_set(
    """
    a an the this that these those such
    is are was were be been being am do does did doing done has have had having
    will would shall should can could may might must
    i me my mine myself we us our ours you your yours he him his she her hers it its itself
    they them their theirs themselves im ive id
    of to for with by at on from into onto about via per as
    and or but so if then than because though although also too very just really
    basically actually maybe probably etc eg ie e g like well
    which who whom whose what when where why how there here
    """
)

# Grammatical words that do carry meaning in a technical answer, so they are kept for
# coverage: negations, quantifiers, order and direction.
MEANINGFUL_GRAMMAR_WORDS = word_set(
    """
    no not never none nothing nor all each every any some only more most less least few many
    much before after in out up down over under above below off without within between during
    """
)

# How a model answer phrases an instruction ("Use X", "Implement Y"): no meaning of its own.
INSTRUCTION_VERBS = word_set("use uses used using implement implements implemented implementing")

STOP_WORDS = GRAMMAR_WORDS | INSTRUCTION_VERBS  # dropped before measuring coverage
FUNCTION_WORDS = GRAMMAR_WORDS | MEANINGFUL_GRAMMAR_WORDS  # counted against keyword lists
# Words that deny what follows them: "not", and the ones that say so in other words
# ("prevents dirty reads", "textContent rather than innerHTML").
NEGATORS = word_set(
    """
    not no never nor none nothing neither without instead rather avoid avoids avoiding
    prevent prevents prevented preventing stop stops against
    """
)

# Words that may stand between a negation and what it denies: "no need to rotate", "can't keep
# state".
LIGHT_VERBS = word_set(
    "need needs needing ever even bother bothering necessary required requiring go going try "
    "worry waste keep keeps hold holds"
)
HEDGES = word_set("usually really normally typically generally actually")  # "don't usually"
SPARED_REACH = 4  # words between "so" and a denied need it says someone is spared
DISMISSING = word_set("need needs bother bothering necessary required worry waste")
BOTHERING = word_set("bother bothering")
STATES = word_set("be stay remain")  # after a term and "to": "no need for payments to be up"
# between two things waved away together: "don't bother with top or htop"; not "and", which
# as often opens another doing ("no need for Postgres and runs faster")
LISTING = word_set("or nor")
# ... unless what follows "and" ends its clause, the last of the things named: "skip top and
# htop."
LAST_LISTED = word_set("and")
TRYING = word_set("try trying")  # between a dismissal and the doing: "bother trying to"
# "waste weeks measuring it", "didn't waste a week on load tests"
WASTED = word_set("time effort energy hour hours day days week weeks month months")
SPENT_COUNTED = word_set("a an any much two three several")  # "waste a week", "spend two days"
SEEING = word_set("see sees saw seen seeing")  # "didn't see the point of a circuit breaker"
POINT_SEEN = word_set("the any much")  # "see the point", "see any point", "see much point"
POINT_OF = word_set("of in")  # what follows "point": what was seen no point in
# "there's no point in test restores", "no reason to bother with lsof"; not "don't point the
# DNS at"
NO_POINT = frozenset({("no", "point"), ("no", "reason")})
# after "I'd", "should": "I'd avoid a change freeze", "I'd remove the liveness probe"
ADVISED_AGAINST = word_set("avoid skip remove drop disable ignore")
SKIPPED = word_set("skipped")  # by the speaker, a practice done away with: "we skipped tests"
STAYING, AWAY, KEPT_FROM = word_set("stay steer keep"), word_set("away clear"), word_set("from of")
AVOIDED = word_set("avoided skipped removed dropped disabled ignored")  # "Caching I skipped"
AVOIDING = ADVISED_AGAINST | AVOIDED  # after a term set before the speaker
GIVING_REASONS = word_set("because since")  # after what is avoided: why, the clause goes on
ON_PURPOSE = word_set("on purpose deliberately entirely completely altogether")
# of those, the one that waves a thing away as a bidding, opening a sentence or after "and":
# "Skip caching", "..., and skip retries"; not "Avoid storing file bytes in the database",
# which heeds a warning as often as it waves advice away, nor "the server can recognize it,
# skip the charge", one of a list of deeds
BIDDEN_AGAINST = "skip"
# what a bidding is said to be, before "is to": "the fastest way ... is to skip measuring it"
WAYS = word_set("way fix trick approach plan advice answer solution move key rule")
WARNED_WAYS = word_set("mistake error pitfall trap wrong worst bad not never")
WAY_REACH = 5  # words before "is to" in which the way is named
BOTHERED_WITH = word_set("with about")  # "no need to bother with lsof", "with them"
GOING_THROUGH = word_set("through into at over")  # after a verb: "no need to dig through lsof"
BIDDING_OPENS = word_set("and then just simply so also")  # before such a bidding in its clause
# doing away with a thing, said as what helps: "Removing the width and height attributes from
# images lets them size naturally"
DOING_AWAY = word_set("removing disabling")
HELPING = word_set("helps help lets improves speeds reduces fixes")  # the benefit claimed
# verbs whose object a dismissal keeps: "state never needs to leave the component"
TAKING_FROM = ADVISED_AGAINST | word_set("leave lose exceed break")
LEAVE, LEFT_OUT = "leave", word_set("out off")  # as advice: "I'd leave requests out"
SWITCHING, OFF = word_set("switch turn"), "off"  # as advice: "I'd switch ETags off"
LEFT_OUT_REACH = 2  # words after a term in which "out" says it is left out: "them out entirely"
PAST_FROM = 4  # a word ending "ed" in more letters than this is past or a participle: "leaked"
DETERMINERS = word_set("a an the any all our your their its my this that these those such other")
MAKING = word_set("make makes made making render renders rendered")  # "makes X unnecessary"
NEEDLESS = word_set("unnecessary redundant pointless obsolete useless superfluous unneeded")
ADVISING = word_set("i we you i'd we'd you'd i’d we’d you’d should would always just")
ADVISING_MODALS = word_set("i'd we'd you'd i’d we’d you’d should would")  # their advice
WOULD = "would"  # after a thing named: what it would do, "counters would skip the hop"
# between the speaker and what they do, a habit: "I generally avoid EXPLAIN", "I always use"
HABITUALLY = word_set(
    "usually normally typically generally mostly often also then just always simply"
)
COPULA, SOMETHING = word_set("is are s"), word_set("something things")  # "is something I'd"
# after a term set first, the speaker who avoids it: "Circuit breakers I'd avoid"
SPEAKING = word_set("i we i'd we'd i’d we’d")
WITH_REACH = 5  # words of a term's "with" before the speaker who skips it
MODALS = word_set("would will should do")
SPEAKERS = word_set("i we")
# the speaker's refusal, not an inability ("can't", "couldn't")
WONT = word_set("wouldn't won't don't shouldn't never not wouldn’t won’t don’t shouldn’t")
CONDITIONAL = word_set("if when unless")
BIDDEN_NOT = word_set("don't don’t never")  # opening a clause: "Don't use a CDN"
# after what is declined, the role it is declined in: "don't use ids as labels", "never rely
# on the client to enforce it" (with RELYING); within ROLE_REACH words, before a clause opens
AS, TO = "as", "to"
ROLE_REACH = 8
NOT_A_ROLE = word_set("well much soon long far")  # "as well", "as much": no role after "as"
SUPPOSING = CONDITIONAL | word_set("where whenever wherever")  # opening a clause: a case
# between advice against a thing and the thing: "avoid talking about trade-offs"
SPEAKING_OF = word_set("talking discussing mentioning bringing raising about up")
# the doing of a practice between advice against it and the term: "avoid adding timeouts"
PRACTISING = word_set("adding using setting enabling introducing")
# a doing that only puts a term to use, so waving it away waves the term away: "reading the
# traces is pointless"; not "chasing every audit"
PLAIN_DOINGS = word_set("reading checking opening using consulting watching")
BEFORE_A_TERM = DETERMINERS | SPEAKING_OF | PRACTISING  # between such advice and the term
# time spent on a thing, which the speaker refuses to spend on it, now or then: "I wouldn't
# spend time measuring it", "I didn't waste time on load tests"
SPENDING = word_set("spend waste")  # before the time (WASTED) spent on a thing
DIDNT = word_set("didn't didn’t")
# verbs of doing a practice that, denied by the speaker, decline it: "I wouldn't add a margin"
RELYING = word_set("rely depend")  # declined with RELIED_ON: "I don't rely on tests"
RELIED_ON = word_set("on upon")
MUCH = word_set("much")  # "I don't rely much on dashboards", "I don't bother much with"
# the verbs a particle before a term goes with, declined together: "I don't rely on tests",
# "I rarely look at top"
DECLINED_WITH = {**dict.fromkeys(RELIED_ON, RELYING), "at": word_set("look")}
RARELY = word_set("rarely seldom")  # the speaker's refusal too: "I rarely use htop"
PUTTING = word_set("put set bring add build")  # declined with PUT_IN: "I wouldn't put in a"
PUT_IN = word_set("in up")
DECLINED = (
    RELYING
    | SPENDING
    | word_set("add use include enable set keep run discuss mention bring raise talk plan")
    | word_set("prepare implement read take attend follow watch")
)
COORDINATED_REACH = 12  # words back from "and skip" in which a modal gives the advice
DISMISSAL_WORDS = (
    DISMISSING
    | ADVISED_AGAINST
    | DOING_AWAY
    | SPENDING
    | word_set(
        "unnecessary optional pointless overkill useless needless antipattern anti matter needed "
        "rejected vetoed ruled dismissed overruled nixed scrapped legacy switch turn "
        "important worth job practice idea concern noise hype overrated outdated obsolete "
        "irrelevant waste formality overengineered overengineering engineered engineering "
        "redundant superfluous unneeded avoided wastes wasted point distraction premature useful "
        "complexity risky leave away clear skipped "
        "dangerous counterproductive harmful trap mistake marketing nice help bureaucracy busywork "
        "theater theatre tape guesswork band aid aids bandaid bandaids crutch too worse relevant "
        "boilerplate "
        "ignored buzzword gimmick fad overhead slows wasteful wrong hide hides mask masks "
        "overreaction bloat bloats bloated clutter clutters cluttered reason resort "
        "overcomplicated safe break breaks broke hop hops latency"
    )
)  # an answer without any of these waves nothing away
# besides DISMISSAL_WORDS, the words a dismissal after a term may end with: "never a problem",
# "doesn't add much"
ALSO_WAVING = word_set("problem issue responsibility add use")
# before "use", how much a thing is of it, waving it away: "no use", "not much use"
OF_USE = word_set("no much little any")
DISMISSAL_REACH = 4  # words after a term in which "... is optional" waves it away
OBJECT_CLAUSES = word_set("where what which how")  # after a doing: what it is done to
POSSESSIVE = ("'s", "’s")
RESTRICTING = word_set(
    "without with by using via unless if when on per for forever blindly everywhere always "
    "synchronously"
)
# opening where a point's own words may name a scope after a term waved away: "on images"
# (see ``_the_points_scope``), in at most SCOPE_WORDS words
SCOPING = word_set("on in")
SCOPE_WORDS = 4
PLACE_NAMED = word_set("there here")  # after a term: in the one place or case named before
THERE = "there"  # after a denial: in the place named before, not the question's ("here")
# just after a term, who did something to it: "a key you've lost", "the index we dropped"
DOERS = word_set("i we you they i've we've you've they've i’ve we’ve you’ve they’ve")
CLAUSE_OPENERS = word_set("because since so although though whereas they we he she")
DEMONSTRATIVES = word_set("that")  # after other words, a subject of its own: "... that is"
WITH = "with"
WITHOUT = word_set("without no not never")  # just before a term: the term left out
# Before a term, words that attach it to what a sentence speaks of: "paging on every CPU spike"
ATTACHING = word_set("as on in of for per at from into about before after until during")
RELATIVE = word_set("that which who")  # "data that is read once": the term describes the data
QUANTIFYING = word_set("every each all any some most many few half")
SOME_OF_THEM = word_set("some most many few several")  # of a subject: not all of them
SOME_REACH = 3  # words before a need in which such a subject is named: "many small pages need"
LEADING_IN = DETERMINERS | QUANTIFYING  # before a term, words of no meaning to what it is
SUBJECT_JOINING = word_set("and but or so")  # opening a clause before its subject
EXAMPLE_OF = (("like",), ("such", "as"))  # after a kind, before its example: "tools like top"
KIND_WORDS = 2  # the most words of such a kind: "monitoring tools"
JOINING_THINGS = word_set("and or")  # "newsletters and tech blogs are mostly marketing"
# before things joined, what makes them part of what came before, no subject: "..., including
# analytics and click-outside logic, so I avoid it"
INCLUDING = word_set("including especially particularly except excluding")
JOINED_MODIFIERS = 1  # words between the last "and" and the term: "tech" of "tech blogs"
JOINED_WORDS = 6  # the most words before a term in a subject that joins things
ADVERBS = word_set(
    "usually probably mostly really just basically often generally honestly also too then "
    "simply largely typically actually entirely completely totally definitely clearly nothing"
)
DISMISSED_AFTER = re.compile(
    # "order in an index is", "forums and community discussion are", "after a deadlock is",
    # "sagas with compensating actions are"; not "backups with a lost key are", one case
    r"((?:\w+ ){0,2}|\w+ (?:a|an|the) (?:\w+ ){1,2}|(?:\w+ )?(?:in|of) (?:\w+ ){1,3}|"
    r"with (?!(?:a|an|the|no) )(?:\w+ ){1,3}|"
    r"and (?:\w+ ){1,2}|such as (?:\w+ ){1,3}|(?:where|what|which|how) (?:\w+ ){1,3})"
    r"(((is|are|was|were|be|been|(?:would|will) (?:have been|be)|s|seems?|seemed|looks?|looked|"
    r"sounds?|sounded|feels?|felt|"
    r"(?<!usually )(?<!often )(?<!sometimes )(?:becomes?|became)) "
    r"((?!(not|never|no|hardly) )\w+ ){0,2}"
    r"(unnecessary|optional|pointless|overkill|useless|needless|wasteful|anti ?pattern|noise|hype|"
    r"an overreaction|"
    r"overrated|outdated|obsolete|legacy|irrelevant|a waste( of (time|money|effort))?|a formality|"
    r"bad practice|a bad idea|never a (concern|problem|issue)|over ?engineer(ed|ing)|redundant|"
    r"superfluous|unneeded|a distraction|best avoided|worth avoiding|premature( optimi[sz]ation)?|"
    r"(of )?(little|no) (real )?use|"
    r"risky|over ?complicated|"
    r"bureaucracy|busywork|theater|theatre|red tape|guesswork|(just )?(a )?band ?aids?|a crutch|"
    r"(a )?(workaround|hack)s?|hacky|"
    r"too \w+ to (be (useful|worth \w+|trusted|relied on)|act on|use|trust|rely on|bother "
    # not "a dump is useless without the key", which says what else it needs, nor "a failover
    # is useless if you can't deploy"
    r"with))(?! (without|(if|unless) (\w+ ){0,3}(not|no|nobody|never))\b))|(should|must) be "
    r"avoided|"
    r"(can|should) (safely |just |simply )?be ignored"
    # "load testing takes too long", not "takes too long to run on every commit", which says when
    r"|takes? (far |way |much )?too (long|much time)\b(?! (to|for|on|in|when|if|with|per)\b)"
    # harmful, or a waste, as a whole: see ``_harm_in_part``
    r"|(is|are|s) ((actually|really|just|basically|simply|mostly|usually) )?"
    r"(?P<harm>dangerous|counterproductive|harmful|a trap|a mistake|(?:pure )?boilerplate|"
    r"(?:an? )?(?:marketing|buzzword|gimmick|fad)(?: (?:term|thing|word|label|gimmick))?|"
    r"(?:an? (?:\w+ ){0,2})?nice to have|"
    r"(?:the )?wrong (?:tool|choice|approach|pattern|solution|fix|move|call)\b)"
    # "load balancing makes it worse", "makes CPU worse"; not "makes nothing worse"
    r"|(?P<worse>makes? (it|things|everything|matters|the (problem|issue)|(the )?(?!nothing\b)\w+) "
    r"worse)"
    # "rollbacks are rarely worth it"
    r"|(is|are|s|was|were) (rarely|seldom|hardly ever) worth (it|the (effort|trouble|time|cost))\b"
    # "rolling back is a last resort", not "a last resort for when writes outgrow one primary"
    # nor "the last resort, only if writes alone outgrow one primary"
    r"|(is|are|s|should be|must be) (only |just )?(a|the) last resort\b"
    r"(?! ((only|just) )?(for|when|if|in|where|after|once|until)\b)"
    # "cleanup functions rarely matter", "are mainly a matter of style"
    r"|(rarely|seldom|hardly ever) (really )?matters?\b"
    r"|(is|are|s) ((just|mostly|mainly|only|purely|really) ){0,2}a (matter|question) of "
    r"(style|taste|preference)\b"
    # "queuing work for later just hides the problem"
    r"|(just|only) (hides?|masks?) (the |our )?(real )?(problem|issue|failure|error|mistake)s?\b"
    # "rollback plans are overhead", "load testing only slows the team down"
    r"|(is|are|s) (just |pure |mostly |only |extra |unnecessary |needless )?overhead"
    r"|(only|just) (slows?|slowed) ((things|everything|us|it|them|the \w+) )?down"
    # "content hashes just bloat the CDN", "content hashes in filenames just break things"
    r"|(only|just) (bloats?|bloated|clutters?|cluttered)\b"
    r"|(only|just) (breaks?|broke) (things|everything|stuff)\b"
    # "connection poolers just add a network hop", "trend-based alerts just create noise"; not
    # "... and only add complexity where the load demands it", which says where to add it
    r"|(only|just) (adds?|creates?) (a |an |another |extra |more )?(\w+ )?(hops?|latency|overhead|"
    r"complexity|noise)\b(?! (where|when|if|unless|once)\b)"
    # "minification doesn't really help", "traces rarely help", "comparing snapshots doesn't
    # add much"
    r"|((not|never) (really |actually |much )?|(rarely|seldom|hardly ever) (really )?)"
    r"(?P<unhelpful>help)"
    r"|(not|never) (really |actually )?add (much|anything|any value|value)\b"
    # "detached nodes are safe to ignore"
    r"|(is|are|s|re) ((perfectly|completely|totally) )?safe to ignore\b"
    r"|(?P<waste>wastes ((the|our|a|precious) )?(\w+ )?"
    r"(time|money|effort|memory|compute|resources|cycles|month|weeks?|days?|hours?))"
    # "chunking files adds complexity without much gain"
    r"|(adds?|creates?|introduces?) ((unnecessary|needless|extra) )?(complexity|overhead) "
    r"(without (much|any|real) (gain|benefit|value)|for (little|no) (gain|benefit|value)))\b"
    # "feature flags are extra complexity for nothing"
    r"|(is|are|s) (just |mostly |only )?((unnecessary|needless|pointless) complexity|"
    r"extra complexity for (nothing|no (gain|benefit|reason)))\b"
    r"|((is|are|s) )?((just|mostly|basically|only) )?wasted? (time|money|effort)\b"
    r"|(just|only|merely|simply) (adds?|creates?|introduces?) ((unnecessary|needless|extra) )?"
    r"(complexity|overhead)\b"
    # "reconnect logic isn't something to worry about"
    r"|((is|are|s) )?(nothing|not (really )?(something|anything)) (\w+ )?to worry about\b"
)
# "... isn't really needed", "... is not our job", "... isn't a good idea", "... isn't really
# a concern": a denial, after a verb of being, that says a term is not needed; the verb tells
# it from a term that names which ("work not needed now")
DENIED_NEED_AFTER = re.compile(
    r"((?:\w+ ){0,2}|(?:\w+ )?(?:in|of) (?:\w+ ){1,3})not "
    r"(really |strictly |even |very |that |all that |particularly |terribly |especially )?"
    r"((necessary|needed|required|important|useful|helpful|relevant|"
    r"worth (it|(?P<doing>\w+ing)|the \w+)|"
    r"matter|an? (good|great) (idea|fit)|the right (fit|choice|tool))|"
    r"(our|my|your) (job|problem|concern|responsibility)|an? (real |big |major )?concern|"
    r"(of )?(much|any|real) use)\b"
)
# before what a thing is: "sagas are only for", "What doesn't work is"
COPULAS_OF_A_KIND = word_set("is are was were")
BEING = COPULAS_OF_A_KIND | word_set("be been being do does did")
# after a verb, what makes it another verb: "pushed back" is no "pushed for", "rolling back"
PARTICLES = word_set("back up off out down over")
# after a term with "no" before it: "no retry logic is needed", "no locking is required"
NONE_NEEDED = re.compile(r"(\w+ )?(is|are) ((ever|really) )?(needed|required|necessary)\b")
NONE_NEEDED_REACH = 5  # words after such a term in which its need is denied
SAME_WORD_FROM = 4  # letters a stem shares with the start of another to be a form of it
NEGATION_REACH = 3
QUOTED_WORDS = 12  # of a clause quoted in the feedback
TERM_WORDS = 3  # the most words of a term passed over before it: "anti CSRF tokens"
Joined = frozenset[tuple[str, str]]  # pairs of stems a key point says one right after the other

# Words that relate the terms around them, besides the function words: "cache plus TTL".
RELATING_WORDS = word_set(
    """
    plus versus vs through throughout across along around against toward towards upon among
    beyond behind beside inside outside near past since until unless whether while whereas once
    despite except instead rather
    """
)

NEGATIONS = word_set(
    """
    dont doesnt didnt isnt arent wasnt werent cant wont shouldnt couldnt wouldnt havent hasnt
    hadnt aint mustnt neednt
    """
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word as typed, the stems it stands for with their weights, and its grammar."""

    surface: str
    lower: str
    stems: tuple[str, ...]
    weights: tuple[float, ...]
    function: bool
    negator: bool
    first: str = ""  # the first stem, "" for a word with none
    content: bool = False  # has stems and is not a function word
    grammar: bool = False  # a grammatical word ("the", "of", "is")
    article: bool = False  # "the", "a", "an"
    waves_away: bool = False  # one of DISMISSAL_WORDS
    relates: bool = False  # a function word or one of RELATING_WORDS
    # For telling shuffled words (``honesty.shuffled``): an article or a possessive that opens
    # a noun phrase (see NOUN_OPENERS), but not a capital "A" ("A and C": node A); a
    # grammatical word, but not in capitals ("the IS team"), which after one breaks it ("the
    # of", "their with")
    counted_article: bool = False
    breaks_article: bool = False
    # a grammatical word but an article, written as a sentence opens with it ("In", "When";
    # not "I", "I'd" or "IF"): after a lowercase word, a sentence's opening shuffled in
    opens_sentence: bool = False


ARTICLES = word_set("the a an")
# possessives that, like an article, open a noun phrase: "my cache", never "my the"; not
# "its", "his" or "her", which stand alone as often ("its a trade-off", "a fix of his")
NOUN_OPENERS = ARTICLES | word_set("my our your their")
# grammatical words that written English puts after an article or a possessive: "a
# per-shard alert", "the like counter", "the id column", "the very first", "a well-known fix",
# "their then callbacks" (a promise's), "not our doing"
AFTER_ARTICLES = word_set("per like id very well then doing")
# after "the same": what the two are said to be one of ("the same thing", "the same idea")
KINDS = word_set(
    "thing things idea ideas concept concepts technique techniques technology technologies "
    "approach approaches attack attacks pattern patterns tool tools feature features mechanism "
    "mechanisms method methods strategy strategies layer layers component components kind type role"
)
_local = threading.local()


# "logged-in users", "signed-in pages": one word, which the glossary reads as "authenticated",
# joined by a non-breaking hyphen (which NFKC leaves to no answer) so it is quoted as typed;
# "logged in" apart is a doing
SIGNED_IN = re.compile(r"\b(logged|signed)-(in)\b", re.IGNORECASE)
SIGNED_IN_MARK = "d-in"  # in every such word: most answers have none, found quickly
JOINED = "\u2011"  # the hyphen that keeps such a word one


def clean(text: str) -> str:
    """NFKC without invisible characters: soft hyphens, zero-width spaces and full-width
    letters in pasted text read as the plain word; a comparison as a word ("R + W greater
    N"); "logged-in" and "signed-in" as one word each, which the glossary reads as
    "authenticated"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(INVISIBLE)).translate(INVISIBLE)
    if any(sign in text for sign in COMPARING_SIGNS):
        text = COMPARISON.sub(_compared, text)
    if SIGNED_IN_MARK in text:
        text = SIGNED_IN.sub(rf"\1{JOINED}\2", text)
    return text


def _compared(found: re.Match[str]) -> str:
    return f" {COMPARED_AS.get(found.group(1) or found.group(2), 'greater')} "


def tokens(text: str) -> list[str]:
    """``WORD.findall(text)``: the words as typed, joined by apostrophes ("don't"); quicker.

    In ASCII text, the usual case, every character but a letter, a digit, a space or an
    apostrophe separates words ("O(n)", "user_id", "read/write"): turned into spaces at once,
    in C, they leave the words between spaces, and only apostrophes ("user's", "'quoted'")
    need the pattern. Elsewhere, most words stand between spaces as they are; only a piece
    holding something other than letters and digits needs the pattern.
    """
    if text.isascii():
        spaced = text.encode().translate(SYMBOLS_TO_SPACES).decode()
        return WORD.findall(spaced) if "'" in spaced else spaced.split()
    pieces = text.split()
    if "".join(pieces).isalnum():
        return pieces
    found: list[str] = []
    for piece in pieces:
        if piece.isalnum():
            found.append(piece)
        else:
            found += WORD.findall(piece)
    return found


# stems Snowball gives some forms of a word and not others: "queued" and "queuing" stem to
# "queu", "queue" and "queues" to "queue"
UNEVEN_STEMS = {"queu": "queue"}


@lru_cache(maxsize=WORD_CACHE_SIZE)
def stem(word: str) -> str:
    """The Snowball English stem of a lowercase word, British ``-ise`` spelt ``-ize``."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
        # this function caches the stems: the C stemmer's own cache would only cost time, as
        # it sorts all it holds each time it is full
        stemmer.maxCacheSize = 0
    if "is" in word or "ys" in word:  # what BRITISH needs: most words skip the pattern
        word = BRITISH.sub(_spelt_with_z, word)
    stemmed: str = stemmer.stemWord(word)  # a str already: no call to make it one
    if "ib" in word and word.startswith(stemmed) and word[len(stemmed) :].startswith(ABLE_TO):
        return stemmed + "ibl"  # "accessibility" is not "access", "responsible" not "response"
    return UNEVEN_STEMS.get(stemmed, stemmed)


# past forms the stemmer leaves whole, as the verb's plain form, for a compound said apart:
# "fell back" of a point's "fallback", "wrote back" of "writeback"
PAST_TO_PLAIN = {
    "broke": "break",
    "broken": "break",
    "fell": "fall",
    "fallen": "fall",
    "ran": "run",
    "spun": "spin",
    "took": "take",
    "taken": "take",
    "threw": "throw",
    "thrown": "throw",
    "woke": "wake",
    "woken": "wake",
    "wrote": "write",
    "written": "write",
    "built": "build",
    "held": "hold",
    "drew": "draw",
    "drawn": "draw",
}


def joined_stems(first: Word, second: Word) -> Iterator[str]:
    """The stems of two words written as one, from the first as typed, then from its stem
    and from its plain form if it is a past the stemmer leaves whole: "rollback" of "roll
    back" and of "rolling back", "fallback" of "fell back"."""
    halves: tuple[str, ...] = (first.lower, *first.stems[:1])
    if first.lower in PAST_TO_PLAIN:
        halves += (PAST_TO_PLAIN[first.lower],)
    return (stem(half + second.lower) for half in halves)


def _spelt_with_z(british: re.Match[str]) -> str:
    """ "organis|ation" -> "organiz|ation"; a function, as a template would be parsed anew
    for every word."""
    return f"{british[1]}z{british[2]}"


def plain(token: str) -> str:
    """``don't``/``dont`` -> ``not``; ``user's`` -> ``user``; other words unchanged."""
    if token in NEGATIONS or token.endswith(("n't", "n’t")):
        return "not"
    if "'" in token or "’" in token:  # what a clitic needs: most words skip the pattern
        return CLITIC.sub("", token)
    return token


def _capitalised(token: str) -> bool:
    """Whether a word is written with a capital and the rest lowercase letters: "In", not
    "I", "I'd" or "IF"."""
    rest = token[1:]
    return token[:1].isupper() and rest.isalpha() and rest.islower()


class Normalizer:
    """Turns text into :class:`Word` values using one glossary; cached per word."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self._expansions = {
            key: tuple(plain(word) for word in WORD.findall(value.lower()))
            for key, value in glossary.items()
            if WORD.fullmatch(key) is not None
        }
        self.word: Callable[[str], Word] = lru_cache(maxsize=WORD_CACHE_SIZE)(
            self._analyse_uncached
        )  # one token as a Word, cached

    def words(self, text: str) -> list[Word]:
        return [self.word(token) for token in tokens(clean(text))]

    def _analyse_uncached(self, token: str) -> Word:
        lower = plain(token.lower())
        expanded = self._expand(lower)
        content = [part for part in expanded if part not in STOP_WORDS]
        stems = tuple(map(stem, content))
        function = FUNCTION_WORDS.issuperset(expanded)
        return Word(
            surface=token,
            lower=lower,
            stems=stems,
            weights=tuple(map(rarity.weight, content)),
            function=function,
            negator=lower in NEGATORS,
            first=stems[0] if stems else "",
            content=bool(stems) and not function,
            grammar=lower in GRAMMAR_WORDS,
            article=lower in ARTICLES,
            waves_away=lower in DISMISSAL_WORDS,
            relates=function or lower in RELATING_WORDS,
            counted_article=lower in NOUN_OPENERS and token != "A",
            breaks_article=lower in GRAMMAR_WORDS - AFTER_ARTICLES and not token.isupper(),
            opens_sentence=lower in GRAMMAR_WORDS and lower not in ARTICLES and _capitalised(token),
        )

    def _expand(self, word: str) -> tuple[str, ...]:
        """The glossary's words for ``word`` (``dbs`` as ``db``), else the word itself."""
        found = self._expansions.get(word)
        if found is None and word.endswith("s"):
            found = self._expansions.get(word[:-1])
        return found or (word,)


def of_no_use(before: str, word: str) -> bool:
    """Whether two lowercase words in a row wave a thing away by its use: "of no use", "not
    much use", "of little use"."""
    return word == "use" and before in OF_USE


def quoted(words: Sequence[Word]) -> str:
    """Words as typed, for a feedback line: the first QUOTED_WORDS of them, "…" for the rest."""
    said = " ".join(word.surface for word in words[:QUOTED_WORDS])
    return f"{said}…" if len(words) > QUOTED_WORDS else said


def is_denied(words: Sequence[Word], index: int, joined: Joined = frozenset()) -> bool:
    """A single negation just before ``words[index]``, with only grammar, a light verb ("no
    need to", "never even") or the rest of the term it ends between them (see
    ``_term_start``): "not rotate", "no need for rate limiting", not "don't scan millions"."""
    return _denied_before(words, _term_start(words, index, joined) if joined else index)


def _denied_before(words: Sequence[Word], start: int, opens: int = 0) -> bool:
    """A single negation in the NEGATION_REACH words before ``start`` (none before ``opens``,
    where its clause opens), with only grammar, a light verb or a hedge between; a hedge
    ("don't usually bother with") does not count towards the reach."""
    negations = 0
    reach = NEGATION_REACH
    at = start - 1
    while at >= max(opens, start - reach):
        word = words[at]
        if word.negator:
            negations += 1
        elif word.lower in HEDGES or word.lower in STATES or _bothered_much(words, at):
            reach += 1  # "don't usually bother with EXPLAIN", "doesn't need to be strongly"
        elif not word.function and word.lower not in LIGHT_VERBS and not _no_point(words, at):
            break
        at -= 1
    return negations == 1


def _bothered_much(words: Sequence[Word], at: int) -> bool:
    """Whether ``words[at]`` is the "much" of "don't bother much with": a hedge."""
    return at > 0 and words[at].lower in MUCH and words[at - 1].lower in BOTHERING


def _doing(words: Sequence[Word], led: int) -> int:
    """Where what leads to a term opens, with the doing of it that a dismissal names: at
    "taking" of "no point taking a backup", "reading" of "wouldn't bother reading the diff";
    ``led`` where it opens otherwise; at "to" of "no need to take a backup", but not of "never
    needs to leave the component", nor of "so other teams never need to raise a ticket",
    which says who is spared a chore; at "to" of "no need to bother with lsof" and of "no
    need to dig through lsof"."""
    if led >= 2 and words[led - 1].lower in BOTHERED_WITH and words[led - 2].lower in DISMISSING:
        bother = led - 2  # "no need to bother with lsof": what is waved away is the bothering
        needed = bother >= 2 and words[bother - 1].lower == "to"
        if needed and _dismisses(words, bother - 2):
            return bother - 1
    through = led >= 4 and words[led - 1].lower in GOING_THROUGH  # "no need to dig through"
    verb = led - 2 if through else led - 1
    if verb >= 2 and words[verb - 1].lower == "to" and _dismisses(words, verb - 2):
        advised = words[verb].content and words[verb].lower not in TAKING_FROM
        return verb - 1 if advised and not _others_spared(words, verb - 2) else led
    trying = led >= 3 and words[led - 1].lower == "to" and words[led - 2].lower in TRYING
    if trying and _dismisses(words, led - 3):
        return led - 2  # "wouldn't bother trying to reproduce it", "no point trying to"
    if led >= 2 and words[led - 1].lower in WASTED and words[led - 2].lower in DISMISSING:
        return led - 1  # "wouldn't waste time measuring it": what is waved away is the doing
    if led < 2 or not words[led - 1].content or not words[led - 1].lower.endswith("ing"):
        return led
    dismissing = _dismisses(words, led - 2)
    return led - 1 if dismissing else led


def _listed_before(
    words: Sequence[Word], start: int, index: int, clause_starts: Sequence[int]
) -> int:
    """Where the thing named just before the term from ``start`` to ``index`` stands, in its
    clause and a list of two: "top or htop", or "top and htop" when the term ends its clause
    (not "drop the approval and deploy automatically"); -1 for none."""
    if start < 2 or not words[start - 2].content:
        return -1
    joining = words[start - 1].lower
    if joining not in LISTING and (
        joining not in LAST_LISTED or not _ends_clause(index, clause_starts, len(words))
    ):
        return -1
    in_clause = not clause_starts or clauses.start_of(clause_starts, start) <= start - 2
    return start - 2 if in_clause else -1


def _ends_clause(index: int, clause_starts: Sequence[int], length: int) -> bool:
    """Whether the word at ``index`` is the last of its clause."""
    past = clauses.bounds(clause_starts, index, length)[1] if clause_starts else length
    return index + 1 >= past


def _others_spared(words: Sequence[Word], need: int) -> bool:
    """Whether the denied need at ``need`` is what something spares someone named after
    "so": "so other teams never need to raise a ticket"; not "so there's no need to", "so
    you don't need to", nor "clients don't need to send a key"."""
    at = need - 1
    while at >= 0 and words[at].negator:
        at -= 1
    named = at >= 0 and words[at].content and not words[at].grammar
    return named and any(word.lower == "so" for word in words[max(0, at - SPARED_REACH) : at])


def _no_point_seen(words: Sequence[Word], led: int, opens: int) -> bool:
    """Whether a denied "see the point of" leads to the words at ``led``, with a doing
    between or none: "I didn't see the point of a circuit breaker", "never really saw much
    point in adding retries"; not "I see the point of retries"."""
    at = led - 1
    if at > opens and words[at].content and words[at].lower.endswith("ing"):
        at -= 1  # "the point of adding retries"
    if at - 3 < opens or words[at].lower not in POINT_OF:
        return False
    seen = words[at - 1].lower == "point" and words[at - 2].lower in POINT_SEEN
    return seen and words[at - 3].lower in SEEING and _denied_before(words, at - 3, opens)


def _dismisses(words: Sequence[Word], at: int) -> bool:
    """Whether ``words[at]`` waves a need away: "need" of "no need to", "bother", or the
    "point" and "reason" of "no point", "no reason"."""
    return words[at].lower in DISMISSING or _no_point(words, at)


def _no_point(words: Sequence[Word], at: int) -> bool:
    """Whether ``words[at]`` is the "point" of "no point": a light word, like "need"."""
    return at > 0 and (words[at - 1].lower, words[at].lower) in NO_POINT


def _term_rest(words: Sequence[Word], index: int, joined: Joined) -> int:
    """How many words after ``words[index]`` go on with the term as a key point says it: one,
    "testing", after "load" of "load test"."""
    rest = index
    while rest - index < TERM_WORDS - 1 and rest + 1 < len(words):
        if (words[rest].first, words[rest + 1].first) not in joined:
            break
        rest += 1
    return rest - index


def _term_start(words: Sequence[Word], index: int, joined: Joined) -> int:
    """Where the term that ``words[index]`` ends begins, as a key point says it: at "rate" of
    "no need for rate limiting" (``joined``: the pairs of stems a point says one right after
    the other), so that what stands before the term is read as standing before the word."""
    start = index
    while index - start < TERM_WORDS - 1 and start > 0:
        if (words[start - 1].first, words[start].first) in joined:
            start -= 1
        elif (
            start > 1
            and words[start - 1].lower == "of"
            and ((words[start - 2].first, words[start].first) in joined)
        ):
            start -= 2  # "back-of-envelope estimates"
        else:
            break
    return start


# how words begin that name a case by a count: "threshold" (or "threshhold"), "limit"
THRESHOLDS = ("thresh", "tresh", "limit", "cutoff")
BEYOND = word_set("above over below under beyond past")  # before THRESHOLDS or a count
ONE_WAY = word_set("by with using via through into")  # after a term: the way it is done
WAYS_OF_ALL = word_set("default")  # "skip the tests by default" skips them all
FAILING = word_set("fails failed breaks broke crashes")  # supposed: "if lint fails, ..."
SOME_CASES = word_set("them those these")  # after a term and "for": for those cases only
# after "for" and a word in a dismissal's own clause: which ones, "for accounts above a
# follower threshold I skip fan-out"
NAMING_WHICH = word_set("above over below under beyond past that who whose where")
WHOLESALE = word_set("everything all")  # just after a term: done to all of it at once
WHOLE = word_set("whole entire full")  # ... or after an article: "the whole app"
EACH_WHERE = word_set("on for in at")  # after a term, before EACH: one for each of something
EACH = word_set("every each")
# a count, no practice: "pushing to 50 million lists is wasteful" waves no "millions" away,
# nor the lists it counts
MAGNITUDES = word_set("hundred hundreds thousand thousands million millions billion billions")
FEW = word_set("few couple")  # before a term: how many, "a few seconds stale"
PERCENT = word_set("percent")  # before a term: how much of it, "a 20 percent hit rate"
AGED = word_set("old stale behind late")  # after a term, how old a thing is: "a second old"
ONE_OF = word_set("a an one")  # before such a term, its count: "a second old"
# "to 300 ms", "beyond 7x", "from 24h to 60s": a level
TO_A_LEVEL = word_set("to from at below under beyond above over")
# right after a term, a level it is set against: "SLOs tighter than users need"
COMPARED_LEVEL = word_set("tighter looser stricter higher lower longer shorter")
PER = "per"  # right after a term: one for each, "a breakpoint per font size"
# right after a term, when it is done: "drop the TTL days earlier", "remove it weeks later"
SPANS = word_set("seconds minutes hours days weeks months")
# after such a word, what gives a level: "to a few hundred ms", "to something close to the p99"
AMOUNTS = FEW | word_set("hundred hundreds half single something roughly around about")
TYPO_LENGTH, TYPO_EDITS = 7, 2  # how long a word is to be read mistyped, and by how many edits
LONG_AMOUNTS = tuple(sorted(word for word in AMOUNTS if len(word) >= TYPO_LENGTH))
SPREAD_OVER, EVERY_ONE = word_set("on for to in"), word_set("every each all")  # "on every column"
# after a term and before what narrows it: "storing anything I can compute" stores some things
ANY_THING = word_set("anything everything whatever")
ALREADY = "already"  # after a term: only the ones done before, "skip ids already seen"
# after a term, denied: only the ones nothing uses, "drop indexes the planner never uses"
USING = word_set(
    "use uses used need needs read reads call calls touch touches hit hits scanned queried "
    "accessed touched called"
)
UNUSED_REACH = 5  # words after the term in which the use is denied
# ... or, in a clause of "that" that names which ones, the words after "that" in which it is
UNUSED_THAT_REACH = 12
NAMING_THAT = "that"
NO_ONE = word_set("nobody")  # "drop indexes nobody uses"
WHOSE_ONES = word_set("they we he she")  # opening a clause that names which: "channels they"
NO_VERB_AFTER_THAT = word_set("this these those hers ours yours theirs")  # no verb in -s
# what advice against a thing waits for, done first: "before understanding", "until we measure"
PUT_OFF_UNTIL = word_set("before until till")
ONLY, LATER = "only", word_set("later after once next final last")  # "only in a later release"
SPEAKERS_DOING = SPEAKERS | word_set("you they")  # "until we measure"
# after advice against a thing, what says it is refused only for a poor reason, not outright:
# "I don't add Kafka or sharding just because I can", "skip caching just in case"
NO_GOOD_REASON = (
    ("just", "because"),
    ("just", "in", "case"),
    ("own", "sake"),
    ("out", "of", "habit"),
)
CONSEQUENT = word_set("or otherwise else")  # opening a clause of what happens if not
RESULTING = "so"  # opening a clause that says what follows from the one before
PROPOSING = word_set("suggested proposed recommended pitched floated")  # what others put forward
PROPOSED_REACH = 3  # words before a term in which it is put forward: "proposed a local cache"
# the speaker turning down what was put forward in the clause before: "but I rejected it"
TURNED_DOWN = re.compile(
    r"(but |so |and )?(i|we) (\w+ )?(rejected|vetoed|dismissed|overruled|nixed|scrapped) "
    r"(it|them|that|the idea)\b|(but |so |and )?(i|we) (\w+ )?(ruled|turned|shot|left) "
    r"(it|them|that|the idea) (out|down)\b"
)
TURNED_DOWN_WITHIN = 6  # the words of the next clause read for it
ASIDE_NOT = "not"  # opening an aside that sets something against its clause: ", not CPU,"
SINGULAR_ENDINGS = ("ss", "us", "is", "ics")  # "access", "status", "analysis", "analytics"
REFERRING = word_set("it them those these both")  # what a clause before named
# the same, as a subject: "so they aren't useful"; not "it", so often no more than a subject's
# place held ("so it doesn't matter where it lives")
THEY = word_set("they these those both")
# between "so" and a verb of skipping: the speaker giving advice, "so I'd just skip them"
ADVISING_SO = word_set("i we you i'd we'd you'd i’d we’d you’d would should just simply also then")
OTHER_WAY = word_set("and instead")  # after what is skipped: another way offered
MANY = word_set("hundreds thousands millions billions many more over")  # "with millions of"
SKIPPED_WITHIN = 6  # words of the clause with "so" in which what is skipped is named


def _advised_against(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether advice against the term opening at ``start`` stands just before it, with only
    a determiner between: "I'd avoid a freeze", "you should skip the tests", "I'd skip rate
    limiting", "I avoid talking about trade-offs", "Skip caching"; not "to avoid a
    stampede", nor "you avoid most by locking", nor "I wouldn't just drop support", nor
    across a clause's bounds: "MD5 hashes I'd avoid: collisions are real"."""
    opens = clauses.start_of(clause_starts, start) if clause_starts else 0
    for at in range(start - 1, max(opens, start - NEGATION_REACH) - 1, -1):
        word = words[at]
        if word.lower in ADVISED_AGAINST:
            return _advised_at(words, at) or _bidden(words, at, clause_starts)
        if _kept_away_from(words, at):  # "I stay away from courses", "steer clear of ORMs"
            return _advised_at(words, at - 2) or _bidden(words, at - 2, clause_starts)
        if word.lower in SKIPPED:  # what the speaker did: "we skipped the postmortem"
            return _speaker_did(words, at)
        if word.lower in DOING_AWAY:
            return _opens_a_claim(words, at, clause_starts)
        if word.lower not in BEFORE_A_TERM:
            return False
    return False


def _speaker_did(words: Sequence[Word], at: int) -> bool:
    """Whether the speaker did the deed at ``at``: "we skipped", "I also skipped"."""
    speaker = _past_habit(words, at - 1)
    return speaker >= 0 and words[speaker].lower in SPEAKERS


def _past_habit(words: Sequence[Word], at: int) -> int:
    """Where the words before ``at`` (that one included) go on past how often or how simply a
    thing is done: "I" of "I usually", "I also"; never before the answer's first word."""
    while at > 0 and words[at].lower in HABITUALLY:
        at -= 1
    return at


def _kept_away_from(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` ends "stay away from" or "steer clear of", which avoid."""
    return (
        at >= 2
        and words[at].lower in KEPT_FROM
        and words[at - 1].lower in AWAY
        and words[at - 2].lower in STAYING
    )


def _opens_a_claim(words: Sequence[Word], at: int, clause_starts: Sequence[int]) -> bool:
    """Whether the doing at ``at`` opens its clause as the subject of a benefit it claims:
    "Removing the width and height attributes lets images size naturally"; not "Removing a
    log a process holds open frees nothing", nor "Removing the commit doesn't help"."""
    if not _leads_its_clause(words, at, clause_starts):
        return False
    past = clauses.bounds(clause_starts, at, len(words))[1]
    return any(
        words[later].lower in HELPING and not words[later - 1].negator
        for later in range(at + 1, past)
    )


def _leads_its_clause(words: Sequence[Word], at: int, clause_starts: Sequence[int]) -> bool:
    """Whether the word at ``at`` opens its clause, or stands after BIDDING_OPENS alone:
    "Skip ...", "..., and skip ...", "so removing ..."."""
    opens = clauses.start_of(clause_starts, at)
    return all(word.lower in BIDDING_OPENS for word in words[opens:at])


def _avoided_after(
    words: Sequence[Word], start: int, index: int, clause_starts: Sequence[int]
) -> bool:
    """Whether the term (``start`` to ``index``), set before the speaker, is what the speaker
    avoids or avoided, the clause ending there: "Circuit breakers I'd avoid: they reject
    requests", "Caching is something I'd avoid", "Rate limiting I skipped on purpose",
    "Optimistic locking with version columns I'd skip"; not "With circuit breakers I'd avoid
    a retry storm"."""
    at = index + 1
    if at + 2 < len(words) and words[at].lower in COPULA and words[at + 1].lower in SOMETHING:
        at += 2  # "Caching is something I'd avoid"
    elif at < len(words) and words[at].lower == WITH:  # "Locking with version columns I'd skip"
        at = next(
            (
                later
                for later in range(at + 1, min(len(words), at + WITH_REACH))
                if words[later].lower in SPEAKING
            ),
            at,
        )
    if at >= len(words) or words[at].lower not in SPEAKING:
        return False
    at += 1
    if at < len(words) and words[at].lower in MODALS:
        at += 1
    while at < len(words) and words[at].lower in HEDGES:
        at += 1  # "Indexes I'd generally avoid"
    past = clauses.bounds(clause_starts, index, len(words))[1]
    if at >= past or words[at].lower not in AVOIDING:
        return False
    after = at + 1
    while after < past and words[after].lower in ON_PURPOSE:
        after += 1  # "Rate limiting I skipped on purpose"
    ended = after == past or words[after].lower in GIVING_REASONS  # "... avoid because ..."
    return ended and _whole_subject(words, start, clause_starts)


def _left_out(words: Sequence[Word], start: int, index: int) -> bool:
    """Whether the term opening at ``start`` (ending at ``index``) is left out as advice:
    "I'd leave requests out entirely", "we leave out Retry-After"; not "I wouldn't leave the
    probes out"."""
    at = start - 1
    while at >= 0 and words[at].lower in DETERMINERS:
        at -= 1
    particle = at > 0 and words[at].lower in LEFT_OUT  # "leave out Retry-After"
    if particle:
        at -= 1
    if at < 1 or words[at].lower != LEAVE or not _advised_at(words, at):
        return False
    following = words[index + 1 : index + 1 + LEFT_OUT_REACH]
    return particle or any(word.lower in LEFT_OUT for word in following)


def _made_needless(words: Sequence[Word], start: int, index: int) -> bool:
    """Whether the term opening at ``start`` (ending at ``index``) is said to be made
    needless, a making word before it and the needless word right after it or after one
    more word of it: "autoscaling makes health checks redundant", "which makes idempotency
    keys unnecessary"."""
    at = start - 1
    while at >= 0 and words[at].lower in DETERMINERS:
        at -= 1
    if at < 0 or words[at].lower not in MAKING:
        return False
    after = words[index + 1 : index + 3]
    return bool(after) and (
        after[0].lower in NEEDLESS
        or (len(after) == 2 and after[0].content and after[1].lower in NEEDLESS)
    )


def _none_needed(
    words: Sequence[Word], start: int, index: int, clause_starts: Sequence[int]
) -> bool:
    """Whether the term opening at ``start`` (ending at ``index``) is said to be needed not at
    all, "no" before it and its need after, in its clause: "so no retry logic is needed";
    not in a case ("where no immediate answer is needed, I publish events"), nor a state
    ("with no script needed"), nor "no failed deploy needed more than a fix"."""
    if start < 1 or words[start - 1].lower != "no":
        return False
    if start > 1 and words[start - 2].lower == "with":
        return False
    if _supposed(words, clauses.start_of(clause_starts, index) if clause_starts else 0):
        return False
    following = _after_in_clause(words, index, clause_starts, NONE_NEEDED_REACH)
    return NONE_NEEDED.match(" ".join(word.lower for word in following)) is not None


def _declined(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether the speaker says they would not do the term opening at ``start``, in its
    clause, with only a determiner between: "I wouldn't add a safety margin", "we don't use a
    CDN", "I also don't rely on tests"; not "I wouldn't add more indexes", which weighs how
    many, "we can't add machines", "if we don't set requests", "it doesn't use a CDN", nor
    advice to others on where ("you shouldn't keep that file on a laptop")."""
    at = start - 1
    while at >= 0 and words[at].lower in BEFORE_A_TERM:
        at -= 1
    relied_on = False
    verbs = DECLINED_WITH.get(words[at].lower) if at > 0 else None
    if verbs is not None:
        relying = at - 2 if at > 1 and words[at - 1].lower in MUCH else at - 1
        relied_on = words[relying].lower in verbs
        if relied_on:
            at = relying  # "we don't rely on a CDN", "I don't rely much on dashboards"
    put_in = at > 0 and words[at].lower in PUT_IN and words[at - 1].lower in PUTTING
    if put_in:
        at -= 1  # "I wouldn't put in a circuit breaker", not "never put a token in"
    refusing = WONT | RARELY
    spent = _time_spent_at(words, at)
    if spent != at:  # "I wouldn't spend time measuring it", "I didn't waste time on tests"
        at, refusing = spent, WONT | DIDNT | RARELY
    declining = put_in or relied_on or words[at].lower in DECLINED
    if declining and _in_a_role(words, start, TO if relied_on else AS):
        return False  # "never use user ids as labels": ids as labels, not ids
    refusal = at - 1
    while refusal > 0 and words[refusal].lower in HEDGES:
        refusal -= 1  # "I don't really use a CDN"
    opens = clauses.start_of(clause_starts, at) if clause_starts else 0
    if declining and _bidden_not_to(words, refusal, opens):
        return True  # "Don't use hashed filenames": advice to anyone
    if refusal < 1 or not declining or words[refusal].surface.lower() not in refusing:
        return False
    if clause_starts and opens != clauses.start_of(clause_starts, start):
        return False
    speaker = refusal - 1
    if words[speaker].lower in MODALS and speaker > 0:
        speaker -= 1  # "I would not add"
    speaker = _past_habit(words, speaker)  # "I also don't use a CDN"
    if words[speaker].lower not in SPEAKERS:
        return False
    return not any(word.lower in CONDITIONAL for word in words[max(0, speaker - 2) : speaker])


def _in_a_role(words: Sequence[Word], start: int, role: str) -> bool:
    """Whether what is declined from ``start`` on is declined only in a role named after it,
    by ``role``: "never use user_id, full URLs or session ids as labels", "never rely on the
    client to enforce it"; not "I don't use Redis, as it's overkill", "as well"."""
    for at in range(start + 1, min(len(words) - 1, start + ROLE_REACH)):
        word = words[at]
        if word.lower == role:
            named = at + 2 if words[at + 1].article and at + 2 < len(words) else at + 1
            return words[named].content and words[named].lower not in NOT_A_ROLE
        if word.lower in CLAUSE_OPENERS or word.lower in COPULA:
            return False  # "I don't use Redis because ... as ..."
    return False


def _bidden_not_to(words: Sequence[Word], refusal: int, opens: int) -> bool:
    """Whether the clause opening at ``opens`` bids its hearer not to do what follows
    ``refusal``: "Don't use a CDN", "do not add retries", "never enable it"; not "it doesn't
    use a CDN", "we don't use one"."""
    if refusal == opens + 1 and words[opens].lower == "do":
        return words[refusal].surface.lower() == "not"  # "do not use"
    return refusal == opens and words[refusal].surface.lower() in BIDDEN_NOT


def _time_spent_at(words: Sequence[Word], at: int) -> int:
    """Where the verb stands that spends time on what follows ``at``, the time and "on"
    between: "spend" of "spend time measuring", "waste" of "waste time on load tests" and of
    "waste a week on load tests"; ``at`` itself for none."""
    found = at - 1 if at > 0 and words[at].lower == "on" else at
    if found < 1 or words[found].lower not in WASTED:
        return at
    if words[found - 1].lower in SPENDING:
        return found - 1
    counted = found > 1 and words[found - 1].lower in SPENT_COUNTED
    return found - 2 if counted and words[found - 2].lower in SPENDING else at


def _advised_at(words: Sequence[Word], at: int) -> bool:
    """Whether the verb at ``at`` is given as advice and not denied: "I'd skip", "just drop",
    "I usually skip", not "I wouldn't just drop"."""
    speaker = _past_habit(words, at - 1)
    if _what_a_thing_would_do(words, speaker):
        return False
    return speaker >= 0 and _advising(words, speaker) and not _denied_before(words, at)


def _what_a_thing_would_do(words: Sequence[Word], modal: int) -> bool:
    """Whether "would" at ``modal`` says what a thing named just before it would do: "local
    per-node counters would skip the hop but drift", no advice; "I would skip" is."""
    return (
        modal > 0
        and words[modal].lower == WOULD
        and words[modal - 1].content
        and words[modal - 1].lower not in ADVISING
    )


def _bidden(words: Sequence[Word], at: int, clause_starts: Sequence[int]) -> bool:
    """Whether the verb at ``at`` bids the reader not to do a thing: "Skip caching", "...,
    and skip retries"."""
    if words[at].lower != BIDDEN_AGAINST:
        return False
    if _the_way_is_to(words, at):
        return True
    if not _leads_its_clause(words, at, clause_starts):
        return False
    # opening its clause, it opens a sentence ("Skip caching"), not a list of deeds
    return clauses.start_of(clause_starts, at) < at or words[at].surface[0].isupper()


def _the_way_is_to(words: Sequence[Word], at: int) -> bool:
    """Whether the verb at ``at`` is given as the way to do a thing: "the fastest way to
    reduce toil is to skip measuring it", "my advice is to skip"; not "a common mistake is
    to skip it", which warns."""
    if at < 3 or words[at - 1].lower != "to" or words[at - 2].lower not in COPULA:
        return False
    said = {word.lower for word in words[max(0, at - 2 - WAY_REACH) : at - 2]}
    return not said.isdisjoint(WAYS) and said.isdisjoint(WARNED_WAYS)


def _advising(words: Sequence[Word], at: int) -> bool:
    """Whether ``words[at]`` gives advice ("I'd", "should"), or joins a verb to advice given
    just before: "I'd put one cache next to the database and skip the other layers"."""
    if words[at].surface.lower() in ADVISING:
        return True
    if words[at].lower != "and":
        return False
    before = words[max(0, at - COORDINATED_REACH) : at]
    return any(word.surface.lower() in ADVISING_MODALS for word in before)


def _put_off(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether advice against the term at ``index``, or a word against it, holds only until
    something is done first, later in its clause: "I avoid drawing boxes before understanding
    the problem", "skip caching until we measure", "retries seemed risky until we added
    jitter"; or only at a later time: "remove the old column only in a later release"; not
    "I'd skip load tests before the launch", which skips them."""
    past = clauses.bounds(clause_starts, index, len(words))[1]
    following = words[index + 1 : past]
    only_later = any(
        word.lower == ONLY and _later_next(following[at + 1 : at + 4])
        for at, word in enumerate(following)
    )
    return only_later or any(
        word.lower in PUT_OFF_UNTIL and (done.lower.endswith("ing") or done.lower in SPEAKERS_DOING)
        for word, done in itertools.pairwise(following)
    )


def _later_next(words: Sequence[Word]) -> bool:
    """Whether ``words`` (after "only") name a later time, with only grammar before it: "in a
    later release", "after", "once"; not "show averages after the fact"."""
    for word in words:
        if word.lower in LATER:
            return True
        if word.content:
            return False
    return False


def _for_no_good_reason(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether advice against the term at ``index`` refuses it only for a poor reason, later
    in its clause (NO_GOOD_REASON): "I don't add Kafka or sharding just because I can" does
    it when there is a good one; "I don't add sharding" does not."""
    past = clauses.bounds(clause_starts, index, len(words))[1]
    following = tuple(word.lower for word in words[index + 1 : past])
    return any(
        following[at : at + len(phrase)] == phrase
        for phrase in NO_GOOD_REASON
        for at in range(len(following))
    )


def _one_way(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term at ``index`` is said with one way of doing it, or for some cases,
    which is what advice against it rejects: "avoid ordering by client timestamps", "skip
    fan-out for them", "I wouldn't add an index on every column", not ordering or fan-out
    itself; or with a level: "drop the timeout to a few hundred milliseconds" lowers the
    timeout, "I wouldn't add a margin beyond 7x" keeps one, and so does "avoid SLOs tighter
    than users need"; or when: "drop the TTL days earlier" lowers it ahead of time; or one
    version of it ("disable TLS 1.0"), or only some things it is done to ("avoid storing
    anything I can compute"), or a kind of it a clause names ("I avoid a liveness probe that
    queries the database")."""
    past = _clause_reach(index, clause_starts, len(words)) + index + 1
    following = [word.lower for word in words[index + 1 : min(past, index + 4)]]
    if following and (
        following[0][:1].isdigit() or following[0] in ANY_THING | SPANS | COMPARED_LEVEL
    ):
        return True
    if _a_kind_of_it(following):
        return True
    return any(  # right after the term, or after the rest of it: "fan out for them"
        (how in ONE_WAY and what not in WAYS_OF_ALL)
        or (how == "for" and what in SOME_CASES)
        or (how in SPREAD_OVER and what in EVERY_ONE)
        for how, what in itertools.pairwise(following)
    ) or _to_a_level(following)


def _one_per(words: Sequence[Word], index: int) -> bool:
    """Whether the term at ``index`` is said one for each of something: "you don't need a
    breakpoint per font size", "you don't need a listener on every item" wave away a scheme,
    not breakpoints or listeners."""
    following = [word.lower for word in words[index + 1 : index + 3]]
    if following[:1] == [PER]:
        return True
    return len(following) == 2 and following[0] in EACH_WHERE and following[1] in EACH


def _to_a_level(following: Sequence[str]) -> bool:
    """Whether the words ``following`` a term (lowercase) give a level in their first two:
    "to 300 ms", "to something like 500 ms", "beyond 7x"."""
    return any(
        how in TO_A_LEVEL and any(_an_amount(w) for w in following[at + 1 :])
        for at, how in enumerate(following[:2])
    )


def _an_amount(word: str) -> bool:
    """Whether ``word`` (lowercase) gives an amount: a figure, "a few", "something", also
    mistyped when long ("somethhing", "roughtly")."""
    if word[:1].isdigit() or word in AMOUNTS:
        return True
    return len(word) >= TYPO_LENGTH and any(
        OSA.distance(word, amount, score_cutoff=TYPO_EDITS) <= TYPO_EDITS for amount in LONG_AMOUNTS
    )


def _names_a_kind(
    words: Sequence[Word], index: int, own: frozenset[str], clause_starts: Sequence[int]
) -> bool:
    """Whether the term at ``index`` only names the kind of a thing its point (``own``: its
    stems) does not name, whose examples follow: "I avoid escape hatches like v-html" avoids
    the hatches, not escaping; not "I avoid caching layers like Redis", a kind of caching,
    nor "I'd skip failover drills", which names no examples."""
    past = clauses.bounds(clause_starts, index, len(words))[1] if clause_starts else len(words)
    kind, after = words[index + 1 : min(past, index + 2)], words[index + 2 : min(past, index + 4)]
    if not kind or not kind[0].content or kind[0].first in own or kind[0].lower in KINDS:
        return False  # "caching layers like Redis" are caching
    listed = [word.lower for word in after]
    return listed[:1] == ["like"] or listed == ["such", "as"]


def _the_points_way(words: Sequence[Word], index: int, own: frozenset[str]) -> bool:
    """Whether the way the term at ``index`` is said with, right after it, is a thing its
    point names (``own``): "caching with Redis" of "Implement Redis or Memcached for
    caching" is the point's own way, not one way of many; so is "choose per route" of
    "Choose per route"."""
    return (
        index + 2 < len(words)
        and (words[index + 1].lower in ONE_WAY or words[index + 1].lower == PER)
        and words[index + 2].first in own
    )


def _after_a_failure(words: Sequence[Word], opens: int, clause_starts: Sequence[int]) -> bool:
    """Whether the clause before the one opening at ``opens`` supposes that something failed,
    so that what is waved away is waved away then, failing fast: "if lint fails, don't
    bother running the rest"; not when that clause goes on to say what is done then: "if the
    call fails we simply send it again. I wouldn't bother with a circuit breaker"."""
    if not clause_starts or not opens:
        return False
    said = [word.lower for word in words[clauses.start_before(clause_starts, opens) : opens]]
    if not said or said[0] not in SUPPOSING:
        return False
    failing = next((at for at, word in enumerate(said) if word in FAILING), -1)
    # after what is supposed to fail, a subject that opens a sentence of its own ("if the call
    # fails we simply send it again"): what is done then, and what comes after it is not
    return failing > 0 and SPEAKERS_DOING.isdisjoint(said[failing + 1 :])


def _for_a_case(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether advice against the term opening at ``start`` is for a case named before it,
    in its clause or the one before: "for those we skip the fan-out", "for accounts with
    millions of followers we skip the fan-out"; or in its own clause by which ones: "for
    accounts above a follower threshold I skip fan-out"; not "for simplicity we skip
    retries". Only where the clauses are known: without them, the words before could be
    anywhere."""
    if not clause_starts:
        return False
    own = clauses.start_of(clause_starts, start)
    for place in range(clauses.start_before(clause_starts, start), start):
        if place >= own and words[place].lower in BEYOND and _threshold(words, place):
            return True  # "so above a follower threshold I skip fan-out"
        if words[place].lower != "for":
            continue
        case = [word.lower for word in words[place + 1 : place + 4]]
        if case[:1] and (case[0] in SOME_CASES or "with" in case[1:3]):
            return True
        if place >= own and not NAMING_WHICH.isdisjoint(case[1:3]):
            return True  # in its own clause: not "only make sense for teams under ten. I'd skip"
    return False


def _threshold(words: Sequence[Word], place: int) -> bool:
    """Whether a word such as "above" at ``place`` names a threshold or a count within a few
    words: "above a follower threshold" (also mistyped: "threshhold"), "over 10,000
    followers"."""
    named = words[place + 1 : place + 4]
    return any(word.lower.startswith(THRESHOLDS) or word.lower[:1].isdigit() for word in named)


def _only_repeats(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether advice against the term at ``index`` skips only the ones already done, said
    within the next two words of its clause: "skip ids already seen", "drop events we already
    handled"; not "skip measuring; everyone already knows", in a clause of its own."""
    return any(word.lower == ALREADY for word in _after_in_clause(words, index, clause_starts, 2))


def _only_those_named(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether advice against the term at ``index`` drops only the ones nothing uses, said
    within UNUSED_REACH words of its clause ("drop indexes the planner never uses", "remove
    dependencies we don't need") or UNUSED_THAT_REACH after "that" ("drop indexes that
    pg_stat_user_indexes shows are never scanned"); or only the ones a clause right after it
    names by who did what to them: "skip channels they've opted out of"; not "skip indexes;
    they never help", in a clause of its own."""
    following = _after_in_clause(words, index, clause_starts, UNUSED_REACH)
    if following and following[0].lower in WHOSE_ONES:
        return True
    if following and following[0].lower == NAMING_THAT:
        following = _after_in_clause(words, index, clause_starts, UNUSED_THAT_REACH)
    return any(
        (word.negator or word.lower in NO_ONE)
        and any(used.lower in USING for used in following[at + 1 : at + 3])
        for at, word in enumerate(following)
    )


def _a_kind_of_it(following: Sequence[str]) -> bool:
    """Whether the words ``following`` a term, or its second word, open a clause that names a
    kind of it: "(liveness) probe that queries the database"; not "caching that endpoint",
    nor "rate limiting, since that means"."""
    at = 0 if following[:1] == ["that"] else 1
    if following[at : at + 1] != ["that"] or following[0] in CLAUSE_OPENERS:
        return False
    then = following[at + 1] if at + 1 < len(following) else ""
    return len(then) > 3 and then.endswith("s") and then not in NO_VERB_AFTER_THAT


def counts_nothing(words: Sequence[Word], at: int) -> bool:
    """Whether the count at ``at`` ("one", "two") has no thing after it, so stands for one
    named before: "the two-dimensional one", "not a capacity one"."""
    return at + 1 >= len(words) or not words[at + 1].content


def _in_a_state(words: Sequence[Word], index: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term at ``index`` is followed, within TERM_WORDS of its clause, by the
    state it need not be in: "the order service doesn't need payments to be up" needs
    payments, only not up at that moment."""
    after = [word.lower for word in _after_in_clause(words, index, clause_starts, TERM_WORDS)]
    return any(said == "to" and state in STATES for said, state in itertools.pairwise(after))


def _done_wholesale(words: Sequence[Word], index: int) -> bool:
    """Whether the term at ``index`` is done to all of something at once, as the words after
    it say: "downloading everything up front", "downloading the whole app up front"."""
    following = [word.lower for word in words[index + 1 : index + 3]]
    if following[:1] and following[0] in WHOLESALE:
        return True
    return len(following) == 2 and following[0] in ARTICLES and following[1] in WHOLE


def is_dismissed(
    words: Sequence[Word],
    index: int,
    joined: Joined = frozenset(),
    clause_starts: Sequence[int] = (),
    own: frozenset[str] = frozenset(),
) -> bool:
    """Waved away as advice: "no need to rotate", "I'd skip the rotation", "rotation is
    optional", "versioning is an anti-pattern", "no point taking a backup"; the rest of the
    term it ends may stand between (see ``_term_start``): "don't bother with rate limiting";
    and so is the second of two things named together: "htop" of "don't bother with top or
    htop"; and a term advised against with a way its point names (``own``, the point's stems):
    "I'd avoid caching with Redis" of "Implement Redis or Memcached for caching"."""
    start = _term_start(words, index, joined) if joined else index
    if _counted(words, start, clause_starts) or words[index].lower in MAGNITUDES:
        return False
    if _an_age(words, index):
        return False  # "a location that's a second old doesn't matter": an age, not seconds
    if _owner_of_next(words, index):
        return False  # "doesn't need the consumer's answer": the answer, not the consumer
    if _done_wholesale(words, index):
        return False  # "instead of downloading everything up front": all of it, not the doing
    earlier = _listed_before(words, start, index, clause_starts)
    if earlier >= 0 and is_dismissed(words, earlier, frozenset(), clause_starts):
        return True  # "don't bother with top or htop" waves both away
    led = start - 1 if start > 0 and words[start - 1].lower in DETERMINERS else start
    led = _doing(words, led)  # "no point taking a backup": what is waved away is the taking
    if any(word.lower == "to" for word in words[index + 1 : index + TERM_WORDS]):
        led = start  # "no need for the administrator to configure": who need not act
    opens = clauses.start_of(clause_starts, start) if clause_starts else 0
    reach = range(max(opens, led - NEGATION_REACH), led)
    # "no need to rotate", "no need for a postmortem"; not "boot without required config",
    # which says when a thing fails
    if (
        _denied_before(words, led, opens)
        and any(_dismisses(words, at) for at in reach)
        and not any(words[at].lower == "without" for at in reach)
        and not _which_ones(words, reach)
        and not _some_need(words, reach, opens)
        and not _a_doing_needs_none(words, reach, opens)
        and not _in_a_state(words, index, clause_starts)
        and not _after_a_failure(words, opens, clause_starts)
        and not (_one_per(words, index) and not _the_points_way(words, index, own))
    ):
        return True
    if (
        (
            (
                _advised_against(words, start, clause_starts)
                or _declined(words, start, clause_starts)
                or _no_point_seen(words, led, opens)
            )
            and not (
                _one_way(words, index, clause_starts) and not _the_points_way(words, index, own)
            )
            and not _names_a_kind(words, index, own, clause_starts)
            and not _put_off(words, index, clause_starts)
            and not _for_no_good_reason(words, index, clause_starts)
            and not _only_repeats(words, index, clause_starts)
            and not _only_those_named(words, index, clause_starts)
            and not _for_a_case(words, start, clause_starts)
        )
        or _left_out(words, start, index)
        or _none_needed(words, start, index, clause_starts)
        or _made_needless(words, start, index)
    ):
        return True
    if clause_starts and (
        _skipped_after(words, start, clause_starts)
        or _avoided_after(words, start, index, clause_starts)
        or _proposed_and_turned_down(words, start, clause_starts)
    ):
        return True
    following = words[index + 1 : index + 2 * DISMISSAL_REACH]
    if not any(word.waves_away or word.lower in ALSO_WAVING for word in following):
        return False  # no word that waves it away after it: most terms, decided quickly
    opens = clauses.start_of(clause_starts, index)
    if _attached(words, start, opens) and not _points_doing(words, start, opens, joined):
        return False  # "paging on every CPU spike should be avoided" waves no CPU away
    if _supposed(words, opens):
        return False  # "where an immediate answer is not needed, ...": a case, not advice
    after = " ".join(word.lower for word in following)
    in_clause = _clause_reach(index, clause_starts, len(words))
    dismissed = DISMISSED_AFTER.match(after)
    if dismissed is not None:
        between = following[: len((dismissed.group(1) or "").split())]
        if (
            len(between) <= in_clause
            and not (
                (
                    _restricted(between)
                    or _harm_in_part(words, (start, index), clause_starts, joined, dismissed)
                )
                and not _the_points_own_case(words, start, between, own, clause_starts)
            )
            and not _done_to(between)
            and not _what_befell(words, start, between)
            and not (_opens_clause(between) and not _object_clause(words[index], between))
            and not _consequence(words, start, clause_starts)
            and not _put_off(words, index, clause_starts)
        ):
            return True
    need = _denied_need(words[index], following, after, in_clause)
    # "inodes aren't worth checking"; not "a boolean column isn't worth indexing", which
    # says which columns
    return need is not None and (
        need["doing"] is None or _whole_subject(words, start, clause_starts)
    )


def _an_age(words: Sequence[Word], index: int) -> bool:
    """Whether the term at ``index`` says how old a thing is, counted before it and aged
    after it: "a second old", "5 minutes stale"; not "replicas behind a load balancer"."""
    counted = index > 0 and (
        words[index - 1].lower in ONE_OF or words[index - 1].lower[:1].isdigit()
    )
    return counted and index + 1 < len(words) and words[index + 1].lower in AGED


def _owner_of_next(words: Sequence[Word], index: int) -> bool:
    """Whether the term at ``index`` is said as the owner of the word after it: "consumer's"
    of "the consumer's answer"."""
    return (
        words[index].surface.lower().endswith(POSSESSIVE)
        and index + 1 < len(words)
        and words[index + 1].content
    )


def _counted(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term opening at ``start`` is counted in millions or the like, or as a few:
    "pushing to 50 million timelines is wasteful" says how many are too many, and waves no
    timeline away, nor does "a count a few seconds stale does not matter" wave seconds away (a
    figure alone may name it: "the 3-2-1 rule"), nor does "a 20 percent hit rate is mostly
    overhead" wave the hit rate away."""
    if words[start].lower in MAGNITUDES:
        return True  # the term opens with its count: "to 50 million followers is wasteful"
    return (
        start > 0
        and words[start - 1].lower in MAGNITUDES | FEW | PERCENT
        and start not in clause_starts
    )


def _set_apart(words: Sequence[Word], start: int) -> bool:
    """Whether the subject opening at ``start`` names some things of its kind by how many
    they have, just after its first word: "Celebrities with millions of followers ..., so
    skip them" skips some, not a practice; not "Feature detection with @supports"."""
    after = [word.lower for word in words[start + 1 : start + 3]]
    return len(after) == 2 and after[0] == "with" and (after[1] in MANY or after[1][0].isdigit())


def _whole_subject(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term opening at ``start`` opens its clause, after words such as "the" or
    "every" at most, or is one of a few things the clause's subject joins with "and" or "or"
    ("Newsletters and tech blogs are..."): "Read replicas are...", not "backups in the same
    region as production"."""
    opens = clauses.start_of(clause_starts, start) if clause_starts else 0
    if opens < start and words[opens].lower in SUBJECT_JOINING:
        opens += 1  # "and caching introduces stale data, so I'd skip both"
    before = words[opens:start]
    if all(word.lower in LEADING_IN for word in before) or _kind_named(before):
        return True
    joins = [at for at, word in enumerate(before) if word.lower in JOINING_THINGS]
    return (
        bool(joins)
        and len(before) - joins[-1] - 1 <= JOINED_MODIFIERS
        and not any(
            word.lower in ATTACHING or word.lower in BEING or word.lower in INCLUDING
            for word in before
        )
        and len(before) <= JOINED_WORDS
    )


def _kind_named(before: Sequence[Word]) -> bool:
    """Whether ``before`` names a kind the term is an example of: "Tools like", "Monitoring
    tools such as"."""
    marker = ending(before, EXAMPLE_OF)
    return bool(marker) and 0 < len(before) - len(marker) <= KIND_WORDS


def ending(words: Sequence[Word], phrases: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """The first of ``phrases`` (lowercase words) that ``words`` end with; () for none."""
    lowered = tuple(word.lower for word in words[-max(map(len, phrases)) :])
    return next((phrase for phrase in phrases if lowered[-len(phrase) :] == phrase), ())


def _harm_in_part(
    words: Sequence[Word],
    term: tuple[int, int],
    clause_starts: Sequence[int],
    joined: Joined,
    said: re.Match[str],
) -> bool:
    """Whether what a clause calls harmful ("is a trap", "is dangerous", what "wastes memory")
    is more than the term (its first and last word, ``term``): the term is not all of the
    clause's subject ("backups in the same region as production are a trap"), or is harmful
    only in some way, said right after it ("retrying is dangerous without backoff")."""
    if all(said.group(kind) is None for kind in ("harm", "waste", "unhelpful", "worse")):
        return False
    start, index = term
    if not _whole_subject(words, start, clause_starts):
        return True
    led_in = [word for word in (said.group(1) or "").split() if word not in ADVERBS]
    between = len(led_in) - _term_rest(words, index, joined) - _particle_after(words, index)
    if led_in[:1] == ["like"] or led_in[:2] == ["such", "as"]:  # an example, no part
        between = 0
    past = index + 1 + len(said.group(0).split())  # the word after what calls it harmful
    return between > 0 or _restricted(words[past : past + 1])


def _particle_after(words: Sequence[Word], index: int) -> int:
    """1 when a doing at ``index`` goes on with its particle ("rolling back"), else 0."""
    doing = words[index].lower.endswith("ing")
    return int(doing and index + 1 < len(words) and words[index + 1].lower in PARTICLES)


def _skipped_after(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term opening at ``start``, all of its clause's subject, is waved away by a
    pronoun in the clause that follows with "so": "Traces are too noisy, so I'd skip them",
    "Load tests never match production, so I'd skip them", "top and htop only show memory,
    so they aren't useful here"; not "..., so I'd never skip them",
    "..., so I avoid them unless the send is idempotent" or "..., so I'd skip them and let the
    server assign the order", which offers another way."""
    past = _past_aside(words, clauses.bounds(clause_starts, start, len(words))[1], clause_starts)
    if past >= len(words) or words[past].lower != RESULTING:
        return False  # most terms: no clause with "so" after theirs
    if not _whole_subject(words, start, clause_starts) or _set_apart(words, start):
        return False
    _, ends = clauses.bounds(clause_starts, past, len(words))
    if past + 1 < ends and words[past + 1].lower in THEY:  # "so they aren't useful here"
        return is_dismissed(words, past + 1, frozenset(), clause_starts)
    for at in range(past + 1, min(ends, past + 1 + SKIPPED_WITHIN)):
        if words[at].lower == "it" and ends_in_s(words[start]):
            continue  # "Resolvers hold the old value, so drop it": "it" is something else
        if words[at].lower in REFERRING and _skips(words, at, past):
            after = words[at + 1 : min(at + 2, ends)]  # the word after it, in its clause
            leveled = [word.lower for word in words[at + 1 : min(at + 4, ends)]]
            return (
                not _restricted(after)
                and not any(w.lower in OTHER_WAY for w in after)
                and not _to_a_level(leveled)  # "so I'd drop it to something like 500 ms"
            )
    return False


def _proposed_and_turned_down(
    words: Sequence[Word], start: int, clause_starts: Sequence[int]
) -> bool:
    """Whether the term opening at ``start`` is what someone proposed, and the speaker turns
    it down in the clause right after: "Someone proposed a local cache, but I rejected it",
    "they suggested retries, so we ruled them out"."""
    opens, past = clauses.bounds(clause_starts, start, len(words))
    before = words[max(opens, start - PROPOSED_REACH) : start]
    if not any(word.lower in PROPOSING for word in before):
        return False
    return _turned_down(words, past)


def _turned_down(words: Sequence[Word], past: int) -> bool:
    """Whether the clause opening at ``past`` turns down what the clause before named, by a
    pronoun: "but I rejected it", "so we ruled them out"."""
    following = " ".join(word.lower for word in words[past : past + TURNED_DOWN_WITHIN])
    return TURNED_DOWN.match(following) is not None


def waved_away_after(words: Sequence[Word], past: int) -> bool:
    """Whether the clause opening at ``past`` may be where what the clause before named is
    waved away, by a pronoun: "but I rejected it", "so I'd skip them" (see ``_skips``)."""
    if past < len(words) and words[past].lower == RESULTING:
        return any(word.lower in REFERRING for word in words[past + 1 : past + 1 + SKIPPED_WITHIN])
    return _turned_down(words, past)


def _past_aside(words: Sequence[Word], past: int, clause_starts: Sequence[int]) -> int:
    """Where the clause after the one ending at ``past`` goes on, past an aside that sets
    something against it ("..., not CPU, so I skip them"): ``past`` itself for any other."""
    if past < len(words) and words[past].lower == ASIDE_NOT:
        return clauses.bounds(clause_starts, past, len(words))[1]
    return past


def ends_in_s(word: Word) -> bool:
    """Whether ``word`` ends in an -s that makes a plural or a verb's -s form: "Resolvers",
    "delays", "measures"; not "Kafka", "access", "status"."""
    lower = word.lower
    return lower.endswith("s") and not lower.endswith(SINGULAR_ENDINGS)


def _skips(words: Sequence[Word], at: int, opens: int) -> bool:
    """Whether the pronoun at ``at`` is what a verb just before it skips, as advice: "skip
    them", "I'd avoid it", "I leave them off", "don't bother with them"; not "never skip
    them"."""
    verb = at - 1
    if words[verb].lower in BOTHERED_WITH and verb > opens and words[verb - 1].lower == "bother":
        verb -= 1
        advised = _denied_before(words, verb, opens)  # "wouldn't bother with"
    elif words[verb].lower in ADVISED_AGAINST or _left_off(words, verb, at):
        advised = not _denied_before(words, verb, opens)  # "skip", not "never skip"
    else:
        return False
    # only the speaker between "so" and the verb: "so I'd skip", not "so I'd delay or remove"
    return advised and all(
        word.negator or word.surface.lower() in ADVISING_SO for word in words[opens + 1 : verb]
    )


def _left_off(words: Sequence[Word], verb: int, at: int) -> bool:
    """Whether the verb at ``verb`` leaves out the pronoun at ``at``: "leave them off",
    "switch them off" (not "turn them out")."""
    if at + 1 >= len(words):
        return False
    verb_said, particle = words[verb].lower, words[at + 1].lower
    return (verb_said == LEAVE and particle in LEFT_OUT) or (
        verb_said in SWITCHING and particle == OFF
    )


def _case_named_before(words: Sequence[Word], at: int, first: int) -> bool:
    """Whether "with" and a determiner stand at ``at`` and before, in the clause opening at
    ``first``, naming a case: "backups with a lost key"; not "testing with screen readers"."""
    leading = at
    while at >= first and words[at].lower in LEADING_IN:
        at -= 1
    return first <= at < leading and words[at].lower == WITH


def _attached(words: Sequence[Word], start: int, first: int) -> bool:
    """Whether the term opening at ``start`` (in a clause opening at ``first``) is not what
    its clause speaks of but attached to it, after "on", "for" and the like ("paging on every
    CPU spike"), after a verb in -ing whose object it is ("keeping keys forever"), or in a
    relative clause ("data that is read once"); or said without ("retries without backoff")."""
    at = start - 1
    while at >= first and words[at].lower in LEADING_IN:
        at -= 1
    if at < first:
        return False
    before = words[at]
    if before.lower in ATTACHING or before.lower in WITHOUT:
        return True
    if before.content and at > first and _case_named_before(words, at - 1, first):
        return True  # one word describing it between: "backups with a lost key are noise"
    if before.lower in BEING and at > first and words[at - 1].lower in RELATIVE:
        return True  # in a relative clause: "caching data that is read once is pointless"
    return before.content and before.lower not in ADVERBS and before.lower.endswith("ing")


def _which_ones(words: Sequence[Word], reach: range) -> bool:
    """Whether the denial in ``reach`` opens a relative clause that says which things are
    meant ("anything that doesn't need an immediate reply", "calls that do not need an
    answer"), no advice."""
    for at in reach:
        if words[at].negator:
            before = at - 1 if at > 0 and words[at - 1].lower in BEING else at
            return before > 0 and words[before - 1].lower in RELATIVE
    return False


def _some_need(words: Sequence[Word], reach: range, opens: int) -> bool:
    """Whether the need denied in ``reach`` is denied of some things only, named by a
    quantifier just before it in its clause ("so many layouts need no breakpoint at all"):
    which ones need none, no advice."""
    for at in reach:
        if _dismisses(words, at):
            before = words[max(opens, at - SOME_REACH) : at]
            return any(word.lower in SOME_OF_THEM for word in before)
    return False


def _a_doing_needs_none(words: Sequence[Word], reach: range, opens: int) -> bool:
    """Whether the need denied in ``reach`` is denied of a doing that opens its clause ("so
    turning one off needs no redeploy"): what that doing spares, praise of it, no advice."""
    at = opens
    while at < len(words) and words[at].lower in SUBJECT_JOINING:
        at += 1
    doing = words[at] if at < len(words) else None
    return (
        doing is not None
        and doing.content
        and doing.lower.endswith("ing")
        and any(_dismisses(words, need) for need in reach if need > at)
    )


def _points_doing(words: Sequence[Word], start: int, opens: int, joined: Joined) -> bool:
    """Whether the term opening at ``start`` follows a verb in -ing that opens its clause and
    that the point itself says ("checking Sentry isn't necessary" of "Check error monitoring
    (Sentry)"), or that only puts the term to use ("reading the traces is pointless"): what
    is waved away is the point's own doing; not "chasing every audit"."""
    at = start - 1
    while at > opens and words[at].lower in LEADING_IN:
        at -= 1
    if at != opens or not words[at].lower.endswith("ing"):
        return False
    said = {found for pair in joined for found in pair}
    return words[at].first in said or words[at].lower in PLAIN_DOINGS


def _restricted(between: Sequence[Word]) -> bool:
    """Whether the words ``between`` a term and what waves it away say which of it is meant:
    "retries forever should be avoided", "scaling on CPU is pointless"."""
    return any(word.lower in RESTRICTING for word in between)


def _the_points_own_case(
    words: Sequence[Word],
    start: int,
    between: Sequence[Word],
    own: frozenset[str],
    clause_starts: Sequence[int],
) -> bool:
    """Whether what restricts the term opening at ``start`` (the words ``between`` it and
    what waves it away) is the point's own scope (see ``_the_points_scope``), with no case
    named before it (see ``_case_named``)."""
    return _the_points_scope(between, own) and not _case_named(words, start, clause_starts)


def _case_named(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether the clause of the term opening at ``start``, or the one before, opens with
    "for", naming the case it speaks of: "For queue workers, scaling on CPU is pointless"."""
    if not clause_starts:
        return False
    opens = (clauses.start_before(clause_starts, start), clauses.start_of(clause_starts, start))
    return any(words[at].lower == "for" for at in opens)


def _the_points_scope(between: Sequence[Word], own: frozenset[str]) -> bool:
    """Whether what restricts a term waved away names only what the point (``own``: its
    stems) names too: "setting width and height on images doesn't help" waves away the
    point's "Set width and height on images", not some other case of it."""
    if not between or between[0].lower not in SCOPING or len(between) > SCOPE_WORDS:
        return False
    named = {word.first for word in between if word.content}
    return bool(named) and named <= own


def _done_to(between: Sequence[Word]) -> bool:
    """Whether the words ``between`` a term and what waves it away say what someone did to
    it, which says which of it is meant: "a key you've lost is useless"; not the flag in "df
    -i is pointless", which is no "I"."""
    return bool(between) and between[0].surface.lower() in DOERS and between[0].surface != "i"


def _what_befell(words: Sequence[Word], start: int, between: Sequence[Word]) -> bool:
    """Whether what is waved away is a thing named by what befell it, which says which of it
    is meant: "the leaked one is useless" (the term a participle, "one" for the thing); not
    "a dedicated secrets manager is overkill", which names a kind."""
    led = start > 0 and words[start - 1].lower in DETERMINERS
    return led and [word.lower for word in between] == ["one"] and regular_past(words[start])


def regular_past(word: Word) -> bool:
    """A past tense or participle of a regular verb: "leaked", "rolled", "expired"."""
    return len(word.lower) > PAST_FROM and word.lower.endswith("ed")


def _consequence(words: Sequence[Word], start: int, clause_starts: Sequence[int]) -> bool:
    """Whether the term opening at ``start`` is in a clause that says what follows when advice
    is not taken: "the keys must be backed up too, or your encrypted backup is useless"."""
    opens = clauses.start_of(clause_starts, start) if clause_starts else 0
    return opens > 0 and words[opens].lower in CONSEQUENT


def _supposed(words: Sequence[Word], opens: int) -> bool:
    """Whether the clause opening at ``opens`` supposes a case: "where an immediate answer is
    not needed, I publish an event" says when, and waves nothing away."""
    if opens + 1 < len(words) and words[opens].lower in SUBJECT_JOINING:
        opens += 1  # "and if an answer is not needed"
    return words[opens].lower in SUPPOSING


def _object_clause(term: Word, between: Sequence[Word]) -> bool:
    """Whether the words ``between`` a doing and what waves it away say what it is done to,
    as a clause: "measuring where time goes is a waste"."""
    return term.lower.endswith("ing") and between[0].lower in OBJECT_CLAUSES


def _opens_clause(between: Sequence[Word]) -> bool:
    """Whether the words ``between`` a term and what waves something away open a clause of
    their own, whose subject is waved away, not the term: "IPv4 because they are optional",
    "serializable, so anomalies are never a concern", "a new database in a month; that is
    risky" (not "rotation that is optional", where "that" is the term); or go on to another
    predicate of a subject before it: "a mutex, which only guards one process and is
    useless"."""
    if [word.lower for word in between] == ["and"]:  # "and is useless": another predicate
        return True
    return any(word.lower in CLAUSE_OPENERS for word in between) or any(
        word.lower in DEMONSTRATIVES for word in between[1:]
    )


def _clause_reach(index: int, clause_starts: Sequence[int], length: int) -> int:
    """How many words after ``index`` are still in its clause: what waves a term away stands
    there, not in the next sentence ("base64 is effectively encryption. Rotation is
    unnecessary"), nor after a comma ("the same CPU metric, which should be avoided", where
    what is avoided is the whole of what was said)."""
    return clauses.bounds(clause_starts, index, length)[1] - index - 1


def _after_in_clause(
    words: Sequence[Word], index: int, clause_starts: Sequence[int], most: int
) -> Sequence[Word]:
    """The words after ``index`` in its clause, ``most`` of them at most."""
    return words[index + 1 : index + 1 + min(most, _clause_reach(index, clause_starts, len(words)))]


def _denied_need(
    term: Word, following: Sequence[Word], after: str, in_clause: int
) -> re.Match[str] | None:
    """ "rotation isn't really needed", "versions do not matter"; not "bursts of work not
    needed at once", where "not needed" says which work, nor "durability there doesn't
    matter" or "SEO doesn't matter there", of the one place named before; the words before
    the denial within ``in_clause`` words after the term, in its clause. The denial found, or
    None."""
    match = DENIED_NEED_AFTER.match(after)
    if match is None:
        return None
    at = match.group(1).count(" ")  # the words before "not"
    if at > in_clause or any(word.lower in PLACE_NAMED for word in following[:at]):
        return None
    denial_ends = len(match.group(0).split())
    if any(word.lower == THERE for word in following[denial_ends : denial_ends + 1]):
        return None  # "SEO doesn't matter there"; not "isn't relevant here", of the question
    contracted = following[at].surface.lower() != "not"  # "isn't", "doesn't": a verb in it
    return match if contracted or (following[at - 1] if at else term).lower in BEING else None
