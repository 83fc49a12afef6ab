"""Credit an answer keeps when its words are right but it does not explain them.

* A *keyword list*: the matched terms sit in bare list items ("index, EXPLAIN, cache")
  rather than in sentences; a hedge in front ("I have no idea.") changes nothing, because
  only the fragments holding matched terms count. A few items inside sentences ("the right
  verbs (GET, POST, DELETE) on resource URLs") are an enumeration, not a list: the credit
  falls only as list items become most of what the answer says. In an answer made of little
  but the key points' terms (a *dense* one), terms strung together with no word or symbol
  relating them ("index EXPLAIN cache query plan join order") are a list without commas.
  One or two terms are no list: "enqueue, dequeue" may be the whole answer; nor is a list
  that answers a question asking for one ("Name the three service classes").
* A *jumble*: the key points' words with their sense lost. In a real answer, a matched term
  is usually followed by another term of the same key point, in the point's order; in words
  shuffled across points it rarely is. This *cohesion* of neighbouring matched terms is
  measured in a dense answer once there are enough of them to judge; a pair in the other
  order than the point's counts half, as paraphrase reorders words. In a story or any answer
  of many other words, neighbouring matched terms are far apart in the points and tell
  nothing, so cohesion counts only as far as the answer is dense. Words shuffled out of their
  sentences also give themselves away by their grammar (see ``shuffled``).
* *Scattered clauses*: each clause of a real answer, even a terse one, speaks of one point
  or two, so most of the telling terms (those of one or two points) in a clause belong to
  one point. Clauses that each bind the terms of several points ("the canary of every push
  promotes the blue-green commit SHA into staging") are the key points' words in grammar
  with their sense lost, and count as a jumble. Judged once an answer has enough telling
  terms in clauses of three or more, and only as far as the answer is made of the points'
  words: a story or a walk through an incident mixes them in its own words, and is no salad.
  The denser the answer (past a gist's length), the more closely its clauses must keep to
  one point: fluent nonsense in the points' words binds two neighbouring points per clause.
  A story is judged the same way against the parts of the model story, but only once it is
  mostly made of the model story's words: a candidate's own story is not (``story``).
  An answer that says one point far better than it says the others (the point's overlap
  well ahead of the middle point's) speaks of that point, whatever its clauses: a partial
  answer on a question whose points share their words binds several of them in a clause, but
  a salad of every point's words says none of them much better than the rest.
"""

from __future__ import annotations

import itertools
import statistics
import sys
from collections.abc import Iterator, Mapping, Sequence

from bot.scoring import clauses
from bot.scoring.overlap import Overlap
from bot.scoring.reading import Hit, Reading, strung
from bot.scoring.vocabulary import PreparedQuestion

