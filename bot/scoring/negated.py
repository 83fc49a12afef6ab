"""A key point's statement said with "not" or "never": "Two requests can never interleave"
where the point says the event loop "still interleaves two requests at every await";
"Indexes don't slow down writes" where it says an index "slows down writes".

The answer's clause negates a verb the point says without a negation ("not" or "never" before
it, a modal or a softening word between: "can never", "doesn't really"), and says what the
point says around that verb: two of the point's stems near it, in any order. Said of something,
it names the point's doer too (or stands for it: "they") and what the point does it to: so "an
index doesn't speed up writes" denies nothing of "speeds up reads but slows down writes", where
"writes" comes after "slows", and "white does not absorb heat" nothing of what black absorbs.
Said of nothing, what the point does it to is its subject: "two requests can never interleave".
What a point commands ("Always set a TTL") only the speaker refuses: "I don't set TTLs".

Narrow on purpose, like every claim check (see ``claims``): of a pitfall, only what it explains
after its colon ("Assuming async code cannot race: a single-threaded event loop still
interleaves two requests"), as its first words describe a mistake; not what a point names as
its statement opens ("Fan-out on write gives ..."), nor what it commands, said of a thing
("TypeScript can't validate runtime data"); not a command ("Don't cache user pages", "and never
retry") nor advice ("shouldn't be cached"), whose advice the claim checks read; not a
supposition, a purpose, a question, a clause about something else or a claim spoken of ("if the
replica doesn't copy it", "so scripts can't read them", "why didn't the tests catch it",
"something you never tested", "I push back on SQL doesn't scale"); not a hedge or a limit ("not
always", "not only"); not a doing named ("not setting requests is a common mistake"); not what
the clause sets against another thing or goes on to restrict ("measured limits and not
guesses", "can't paint until the CSS arrives", "don't keep it locally but in Redis") or
puts in another place than the point ("they don't keep sessions in memory" of "keep sessions
in shared stores"); not a verb the point negates itself, or says with a negation ("304 Not
Modified", "run as a non-root user"); nor an aside in brackets, which tells what an alternative
lacks or makes an exception ("at-most-once (the broker doesn't redeliver)").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.scoring import clauses
from bot.scoring.deeds import OWN_SUBJECTS, is_bare
from bot.scoring.definitions import LABEL
from bot.scoring.reading import Reading
from bot.scoring.text import CONDITIONAL, Word, clean, quoted, tokens, word_set
from bot.scoring.vocabulary import PreparedPoint
from bot.types import Role

NEGATING = word_set("not never cannot")
# between a negation and the verb it negates: "can never interleave", "doesn't really help"
BETWEEN = word_set("really actually ever even be been get a an the any")
# after a negation, a hedge or a limit, not a denial: "not always", "not only", "not just"
LIMITING = word_set(
    "always only just necessarily all every both much many merely simply quite entirely fully "
    "completely exactly as so too that"
)
# before a negation in its clause, what makes it no statement of the answer's own: a purpose
# ("so scripts can't read them"), a question ("why didn't the tests catch it"), a clause about
# something else ("something you never tested", "once the key couldn't be read")
NOT_STATED = CONDITIONAL | word_set(
    "so to why how what whether that which who whom where once until before after while "
    "whichever whatever must should or otherwise sure"
)
# a negation said with a modal that advises: "The HTML shouldn't be cached like that"
ADVISING = frozenset({"shouldn't", "mustn't", "wouldn't", "shouldnt", "mustnt", "wouldnt"})
LEADING = word_set("and but then also just so or")  # before a command: "and never let the CDN"
# after the verb, when it does, or what it does instead: "can't paint until the CSS arrives",
# "don't keep session data locally but store it in Redis"
RESTRICTING = word_set("until unless without before except but instead rather")
# before a subject and its negation, what makes it a clause about that thing: "runs
# something you never tested"
SOME_THING = word_set("something anything everything nothing")
REPORTED = word_set("on about against")  # before a one-word subject: a claim spoken of
VERB_REACH = 3  # words between a negation and its verb
NEAR = 5  # words either side of a point's verb that say what it is about
AFTER = 4  # words after a verb that say what it is done to
SAID_AROUND = 2  # of the point's stems near its verb, how many the answer's clause says
NEGATED_BEFORE = 5  # words before a point's verb in which a negation of its own stands
COMPARED = word_set("more less than fewer")  # after a point's verb: "absorbs more heat than"
HOW_OFTEN = word_set("always regularly routinely usually first also")  # "Always set a TTL"
STANDING_FOR = word_set("it they this these")  # a doer named before: "closures ... they can't"
PLACING = word_set("in on at into inside")  # where a thing is done to: "in memory"


def negated(points: Sequence[PreparedPoint], reading: Reading) -> dict[int, str]:
    """The points whose statement the answer negates, each with why; empty for none, the
    usual case, found in one pass over the answer's words."""
    words = reading.words
    found: dict[int, str] = {}
    for at, word in enumerate(words):
        if word.lower not in NEGATING or at in reading.asides:
            continue  # most words; and a negation in brackets, an aside (see ``claims``)
        verb = _negated_verb(words, at, reading.clause_starts)
        if verb < 0:
            continue
        opens, past = clauses.bounds(reading.clause_starts, verb, len(words))
        for index, point in enumerate(points):
            if index not in found and _denies(point, words, verb, opens, past):
                found[index] = (
                    f"You said “{quoted(words[opens:past])}”; the key point says the opposite."
                )
    return found


