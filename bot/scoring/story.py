"""Story questions ("Tell me about a time..."): judged on the story's shape, not its words.

A candidate's true story shares no words with the guide's sample story, so matching them
would be unfair. An interviewer listens for STAR instead: a concrete *situation*, what the
candidate *did* themselves, the *result*, and what they *learned*; and for a story that
answers the question asked. Each is one point of the score, judged from the answer's
sentences; what the speaker did is read by ``deeds``. Without a deed there is no story, so
no setting, outcome or lesson in it, and nothing to fit the question: an explanation with a
date in it is not a story, and the words every story question asks with ("tell me about a
time", "how did you handle it") show no relevance. Blaming others, hiding a problem (the
speaker's own hiding, not what others ignored), going over people's heads, belittling people
or their concerns ("which I saw as resistance to change") or having nothing to change, said
plainly, costs the story most of its credit, as it would in an interview; so does doing, or
holding right, what the question's pitfall warns against ("Since then I block any release I'm
unsure about by default" of "Blocking releases by default", read as ``advice`` reads a pitfall
recommended); and so does the model story's words recombined into new clauses (a salad of its
parts, see ``honesty.story_focus_keeps``); words shuffled out of their sentences keep almost
none.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from bot.scoring import advice, clauses, honesty
from bot.scoring.deeds import CHAINING, OWN_SUBJECTS, Sentence, deeds, is_past
from bot.scoring.model import PointScore, Score, status_of
from bot.scoring.reading import Reading, sentence_bounds
from bot.scoring.relevance import Bar, kept, relevance
from bot.scoring.text import Word, word_set
from bot.scoring.vocabulary import PreparedQuestion
from bot.types import Role

FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "myself"})
SETTING = word_set(
    """
    when while during at last once ago previous team project company client release
    launch deadline customer customers users production migration
    """
)
RESULT = word_set(
    """
    result resulted outcome reduced improved increased decreased dropped cut saved fixed
    resolved shipped delivered recovered launched finished completed succeeded stopped
    eventually finally afterwards end passed worked prevented avoided halved restored gone
    healthy normal baseline cleared subsided disappeared vanished
    doubled tripled faster fewer lower higher zero rose grew fell climbed jumped shrank sped
    """
)
# what a measure came to: "within six weeks we were down to about five pages a week"
REACHED = re.compile(
    r"\b(were|was|are|is|got|came) (all the way )?down to\b(?! (earth|us|you|me|them)\b)"
)
REFLECTION = re.compile(
    r"\b(learn(ed|t)?|lessons?|taught me|realis|realiz|hindsight|next time|since then|"
    r"ever since|from then on|going forward|from now on|in future|these days|"
    # what one would do differently, not "split the tickets differently"
    r"(do|did|done|doing|handle|handled|approach|run|ran) (it |things |this |that )?differently|"
    r"differently (now|next time|today|afterwards)|"
    r"takeaway|stuck with me|changed how|(i|we|and) (now|always)|now (i|we)|(i|we)( have)? since|"
    # a sentence opening with what holds now: "Now every design doc I write states..."
    r"(?<![^.] )(?<!\w)now (every|each|all|our|my)|"
    # "the lasting change is in how I write designs"
    r"lasting change|change (is|was) (in )?(how|the way) (i|we)|"
    # "What I changed in my practice: design docs now state growth assumptions"
    r"what (i|we)( have|'ve)? changed (in|about|afterwards|since|was|were|is)|"
    r"took (from|away)|take away|made it a (rule|habit)|"
    # "accessibility is now a standing item on my review checklist"
    r"now (a |an )?(standing |permanent |regular |fixed )?(item|part|step|habit|rule) (on|of|in)|"
    r"as a (standing|permanent|regular|fixed) (item|part|step|habit|rule|"
    r"meeting|review)|"
    r"(on|to|in) (my|our) (own |personal |team |team's )?(review |pr |release )?checklist)\b"
)
# what changed afterwards, and that it held, told by anyone: "action items, each with an
# owner", "we haven't had a repeat since", "nothing has expired since"
CHANGED = re.compile(
    r"\b((?<!no )action items?|(not|never|nothing)( has| have)? (had|seen|happened|recurred|"
    r"expired|failed|broken)( \w+){0,4} since|"
    # a recurrence denied, at any time: "it hasn't recurred in nine months"
    r"(not|never)( has| have)? (recurred|repeated|come back|happened again)|"
    # "three actions, each with an owner and a date"
    r"each with an owner|"
    # a practice taken up: "a handoff checklist that the whole team now uses"
    r"(team|everyone|everybody|we|company|organisation|organization) (now|still) "
    r"(uses?|follows?|runs?)|(team|we|everyone) adopted)\b"
)
DENIED = re.compile(r"\b(not|never|no)( \w+){0,2} $")  # just before what was learned


def _not_after(words: str) -> str:
    """A pattern that matches only where none of ``words`` (spaced) stands just before."""
    return "".join(f"(?<!{word} )" for word in words.split())


NOT_TALKING = _not_after("talked spoke talk speak chatted")
# "blaming QA wouldn't help": blame turned down
NO_HELP = r"(?!( \w+){0,3} (not|never) help)"  # read as "blaming qa not help"
# "blame just teaches people to hide mistakes": what blame does, said against it
BLAME_DOES = (  # of its object too: "blaming them only teaches the next person to stay quiet"
    r"(?!( (them|him|her|people|someone|anyone|others))? ((just|only|simply|never|always|"
    r"mostly|usually|often|rarely) )?(teaches|makes|"
    r"discourages|kills|leads|creates|breeds|encourages|pushes|drives|stops|prevents|hurts|"
    r"erodes|poisons|solves|fixes|helps|does|culture|game|destroys|hides|silences|undermines|"
    r"ruins|damages|buries|shuts)\b)"
)
# blame commanded as a warning of what follows it: "Blame them and the next person stays quiet"
BLAME_WARNED = (
    r"(?!(^|(?<=\| ))blame (them|him|her|people|someone|anyone|the \w+) and (the next|they|"
    r"people|nobody|no one|everyone|you)\b)"
)
# "people who get blamed stop reporting": blame suffered, not laid
NOT_SUFFERED = _not_after("get gets got getting be being")
# "if people fear blame, they hide the details": blame feared, not laid
NOT_FEARED = _not_after("fear fears feared of")
REVIEWS = r"(postmortem|post-mortem|retro|retrospective|write-?up)"  # of an incident
LAPSES = (  # by people: "a requirements failure on their side"
    r"(planning|process|communication|testing|coordination|estimation|review|requirements?|"
    r"forecasting|forecast|scoping|handover|spec|specification)"
)
# whom one goes over to
ABOVE = r"(the|my|our) (pm|product manager|cto|ceo|vp|director|boss|manager)( of \w+)?"
MAKING_KNOWN = "raise|mention|flag|escalate|report|announce|declare"
KEEPING_QUIET = rf"({MAKING_KNOWN}|open)"  # "didn't open an incident"
# of "it" or "this", only the doings that make a thing known: "you couldn't open it with the
# keyboard" tells what a reviewer found
KEEPING_IT_QUIET = rf"({MAKING_KNOWN})"
# Who keeps a thing quiet, just before "not": the speaker ("i", "we", "i did"), or no one, in
# a command ("first, don't announce it", "also don't"; "|" opens a clause in the text read,
# see ``red_flag``); not a thing ("screen readers didn't announce it", "a screen reader did
# not announce it").
SPEAKING_FIRST = (
    *("i", "we", "you", "and", "also", "first", "just", "then", "so"),
    *(f"{who} {verb}" for who in ("i", "we", "you", "and", "then", "so") for verb in ("did", "do")),
)
KEPT_QUIET_BY = r"(?:^|(?<=\| )|" + "|".join(rf"(?<=\b{word} )" for word in SPEAKING_FIRST) + ")"
# after "part of the job": what a practice is given, which makes it no toll waved through
GIVEN_TIME = r"(?!( \|)? and (give|gives|gave|make|makes|set|sets|block|blocks|book|books|"
GIVEN_TIME += r"schedule|schedules|budget|budgets|protect|protects|keep|keeps) )"
# ... or set above a pastime: "part of the job rather than something I do when I'm bored"
GIVEN_TIME += r"(?!( \|)? rather than )"
# what a speaker refuses to do as a virtue, not a red flag: "I refused to guess", "refused to
# cut corners", "refused to point fingers"
REFUSED_SHORTCUTS = (
    "guess|speculate|gamble|assume|rush|panic|blame|point fingers|cut corners|skip|bypass"
)
RED_FLAGS = re.compile(  # tried only where a word starts: "\b" is a word's end too
    rf"(?<!\w)(?=\w)({NOT_FEARED}{BLAME_WARNED}blam(e|ing)(?! free){NO_HELP}{BLAME_DOES}|"
    rf"{NOT_SUFFERED}blamed|"
    # whose fault or job it was, not the job people do: "still lets people do their job",
    # nor a batch job worked on: "the partner fixed their job too"
    r"(?<!\bdo )(?<!\bdoing )(?<!\bdoes )(?<!\bdid )"
    r"(?<!\bfixed )(?<!\bfix )(?<!\bfixes )(?<!\bpatched )(?<!\brestarted )(?<!\brewrote )"
    r"(?<!\bpaused )(?<!\bstopped )(?<!\breran )(?<!\bthrottled )"
    r"(their|his|her|whose|someone's|(one|a|the|that) (person|engineer|developer|intern|"
    r"contractor)'s) (fault|faults|job|mistake|mistakes|error|errors|mess)|"
    r"human error|"
    r"(person|engineer|developer|intern|junior|guy) who caused|should have caught|"
    r"waited for (him|her|them|someone|the (person|engineer|developer|owner)) to|"
    r"(not|never) (update|tell|inform|notify) (anyone|anybody|stakeholders|customers|users|"
    r"(the|my|our) (\w+ )?(team|manager|customers|users|stakeholders|boss|lead|client|clients|"
    r"pm|cto|ceo|vp|director|support|company|page))|"
    # anyone's but the speaker's, and the listener's in a lesson: "say so when it was your change"
    r"(it|that) was (?!(my|our|your|a|an|the|this|that|one|no) )\w+ (fault|change|bug|mistake|"
    r"commit|code|query|push|deploy)|"
    # not of things: "remove whatever wasn't ours"
    r"(?<!\bwhatever )(?<!\banything )(?<!\beverything )(?<!\bwhat )"
    r"(not|isn't|wasn't) (really |entirely |even |actually |technically )?"
    r"((my|our) (fault|problem|job|role|responsibility|concern|code|area|call|component|service|"
    r"design|decision|schema|architecture)|"
    r"mine|ours)(?! (\| )?but\b)|"
    # the same, said as a belief: "I don't think it's my role to help other teams"
    r"not (really )?(think|believe|feel) (it|that) (was |is )?(really )?(my|our) (job|role|"
    r"problem|responsibility)(?! (\| )?but\b)|"
    # a mistake kept out of the review, and the lesson that one was right all along
    rf"(left|kept) (it|this|that) out of (the |our )?{REVIEWS}|"
    r"(i|we) (was|were) right (all along|not to)|"
    # the cause put elsewhere: "users saw wrong results, but not because of my code"
    r"not (\w+ )?because of (my|our) (code|change|changes|commit|pr|fix|query|deploy|work|"
    r"architecture|design|decision|schema)|"
    # the fault put on others: "their planning failure", "a process failure on their side"
    rf"(their|his|her) (({LAPSES} )?screw-?up|{LAPSES} (failure|problem|oversight))|"
    rf"({LAPSES} (failure|problem)|fault|mistake) on (their|his|her) (side|end|part)|"
    r"(real|actual) (problem|issue|cause) was on (their|his|her) (side|end|part)|"
    # "really it was their estimate that was off"
    r"(it|that) was (their|his|her) (\w+ ){1,2}that was (off|wrong|the problem)|"
    r"(they|he|she|the (\w+ )?(people|team|folks|dbas?|qa|ops|sres?|reviewers?|testers?|"
    r"developers?|engineers?|manager|lead)) should (also )?have (noticed|caught|spotted|seen|"
    r"flagged|tested|checked|warned|known|told|informed)|"
    r"(can't|cannot|not) (really |honestly )?think of (a|any) (\w+ ){0,4}that was (actually "
    r"|really |truly "
    r"|genuinely |ever )?wrong|"
    r"(hard|difficult|struggle|struggled|struggling) to (name|recall|come up with|find) "
    r"(a|any|one) (\w+ ){0,5}(that|which) (was|were) "
    r"(actually |really |truly |genuinely |ever )?wrong|"
    # "I don't think I've had a design decision that was really wrong" ("I've" is read "i")
    r"not (think|believe) (i|we) (\w+ ){0,2}(had|made|took) (a|any) (\w+ ){0,4}(that|which) "
    r"(was|were) (actually |really |truly |genuinely |ever )?wrong|"
    r"((hard|difficult|struggle|struggled|struggling) to|(can't|cannot|not)) (really |honestly )?"
    r"think of (a|any) "
    r"(\w+ ){0,4}(i|we) "
    r"((truly|really|actually|ever) )?(got|made|did) wrong|"
    # the fault put on another team ("the partner team's fault": "'s" is read apart), or the
    # catching of it: "that was really QA's job to catch"
    r"(team|teams|vendor|partner|client|ops|qa|api|backend|provider|platform|pm|manager|"
    r"designer|product) (fault|job to (catch|find|spot|notice|test))|"
    # the old excuse, and the lesson drawn for the reviewers: "it worked fine on my machine",
    # "reviewers need to learn that not every comment is a blocker"
    r"(works|worked|working) (\w+ )?on my (machine|laptop)|"
    r"(reviewers?|they|he|she|others|other teams) (need|needs|needed) to learn|"
    # alarm spared, which hides the problem: "I didn't want to cause alarm, so I quietly..."
    r"(not|never) want(ed)? to (cause (alarm|panic)|alarm (anyone|anybody|people|the))|"
    r"(looked|looks|look|seemed|seem|felt|feels|feel) like admitting (a |the |my |our )?(mistake|"
    r"fault|error|(\w+ ){1,2}(was|were) (wrong|a mistake|bad)|"
    r"(we|i) (could |can )?not (cope|handle))|"
    r"(i|we) not change ((my|our) |(anything|a thing) (in|about) (my|our|the) )(\w+ )?"
    r"(process|approach|habits)|"
    # skipping the review of an incident: not "we didn't have a postmortem template"
    rf"(not|never) (do|did|have|had|hold|held|run|ran|write|wrote) (a |any )?{REVIEWS}"
    r"(?! (template|process|culture|format|doc|document|checklist))|"
    r"not (change|do) (anything|a thing) differently|learned nothing|"
    # the mistake denied: "I don't think the design was wrong", "I don't believe it was my fault"
    r"not (really |honestly )?(think|believe|feel) (that )?((the |my |our )?(design|decision|"
    r"call|choice|approach|plan|estimate|architecture)|it|this|that|i) (was|were) (really "
    r"|actually )?(wrong|a mistake|my fault|our fault)\b|"
    # and nothing changed in how the speaker works: "I didn't really change anything in how I
    # design things"
    r"not (really |actually )?change (anything|much|a thing) (in|about) (how|the way) (i|we)\b|"
    r"(nothing|not much|not anything) to learn|"
    r"not (think|believe|feel) there (was|is) (much|anything) (for (me|us) )?to learn|"
    r"(that|it) (is |was )?(really |honestly |all )?on (him|her|them)\b|"
    r"(that|it) ((is|was) )?not (really |honestly |entirely )?on me\b(?! (alone|to)\b)|"
    r"(that|it) (is |was )?(really |honestly |all |just )?(their|his|her) (\w+ ){0,2}"
    r"(problem|fault)|"
    # the idiom that disowns it: "it was their release, their problem"
    r"(their|his|her) \w+ (\| )?(their|his|her) (problem|mess|fault)|"
    # the problem handed to the people who have it: "old browsers are the users' problem"
    r"(is|are|was|were) (really |honestly |just |simply )?the (users?|customers?|clients?) "
    r"(problem|fault)|"
    # another team's: "that was really the DBA team's problem", "really a design team problem"
    r"(is|was) (really |honestly |just |simply )?(a|the) (?!whole )\w+ team(['’]s)? "
    r"(problem|issue|fault|responsibility)|"
    # and disowned: "that's a sales problem, not an engineering one"
    r"(problem|issue|fault) (\| )?not an? (engineering|technical|tech|dev) one\b|"
    r"(the )?lesson (was|is) for (them|him|her|the other team)|"
    # the lesson drawn for others: "the lesson is that other teams need to communicate better"
    r"((the )?((main|real) )?lesson( i took( from (it|this|that))?)?( for (me|us))? (was|is)|"
    r"(i|we) (learned|learnt)|what i took (away )?from (it|this|that) (was|is)|"
    r"(my |our )?takeaway (was|is)) (that )?(other teams|the other team|they|he|she|product|"
    r"product managers?|pms?|designers?|design|qa|testers|ops|sales|management|the business) "
    r"((need|needs|needed|should|must)( to)?|(will )?(always|never)(?= \w))"
    r"(?! be (involved|included|consulted|invited|brought|looped))|"
    r"nothing (needed|needs|had|has) to change|"
    # not "we didn't need to change anything in the schema, only the config"
    r"(i|we) (not|never) need(ed)? to change (anything|a thing)(?!( \w+){0,4} (\| )?(only|"
    r"except|but|apart|beyond|just)\b)|"
    r"(real|actual) (problem|issue|cause|mistake) was (that )?(the )?(\w+ )?"
    r"(developers|devs|team|teams|testers|qa|ops|management|dbas?)|"
    r"before (he|she|they|anyone|the reviewer) (could|had (a|the) chance to) "
    r"(block|review|object|stop|notice)|"
    # credit taken, and the talk spared: "presented it as my redesign", "didn't waste time
    # discussing it"
    r"(presented|claimed) (it|this|that|the \w+) ((at|in|to) (the |our )?[\w-]+ )?as (mine|my "
    r"own|my (personal |own )?(redesign|design|idea|work|solution|fix|achievement|success|win|"
    r"initiative))\b|"
    r"(not|never) waste (any )?time (discussing|talking|arguing|explaining|debating)|"
    r"(why|that) (he|she|they) (was|were) wrong|"
    r"(were|was|is|are|being|so|too|really|just|pretty|totally) (lazy|incompetent)|"
    r"(he|she|they|who) (was|were|is|are) (\w+ )?useless|"  # a person, not "is useless"
    r"(lazy|incompetent|useless) (people|person|developers?|engineers?|colleagues?|teammates?|"
    r"coworkers?|devs?|team|testers?|designers?|managers?)|"
    # people dragged down, not "one slow service dragged checkout down"
    r"dragged (us|me|everyone|everybody|(the )?(whole |entire |rest of the )?"
    r"(team|sprint|group)) down|"
    r"without telling|kept (it|this|that) (out|quiet|secret)|"
    # the speaker going ahead unasked: not "a teammate kept rewriting PRs without discussing it",
    # the difficult colleague's doing
    r"(i|we) ((?!(he|she|they|who|and|but)\b)\w+ ){0,6}without (discussing|consulting|asking)"
    r"( (it|this|that|anyone|anybody|them|him|her|the team)\b|(?= \||$))|"
    # no one told, as the plan: "there was no point trying to explain it to them"
    r"(no point|no need|no reason) (in )?(trying to )?(explain|tell|ask|consult|involv|discuss)"
    r"\w* (it |this |that )?(to |with )?(them|him|her|the team|product|anyone|anybody)\b|"
    # "we deliberately ignored coverage as a target" is a choice, not a problem hidden
    # nor owning an oversight: "what I ignored was skew"
    r"(?<!what )(i|we) "
    r"((?!(not|never|no|deliberately|intentionally|consciously|purposely) )\w+ ){0,2}"
    r"(hid|hide|hiding|covered (it )?up|ignored|"
    rf"refused(?! to ({REFUSED_SHORTCUTS})\b)|yelled|lied|overrode|override|merged (it )?anyway)|"
    r"(?<!\bbe )reckless|"  # said of what was done, not of an option: "would be reckless"
    # others' ego blamed ("reviews are mostly about ego"), not one's own set aside ("separate
    # my ego from my code", "takes the ego out of it")
    r"(?<!my )(?<!our )(?<!the )ego|"
    r"none of (their|your|his|her) business|"
    r"(i|we) stopped (asking|requesting|talking|responding|replying|answering)|"
    r"over (their|his|her|the team's|everyone's) heads?|"
    # people's concerns judged as mere reluctance: "which I saw as resistance to change", "that
    # was just resistance to change"; not "there was some resistance to change"
    r"(as|(is|was|were|are) (just|mostly|really|simply|only|honestly|basically|all|plain|pure))"
    r" (plain |pure |simple )?resistance to change|"
    # "'s" is read apart: "over the reviewer's head" reads "over the reviewer head"
    r"over (the|my|our) (reviewer|reviewers|lead|manager|designer|owner|team) heads?|"
    r"(reviewers?|they|he|she|who) (just )?nitpicks?\b|"
    r"(he|she|they|reviewers?) (was|were|is|are) (\w+ )?nitpicking|"
    # hunting the person, and punishing them: "establishing who pushed the change", "it went
    # into his performance review"; updates withheld: "I held off on status page updates"
    r"(establish|establishing|established|find|finding|found|identify|identifying|identified) "
    r"(out )?(exactly |precisely )?who (had )?(pushed|broke|caused|merged)|"
    r"(made it clear|pointed out|made sure everyone knew) who (had )?(pushed|broke|caused|merged)|"
    r"(named|naming|name) (him|her|them) in the (postmortem|post-mortem|doc|document|report|"
    r"write-?up|retro|email)|"
    # access taken from people, as the lesson: "some people just shouldn't have production access"
    r"(people|he|she|they) (just |simply )?(should not|shouldn't|not) (have|get) "
    r"(\w+ )?access|"
    r"(into|in|on) (his|her|their) (performance review|record)|"
    r"held off (on )?((\w+ ){0,2}(updates|updating|telling|announcing|posting|informing))|"
    # someone above asked to overrule a reviewer: "I asked my manager to overrule him"
    r"to (overrule|override) (him|her|them|the (review|reviewer|reviewers|designer))\b|"
    r"(not|never) let (people|others|anyone|them|reviewers) (\w+ )?(rewrite|change|touch)|"
    r"(went|((have|has|had|need|needs|needed) to|just|simply) go) (a)?round (them|him|her|"
    r"the team|(the |our |my )?(pms?|product( managers?)?|managers?|reviewers?|designers?|qa))\b|"
    # going over someone's head, not talking with the PM one works with: "I talked to the PM
    # directly instead of arguing in a big channel" is no red flag
    rf"{NOT_TALKING}(straight|directly) to {ABOVE}|{NOT_TALKING}to {ABOVE} directly|"
    r"(?<!\bi )(?<!\bwe )found out (at|in|during) the (demo|review|launch|release)|"
    r"(called|calling|call) (him|her|them) out|in front of (the whole|the entire|everyone)|"
    r"behind (his|her|their|the team's|my manager's) back|"
    r"(not|never) (tell|say) (it|this|that|anything) to|"  # "mention": below, with "raise"
    # shopping for an approval; not adding a reviewer: "I added a second reviewer to share the load"
    r"(to|assign|assigned|found|got|picked|chose|switched to|went to) (a different|another) "
    r"(reviewer|approver)|not (a )?team players?|"
    r"(asked|got) a friend (\w+ ){0,4}to (review|approve)|"
    r"(asked|got|found|pinged) (\w+ ){1,6}to (review|approve|merge) "
    r"((it|this|that|the (pr|change|code)) )?instead(?! of)|"
    # heroics for a process that wears people out, and noise waved through: "I just worked
    # harder", "we needed to push through", "I told them it was fine to mute their phones"
    r"(i|we|and) (just |simply |all )?(worked|work) harder|(need|needed|had|have) to (just )?push "
    r"through|pushed through on|(told|asked|suggested|fine to|could just|should just|can just|"
    r"let) (\w+ ){0,4}(mute|silence|ignore) ((their|your|the|our|any|every|all) )?(\w+ ){0,2}"
    r"(phones?|pagers?|pages|alerts?|channels?|notifications)|(about|means) (just )?working harder|"
    # the toll waved away as others' weakness, judged by the speaker: "I think they needed to
    # toughen up" (not "they told me to toughen up", which others did, see ``_others_did``)
    r"(they|he|she|people|everyone|others|the team) (just |simply )?(need|needs|needed|had|have|"
    r"should|must) (to )?((toughen|man|harden) up|(grow|develop|have) (a )?thicker skin)|"
    # the toll waved through as the job
    r"(that|it|this)( is|'s)? (simply |just )?what being an? \w+ means|"
    # "just very particular", "picky": not "very particular about accessibility", which praises
    r"(reviewers?|designers?|testers?|managers?|he|she|they) (is|are|was|were) (really |so |very )?"
    r"((just|simply|overly|too) (very |so )?(particular|picky|pedantic|nitpicky|fussy)|"
    r"(picky|pedantic|nitpicky|nitpicking|fussy))|"
    # people written off as fearing change: "they were just resistant to change", "the team
    # was simply stuck in their ways"; not "the team was wary of change at first", a situation
    r"(was|were|is|are) (honestly |really |pretty )?(just|simply|mostly|only|basically) "
    r"((resistant to|afraid of|scared of) change|(set|stuck) in (their|his|her) ways)|"
    # keeping a problem from the people who should know of it
    r"kept (it|this|that|the \w+) to (myself|ourselves)|"
    r"kept (it|this|that|the \w+) (within|inside) (my|our) (own )?team|"
    # the problem played down: "there was no need to make it a big deal"
    r"(no need|no reason|no point) to make (it|this|that) (into )?a big deal|"
    r"(not|never) make (a big deal|much|a fuss) (of|about) (it|this|that)|"
    # the fault put on others: "so that one was on them", "that's on product"
    r"(that|this|which|it)( one)?( was|'s| is) (really |entirely |squarely |all )?on (them|him|"
    r"her|product)\b|"
    r"(were|was|are|is) (mostly|largely|really|entirely|squarely|all) on (them|him|her)\b|"
    # owning a mistake seen as weakness: "admitting mistakes in reviews just weakens you"
    r"admitting (a |the |my |our |any )?(mistakes?|errors?|faults?) (\w+ ){0,4}(just |only )?"
    r"(weakens|undermines|hurts) |"
    # a problem kept quiet; a thing kept quiet by people only: "screen readers didn't
    # announce it" tells what a tool did
    rf"({KEPT_QUIET_BY}(not|never) {KEEPING_IT_QUIET} (it|this|that|anything)|"
    rf"(not|never) {KEEPING_QUIET} (the|a|an|any) (\w+ )?"
    r"(issue|problem|bug|risk|incident|outage|mistake))"
    r"(?!( an? \w+)? (until|before|at first|yet))|"
    rf"(skip|skipped|skipping) ((the|a|our) )?({REVIEWS}|action items|(status (page )?)?updates|"
    r"(design |code )?reviews|(\w+ )?(review|readiness|planning) meetings?)|"
    r"(fix|fixed|fixing|patch|patched|patching) (it|this|that|things|them) quietly|"
    r"(not|never) (\w+ ){0,4}(send|post|give) (any )?(status )?updates|would have looked bad|"
    r"(i|we) ((?!(not|never|no) )\w+ ){0,2}(sent|posted|gave) no (status )?updates|"
    r"(i|we) (not|never) see the point (of|in) ((declaring|assigning|writing|posting|running|"
    r"telling|involving|updating|debating|discussing|arguing|asking|explaining|consulting|"
    r"digging|checking|measuring|reviewing|testing|planning|investigating|documenting)|"
    r"(a |an |the |any )?((long|lengthy|big|formal|whole|separate|another|further) )?"
    r"(discussion|meeting|debate|conversation|review|call|roles?|channel|process)"
    r"(?!( \w+)? (checklist|template|process|format|doc|document|board|tool)))|"
    r"(i|we) (not|never) (really )?changed? (how|the way) (i|we) \w+ (\w+ )?(since|afterwards)|"
    r"(not|never) (need|needed) (any )?((further|more|other) )?action items|"
    # belittling a role, its feedback or its process
    r"((designers|developers|devs|engineers|testers|managers|seniors|juniors|reviewers|pms)|"
    r"(his|her|their) team) ((clearly |obviously )?(often|usually|generally|always|just|simply|"
    r"rarely|never) (not )?|(clearly |obviously )?not (really |even )?)(understand|care)|"
    # no lesson taken: "I still think my version was better"
    r"still (think|believe|feel) (that )?((my|our) (\w+ )?|\w+ing (it|them|that) )(was|is|were) "
    r"(better|right|correct|superior)(?!( \|)? but)|"
    r"objectively (better|right|correct|superior)|"
    r"(not|never) know what (he|she|they) (was|were) doing|"
    r"(it|which|they|those|comments|feedback) (honestly |really )?(was|were|(felt|feels|seemed|"
    r"seems) like) (just |mostly |all |pure |only )?"
    r"(nitpick\w*|(personal |a matter of )?(preference|taste)s?\b)|"
    # the judgement of the reviewer kept: "I still think that reviewer was just being overly strict"
    r"still (think|believe|feel) (that )?((that|the|my|our|his|her) )?(reviewers?|he|she|they|lead|"
    r"senior|manager|architect|designer|pm|qa) (was|were) (just )?(being )?(overly|too|needlessly|"
    r"unreasonably) \w+|"
    r"(developers|engineers|engineering|devs|i|we) (should )?(always )?(have|get|got|had) the "
    r"final (word|say)|"
    # going ahead alone: "so I just built it the way I knew was right"
    r"(i|we) (just |simply )?(built|did|wrote|made|implemented|shipped|coded) it (my way|(the way|"
    r"how) ((i|we) (knew|thought|felt|believed|wanted)( (it )?was (right|best|correct|better))?|"
    r"it should (have been|be) (done|built)))|"
    # others' work called careless: "the application team shipping sloppy code"
    r"(team|teams|developers|devs|engineers) ((is|are) (always |just |so )?|(shipping|writing|"
    r"pushing|merging) )sloppy|"
    r"(designers|developers|devs|engineers|testers|managers|reviewers|pms) (tend to|always|usually|"
    r"often) (get|be|are) (so )?(defensive|precious|emotional|touchy|sloppy)|"
    r"override (the|his|her|their) (review|reviewer|objection|block|veto)|"
    r"(engineers|developers|devs) (understand|know) (better (what|how)|the \w+ better)|"
    r"(engineers|developers|devs|we) (understand|know) (\w+ )?better than (the )?"
    r"(pms?|product( managers?)?|designers?|managers?|qa|testers|business)|"
    # going ahead alone: no one asked, work done out of sight, the agreed plan ignored
    r"(i|we) ((decided|chose) )?(not|never) (to )?bother(ed)? "
    r"(to |with (a |the |any )?(\w+ ){0,2})?(ask|check|tell|consult|test|measur|debat|discuss|"
    r"reproduc|verif|investigat|"
    r"explain|declar|inform|notif|involv|run|status|updat|writ|roles?\b|postmortem)\w*|"
    # a reviewer gone around: "I asked another reviewer who was less strict to approve it"
    r"(asked|got|found|pinged|picked) (another|a different|a second|a less \w+|a more \w+) "
    r"(reviewer|approver|teammate|engineer|colleague|developer)( \w+){0,9} (approv|rubber)\w*|"
    r"pick (the |my |our )?reviewers (who|that)|"
    # "I asked a reviewer from another team who approved it quickly"
    r"(asked|got|found|pinged|picked) (a|an|some|someone) ((reviewer|approver|engineer|developer|"
    r"teammate|colleague) )?from (another|a different|other) team (who|that|to) (\w+ ){0,2}"
    r"(approv|rubber)\w*|"
    r"(asked|looked|went|pushed) (for|to get) (another|a different) (reviewer|approver)( \w+){0,2} "
    r"(who|that) (was|is|were|are) (less|more) (strict|picky|pedantic|demanding|particular|"
    r"careful|thorough)|"
    r"reviews? from (people|reviewers|someone|those|colleagues) (who|that) (approve|merge|"
    r"rubber)\w*|"
    # feedback waved away as fussiness: "most were nitpicks", "too slow and too picky"
    r"(most|many|all|half) (of (them|it|the comments) )?(were|was) (just |mostly |only )?"
    r"nitpick\w*|(too|overly) (picky|pedantic|nitpicky|fussy)|"
    # the fault put on another function: "that was really a QA gap"
    r"(was|is) (really|honestly|just|simply) (a|an) (qa|ops|testing|product|infra|"
    r"infrastructure|platform|devops|dba|security|test) (gap|problem|issue|failure|miss)\b|"
    # not facing the person concerned, nor the people affected
    r"(not|never) (talk|speak) to (him|her|them) (directly|first|at all)|"
    r"(not|never) post (on|to) the status page|"
    r"(not|never) (assign|create|write|track|file) (any )?(owners|action items|follow-ups)|"
    # punishing the person instead of fixing what let the mistake through
    r"(removed|revoked|took away|pulled) (his|her|their) (\w+ ){0,2}(access|rights|permissions)|"
    r"took (his|her|their) (\w+ ){0,2}(access|rights|permissions) away|"
    # not "customers lost access for twenty minutes", which is what happened
    r"(recommended|suggested|proposed|demanded|insisted|asked) (that )?((the|his|her|their) )?"
    r"(\w+ ){0,2}(lose|lost) (\w+ ){0,2}access|"
    # naming the person in the review of an incident; not "I named the person who owns each item"
    r"(postmortem|post-mortem|doc|document|report|write-?up|email|retro) (\w+ ){0,3}(naming|named) "
    r"(the|an|that) (engineer|developer|person|intern|contractor)|(naming|named|name) the culprit|"
    r"(not|never) say i (\w+ ){0,2}(got|made) (a |an |any )?(\w+ )?(wrong|mistake)|"
    r"(my|our) call (\| )?not (hers|his|theirs|yours)|"
    # done, not what the speaker could have done ("I could have quietly fixed it, but...") nor
    # what they have seen others do ("I've seen developers quietly 'fix' designs in code")
    r"(i|we) ((?!(not|never|no|could|might|tempted|seen|saw|watched|noticed) )\w+ ){0,4}quietly "
    r"(rewr|chang|rebuil|replac|"
    r"merg|ship|deploy|rais|increas|bump|restart|redid|redo|"
    r"push|migrat|patch|fix|revert|roll|delet|drop|remov|disabl|took|tak|doubl|tripl|upgrad|"
    r"resiz|scal|add|start|began|begin)\w*|"
    # vindication claimed, a person's character blamed, a talk or a person written off
    r"(proved|proves) ((that )?(i|we) (was|were)|me|us) right|proved my point|"
    r"(problem|issue) (was|is) (his|her|their) attitude|"
    r"conversations? (was |is )?not worth (it|having)|"
    r"document (his|her|their) failures|"
    r"(i|we|you) ((?!(not|never|no) )\w+ ){0,3}(ignore|ignored|ignoring) (the|our|my|their) "
    r"(roadmap|process|plan|priorities|feedback|review)|"
    r"(skipped|skipping) (my|our) (assigned )?(tickets|tasks|work)|"
    # going ahead over someone's doubts: "when they hesitated I started the rewrite anyway"
    r"(i|we) (\w+ ){0,2}(started|built|shipped|deployed|released|rewrote|launched) "
    r"((?!(he|she|they|but|and)\b)\w+ ){0,7}anyway|"
    # toughing it out instead of fixing what wears people down
    r"what (they|he|she|you) signed up for|sleep through (the )?(noise|pages|alerts|alarms)|"
    r"just pushed through(?= \||$)|(get|gets|got|getting) used to (less|no|little) sleep|"
    # people written off: "some engineers just aren't cut out for on-call"
    r"(people|engineers|developers|devs|they|he|she|others|folks|them|him|her) (just |simply )?"
    r"((are |were |is |was )?not|not being) cut out for|"
    # a strain kept from the people who could ease it: "I didn't bring any of it to my manager"
    # not "I didn't take it to my manager first", which speaks to the person first
    rf"(not|never) (bring|take) (it|this|that|any of (it|this|that)) (up )?(to|with) {ABOVE}"
    r"(?! (first|straight away|right away|immediately|until|before|at first)\b)|"
    r"(not|never) want(ed)? (it|us|me|the team) to (look|seem) like (i|we) (could |can )?not "
    r"(cope|handle it|keep up)|"
    r"(has|had|have) a track record of (breaking|causing|shipping|missing)|"
    r"(not|never) (approve|accept|tolerate|merge) sloppy|"
    # proof claimed by one outcome, experience in place of evidence
    r"(proves?|proved|shows?|showed) (that )?(my|our) (call|decision|choice|approach) was right|"
    r"(proves?|proved) (that )?(it|that|this) was the right (call|decision|choice)|"
    r"my experience (is|was) enough|"
    # not a practice given its time: "I treat it as part of the job and give it a slot"
    rf"(is|are|was|were|that|it) (just |simply )?part of (the job|working|being|on-?call)"
    r"(?!( \|)? but)"
    rf"{GIVEN_TIME}|"
    r"(saw|see|sees|treated|treat|took|take) (it|this|that|them|the \w+) as (just |simply )?"
    rf"part of (the job|being|on-?call){GIVEN_TIME}|"
    r"(what|why) (they|he|she|you|we)('re| are| were)? (get |got )?paid for|toughen(ed)? up)\b"
)
NO_LESSON = re.compile(  # "I wouldn't change anything", "I'd do exactly the same again"
    r"\b((wouldn['’]t|would not|won['’]t) (change|do) (anything|a thing)|"
    r"(would|i['’]d|we['’]d) ((probably|likely|definitely|still|honestly) )?(do|make|take) "
    r"(exactly |just |precisely )?the (exact )?same"
    r"( (technical|architectural|engineering|design))?( thing| design| decision| call| choice)? "
    r"again|"
    r"(\w+n['’]t|not|never) (think|believe) (i['’]d|we['’]d|i would|we would) change "
    r"(much|anything|a thing|a lot)|"
    r"(would|i['’]d|we['’]d) (build|design|do|make|write|run) (it|them|this|that) (exactly |just "
    r"|precisely )?the same way (today|now|again)|"
    # the speaker's side held to, after the story: "I still think I was right"
    r"(i|we) still (think|believe|feel) (that )?(i was|we were|my (version|design|approach|"
    r"way|idea) was) (right|better)|(i was|we were) right all along)\b"
)
ACTIONS_IN_FULL = 3  # own actions a story needs for full credit on what you did
# a negation just before, in the same clause: "|" marks where a clause opens (see _red_flag)
NEGATED_BEFORE = re.compile(  # "didn't blame", "never really blamed", "nobody was blamed"
    # ... or two words before, a verb and its particle: "not working out whose fault it was"
    r"\b(not|never|no|n't|nobody|no one|without|instead of|rather than)[^\w|]+(\w+[^\w|]+){0,2}"
    r"(to[^\w|]+(\w+[^\w|]+)?)?$"  # "didn't want to go straight to our manager"
    # ... or a way of doing it: "you fix it with data, not by asking people to toughen up"
    r"|\bnot by[^\w|]+(\w+[^\w|]+){1,4}$"
    # what the speaker did not want to do, in a few words: "didn't want to just build it
    # differently behind her back"
    # or chose not to: "I decided not to raise it in front of everyone"; or did not want it
    # said: "I didn't want the answer to be 'everyone toughen up'"
    r"|\bnot( want(ed)?([^\w|]+\w+){0,3})?[^\w|]+to([^\w|]+\w+){1,5}[^\w|]+$"
    # what the speaker did not do, in a few words: "instead of arguing with her in front of",
    # "rather than raise it in stand-up in front of everyone"
    r"|\b(without|instead of|rather than)[^\w|]+(\w+[^\w|]+){1,5}$"
    # ... or of two ways set aside: "instead of complaining in the team channel or going"
    r"|\b(instead of|rather than)[^\w|]+(\w+[^\w|]+){1,6}or[^\w|]+(\w+[^\w|]+){0,2}$"
    # a way it was not done, as a reason: "and never because you went over their heads"
    r"|\b(not|never)[^\w|]+because[^\w|]+(\w+[^\w|]+){0,3}$"
    # a thing denied, named: "this was my design, not the pricing team's fault"
    r"|\b(not|never)[^\w|]+(the|a|an|my|our|their|his|her|any)[^\w|]+(\w+[^\w|]+)?$"
    # a scapegoat not sought, or held worse: "nobody was hunting for someone to blame",
    # "owning it is faster than any digging for someone to blame"
    r"|\b(not|never|no|n't|nobody|no one|than)[^\w|]+(\w+[^\w|]+){0,4}(someone|somebody|anyone|"
    r"anybody)[^\w|]+to[^\w|]+$"
    # a thing given to someone else: "I drafted it with him so it was his, not mine", "so it
    # was his standard and not mine"
    r"|\b(his|hers|theirs|yours)[^\w|]*\| $"
    r"|\b(his|her|their|your)[^\w|]+\w+[^\w|]+(and|but)[^\w|]+$"
)
# just after a red flag, in its clause, what it is judged to be: "Going straight to the
# manager felt like the wrong first step", "blaming them would have been a mistake"
# ("them would have been"), or never to work ("telling people to toughen up clearly wasn't going
# to work"); not of something else: "I blamed QA because their testing was wrong"
JUDGED_WRONG = re.compile(
    r"( (?!(because|since|as|which|that|who|when|if|and|but|so|or|their|his|her|its|my|our)\b)"
    r"[\w']+){0,3}? ((felt|feels|seemed|seems|was|is|be|been)( like| to be)?( a| an| the)?"
    r"( \w+)? (wrong|mistake|premature|unfair|counterproductive|overkill)"
    # or never to work: "Telling people to toughen up clearly wasn't going to work"
    r"|(not|never) (going to|gonna) (work|help|fix|solve))\b"
)
# further on, in a few clauses, the harm it would have done, a way not taken: "Going to the
# CTO over his head, or pitching it as 'monoliths are better', would have poisoned the whole
# thing"
HARMED_IF_DONE = re.compile(
    r"([^\w|]+[\w']+|[^\w|]*\|){0,14}?[^\w|]+(would|could)([^\w|]+have|'ve)[^\w|]+"
    r"(poisoned|backfired|hurt|damaged|killed|ruined|undermined|alienated|soured|destroyed|"
    r"wrecked|derailed)\b"
)
# a limit a test ran into, just before: "the first wall was a payment provider's 100
# requests-per-second limit, not our code" is a finding, not blame
LIMIT_FOUND = re.compile(r"\b(bottleneck|wall|limit|ceiling)s?( \|)? $")
IMPULSE = re.compile(  # just before a red flag: "my first instinct was to say ...", mistyped too
    r"\b((my|our) (first|initial) \w+ (was|were)|tempted|temptation)\b(?: \S+){0,14} ?$"
)
# what is to blame, sought as a cause is, just before "blame": "confirm one key is to blame",
# "find out which query was to blame"; not "the provider was to blame"
SOUGHT_CAUSE = re.compile(
    r"\b(confirm|confirms|confirming|check|checking|find|identify|identifying|determine|prove|"
    r"which|whether)[^\w|]+(\w+[^\w|]+){0,4}(is|are|was|were)[^\w|]+to[^\w|]+$"
    # or found to be: "we worked out that a recent firewall change was to blame"
    r"|\b(worked out|figured out|found out|traced it|turned out) that[^\w|]+((a|an|the|our|my)"
    r"[^\w|]+)?(\w+[^\w|]+){0,3}(change|deploy|release|config|setting|rule|query|migration|bug|"
    r"commit|script|job|flag|update)[^\w|]+(was|were)[^\w|]+to[^\w|]+$"
    # whose problem it is, checked before acting on it: "to make sure it really was their
    # problem and not ours"
    r"|\b(make sure|to confirm|to check|to verify)[^\w|]+(\w+[^\w|]+){0,3}"
    r"(is|are|was|were)[^\w|]+(\w+[^\w|]+){1,3}and[^\w|]+$"
    # or just before it: "to make sure it was really their problem and not our deploy"
    r"|\b(make sure|confirm|check|verify|whether)[^\w|]+(that[^\w|]+)?$"
)
# what someone else did, told in one clause, or going on "without" in the next: "an engineer
# who would rewrite merged code, without telling anyone", "a front-end developer kept changing
# the contract without telling us" is no mark against the speaker (a red flag and what comes
# before it; "|" marks where a clause opens)
OTHERS_DID = re.compile(
    r"(\b(who(?! to\b)|he|she|they)|(^|\| )((?!(i|we) )\w+ ){0,3}(a|the|one|our|my|another|this) "
    r"(\w+ ){0,2}(colleague|teammate|engineer|developer|coworker|reviewer|designer|contractor|"
    r"intern)"
    r"(?!['’]))\b(?![^|]*\b(i|we)\b)[^|]*(?P<next>\| )?$"
)
# before a verb in the past that goes on from another's clause: "and twice rewrote"
GOING_ON = CHAINING | word_set("twice once often repeatedly regularly even still")
THIRD_PERSON = word_set("he she they")  # opening a sentence of what someone else did
SPEAKER_OPENS = ("i ", "we ")  # a red flag that says who did it: the speaker
OWNED = re.compile(r"\b(my|our|mine|ours)\b")  # a red flag the speaker says of their own
# a red flag that judges a person, the speaker's judgement whoever it is said of: "my colleague
# was lazy", "the on-call engineer didn't know what he was doing", "if they don't understand
# the risk that's on them", "they were just resistant to change"
JUDGED = re.compile(
    r"\b(lazy|incompetent|useless|know what (he|she|they) (was|were) doing|on (them|him|her)|"
    r"(to|of) change|in (their|his|her) ways)\b"
)
RED_FLAG_KEEPS = 0.2  # an interviewer fails a story that blames others or hides the problem
NUMBER = re.compile(
    r"\d|^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|thousand|thousands|million|millions|half|percent)$"
)
MAX_QUOTED = 4  # words or phrases quoted as what a part was judged on
# A story fits from a weighted share of 0.35 of the question's own words, or of 0.3 of its own
# words that belong to its subject (the question's words and the model story's: "incident",
# "postmortem", "rollback"), beyond what any story reaches with a word or two ("team"): a
# tenth when it says none of the question's words, 0.15 when it says some. One that says none
# of them fits from 0.25: measured over the story questions, another question's story that
# says none of them reaches at most about 0.13 in nine cases of ten, a short true story told
# in other words ("logins started failing after my deploy") 0.15 to 0.33 at the median. One
# with no more of its words on the subject than chance, which says the question's words by one
# word alone, needs 0.45 of them, more than one of three things asked: any story of a design
# says "design" of "a system design decision you got wrong". The question's words said in passing,
# in one sentence of a long story only (see ``relevance``), count for 0.3 of their share: a
# story of building a component library that ends "and a designer joined to keep Figma in
# sync" fits no question about a disagreement with a designer.
STORY_BAR = Bar(
    asked=0.35,
    asked_alone=0.45,
    on_subject=0.3,
    by_chance=0.15,
    unasked_on_subject=0.25,
    unasked_by_chance=0.1,
    in_passing=0.3,
)


Judged = tuple[float, tuple[str, ...]]  # a part's score, and the words it was judged on
NONE: Judged = (0.0, ())


@dataclass(frozen=True, slots=True)
class _Part:
    text: str
    weight: float
    judge: Callable[[Sequence[Sentence], PreparedQuestion, Reading], Judged]
    needs_deeds: bool = False  # judged of a story: only once the speaker says what they did


# a result's credit: per sentence that tells one, at most without a number, and for one
RESULT_SENTENCE = 0.6
UNMEASURED_RESULT = 0.8  # "ideally with a number": a result told in words alone
MEASURED_RESULT = 0.4


def _setting(word: Word) -> bool:
    return word.lower in SETTING or NUMBER.search(word.lower) is not None


def _situation(sentences: Sequence[Sentence], _: PreparedQuestion, __: Reading) -> Judged:
    best: Judged = (0.0, ())
    for sentence in sentences:
        past = [w.surface for w in sentence if is_past(w)][:2]
        setting = [w.surface for w in sentence if _setting(w)][:2]
        found = (0.5 if past else 0.0) + (0.5 if setting else 0.0)
        if found > best[0]:
            best = (found, (*setting, *past))
    return best


def _actions(_: Sequence[Sentence], __: PreparedQuestion, reading: Reading) -> Judged:
    """The speaker's deeds, each verb once: "I fixed it, I fixed it" is one deed."""
    told_by_me = any(word.lower in OWN_SUBJECTS for word in reading.words)
    acted: dict[str, str] = {}  # the verb -> how it was first said
    start = 0
    for sentence in reading.sentences:
        for place, quoted in deeds(sentence, start, reading.clause_starts, told_by_me=told_by_me):
            acted.setdefault(sentence[place].lower, quoted)
        start += len(sentence)
    return min(1.0, len(acted) / ACTIONS_IN_FULL), tuple(acted.values())[:MAX_QUOTED]