LIST_KEEPS = 0.3  # credit a bare list of terms keeps
ENUMERATED_UP_TO = 0.3  # share of matched terms in list items that is a sentence's enumeration
LISTED_FROM = 0.7  # ... and from which the answer is a bare list
LISTED_TERMS = 3  # matched terms in list items that can make a list: one stray term cannot
JUMBLE_KEEPS = 0.25  # credit the most jumbled answer keeps
JUMBLED_AT = 0.35  # cohesion of shuffled words, and a little above
COHERENT_AT = 0.6  # cohesion from which an answer keeps all its credit
MIN_NEIGHBOURS = 6  # pairs of neighbouring matched terms needed to judge cohesion
NEIGHBOUR_REACH = 4  # words between two matched terms that count as neighbours
SHUFFLED_KEEPS = 0.1  # credit words shuffled out of their sentences keep
MIN_BROKEN = 3  # articles before a grammatical word that show words were shuffled
BROKEN_SHARE = 0.2  # ... when they are also this share of all articles
MIN_BROKEN_RUN_ON = 2  # ... in words run on with no stop or comma, the punctuation shuffled out
JUMBLE_NOTED_BELOW = 0.95  # the share of credit kept below which the jumble is told
DENSE_FROM = 0.6  # share of content words that are key-point terms from which an answer is dense
DENSE_AT = 0.8  # ... and from which it is made of nothing else
TELEGRAPHIC_DENSE = 0.9  # how dense a longer answer with hardly any grammar is, to be a list
TELEGRAPHIC_GRAMMAR = 0.13  # ... and the share of grammatical words below which it has none
# (less in proportion for a less dense answer)
CLAUSE_TERMS = 3  # telling terms a clause needs before it shows what it speaks of
JUDGED_TERMS = 12  # telling terms in such clauses needed to judge an answer's focus
SCATTERED_AT = 0.5  # share of a clause's telling terms that belong to its main point: salad
FOCUSED_AT = 0.65  # ... and from which the answer keeps all its credit
# A dense answer, made of the points' words, must keep to one point per clause more closely:
# fluent nonsense in the points' words ("the CDN caches the buffer pool at the edge of the
# Redis layer") binds neighbouring points' terms, and little else tells it from an answer.
# Not a brief one: a gist sums several points up in a clause. Two thirds as close as it once
# was (0.2 and 0.15): answers on questions whose points share their words (a typeahead's trie,
# prefix and top completions) bind them nearly as closely, and were told they were jumbled.
# Measured: 10 more questions in order over the answer sets, none fewer; at half, 4 more, but
# one set's word salads averaged over 0.3. Nonsense that keeps to one point in two clauses of
# three now keeps about half its credit, a third before.
DENSE_FOCUSED_AT = 0.13  # added to FOCUSED_AT for a fully dense answer
DENSE_SCATTERED_AT = 0.1  # ... and to SCATTERED_AT
# How far the best point's overlap is ahead of the middle point's from which an answer speaks
# of that point, not of all of them (see ``_lead``), and at which it does in full: a salad of
# the points' words leads by less than 0.4 but for one in twenty, a partial answer by more
# than 0.35 for three in four
LEADS_FROM = 0.25
LEADS_AT = 0.4
BRIEF_WORDS = 25  # content words up to which an answer is brief: judged on what it says
GIST_WORDS = 20  # ... and a sentence's worth of them, which may sum several points up
RUN_ON_WORDS = 30  # words from which a gist parts what it sums up with commas or stops
FOCUS_FROM = 0.35  # share of the answer's content words on point from which focus is judged
FOCUS_AT = 0.55  # ... in full: a story or walk-through of many other words is no salad
# How far above chance (see ``_main_by_chance``) the share of a clause's terms on its main part
# must be for a story's clauses to keep to one part: 0.75 when chance is a half
STORY_FOCUS_ABOVE_CHANCE = 0.5
STORY_FOCUS_FROM = 0.5  # share of a story's content words in the model story's from which...
STORY_FOCUS_AT = 0.7  # ... and at which its focus is judged in full
LIST_NOTE = "_Most matched terms came as a bare list: say how they fit together._"
JUMBLE_NOTE = "_The key terms are there but jumbled: explain them in sentences._"