def _negated_verb(words: Sequence[Word], at: int, clause_starts: Sequence[int]) -> int:
    """Where the verb the negation at ``at`` denies stands, or -1 where it denies nothing a
    point could state: a command ("Don't cache it"), a supposition ("if it doesn't copy"),
    a hedge ("not always")."""
    if words[at].surface.lower() in ADVISING:
        return -1
    opens, past = clauses.bounds(clause_starts, at, len(words))
    first = opens
    while first < at and words[first].lower in LEADING:
        first += 1
    if at == first or (at == first + 1 and words[first].lower == "do"):
        return -1  # a command: "Don't cache user pages", "and never retry"
    if any(word.lower in NOT_STATED for word in words[opens:at]):
        return -1  # "if the replica doesn't copy it", "so scripts can't read them"
    if words[at - 1].lower in LEADING:
        return -1  # set against what goes before: "measured limits and not guesses"
    if at - 2 >= opens and words[at - 2].lower in SOME_THING | REPORTED:
        return -1  # "something you never tested", "I push back on SQL doesn't scale"
    if any(word.lower in RESTRICTING for word in words[at + 1 : past]):
        return -1  # "can't paint until the CSS arrives": what it waits for
    for verb in range(at + 1, min(past, at + 1 + VERB_REACH)):
        word = words[verb]
        if word.lower in LIMITING:
            return -1
        if word.content:
            if word.lower.endswith("ing") or not word.lower.isalpha():
                return -1  # "not setting requests is a mistake": a doing named; "not 30"
            limited = verb + 1 < past and words[verb + 1].lower in LIMITING
            return -1 if limited else verb  # "can't guarantee both": a limit
        if word.lower not in BETWEEN:
            return -1
    return -1


def _denies(point: PreparedPoint, words: Sequence[Word], verb: int, opens: int, past: int) -> bool:
    """Whether the answer's clause (``opens`` to ``past``), negating the verb at ``verb``,
    denies what ``point`` states with that verb."""
    stems = set(words[verb].stems)
    own = point.words
    places = [place for place, said in enumerate(own) if not stems.isdisjoint(said.stems)]
    if not places:
        return False  # most points: the verb is none of theirs, decided before the label is read
    statement = _statement_opens(point)
    places = _stated_at(point, places, statement)
    if not places:
        return False
    doer = words[opens:verb]
    if _the_rejected(point, doer):
        return False  # "a div isn't focusable" of "Replacing a clickable div with a button"
    commanded = _commanded(own, places[0], statement)
    if commanded and OWN_SUBJECTS.isdisjoint(word.lower for word in doer):
        return False  # what a point commands only the speaker refuses: not "TypeScript can't"
    told = _stems(words[opens:past]) - stems
    told_after = _stems(words[verb + 1 : min(past, verb + 1 + AFTER)]) - stems
    for place in places:
        near = _stems(own[max(0, place - NEAR) : place + 1 + NEAR]) - stems
        if len(told & near) < SAID_AROUND:
            continue
        if not told_after:
            return True  # "two requests can never interleave": what it is done to as subject
        after = _stems(own[place + 1 : place + 1 + AFTER]) - stems
        same_doer = commanded or _same_doer(doer, own[:place])
        if (
            same_doer
            and not told_after.isdisjoint(after)
            and not _elsewhere(words[verb + 1 : past], own, place)
        ):
            return True  # the point's doer, the point's verb and what it is done to
    return False