def _result(_: Sequence[Sentence], __: PreparedQuestion, reading: Reading) -> Judged:
    """How it ended, said after the story began, by anyone: "checkout recovered in minutes".

    The story begins with its first sentence, or, in that sentence, with the speaker's first
    deed: "I rolled it back and checkout recovered" ends in the sentence it begins in.
    """
    first, *rest = reading.sentences or ((),)
    later = [_after_first_deed(first, reading.clause_starts, alone=not rest), *rest]
    markers = [w.surface for s in later for w in s if w.lower in RESULT]
    numbers = [w.surface for s in later for w in s if NUMBER.search(w.lower)]
    reached = [[found.group(0) for found in _reached(s)] for s in later]  # per sentence
    marked = sum(
        1
        for s, came in zip(later, reached, strict=True)
        if came or any(w.lower in RESULT for w in s)
    )
    markers += [said for came in reached for said in came]
    told = min(UNMEASURED_RESULT, RESULT_SENTENCE * marked)
    value = min(1.0, told + (MEASURED_RESULT if numbers and marked else 0.0))
    return value, tuple(dict.fromkeys([*markers, *numbers]))[:MAX_QUOTED]


def _reached(sentence: Sentence) -> Iterator[re.Match[str]]:
    """Where a sentence says what a number came down to: "we were down to about five pages
    a week"."""
    return REACHED.finditer(" ".join(word.lower for word in sentence))