def keeps(
    question: PreparedQuestion, reading: Reading, overlaps: Sequence[Overlap]
) -> tuple[float, tuple[str, ...]]:
    """The share of its credit the answer keeps, and why it lost some; ``overlaps``: how
    much of each point it says (see ``overlap``)."""
    hits = reading.hits
    if not hits:
        return 1.0, ()
    dense = _density(question, reading)  # only a dense answer: strings, cohesion
    if _telegraphic(reading, dense):
        in_lists = len(hits)  # phrases of the points with the grammar taken out: a list
    else:
        in_lists = reading.listed_hits + (_strung_hits(reading) if dense else 0)
    listed = (
        in_lists / len(hits) if in_lists >= LISTED_TERMS and not question.asks_for_list else 0.0
    )
    kept: float = 1.0  # no list, the usual case, found without the ramp
    if listed:
        kept = 1.0 - (1.0 - LIST_KEEPS) * _ramp(listed, ENUMERATED_UP_TO, LISTED_FROM)
    notes = []
    if listed >= 0.5:
        notes.append(LIST_NOTE)
    # a gist sums several points up in a few words each ("revoke the key, check CloudTrail,
    # rotate"): its neighbouring terms, and each of its clauses, hold several points' words
    gist = reading.content_words <= GIST_WORDS and not listed and not _run_on(reading)
    cohesion = 1.0 if gist or not dense else _cohesion_keeps(question, hits, dense)
    jumble = cohesion * (1.0 if gist else _focus_keeps(question, reading, dense, overlaps))
    if shuffled(reading):
        jumble = min(jumble, SHUFFLED_KEEPS)  # at most: a shuffle told by its grammar too
    if jumble < 1.0:
        kept *= jumble
    if jumble < JUMBLE_NOTED_BELOW:  # a word or two out of the points' order says nothing
        notes.append(JUMBLE_NOTE)
    return kept, tuple(notes)


def _run_on(reading: Reading) -> bool:
    """Whether the answer runs RUN_ON_WORDS words or more without a comma, a colon or a full
    stop: no gist, which parts what it sums up ("revoke the key, check CloudTrail, rotate"),
    but words strung together, judged as any answer of its length is."""
    return len(reading.words) >= RUN_ON_WORDS and len(reading.clause_starts) < 2


def shuffled(reading: Reading) -> bool:
    """Words shuffled out of their sentences: "the" or "a" followed by "of", "and", "is"...,
    or "The" capitalised inside a sentence ("scaling the between CPU ... Autoscaler The load"),
    or other neighbours that never meet ("and but", "with with", "for of").

    Written English almost never puts an article before a grammatical word, nor a capital on
    one it does not open a sentence with; shuffled words do it every few articles, and put
    conjunctions and prepositions side by side. Words shuffled with their punctuation left out
    run on for many words (see ``_run_on``): two such slips tell them there.
    """
    broken = reading.broken_articles
    least = MIN_BROKEN_RUN_ON if _run_on(reading) else MIN_BROKEN
    return broken >= least and broken >= BROKEN_SHARE * reading.articles


def _cohesion_keeps(question: PreparedQuestion, hits: Sequence[Hit], dense: float) -> float:
    """The credit a dense answer keeps by the cohesion of its neighbouring matched terms."""
    if not dense:
        return 1.0
    in_order, together = question.in_order, question.together
    pairs = kept_order = either_order = 0
    before, _, where, sentence, _ = hits[0]
    for found, _, position, in_sentence, _ in hits[1:]:
        if in_sentence == sentence and found != before and position - where <= NEIGHBOUR_REACH:
            pairs += 1
            if (before, found) in in_order:
                kept_order += 1
            elif (before, found) in together:
                either_order += 1
        before, where, sentence = found, position, in_sentence
    if pairs < MIN_NEIGHBOURS:
        return 1.0
    cohesion = (kept_order + 0.5 * either_order) / pairs
    kept = JUMBLE_KEEPS + (1.0 - JUMBLE_KEEPS) * _ramp(cohesion, JUMBLED_AT, COHERENT_AT)
    return 1.0 - dense * (1.0 - kept)


def on_point_share(question: PreparedQuestion, reading: Reading) -> float:
    """The share of the answer's content words that are the key points' own (the question's
    words aside)."""
    content = reading.content_words
    if not content:
        return 0.0
    asked, words = question.asked, reading.words
    said, counted = 0, -1  # the words counted; the last one's index
    for found, _, position, _, _ in reading.hits:  # in answer order: one word's hits in a row
        if position != counted and found not in asked:
            counted = position
            if words[position].content:
                said += 1
    return said / content


