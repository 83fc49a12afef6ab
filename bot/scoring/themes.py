"""The words a story uses for what a behavioural question asks about, when they are not the
question's own: a true story of "a difficult team member" speaks of "a colleague" who was
"blunt", one of "an incident" of "the outage", one of "critical feedback" of "harsh
comments". Each group below is one thing an interviewer asks about; when the question says
a word of a group, an answer's word of that group says it too (see ``relevance``), also with
a typo ("collegue") or split in two ("post mortem"). The groups were written from the
guides' story questions and what interviewers ask about in general, not from answers.

Only words that tell the theme belong here, never the ones any story uses ("team",
"project", "change", "production", "release"): a well-told story about something else
must not fit by them; nor do those words tell a story's subject when the question says
them (see ``COMMON``). Nor do words whose stem is another word's: "objected" would stand for
"objective", "blocked" for "block", "burned" for the "burn rate" of an SLO, "reacted" for
React, "severity" for "several", "conflict" for a merge conflict, "accountable" for customer
"accounts"; nor words the glossary takes to another ("fault" to "error"). A group goes on over
indented lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from bot.scoring.text import PARTICLES, Normalizer, Word, word_set

THEMES = """
member teammate teammates colleague colleagues coworker coworkers peer peers counterpart
difficult tough challenging friction tension tensions clash clashed abrasive
    blunt curt rude dismissive defensive hostile toxic stubborn argumentative uncooperative
    unresponsive unreliable condescending disrespectful frustrating frustrated frustration
    harsh aggressive annoying annoyed grumpy prickly combative territorial interrupting
    interrupted complained complaining micromanaging brutal arrogant
disagree disagreed disagreeing disagreement disagreements argued argument arguments debate
    debated compromise
push postpone postponed postponing veto vetoed blocker
risky risk risks dangerous unsafe untested concern concerns worried
incident incidents outage outages downtime degraded degradation sev1 sev2 hotfix postmortem
postmortem postmortems retro retrospective retrospectives writeup blameless
responsible mistake mistakes accidentally
feedback comments criticism critique critiqued criticised criticized nitpicks remarks
critical harsh negative rejected blunt scathing
respond replied reply
convince convinced persuade persuaded persuading pitch pitched proposal advocated lobbied
invest investment budget prioritize prioritized prioritise prioritised priority
roadmap backlog okr okrs
manager managers pm pms
accessibility a11y wcag aria screenreader screenreaders voiceover nvda
performance lighthouse vitals lcp inp
architecture monolith microservices legacy
wrong mistake mistakes misjudged misjudgment underestimated overestimated regret regretted
    flawed backfired incorrect mistaken assumption assumptions hindsight
exhausting exhausted tired fatigue overworked morale burnout
paged pages paging pager pagerduty woken alerts
night nights overnight midnight sleep
handoff handover figma mockup mockups wireframe wireframes redlines
"""

# What any story of an engineer's work says, whatever it is about: in a story question they
# tell nothing of its subject ("work with a difficult team member", "what happened", "this
# led to"). A question's word is one of these as it is spelt: "response" is, and
# "responsible" is not, though they share a stem.
COMMON = """
work works worked working team teams people project projects production product change
changes changed update updated release released version ship shipped shipping code feature
features after afterwards happen happened run running ran own owned owning get got find found
time week weeks month months day days system build built engineer engineers company job thing
things way front end back think thought become became several close receive received led
exist exists existing
response responses
"""


COMMON_WORDS = word_set(COMMON)
THEME_GROUPS = re.split(r"\n(?! )", THEMES.strip())  # an indented line goes on


def common_stems(normalizer: Normalizer) -> frozenset[str]:
    """The stems of ``COMMON``: an answer's words that say nothing of a theme."""
    return frozenset(s for word in normalizer.words(COMMON) for s in word.stems)


def asked_commonly(asking: Iterable[Word]) -> frozenset[str]:
    """The stems of a question's words that are ``COMMON`` as spelt: "response" of "how did
    you run the response", not "responsible" of "an incident you were responsible for"."""
    return frozenset(
        s for word in asking if word.surface.lower() in COMMON_WORDS for s in word.stems
    )


def story_themes(
    normalizer: Normalizer, asking: Iterable[Word], topic: Iterable[str], common: frozenset[str]
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """What says a topic stem of a question by theme, each theme read once:

    * the stems that say one -> the topic stems they say ("colleagu" -> {"member"}); a topic
      stem says itself already, and the ``common`` stems say nothing;
    * the words that say one as they are spelt (lowercase) -> the topic stems they say: its
      theme's words and the question's own, so that a typo of one ("mistkae", "incidnet") or
      one split in two ("post mortem") says it too.
    """
    asked = frozenset(topic)
    says: dict[str, set[str]] = {}
    spelt: dict[str, set[str]] = {
        word.lower: set(asked.intersection(word.stems))
        for word in asking
        if not asked.isdisjoint(word.stems)
    }
    for words in map(normalizer.words, THEME_GROUPS):
        said = asked.intersection(s for word in words for s in word.stems)
        for word in words if said else ():
            for found in _own_stems(word) - asked - common:
                says.setdefault(found, set()).update(said)
            if common.isdisjoint(word.stems):
                spelt.setdefault(word.lower, set()).update(said)
    return _frozen(says), _frozen(spelt)


def _own_stems(word: Word) -> frozenset[str]:
    """The stems of a theme's word that say its theme: all of a plain word's; none of an
    abbreviation the glossary spells out in several words ("LCP": "largest contentful
    paint"), whose parts speak of much else ("content", "web", "next"). The abbreviation
    still says its theme as it is spelt (see ``relevance``)."""
    return frozenset(word.stems) if len(word.stems) == 1 else frozenset()


def _frozen(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in table.items()}


def phrasal(asking: Sequence[Word], topic: Iterable[str]) -> dict[str, str]:
    """The question's topic verbs it says with a particle ("pushed back"): stem -> particle.
    A story says such a verb only with its particle ("I pushed the launch back",
    "pushback"): "I pushed for a runbook" and "pushed a fix" tell another story."""
    asked = frozenset(topic)
    return {
        found: following.lower
        for word, following in itertools.pairwise(asking)
        if following.lower in PARTICLES
        for found in word.stems
        if found in asked
    }