def _after_first_deed(sentence: Sentence, clause_starts: Sequence[int], *, alone: bool) -> Sentence:
    """The words after the speaker's first deed in the answer's first sentence; with none,
    the whole sentence when it is the whole story, else nothing."""
    done = deeds(sentence, 0, clause_starts)
    if done:
        return sentence[done[0][0] + 1 :]
    return sentence if alone else ()


def _reflection(sentences: Sequence[Sentence], _: PreparedQuestion, reading: Reading) -> Judged:
    """What the speaker learned or changed, told in any sentence of a story the speaker tells
    ("The lesson: evidence persuades", "Action items, each with an owner: ..."), not in a
    story told of no one; unless denied in its own sentence: "we didn't really produce action
    items", "I never learned why", not "It hasn't recurred. My takeaway: ..."."""
    text = " . ".join(" ".join(w.lower for w in s) for s in reading.sentences) if sentences else ""
    said = itertools.chain(
        (m for m in REFLECTION.finditer(text) if not DENIED.search(text, 0, m.start())),
        (m for m in CHANGED.finditer(text) if not DENIED.search(text, 0, m.start())),
    )
    found = next(said, None)
    return (1.0, (found.group(0),)) if found else (0.0, ())


def _relevance(_: Sequence[Sentence], question: PreparedQuestion, reading: Reading) -> Judged:
    """How well the story fits what the question asks about (see ``relevance``). A true
    story rarely repeats the question ("a difficult team member"), but it speaks of its
    subject; a fluent story about something else does neither."""
    value, said = relevance(question, reading, STORY_BAR)
    return value, tuple(said)[:MAX_QUOTED]


