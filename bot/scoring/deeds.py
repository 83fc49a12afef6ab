"""What the speaker of a story did: the deeds an interviewer listens for in "Action".

A deed is a verb in the past tense said of the speaker: right after "I" or "we" (an adverb
may come between: "I once pushed back"), or going on from there, opening a clause or after
"and" or "then" ("..., rolled it back and wrote the postmortem"), until someone else acts
("the queue backed up", "the manager approved"); someone named without a verb of their own is
what a deed is done to: "I told my lead it was my change, reverted the commit". A story told
in the first person may open a sentence with the deed alone, the "I" understood ("Wrote a
design doc."). A verb alike in past and present ("set", "put") goes on from a deed, never
starts one: "I create indexes and set a timeout" is a habit, and "what I did was export the
pages" is a deed in the plain form.
How the speaker did a deed is deeds too: "I cut the pages by auditing every alert, deleting
the noisy ones and automating fixes". Getting someone to act is a deed ("I got the CTO to fund
the fix"), being acted on is not ("I got paged"). What the speaker learned or realised is
reflection, not a deed.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.scoring.text import Word, regular_past, stem, word_set

Sentence = tuple[Word, ...]

IRREGULAR_PAST = word_set(
    """
    was were had did went got made took saw found told said knew thought gave came
    became began ran wrote led felt kept left brought built bought caught chose drove
    fell forgot grew held heard hid lost met paid put quit rode rose sent set shut sold
    spent spoke stood struck taught threw understood won broke shook sat split cut hit
    let spread dealt sought rewrote rebuilt undid
    """
)
SAME_IN_PRESENT = word_set("set put cut let hit quit split spread shut")  # past or present
OWN_SUBJECTS = frozenset({"i", "we"})
OTHER_SUBJECTS = word_set("he she they who")
# people named by what they are, someone else acting only when a verb follows: "the manager
# approved", not "I told my lead it was mine" nor "with the product manager and showed her"
OTHER_PEOPLE = word_set("manager team lead reviewer")
STATES = word_set(  # not deeds: "I learned" and "I realised" are reflection, not action
    "was were had did got felt thought knew wanted understood learned learnt realised realized"
)
ADVERBS = word_set("once then also first later finally just still even immediately")
CAUSING = word_set("got")  # "I got my manager to fund the fix": a deed, unlike "I got paged"
CAUSED_WITHIN = 5  # words after "got" in which "to" says what the speaker got someone to do
USED = word_set("used")  # "got used to it": no one brought to act
CHAINING = word_set("and then also so later finally")  # "..., and wrote", "then fixed"
# words in -ing that say when or what, never how: "by morning", "during the standup"
NOT_DOING = word_set("morning evening during nothing something anything everything")


def is_past(word: Word) -> bool:
    """A past-tense form: "rolled", "wrote"."""
    return word.lower in IRREGULAR_PAST or regular_past(word)


def is_bare(word: Word) -> bool:
    """Whether ``word`` may be a verb's bare form, a command: "Put", "roll", "access"; not
    "Putting", "generates" (what a thing does), nor "Truncated" (what was done, "Truncated
    MD5 hashes collide"); "set", "put" are past and present alike."""
    lower = word.lower
    if lower.endswith("ing") or (lower.endswith("s") and stem(lower) != lower):
        return False
    return lower in SAME_IN_PRESENT or not is_past(word)


def deeds(
    sentence: Sentence, start: int, clause_starts: Sequence[int], *, told_by_me: bool = False
) -> list[tuple[int, str]]:
    """What the speaker did, as (place in the sentence, quote): "I rolled" (or "I quickly
    rolled"), then each verb the sentence goes on with, opening a clause or after "and",
    "then"... ("..., fixed the retries and wrote a postmortem"), until someone else acts
    ("the queue backed up"). In a story ``told_by_me``, a sentence may open with the deed
    alone, the "I" understood: "Wrote a design doc and sent it round."
    """
    deeds: list[tuple[int, str]] = []
    speaking, subject, said_at = False, "", -1  # the speaker's "I" or "we", and where
    by_doing = False  # after "I cut the pages by ...": what follows in -ing is how
    for index, word in enumerate(sentence):
        if word.lower in OWN_SUBJECTS:
            speaking, subject, said_at = True, word.surface, index
        elif word.lower in OTHER_SUBJECTS or _acting(sentence, index):
            speaking = by_doing = False
        elif speaking and deeds and word.lower == "by":
            by_doing = True
        elif by_doing and _how(sentence, index, start, clause_starts):
            deeds.append((index, word.surface))
        elif speaking and _cleft(sentence, index, said_at):
            deeds.append((index, f"{subject} did {word.surface}"))
        elif not is_past(word) or (word.lower in STATES and not _causative(sentence, index)):
            continue
        elif word.lower in SAME_IN_PRESENT and not (
            deeds or _follows_subject(sentence, index, said_at)
        ):
            continue  # "I create indexes and set a timeout": a habit, unless a deed came first
        elif index == 0 and told_by_me:
            speaking = True
            deeds.append((index, word.surface))
        elif speaking and _follows_subject(sentence, index, said_at):
            deeds.append((index, f"{subject} {word.surface}"))
        elif speaking and (sentence[index - 1].lower in CHAINING or start + index in clause_starts):
            deeds.append((index, word.surface))
    return deeds


def _acting(sentence: Sentence, index: int) -> bool:
    """Whether the word at ``index`` names someone else who acts: one of OTHER_PEOPLE with a
    verb in the past after it ("the team agreed", "my lead approved")."""
    if sentence[index].lower not in OTHER_PEOPLE:
        return False
    return index + 1 < len(sentence) and is_past(sentence[index + 1])


def _causative(sentence: Sentence, index: int) -> bool:
    """Whether "got" at ``index`` says the speaker brought someone to do something: "I got my
    manager to fund the fix", not "I got paged", "I got asked to lead" or "I got used to it"."""
    if sentence[index].lower not in CAUSING:
        return False
    between = sentence[index + 1 : index + 1 + CAUSED_WITHIN]
    to = next((at for at, word in enumerate(between) if word.lower == "to"), 0)
    return to > 0 and not any(is_past(word) or word.lower in USED for word in between[:to])


def _how(sentence: Sentence, index: int, start: int, clause_starts: Sequence[int]) -> bool:
    """A verb in -ing saying how the speaker did what they did: right after "by", after
    "and" or "then", or opening a clause ("by auditing the pages, deleting noisy alerts")."""
    word = sentence[index]
    if len(word.lower) <= 4 or not word.lower.endswith("ing") or word.lower in NOT_DOING:
        return False
    before = sentence[index - 1].lower
    return before == "by" or before in CHAINING or start + index in clause_starts


def _cleft(sentence: Sentence, index: int, said_at: int) -> bool:
    """The verb of "what I did was export the pages" (or "... was to export"), which is in
    the plain form, not the past."""
    opening = [word.lower for word in sentence[said_at + 1 : index]]
    return opening in (["did", "was"], ["did", "was", "to"]) and sentence[index].content


def _follows_subject(sentence: Sentence, index: int, said_at: int) -> bool:
    """Right after "I", or after "I" and an adverb: "I once pushed", "we quickly rolled"."""
    if said_at < 0:
        return False
    if index - said_at == 1:
        return True
    adverb = sentence[index - 1].lower
    return index - said_at == 2 and (adverb in ADVERBS or adverb.endswith("ly"))