def precision(question: PreparedQuestion, reading: Reading) -> float:
    """``on_point_share`` with the question's own words left out of the count of the
    answer's words too: a brief answer restating the topic ("isolation levels") is neither on
    point nor off it."""
    asked = question.asked
    restated = sum(1 for word in reading.words if word.content and asked.issuperset(word.stems))
    own = reading.content_words - restated
    if own <= 0:
        return 0.0
    return min(1.0, on_point_share(question, reading) * reading.content_words / own)


def _density(question: PreparedQuestion, reading: Reading) -> float:
    """How far the answer is made of nothing but key-point terms: 0 below DENSE_FROM, 1
    from DENSE_AT."""
    if len(reading.hits) < DENSE_FROM * reading.content_words:
        return 0.0  # too few terms to be dense: the usual case, found quickly
    return _ramp(on_point_share(question, reading), DENSE_FROM, DENSE_AT)


def _telegraphic(reading: Reading, dense: float) -> bool:
    """Whether a longer answer is the points' phrases with their grammar taken out ("TTL
    jitter random so many keys moment same expire at, delete the key commits after update"):
    made of key-point terms, with hardly a word of grammar between them. Written answers,
    however terse, keep their articles and verbs of being. The less of the answer is the
    points' terms (``dense``), the less grammar it may have before it is such notes: a
    command or a snippet of code among them has none of its own."""
    if dense <= 0.0 or reading.content_words <= BRIEF_WORDS:
        return False  # the usual case (no grammar is below a bar of 0), decided uncounted
    bar = TELEGRAPHIC_GRAMMAR * min(1.0, dense / TELEGRAPHIC_DENSE)
    grammar = sum(1 for word in reading.words if word.grammar)
    return grammar < bar * len(reading.words)


def _strung_hits(reading: Reading) -> int:
    """The hits strung together with nothing relating them, not already in list items."""
    where = strung(reading)
    if not where:
        return 0
    return sum(1 for hit in reading.hits if not hit[4] and hit[2] in where)


def _focus_keeps(
    question: PreparedQuestion, reading: Reading, dense: float, overlaps: Sequence[Overlap]
) -> float:
    """The credit an answer keeps by how far each clause keeps to one point, judged as far as
    the answer is on point (see FOCUS_FROM), and more closely as far as it is ``dense``; or
    by how far it says one point better than the rest (see ``_lead``), the better counting."""
    on_main = _on_main_share(question, reading)
    if on_main is None:
        return 1.0
    strict = dense if reading.content_words > BRIEF_WORDS else 0.0
    focus = _ramp(
        on_main,
        SCATTERED_AT + DENSE_SCATTERED_AT * strict,
        FOCUSED_AT + DENSE_FOCUSED_AT * strict,
    )
    if focus < 1.0:
        focus = max(focus, _ramp(_lead(overlaps), LEADS_FROM, LEADS_AT))
    return _unfocused_keeps(question, reading, focus, FOCUS_FROM, FOCUS_AT)


def _lead(overlaps: Sequence[Overlap]) -> float:
    """How far the point said best is ahead of the middle one (the median of the overlaps):
    a partial answer says one point or two well and the rest barely; a salad of every point's
    words says each of them about as much. Read only for an answer judged unfocused."""
    values = [found[0] for found in overlaps]
    return max(values) - statistics.median(values) if values else 0.0


def story_focus_keeps(question: PreparedQuestion, reading: Reading) -> float:
    """The credit a story keeps by how far its clauses keep to one part of the model story.

    A story told in the model story's own words, each clause binding the terms of several of
    its parts ("I led the incident by rolling back the postmortem into the status page"), is
    a salad of them. A story's clause may tell two of its deeds, so it must keep to one part
    more closely than an explanation to one point before it is judged unfocused; and it is
    judged only as far as it is made of the model story's words (STORY_FOCUS_FROM): a
    candidate's own story, even of the same kind of event, shares far fewer of them.
    """
    on_main = _on_main_share(question, reading)
    if on_main is None:
        return 1.0
    by_chance = max(SCATTERED_AT, _main_by_chance(question))  # more when one part is most
    focused_at = by_chance + (1.0 - by_chance) * STORY_FOCUS_ABOVE_CHANCE
    focus = _ramp(on_main, by_chance, focused_at)
    return _unfocused_keeps(question, reading, focus, STORY_FOCUS_FROM, STORY_FOCUS_AT)