ACTIONS = _Part("Your actions: what you did yourself, in the first person", 1.5, _actions)
RELEVANCE = _Part("Relevance: the story answers the question asked", 1.0, _relevance, True)
PARTS = (
    _Part(
        "Situation: a concrete setting, when and where, and what was at stake",
        1.0,
        _situation,
        True,
    ),
    ACTIONS,
    _Part("Result: how it ended, ideally with a number", 1.0, _result, True),
    _Part("Reflection: what you learned or changed afterwards", 0.75, _reflection, True),
    RELEVANCE,
)
OFF_TOPIC_NOTE = (
    "_The story says little of what the question asks about, so its other parts count for less._"
)
RED_FLAG_READS = "reads as blaming others, hiding the problem or learning nothing"
# quoting what was read as the red flag, so that a false alarm shows and can be disputed
RED_FLAG_NOTE = f"_“{{said}}” {RED_FLAG_READS}: interviewers mark that down._"
PITFALL_NOTE = "_{said}: “{pitfall}” Interviewers mark that down._"


def score(question: PreparedQuestion, reading: Reading) -> Score:
    sentences = [s for s in reading.sentences if any(w.lower in FIRST_PERSON for w in s)]
    keeps, notes = _keeps(question, reading)
    total = sum((part.weight for part in PARTS), 0.0)
    judged = {part: part.judge(sentences, question, reading) for part in PARTS}
    told = judged[ACTIONS][0] > 0  # no deed, no story: "I always ..."
    fits = _fits(judged[RELEVANCE][0], reading) if told else 1.0
    if fits < 1.0:
        notes = (*notes, OFF_TOPIC_NOTE)
    points = tuple(
        _point(
            part,
            NONE if part.needs_deeds and not told else found,
            keeps if part is RELEVANCE else keeps * kept(fits),
            part.weight / total,
        )
        for part, found in judged.items()
    )
    value = max(0.0, min(1.0, sum((point.contribution for point in points), 0.0)))
    return Score(value=value, points=points, notes=notes)