def _elsewhere(rest: Sequence[Word], own: Sequence[Word], place: int) -> bool:
    """Whether the answer's words after its verb (``rest``) put what it is done to in
    another place than the point does after its verb at ``place``: "don't keep sessions in
    memory" of "keep sessions and user data in shared stores"."""
    placing = {word.lower for word in own[place + 1 : place + 1 + 2 * NEAR]} & PLACING
    for at, word in enumerate(rest):
        if word.lower in placing:
            where = _stems(_named(rest[at + 1 :]))
            return bool(where) and where.isdisjoint(_stems(own))
    return False


def _named(words: Sequence[Word]) -> Sequence[Word]:
    """The words of the first thing ``words`` name: its content words in a row, after any
    article ("the actual old browsers")."""
    opens = next((at for at, word in enumerate(words) if word.content), len(words))
    past = next((at for at in range(opens, len(words)) if not words[at].content), len(words))
    return words[opens:past]


def _stated_at(point: PreparedPoint, places: list[int], statement: int) -> list[int]:
    """Of the ``places`` where the point says the answer's verb, those where it states it in
    words of its own: none when it negates or compares it itself ("304 Not Modified", "black
    absorbs more heat than white"), nor what it names as its statement opens, at
    ``statement`` ("Fan-out on write gives ...")."""
    own = point.words
    if point.role is Role.PITFALL:  # only what it explains: "...: a replica copies a DROP"
        explained = _explanation_opens(point)
        places = [place for place in places if explained >= 0 and place >= explained]
    if any(_negated_in_point(own, place) or _compared(own, place) for place in places):
        return []
    if places and places[0] == statement and not _commanded(own, places[0], statement):
        return []
    return places


def _commanded(own: Sequence[Word], place: int, opens: int) -> bool:
    """Whether the point's word at ``place`` (of its words ``own``) commands, opening its
    statement at ``opens``, after a word of how often at most: "Always set a TTL", "Declare a
    major incident", "Regularly read blogs"; not a noun that names ("Fan-out on write gives
    fast reads")."""
    if place == opens + 1 and own[opens].lower in HOW_OFTEN:
        return True
    return (
        place == opens
        and is_bare(own[place])
        and place + 1 < len(own)
        and not (own[place + 1].lower.endswith("s") and own[place + 1].content)
    )


def _the_rejected(point: PreparedPoint, doer: Sequence[Word]) -> bool:
    """Whether the answer's words before its verb (``doer``) name what the point rejects and
    nothing it affirms: what "a div with an onclick" lacks agrees with "Replacing a clickable
    div with a native button gives focus"."""
    said = _stems(doer)
    rejected = point.claims.rejected
    return not said.isdisjoint(rejected) and said.isdisjoint(point.claims.affirmed - rejected)


def _same_doer(doer: Sequence[Word], before: Sequence[Word]) -> bool:
    """Whether the answer's words before its verb (``doer``) name who does it in the point's
    words before the point's verb, or stand for it: "it", "they"."""
    return any(word.lower in STANDING_FOR for word in doer) or not _stems(doer).isdisjoint(
        _stems(before)
    )


def _explanation_opens(point: PreparedPoint) -> int:
    """Where a pitfall's statement of fact opens in its words: after a colon ("Treating
    replication as a backup: a replica copies an accidental DROP TABLE"), or at its first word
    when it names no doing ("Closures that capture large objects ... can cause memory leaks");
    -1 for none ("Retrying aggressively without backoff, which ...")."""
    colon = point.text.find(":")
    if colon > 0:
        return len(tokens(clean(point.text[: colon + 1])))
    return -1 if point.words and point.words[0].lower.endswith("ing") else 0


def _statement_opens(point: PreparedPoint) -> int:
    """Where the point's statement opens in its words, after its label ("Fan-out on write
    gives ..." of "Trade-offs: Fan-out on write gives ...")."""
    label = LABEL.match(point.text)
    return len(tokens(clean(label.group()))) if label else 0


def _compared(own: Sequence[Word], place: int) -> bool:
    """Whether the point says its verb at ``place`` of one thing more than of another."""
    return any(word.lower in COMPARED for word in own[place + 1 : place + 1 + NEAR])


def _negated_in_point(own: Sequence[Word], place: int) -> bool:
    """Whether the point negates its own verb at ``place``, or what it says with it: "only
    base64-encoded, not encrypted", "run as a non-root user"."""
    return any(
        word.negator or word.lower in NEGATING or word.lower == "non"
        for word in own[max(0, place - NEGATED_BEFORE) : place + 1 + AFTER]
    )


def _stems(words: Sequence[Word]) -> set[str]:
    return {found for word in words if word.content for found in word.stems}