def _main_by_chance(question: PreparedQuestion) -> float:
    """The share of a clause's terms on its main part when its three terms are drawn at random
    from the model story's telling terms: about a half for a story of six or seven parts, two
    thirds for a Context / Action / Outcome whose Action holds most of them."""
    shares = [0.0] * len(question.points)
    for points in question.telling_points.values():
        for point in points:
            shares[point] += 1.0 / len(points)
    total = sum(shares, 0.0) or 1.0
    shares = [share / total for share in shares]
    all_three = sum((share**3 for share in shares), 0.0)  # all on one part: 3 on the main part
    all_apart = 6.0 * sum((a * b * c for a, b, c in itertools.combinations(shares, 3)), 0.0)  # 1
    return (3.0 * all_three + 2.0 * (1.0 - all_three - all_apart) + all_apart) / 3.0


def _on_main_share(question: PreparedQuestion, reading: Reading) -> float | None:
    """The share of the telling terms in clauses of CLAUSE_TERMS or more that belong to their
    clause's main point; None with too few such terms to judge."""
    telling = question.telling_points
    said = [hit for hit in reading.hits if hit[0] in telling]
    if len(said) < JUDGED_TERMS:  # too few to judge, whatever their clauses: quick
        return None
    on_main = judged = 0
    for terms in _by_clause(said, reading.clause_starts):
        if len(terms) >= CLAUSE_TERMS:
            on_main += _on_main_point(terms, telling, len(question.points))
            judged += len(terms)
    return None if judged < JUDGED_TERMS else on_main / judged


def _unfocused_keeps(
    question: PreparedQuestion, reading: Reading, focus: float, on_from: float, on_at: float
) -> float:
    """The credit kept at ``focus`` (1: focused), lost as far as the answer's words are the
    points' own: in full from ``on_at``, none up to ``on_from``."""
    if focus == 1.0:  # focused: all kept, however much of the answer is on point
        return 1.0
    on_point = _ramp(on_point_share(question, reading), on_from, on_at)
    return 1.0 - on_point * (1.0 - JUMBLE_KEEPS) * (1.0 - focus)


def _by_clause(said: Sequence[Hit], starts: Sequence[int]) -> Iterator[set[str]]:
    """The terms of each clause, from hits in answer order."""
    if len(starts) < 2:  # one clause, as in many short answers: all the terms, at once
        if said:
            yield {found for found, _, _, _, _ in said}
        return
    terms: set[str] = set()
    ends = -1  # where the clause being read ends: the next clause's first word
    for found, _, position, _, _ in said:
        if position >= ends:
            if terms:
                yield terms
                terms = set()
            _, ends = clauses.bounds(starts, position, sys.maxsize)
        terms.add(found)
    if terms:
        yield terms


def _on_main_point(terms: set[str], telling: Mapping[str, frozenset[int]], points: int) -> int:
    """How many of a clause's telling terms belong to the point most of them belong to."""
    counts = [0] * points  # by point: a list's item is counted quicker than a dict's
    for found in terms:
        for point in telling[found]:
            counts[point] += 1
    return max(counts)


def _ramp(value: float, low: float, high: float) -> float:
    """0 up to ``low``, 1 from ``high``, a straight line between. (``min(1.0, max(0.0,
    ...))`` written out: each call of theirs costs more than the rest.)"""
    ramped = (value - low) / (high - low)
    ramped = ramped if ramped > 0.0 else 0.0
    return ramped if ramped < 1.0 else 1.0