def _fits(relevance: float, reading: Reading) -> float:
    """How far a story fits the question asked (0..1), from its relevance; a brief story
    has too few words to tell its subject by, and fits."""
    if reading.content_words <= honesty.BRIEF_WORDS:
        return 1.0
    return relevance


def _keeps(question: PreparedQuestion, reading: Reading) -> tuple[float, tuple[str, ...]]:
    """The share of its credit a story keeps, and why it lost some: words shuffled out of
    their sentences are no story, blaming others or hiding a problem costs most of it, and
    so does the model story's words recombined clause by clause."""
    if honesty.shuffled(reading):
        return honesty.SHUFFLED_KEEPS, (honesty.JUMBLE_NOTE,)
    flagged = red_flag(reading)
    if flagged:
        return RED_FLAG_KEEPS, (RED_FLAG_NOTE.format(said=flagged),)
    warned = _pitfall_done(question, reading)
    if warned:
        return RED_FLAG_KEEPS, (warned,)
    focus = honesty.story_focus_keeps(question, reading)
    return (1.0, ()) if focus == 1.0 else (focus, (honesty.JUMBLE_NOTE,))


def _pitfall_done(question: PreparedQuestion, reading: Reading) -> str:
    """Why the story does, or holds right, what the question's pitfall warns against ("Since
    then I block any release I'm unsure about by default" of "Blocking releases by
    default"), or "" when it does not."""
    for point in question.points:
        if point.role is Role.PITFALL:
            said = advice.endorsed(point, reading)
            if said:
                return PITFALL_NOTE.format(said=said.rstrip("."), pitfall=point.text)
    return ""


def _point(part: _Part, judged: Judged, keeps: float, share: float) -> PointScore:
    value, evidence = judged
    value *= keeps
    return PointScore(part.text, value, status_of(value), evidence, Role.CORE, share)


def red_flag(reading: Reading) -> str:
    """Blame, secrecy, contempt or nothing to learn, said plainly: the words that say it, or
    "" for none. "didn't blame anyone" is no red flag, and "I didn't change anything" is a
    deed, not "I wouldn't change anything". A negation excuses only in its own clause: not in
    "when that didn't help, I quietly...", and what it excuses goes on to the red flag said
    right after: "I didn't want to call him out in front of everyone".
    """
    words = reading.words
    text = _marked(reading, len(words))
    excused: int | None = None  # where the last red flag excused ends
    for found in RED_FLAGS.finditer(text):
        before = text[: found.start()]
        goes_on = excused is not None and found.start() <= excused + 1  # from an excused one
        denied = goes_on or _excused(before) or _what_fails(reading, text, found)
        denied = denied or _judged_after(text, found.end())
        if not denied and not _others_did(reading, text, found):
            return _as_typed(words, text, found)
        excused = found.end()
    said = " ".join(word.surface.lower() for word in words)
    lesson = NO_LESSON.search(said)
    return _as_typed(words, said, lesson) if lesson else ""


def _judged_after(text: str, end: int) -> bool:
    """Whether what follows a red flag ending at ``end`` judges it wrong ("felt like the wrong
    first step") or tells the harm it would have done ("would have poisoned the whole
    thing"): a way not taken."""
    return any(found.match(text, end) is not None for found in (JUDGED_WRONG, HARMED_IF_DONE))


def _excused(before: str) -> bool:
    """Whether the words ``before`` a red flag take it back: a negation ("didn't blame"), a
    cause being sought ("confirm which key is to blame"), a first impulse told, which a
    story goes on to get past ("my first reaction was defensive, because it worked fine on
    my machine"), or a limit found ("the first wall was the provider's limit, not our code")."""
    return any(
        found.search(before) is not None
        for found in (NEGATED_BEFORE, SOUGHT_CAUSE, IMPULSE, LIMIT_FOUND)
    )


def _what_fails(reading: Reading, text: str, found: re.Match[str]) -> bool:
    """Whether the red flag ``found`` (in ``text``, see ``red_flag``) is what a lesson says
    does not work, a lesson told before it and a negation after it in its sentence: "My
    lesson was that data persuades people; going over their heads doesn't"."""
    first, past = _span(text, found)
    sentence = bisect.bisect_right(reading.sentence_ends, first)
    if sentence >= len(reading.sentence_ends):
        return False
    opens, ends = sentence_bounds(reading, sentence)
    words = reading.words
    told = " ".join(word.lower for word in words[opens:first])
    after = words[past:ends]
    return REFLECTION.search(told) is not None and any(word.negator for word in after)


def _others_did(reading: Reading, text: str, found: re.Match[str]) -> bool:
    """Whether the red flag ``found`` (in ``text``, see ``red_flag``) tells what someone else
    did: "he", "she", "they" or "who" before it in its clause, or in the clause before when it
    goes on with "without", or when its clause goes on with a verb in the past from a clause
    of theirs ("he blocked every PR, rewrote our code without telling anyone"); not one the
    speaker says of themselves ("he said it was fine, and I merged it anyway")."""
    flagged = found.group()
    if flagged.startswith(SPEAKER_OPENS) or JUDGED.search(flagged) or OWNED.search(flagged):
        return False  # the speaker's doing, judgement of someone, or own: "wasn't my problem"
    others = OTHERS_DID.search(text[: found.start()])
    if others is not None and (others.group("next") is None or flagged.startswith("without")):
        return True
    at = _span(text, found)[0]
    return _goes_on_from_others(reading, at) or _sentence_of_others(reading, at)


def _sentence_of_others(reading: Reading, at: int) -> bool:
    """Whether the clause of the word at ``at`` opens with a verb in the past in a sentence
    that opens with "he", "she" or "they", the speaker not named before it: a list of what
    someone else did, whatever its other clauses ("He left blunt, sometimes sarcastic
    comments, ..., and twice rewrote a junior's code without telling them"); not "They were
    annoyed, but that's part of the job"."""
    sentence = bisect.bisect_right(reading.sentence_ends, at)
    if sentence >= len(reading.sentence_ends):
        return False
    opens = sentence_bounds(reading, sentence)[0]
    words = reading.words
    if words[opens].lower not in THIRD_PERSON:
        return False  # most sentences
    verb = _past_verb(words, clauses.start_of(reading.clause_starts, at), at)
    return verb >= 0 and all(word.lower not in OWN_SUBJECTS for word in words[opens:at])


def _past_verb(words: Sequence[Word], first: int, at: int) -> int:
    """Where the verb in the past stands that the clause opening at ``first`` opens with,
    past words that go on from the clause before ("and twice rewrote"), before ``at``; -1
    for none."""
    while first < at and words[first].lower in GOING_ON:
        first += 1
    return first if first < at and is_past(words[first]) else -1


def _goes_on_from_others(reading: Reading, at: int) -> bool:
    """Whether the clause of the word at ``at`` opens with a verb in the past ("rewrote", "and
    twice rewrote") that goes on, clause by clause, from one whose doer is someone else (see
    ``_others_did``): a list of what one person did."""
    words, starts = reading.words, reading.clause_starts
    clause = bisect.bisect_right(starts, at) - 1
    while clause > 0:
        first = _past_verb(words, starts[clause], at)
        if first < 0:
            return False
        if any(word.lower in OWN_SUBJECTS for word in words[first:at]):
            return False
        others = OTHERS_DID.search(_marked(reading, starts[clause]) + " | ")
        if others is not None and others.group("next") is not None:
            return True
        at, clause = starts[clause], clause - 1
    return False


def _marked(reading: Reading, end: int) -> str:
    """The answer's words before ``end`` in lowercase, "|" before each that opens a clause."""
    opens = frozenset(reading.clause_starts[1:])
    return " ".join(
        f"| {word.lower}" if at in opens else word.lower
        for at, word in enumerate(reading.words[:end])
    )


def _as_typed(words: Sequence[Word], text: str, found: re.Match[str]) -> str:
    """The words a match in ``text`` (the words' lowercase forms, or their surfaces
    lowercased, clause marks between or none) covers, as the answer typed them: "didn't
    bother to ask", not "not bother to ask"; "I'd make the same design again"."""
    first, past = _span(text, found)
    return " ".join(word.surface for word in words[first:past])


def _span(text: str, found: re.Match[str]) -> tuple[int, int]:
    """Where the words a match in ``text`` (see ``red_flag``) covers start and end, as
    indexes of the answer's words: the clause marks between them are no words."""
    first = len(text[: found.start()].replace("| ", "").split())
    return first, first + len(found.group().replace("| ", "").split())
